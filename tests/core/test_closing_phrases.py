"""A closing of the conversation ("that's all for now", «на этом всё») is small talk, in every
language, alone or after thanks: its «now» is not the documents' present, so it never gets the stage
the draft is at. A question asking whether that is all the documents say stays a question."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "message",
    [
        "Thanks, that's all for now",
        "that's all for now",
        "Спасибо, на сейчас всё",
        "На этом всё, спасибо",
        "Рахмет, әзірге осы",
    ],
)
def test_a_closing_is_small_talk(engine, message: str) -> None:
    reply = engine.answer(message)
    assert reply.kind == "smalltalk", describe(reply)


def test_whether_that_is_all_about_a_topic_is_a_question(engine) -> None:
    reply = engine.answer("Это всё, что сказано об ИИ?")
    assert reply.kind == "answer", describe(reply)
    assert reply.entry_id == "digital_solutions", describe(reply)
