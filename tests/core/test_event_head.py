"""Who led the event: the documents name its speaker, never its chair (people.event_head; real
engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Кто руководил круглым столом?",
        "Кто был руководителем дискуссии?",
        "Кто глава круглого стола?",
        "Кто руководил обсуждением проекта?",
        "Who headed the round table?",
        "Who was the head of the round table?",
    ],
)
def test_the_head_of_the_event_is_not_its_speaker(engine, question: str) -> None:
    """The head of the round table is its chair, whom the documents never name: the word of
    leading is the curated head of a body, which made the speaker entry answer."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кто из руководства выступил на круглом столе?",
        "Кто из руководителей правоохранительной системы обратился к участникам круглого стола?",
        "Who was the head of the prosecution at the round table?",
        "Кто глава прокуратуры?",
        "Кто выступал на круглом столе?",
    ],
)
def test_a_head_who_spoke_at_the_event_is_the_speaker(engine, question: str) -> None:
    """Neighbours: a head of an office who spoke there, the event not right after the word of
    leading, is the speaker the documents name."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "speaker"), describe(reply)
