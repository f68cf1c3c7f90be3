"""Round 82c: the Kazakh locative of the piece read («құжатта», «мәтінде») frames the question as «в
документе» does; a curated phrase of an infinitive and its object is found in either order
(«мнениями обменивались») (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Заң алдындағы теңдік құжатта қалай түсіндірілген?",
        "Заң алдындағы теңдік құжатта қалай сипатталған?",
        "Мәтінде заң алдындағы теңдік қалай түсіндіріледі?",
        "Құжатта заң алдындағы теңдік туралы не айтылған?",
    ],
)
def test_kazakh_in_the_document_frames_the_question(engine, question: str) -> None:
    """«құжатта» (in the document) says where the answer is read, not what is asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "equality_before_law"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Құжатта құқықтық мәдениет қалай сипатталған?", "legal_culture"),
        ("Құжатта қандай бағыттар аталған?", "key_directions"),
        ("Құжатта не туралы айтылады?", "about_document"),
        ("Бұл қандай құжат?", "about_document"),
    ],
)
def test_kazakh_document_questions_keep_their_entry(engine, question: str, entry_id: str) -> None:
    """Other subjects after «құжатта» keep theirs; the document itself asked stays the document."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Құжатта салық туралы не айтылған?",
        "Құжатта зейнетақы туралы не айтылған?",
        "Құжатта зейнетақы реформасы қалай түсіндірілген?",
    ],
)
def test_kazakh_in_the_document_about_what_it_lacks_declines(engine, question: str) -> None:
    """Taxes and pensions, which the document never names, stay declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("мнениями обменивались на круглом столе?", "public_involvement"),
        ("Мнениями там обменялись?", "public_involvement"),
        ("Превратно толковать реформу опасно?", "explanation_purpose"),
        ("Участие в круглом столе кто принимал?", "participants"),
    ],
)
def test_object_before_its_verb_reads_as_the_phrase(engine, question: str, entry_id: str) -> None:
    """«мнениями обменивались» is «обменивались мнениями»: the object may come first."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Мнениями о налогах обменивались?",
        "мнениями обменивались о пенсиях?",
        "Мнениями с иностранными экспертами обменивались?",
    ],
)
def test_object_first_about_what_the_text_lacks_declines(engine, question: str) -> None:
    """An exchange about taxes, pensions or with foreign experts the text never reports."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
