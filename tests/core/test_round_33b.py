"""Round 33b: confident wrong answers whose cause was in the engine or its curated words, each by its
class, with paraphrases of our own and near misses that must stay answered or declined."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Хотелось бы сопоставить направления о правах граждан и о цифровых решениях: "
        "на что делается упор в обоих?",
    ],
)
def test_a_tail_asking_of_each_is_not_asked_alone(engine, question: str) -> None:
    """A long message's tail asking of each of the things named before it («в каждом», «в обоих»)
    asks of nothing on its own: it is not answered by whatever entry its other words match."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Сравните, пожалуйста, направления о приоритете защиты прав граждан и о цифровых решениях: "
        "на что делается упор в каждом?",
        "Сравните, пожалуйста, направления о приоритете защиты прав граждан и о цифровых решениях: "
        "что делается в каждом?",
    ],
)
def test_a_comparison_of_two_directions_is_answered_whole(engine, question: str) -> None:
    """Round 36a: «Сравните» is a request addressed to the bot (as «Объясните»), so the whole
    message is asked, not its tail: the entry listing both directions with their content answers
    (blind35 expects «сервисной модели», «анализа больших данных», which its quotes hold)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "key_directions"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (
            "слушайте я тут читал что у нас в казахстане какой то круглый стол был по новой "
            "конституции и там генпрокурор выступал вот хотел спросить а что он конкретно говорил "
            "про закон и порядок и куда его хотят вписать",
            "law_and_order_preamble",
        ),
        (
            "Я тут читал про реформу и круглый стол, вот хотел спросить, "
            "а какие цифровые решения предлагаются?",
            "digital_solutions",
        ),
    ],
)
def test_a_tail_with_its_own_subject_stays_answered(engine, question: str, entry_id: str) -> None:
    """Near misses: a tail whose pronoun stands for someone named before keeps its own subject
    («про закон и порядок»), and a tail with no word pointing back is the question."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Will the presidential term change?",
        "Will the term of office change?",
        "Will the terms of the judges change?",
    ],
)
def test_a_term_of_office_is_not_the_horizon(engine, question: str) -> None:
    """ "term" alone (of office) is not the curated "short term": the horizon of the changes."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Is the reform long-term?", "long_term_guidelines"),
        ("Are the changes short-term?", "long_term_guidelines"),
        ("Is the reform short term?", "long_term_guidelines"),
        ("Do the changes set short-term or long-term guidelines?", "long_term_guidelines"),
        ("In short, what was the event about?", "about_document"),
    ],
)
def test_the_horizon_and_in_short_stay_answered(engine, question: str, entry_id: str) -> None:
    """Near misses: the horizon phrases keep their concept; "in short" still asks the gist."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)
