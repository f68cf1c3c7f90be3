"""Round 67a: why the public is informed, asked in other words (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Зачем обществу рассказывают о предстоящих преобразованиях?",
        "Почему прокурор считает важным информировать общество?",
        "Для чего информируют граждан о поправках?",
        "Зачем людям рассказывают о новой Конституции?",
        "С какой целью население информируют о реформе?",
    ],
)
def test_why_the_public_is_informed(engine, question: str) -> None:
    """Informing the public («информировать общество», «рассказывать людям»), asked why, is the
    explanatory work whose purpose the text states."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "explanation_purpose"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Информируют ли общество о предстоящих преобразованиях?",
        "Рассказывают ли людям о будущих изменениях?",
    ],
)
def test_whether_the_public_is_informed_stays_the_stage(engine, question: str) -> None:
    """Asked whether it goes on, informing the public is the stage the draft is at."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "current_stage"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Почему общество информируют через телевидение?",
        "Зачем информировать иностранных инвесторов о реформе?",
        "Почему граждан информируют по СМС?",
        "Зачем рассказывать детям в школах о Конституции?",
    ],
)
def test_why_informed_by_means_the_text_omits_declines(engine, question: str) -> None:
    """A channel or an audience the text never names: it says nothing of why."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
