"""Round 52a: literary Russian questions the document answers that were declined (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Какой характер носил обмен мнениями на круглом столе?",
        "Как в тексте охарактеризован обмен мнениями на круглом столе?",
        "Как можно описать характер обмена мнениями на круглом столе?",
        "Каким был по характеру обмен мнениями на мероприятии?",
        "How would you characterise the exchange of views at the round table?",
    ],
)
def test_character_of_the_exchange_of_views(engine, question: str) -> None:
    """The character of the exchange of views is the text's «содержательного обмена мнениями»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "outcome"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Помогут ли изменения навести порядок в стране?", "overall_assessment"),
        ("Связывает ли генпрокурор реформу с усилением правопорядка в государстве?", "overall_assessment"),
        ("Связывают ли новую Конституцию с правопорядком?", "legal_consciousness"),
        ("Поможет ли реформа навести порядок в стране?", "overall_assessment"),
    ],
)
def test_law_and_order_brought_by_the_reform(engine, question: str, entry: str) -> None:
    """Order brought to the country («навести порядок») is the text's «укрепление правопорядка»;
    «связывать» frames the question as «связать» does; «в государстве» is the one country."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Кто, кроме научного сообщества, готов внести вклад в новую Конституцию?", "outcome"),
        ("Кто, кроме учёных, подтвердил готовность внести вклад?", "outcome"),
        ("Кого, кроме гражданского общества, следует вовлекать в обсуждение проекта?", "public_involvement"),
        ("Кого, кроме юристов, призывают вовлекать в обсуждение проекта?", "public_involvement"),
    ],
)
def test_who_besides_one_of_two_communities(engine, question: str, entry: str) -> None:
    """The text names two communities together (the scientific and expert one; the professional
    and civil one): who besides one of them is the other."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Конституция какой страны обсуждалась?",
        "Конституцию какой страны обсуждали?",
        "О конституции какого государства идёт речь в документе?",
        "Реформа какой страны обсуждалась на круглом столе?",
    ],
)
def test_whose_constitution(engine, question: str) -> None:
    """A which-word and a country right after the documents' whole ask which country it is."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "about_document"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Генпрокурор призывал снисходительно относиться к мелким нарушениям?",
        "Правда ли, что генпрокурор призвал вообще не мириться с нарушениями закона?",
        "Будет ли снисхождение к нарушениям закона?",
    ],
)
def test_leniency_to_offences(engine, question: str) -> None:
    """Leniency to offences, or putting up with them, is the text's zero tolerance asked."""
    reply = engine.answer(question)
    assert reply.kind == "answer", describe(reply)
    assert reply.entry_id in {"law_and_order_meaning", "prosecutor_speech"}, describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие страны поддержали реформу?",
        "Конституция какой страны послужила образцом для проекта?",
        "Конституцию какой страны обсуждали в Сенате?",
        "Кто, кроме экспертов, готов внести вклад в экономику?",
        "Связывают ли новую Конституцию с налогами?",
        "Связывает ли генпрокурор реформу с ростом экономики?",
        "Поможет ли реформа навести порядок в налоговой системе?",
        "Будут ли снисходительны к налоговым должникам?",
        "Призывал ли генпрокурор мириться с оппозицией?",
        "Будет ли в государстве введена смертная казнь?",
    ],
)
def test_near_misses_decline(engine, question: str) -> None:
    """Which countries supported it, whose model the draft followed, taxes, the economy's growth,
    the opposition, the death penalty: the text says none of it."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Почему изменения называют прогрессивными?", "overall_assessment"),
        ("Почему генпрокурор считает изменения прогрессивными?", "overall_assessment"),
        # why a thing is worth doing is a reason asked: the entry telling why
        ("Почему генпрокурор считает важным продолжать разъяснять суть реформ?", "explanation_purpose"),
    ],
)
def test_why_the_text_calls_a_thing_so(engine, question: str, entry: str) -> None:
    """Why a thing is called what the text calls it asks what the text says in calling it so."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Почему изменения называют поспешными?",
        "Почему генпрокурор считает изменения опасными?",
        # the text calls the changes progressive, not the reform: why it would be is not told
        "Почему Асылов считает реформу прогрессивной?",
        "Поможет ли реформа снизить налоги?",
    ],
)
def test_names_and_help_the_text_does_not_give_decline(engine, question: str) -> None:
    """Hasty, dangerous, lower taxes: the text calls the changes none of it."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
