"""Round 65b: confident wrong answers read as the kind of question they are (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe

FORMAT_ENTRIES = frozenset({"outcome", "about_document"})


@pytest.mark.parametrize(
    "question",
    [
        "В каком формате проходило обсуждение?",
        "В каком формате проходило мероприятие?",
        "В каком формате прошёл круглый стол?",
        "В каком формате обсуждался проект Конституции?",
        "Какой формат был у встречи?",
        "In what format was the discussion held?",
        "Талқылау қандай форматта өтті?",
        "Дөңгелек үстел қандай форматта өтті?",
    ],
)
def test_format_of_the_event_is_what_it_was_held_as(engine, question: str) -> None:
    """«В каком формате прошло X?» asks what the event was held as (a round table), which the date
    of the press release does not tell."""
    reply = engine.answer(question)
    assert reply.kind == "answer", describe(reply)
    assert reply.entry_id in FORMAT_ENTRIES, describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "В каком формате прошёл круглый стол — онлайн или очно?",
        "Проходил ли круглый стол в онлайн-формате?",
        "В каком формате будет проходить референдум?",
        "В каком формате будут проходить общественные слушания по проекту?",
        "Was the round table held online or in person?",
        "In what format will the Constitution be published?",
        "Дөңгелек үстел онлайн форматта өтті ме?",
    ],
)
def test_formats_the_text_never_names_decline(engine, question: str) -> None:
    """Online or in person, a referendum's or a hearing's format: the text says none of it."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Какие практические аспекты обсуждались на круглом столе?", "key_directions"),
        ("Кто обсуждал проект Конституции?", "participants"),
        ("Какому формату обсуждения новелл Генеральный прокурор придал важное значение?", None),
    ],
)
def test_discussing_without_a_format_asked_keeps_its_entry(engine, question: str, entry: str | None) -> None:
    """The format questions added to the entries draw no question of discussing that asks no format."""
    reply = engine.answer(question)
    assert reply.kind == "answer", describe(reply)
    if entry is not None:
        assert reply.entry_id == entry, describe(reply)
    assert reply.entry_id not in FORMAT_ENTRIES, describe(reply)
