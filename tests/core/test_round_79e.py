"""Round 79e: «ценность» read as the text's «принцип» (the principles of the constitutional model
and the principle «Закон и порядок», a fundamental constitutional value) (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Какие ценности названы в самом конце пресс-релиза?",
        "Какое государство, по итогам обсуждения, стремятся построить — на каких ценностях оно основано?",
        "На каких ценностях будет основана новая конституционная модель?",
        "На каких ценностях строится современная конституционная модель Казахстана?",
        "Какие ценности положены в основу будущей конституционной модели?",
    ],
)
def test_values_of_the_model_are_its_principles(engine, question: str) -> None:
    """The values a constitutional model rests on are the principles the text names."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "constitutional_model_principles"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие ценности перечислены?",
        "Какие семейные ценности защитит новая Конституция?",
        "Какие религиозные ценности упомянуты в проекте?",
        "Какова рыночная ценность проекта?",
    ],
)
def test_values_the_text_does_not_list_decline(engine, question: str) -> None:
    """«ценность» is a subject an answer must hold: a bare listing verb no longer reaches the
    participants, and values of kinds the text never names are declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_value_of_law_and_order_keeps_its_entry(engine) -> None:
    """The text's one value is the status «Закон и порядок» gets (round 80d: the singular value is
    no principle, so the entry telling the status answers)."""
    reply = engine.answer("Что значит «фундаментальная конституционная ценность»?")
    assert (reply.kind, reply.entry_id) == ("answer", "law_and_order_preamble"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "КС участвовал в обсуждении?",
        "КС что нибудь сказал про проект?",
        "а чо с КС будет по новой конституции",
        "Что будет с КС после реформы?",
        "кс вообще высказывался о проекте?",
    ],
)
def test_short_court_acting_or_its_fate_is_the_court(engine, question: str) -> None:
    """«кс» taking part, speaking, or asked what becomes of it is the Constitutional Court, which
    the document never mentions: not the event (the event is discussed, it does not speak)."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("на кс был кто от парламента", "participant_parliament"),
        ("итог кс какой", "outcome"),
        ("КС обсуждал единообразное применение законов?", "equality_before_law"),
        ("проект КС обсуждают щас?", "current_stage"),
    ],
)
def test_short_round_table_keeps_its_answers(engine, question: str, entry_id: str) -> None:
    """«кс» as the event (a place, its outcome, what it discussed) keeps the round table."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)
