"""Round 36b (blind38): the classes of questions its misses showed, each beside near misses of our
own that must keep their reply."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Какой закон о персональных данных примут вслед за новой Конституцией?",
        "Which law on personal data will be adopted after the new Constitution?",
        "Дербес деректер туралы қандай заң қабылданады?",
        "Будут ли новые законы о персональных данных?",
        "Что будет в законе об искусственном интеллекте?",
        "Какой кодекс о правонарушениях изменят?",
    ],
)
def test_a_law_named_by_its_topic(engine, question: str) -> None:
    """A law named by its topic («закон о персональных данных») is a particular act, which no entry
    speaking of the topic alone tells: declined, not answered by the entry about the topic."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Будут ли защищены персональные данные?", "personal_data_protection"),
        ("Что говорится о равенстве всех перед законом?", "equality_before_law"),
        ("Что говорится о законе и порядке?", "law_and_order_preamble"),
        ("Заң және тәртіп туралы не айтылды?", "law_and_order_preamble"),
        ("Какой закон и порядок закрепят в преамбуле?", "law_and_order_preamble"),
    ],
)
def test_the_topic_or_the_law_of_a_phrase_keeps_its_answer(engine, question: str, entry_id: str) -> None:
    """The topic alone, and «закон» inside the documents' own phrases («перед законом», «Закон и
    порядок», «Заң және тәртіп туралы»), name no act: the entry about them answers."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)
