"""Round 38b: classes read from blind42's misses, with paraphrases of our own and near misses that
must stay declined (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("с АП кто то был?", "participant_administration"),
        ("Из прокуратуры кто то выступал?", "speaker"),
    ],
)
def test_indefinite_pronoun_typed_without_its_hyphen(engine, question: str, entry: str) -> None:
    """«кто то»: a pronoun and the particle that makes it indefinite, typed with a space for the
    hyphen, are «кто-то» (whether anyone was there), not «кто» asking who."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Было ли что то сказано о налогах?",
        "Из Минюста кто то был?",
    ],
)
def test_indefinite_pronoun_of_what_is_never_named_stays_declined(engine, question: str) -> None:
    """Near misses: taxes and the Ministry of Justice are never named."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Что даст новая Конституция простым людям в плане защиты их прав?", "equality_before_law"),
        ("Что говорилось о правовом просвещении?", "legal_culture"),
        ("Говорили ли о том, как относиться к нарушителям?", "law_and_order_meaning"),
    ],
)
def test_frames_and_words_of_the_documents_things(engine, question: str, entry: str) -> None:
    """«в плане X» is "as regards X" (a frame, as «в сфере X»); «правовое просвещение» is the legal
    culture's upbringing; «относиться к X» asks the attitude to X, as «отношение к X» does; an
    offender («нарушитель») is the one of the text's offences."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какой план реформ?",
        "Что записано в плане действий правительства?",
        "Какое наказание грозит нарушителям?",
        "Как относиться к налогам?",
        "Как генпрокурор относится к смертной казни?",
        "Что такое просвещение?",
    ],
)
def test_near_misses_of_the_frames_stay_declined(engine, question: str) -> None:
    """Near misses: a plan, a government's action plan, a punishment, taxes, the death penalty and
    enlightenment alone are never told."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
