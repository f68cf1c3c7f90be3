"""Round 79a: literary Russian the engine declined though the text answers it: a named one's
criticism claimed, two question phrases sharing one predicate, the document's own voice under
another name, a news agency as the asker's work (real engine)."""

from __future__ import annotations

import pytest

from bot.qa.text import without_closing_form

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Правда ли, что Генпрокурор раскритиковал предлагаемые изменения?",
        "Правда ли, что генпрокурор раскритиковал проект Конституции?",
        "Верно ли, что Асылов критиковал реформу?",
        "Правда, что генеральный прокурор осудил поправки?",
    ],
)
def test_criticism_claimed_is_checked_against_his_assessment(engine, question: str) -> None:
    """A claim that a named one criticised, condemned or rejected a thing is a judgement of it,
    checked against how he judged it (synonyms.yaml `opposites`): the changes are progressive."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


def test_experts_criticism_claimed_gets_the_outcome(engine) -> None:
    """The experts' judgement the text tells is the readiness the round table confirmed."""
    reply = engine.answer("Правда ли, что эксперты на круглом столе раскритиковали и отвергли проект?")
    assert (reply.kind, reply.entry_id) == ("answer", "outcome"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Правда ли, что генпрокурор раскритиковал налоговую реформу?",
        "Правда ли, что Парламент отверг проект?",
        "Кто раскритиковал проект?",
        "Критиковал ли кто-нибудь проект?",
    ],
)
def test_criticism_of_what_the_text_never_tells_declines(engine, question: str) -> None:
    """A thing the documents never speak of, one they never report judging, or anyone objecting
    asked: still declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какого числа и по какому поводу был выпущен этот пресс-релиз?",
        "Какого числа и в каком городе прошёл круглый стол?",
        "В каком городе и какого числа проходил этот круглый стол?",
    ],
)
def test_two_question_phrases_share_the_predicate(engine, question: str) -> None:
    """«<phrase> и <phrase> <predicate>»: each phrase asks with the predicate; the date is told."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "event_date"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "С какой целью и каким тиражом выпущен пресс-релиз?",
        "В каком городе и в каком зале прошёл круглый стол?",
    ],
)
def test_two_question_phrases_of_untold_details_decline(engine, question: str) -> None:
    """Neither phrase asks what the text tells: declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что, по словам организаторов, подтвердил круглый стол?",
        "Какой результат круглого стола отметили организаторы в заключение?",
        "Что, по мнению авторов, подтвердил круглый стол?",
    ],
)
def test_document_voice_is_no_subject(engine, question: str) -> None:
    """The organisers or authors as the voice of what the document tells are the document itself."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "outcome"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кто был организатором круглого стола?",
        "Что, по словам организаторов, изменится в налогах?",
        "Что организаторы сказали о пенсиях?",
    ],
)
def test_organiser_asked_or_untold_thing_declines(engine, question: str) -> None:
    """The organiser asked (no saying), or a thing the documents never speak of: declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Для агентства: как точно в релизе названы цели инициатив Токаева?", "reform_aims"),
        ("Для информагентства: кто выступил на круглом столе?", "speaker"),
    ],
)
def test_news_agency_is_the_askers_work(engine, question: str, entry_id: str) -> None:
    """«Для агентства: …», the Russian "for the wire": whom the asker writes for, not a subject."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


def test_news_agency_before_an_untold_thing_declines(engine) -> None:
    """The question after it still has to be answered by the text."""
    reply = engine.answer("Для агентства: что сказано о налогах?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Я медсестра, хочу понять: что реформа даст обычным гражданам в плане их прав?",
        "Что реформа даст гражданам в плане их прав?",
        "Что изменится для граждан в плане их защиты?",
    ],
)
def test_possessive_before_the_genitive_of_a_frame(engine, question: str) -> None:
    """«в плане их прав»: a possessive may stand between the frame's noun and its genitive; the
    plan is no subject, what the changes give citizens is asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что реформа даст гражданам в плане их пенсий?",
        "Что реформа даст гражданам в плане их зарплат?",
    ],
)
def test_possessive_before_an_untold_genitive_declines(engine, question: str) -> None:
    """The genitive after the frame is still asked: pensions and wages the text never names."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("В чём суть реформы, если совсем коротко?", "reform_aims"),
        ("Что нового для правоохранителей предлагает проект, если коротко?", "rights_protection_priority"),
        ("Кто выступал на круглом столе, если вкратце?", "speaker"),
    ],
)
def test_closing_form_phrase_is_no_subject(engine, question: str, entry_id: str) -> None:
    """«…, если (совсем) коротко?» only asks how briefly to answer, as the same phrase opening a
    question does."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что будет с налогами, если коротко?",
        "Что изменится в пенсиях, простыми словами?",
    ],
)
def test_closing_form_phrase_before_an_untold_thing_declines(engine, question: str) -> None:
    """The question before the phrase is still asked."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_closing_phrase_of_no_form_keeps_its_words() -> None:
    """«…, если совсем честно?» names no form of the reply: the text stays whole."""
    assert without_closing_form("Что изменится, если совсем честно?") == "Что изменится, если совсем честно?"
    assert without_closing_form("В чём суть реформы, если совсем коротко?") == "В чём суть реформы?"
