"""Round 56a: literary-Russian misses of blind70-72 (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Я мама троих детей, в новостях мелькнуло про круглый стол. Какого числа он был?", "event_date"),
        ("Я пенсионер, слышал про круглый стол. Когда он прошёл?", "event_date"),
        ("Я бабушка, внучка рассказала про круглый стол. Когда он состоялся?", "event_date"),
        (
            "Работаю в акимате, нам поручили вести разъяснительную работу по проекту Конституции. "
            "Что в материале говорится о том, зачем она нужна?",
            "explanation_purpose",
        ),
    ],
)
def test_pronoun_after_the_askers_sentence(engine, question: str, entry: str) -> None:
    """«Я мама, в новостях мелькнуло про круглый стол. Какого числа он был?»: the question's «он»
    stands for the noun of the asker's sentence, whose last clause is kept with it."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Я учитель, слышал про круглый стол. Где он проходил?",
        "Я мама, видела новость про круглый стол. Сколько он длился?",
        "Я студент, читал про генпрокурора. Сколько ему лет?",
    ],
)
def test_pronoun_after_the_askers_sentence_details_decline(engine, question: str) -> None:
    """Where it was held, how long it lasted, his age: the text says none of it."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
