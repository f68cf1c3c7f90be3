"""Round 35: the readings made for the classes of tests/data/round35/blind32.jsonl's and
blind33.jsonl's confident wrong answers and false declines (Russian, noisy, Kazakh, out of scope),
each with paraphrases of our own and near misses that must stay answered or declined."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Сенат сақтала ма?",
        "Сенат жойыла ма?",
        "Парламент өзгере ме?",
        "Мәжіліс қала ма?",
    ],
)
def test_kazakh_fate_of_a_body_named_only_as_taking_part_is_declined(engine, question: str) -> None:
    """A Kazakh verb in the present-future before «ма» (kept, abolished, changed) asks what is yet
    to be done to a body the document names only as a participant: no entry tells it."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Сенат қатысты ма?", "participant_parliament"),
        ("Парламент өкілдері болды ма?", "participant_parliament"),
        ("Реформаны Тоқаев бастады ма?", "reform_tokayev_link"),
        ("Жеке деректер қорғала ма?", "personal_data_protection"),
        ("Заң және тәртіп принципі сақтала ма?", "law_and_order_meaning"),
    ],
)
def test_kazakh_past_and_known_verbs_are_still_answered(engine, question: str, entry_id: str) -> None:
    """Near misses: a past verb of taking part, a past verb of someone else, and a present-future
    verb of a thing the document does speak of keep their answers."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)
