"""The console's conversation and layout over the real engine (the terminal itself: test_console_terminal)."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from bot.console import CONSOLE_TEXTS, Conversation, chat, format_reply, header_fragments, plain
from bot.qa.engine import Engine
from bot.qa.models import SourceRef

from ._support import squash

QUESTION = "кто участвовал в круглом столе"


def test_help_names_exit_and_the_numbered_suggestions(engine: Engine) -> None:
    shown = plain(Conversation(engine).respond("/help", 80) or [])
    assert "/exit" in shown
    assert "номер" in shown
    assert "Ctrl-D" in shown


def test_a_number_opens_that_suggestion(engine: Engine) -> None:
    conversation = Conversation(engine)
    first = engine.answer(QUESTION)
    conversation.respond(QUESTION, None)
    opened = engine.reply_for_entry(first.suggestions[1].entry_id)
    assert opened is not None
    shown = plain(conversation.respond("2", None) or [])
    assert squash(opened.answer) in squash(shown)


def test_a_number_without_such_suggestion_says_so(engine: Engine) -> None:
    conversation = Conversation(engine)
    assert "нет предложенных вопросов" in plain(conversation.respond("3", None) or [])
    count = len(engine.answer(QUESTION).suggestions)
    conversation.respond(QUESTION, None)
    shown = plain(conversation.respond("9", None) or [])
    assert shown.strip() == CONSOLE_TEXTS["ru"].no_such_suggestion.format(number=9, count=count)


def test_an_unknown_command_says_so(engine: Engine) -> None:
    shown = plain(Conversation(engine).respond("/start", None) or [])
    assert shown.strip() == CONSOLE_TEXTS["ru"].unknown_command.format(command="/start")


def test_exit_words_end_the_conversation(engine: Engine) -> None:
    assert Conversation(engine).respond("/exit", None) is None


@pytest.mark.parametrize("width", [40, 80, 120])
def test_wrapping_keeps_to_the_width_and_keeps_words_whole(engine: Engine, width: int) -> None:
    reply = engine.answer(QUESTION)
    lines = format_reply(reply, numbered=True, width=width).splitlines()
    assert max(len(line) for line in lines) <= width
    joined = squash(" ".join(line.replace("│", " ") for line in lines))
    assert squash(reply.answer) in joined
    assert all(squash(q.text) in joined for q in reply.quotes)


def test_plain_output_is_unwrapped(engine: Engine) -> None:
    reply = engine.answer(QUESTION)
    assert reply.answer in format_reply(reply).splitlines()


def test_reply_labels_follow_the_reply_language(engine: Engine) -> None:
    reply = engine.answer(QUESTION)
    for lang, texts in CONSOLE_TEXTS.items():
        shown = format_reply(reply.model_copy(update={"lang": lang}), numbered=True)
        assert f"{texts.source}: " in shown
        assert texts.related in shown


def test_header_names_every_source() -> None:
    sources = [
        SourceRef(id="a", title="Пресс-релиз о круглом столе", date=dt.date(2026, 2, 27)),
        SourceRef(id="b", title="Проект Конституции", date=dt.date(2026, 3, 1)),
    ]
    one = plain(header_fragments(sources[:1], 80))
    assert "«Пресс-релиз о круглом столе», 27.02.2026" in one
    many = plain(header_fragments(sources, 80))
    assert "«Пресс-релиз о круглом столе», 27.02.2026" in many
    assert "«Проект Конституции», 01.03.2026" in many


def test_chat_over_a_pipe_prints_plain_text(engine: Engine) -> None:
    out = io.StringIO()
    assert chat(engine, io.StringIO(f"{QUESTION}\n7\n/exit\nне читается\n"), out) == 0
    text = out.getvalue()
    assert "\x1b" not in text
    assert squash(engine.answer(QUESTION).answer) in squash(text)
    assert "Вопроса под номером 7 нет" in text
    assert "не читается" not in text
