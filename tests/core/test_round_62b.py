"""Round 62b: confident wrong answers on the newest sets (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Как будет называться парламент по проекту новой Конституции?",
        "Как будет называться новый парламент по проекту Конституции?",
        "What will the new parliament be called under the draft Constitution?",
        "Как станет называться прокуратура после реформы?",
        "Как назовут новый орган по защите прав граждан?",
        "What will the Prosecutor General's Office be named after the reform?",
    ],
)
def test_name_a_thing_will_bear_declines(engine, question: str) -> None:
    """The name a body will bear after the reform is one yet to come: an entry naming the body
    tells that it took part, not what it will be called."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Как называется направление про цифровизацию?", "digital_solutions"),
        ("Как называется четвёртое направление?", "key_directions"),
        ("Назовёшь направления?", "key_directions"),
        ("Присутствовали ли депутаты Парламента на круглом столе?", "participant_parliament"),
    ],
)
def test_names_the_text_gives_still_answer(engine, question: str, entry: str) -> None:
    """A name asked in the present, or the bot asked to name things, is a name the text gives."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)
