"""Round 36e: English and Kazakh questions read by their class, with paraphrases of our own and near
misses that must stay declined (real engine, one source and two)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Өзгерістер қандай бағдарлар белгілейді?",
        "Ұсынылып отырған өзгерістер қандай бағдарларды белгілейді?",
        "Өзгерістер қандай бағдарлар айқындайды?",
        "Озгеристер кандай багдарлар белгилейди?",
    ],
)
def test_kazakh_verbs_of_setting_a_course_are_the_texts(engine, question: str) -> None:
    """«белгілейді», «айқындайды» (sets, determines) are the Kazakh of the text's «задают
    (ориентиры)», as «определять» is in Russian: the guidelines the changes set."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "long_term_guidelines"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Өзгерістер салық мөлшерлемесін белгілей ме?",
        "Реформа сайлау күнін белгілейді ме?",
        "Жаңа Конституция президенттің мерзімін белгілей ме?",
        "Референдум күнін кім белгілейді?",
    ],
)
def test_what_else_is_set_stays_declined(engine, question: str) -> None:
    """Near misses: a tax rate, an election day, a term of office, a referendum's date are set by
    nothing the documents tell."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
