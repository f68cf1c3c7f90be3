"""Round 94b: a verb of praising set against a verb of objecting by «или» («изменения хвалили или
критиковали?») asks how the thing was judged, as «оценил или критиковал» does (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Изменения хвалили или критиковали? Какую оценку им дали?",
        "Изменения хвалили или критиковали?",
        "Предлагаемые изменения хвалили или критиковали участники?",
    ],
)
def test_praised_or_criticised_asks_the_assessment(engine, question: str) -> None:
    """Praise against criticism by «или»: the text's judgement of the changes (their progressive
    character)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Хвалили ли участники министра или критиковали?",
        "Хвалили или критиковали отмену смертной казни?",
        "Кто хвалил изменения?",
        "Кто критиковал изменения?",
    ],
)
def test_praise_of_what_the_text_never_judges_declines(engine, question: str) -> None:
    """A minister, the death penalty: never judged by the documents; a lone verb of praising or
    objecting asking who stays a question the text does not answer."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
