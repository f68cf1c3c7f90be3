"""Round 68a: a speaker's stance on the reform (whether he supported it) read as his assessment."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Я отставной офицер. Скажите прямо: прокурор поддержал реформу или нет?",
        "прокурор за реформу или против",
        "Одобрил ли генпрокурор предлагаемые изменения?",
        "Асылов поддерживает новую Конституцию?",
        "Did the prosecutor support the reform?",
    ],
)
def test_stance_read_as_assessment(engine, question: str) -> None:
    """Whether the Prosecutor General is for the reform is told by how he judged the changes."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Поддержал ли прокурор отмену смертной казни?",
        "Прокурор за смертную казнь или против?",
        "Поддержал ли генпрокурор выборность акимов?",
        "Все ли участники поддержали проект?",
        "Did all participants support the draft?",
    ],
)
def test_stance_on_what_the_text_omits_declines(engine, question: str) -> None:
    """A stance on a thing the text never names, or a group's unanimity, is not reported."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


def test_stance_beside_saying_keeps_its_subject(engine) -> None:
    """«высказался за … или против» asks what he said of the thing named, not his overall judgement."""
    reply = engine.answer("Генпрокурор высказался за открытый диалог или против него?")
    assert (reply.kind, reply.entry_id) == ("answer", "public_involvement"), describe(reply)
