"""Round 96b: false «не говорится» of the newest sets: «в чём заключается X» asks X (an item of the
list by its ordinal then reads), «ребята» as a familiar word for people («ребята из АП»), a word split
by a space («проку рор»), and the Kazakh «X-тан кім болды?» asking whether someone from a group was
there (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("В чём заключается второе из выделенных направлений?", "key_directions"),
        ("В чём заключается второе направление?", "key_directions"),
        ("В чём заключается приоритет защиты прав граждан?", "rights_protection_priority"),
    ],
)
def test_what_a_thing_consists_in_asks_the_thing(engine, question: str, entry_id: str) -> None:
    """«В чём заключается X» (what X consists in) frames X as «что такое X» does: no subject of its
    own, so an ordinal of a listed direction reads as its place in the list."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["были ли ребята из АП", "ребята, кто был из АП?", "ребята из администрации президента были?"],
)
def test_fellows_from_a_body_are_its_people(engine, question: str) -> None:
    """«ребята» is a familiar word for people (or an address), as «люди из АП» are its people."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "participant_administration"), describe(reply)


def test_fellows_of_what_the_text_never_names_decline(engine) -> None:
    """«ребятам из детдома»: the children's home is still no subject of the documents."""
    reply = engine.answer("Что даст реформа ребятам из детдома?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("проку рор сказал что надо диалог открытый?", "open_dialogue"),
        ("что сказал прокур ор про диалог", "open_dialogue"),
        ("что сказал гене ральный прокурор", "prosecutor_speech"),
    ],
)
def test_a_word_split_by_a_space_is_that_word(engine, question: str, entry_id: str) -> None:
    """Two pieces, one of them no dictionary word, that together are a word of the documents."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


def test_two_dictionary_words_are_not_joined(engine) -> None:
    """«асы лов»: both pieces are words, so nothing is joined (and nothing is answered)."""
    reply = engine.answer("кто такой асы лов")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Қоғамдық ұйымдардан кім болды?", "participant_public_orgs"),
        ("Парламенттен кім болды?", "participant_parliament"),
        ("Ғылыми қоғамдастықтан кім болды?", "participant_science"),
    ],
)
def test_kazakh_who_was_from_a_group_asks_whether_it_was_there(engine, question: str, entry_id: str) -> None:
    """«X-тан кім болды?» (who was there from X) asks, as «кто был из X», whether someone from it
    took part: the entry on that group answers."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Президент Әкімшілігінен кім қатысты?",
        "Қоғамдық ұйымдардан нақты кім болды?",
        "Қоғамдық ұйымдардан кім сөйледі?",
    ],
)
def test_kazakh_who_from_a_group_by_name_still_declines(engine, question: str) -> None:
    """Who took part, who exactly, who spoke from a group: its people by name, never given."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("слушай а куда реформа ведёт в долгосрок", "long_term_guidelines"),
        ("Куда приведут изменения в долгосрочной перспективе?", "long_term_guidelines"),
    ],
)
def test_where_a_thing_of_the_text_leads_is_its_course(engine, question: str, entry_id: str) -> None:
    """«куда ведёт / приведёт X» of a thing the text knows asks where it is going, no place."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize("question", ["куда ведёт эта дорога", "куда ведёт генпрокурор"])
def test_where_what_the_text_never_leads_declines(engine, question: str) -> None:
    """A road the documents never name, a person's way: still a place, never told."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
