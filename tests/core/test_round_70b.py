"""Round 70b: answerable questions declined as «not in the document» (real engine)."""

from __future__ import annotations

import pytest

from bot.qa.text import without_return

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("тока с вахты вернулся коротко чё было на круглом столе по конституции", "about_document"),
        ("вернулась из отпуска кто выступал на круглом столе", "speaker"),
        ("только с вахты приехал, чё было на круглом столе по конституции?", "about_document"),
    ],
)
def test_back_from_somewhere_opening(engine, question: str, entry: str) -> None:
    """«с вахты вернулся, чё было…»: the asker telling where they came back from is theirs, no
    detail asked (text.without_return)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "вернулся с вахты что там с налогами решили",
        "вернулась из отпуска что там про пенсии говорили на круглом столе",
        "тока с вахты приехал чё там про смертную казнь решили",
        "Вернулся ли генпрокурор из командировки?",
    ],
)
def test_back_from_somewhere_opening_near_misses_decline(engine, question: str) -> None:
    """The question after the opening stays asked: taxes, pensions, the death penalty, the
    prosecutor's trips are nowhere in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


def test_back_from_somewhere_keeps_a_question_opening_with_it() -> None:
    """«Вернулся ли…» opens the question itself: nothing is cut."""
    asked = "Вернулся ли генпрокурор из командировки?"
    assert without_return(asked) == asked
    assert without_return("приехал с вахты что там по конституции") == "что там по конституции"


@pytest.mark.parametrize(
    "question",
    [
        "Заң алдында бәрі тең бола ма, бай да, кедей де?",
        "Заң бәріне бірдей қолданыла ма, бай да, кедей де?",
        "Заң алдында бәрі тең бе, бай да, кедей де?",
    ],
)
def test_kazakh_everyone_by_its_kinds(engine, question: str) -> None:
    """«бәрі тең бола ма, бай да, кедей де?»: after a word of everyone, «X да, Y де» names everyone
    by its kinds (the rich and the poor alike), no subject asked (scope._all_by_kazakh_kinds)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "equality_before_law"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Бәрі салық төлей ме, бай да, кедей де?",
        "Бәрі тегін емделе ме, бай да, кедей де?",
        "Бәрі зейнетақы ала ма, бай да, кедей де?",
    ],
)
def test_kazakh_everyone_by_its_kinds_near_misses_decline(engine, question: str) -> None:
    """What all are asked to do stays asked: taxes, free treatment, pensions are nowhere in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
