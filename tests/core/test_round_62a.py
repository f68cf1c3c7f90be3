"""Round 62a: literary Russian questions the bot declined though the document answers them (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Какие меры в сфере образования упомянуты?", "legal_culture"),
        ("Какие шаги в области образования названы?", "legal_culture"),
        ("Какие меры в сфере образования?", "legal_culture"),
        ("Какие меры в сфере цифровизации упомянуты?", "digital_solutions"),
    ],
)
def test_measures_in_a_domain(engine, question: str, entry: str) -> None:
    """«Какие меры в сфере X…?»: the measures asked in a domain are what the documents say is done
    there, as «Что предлагается в сфере X?»; the noun of measures is no subject."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие меры в сфере здравоохранения упомянуты?",
        "Какие меры ответственности в сфере образования предусмотрены?",
        "Какие меры в области налогообложения упоминаются?",
        "Какие меры в сфере образования финансируются государством?",
    ],
)
def test_measures_in_a_domain_near_misses_decline(engine, question: str) -> None:
    """Healthcare, taxes, liability, state funding: the text names none."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("О каком Президенте идёт речь в пресс-релизе?", "reform_tokayev_link"),
        ("О каком президенте идет речь в тексте?", "reform_tokayev_link"),
        ("Речь идёт о каком президенте?", "reform_tokayev_link"),
        ("О каком Генеральном прокуроре идёт речь?", "speaker"),
    ],
)
def test_talk_in_the_text_is_what_it_says(engine, question: str, entry: str) -> None:
    """«О каком X идёт речь?»: the present «идёт речь» asks what the text speaks of, as «говорится»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "О каком министре идёт речь в пресс-релизе?",
        "О какой речи президента идёт речь?",
        "О каком премьер-министре идёт речь в тексте?",
        "О какой партии идёт речь в пресс-релизе?",
    ],
)
def test_talk_in_the_text_near_misses_decline(engine, question: str) -> None:
    """A minister, a speech of the President, a prime minister, a party: the text names none."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
