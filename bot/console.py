"""The console chat: the same core as Telegram, rendered as plain text in a terminal."""

from __future__ import annotations

import sys
import textwrap
from typing import TextIO

from bot.qa.engine import Engine
from bot.qa.models import Reply

WIDTH = 100
EXIT_WORDS = {"/exit", "/quit", "выход", "exit", "quit"}


def format_reply(reply: Reply, *, numbered: bool = False) -> str:
    lines = [textwrap.fill(reply.answer, WIDTH)] if reply.answer else []
    for quote in reply.quotes:
        lines.append(textwrap.indent(textwrap.fill(f"«{quote.text}»", WIDTH - 4), "  │ "))
    if reply.quotes:
        lines.append(f"  Источник: {reply.quotes[0].source.label()}")
    if reply.suggestions:
        title = {"clarify": "", "none": "Близкие темы:"}.get(reply.kind, "Связанные вопросы:")
        if title:
            lines.append(title)
        for number, suggestion in enumerate(reply.suggestions, start=1):
            marker = f"{number}." if numbered else "•"
            lines.append(f"  {marker} {suggestion.question}")
    return "\n".join(lines)


def chat(engine: Engine, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> int:
    """Read questions until EOF or /exit; a number opens the matching suggestion of the last reply."""
    source = next(iter(engine.kb.sources.values())).ref
    interactive = stdin.isatty()
    print(
        f"Спрашивайте о документе {source.label()}.\nЦифра открывает предложенный вопрос, /exit — выход.",
        file=stdout,
    )
    last: Reply | None = None
    while True:
        if interactive:
            print("\n> ", end="", file=stdout, flush=True)
        line = stdin.readline()
        if not line:
            break
        text = line.strip()
        if text.casefold() in EXIT_WORDS:
            break
        if not text:
            continue
        reply = _pick_suggestion(engine, last, text) or engine.answer(text)
        print(format_reply(reply, numbered=True), file=stdout, flush=True)
        if not interactive:
            print(file=stdout)
        last = reply
    return 0


def _pick_suggestion(engine: Engine, last: Reply | None, text: str) -> Reply | None:
    if last is None or not text.isdigit():
        return None
    index = int(text) - 1
    if 0 <= index < len(last.suggestions):
        return engine.reply_for_entry(last.suggestions[index].entry_id)
    return None
