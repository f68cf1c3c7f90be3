"""Round 38c: classes of confident wrong answers on main, with paraphrases of our own and near
misses that must behave right (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Круглый столды кім ұйымдастырды?",
        "Дөңгелек үстелді кім ұйымдастырды?",
        "Кто организовал круглый стол?",
        "Who organised the round table?",
    ],
)
def test_who_organised_the_round_table_is_declined(engine, question: str) -> None:
    """«ұйымдастырды» ("organised") is a verb built on «ұйым» ("organisation"), not a typo of
    «ұйымдардың»: the organiser is never named, the public organisations that took part do not
    tell it."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Круглый столды кім қатысты?", "participants"),
        ("Дөңгелек үстелге кім қатысты?", "participants"),
        ("Тізімдегі бірінші бағыт қандай?", "key_directions"),
    ],
)
def test_kazakh_inflected_words_stay_read(engine, question: str, entry: str) -> None:
    """Neighbours: who took part is told; «тізімдегі» ("in the list") is an inflection of «тізім»,
    no word built on it."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)
