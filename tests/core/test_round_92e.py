"""Round 92e: English "list" as a request is the form of the question, not a word an entry must share;
a number before the items asked is no thing asked (real engine)."""

from __future__ import annotations

import pytest

from bot.qa.entry_readings import items_asked

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("List the participants.", "participants"),
        ("Could you list the participants?", "participants"),
        ("List all participants of the round table.", "participants"),
        ("Please list the four directions.", "key_directions"),
        ("List the priority areas.", "key_directions"),
    ],
)
def test_a_request_to_list_asks_for_what_follows(engine, question: str, entry_id: str) -> None:
    """ "List the participants" asks who took part: the verb no longer matches the curated "list of
    priority areas"."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


def test_the_texts_own_list_stays_a_noun(engine) -> None:
    """ "On the list" is the text's list of directions."""
    reply = engine.answer("Which area comes second on the list?")
    assert (reply.kind, reply.entry_id) == ("answer", "key_directions"), describe(reply)


@pytest.mark.parametrize(
    "question", ["Please list the deputies who attended.", "List the scientists who spoke."]
)
def test_listing_what_the_text_never_names_declines(engine, question: str) -> None:
    """The text names no deputy and no scientist."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("Назовите четыре ключевых направления обсуждения", "направление"),
        ("Назовите три направления", "направление"),
        ("Назовите направления", "направление"),
    ],
)
def test_a_number_before_the_items_asked_is_passed_over(engine, question: str, thing: str) -> None:
    """«Назовите четыре направления» asks the directions: the count is no thing asked (round 92d
    found «четыре» read as one)."""
    analysis = engine.context.analyzer.analyse(question)
    assert items_asked(engine.context, analysis) == thing
