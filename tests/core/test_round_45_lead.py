"""Round 45, the lead's: near misses of hunt 8 that got an answer (real engine). "What" opening an
English question before a word and an auxiliary verb asks which of that noun ("What language was it
held in?"), a subject the documents never name, not what happened."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "What language was the round table held in?",
        "What salary does the Prosecutor General earn?",
        "What budget does the reform have?",
        "What fines are planned for data leaks?",
        "What language did Asylov speak?",
    ],
)
def test_what_before_an_unknown_noun_and_an_auxiliary_asks_of_that_noun(engine, question: str) -> None:
    """The unknown word after an opening "what" and before "was", "does", "are"… is the noun asked
    of, which the documents never name: the round table's date or the speaker's entry does not
    answer it, and the bot says the document does not tell."""
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("What principle is enshrined in the Preamble?", "law_and_order_preamble"),
        ("What date was the round table held?", "event_date"),
        ("What directions were given special attention?", "key_directions"),
        ("What did the Prosecutor General say?", "prosecutor_speech"),
    ],
)
def test_what_before_a_known_noun_still_answers(engine, question: str, entry_id: str) -> None:
    """Neighbours: the noun after "what" is one the documents use, and its entry answers."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)
