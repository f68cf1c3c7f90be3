"""Round 59b: Kazakh questions still declined (real engine)."""

from __future__ import annotations

import pytest

from bot.qa import kazakh

from ._support import describe


def test_passive_while_participle_is_the_active_one() -> None:
    """«талқыланғанда» (while it was discussed) stems as «талқылағанда» (while discussing it) and
    the noun «талқылау»; the finite passive «талқыланды» (what was discussed) is left apart."""
    assert kazakh.stem("талқыланғанда") == kazakh.stem("талқылағанда") == kazakh.stem("талқылау")
    assert kazakh.stem("талқыланды") != kazakh.stem("талқылады")


@pytest.mark.parametrize(
    "question",
    [
        "Жаңа Конституция жобасы талқыланғанда қандай бағыттарға ерекше көңіл бөлінді?",
        "Жана Конституция жобасы талкыланганда кандай багыттарга ерекше конил болинди?",
        "Жоба талқыланғанда қандай бағыттарға назар аударылды?",
    ],
)
def test_directions_asked_with_the_passive_while(engine, question: str) -> None:
    """The participle of «while» in the passive frames the question as the active one does: the
    directions given special attention."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "key_directions"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Жоба талқыланғанда қанша адам дауыс берді?",
        "Жаңа Конституция жобасы талқыланғанда қандай заңдар қабылданды?",
        "Жоба талқыланғанда салық туралы не айтылды?",
        "Жоба талқыланғанда зейнетақы мәселесі көтерілді ме?",
    ],
)
def test_what_the_text_omits_while_discussed_declines(engine, question: str) -> None:
    """Votes, laws passed, taxes, pensions during the discussion: the text says none of it."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Жана Конституция карапайым адамдарга не береди?",
        "Жана Ата Заң карапайым адамдарга не береди?",
        "Жана Конституция карапайым халыкка не береди?",
    ],
)
def test_what_it_gives_ordinary_people_typed_plain(engine, question: str) -> None:
    """Kazakh typed without its letters, closing on «не береди» (what does it give; «береди» is also
    a Russian form), is Kazakh; «адамдарга», a plain stem with its ending typed plain, is
    «адамдарға»: what the reform gives ordinary people is its aims."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id, reply.lang) == ("answer", "reform_aims", "kk"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Жана Конституция зейнеткерлерге не береди?",
        "Жана Конституция карапайым адамдарга кандай жалакы береди?",
        "Жана Конституция карапайым адамдарга тегин пәтер береди ме?",
        "Зачем ты мне раны не береди?",
    ],
)
def test_what_the_text_does_not_give_declines(engine, question: str) -> None:
    """Pensioners, wages, free flats: the text says none of it; Russian «не береди» stays Russian
    and off the topic."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


def test_plain_ending_after_a_plain_stem() -> None:
    """An ending typed plain after a stem spelt with no Kazakh letter is spelt by vowel harmony; a
    word the ending so spelt does not stem back to that stem (a Russian word) is left as typed."""
    spellings = kazakh.Spellings(["қарапайым адамдар", "конституция"])
    assert spellings.restore("карапайым адамдарга") == "қарапайым адамдарға"
    assert spellings.restore("адамантовый") == "адамантовый"
    assert spellings.restore("конституционного") == "конституционного"
