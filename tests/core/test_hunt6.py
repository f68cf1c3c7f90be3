"""Hunt 6: near misses that the looser readings of rounds 38 and 39 (and words read by their
family) had answered, each class beside the answerable neighbours that must keep their entry."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Кто сидел в президиуме?",
        "Кто входил в президиум?",
        "Кто сидел в президиуме круглого стола?",
    ],
)
def test_a_thing_noun_is_not_the_person_of_its_family(engine, question: str) -> None:
    """«Президиум» (a body at a meeting) shares its first letters with «президент» but names a
    thing the documents never mention: not a question about the President's initiatives."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Кто из руководства прокуратуры выступал перед участниками?", "speaker"),
        ("С чьими инициативами связана реформа?", "reform_tokayev_link"),
    ],
)
def test_the_abstract_noun_of_a_person_keeps_its_family(engine, question: str, entry_id: str) -> None:
    """The «-ство» noun of a person («руководство», the heads as a body) is that person's family:
    the head of the prosecutor's office who spoke is answered."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)
