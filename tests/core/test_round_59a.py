"""Round 59a: several countries asked, which the documents do not name (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Какие страны участвовали?",
        "Какие страны приняли участие в круглом столе?",
        "Какие государства участвовали?",
        "Представители каких стран участвовали?",
        "Which countries took part?",
    ],
)
def test_several_countries_asked_decline(engine, question: str) -> None:
    """A plural which-word before a country asks which of several countries; the documents speak
    of one, whose constitution is discussed, and name no other: answered, the question got the
    entry saying what the document is about (which country it concerns)."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "О какой стране идёт речь?",
        "Конституция какой страны обсуждалась?",
        "Which country is the constitution for?",
    ],
)
def test_the_one_country_asked_is_answered(engine, question: str) -> None:
    """One country asked (a singular which-word) is the one the text names."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "about_document"), describe(reply)
