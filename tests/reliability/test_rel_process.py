"""`python -m bot run` as a real process against the stand-in: refusing a broken knowledge base,
reloading on SIGHUP, and stopping on SIGTERM only after the reply in flight went out (exit 0)."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from bot.qa.engine import Engine
from tests.reliability.harness import SECRET_PART, TOKEN, break_knowledge, copy_knowledge, set_answer, text_of
from tests.telegram import updates as U
from tests.telegram.botapi_stub import BotApiStub, StubResponse

pytestmark = pytest.mark.slow  # the bot in a subprocess

ALICE = U.user(6001, "Алия")
QUESTION = "Кто участвовал в круглом столе?"
WITHIN = 60.0  # a cold interpreter on a slow machine loads the dictionaries first


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    keep = {
        k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "WEBHOOK_", "KNOWLEDGE_", "ADMIN_"))
    }
    return {
        **keep,
        "PYTHONUNBUFFERED": "1",
        "BOT_TOKEN": TOKEN,
        "LOG_LEVEL": "INFO",
        "ANALYTICS_DB": str(tmp_path / "analytics.sqlite3"),
        **extra,
    }


class Bot:
    """The bot process, its stderr collected line by line as it comes."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.lines: list[str] = []
        self._changed = asyncio.Event()
        assert process.stderr is not None
        self._reader = asyncio.create_task(self._read(process.stderr))

    @classmethod
    async def start(cls, stub: BotApiStub, tmp_path: Path, **env: str) -> Bot:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "run",
            cwd=tmp_path,  # no .env from the developer's checkout
            env=_env(tmp_path, BOT_API_SERVER=stub.base_url, **env),
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.PIPE,
        )
        return cls(process)

    async def _read(self, stream: asyncio.StreamReader) -> None:
        async for line in stream:
            self.lines.append(line.decode("utf-8", "replace"))
            self._changed.set()

    @property
    def log(self) -> str:
        return "".join(self.lines)

    async def logged(self, text: str, within: float = WITHIN) -> None:
        async def wait() -> None:
            while text not in self.log:
                self._changed.clear()
                await self._changed.wait()

        await asyncio.wait_for(wait(), within)

    def signal(self, sig: int) -> None:
        self.process.send_signal(sig)

    async def exit_code(self, within: float = WITHIN) -> int:
        code = await asyncio.wait_for(self.process.wait(), within)
        await asyncio.wait_for(self._reader, within)
        return code

    async def __aenter__(self) -> Bot:
        return self

    async def __aexit__(self, *exc: Any) -> None:
        if self.process.returncode is None:
            self.process.kill()
            await self.process.wait()
        self._reader.cancel()


async def _ask(stub: BotApiStub, text: str = QUESTION) -> str:
    before = len(stub.sent_to(ALICE["id"]))
    stub.send_text(U.private_chat(ALICE), ALICE, text)
    calls = await stub.wait_for(
        "sendMessage", lambda c: c["chat_id"] == ALICE["id"], count=before + 1, within=WITHIN
    )
    return text_of(calls[-1])


async def test_a_broken_knowledge_base_refuses_to_start_with_the_report(
    stub: BotApiStub, tmp_path: Path
) -> None:
    knowledge = copy_knowledge(tmp_path)
    break_knowledge(knowledge, "participants")
    async with await Bot.start(stub, tmp_path, KNOWLEDGE_DIR=str(knowledge)) as bot:
        code = await bot.exit_code()
    assert code == 1
    assert "база знаний содержит ошибки" in bot.log
    assert "[participants]: цитаты нет в источнике дословно" in bot.log
    assert "Traceback" not in bot.log
    assert stub.calls == [], "it never started polling"


async def test_sighup_reloads_and_a_broken_reload_keeps_the_old_answers(
    stub: BotApiStub, engine: Engine, tmp_path: Path
) -> None:
    knowledge = copy_knowledge(tmp_path)
    entry_id = engine.answer(QUESTION).entry_id
    assert entry_id is not None
    async with await Bot.start(stub, tmp_path, KNOWLEDGE_DIR=str(knowledge)) as bot:
        await stub.wait_for("getUpdates", answered=False, within=WITHIN)
        assert (await _ask(stub)).startswith(engine.answer(QUESTION).answer)

        set_answer(knowledge, entry_id, "После перезагрузки: в круглом столе участвовали эксперты.")
        bot.signal(signal.SIGHUP)
        await bot.logged("Knowledge base reloaded")
        assert (await _ask(stub)).startswith("После перезагрузки")

        break_knowledge(knowledge, entry_id)
        bot.signal(signal.SIGHUP)
        await bot.logged("цитаты нет в источнике дословно")
        assert (await _ask(stub)).startswith("После перезагрузки"), "the old knowledge base keeps serving"

        bot.signal(signal.SIGTERM)
        code = await bot.exit_code()
    assert code == 0, bot.log
    assert "Reload rejected" in bot.log
    assert "Traceback" not in bot.log
    assert SECRET_PART not in bot.log


async def test_sigterm_lets_the_reply_in_flight_finish_then_exits_0(
    stub: BotApiStub, engine: Engine, tmp_path: Path
) -> None:
    related = engine.answer(QUESTION).suggestions[0]
    async with await Bot.start(stub, tmp_path) as bot:
        await stub.wait_for("getUpdates", answered=False, within=WITHIN)
        await _ask(stub)
        shown = stub.message(ALICE["id"], stub.sent_to(ALICE["id"])[-1].result["message_id"])
        button = next(
            b["callback_data"]
            for row in shown["reply_markup"]["inline_keyboard"]
            for b in row
            if b["callback_data"].startswith("e:")
        )
        # The press is answered first, slowly (2 s); the related answer is sent only after that.
        stub.inject("answerCallbackQuery", StubResponse.ok(True, delay=2.0))
        stub.press(ALICE, shown, button)
        await stub.wait_for("answerCallbackQuery", answered=False, within=WITHIN)
        bot.signal(signal.SIGTERM)
        signalled = time.monotonic()
        code = await bot.exit_code()
    assert code == 0, bot.log
    answer = stub.sent_to(ALICE["id"])[-1]
    assert answer.at > signalled, "the reply went out after SIGTERM: the update in flight finished"
    assert answer.status == 200
    entry = engine.kb.by_id[related.entry_id]
    assert text_of(answer).startswith(entry.answer)
    assert "Waiting up to" in bot.log
    confirm = stub.calls_of("getUpdates")[-1]
    assert confirm["offset"] == stub.last_update_id + 1, "stored updates confirmed"
    assert "Traceback" not in bot.log
    assert SECRET_PART not in bot.log
