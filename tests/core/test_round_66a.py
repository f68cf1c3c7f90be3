"""Round 66a: literary Russian questions declined although the press release answers them (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Можно ли считать, что реформа задумана на долгий срок?",
        "Можно ли утверждать, что изменения задуманы надолго?",
        "Можно ли полагать, что реформа рассчитана на долгий срок?",
    ],
)
def test_whether_one_may_hold_a_statement(engine, question: str) -> None:
    """«Можно ли считать, что…» asks whether the statement holds, as «правда ли, что…»: the verb of
    holding is no subject."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "long_term_guidelines"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Можно ли считать, что реформа задумана на пять лет?",
        "Можно ли считать, что реформа провалилась?",
        "Можно ли утверждать, что реформа отменит выборы?",
        "Можно ли считать голоса онлайн?",
    ],
)
def test_whether_one_may_hold_what_the_text_never_says_declines(engine, question: str) -> None:
    """A statement the text does not make, and a «считать» that is counting, get no answer."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
