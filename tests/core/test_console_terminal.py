"""The console in a real terminal: `python -m bot chat` on a pseudo-terminal of 80 columns, its
output fed to a VT100 emulator (pyte), keys typed as a person types them (pexpect)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator

import pexpect
import pyte
import pytest

from bot.qa.engine import Engine

from ._support import ROOT, squash

pytestmark = pytest.mark.slow

COLUMNS, ROWS = 80, 60
UP = "\x1b[A"
CTRL_C, CTRL_D = "\x03", "\x04"
QUESTION = "кто участвовал в круглом столе"


class Terminal:
    """A child process on a pty, seen through a terminal emulator of COLUMNS x ROWS."""

    def __init__(self, command: str) -> None:
        env = {k: v for k, v in os.environ.items() if k not in {"COLUMNS", "LINES"}}
        # BOT_TOKEN set but blank: no token, whatever a developer's .env says.
        env.update(TERM="xterm-256color", LANG="C.UTF-8", PYTHONIOENCODING="utf-8", BOT_TOKEN="")
        self.child = pexpect.spawn(
            "/bin/sh", ["-c", command], cwd=str(ROOT), env=env, dimensions=(ROWS, COLUMNS), encoding="utf-8"
        )
        self.screen = pyte.Screen(COLUMNS, ROWS)
        # The program may ask where the cursor is (prompt_toolkit does): the emulator answers.
        self.screen.write_process_input = self.child.send  # type: ignore[method-assign]
        self.stream = pyte.Stream(self.screen)

    def pump(self) -> bool:
        """Feed what the child printed into the emulator; False once the child has closed the pty."""
        try:
            self.stream.feed(self.child.read_nonblocking(65536, timeout=0.1))
        except pexpect.TIMEOUT:
            pass
        except pexpect.EOF:
            return False
        return True

    def wait_for(self, what: Callable[[], bool], timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while not what():
            if not self.pump() or time.monotonic() > deadline:
                assert what(), "the screen never showed what was expected:\n" + self.text()
                return

    def wait_for_text(self, text: str, timeout: float = 30) -> None:
        self.wait_for(lambda: text in self.text(), timeout)

    def lines(self) -> list[str]:
        return [line.rstrip() for line in self.screen.display]

    def text(self) -> str:
        return "\n".join(self.lines())

    def cursor_line(self) -> str:
        return self.screen.display[self.screen.cursor.y].rstrip()

    def finish(self) -> int:
        """Read to the end and return the exit status of the shell command."""
        deadline = time.monotonic() + 60
        while self.pump():
            assert time.monotonic() < deadline, "the program did not exit:\n" + self.text()
        self.child.close()
        assert self.child.exitstatus is not None
        return int(self.child.exitstatus)


Opener = Callable[[str], "Terminal"]


@pytest.fixture
def terminal() -> Iterator[Opener]:
    opened: list[Terminal] = []

    def open_(command: str) -> Terminal:
        opened.append(Terminal(command))
        return opened[-1]

    yield open_
    for term in opened:
        term.child.close(force=True)


CHAT = f'{sys.executable} -m bot chat; echo "exit status $?"'


def _ask(term: Terminal, question: str) -> None:
    """Type a question at the prompt and wait for the reply and the next prompt."""
    term.wait_for(lambda: term.cursor_line().startswith("›"))
    prompts = term.text().count("›")
    term.child.send(question + "\r")
    term.wait_for(lambda: term.cursor_line() == "›" and term.text().count("›") > prompts)


def test_replies_wrap_at_80_columns_without_breaking_words(terminal: Opener, engine: Engine) -> None:
    term = terminal(CHAT)
    _ask(term, QUESTION)
    reply = engine.answer(QUESTION)
    assert len(reply.answer) > COLUMNS  # long enough to need wrapping
    assert reply.quotes
    screen = term.lines()
    assert max(len(line) for line in screen) <= COLUMNS
    assert max(len(line) for line in screen) > COLUMNS - 15  # wrapped at the width, not far before it
    # Lines joined by spaces read as the original text only if no word was cut at a line end.
    joined = squash(" ".join(line.replace("│", " ") for line in screen))
    assert squash(reply.answer) in joined
    for quote in reply.quotes:
        assert squash(f"«{quote.text}»") in joined
    term.child.send(CTRL_D)
    assert term.finish() == 0


def test_up_arrow_recalls_the_previous_question(terminal: Opener) -> None:
    term = terminal(CHAT)
    _ask(term, QUESTION)
    _ask(term, "/help")
    assert "/exit" in term.text()
    term.child.send(UP)
    term.wait_for(lambda: term.cursor_line() == "› /help")
    term.child.send(UP)
    term.wait_for(lambda: term.cursor_line() == f"› {QUESTION}")
    term.child.send("\r")
    term.wait_for(lambda: term.text().count("1. ") >= 2)  # the same reply with its suggestions again
    term.child.send(CTRL_D)
    assert term.finish() == 0


@pytest.mark.parametrize("key", [CTRL_C, CTRL_D], ids=["ctrl-c", "ctrl-d"])
def test_ctrl_c_and_ctrl_d_exit_0_leaving_the_prompt_on_a_fresh_line(terminal: Opener, key: str) -> None:
    term = terminal(CHAT)
    _ask(term, QUESTION)
    term.child.send("наполовину набранный вопрос" if key == CTRL_C else "")
    term.child.send(key)
    assert term.finish() == 0
    # What the shell prints next starts at the left edge of its own line, not after "› ".
    assert "exit status 0" in term.lines()


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
@pytest.mark.parametrize("target", ["chat", "run"])
def test_ctrl_c_under_make_is_a_clean_exit(terminal: Opener, target: str) -> None:
    up_to_date = subprocess.run(
        ["make", "-q", ".venv/.installed-stamp"], cwd=ROOT, capture_output=True, check=False
    )
    if up_to_date.returncode != 0:
        pytest.skip("the project's .venv is not installed or out of date: run make install")
    term = terminal(f'make {target}; echo "exit status $?"')
    _ask(term, QUESTION)
    term.child.send(CTRL_C)
    assert term.finish() == 0
    assert "exit status 0" in term.lines()
    assert "Error" not in term.text()
    assert "Interrupt" not in term.text()


def test_run_without_token_in_a_terminal_opens_the_console(terminal: Opener) -> None:
    term = terminal(f'{sys.executable} -m bot run; echo "exit status $?"')
    _ask(term, QUESTION)
    assert "BOT_TOKEN не задан" in term.text()
    assert "Источник:" in term.text()
    term.child.send(CTRL_D)
    assert term.finish() == 0
    assert "exit status 0" in term.lines()


def test_ask_in_a_terminal_wraps_at_its_width(terminal: Opener, engine: Engine) -> None:
    term = terminal(f'{sys.executable} -m bot ask "{QUESTION}"')
    assert term.finish() == 0
    reply = engine.answer(QUESTION)
    screen = term.lines()
    assert max(len(line) for line in screen) <= COLUMNS
    assert squash(reply.answer) in squash(" ".join(line.replace("│", " ") for line in screen))
