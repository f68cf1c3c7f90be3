"""Round 55c: Kazakh and English answerable questions declined (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Whose legitimate interests should law enforcement protect under the new approach?", "en"),
        ("Whose interests should law enforcement protect?", "en"),
        ("Whose legitimate interests will the police protect?", "en"),
        ("Құқық қорғау органдары кімнің заңды мүдделерін қорғауы керек?", "kk"),
        ("Полиция кімнің заңды мүдделерін қорғайды?", "kk"),
    ],
)
def test_whose_interests_the_text_names_the_owner_of(engine, question: str, lang: str) -> None:
    """English "whose", Kazakh «кімнің» before the interests the text names with their owner
    («законных интересов населения») ask what the text says of them, as «чьи» does; the plural
    "interests" is no asker's "interested"; the reply stays in the question's language."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id, reply.lang) == ("answer", "rights_protection_priority", lang), (
        describe(reply)
    )


@pytest.mark.parametrize(
    "question",
    [
        "Whose interests will the budget protect?",
        "Whose interests did Asylov defend in court?",
        "Кімнің мүдделері бюджетте ескеріледі?",
        "Кімнің мүдделерін банктер қорғайды?",
    ],
)
def test_whose_interests_elsewhere_decline(engine, question: str) -> None:
    """Interests in a budget, a court, banks: the text says nothing of them."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


def test_the_askers_interest_is_still_no_word_of_the_question(engine) -> None:
    """ "I'm interested in…" asks its rest."""
    reply = engine.answer("I'm interested in the date of the round table")
    assert (reply.kind, reply.entry_id) == ("answer", "event_date"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "проверок станет больше или профилактика?",
        "Штрафов станет больше или профилактика?",
        "Рейдов станет больше или профилактики?",
    ],
)
def test_alternative_beside_a_noun_the_synonyms_name(engine, question: str) -> None:
    """«…или профилактика?»: a concept of the synonyms named by one noun is a noun after «или», so
    the alternative the documents never name before it is no subject; the answer tells which of
    the two the document holds (alternatives._unknown_head_of_alternative)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Проверок станет больше или пенсий?",
        "Штрафов станет больше или налогов?",
        "Это окончательная редакция или ещё проект?",
    ],
)
def test_alternatives_the_text_omits_decline(engine, question: str) -> None:
    """Neither side named by the documents, or only their own whole beside an unknown one."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
