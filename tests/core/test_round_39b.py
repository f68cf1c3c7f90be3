"""Round 39b: classes read from blind44's misses, with paraphrases of our own and near misses that
must stay declined or answered otherwise (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("на чем сосредоточились участники", "practical_focus"),
        ("На чём сосредоточились участники, если коротко?", "practical_focus"),
        ("На каких направлениях сосредоточились участники?", "key_directions"),
    ],
)
def test_closer_wording_of_every_word_is_not_overturned_by_embedding(
    engine, question: str, entry: str
) -> None:
    """Two entries hold every word of the question; the one whose question is nearly the question
    itself answers, not the one whose question asks of more («направления»). A question naming
    that more goes to its entry (near miss)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)
