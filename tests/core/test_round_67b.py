"""Round 67b: confident wrong answers to questions on what the documents never tell (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Which platform streamed the round table?",
        "На какой площадке транслировался круглый стол?",
        "Which platform televised the event?",
        "На какой платформе показывали круглый стол?",
        "Which channel broadcast the round table?",
    ],
)
def test_where_the_event_was_shown_declines(engine, question: str) -> None:
    """Where the round table was streamed or shown: the text never says; that it «стал
    площадкой» for an exchange of views is no such platform."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какая площадка была создана круглым столом?",
        "Which platform did the round table become?",
        "Чем стал круглый стол?",
    ],
)
def test_the_platform_the_event_became_still_answers(engine, question: str) -> None:
    """The platform the round table became is what the outcome says."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "outcome"), describe(reply)
