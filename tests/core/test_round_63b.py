"""Round 63b: confident wrong answers over every set (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Что меняется для военных согласно проекту?",
        "Что изменится для пожилых?",
        "Получат ли малоимущие что-то от новой Конституции?",
        "Что ждёт верующих по новой Конституции?",
    ],
)
def test_people_named_by_an_adjective_decline(engine, question: str) -> None:
    """«для военных», «пожилых»: a plural adjective with no noun after it names people (the
    military, the elderly) the text never speaks of; what changes for them it does not say."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Что меняется для правоохранительных органов согласно проекту?", "rights_protection_priority"),
        ("Что изменится для простых граждан?", "overall_assessment"),
        ("Будут ли цифровые решения в правовой сфере?", "digital_solutions"),
        ("Генпрокурор считает изменения прогрессивными или консервативными?", "overall_assessment"),
        ("Какой характер у изменений — они консервативные или нет?", "overall_assessment"),
    ],
)
def test_adjectives_before_their_noun_still_answered(engine, question: str, entry: str) -> None:
    """An adjective before its noun («правоохранительных органов») qualifies it: the question is
    about the thing the text names; one said of a noun or pronoun («они консервативные»), or in the
    instrumental («считает прогрессивными»), is a quality claimed of it."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)
