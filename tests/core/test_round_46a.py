"""Round 46a: wrong answers left over the eval sets. «чей» right after a noun and a comma opens a
relative clause telling which one the noun is («Как зовут Уполномоченного, чьё ведомство было
представлено?»), not a second question to answer alone."""

from __future__ import annotations

import pytest

from bot.qa.reading import relative_clause

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Как зовут Уполномоченного по правам человека, чьё ведомство было представлено на дискуссии?",
        "Как фамилия Уполномоченного по правам человека, чей институт был представлен на круглом столе?",
        "Как зовут руководителя Администрации Президента, чьи представители участвовали в дискуссии?",
        "Как зовут ректора университета, чьи учёные участвовали?",
    ],
)
def test_a_name_asked_of_a_noun_a_whose_clause_tells_stays_declined(engine, question: str) -> None:
    """The question asks a person's name the documents never give; the clause after the comma only
    tells which person, so it is not answered alone (with the participants' list)."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Чьё ведомство было представлено на дискуссии?", "participants"),
        ("Какое ведомство было представлено на дискуссии?", "participants"),
        ("Как зовут Генерального прокурора, чья речь приведена в релизе?", "speaker"),
        ("Когда прошёл круглый стол, чьи представители участвовали?", "event_date"),
    ],
)
def test_whose_questions_and_a_named_person_are_still_answered(engine, question: str, entry: str) -> None:
    """Neighbours: «чей» opening the question asks it; a name the documents give is answered; after a
    verb and a comma «чей» opens a question of its own (the first clause answered)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    ("text", "part", "relative"),
    [
        (
            "Как зовут Уполномоченного, чьё ведомство было представлено?",
            "чьё ведомство было представлено?",
            True,
        ),
        ("Кто выступал, чьи права защищают?", "чьи права защищают?", False),
        ("Кто выступал, какие направления обсуждали?", "какие направления обсуждали?", False),
    ],
)
def test_relative_clause(text: str, part: str, relative: bool) -> None:
    """«чей» after a noun and a comma is relative; after a verb, or another question word, it is not."""
    assert relative_clause(text, part) is relative


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("обсуждают ли новую конституцию ваще", "current_stage"),
        ("новую конституцию обсуждают вообще?", "current_stage"),
        ("обсуждают ли люди новую конституцию", "current_stage"),
        ("Когда обсуждали проект новой Конституции?", "event_date"),
        ("когда обсуждали новую конституцию", "event_date"),
    ],
)
def test_whether_the_constitution_is_discussed_is_the_current_stage(
    engine, question: str, entry: str
) -> None:
    """«Обсуждают ли новую Конституцию?» asks whether the discussion goes on (it does: the current
    stage), not when it was held (the date); «когда» still asks the date."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Обсуждают ли новую Конституцию в Европарламенте?", "Обсуждают ли новую Конституцию в школах?"],
)
def test_a_discussion_elsewhere_stays_declined(engine, question: str) -> None:
    """Near misses: a discussion somewhere the documents never speak of."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
