"""Liveness: the heartbeat file, GET /healthz, and `python -m bot health` beside a running bot."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.health import MAX_AGE_SECONDS, add_healthz, beat, check, heartbeat_path, start_heartbeat
from bot.settings import Settings
from tests.ports import free_port
from tests.telegram.botapi_stub import BotApiStub

TOKEN = "987654321:AAH_health-test-token-abcdefghijklmno"


def _settings(tmp_path: Path) -> Settings:
    return Settings(_env_file=None, analytics_db=tmp_path / "analytics.sqlite3")


def test_check_reads_the_age_of_the_heartbeat(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    assert "не запущен" in (check(settings) or "")
    assert beat(heartbeat_path(settings))
    assert check(settings) is None
    old = time.time() - MAX_AGE_SECONDS - 5
    os.utime(heartbeat_path(settings), (old, old))
    assert "не отвечает" in (check(settings) or "")


async def test_the_heartbeat_task_keeps_the_file_fresh(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    task = start_heartbeat(settings, every=0.05)
    try:
        await asyncio.sleep(0.1)
        first = heartbeat_path(settings).stat().st_mtime_ns
        await asyncio.sleep(0.2)
        assert heartbeat_path(settings).stat().st_mtime_ns > first
    finally:
        task.cancel()


async def test_healthz_is_200_while_the_heartbeat_is_fresh_and_503_without_it(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    app = web.Application()
    add_healthz(app, settings)
    async with TestClient(TestServer(app)) as client:
        response = await client.get("/healthz")
        assert response.status == 503
        assert (await response.json())["status"] == "stale"
        beat(heartbeat_path(settings))
        response = await client.get("/healthz")
        assert response.status == 200
        assert (await response.json())["status"] == "ok"


# -- beside the real bot process ---------------------------------------------------------------
@pytest.fixture
async def stub() -> AsyncIterator[BotApiStub]:
    async with BotApiStub(TOKEN) as stub:
        yield stub


def _env(tmp_path: Path, stub: BotApiStub, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "WEBHOOK_"))}
    return {
        **env,
        "BOT_TOKEN": TOKEN,
        "BOT_API_SERVER": stub.base_url,
        "ANALYTICS_DB": str(tmp_path / "analytics.sqlite3"),
        **extra,
    }


async def _bot(*args: str, env: dict[str, str], cwd: Path) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        *args,
        cwd=cwd,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def _health(env: dict[str, str], cwd: Path) -> tuple[int, str]:
    process = await _bot("health", env=env, cwd=cwd)
    out, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode is not None
    return process.returncode, (out + err).decode()


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["polling", "webhook"])
async def test_health_command_beside_a_running_bot(stub: BotApiStub, tmp_path: Path, mode: str) -> None:
    extra = {}
    if mode == "webhook":
        port = free_port()
        extra = {
            "WEBHOOK_URL": "https://bot.example.org/hook",  # what Telegram calls; the bot listens below
            "WEBHOOK_HOST": "127.0.0.1",
            "WEBHOOK_PORT": str(port),
        }
    env = _env(tmp_path, stub, **extra)
    code, output = await _health(env, tmp_path)
    assert code == 1
    assert output.startswith("Ошибка: ")
    assert len(output.strip().splitlines()) == 1
    process = await _bot("run", env=env, cwd=tmp_path)
    try:
        await stub.wait_for("setWebhook" if mode == "webhook" else "getUpdates", within=60, answered=False)
        code, output = await _health(env, tmp_path)
        assert code == 0, output
        process.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(process.communicate(), 30)
        assert process.returncode == 0, stderr.decode()
        assert "подключаюсь к" in stderr.decode()  # said what it was doing before connecting
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    if mode == "webhook":  # the heartbeat is still fresh, but nothing answers /healthz any more
        code, output = await _health(env, tmp_path)
        assert code == 1
        assert "/healthz" in output
