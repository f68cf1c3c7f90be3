"""Round 59b: Kazakh questions still declined (real engine)."""

from __future__ import annotations

import pytest

from bot.qa import kazakh

from ._support import describe


def test_passive_while_participle_is_the_active_one() -> None:
    """«талқыланғанда» (while it was discussed) stems as «талқылағанда» (while discussing it) and
    the noun «талқылау»; the finite passive «талқыланды» (what was discussed) is left apart."""
    assert kazakh.stem("талқыланғанда") == kazakh.stem("талқылағанда") == kazakh.stem("талқылау")
    assert kazakh.stem("талқыланды") != kazakh.stem("талқылады")


@pytest.mark.parametrize(
    "question",
    [
        "Жаңа Конституция жобасы талқыланғанда қандай бағыттарға ерекше көңіл бөлінді?",
        "Жана Конституция жобасы талкыланганда кандай багыттарга ерекше конил болинди?",
        "Жоба талқыланғанда қандай бағыттарға назар аударылды?",
    ],
)
def test_directions_asked_with_the_passive_while(engine, question: str) -> None:
    """The participle of «while» in the passive frames the question as the active one does: the
    directions given special attention."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "key_directions"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Жоба талқыланғанда қанша адам дауыс берді?",
        "Жаңа Конституция жобасы талқыланғанда қандай заңдар қабылданды?",
        "Жоба талқыланғанда салық туралы не айтылды?",
        "Жоба талқыланғанда зейнетақы мәселесі көтерілді ме?",
    ],
)
def test_what_the_text_omits_while_discussed_declines(engine, question: str) -> None:
    """Votes, laws passed, taxes, pensions during the discussion: the text says none of it."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
