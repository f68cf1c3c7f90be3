"""Round 56b: chat, Kazakh and English rows of blind70-72 (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("чё про верховенство закона говорили", "reform_aims"),
        ("чо про верховенство закона говорили", "reform_aims"),
        ("чё про цифровые решения обсуждали", "digital_solutions"),
    ],
)
def test_spoken_what_before_an_impersonal_verb(engine, question: str, entry: str) -> None:
    """The spoken «чё» («че» folded) is the asking word, not a plural noun that would be the
    subject of «говорили»: the verb stays impersonal, as after «что»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "чё про верховенство закона в Германии говорили",
        "чё про смертную казнь говорили",
        "чё про верховенство закона говорили судьи Конституционного суда",
    ],
)
def test_spoken_what_near_misses_decline(engine, question: str) -> None:
    """Another country, a topic the text never names, speakers it does not report: declined."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
