"""Round 40: false «в документе об этом не говорится» (not_in_document) on questions the document
answers, with near misses of our own that must keep it (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Чем, по оценке организаторов, стал проведённый круглый стол?",
        "Что, по словам авторов материала, подтвердил круглый стол?",
        "According to the organisers, what did the round table confirm?",
    ],
)
def test_a_voice_the_document_never_names_is_no_detail_it_is_silent_on(engine, question: str) -> None:
    """«по оценке организаторов», "according to the organisers": the unknown words name whose
    voice is asked; the document may tell it in its own, so the bot never says it is silent."""
    reply = engine.answer(question)
    assert reply.kind != "none" or reply.decline == "not_found", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кто был организатором круглого стола?",
        "По оценке организаторов, как изменятся налоги?",
        "Кто автор пресс-релиза?",
    ],
)
def test_the_source_asked_or_a_detail_of_its_own_stays_not_in_document(engine, question: str) -> None:
    """Near misses: the organiser asked for, or an unknown word (taxes) beside the source named."""
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "я водитель автобуса у нас в парке спорят что проект конституции обсуждают закрыто это правда",
        "Слышала по телевизору, что генпрокурор выступал на круглом столе. Что он сказал?",
    ],
)
def test_the_askers_telling_of_themselves_is_no_detail_asked(engine, question: str) -> None:
    """The asker's life («я водитель автобуса…», «у нас в парке») and where they heard of it («по
    телевизору») are not what is asked: never «the document does not say this»."""
    reply = engine.answer(question)
    assert reply.kind != "none" or reply.decline == "not_found", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Я пенсионер, что на круглом столе сказали о пенсиях?",
        "Я учитель, говорили ли участники круглого стола о школах?",
        "Слышал по радио про налоговую реформу, её обсуждали на круглом столе?",
        "Я хочу узнать про налоговую реформу, её обсуждали на круглом столе?",
    ],
)
def test_what_the_asker_asks_of_stays_not_in_document(engine, question: str) -> None:
    """Near misses: pensions, schools, a tax reform are asked (after the asker's words, as what was
    heard of, or after «я» and a verb, no role), and the document never names them."""
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)
