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


@pytest.mark.parametrize(
    "question",
    [
        "Who did the Prosecutor General meet after the event?",
        "Whom did Asylov meet after the round table?",
        "С кем встретился Генпрокурор после мероприятия?",
        "С кем встречался Асылов?",
        "Who did the Prosecutor General thank?",
    ],
)
def test_whom_a_named_person_acted_on_declines(engine, question: str) -> None:
    """Whom the Prosecutor General met or thanked: an action the text never names, of a person it
    names as the speaker; "meet" is no meeting (the event)."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Who spoke at the round table?", "speaker"),
        ("Кто выступил на круглом столе?", "speaker"),
        ("Who took part in the meeting?", "participants"),
        ("С кем обсуждали проект?", "participants"),
        ("Какое ведомство возглавляет Асылов?", "speaker"),
    ],
)
def test_who_asked_of_named_acts_still_answers(engine, question: str, entry: str) -> None:
    """Who spoke, who took part in the meeting: acts the text names."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)
