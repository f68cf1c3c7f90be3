"""Round 82b: fresh wrong answers: the «что» of «верно ли, что…» opens the statement checked, no
asking word (a claim that the draft's discussion has ended asks whether it goes on); a phrase of
leaving out set off by commas leaves out only what it holds (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Верно ли, что обсуждение Конституции уже закончено?",
        "Правда ли, что обсуждение новой Конституции уже завершилось?",
        "Верно, что обсуждение проекта Основного закона закончилось?",
        "Правда ли что обсуждение проекта уже закончено?",
    ],
)
def test_claimed_end_of_the_drafts_discussion(engine, question: str) -> None:
    """«Верно ли, что обсуждение … закончено?» claims the discussion of the draft has ended, as
    «Обсуждение … уже закончено?» does: the entry telling that it goes on answers, not the round
    table's outcome (the «что» is the claim's conjunction, not «чем закончилось»)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "current_stage"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Чем закончилось обсуждение?",
        "Правда ли, что круглый стол уже завершился?",
    ],
)
def test_how_the_round_table_ended_keeps_its_entry(engine, question: str) -> None:
    """What the discussion ended with, and the event itself ended: the outcome, as before."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "outcome"), describe(reply)


def test_claimed_end_date_still_declines(engine) -> None:
    """How long the discussion lasts the text never says."""
    reply = engine.answer("Верно ли, что обсуждение проекта Конституции продлится до лета?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Чем, помимо обсуждения, сейчас занимаются в связи с проектом Конституции?",
        "Что, кроме обсуждения, сейчас делается с проектом Конституции?",
        "Помимо обсуждения, что сейчас происходит с проектом Конституции?",
    ],
)
def test_left_out_between_commas_keeps_the_rest(engine, question: str) -> None:
    """«, помимо обсуждения, сейчас…»: the comma closes what is left out; «сейчас» after it is asked
    (where the draft stands now), not read into the phrase of leaving out."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "current_stage"), describe(reply)
