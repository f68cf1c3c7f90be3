"""Round 83d: Kazakh, English and colloquial declines of answerable questions: the verbs of putting
a thing first read as its priority, the Kazakh «басты» (main) a stopword as «главный» is, the
present-future verb closing a Kazakh question a verb (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Что реформа ставит на первое место?",
        "Что ставится во главу угла?",
        "Что стоит во главе угла?",
        "Что поставлено во главу угла в реформе?",
        "What is the top priority of the reform?",
    ],
)
def test_put_first_is_the_priority(engine, question: str) -> None:
    """«ставить во главу угла / на первое место», "top priority": what is put first is the priority,
    the text's «приоритет» (the four directions, one of which is named by it)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "key_directions"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Я профсоюзный активист. Было ли сказано, что интересы граждан должны стоять на первом месте?",
        "Права граждан стоят на первом месте?",
    ],
)
def test_interests_put_first_are_the_rights_priority(engine, question: str) -> None:
    """Whether citizens' interests stand first is the text's «Приоритет защиты прав граждан»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что ставится во главу угла в налоговой политике?",
        "Кто занял первое место?",
        "Is fighting corruption a top priority?",
        "What is the top priority for the tax reform?",
        "Что ставит во главу угла судебная реформа?",
    ],
)
def test_put_first_of_what_the_text_never_names_declines(engine, question: str) -> None:
    """A priority of a thing the text never names (taxes, a contest, courts) is not answered."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Басты бағыттардың бәрін атап беріңізші.",
        "Басты бағыттар қандай?",
        "Талқылаудың басты бағыттары қандай?",
    ],
)
def test_kazakh_main_is_a_stopword(engine, question: str) -> None:
    """«басты» (main) is a word of emphasis, as «главный» and "main" are: «басты бағыттар» are the
    directions (not the President's initiatives, «бастамалар»)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "key_directions"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Жаңа Конституцияның 1995 жылғы Конституциядан басты айырмашылығы неде?",
        "Басты салық өзгерістері қандай?",
    ],
)
def test_kazakh_main_of_what_the_text_never_names_declines(engine, question: str) -> None:
    """The main difference from 1995, the main tax changes: not in the text."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Зан жане тартип деген не, кайда жазылады", "law_and_order_preamble"),
        ("Заң және тәртіп қайда жазылады?", "law_and_order_preamble"),
        ("Заң және тәртіп қағидаты қайда жазылады?", "law_and_order_preamble"),
        ("Қағидат Конституцияның қай бөлігінде жазылады?", "law_and_order_preamble"),
        ("Құқықтық мәдениетті дамыту қалай жүзеге асады?", "legal_culture"),
    ],
)
def test_kazakh_closing_present_future_is_a_verb(engine, question: str, entry_id: str) -> None:
    """«…қайда жазылады» (where is it written): the present-future closing a Kazakh question, spelt
    without Kazakh letters, is its verb, not the Russian noun its letters may spell, as a past verb
    closing one is."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Салық қалай өзгереді?",
        "Жаңа Конституция қашан қабылданады?",
        "Сенат қалай сайланады?",
        "Жобаны қай жұмыс тобы әзірледі?",
    ],
)
def test_kazakh_closing_verb_of_what_the_text_never_says_declines(engine, question: str) -> None:
    """Taxes, the date of adoption, how the Senate is elected, who drafted it: not in the text
    («әзірледі», spelt with a Kazakh letter, is the past of «әзірле-», not a present-future)."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
