"""Round 72i: confident wrong answers of the fresh sets — a clause of question words alone asking its
detail of another clause's subject, the bot asked its own name (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Как конкретно будет устроена сервисная модель работы правоохранительных органов, какие будут сроки?",
        "Как будет устроена сервисная модель, какие сроки?",
        "Что предлагается по цифровым решениям, в какие сроки?",
    ],
)
def test_bare_detail_clause_asks_of_the_clause_before(engine, question: str) -> None:
    """«…, какие сроки?»: the timetable asked of the subject named before it, which the document
    does not give; neither the other clause nor the document's date answers it."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Когда был круглый стол и кто там выступал?", "event_date"),
        ("Пишу пресс-релиз для акимата: кто участвовал и когда это было?", "participants"),
        ("Briefly, what did Asylov say, and when was this?", "prosecutor_speech"),
        ("Что такое сервисная модель?", "rights_protection_priority"),
    ],
)
def test_clauses_with_their_own_subject_still_answer(engine, question: str, entry_id: str) -> None:
    """A clause naming its own subject, or pointing at the event («когда это было»), is asked alone
    as before."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Добрый день, как к вам обращаться?",
        "Как вас зовут?",
        "как тебя звать",
        "What should I call you?",
        "What's your name?",
    ],
)
def test_the_bot_asked_its_name(engine, question: str) -> None:
    """A word of naming or addressing with the bot (the second person) asks who the bot is."""
    reply = engine.answer(question)
    assert reply.kind == "smalltalk", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Как зовут спикера?", "speaker"),
        ("Как обращаться к Генеральному прокурору?", "speaker"),
        ("Как вас зовут, и кто выступал на круглом столе?", "speaker"),
    ],
)
def test_names_of_others_are_not_the_bots(engine, question: str, entry_id: str) -> None:
    """No «вас», or another subject the documents know: the question is about the documents."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)
