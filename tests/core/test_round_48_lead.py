"""Round 48 (the lead): a summary asked as «краткое изложение» or «выжимка» is the document's gist,
as «краткое содержание» is (real engine). «Сделай краткое изложение документа» had been told
«В документе об этом не говорится», a false statement about the document."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Сделай краткое изложение документа",
        "Краткое изложение пресс-релиза, пожалуйста",
        "Сделай выжимку",
        "Дай выжимку из пресс-релиза",
    ],
)
def test_a_summary_asked_in_other_words_is_the_documents_gist(engine, question: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "about_document"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Выжимка про налоговую реформу",
        "Краткое изложение решения Конституционного суда",
    ],
)
def test_a_summary_of_something_the_document_lacks_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
