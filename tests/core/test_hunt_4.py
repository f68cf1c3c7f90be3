"""A fourth hunt for confident wrong answers: since when something goes on, and by when it is done.
Each class beside right questions of the same shape that must keep their answers."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "С какого года идёт обсуждение проекта Конституции?",
        "С какого месяца идёт обсуждение проекта?",
        "С каких пор правоохранительные органы используют искусственный интеллект?",
        "Since when has the draft been under discussion?",
        "How long has the prosecution been using AI?",
        "Жоба қай жылдан бері талқыланып жатыр?",
        "Қашаннан бері жасанды интеллект қолданылады?",
    ],
)
def test_since_when_is_not_the_date_of_the_event(engine, question: str) -> None:
    """Since when a thing goes on asks the start of what is ongoing: the documents date no
    beginning, and the press release's own date is the round table's, not the discussion's start."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_by_when_asks_a_date_to_come(engine) -> None:
    """«К какому году» asks the date a thing will be done by, as «когда» does: the documents give none."""
    reply = engine.answer("К какому году внедрят искусственный интеллект в правовой сфере?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Когда прошёл круглый стол?", "event_date"),
        ("Как давно прошёл круглый стол?", "event_date"),
        ("What year was the round table held?", "event_date"),
        ("Что сейчас происходит с проектом Конституции?", "current_stage"),
        ("Қазіргі уақытта Конституция жобасына қатысты не болып жатыр?", "current_stage"),
        ("Будет ли внедряться искусственный интеллект?", "digital_solutions"),
    ],
)
def test_dates_and_the_present_keep_their_answers(engine, question: str, entry_id: str) -> None:
    """When the event was (or how long ago), and what goes on now, the documents tell."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)
