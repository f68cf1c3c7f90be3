"""Round 47a: the misses of blind55 and blind56 (real engine). Small talk after small talk is small
talk too: "Good morning, bye for now" greets and takes leave, it asks nothing about "now"."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Good morning, bye for now",
        "Hello, bye for now",
        "Hi there, goodbye for now",
        "Good evening, see you for now",
    ],
)
def test_a_greeting_then_a_goodbye_is_small_talk(engine, question: str) -> None:
    """A greeting followed by a leave-taking is small talk as a whole, however the leave-taking
    ends ("for now"): no entry about what is happening now is answered."""
    reply = engine.answer(question)
    assert reply.kind == "smalltalk", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Good morning, what is happening with the draft now?",
        "Hello, what is happening for now?",
    ],
)
def test_a_greeting_then_a_question_still_asks_it(engine, question: str) -> None:
    """The greeting is set aside and the question after it is read."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "current_stage"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Good morning, what is said for now about the tax code?",
        "Hello, bye for now, what about the pension reform?",
    ],
)
def test_a_greeting_then_an_unanswered_question_declines(engine, question: str) -> None:
    """No answer: the question after the greeting is not in the document."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
