"""Round 75a: the asker's polite request to explain («Не могли бы вы разъяснить, …», «Можете
разъяснить…») is the asker's frame, not the text's explanatory work (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Не могли бы вы разъяснить, что такое сервисная модель?",
        "Не могли бы вы пояснить, что такое сервисная модель?",
        "Могли бы вы разъяснить, что такое сервисная модель?",
        "Можете разъяснить, что такое сервисная модель?",
        "Вы можете пояснить, что такое сервисная модель?",
    ],
)
def test_could_you_explain_asks_what_follows(engine, question: str) -> None:
    """«не могли бы вы», «можете» and an infinitive of telling (now «разъяснить» too) ask the bot
    to tell what follows (text.telling_asked_of_you); no subject of the question."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


def test_could_you_explain_who_took_part(engine) -> None:
    """The request before a who-question leaves the who-question."""
    reply = engine.answer("Не могли бы вы разъяснить, кто участвовал в круглом столе?")
    assert (reply.kind, reply.entry_id) == ("answer", "participants"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Нужно ли разъяснять поправки населению?",
        "Могли бы вы разъяснить суть разъяснительной работы?",
    ],
)
def test_explaining_asked_about_keeps_explanatory_work(engine, question: str) -> None:
    """Explaining as the thing asked of (an infinitive after «нужно», or the explanatory work named
    after the request) is still the text's explanatory work."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "explanatory_work"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Не могли бы вы разъяснить, что такое налоговая амнистия?",
        "Можете ли вы гарантировать, что реформа пройдёт успешно?",
    ],
)
def test_request_before_what_the_text_lacks_declines(engine, question: str) -> None:
    """The request takes nothing away from a question the text cannot answer."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
