"""Round 92d: an entry that cannot answer the kind of question asked (when, where, how many, who…)
never answers it, whatever its score: not through the lexical decision, nor the hybrid one, nor the
semantic rescue; the same words asked of a kind it answers still answer (real engine)."""

from __future__ import annotations

import pytest

import bot.qa.engine as engine_module
import bot.qa.rescue as rescue_module

from ._support import describe

# Questions holding an entry's words, of a kind it cannot answer: (question, that entry)
MISMATCHED = [
    ("Где проходил круглый стол?", "event_date"),
    ("В каком городе прошёл круглый стол?", "event_date"),
    ("Where was the round table held?", "event_date"),
    ("Дөңгелек үстел қай қалада өтті?", "event_date"),
    ("Сколько участников было на круглом столе?", "participants"),
    ("How many participants were at the round table?", "participants"),
    ("Где выступил генеральный прокурор?", "speaker"),
    ("Когда были названы ключевые направления?", "key_directions"),
]

# The same words asked of a kind the entry answers
FITTING = [
    ("Когда прошёл круглый стол?", "event_date"),
    ("When was the round table held?", "event_date"),
    ("Дөңгелек үстел қашан өтті?", "event_date"),
    ("Кто участвовал в круглом столе?", "participants"),
    ("Who took part in the round table?", "participants"),
    ("Кто выступил на круглом столе?", "speaker"),
    ("Какие ключевые направления названы?", "key_directions"),
    ("Сколько ключевых направлений?", "key_directions"),
]


@pytest.mark.parametrize(("question", "entry_id"), MISMATCHED)
def test_an_entry_of_another_kind_does_not_answer(engine, question: str, entry_id: str) -> None:
    """The date does not tell where, the participants' names not how many: declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(("question", "entry_id"), MISMATCHED)
def test_no_threshold_lets_an_entry_of_another_kind_answer(
    engine, monkeypatch: pytest.MonkeyPatch, question: str, entry_id: str
) -> None:
    """The rule is no matter of scores: with every answering threshold at zero, the entry whose
    words the question holds still does not answer a kind it cannot."""
    monkeypatch.setattr(engine_module, "ANSWER_MIN", 0.0)
    monkeypatch.setattr(rescue_module, "HYBRID_ANSWER_MIN", 0.0)
    reply = engine.answer(question)
    assert reply.kind != "answer" or reply.entry_id != entry_id, describe(reply)


@pytest.mark.parametrize(("question", "entry_id"), FITTING)
def test_the_same_words_of_a_fitting_kind_answer(engine, question: str, entry_id: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)
