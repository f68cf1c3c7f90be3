"""Round 49a: false «not in the document» and wrong answers over every set (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Зангерлик билим беру туралы айтылды ма?",
        "Заңгерлік білім беру сапасы туралы не айтылды?",
        "Құқықтық білім беру туралы айтылды ма?",
        "Говорили ли о том, как учат юристов в вузах?",
        "Как будут учить юристов?",
        "Как готовят юристов?",
    ],
)
def test_legal_education_in_other_words(engine, question: str) -> None:
    """«заңгерлік білім беру» (legal education, in Kazakh) and teaching or training lawyers
    («учить, обучать, готовить юристов») name the legal education the text says will improve."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "legal_culture"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Сколько юристов выпускают вузы?",
        "Где учат юристов?",
        "Заңгерлік білім беруге қанша қаржы бөлінеді?",
        "Which universities teach lawyers?",
    ],
)
def test_details_of_legal_education_the_text_omits_decline(engine, question: str) -> None:
    """How many, where, how much money: the text says none of it."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Investors care a lot about data protection. Does the draft address personal data?",
            "personal_data_protection",
        ),
        ("Does the draft address personal data?", "personal_data_protection"),
        ("Does the reform address legal education?", "legal_culture"),
        ("Does the new constitution tackle crime prevention?", "rights_protection_priority"),
    ],
)
def test_whether_the_draft_addresses_a_thing(engine, question: str, entry: str) -> None:
    """ "address", "tackle" a thing, as "cover" it: whether the draft touches it is whether the
    document names it."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Does the draft address the pension system?",
        "Does the draft cover the pension system?",
        "Does the draft cover the tax system?",
        "Does the reform address taxes?",
        "Does the reform tackle unemployment?",
    ],
)
def test_whether_the_draft_addresses_what_it_never_names_declines(engine, question: str) -> None:
    """A thing the document never names («pension» before "system", a noun there, not a verb)."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Упоминается ли в пресс-релизе глава государства? Если да, назовите его полное имя.",
        "Назовите полное имя главы государства.",
        "Назовите имя президента.",
        "Полное имя президента?",
    ],
)
def test_a_request_for_a_name_asks_the_name(engine, question: str) -> None:
    """«Назовите (полное) имя X» asks X's name (kind `names`), not the items of a list; the text
    names the head of state in full."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "reform_tokayev_link"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Назовите имя председателя Парламента.",
        "Назовите полное имя омбудсмена.",
        "Назовите имена представителей Администрации Президента.",
        "Назовите фамилию модератора круглого стола.",
        "Как называются общественные организации, которые участвовали?",
    ],
)
def test_names_the_text_never_gives_decline(engine, question: str) -> None:
    """Names of people or bodies the text names only by their posts or kinds."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
