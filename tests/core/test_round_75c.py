"""Round 75c: fresh false «не говорится» (blind105): a closing sentence of the asker's own after the
question («…? Мы в отделе кадров думаем о тренингах для персонала.») read as no detail asked
(real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Есть ли в документе что-то о повышении правосознания людей? "
            "Мы в отделе кадров думаем о тренингах для персонала.",
            "legal_consciousness",
        ),
        (
            "Что сказано о защите персональных данных? Мы небольшая айти-компания из Караганды.",
            "personal_data_protection",
        ),
        ("Упоминается ли юридическое образование? Я преподаю в колледже.", "legal_culture"),
    ],
)
def test_closing_of_the_asker_is_no_detail(engine, question: str, entry: str) -> None:
    """A sentence after the question opening with the asker's «я» / «мы» and naming nothing the
    documents know tells who asks, no detail asked (asker.closing_of_the_asker)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Говорили ли о налогах? Мы держим кафе.",
        "Что сказано о пенсиях? Я пенсионерка.",
    ],
)
def test_closing_of_the_asker_leaves_other_topics(engine, question: str) -> None:
    """The question before the closing still asks of what the documents never speak of."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Говорили ли о правосознании? Я про правосознание детей.",
        "Что сказано о правах? Я про права мигрантов.",
    ],
)
def test_closing_naming_the_subject_is_read(engine, question: str) -> None:
    """A closing that names a thing of the documents says what is asked (children's, migrants'),
    read with the question: never answered as the general entry."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
