"""Liveness of the running bot, for a container's HEALTHCHECK or a service manager.

The running bot touches a heartbeat file every BEAT_SECONDS from its event loop (`beating`),
so a fresh file means the loop is alive; `python -m bot health` checks its age (and, in webhook mode,
asks the bot's own `/healthz`, registered with `add_healthz`). The file lives in the data directory
the bot already writes to (`settings.local_dir`: DATA_DIR, else the folder of a SQLite ANALYTICS_DB).
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
import urllib.error
import urllib.request
from collections.abc import Awaitable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from aiohttp import web

    from bot.settings import Settings

logger = logging.getLogger(__name__)
T = TypeVar("T")

BEAT_SECONDS = 10.0
# Three missed beats: a loop blocked that long cannot answer anyone.
MAX_AGE_SECONDS = 3 * BEAT_SECONDS
HEALTHZ_PATH = "/healthz"
HEARTBEAT_NAME = "heartbeat"


def heartbeat_path(settings: Settings) -> Path:
    return settings.local_dir / HEARTBEAT_NAME


def beat(path: Path) -> bool:
    """Touch the heartbeat file; False (logged by the caller) when it cannot be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch()
    except OSError:
        return False
    return True


async def _beat_forever(path: Path, every: float) -> None:
    warned = False
    while True:
        if not beat(path) and not warned:
            logger.warning("Cannot write the heartbeat file %s: the health check will fail", path)
            warned = True
        await asyncio.sleep(every)


def start_heartbeat(settings: Settings, every: float = BEAT_SECONDS) -> asyncio.Task[None]:
    """A task touching the heartbeat file until cancelled (call from the running event loop)."""
    return asyncio.create_task(_beat_forever(heartbeat_path(settings), every), name="heartbeat")


async def beating(settings: Settings, work: Awaitable[T]) -> T:
    """Await `work` with the heartbeat going (how the runner serves)."""
    heartbeat = start_heartbeat(settings)
    try:
        return await work
    finally:
        heartbeat.cancel()


def heartbeat_age(path: Path, now: float | None = None) -> float | None:
    """Seconds since the last beat, or None when there has been none."""
    try:
        modified = path.stat().st_mtime
    except OSError:
        return None
    return max(0.0, (time.time() if now is None else now) - modified)


def add_healthz(app: web.Application, settings: Settings) -> None:
    """`GET /healthz` on the webhook server: 200 while the heartbeat is fresh, else 503."""
    from aiohttp import web

    path = heartbeat_path(settings)

    async def healthz(request: web.Request) -> web.Response:
        age = heartbeat_age(path)
        ok = age is not None and age <= MAX_AGE_SECONDS
        body = {"status": "ok" if ok else "stale", "heartbeat_age": None if age is None else round(age, 1)}
        return web.json_response(body, status=200 if ok else 503)

    app.router.add_get(HEALTHZ_PATH, healthz)


def check(settings: Settings, *, timeout: float = 3.0) -> str | None:
    """What is wrong with the running bot, in one Russian line; None when it is alive."""
    path = heartbeat_path(settings)
    age = heartbeat_age(path)
    if age is None:
        return f"бот не запущен или ещё запускается: нет файла {path}"
    if age > MAX_AGE_SECONDS:
        return f"бот не отвечает: последний сигнал жизни {age:.0f} с назад (файл {path})"
    if settings.webhook_url:
        host = settings.webhook_host if settings.webhook_host not in {"", "0.0.0.0", "::"} else "127.0.0.1"
        url = f"http://{host}:{settings.webhook_port}{HEALTHZ_PATH}"
        try:
            with urllib.request.urlopen(url, timeout=timeout) as response:
                json.load(response)
        except (urllib.error.URLError, OSError, ValueError) as exc:
            return f"веб-сервер бота не отвечает на {url} ({exc})"
    return None
