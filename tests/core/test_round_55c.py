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
    ("question", "entry"),
    [
        ("Конституция жобасы бойынша донгелек устелге кимдер катысты?", "participants"),
        ("Конституция жобасы бойынша дөңгелек үстелге кімдер қатысты?", "participants"),
        ("Жоба бойынша дөңгелек үстелге кімдер қатысты?", "participants"),
        ("Жаңа Конституция жобасын талқылағанда қандай бағыттарға ерекше көңіл бөлінді?", "key_directions"),
        ("Жаңа Конституция жобасы талқыланғанда қандай бағыттарға ерекше көңіл бөлінді?", "key_directions"),
        ("Жоба талқыланғанда қандай бағыттарға ерекше көңіл бөлінді?", "key_directions"),
        ("Конституция жобасын талкылау аякталды ма", "current_stage"),
    ],
)
def test_kazakh_draft_is_the_texts_project(engine, question: str, entry: str) -> None:
    """The Kazakh «жоба» (a draft), in any form, typed with Kazakh letters or without, is the
    text's «проект», the documents' whole: no subject of its own."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id, reply.lang) == ("answer", entry, "kk"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Жоба қашан қабылданады?",
        "Жобаға қанша қаржы бөлінді?",
        "Салық жобасы бойынша кімдер қатысты?",
        "Конституция жобасын кім жазды?",
    ],
)
def test_what_the_text_omits_of_the_kazakh_draft_declines(engine, question: str) -> None:
    """When it is adopted, its money, another draft, its authors: the text says none of it."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Это уже окончательный текст Конституции или всё ещё проект, который обсуждают?", "current_stage"),
        ("проверок станет больше или профилактика?", "rights_protection_priority"),
    ],
)
def test_alternative_beside_a_noun_the_synonyms_name(engine, question: str, entry: str) -> None:
    """«…или проект?»: a concept of the synonyms named by one noun is a noun after «или», so the
    alternative the documents never name is no subject (alternatives._unknown_head_of_alternative)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


def test_alternative_beside_the_draft_the_text_omits_declines(engine) -> None:
    """An "edition" the text never names beside its draft, with nothing else asked."""
    reply = engine.answer("Это окончательная редакция или ещё проект?")
    assert reply.kind != "answer", describe(reply)
