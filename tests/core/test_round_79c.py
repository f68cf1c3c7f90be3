"""Round 79c: confident wrong answers — the colloquial «чо значит X» asks what X means, as «что
значит X» does; what will become of «кс» is asked of the Constitutional Court (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("закон и порядок это чо значит вообще", "law_and_order_meaning"),
        ("закон и порядок это чё значит", "law_and_order_meaning"),
        ("чо значит закон и порядок", "law_and_order_meaning"),
        ("а чо значит приоритет защиты прав граждан", "rights_protection_priority"),
    ],
)
def test_colloquial_what_means(engine, question: str, entry_id: str) -> None:
    """«чо значит», «чё значит» right after a thing (or before it) ask its meaning: the entry saying
    what it means answers, not one that only names it (law_and_order_preamble tied before)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "чо значит слово преамбула на латыни",
        "чё значит аббревиатура ЕАЭС",
    ],
)
def test_colloquial_what_means_of_unknown_things_declines(engine, question: str) -> None:
    """What a thing the documents never explain means stays declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "а чо с КС будет по новой конституции",
        "КС что будет с ним по новой конституции",
        "что будет с кс после реформы",
        "че станет с КС по новому проекту",
    ],
)
def test_what_becomes_of_ks_is_the_court(engine, question: str) -> None:
    """What will become of «кс» is asked of the Constitutional Court: the round table, already held,
    has no such future, and the documents never tell the Court's."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("на чем сосредоточились участники кс", "practical_focus"),
        ("итоги кс кратко", "outcome"),
        ("проект КС обсуждают щас?", "current_stage"),
    ],
)
def test_ks_without_a_fate_stays_the_round_table(engine, question: str, entry_id: str) -> None:
    """Without a question of its future, the chat «кс» is read as before."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)
