"""Round 72d: confident wrong answers — small talk with a familiar address between its words
(«ку бро как дела») (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "ку бро как дела",
        "бро как дела",
        "здарова братан как дела",
        "дружище как дела",
        "привет чувак как дела",
        "hey bro how are you",
    ],
)
def test_small_talk_with_a_familiar_address(engine, question: str) -> None:
    """A familiar address («бро», «братан», «дружище»: stopwords) between the words of small talk
    leaves it small talk: «как дела» is no question about «дела» of the draft."""
    reply = engine.answer(question)
    assert reply.kind == "smalltalk", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Как обстоят дела с проектом Конституции?", "current_stage"),
        ("бро как дела с проектом конституции", "current_stage"),
        ("бро что сказал генпрокурор", "prosecutor_speech"),
        ("привет бро, кто участвовал в круглом столе?", "participants"),
    ],
)
def test_questions_after_an_address_keep_their_entry(engine, question: str, entry: str) -> None:
    """Only when every other word is small talk: a question after the address is still asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что Берик Асылов сказал о роли прокуратуры в новой Конституции?",
        "Что Асылов сказал о статусе прокуратуры?",
        "Что говорил генпрокурор о полномочиях прокуратуры?",
    ],
)
def test_what_was_said_of_a_bodys_standing(engine, question: str) -> None:
    """What someone said of the standing of a body the documents name only through its member
    (entry_readings.standing_of_a_voice) is still that standing, which his speech does not tell."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "генпрокурор асылов чё сказал про полицию конкретно",
        "Что Асылов сказал о правоохранительных органах?",
        "Что говорил генпрокурор о работе полиции?",
    ],
)
def test_a_person_beside_a_group_he_is_one_of(engine, question: str) -> None:
    """The Prosecutor General beside law enforcement (synonyms.yaml `members`) is asked of himself,
    not read away as one of the group: he said nothing of the police."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Что сказал генеральный прокурор?", "prosecutor_speech"),
        ("Что Асылов сказал о правосознании?", "legal_consciousness"),
        ("Как теперь будут работать полиция и прокуратура?", "rights_protection_priority"),
        ("Полиция мен прокуратура енді қалай жұмыс істейді?", "rights_protection_priority"),
        ("Как изменится работа полиции?", "rights_protection_priority"),
        ("what is the service model for police and prosecutors", "rights_protection_priority"),
        ("Кто от прокуратуры выступал?", "speaker"),
        ("Кто из руководителей правоохранительной системы выступал?", "speaker"),
    ],
)
def test_bodies_and_his_own_words_keep_their_entry(engine, question: str, entry: str) -> None:
    """A body beside its group is still read as the group; his own words keep his entries."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)
