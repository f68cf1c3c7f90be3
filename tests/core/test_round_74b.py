"""Round 74b: fresh held-out declines (blind105–107) of colloquial, Kazakh and English questions:
«где речь идёт о X» read as «где говорится о X», the Kazakh verb of asking in an opening, «я с
Атырау» as where the asker is from, "on behalf of" and "stance" as frames (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Раскройте суть направления, где речь идёт о первоочередной защите граждан.",
        "Где речь идёт о первоочередной защите граждан?",
        "Опишите направление, где шла речь о первоочередной защите граждан.",
    ],
)
def test_where_talk_goes_on_is_no_place(engine, question: str) -> None:
    """«где речь идёт о X» says where the text talks of X, as «где говорится о X»: no place asked,
    so never «в документе не говорится» (sayings.where_mentioned)."""
    reply = engine.answer(question)
    assert reply.decline != "not_in_document", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Где идёт речь о профилактике правонарушений?", "rights_protection_priority"),
        ("где шла речь о цифровых решениях", "digital_solutions"),
    ],
)
def test_where_talk_goes_on_answers(engine, question: str, entry: str) -> None:
    """The thing talked of is what is asked: the entry that says it answers."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Где шла речь о налогах?",
        "Где прошёл круглый стол?",
        "Где прозвучала речь генпрокурора?",
    ],
)
def test_where_near_misses_decline(engine, question: str) -> None:
    """A thing the text never names, a place of the event, the place of a speech: declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Жамағатым сұрайды: азаматтардың құқықтарын қорғау басымдық бола ма?", "rights_protection_priority"),
        ("Көршім сұрады: дөңгелек үстел қашан өтті?", "event_date"),
        ("Анам сұрап отыр: азаматтардың құқықтарын қорғау басымдық бола ма?", "rights_protection_priority"),
    ],
)
def test_kazakh_verb_of_asking_opens_anothers_question(engine, question: str, entry: str) -> None:
    """«Жамағатым сұрайды: …» (my wife asks) brings another's question, as «Коллеги спрашивают: …»:
    the opening is no part of it (text._introduces_asker)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Ағам сұрап отыр: салық реформасы бола ма?",
        "Көршім сұрайды: зейнетақы көтеріле ме?",
    ],
)
def test_kazakh_asked_near_misses_decline(engine, question: str) -> None:
    """Taxes, pensions: not in the document, whoever asks."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "я с атырау кафе держу мне чё с этой конституции права мои защитят?",
        "я с Караганды магазин держу, права мои защитят по новой конституции?",
        "мы со Степногорска, фермеры, права граждан защитят?",
    ],
)
def test_asker_from_a_town_with_s_is_no_detail(engine, question: str) -> None:
    """«я с Атырау» says where the asker is from, as «я из Атырау»: the town and the asker's trade
    are no detail the document is silent on (declines._opens_asker_aside)."""
    reply = engine.answer(question)
    assert reply.decline != "not_in_document", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "я с атырау, что будет с налогами на кафе?",
        "Я из Караганды, повысят ли пенсии?",
    ],
)
def test_asker_from_a_town_asking_the_unknown_declines(engine, question: str) -> None:
    """The asker's town aside, taxes and pensions are still what is asked: declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Which official spoke on behalf of the prosecution service?",
        "Who spoke on behalf of the Prosecutor General's Office?",
        "Who was speaking on behalf of the prosecutors?",
    ],
)
def test_on_behalf_of_is_for_whom_one_speaks(engine, question: str) -> None:
    """ "on behalf of X" is "for X": the speaker entry names the Prosecutor General."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "speaker"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Who spoke on behalf of the Ministry of Finance?",
        "Who spoke on behalf of the farmers?",
    ],
)
def test_on_behalf_of_others_declines(engine, question: str) -> None:
    """Bodies and groups the document never names as speaking: declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_tough_stance_is_no_unknown_detail(engine) -> None:
    """ "a tough stance on offences": the stance frames what was said of offences (as «ұстаным»)."""
    reply = engine.answer("Is it true that the Prosecutor General demanded a tough stance on offences?")
    assert (reply.kind, reply.entry_id) == ("answer", "prosecutor_speech"), describe(reply)


def test_stance_on_taxes_declines(engine) -> None:
    """A stance on a thing the document never names: declined."""
    reply = engine.answer("What stance did the Prosecutor General take on taxes?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Я медсестра, хочу понять: что реформа даст обычным гражданам в плане их прав?",
        "Что новая Конституция даст людям в плане прав?",
        "Что изменится для граждан в смысле их прав?",
    ],
)
def test_in_respect_of_is_no_detail(engine, question: str) -> None:
    """«в плане их прав», «в смысле прав»: a compound preposition of respect, as «в части»; its noun
    is no detail the document is silent on (declines._in_respect_of)."""
    reply = engine.answer(question)
    assert reply.decline != "not_in_document", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что реформа даст пенсионерам в плане пенсий?",
        "Какой план реформ утвердили?",
        "Что изменится в плане налогов?",
    ],
)
def test_in_respect_of_an_unknown_thing_declines(engine, question: str) -> None:
    """Pensions, a plan, taxes: still declined as not in the document."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
