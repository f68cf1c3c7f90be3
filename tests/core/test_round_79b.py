"""Round 79b: false «В документе об этом не говорится» of answerable questions: a guess at who did
it with a person left open («…министр юстиции или кто-то другой?») asks who did it (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "На круглом столе выступал министр юстиции или кто-то другой?",
        "Выступал министр финансов или кто-то иной?",
        "Выступал на круглом столе министр финансов или кто-то другой?",
        "Перед участниками выступал аким или кто-то другой?",
        "Выступал ли аким или кто-нибудь другой?",
    ],
)
def test_a_person_left_open_asks_who(engine, question: str) -> None:
    """«X или кто-то другой»: the guessed person the documents never name is no subject; the
    document tells who spoke."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "speaker"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Обсуждали пенсии или что-то другое?",
        "Выступал ли на круглом столе министр финансов?",
        "Участвовал ли министр юстиции в дискуссии?",
        "Министр юстиции говорил о налогах или кто-то другой?",
    ],
)
def test_a_thing_left_open_or_no_open_side_still_declines(engine, question: str) -> None:
    """A thing left open («что-то другое») asks of the thing named; with no open side, or with
    another unknown word left («о налогах»), the guess is the question."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "чё за цифровые решения в праве, ML там или что",
        "Используется ли машинное обучение в правовой сфере?",
        "Will machine learning be used in the legal sphere?",
    ],
)
def test_machine_learning_is_the_texts_ai(engine, question: str) -> None:
    """Machine learning («машинное обучение», "ML") is the AI its askers mean: the digital entry."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "digital_solutions"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Заменит ли машинное обучение судей?",
        "Сколько стоит внедрение машинного обучения?",
    ],
)
def test_machine_learning_details_still_decline(engine, question: str) -> None:
    """What the text never says of its AI stays declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Интересно, говорили ли там о том, как государство будет защищать граждан от произвола — "
        "есть ли про правовую защиту?",
        "Скажите, обсуждали ли налоговые льготы — и есть ли что-то про правовую защиту?",
    ],
)
def test_yes_no_clause_past_an_opening_word(engine, question: str) -> None:
    """«Интересно, говорили ли…»: a yes/no clause opens past one opening word and its comma, so a
    later clause the documents answer is answered (as a part of the question)."""
    reply = engine.answer(question)
    assert reply.kind == "answer", describe(reply)
    assert str(reply.note).startswith("several questions"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Интересно, говорили ли там о налоговых льготах?",
        "Скажите, будут ли повышены пенсии — и когда?",
    ],
)
def test_yes_no_clause_past_an_opening_word_unsaid(engine, question: str) -> None:
    """The same opening with nothing the documents answer stays declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
