"""Round 47b: the misses of blind57 (real engine). A long message's closing question that asks of
«это», the sentence before it, is not asked alone: its bare demonstrative names nothing, and any
entry its verb matches («обсуждалось») answers something the message did not ask."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Я нотариус из Шымкента. Для меня важно, чтобы законы везде применялись одинаково. "
        "Обсуждалось ли это?",
        "Я судья из Караганды. Мне важно, чтобы закон применялся ко всем одинаково. Говорили ли об этом?",
    ],
)
def test_a_closing_question_of_this_is_not_answered_as_another(engine, question: str) -> None:
    """«Обсуждалось ли это?» after the asker's sentence asks of that sentence: the bare tail, asked
    alone, reads as «what was discussed» (proposed_changes), a confident answer to another question."""
    reply = engine.answer(question)
    assert reply.entry_id != "proposed_changes", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Я адвокат из Алматы. Для меня важно, чтобы нотариусы получили новые полномочия. Обсуждалось ли это?",
        "Я бухгалтер из Павлодара. Меня волнует, будут ли снижены налоги для малого бизнеса. "
        "Обсуждалось ли это?",
    ],
)
def test_a_closing_question_of_what_the_text_never_says_is_declined(engine, question: str) -> None:
    """Near misses: the sentence «это» stands for asks of what the documents never speak of."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Обсуждалось ли это?", "proposed_changes"),
        ("Я юрист. Нулевая терпимость — это про что?", "law_and_order_meaning"),
    ],
)
def test_a_short_question_is_still_read_as_before(engine, question: str, entry: str) -> None:
    """Only a long message's tail is skipped; a short question keeps its reading."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)
