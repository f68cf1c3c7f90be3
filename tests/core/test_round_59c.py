"""Round 59c (the lead): an English noun after "the" and an adjective (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Will the presidential term change under the new constitution?",
        "Will the presidential term be extended?",
        "Is the parliamentary term getting longer under the draft?",
    ],
)
def test_a_noun_after_the_and_an_adjective_is_asked(engine, question: str) -> None:
    """ "the presidential term": after "the" and a word that is only an adjective, a word the
    documents never use is the noun asked of (a term of office), not the predicate, which weighs
    little: the text names no term, so the bot declines rather than give the proposed changes."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Does the draft envisage using AI and big data in the legal field?", "digital_solutions"),
        ("Does the draft use AI in the legal field?", "digital_solutions"),
        ("What does the new Constitution change?", "proposed_changes"),
    ],
)
def test_the_legal_field_is_the_legal_sphere(engine, question: str, entry: str) -> None:
    """ "the legal field", now read as a noun, is the text's "legal sphere" (synonyms)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)
