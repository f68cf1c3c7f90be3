"""A time adverb the documents use («сейчас», "now") does not make a question about them: beside a
noun they never name («погода», "weather") the question is off topic, not answered with the stage the
draft is at now. The same adverb beside the documents' own words keeps its answer."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "What is the weather now?",
        "What is the weather like now?",
        "Какая погода сейчас?",
    ],
)
def test_a_time_adverb_beside_a_foreign_noun_is_off_topic(engine, question: str) -> None:
    """The weather «now» is not the draft's stage «в настоящее время»."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
    assert reply.decline == "off_topic", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что сейчас происходит с проектом Конституции?",
        "What is happening with the draft now?",
        "Сейчас идёт обсуждение проекта?",
        "What is the status of the draft now?",
    ],
)
def test_a_time_adverb_beside_the_documents_words_keeps_its_answer(engine, question: str) -> None:
    """The stage of the draft asked «now» is what the text says of the present."""
    reply = engine.answer(question)
    assert reply.kind == "answer", describe(reply)
    assert reply.entry_id == "current_stage", describe(reply)


def test_after_a_copula_and_an_article_an_english_word_is_a_noun(engine) -> None:
    """ "When is the vote on the constitution?": after "is the", "vote" (a verb too, to the
    dictionary) is the noun asked about, which the documents never name."""
    reply = engine.answer("When is the vote on the constitution?")
    assert reply.kind == "none", describe(reply)
    assert reply.decline == "not_in_document", describe(reply)
