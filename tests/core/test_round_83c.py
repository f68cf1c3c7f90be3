"""Round 83c: near misses answered by an entry of the whole — the kind of a thing a which-word asks
for ("which AI system") checked where the entry answers, not where a decline reads the subject (so
"Which government agency hosted the event?" keeps «не говорится»); Kazakh «қатар» (along with, a
postposition) is no topic a typo may be repaired into («қандай қарар», which resolution) (real
engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Which government agency hosted the event?",
        "Which AI system will be used in the legal sphere?",
        "Which artificial intelligence model will the courts use?",
    ],
)
def test_which_kind_not_told_is_not_in_the_document(engine, question: str) -> None:
    """The entry tells of the thing as a whole (AI elements; the event, never who hosted it): the
    bot declines; for a body asked which of, the document is the one silent."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
    if "agency" in question:
        assert reply.decline == "not_in_document", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Дөңгелек үстел қорытындысы бойынша қандай қарар қабылданды?",
        "Дөңгелек үстелдің қорытындысы бойынша қандай қарар шықты?",
        "Круглый стол бойынша қандай қарар қабылданды?",
        "Қорытынды бойынша қандай қарарлар шықты?",
    ],
)
def test_kazakh_resolution_is_not_the_postposition_along_with(engine, question: str) -> None:
    """«қандай қарар» (which resolution): no typo of «қатар» (along with, a postposition), and a
    resolution the document never reports, so the outcome entry does not answer."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Дөңгелек үстелдің қорытындысы қандай?", "outcome"),
        ("Дөңгелек үстел немен аяқталды?", "outcome"),
        ("Жасанды интеллектіні енгізумен қатар азаматтардың дербес деректері қалай қорғалмақ?", None),
    ],
)
def test_kazakh_outcome_and_along_with_keep_their_answer(engine, question: str, entry_id: str | None) -> None:
    """The outcome asked as such is answered; «X-пен қатар» (along with X) still reads the rest."""
    reply = engine.answer(question)
    assert reply.kind == "answer", describe(reply)
    if entry_id is not None:
        assert reply.entry_id == entry_id, describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Басты бағыттар қандай?", "Басты бағыт қандай?", "Басты бағыттардың бәрін атап беріңізші."],
)
def test_kazakh_main_is_no_topic(engine, question: str) -> None:
    """«басты» (main) asks no subject of its own, as «главный» and "main" do not: the directions
    are asked, not the President's initiatives («бастама») the Russian dictionary read it as."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "key_directions"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Реформаның басты мақсаты қандай?", "reform_aims"),
        ("Бас прокурор не айтты?", "prosecutor_speech"),
        ("Жобаның 1995 жылғы Конституциядан басты айырмашылығы қандай?", None),
    ],
)
def test_kazakh_main_beside_its_noun(engine, question: str, entry_id: str | None) -> None:
    """The noun «басты» qualifies still decides («мақсат», the aims); «бас прокурор» (the Prosecutor
    General) keeps its «бас»; a difference from the 1995 Constitution is still not in the document."""
    reply = engine.answer(question)
    if entry_id is None:
        assert reply.kind == "none", describe(reply)
    else:
        assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)
