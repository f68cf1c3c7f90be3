"""Round 38e: colloquial Russian read as spoken, with near misses of our own that must stay declined
(real engine, one source and two)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "реформа эт продолжение курса президента?",
        "эт чей курс продолжает реформа",
        "реформа эт продолжение чего",
    ],
)
def test_spoken_eto_clipped_to_et_asks_nothing_of_its_own(engine, question: str) -> None:
    """«эт» is the spoken «это» clipped, a word that asks nothing: it is not repaired into «этап»
    (which took «реформа эт продолжение чего» to the current stage of the draft, a confident wrong
    answer). What the rest asks is answered, or the close entries offered."""
    reply = engine.answer(question)
    assert reply.entry_id != "current_stage", describe(reply)
    assert reply.kind in ("answer", "clarify"), describe(reply)
    if reply.kind == "answer":
        assert reply.entry_id == "reform_tokayev_link", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "эт налоги снизят?",
        "эт пенсии повысят?",
    ],
)
def test_et_does_not_rescue_what_the_documents_never_say(engine, question: str) -> None:
    """Near misses: taxes and pensions are not in the documents, with or without «эт»."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_the_stage_itself_is_still_read(engine) -> None:
    """«этап» written out stays the stage of the draft."""
    reply = engine.answer("на каком этапе проект")
    assert (reply.kind, reply.entry_id) == ("answer", "current_stage"), describe(reply)
