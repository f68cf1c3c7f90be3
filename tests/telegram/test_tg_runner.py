"""`python -m bot run`: clear one-line errors, requests to BOT_API_SERVER, clean stop, no token in logs."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.settings import Settings
from bot.telegram.runner import RedactingFormatter, create_bot, log_secrets, run
from tests.telegram import updates as U
from tests.telegram.botapi_stub import BotApiStub
from tests.telegram.html_strict import check_html

TOKEN = "987654321:AAH_runner-test-token-abcdefghijklmno"
OTHER_TOKEN = "987654321:AAH_a-token-the-server-does-not-know_x"


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "WEBHOOK_"))}
    return {**env, "PYTHONUNBUFFERED": "1", **extra}


def _one_clear_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    assert lines[0].startswith("Ошибка")
    return lines[0]


@pytest.mark.slow
@pytest.mark.parametrize("token", ["malformed", "123:short", "12345678:" + "x" * 20 + " spaces"])
def test_python_m_bot_run_with_a_malformed_token(tmp_path: Path, token: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        cwd=tmp_path,  # no .env from the developer's checkout
        env=_env(BOT_TOKEN=token),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode != 0
    line = _one_clear_line(done.stderr)
    assert "BOT_TOKEN" in line
    assert token not in line


def test_run_refuses_a_malformed_token_without_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(Settings(_env_file=None, bot_token="not-a-token")) == 2  # type: ignore[call-arg]
    assert "BOT_TOKEN" in _one_clear_line(capsys.readouterr().err)


def test_every_request_goes_to_the_configured_server() -> None:
    bot = create_bot(Settings(_env_file=None, bot_token=TOKEN, bot_api_server="http://127.0.0.1:8081/"))  # type: ignore[call-arg]
    assert bot.session.api.api_url(TOKEN, "getMe") == f"http://127.0.0.1:8081/bot{TOKEN}/getMe"


@pytest.fixture
async def stub() -> AsyncIterator[BotApiStub]:
    async with BotApiStub(TOKEN) as stub:
        yield stub
        assert not stub.parse_errors, f"HTML Telegram would refuse: {stub.parse_errors}"


async def _start(stub: BotApiStub, tmp_path: Path, token: str = TOKEN) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        cwd=tmp_path,
        env=_env(
            BOT_TOKEN=token,
            BOT_API_SERVER=stub.base_url,
            LOG_LEVEL="DEBUG",
            ANALYTICS_DB=str(tmp_path / "analytics.sqlite3"),
        ),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


@pytest.mark.slow
async def test_bot_runs_answers_and_stops_on_sigint(stub: BotApiStub, tmp_path: Path) -> None:
    process = await _start(stub, tmp_path)
    try:
        await stub.wait_for("getUpdates", within=60, answered=False)
        alice = U.user(777, "Алия")
        stub.send_text(U.private_chat(alice), alice, "Кто участвовал в круглом столе?")
        (answer,) = await stub.wait_for("sendMessage", within=20)
        check_html(answer["text"])
        process.send_signal(signal.SIGINT)
        _, stderr = await asyncio.wait_for(process.communicate(), 30)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    log = stderr.decode()
    assert process.returncode == 0, log
    assert "Traceback" not in log
    assert TOKEN.partition(":")[2] not in log, "the token leaked into the log"


@pytest.mark.slow
async def test_token_the_server_rejects_is_one_clear_line(stub: BotApiStub, tmp_path: Path) -> None:
    process = await _start(stub, tmp_path, token=OTHER_TOKEN)
    try:
        _, stderr = await asyncio.wait_for(process.communicate(), 60)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    assert process.returncode == 2
    lines = [line for line in stderr.decode().splitlines() if line.startswith("Ошибка")]
    assert len(lines) == 1
    assert "не принял BOT_TOKEN" in lines[0]
    assert "Traceback" not in stderr.decode()
    assert OTHER_TOKEN.partition(":")[2] not in stderr.decode()


def test_log_lines_never_show_the_token_or_the_webhook_secret() -> None:
    settings = Settings(_env_file=None, bot_token=TOKEN, webhook_secret="hook-secret-value_123")  # type: ignore[call-arg]
    formatter = RedactingFormatter(logging.Formatter("%(message)s"), log_secrets(settings))
    record = logging.LogRecord(
        "aiohttp", logging.ERROR, __file__, 1, "GET /bot%s/getMe %s", (TOKEN, "x"), None
    )
    try:
        raise RuntimeError(f"secret hook-secret-value_123 in {TOKEN.partition(':')[2]}")
    except RuntimeError:
        record.exc_info = sys.exc_info()
    line = formatter.format(record)
    assert TOKEN.partition(":")[2] not in line
    assert "hook-secret-value_123" not in line
    assert "***" in line
