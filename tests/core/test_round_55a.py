"""Round 55a: confident wrong answers over every set (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "чё там ГП сказал про конституцию",
        "xnj crfpfk utyghjrehjh",
        "Что сказал генпрокурор?",
        "Что говорил Асылов о новой Конституции?",
        "What did the Prosecutor General say?",
        "Бас прокурор не айтты?",
    ],
)
def test_prosecutor_speech_gives_the_paragraph_closing_assessment(engine, question: str) -> None:
    """What the Prosecutor General said: the paragraph that reports his words closes with the
    overall assessment of the changes (progressive), and his answer says so, with that quote."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "prosecutor_speech"), describe(reply)
    assert any("прогрессивный характер" in q.text for q in reply.quotes), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что генпрокурор сказал о налогах?",
        "Как генпрокурор оценил реформу пенсий?",
        "What did the Prosecutor General say about taxes?",
    ],
)
def test_prosecutor_on_what_the_text_omits_declines(engine, question: str) -> None:
    """What he said of things the text never names is not answered by his speech."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
