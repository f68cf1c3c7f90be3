"""Round 77c: answerable colloquial and Kazakh questions of the fresh sets that declined or asked
back: equally close typo repairs settled by the dictionary; the Kazakh of the effect on rights and
freedoms (real engine)."""

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


@pytest.mark.parametrize(
    "question",
    [
        "Реформа азаматтардың құқықтары мен бостандықтарына қалай әсер етеді?",
        "Мен Жамбыл облысынан шыққан ақынмын. Айтыңызшы, бұл реформа халықтың құқықтары мен "
        "бостандықтарына қалай әсер етеді?",
        "Жаңа Конституция азаматтардың құқықтары мен бостандықтарына қалай әсер етеді?",
        "Өзгерістер халықтың құқықтары мен бостандықтарына қалай әсер етеді?",
    ],
)
def test_effect_on_rights_and_freedoms_in_kazakh(engine, question: str) -> None:
    """The Kazakh of «Как изменения отразятся на правах и свободах граждан?»: the changes
    strengthen the guarantees of citizens' rights and freedoms."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Реформа экономикаға әсер ете ме?", "long_term_guidelines"),
        ("Жаңа Конституция азаматтардың құқықтары мен бостандықтарын қорғай ма?", "reform_aims"),
    ],
)
def test_near_questions_keep_their_entries(engine, question: str, entry_id: str) -> None:
    """The effect on the economy and what the new constitution protects keep their own entries."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


def test_effect_on_foreigners_rights_still_declines(engine) -> None:
    """Foreigners' rights the documents never mention."""
    reply = engine.answer("Реформа шетелдіктердің құқықтарына қалай әсер етеді?")
    assert reply.kind == "none", describe(reply)
