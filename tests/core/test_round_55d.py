"""Round 55d (the lead): the Kazakh «саты» (a stage) is the text's stage (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Конституция жобасы казир кандай сатыда?",
        "Конституция жобасы қазір қандай сатыда?",
        "Жоба қай сатыда тұр?",
    ],
)
def test_the_stage_asked_as_saty_is_the_current_stage(engine, question: str) -> None:
    """«саты» (a stage, a step) is «этап», «кезең»: after a plain «кандай» it is no noun the
    documents never use (round 54c's kazakh_which), so the current stage answers."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id, reply.lang) == ("answer", "current_stage", "kk"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Реформаның келесі сатысы қашан басталады?",
        "Референдум қай сатыда өтеді?",
    ],
)
def test_another_stage_declines(engine, question: str) -> None:
    """The next stage's start, a referendum's stage: the text names neither."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
