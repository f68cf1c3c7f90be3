"""Start-up in one line: transient Bot API failures are retried, a lasting one ends in one clear line
(never a traceback); webhook settings are checked before anything starts."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main as cli
from bot.qa.engine import Engine
from bot.telegram.texts import UiTexts
from tests.reliability.harness import TOKEN, running, settings_for
from tests.reliability.test_rel_process import Bot
from tests.telegram import updates as U
from tests.telegram.botapi_stub import BotApiStub, StubResponse


@pytest.mark.parametrize(
    ("name", "value", "says"),
    [
        ("WEBHOOK_URL", "http://bot.example.kz/hook", "https"),
        ("WEBHOOK_PATH", "webhook", "/webhook"),
        ("WEBHOOK_PORT", "70000", "WEBHOOK_PORT"),
        ("WEBHOOK_PORT", "0", "WEBHOOK_PORT"),
    ],
)
def test_webhook_settings_are_checked_in_one_line(
    *,
    name: str,
    value: str,
    says: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("BOT_TOKEN", TOKEN)
    monkeypatch.setenv(name, value)
    assert cli(["run"]) == 2
    err = capsys.readouterr().err
    assert name in err
    assert says in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


async def test_a_bot_api_that_fails_for_a_while_at_start_is_waited_for(
    stub: BotApiStub, engine: Engine, texts: UiTexts
) -> None:
    alice = U.user(93_001, "Алия")
    stub.inject("deleteWebhook", *[StubResponse.error(502, "Bad Gateway")] * 5, StubResponse.disconnect())
    async with running(stub, settings_for(stub), engine, texts):
        stub.send_text(U.private_chat(alice), alice, "Кто участвовал в круглом столе?")
        await stub.wait_for("sendMessage", within=30)
    assert len(stub.calls_of("deleteWebhook")) == 7


async def test_a_long_flood_wait_at_start_is_one_line(stub: BotApiStub, tmp_path: Path) -> None:
    stub.on("deleteWebhook", lambda call: StubResponse.error(429, "Too Many Requests", retry_after=120))
    async with await Bot.start(stub, tmp_path, STARTUP_RETRY_FOR="5") as bot:
        code = await bot.exit_code()
    assert code == 1
    assert "просит подождать 120 с" in bot.log
    assert "Traceback" not in bot.log
