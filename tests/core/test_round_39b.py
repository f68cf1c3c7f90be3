"""Round 39b: classes read from blind44's misses, with paraphrases of our own and near misses that
must stay declined or answered otherwise (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("на чем сосредоточились участники", "practical_focus"),
        ("На чём сосредоточились участники, если коротко?", "practical_focus"),
        ("На каких направлениях сосредоточились участники?", "key_directions"),
    ],
)
def test_closer_wording_of_every_word_is_not_overturned_by_embedding(
    engine, question: str, entry: str
) -> None:
    """Two entries hold every word of the question; the one whose question is nearly the question
    itself answers, not the one whose question asks of more («направления»). A question naming
    that more goes to its entry (near miss)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Говорится ли о предотвращении преступности?",
        "Есть ли в проекте что-то про предупреждение преступлений?",
    ],
)
def test_preventing_crimes_is_prevention_of_offences(engine, question: str) -> None:
    """«Предупреждение преступлений», «предотвращение преступности»: the text's «профилактика
    правонарушений» said with the word for crimes."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Есть ли что-то про предупреждение граждан о преступлениях?",
        "Будут ли ужесточать наказание за преступления?",
    ],
)
def test_warning_of_crimes_and_punishment_stay_declined(engine, question: str) -> None:
    """Near misses: warning citizens, and harsher punishment, are not the text's prevention."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Besides rights, what else are the changes aimed at improving?",
        "Apart from rights, what else are the changes aimed at improving?",
    ],
)
def test_english_besides_and_else_are_no_unknown_words(engine, question: str) -> None:
    """ "besides X", "what else": words of leaving out and asking for the rest (read by
    scope.without_excluded from the words), not unknown subjects diluting the question."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


def test_besides_with_an_unnamed_thing_stays_declined(engine) -> None:
    """Near miss: taxes are never named."""
    reply = engine.answer("Besides rights, what else are the changes aimed at, such as taxes?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие именно государственные органы были представлены на мероприятии?",
        "Какие именно госорганы участвовали?",
    ],
)
def test_which_state_bodies_asks_the_bodies_there(engine, question: str) -> None:
    """«Какие именно государственные органы…»: a state body is a body; «какие именно» before it
    asks which bodies took part (people.which_bodies), named in two words after «именно»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "participants"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие именно государственные органы будут контролировать цифровизацию?",
        "Какие именно органы власти получат новые полномочия?",
    ],
)
def test_which_state_bodies_doing_what_is_never_said_stays_declined(engine, question: str) -> None:
    """Near misses: the text does not say which bodies oversee or gain anything."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Кто из официальных лиц обращался к участникам с речью?", "speaker"),
        ("Выступали ли официальные лица?", "speaker"),
        ("реформа на долгосрок или как", "long_term_guidelines"),
        ("изменения на долгосрок?", "long_term_guidelines"),
    ],
)
def test_official_person_and_colloquial_long_term(engine, question: str, entry: str) -> None:
    """«Официальное лицо» is an official («должностное лицо»); spoken «на долгосрок» is «надолго»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кто из официальных лиц Минюста выступал?",
        "Реформа на долгосрок — когда начнётся?",
    ],
)
def test_official_of_unnamed_body_and_start_date_stay_declined(engine, question: str) -> None:
    """Near misses: the Ministry of Justice is never named; no start date is given."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Вопрос от пенсионерки: кто выступал?",
        "Question from a teacher: who spoke at the round table?",
    ],
)
def test_message_labelled_with_its_asker(engine, question: str) -> None:
    """«Вопрос от пенсионерки: …»: a label naming the asker in the third person is no part of what
    is asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "speaker"), describe(reply)


def test_labelled_question_of_what_is_never_named_stays_declined(engine) -> None:
    """Near miss: pensions are never named."""
    reply = engine.answer("Вопрос от пенсионерки: будут ли повышать пенсии?")
    assert reply.kind == "none", describe(reply)


def test_rights_and_freedoms_of_people_are_the_citizens(engine) -> None:
    """«Права и свободы людей»: the text's «прав и свобод граждан», said of people."""
    reply = engine.answer("Говорится ли о правах и свободах людей?")
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


def test_rights_of_people_limited_somewhere_unnamed_stays_declined(engine) -> None:
    """Near miss: social networks are never named."""
    reply = engine.answer("Будут ли ограничены права и свободы людей в соцсетях?")
    assert reply.kind == "none", describe(reply)


def test_sitting_at_the_table_is_taking_part(engine) -> None:
    """«Сидеть за (круглым) столом»: to take part in it, not to sit."""
    reply = engine.answer("Кто сидел за круглым столом?")
    assert (reply.kind, reply.entry_id) == ("answer", "participants"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кто сидел за столом переговоров с Минюстом?",
        "Сколько часов сидели за круглым столом?",
    ],
)
def test_sitting_at_other_tables_or_for_hours_stays_declined(engine, question: str) -> None:
    """Near misses: talks with the Ministry of Justice, the hours of the event are never told."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
