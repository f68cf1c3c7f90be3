"""Round 72j: Kazakh «сын» (criticism) is a word of the question; after "the" and a proper
adjective the dictionary lacks ("the Russian language") a new word is a noun."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Дөңгелек үстелде қандай сын айтылды?",
        "Дөңгелек үстелде сын айтылды ма?",
        "Жобаға қандай сын айтылды?",
    ],
)
def test_kazakh_criticism_is_a_word_of_the_question(engine, question: str) -> None:
    """Kazakh «сын» (criticism) is no stopword: the familiar «сына» (Russian "son") had stopped its
    lemma; criticism the text never reports is declined."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Дөңгелек үстелде не айтылды?", "about_document"),
        ("сынок, что сказал генпрокурор?", "prosecutor_speech"),
    ],
)
def test_what_was_said_keeps_its_answer(engine, question: str, entry: str) -> None:
    """What was said keeps its entry; the familiar «сынок» stays a stopword."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Will the Russian language keep its status?",
        "Will the Kazakh language get a new status?",
        "What is the status of the Kazakh language in the draft?",
    ],
)
def test_a_noun_after_a_proper_adjective(engine, question: str) -> None:
    """ "the Russian language": after "the" and a proper adjective (no dictionary word in lower
    case), a new word is a noun ("language" may be a verb), a subject the documents never name."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("What did the Prosecutor General say?", "prosecutor_speech"),
        ("What status will law and order get in the Constitution?", "law_and_order_preamble"),
    ],
)
def test_english_questions_keep_their_entry(engine, question: str, entry: str) -> None:
    """Near misses: "the" before a known adjective or noun reads as before."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)
