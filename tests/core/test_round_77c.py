"""Round 77c: answerable colloquial and Kazakh questions of the fresh sets that declined or asked
back: equally close typo repairs settled by the dictionary (real engine)."""

from __future__ import annotations

import pytest

from bot.qa.analyzer import Vocabulary

from ._support import describe


def test_equally_close_repairs_prefer_the_dictionarys_word() -> None:
    """«кгда» is one letter from «когда» and from the slang «кагда»: the dictionary's word wins the
    tie; without one the first in sort order stays the repair."""
    assert Vocabulary(["кагда", "когда"], [], dictionary_words=["когда"]).correct("кгда") == "когда"
    assert Vocabulary(["кагда", "когда"], []).correct("кгда") == "кагда"


@pytest.mark.parametrize(
    "question",
    [
        "кгда был круглый стол",
        "кгда прошёл круглый стол",
        "кгда состоялся круглый стол?",
        "кгда провели круглый стол",
    ],
)
def test_misspelt_when_asks_the_date(engine, question: str) -> None:
    """«кгда» is «когда»: the date of the round table."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "event_date"), describe(reply)


@pytest.mark.parametrize("question", ["кгда примут новую конституцию", "кгда повысят пенсии"])
def test_misspelt_when_of_what_is_not_told_still_declines(engine, question: str) -> None:
    """When the constitution is adopted or pensions rise the documents never say."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
