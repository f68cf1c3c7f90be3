"""Round 81e: the typo searches narrowed by the letters words share (no reply changes, the same
repairs, cheaper), and a last clause of a question word alone after a question of its own («Когда
прошёл круглый стол и где именно?») asks that word of the same predicate (real engine)."""

from __future__ import annotations

import pytest
from rapidfuzz import fuzz, process

from bot.qa.analyzer import TYPO_MIN_SCORE, TYPO_TIES, LetterCounts

from ._support import describe

_WORDS = ["круглом", "круглый", "столе", "кругом", "стол", "конституция", "конституции", "закон", "закона"]


@pytest.mark.parametrize("word", ["кругом", "круглм", "стола", "констиуция", "закно", "ааааа", "z", "кон"])
def test_letter_counts_keep_every_word_within_the_cutoff(word: str) -> None:
    """A word sharing too few letters cannot reach the cutoff: every word that does is kept, in the
    list's order (so that ties fall as over the whole list)."""
    reach = LetterCounts(_WORDS).within_reach(word, TYPO_MIN_SCORE)
    scored = [w for w in _WORDS if fuzz.ratio(word, w) >= TYPO_MIN_SCORE]
    assert set(scored) <= set(reach)
    assert reach == [w for w in _WORDS if w in reach]


def test_letter_counts_of_no_words() -> None:
    assert LetterCounts(()).within_reach("кругом", TYPO_MIN_SCORE) == []


@pytest.mark.parametrize(
    "word", ["кругом", "констиуция", "граждн", "правоохранительых", "генпрокурр", "персональых", "zakon"]
)
def test_repairs_are_those_of_the_whole_vocabulary(engine, word: str) -> None:
    """The knowledge base's repairs are those a scan of its whole vocabulary finds."""
    vocabulary = engine.index.vocabulary
    whole = process.extract(
        word, sorted(vocabulary.surface), scorer=fuzz.ratio, score_cutoff=TYPO_MIN_SCORE, limit=TYPO_TIES
    )
    best = [meant for meant, score, _ in whole if score == whole[0][1]] if whole else []
    corrected = vocabulary.correct(word)
    if not best:
        assert corrected is None
    else:
        assert corrected in best


@pytest.mark.parametrize(
    "question",
    ["кто был на кругом столе", "что обсуждали на кругом столе"],
)
def test_dictionary_word_misspelt_from_a_phrase_still_read(engine, question: str) -> None:
    """Round 79d's reading («на кругом столе») stands after the narrowing."""
    reply = engine.answer(question)
    assert reply.kind == "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Когда прошёл круглый стол и где именно?", "event_date"),
        ("Когда прошёл круглый стол и где?", "event_date"),
        ("Когда состоялся круглый стол, и где?", "event_date"),
        ("When was the round table held and where exactly?", "event_date"),
        ("Кто выступал на круглом столе и когда?", "speaker"),
        ("Who spoke at the round table and when?", "speaker"),
    ],
)
def test_last_bare_question_word_shares_the_predicate(engine, question: str, entry_id: str) -> None:
    """«…и где именно?» after a question of its own asks where of the same predicate: two questions,
    the first answered (the document does not say where), not one question asking two things."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Будет ли следующий круглый стол и когда?",
        "Где прошёл круглый стол?",
        "Где именно прошёл круглый стол?",
    ],
)
def test_bare_word_after_a_yes_no_question_stays_one_question(engine, question: str) -> None:
    """After a yes/no clause the question word asks of that clause: one question (when the next round
    table is), which the documents do not answer; where alone is not told either."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_both_question_words_first_keep_their_answer(engine) -> None:
    """«Когда и где…» (the question words first) keeps its reading."""
    reply = engine.answer("Когда и где прошёл круглый стол?")
    assert (reply.kind, reply.entry_id) == ("answer", "event_date"), describe(reply)
