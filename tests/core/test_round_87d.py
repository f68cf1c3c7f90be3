"""Round 87d: literary-Russian declines of answerable questions — a verb of being or deeming beside
an unknown alternative, an adverb opening the other side, a feared conclusion named before the verb
of fearing, «в чём ценность X» as what X brings, the topic of a speech as what it said (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Считаются ли изменения прогрессивными или, наоборот, консервативными?",
        "Изменения считаются прогрессивными или консервативными?",
        "Являются ли поправки прогрессивными или, напротив, консервативными?",
        "Изменения прогрессивные или, наоборот, консервативные?",
    ],
)
def test_linking_verb_beside_an_unknown_alternative(engine, question: str) -> None:
    """«Считаются ли изменения прогрессивными или консервативными?»: a verb that only links the thing to
    what it is or is deemed leaves the question which side holds, which the text's «прогрессивный
    характер» tells; an adverb («наоборот») may open the other side."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Проект примут в Парламенте или на референдуме?",
        "Считаются ли изменения налоговыми или таможенными?",
        "Считается ли реформа платной или бесплатной?",
    ],
)
def test_deeds_and_unnamed_sides_stay_declined(engine, question: str) -> None:
    """Near misses: a deed of its own («примут») keeps the unknown side asked; two sides the documents
    never name are no question of theirs."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Каких выводов о реформе опасается генпрокурор?",
        "Каких выводов о реформе боится генпрокурор?",
        "Каких выводов опасается генпрокурор?",
        "Каких трактовок реформы опасается Асылов?",
    ],
)
def test_feared_conclusions_before_the_verb(engine, question: str) -> None:
    """«Каких выводов … опасается»: a conclusion (or a reading) feared is one drawn wrong, the text's
    «неточных интерпретаций и выводов», whether named after the verb of fearing or before it."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "explanation_purpose"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Какие выводы сделаны по итогам круглого стола?", "outcome"),
        ("Какие выводы сделали участники?", "outcome"),
    ],
)
def test_conclusions_not_feared_stay_the_outcome(engine, question: str, entry_id: str) -> None:
    """Near misses: conclusions drawn, with no fear, are the round table's outcome."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


def test_a_fear_of_anything_else_stays_declined(engine) -> None:
    """Near miss: a fear of a thing no reading («Каких санкций…») keeps its reading."""
    reply = engine.answer("Каких санкций опасается генпрокурор?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "В чём ценность проведённого мероприятия?",
        "В чем ценность круглого стола?",
        "В чём ценность этой дискуссии?",
        "Какова ценность круглого стола?",
    ],
)
def test_worth_of_the_event_is_what_it_brought(engine, question: str) -> None:
    """«В чём ценность X», «какова ценность X»: the worth a thing has is what it brings,
    as «в чём польза X» asks; for the round table, what it became (a platform for an exchange)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "outcome"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "В чём ценность налоговой реформы?",
        "Что налоговая реформа даст бизнесу?",
    ],
)
def test_worth_of_an_unnamed_thing_stays_declined(engine, question: str) -> None:
    """Near misses: the worth of a thing the documents never name is not told."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_values_named_stay_the_preamble(engine) -> None:
    """Near miss: «какая ценность» asks which value, not what a thing brings."""
    reply = engine.answer("Какая ценность закрепляется в преамбуле?")
    assert (reply.kind, reply.entry_id) == ("answer", "law_and_order_preamble"), describe(reply)
