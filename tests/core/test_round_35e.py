"""Round 35e: English and the class "what office does a person hold", each fix by its class, with
paraphrases of our own and near misses that must stay declined (real engine, one source and two)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "What office does Mr Asylov hold?",
        "What office does Mr. Asylov hold?",
        "Which office does Berik Asylov hold?",
        "What position does Mr Asylov hold?",
        "What is Mr Asylov's job?",
        "What job does Asylov have?",
        "Who is Mr Asylov?",
        "Какую должность занимает Асылов?",
        "Кем работает Асылов?",
        "Кем работает господин Асылов?",
        "Какой пост занимает Асылов?",
        "Берик Асылов кандай кызметте?",
        "Асылов кандай кызметте?",
        "Асылов қандай қызметте?",
        "Асылов кай лауазымда?",
        "Асылов мырза кандай кызметте?",
    ],
)
def test_the_office_a_person_holds_is_who_he_is(engine, question: str) -> None:
    """The office, post or job a person holds asks who he is (kind `who_is`), in any language; a
    courtesy title before the name ("Mr", «господин», «мырза») names no one else, and a Kazakh
    question word typed without Kazakh letters («кандай кызметте») is still Kazakh."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "speaker"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "What office will the new Ombudsman hold?",
        "What post will Asylov get after the reform?",
        "What post will Mr Asylov hold after the reform?",
        "What job will Asylov get?",
        "Какую должность займёт Асылов после реформы?",
        "Кем будет работать Асылов?",
        "What office does Mr Smith hold?",
        "Who is Mr Smith?",
        "Will the reform create jobs?",
    ],
)
def test_a_post_to_come_or_of_someone_unnamed_is_declined(engine, question: str) -> None:
    """Near misses: the post someone will hold is one yet to come (the documents tell the one held
    when they were written); a person they never name holds no post they tell; jobs created are no
    post held."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Повысят ли качество юридического образования?", "legal_culture"),
        ("Как повысят качество юридического образования?", "legal_culture"),
    ],
)
def test_a_future_without_a_post_stays_answered(engine, question: str, entry_id: str) -> None:
    """Near misses: a question in the future that asks no post keeps its answer («качество» is no
    post, though the curated «в качестве кого» reads as one)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)
