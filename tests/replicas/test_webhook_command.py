"""`python -m bot webhook set|info|delete` (a real process) against the Bot API stand-in: the webhook
is set once by the operator, with the shared secret and the update types the bot handles."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

from tests.reliability.test_rel_process import WITHIN, _env
from tests.telegram.botapi_stub import BotApiStub

URL = "https://bot.example.kz/tg-hook"
SECRET = "replica-secret-0123456789"


async def _command(stub: BotApiStub, tmp_path: Path, action: str, **env: str) -> tuple[int, str, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "webhook",
        action,
        cwd=tmp_path,
        env=_env(tmp_path, BOT_API_SERVER=stub.base_url, **env),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), WITHIN)
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


async def test_webhook_set_info_delete(stub: BotApiStub, tmp_path: Path) -> None:
    code, out, err = await _command(stub, tmp_path, "set", WEBHOOK_URL=URL, WEBHOOK_SECRET=SECRET)
    assert code == 0, err
    assert URL in out
    (call,) = stub.calls_of("setWebhook")
    assert call["url"] == URL
    assert call["secret_token"] == SECRET
    assert {"message", "callback_query", "inline_query"} <= set(call["allowed_updates"])

    code, out, err = await _command(stub, tmp_path, "info")
    assert code == 0, err
    assert json.loads(out)["url"] == URL
    assert SECRET not in out

    code, out, err = await _command(stub, tmp_path, "delete")
    assert code == 0, err
    assert stub.webhook["url"] == ""


async def test_webhook_set_without_a_secret_is_one_clear_line(stub: BotApiStub, tmp_path: Path) -> None:
    code, _, err = await _command(stub, tmp_path, "set", WEBHOOK_URL=URL)
    assert code == 2
    assert err.strip().splitlines() == [
        "Ошибка: для webhook set нужны WEBHOOK_URL (https://…) и WEBHOOK_SECRET."
    ]
    assert "Traceback" not in err
    assert not stub.calls_of("setWebhook")
