"""Round 79c: confident wrong answers — the colloquial «чо значит X» asks what X means, as «что
значит X» does (real engine)."""

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
