"""The console chat: the same core as Telegram, in a terminal.

In a terminal (stdin and stdout both a TTY) it is a small chat: line editing and history through
prompt_toolkit (arrows, ↑ recalls earlier questions), replies wrapped at the terminal's width without
breaking words, in colour. Otherwise (a pipe, a file, a test) it reads one question a line and prints
plain text, unwrapped and without escape codes, so the output is easy to read by a program.

Every text the console itself prints is in CONSOLE_TEXTS (from bot/console_texts.yaml); labels that
belong to a reply (source, related questions, "no suggestion N") follow the reply's language.
"""

from __future__ import annotations

import shutil
import sys
import textwrap
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TextIO

import yaml

from bot.qa.models import LANGS, Lang, Reply, SourceRef

if TYPE_CHECKING:
    from prompt_toolkit import PromptSession
    from prompt_toolkit.styles import BaseStyle

    from bot.qa.engine import Engine

EXIT_WORDS = frozenset({"/exit", "/quit", "выход", "exit", "quit", "шығу"})
HELP_WORDS = frozenset({"/help", "/?", "помощь", "help", "көмек"})
PROMPT = "› "
QUOTE_BAR = "  │ "
SUGGESTION_INDENT = "     "  # under "  1. ", so that a wrapped suggestion lines up with its text


@dataclass(frozen=True)
class ConsoleTexts:
    """What the console prints, in one language."""

    source: str
    related: str
    close_topics: str
    no_such_suggestion: str  # {number}, {count}
    no_suggestions: str  # {number}
    unknown_command: str  # {command}
    header_one: str  # {source}
    header_many: str
    hint: str
    help: str


CONSOLE_TEXTS_PATH = Path(__file__).with_name("console_texts.yaml")


def _load_console_texts(path: Path = CONSOLE_TEXTS_PATH) -> dict[Lang, ConsoleTexts]:
    """The console's own texts, per language (a data file, like the bot's ui.yaml)."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {lang: ConsoleTexts(**raw[lang]) for lang in LANGS}


CONSOLE_TEXTS = _load_console_texts()

# prompt_toolkit style classes of the fragments below (used only in a terminal).
STYLE = {
    "prompt": "bold ansicyan",
    "header": "bold",
    "answer": "",
    "bar": "ansicyan",
    "quote": "italic",
    "source": "ansigreen",
    "title": "bold",
    "number": "bold ansiyellow",
    "suggestion": "",
    "note": "ansiyellow",
}

Fragment = tuple[str, str]  # (style class, text); "\n" ends a line


def texts_for(lang: Lang) -> ConsoleTexts:
    return CONSOLE_TEXTS.get(lang, CONSOLE_TEXTS["ru"])


def _wrapped(text: str, width: int | None, first: str, rest: str) -> Iterator[str]:
    """The lines of a paragraph: prefixed, wrapped at `width` (never inside a word); None: unwrapped."""
    for paragraph in text.splitlines() or [""]:
        if width is None:
            yield first + paragraph
        else:
            wrapper = textwrap.TextWrapper(
                width=max(width, len(first) + 10),
                initial_indent=first,
                subsequent_indent=rest,
                break_long_words=False,
                break_on_hyphens=False,
            )
            yield from wrapper.wrap(paragraph) or [first]
        first = rest


def _line(style: str, text: str, width: int | None, first: str = "", rest: str = "") -> list[Fragment]:
    fragments: list[Fragment] = []
    for line in _wrapped(text, width, first, rest):
        fragments += [(style, line), ("", "\n")]
    return fragments


def reply_fragments(reply: Reply, *, numbered: bool = False, width: int | None = None) -> list[Fragment]:
    """A reply as styled lines: answer, quotes, source, suggestions; wrapped at `width` when given."""
    texts = texts_for(reply.lang)
    out: list[Fragment] = []
    if reply.preface:  # which question of the message the answer is to
        out += _line("class:note", reply.preface, width)
    if reply.answer:
        out += _line("class:answer", reply.answer, width)
    for quote in reply.quotes:
        for line in _wrapped(f"«{quote.text}»", width, QUOTE_BAR, QUOTE_BAR):
            out += [("class:bar", QUOTE_BAR), ("class:quote", line[len(QUOTE_BAR) :]), ("", "\n")]
    sources = list(dict.fromkeys(quote.source.label() for quote in reply.quotes))
    for label in sources:
        out += _line("class:source", f"{texts.source}: {label}", width, "  ", "    ")
    if reply.suggestions:
        title = {"clarify": "", "none": texts.close_topics}.get(reply.kind, texts.related)
        if title:
            out += _line("class:title", title, width)
        for number, suggestion in enumerate(reply.suggestions, start=1):
            marker = f"  {number}. " if numbered else "  • "
            lines = list(_wrapped(suggestion.question, width, marker, SUGGESTION_INDENT))
            out += [("class:number", marker), ("class:suggestion", lines[0][len(marker) :]), ("", "\n")]
            for line in lines[1:]:
                out += [("class:suggestion", line), ("", "\n")]
    return out


def plain(fragments: Iterable[Fragment]) -> str:
    return "".join(text for _, text in fragments)


def format_reply(
    reply: Reply, *, numbered: bool = False, width: int | Literal["auto"] | None = "auto"
) -> str:
    """A reply as plain text (no trailing newline): wrapped at `width` columns; "auto": at the
    terminal's width when stdout is a terminal, else unwrapped (one paragraph a line)."""
    if width == "auto":
        width = _width() if sys.stdout.isatty() else None
    return plain(reply_fragments(reply, numbered=numbered, width=width)).rstrip("\n")


def header_fragments(sources: Iterable[SourceRef], width: int | None) -> list[Fragment]:
    """The greeting: every source the bot answers from, and how to use the console."""
    texts = texts_for("ru")
    labels = [source.label() for source in sources]
    if len(labels) == 1:
        out = _line("class:header", texts.header_one.format(source=labels[0]), width)
    else:
        out = _line("class:header", texts.header_many, width)
        for label in labels:
            out += _line("class:header", label, width, "  • ", "    ")
    return out + _line("class:note", texts.hint, width)


@dataclass
class Conversation:
    """What a line typed into the console leads to; remembers the last reply for numbered picks."""

    engine: Engine
    last: Reply | None = None

    @property
    def lang(self) -> Lang:
        return self.last.lang if self.last is not None else "ru"

    def respond(self, text: str, width: int | None) -> list[Fragment] | None:
        """The fragments to print for one line of input; None when the user wants to leave."""
        folded = text.casefold()
        if folded in EXIT_WORDS:
            return None
        if folded in HELP_WORDS:
            return _line("class:note", texts_for(self.lang).help, width)
        if text.isdigit():
            return self._pick(int(text), width)
        if text.startswith("/") and " " not in text:
            return _line("class:note", texts_for(self.lang).unknown_command.format(command=text), width)
        reply = self.engine.answer(text, fallback_lang=self.lang)
        self.last = reply
        return reply_fragments(reply, numbered=True, width=width)

    def _pick(self, number: int, width: int | None) -> list[Fragment]:
        suggestions = self.last.suggestions if self.last is not None else ()
        reply = None
        if 1 <= number <= len(suggestions):
            reply = self.engine.reply_for_entry(suggestions[number - 1].entry_id, lang=self.lang)
        if reply is None:
            texts = texts_for(self.lang)
            message = (
                texts.no_such_suggestion.format(number=number, count=len(suggestions))
                if suggestions
                else texts.no_suggestions.format(number=number)
            )
            return _line("class:note", message, width)
        self.last = reply
        return reply_fragments(reply, numbered=True, width=width)


def chat(engine: Engine, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """Read questions until end of input or /exit; a number opens a suggestion of the last reply."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    if stdin.isatty() and stdout.isatty():
        return _chat_in_terminal(engine)
    return _chat_plain(engine, stdin, stdout)


def _sources(engine: Engine) -> list[SourceRef]:
    return [source.ref for source in engine.kb.sources.values()]


def _chat_plain(engine: Engine, stdin: TextIO, stdout: TextIO) -> int:
    conversation = Conversation(engine)
    print(plain(header_fragments(_sources(engine), None)), file=stdout, flush=True)
    for line in stdin:
        text = line.strip()
        if not text:
            continue
        fragments = conversation.respond(text, None)
        if fragments is None:
            break
        print(plain(fragments), file=stdout, flush=True)
    return 0


def _chat_in_terminal(engine: Engine) -> int:
    from prompt_toolkit import PromptSession
    from prompt_toolkit.history import InMemoryHistory
    from prompt_toolkit.styles import Style

    style = Style.from_dict(STYLE)
    session: PromptSession[str] = PromptSession(history=InMemoryHistory(), style=style)
    conversation = Conversation(engine)
    _print([*header_fragments(_sources(engine), _width()), ("", "\n")], style)
    try:
        while True:
            text = _read(session)
            if text is None:
                break
            if not text:
                continue
            fragments = conversation.respond(text, _width())
            if fragments is None:
                break
            _print([("", "\n"), *fragments, ("", "\n")], style)
    except KeyboardInterrupt:  # Ctrl-C while an answer was being looked up
        print(flush=True)
    return 0


def _read(session: PromptSession[str]) -> str | None:
    """One line from the user; None on Ctrl-C or Ctrl-D (the cursor is then on a fresh line)."""
    try:
        return session.prompt([("class:prompt", PROMPT)]).strip()
    except (KeyboardInterrupt, EOFError):
        return None


def _width() -> int:
    return shutil.get_terminal_size().columns


def _print(fragments: list[Fragment], style: BaseStyle) -> None:
    from prompt_toolkit import print_formatted_text
    from prompt_toolkit.formatted_text import FormattedText

    print_formatted_text(FormattedText(fragments), end="", style=style, flush=True)
