"""Round 82b: fresh wrong answers: the «что» of «верно ли, что…» opens the statement checked, no
asking word (a claim that the draft's discussion has ended asks whether it goes on) (real engine)."""

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
