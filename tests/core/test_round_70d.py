"""Round 70d: answerable questions the bot asked back on, and declined ones (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Какое из направлений посвящено технологиям?", "digital_solutions"),
        ("Какое направление посвящено технологиям?", "digital_solutions"),
        ("Какое из направлений посвящено равенству?", "equality_before_law"),
        ("Which area is devoted to technology?", "digital_solutions"),
    ],
)
def test_direction_devoted_to_a_topic(engine, question: str, entry: str) -> None:
    """«Какое направление посвящено X?»: a direction devoted to X is the direction of X; the verb
    of devotion is no subject (scope.direction_devoted_to)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какое направление посвящено медицине?",
        "Какое направление посвящено экологии?",
        "Какое из направлений посвящено пенсиям?",
    ],
)
def test_direction_devoted_to_a_topic_the_text_omits_declines(engine, question: str) -> None:
    """The topic stays asked: medicine, ecology, pensions are no direction of the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
