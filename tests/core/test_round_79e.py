"""Round 79e: «ценность» read as the text's «принцип» (the principles of the constitutional model
and the principle «Закон и порядок», a fundamental constitutional value) (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Какие ценности названы в самом конце пресс-релиза?",
        "Какое государство, по итогам обсуждения, стремятся построить — на каких ценностях оно основано?",
        "На каких ценностях будет основана новая конституционная модель?",
        "На каких ценностях строится современная конституционная модель Казахстана?",
        "Какие ценности положены в основу будущей конституционной модели?",
    ],
)
def test_values_of_the_model_are_its_principles(engine, question: str) -> None:
    """The values a constitutional model rests on are the principles the text names."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "constitutional_model_principles"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие ценности перечислены?",
        "Какие семейные ценности защитит новая Конституция?",
        "Какие религиозные ценности упомянуты в проекте?",
        "Какова рыночная ценность проекта?",
    ],
)
def test_values_the_text_does_not_list_decline(engine, question: str) -> None:
    """«ценность» is a subject an answer must hold: a bare listing verb no longer reaches the
    participants, and values of kinds the text never names are declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_value_of_law_and_order_keeps_its_entry(engine) -> None:
    """The text's one value is the status «Закон и порядок» gets."""
    reply = engine.answer("Что значит «фундаментальная конституционная ценность»?")
    assert (reply.kind, reply.entry_id) == ("answer", "law_and_order_meaning"), describe(reply)
