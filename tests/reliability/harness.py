"""Running the real bot (serve(): aiohttp session, polling loop, middlewares) against the Bot API
stand-in on 127.0.0.1; shared by the reliability tests and the load benchmark."""

from __future__ import annotations

import asyncio
import json
import shutil
import sqlite3
import time
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import yaml

from bot.qa.engine import Engine
from bot.settings import PROJECT_ROOT, Settings
from bot.telegram.runner import serve
from bot.telegram.texts import UiTexts
from tests.telegram.botapi_stub import BotApiStub, Call
from tests.telegram.html_strict import check_html

TOKEN = "555000111:AAH_reliability-token-abcdefghijklmnop"
SECRET_PART = TOKEN.partition(":")[2]
START_WITHIN = 30.0  # generous: a slow machine must not fail a test
STOP_WITHIN = 30.0


def settings_for(stub: BotApiStub, **extra: Any) -> Settings:
    """Settings of a bot talking to `stub`. Retries back off from 0.05 s instead of 0.5 s so that the
    fault tests stay fast; everything else is the production default unless a test says otherwise."""
    values: dict[str, Any] = {
        "bot_token": TOKEN,
        "bot_api_server": stub.base_url,
        "webhook_url": None,
        "retry_backoff": 0.05,
        "inbox_db": None,  # a temporary inbox per run unless a test keeps one across restarts
        **extra,
    }
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@asynccontextmanager
async def running(
    stub: BotApiStub,
    settings: Settings,
    engine: Engine,
    texts: UiTexts,
    *,
    ready: str = "getUpdates",
    **serve_kwargs: Any,
) -> AsyncIterator[asyncio.Task[None]]:
    """serve() in a task until the block ends; the block starts once the bot polls for updates
    (or made the `ready` call: "setWebhook" in webhook mode)."""
    stop = asyncio.Event()
    serve_kwargs.setdefault("polling_timeout", 5)
    task = asyncio.create_task(
        serve(settings, engine, texts, stop=stop, handle_signals=False, **serve_kwargs)
    )
    polling = asyncio.create_task(stub.wait_for(ready, answered=ready != "getUpdates", within=START_WITHIN))
    try:
        await asyncio.wait({task, polling}, timeout=START_WITHIN, return_when=asyncio.FIRST_COMPLETED)
        if task.done():
            task.result()  # raises what stopped the bot
            raise AssertionError("the bot stopped before it polled for updates")
        polling.result()
        yield task
    finally:
        polling.cancel()
        stop.set()
        await asyncio.wait_for(task, STOP_WITHIN)


WEBHOOK_PATH = "/tg-hook"
WEBHOOK_SECRET = "webhook-secret-0123456789"


def webhook_settings(stub: BotApiStub, port: int, **extra: Any) -> Settings:
    """Settings of a bot in webhook mode listening on 127.0.0.1:`port` (WEBHOOK_PATH, WEBHOOK_SECRET)."""
    return settings_for(
        stub,
        webhook_url=f"https://bot.example.kz:{port}{WEBHOOK_PATH}",
        webhook_host="127.0.0.1",
        webhook_port=port,
        webhook_path=WEBHOOK_PATH,
        webhook_secret=WEBHOOK_SECRET,
        **extra,
    )


def text_of(call: Call) -> str:
    """The plain text of a message the bot sent (asserting it is valid Telegram HTML)."""
    assert call.get("parse_mode") == "HTML", call.params
    return check_html(call["text"])


def delivered(stub: BotApiStub, chat_id: int, method: str = "sendMessage") -> list[Call]:
    """Messages to `chat_id` that the stand-in accepted (status 200)."""
    return [call for call in stub.sent_to(chat_id, method) if call.status == 200]


async def each_answered(stub: BotApiStub, chat_ids: Iterable[int], within: float = 60.0) -> None:
    """Wait until every chat got a message the stand-in accepted. (A total count of accepted sends
    can be reached by a send repeated after a restart while someone still waits for theirs.)"""
    deadline = time.monotonic() + within
    for chat_id in chat_ids:
        await stub.wait_for(
            "sendMessage",
            lambda call, chat_id=chat_id: call.status == 200 and call["chat_id"] == chat_id,
            within=max(deadline - time.monotonic(), 0.0),
        )


async def until(condition: Callable[[], bool], within: float = 30.0, every: float = 0.05) -> None:
    """Wait until `condition()` holds, looking every `every` seconds (for state outside the event
    loop, such as another process's files)."""
    deadline = time.monotonic() + within
    while not condition():
        assert time.monotonic() < deadline, "the condition did not come true in time"
        await asyncio.sleep(every)


def inbox_states(inbox: Path) -> dict[str, int]:
    """How many updates the inbox file holds in each state (pending, done, aside)."""
    with sqlite3.connect(inbox) as conn:
        return dict(conn.execute("SELECT state, COUNT(*) FROM inbox GROUP BY state").fetchall())


def unfinished_senders(inbox: Path) -> set[int]:
    """Who sent the updates the inbox holds unfinished (from their stored JSON)."""
    with sqlite3.connect(inbox) as conn:
        payloads = [row[0] for row in conn.execute("SELECT payload FROM inbox WHERE state = 'pending'")]
    return {_sender(json.loads(payload)) for payload in payloads}


def _sender(update: dict[str, Any]) -> int:
    return int(next(v["from"]["id"] for v in update.values() if isinstance(v, dict) and "from" in v))


def answered(stub: BotApiStub, chat_ids: Iterable[int]) -> dict[int, int]:
    """How many messages the stand-in accepted into each chat."""
    return {chat_id: len(delivered(stub, chat_id)) for chat_id in chat_ids}


def check_repeats(before: dict[int, int], cut_off: set[int], after: dict[int, int]) -> int:
    """Nothing lost, and only a reply cut off in flight repeated: `before` and `after` are the
    replies per chat before a stop and after the restart, `cut_off` the chats whose update stayed
    unfinished in the inbox although its reply had gone out (the stop came before it was marked).
    Returns the number of repeated replies."""
    assert min(after.values()) >= 1, f"lost: {sorted(c for c, n in after.items() if n == 0)}"
    repeated = {chat_id for chat_id, count in after.items() if count > 1}
    may_repeat = {chat_id for chat_id in cut_off if before.get(chat_id, 0) >= 1}
    assert repeated <= may_repeat, (
        f"repeated without being cut off in flight: {sorted(repeated - may_repeat)}"
    )
    assert max(after.values()) <= 2, "a reply repeated more than once"
    return len(repeated)


# -- knowledge base copies for reload tests --------------------------------------------------------

FAQ_FILE = "faq/round_table_2026_02_27.yaml"


def copy_knowledge(into: Path) -> Path:
    """A copy of knowledge/ that a test may edit (seeds stay the project's)."""
    target = into / "knowledge"
    shutil.copytree(PROJECT_ROOT / "knowledge", target)
    return target


def _edit_entries(knowledge_dir: Path, entry_ids: tuple[str, ...], **changes: Any) -> None:
    path = knowledge_dir / FAQ_FILE
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    entries = [e for e in data["entries"] if e["id"] in entry_ids]
    assert len(entries) == len(entry_ids), "no such entry"
    for entry in entries:
        entry.update(changes)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def set_answer(knowledge_dir: Path, entry_id: str, answer: str) -> None:
    _edit_entries(knowledge_dir, (entry_id,), answer=answer)


def break_knowledge(knowledge_dir: Path, *entry_ids: str) -> None:
    """Make the entries quote a sentence the source does not contain (the report names each)."""
    _edit_entries(knowledge_dir, entry_ids, quotes=["Этой фразы в пресс-релизе нет и никогда не было."])
