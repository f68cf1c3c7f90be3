"""Round 81a: answerable literary-Russian questions the engine declined: a guess that a thing is mere
talk («просто лозунг», «или нечто большее») (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe

# the entries whose quote gives «Закон и порядок» its status of a fundamental constitutional value
STATUS_TOLD = {"law_and_order_preamble", "law_and_order_meaning", "speaker", "prosecutor_speech"}


@pytest.mark.parametrize(
    "question",
    [
        "Является ли принцип «Закон и порядок» просто лозунгом или чем-то большим?",
        "«Закон и порядок» — это просто лозунг или нечто большее?",
        "Станет ли принцип «Закон и порядок» после включения в Преамбулу просто декларацией?",
        "Насколько принципиален для реформы принцип «Закон и порядок» — это просто лозунг?",
        "«Закон и порядок» как фундаментальная ценность — это не просто красивый лозунг? Что за этим стоит?",
        "«Закон и порядок» — лозунг или нечто большее?",
        "«Закон и порядок» — всего лишь декларация?",
        "Принцип «Закон и порядок» в Преамбуле — это просто красивые слова?",
        "Не станет ли «Закон и порядок» просто очередным лозунгом?",
        'Is "Law and Order" just a slogan or something more?',
    ],
)
def test_mere_talk_guess_asks_what_the_thing_is(engine, question: str) -> None:
    """«просто лозунг», «лишь декларация», «или нечто большее»: a guess that a thing is mere talk asks
    what the thing is; the documents tell its status."""
    reply = engine.answer(question)
    assert reply.kind == "answer", describe(reply)
    assert reply.entry_id in STATUS_TOLD, describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Пенсии — это просто слова или нечто большее?",
        "Станет ли принцип «Закон и порядок» просто статьёй налогового кодекса?",
        "Является ли принцип «Закон и порядок» просто лозунгом партии?",
        "Реформа налогов — просто пиар?",
        "Станет ли закон о налогах просто декларацией?",
    ],
)
def test_mere_guess_of_something_unnamed_still_declines(engine, question: str) -> None:
    """Only the words of talk are dropped: a thing or a detail the documents never name stays asked
    (pensions, a tax code, a party's slogan)."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Круглый стол — это просто формальность?",
        "Был ли круглый стол просто формальностью или чем-то большим?",
    ],
)
def test_formality_keeps_the_outcome(engine, question: str) -> None:
    """A formality is no mere talk: the documents answer it (a place for a real exchange of views)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "outcome"), describe(reply)
