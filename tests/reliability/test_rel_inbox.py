"""The durable inbox with the real bot: a stop mid-burst loses no reply and repeats none that went out;
an update aiogram cannot parse is set aside while polling goes on; the webhook answers 200 only once
an update is stored, and 401/400 (never a traceback) to a bad secret or a body that is not JSON."""

from __future__ import annotations

import asyncio
import json
import socket
import sqlite3
from pathlib import Path

import pytest

from bot.qa.engine import Engine
from bot.telegram.runner import serve
from bot.telegram.texts import UiTexts
from tests.ports import free_port
from tests.reliability.harness import (
    START_WITHIN,
    STOP_WITHIN,
    WEBHOOK_PATH,
    WEBHOOK_SECRET,
    answered,
    check_repeats,
    delivered,
    each_answered,
    inbox_states,
    running,
    settings_for,
    text_of,
    unfinished_senders,
    until,
    webhook_settings,
)
from tests.telegram import updates as U
from tests.telegram.botapi_stub import BotApiStub, Call

QUESTION = "Кто участвовал в круглом столе?"


async def test_a_stop_mid_burst_loses_no_reply_and_repeats_only_sends_in_flight(
    stub: BotApiStub, engine: Engine, texts: UiTexts, tmp_path: Path
) -> None:
    users = [U.user(70_000 + n, f"Пользователь{n}") for n in range(40)]
    chats = [person["id"] for person in users]
    inbox = tmp_path / "inbox.sqlite3"
    settings = settings_for(stub, inbox_db=inbox, shutdown_timeout=0.3, global_messages_per_second=10)

    async def slow(call: Call) -> None:
        await asyncio.sleep(0.5)  # a slow Bot API: every send takes half a second

    stub.on("sendMessage", slow)
    async with running(stub, settings, engine, texts):
        for person in users:
            stub.send_text(U.private_chat(person), person, QUESTION)
        await stub.wait_confirmed(stub.last_update_id, within=30)  # all stored, all confirmed
        await stub.wait_for("sendMessage", count=5, within=30)
    await stub.wait_answered("sendMessage")  # sends the bot gave up on still reach "Telegram"
    before = answered(stub, chats)
    assert sum(before.values()) < len(users), "the stop came mid-burst"
    cut_off = unfinished_senders(inbox)
    assert cut_off, "what did not finish stays in the inbox"

    stub.on("sendMessage", None)
    async with running(stub, settings, engine, texts):
        await each_answered(stub, chats)
        await until(lambda: "pending" not in inbox_states(inbox))  # the last ones are marked too
    check_repeats(before, cut_off, answered(stub, chats))
    assert inbox_states(inbox) == {"done": len(users)}


async def test_an_update_aiogram_cannot_parse_is_set_aside_and_polling_goes_on(
    stub: BotApiStub, engine: Engine, texts: UiTexts, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    alice = U.user(71_001, "Зарина", username="zarina_private_handle")
    inbox = tmp_path / "inbox.sqlite3"
    async with running(stub, settings_for(stub, inbox_db=inbox), engine, texts):
        stub.push(poll={"id": "1", "question": "Голосуем?"})  # an older Bot API: fields missing
        stub.push(message={"message_id": 1, "chat": U.private_chat(alice), "text": QUESTION})  # no date
        stub.send_text(U.private_chat(alice), alice, QUESTION)
        (answer,) = await stub.wait_for("sendMessage", within=30)
        await stub.wait_confirmed(stub.last_update_id, within=30)
    assert answer["chat_id"] == alice["id"]
    assert inbox_states(inbox) == {"aside": 2, "done": 1}
    set_aside = [r.getMessage() for r in caplog.records if "set aside" in r.getMessage()]
    assert len(set_aside) == 2
    assert not any(word in line for line in set_aside for word in ("Зарина", "zarina", "Голосуем", "круглом"))


async def test_a_batch_the_inbox_could_not_store_comes_again_and_is_counted_once(
    stub: BotApiStub, engine: Engine, texts: UiTexts, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Another process holds the inbox file locked when a batch arrives: nothing is confirmed, the
    same updates come again, and the throttling verdicts they got the first time stand (a person's
    burst of 3 is not counted twice, which would have cost them their answers)."""
    alice = U.user(71_003, "Алия")
    inbox = tmp_path / "inbox.sqlite3"
    settings = settings_for(stub, inbox_db=inbox, throttle_burst=3, throttle_rate=0.001)
    async with running(stub, settings, engine, texts):
        lock = sqlite3.connect(inbox, isolation_level=None)
        lock.execute("BEGIN EXCLUSIVE")
        try:
            for _ in range(3):
                stub.send_text(U.private_chat(alice), alice, QUESTION)
            await until(lambda: "Could not take updates (InboxError)" in caplog.text)
        finally:
            lock.execute("ROLLBACK")
            lock.close()
        await stub.wait_for("sendMessage", lambda c: c["chat_id"] == alice["id"], count=3, within=30)
        await until(lambda: "pending" not in inbox_states(inbox))
    sent = [text_of(call) for call in delivered(stub, alice["id"])]
    assert texts.throttled not in sent
    assert len(sent) == 3


async def _post(port: int, path: str, headers: bytes, body: bytes) -> int:
    """A raw HTTP request, so that a header may carry bytes a client library would refuse."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(
        b"POST "
        + path.encode()
        + b" HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        + headers
        + b"Content-Length: "
        + str(len(body)).encode()
        + b"\r\nConnection: close\r\n\r\n"
        + body
    )
    await writer.drain()
    status_line = await reader.readline()
    writer.close()
    return int(status_line.split()[1])


async def test_the_webhook_refuses_bad_requests_without_a_traceback_and_queues_good_ones(
    stub: BotApiStub, engine: Engine, texts: UiTexts, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    port, secret = free_port(), WEBHOOK_SECRET
    settings = webhook_settings(stub, port, inbox_db=tmp_path / "inbox.sqlite3")
    alice = U.user(71_002, "Алия")
    update = {"update_id": 1, "message": U.message(U.private_chat(alice), alice, QUESTION)}
    good = json.dumps(update).encode()
    async with running(stub, settings, engine, texts, ready="setWebhook"):
        header = b"X-Telegram-Bot-Api-Secret-Token: "
        assert await _post(port, WEBHOOK_PATH, header + "секрет".encode() + b"\r\n", good) == 401
        assert await _post(port, WEBHOOK_PATH, b"", good) == 401
        assert await _post(port, WEBHOOK_PATH, header + secret.encode() + b"\r\n", b"{not json") == 400
        assert await _post(port, WEBHOOK_PATH, header + secret.encode() + b"\r\n", b"[1, 2]") == 400
        assert await _post(port, WEBHOOK_PATH, header + secret.encode() + b"\r\n", good) == 200
        assert await _post(port, WEBHOOK_PATH, header + secret.encode() + b"\r\n", good) == 200  # again
        await stub.wait_for("sendMessage", within=30)
        await asyncio.sleep(0.3)
    assert len(delivered(stub, alice["id"])) == 1, "a redelivered update is answered once"
    assert "Traceback" not in caplog.text
    assert inbox_states(tmp_path / "inbox.sqlite3") == {"done": 1}


async def test_an_update_taken_while_the_bot_starts_is_answered_once(
    stub: BotApiStub, engine: Engine, texts: UiTexts, tmp_path: Path
) -> None:
    """The webhook listens while the menus are still being set: an update taken then is handed out
    once, not a second time as if a previous run had left it unfinished."""
    port = free_port()
    settings = webhook_settings(stub, port, inbox_db=tmp_path / "inbox.sqlite3")
    menus, sends = asyncio.Event(), asyncio.Event()

    async def menus_held(call: Call) -> None:
        await menus.wait()

    async def sends_held(call: Call) -> None:
        await sends.wait()

    stub.on("setMyCommands", menus_held)
    stub.on("sendMessage", sends_held)
    alice = U.user(71_003, "Алия")
    chat = U.private_chat(alice)
    header = b"X-Telegram-Bot-Api-Secret-Token: " + WEBHOOK_SECRET.encode() + b"\r\n"
    first = {"update_id": 1, "message": U.message(chat, alice, QUESTION, message_id=1)}
    then = {"update_id": 2, "message": U.message(chat, alice, "/start", message_id=2)}
    stop = asyncio.Event()
    task = asyncio.create_task(serve(settings, engine, texts, stop=stop, handle_signals=False))
    try:
        await stub.wait_for("setMyCommands", answered=False, within=START_WITHIN)
        await until(lambda: _listening(port), within=START_WITHIN)
        assert await _post(port, WEBHOOK_PATH, header, json.dumps(first).encode()) == 200
        await stub.wait_for("sendMessage", answered=False, within=30)  # its reply is on its way
        menus.set()
        await stub.wait_for("setWebhook", within=30)  # started: leftovers, if any, are queued
        assert await _post(port, WEBHOOK_PATH, header, json.dumps(then).encode()) == 200
        sends.set()
        # One lane per sender, in order: once /start is answered, a second copy of the first
        # update (queued before it) would have been answered too.
        greeting = texts.greeting.split("{", 1)[0]
        await stub.wait_for("sendMessage", lambda call: greeting in call.get("text", ""), within=30)
        await until(lambda: inbox_states(tmp_path / "inbox.sqlite3") == {"done": 2})
    finally:
        stop.set()
        await asyncio.wait_for(task, STOP_WITHIN)
    assert len(delivered(stub, alice["id"])) == 2, "each update answered once"


def _listening(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0
