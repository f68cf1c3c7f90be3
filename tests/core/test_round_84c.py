"""Round 84c: questions for particulars the text does not give, answered with the general entry:
English "which X … specifically" (the adverb apart from its which-word) and «как именно будет
измеряться X» (the course of measuring) (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Which inaccurate interpretations of the reform did the Prosecutor General have in mind"
        " specifically?",
        "Which misinterpretations did the Prosecutor General mean specifically?",
        "What distortions of the reform did Asylov warn about exactly?",
    ],
)
def test_which_items_specifically_not_given(engine, question: str) -> None:
    """ "specifically" later in a "which + plural noun" question asks the particular items, as
    "which specific interpretations" does; the text names no particular misreadings."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("What areas did the round table focus on specifically?", "key_directions"),
        ("What areas were singled out exactly?", "key_directions"),
        ("Which organisations took part exactly?", "participants"),
        ("What exactly did the Prosecutor General say?", "prosecutor_speech"),
        ("What exactly does Law and Order mean?", "law_and_order_meaning"),
    ],
)
def test_items_the_text_lists_keep_their_entry(engine, question: str, entry: str) -> None:
    """Items the text lists are told asked specifically too; "what exactly" before a verb asks no items."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Как именно будет измеряться «нулевая терпимость к правонарушениям»?",
        "Как конкретно будут измерять правовую культуру?",
        "How exactly will zero tolerance be measured?",
    ],
)
def test_how_exactly_measured_not_given(engine, question: str) -> None:
    """How a thing is measured, asked concretely, is the course of measuring, which the text never
    describes."""
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Что означает нулевая терпимость к правонарушениям?", "law_and_order_meaning"),
        ('Что именно означает принцип "Закон и порядок"?', "law_and_order_meaning"),
    ],
)
def test_meaning_keeps_its_entry(engine, question: str, entry: str) -> None:
    """What the principle means is told."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Will the changes improve how the state is run?",
        "How will the reform change the running of the state?",
    ],
)
def test_how_the_state_is_run_is_governance(engine, question: str) -> None:
    """ "how the state is run", "the running of the state" is the English of «государство
    управляется»: the text's «эффективность государственного управления»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Who will run the state?",
        "Will the reform change how the state is run in the regions?",
    ],
)
def test_running_the_state_near_misses_decline(engine, question: str) -> None:
    """Who runs it, or its running in the regions, the text does not tell."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
