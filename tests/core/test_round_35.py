"""Round 35 (begun at the end of the evening of 2026-12-03, on tests/data/round35/): «конкретно»
between «кто» and the verb of representing is a filler, as «там» and «вообще» are, so the question
still asks the names of a body's people, which the documents never give."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Кто конкретно представлял Администрацию Президента?",
        "Кто конкретно представлял Парламент на круглом столе?",
        "Кто конкретно из учёных участвовал?",
    ],
)
def test_names_of_a_bodys_people_stay_declined(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Кто конкретно участвовал в круглом столе?", "participants"),
        ("Кто конкретно выступал?", "speaker"),
        ("Кто там от Администрации Президента был?", "participant_administration"),
    ],
)
def test_who_took_part_or_spoke_keeps_its_answer(engine, question: str, entry_id: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)
