"""Flood control: per-user throttling with one notice per episode, outgoing limits per group that
delay (or, past group_max_delay, drop with a log), and buttons and inline queries never starved."""

from __future__ import annotations

import asyncio
import time

import pytest
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.session.middlewares.base import BaseRequestMiddleware, NextRequestMiddlewareType
from aiogram.client.telegram import TelegramAPIServer
from aiogram.methods import Response, TelegramMethod
from aiogram.methods.base import TelegramType

from bot.qa.engine import Engine
from bot.telegram.callbacks import EntryCb
from bot.telegram.middlewares import OutgoingLimiter
from bot.telegram.middlewares.pacing import PRIVATE_BURST, LocalLimits
from bot.telegram.middlewares.throttling import TokenBuckets
from bot.telegram.texts import UiTexts
from tests.reliability.harness import TOKEN, delivered, running, settings_for, text_of
from tests.telegram import updates as U
from tests.telegram.botapi_stub import BotApiStub

QUESTION = "Кто участвовал в круглом столе?"
GROUP = U.group_chat(-100900, "Большая группа")


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_token_bucket_burst_rate_and_one_notice_per_episode() -> None:
    clock = Clock()
    buckets = TokenBuckets(burst=3, rate=0.5, clock=clock)
    assert [buckets.take(1) for _ in range(5)] == [(True, False)] * 3 + [(False, True), (False, False)]
    assert buckets.take(2) == (True, False), "another person is not affected"
    clock.now += 2  # one token back: one message passes, the episode goes on (no second notice)
    assert [buckets.take(1) for _ in range(2)] == [(True, False), (False, False)]
    clock.now += 6  # full again: the flood is over, the next flood gets its notice
    assert [buckets.take(1) for _ in range(4)] == [(True, False)] * 3 + [(False, True)]


async def test_a_flooding_user_gets_one_notice_and_buttons_and_inline_still_work(
    stub: BotApiStub, engine: Engine, texts: UiTexts
) -> None:
    alice, bob = U.user(9001, "Алия"), U.user(9002, "Бекзат")
    chat = U.private_chat(alice)
    other = next(e for e in engine.kb.entries if e.id != engine.answer(QUESTION).entry_id)
    async with running(stub, settings_for(stub, throttle_burst=5, throttle_rate=0.2), engine, texts):
        for _ in range(12):
            stub.send_text(chat, alice, QUESTION)
        notice = await stub.wait_for("sendMessage", lambda c: c["text"] == texts.throttled, within=30)
        sent = await stub.wait_for("sendMessage", lambda c: c["chat_id"] == alice["id"], count=6, within=30)
        shown = stub.message(
            alice["id"], next(c for c in sent if c["text"] != texts.throttled).result["message_id"]
        )
        query_id = stub.press(alice, shown, EntryCb(id=other.id).pack())
        inline_id = stub.inline(alice, "что сказал генеральный прокурор")
        stub.send_text(U.private_chat(bob), bob, QUESTION)
        await stub.wait_for("answerCallbackQuery", lambda c: c["callback_query_id"] == query_id, within=30)
        await stub.wait_for("answerInlineQuery", lambda c: c["inline_query_id"] == inline_id, within=30)
        await stub.wait_for("sendMessage", lambda c: c["chat_id"] == bob["id"], within=30)
        await stub.wait_for("sendMessage", lambda c: c["text"].startswith(other.answer), within=30)
    replies = [c for c in delivered(stub, alice["id"]) if c["text"] != texts.throttled]
    notices = [c for c in delivered(stub, alice["id"]) if c["text"] == texts.throttled]
    assert len(notice) == len(notices) == 1, "one notice per flood, never one per dropped message"
    # 5 questions within the burst (a very slow machine may refill one more), plus the pressed button
    assert 5 + 1 <= len(replies) <= 6 + 1
    assert sum(text_of(c).startswith(other.answer) for c in replies) == 1


async def test_a_busy_group_queues_replies_without_starving_buttons_or_inline(
    stub: BotApiStub, engine: Engine, texts: UiTexts, caplog: pytest.LogCaptureFixture
) -> None:
    """Limit of 1 message a minute: the second reply waits (up to group_max_delay); meanwhile a button,
    an inline query and someone else's question in a private chat are answered at once. On stop it
    is cut off after shutdown_timeout."""
    alice, bob, carol = U.user(9101, "Алия"), U.user(9102, "Бекзат"), U.user(9103, "Карина")
    settings = settings_for(stub, group_messages_per_minute=1, group_max_delay=120, shutdown_timeout=0.5)
    async with running(stub, settings, engine, texts):
        stub.send_text(GROUP, alice, f"/ask {QUESTION}")
        stub.send_text(GROUP, bob, "/ask что сказал генеральный прокурор")
        (first,) = await stub.wait_for("sendMessage", lambda c: c["chat_id"] == GROUP["id"], within=30)
        shown = stub.message(GROUP["id"], first.result["message_id"])
        query_id = stub.press(alice, shown, shown["reply_markup"]["inline_keyboard"][0][0]["callback_data"])
        inline_id = stub.inline(bob, QUESTION)
        stub.send_text(U.private_chat(carol), carol, QUESTION)
        await stub.wait_for("answerCallbackQuery", lambda c: c["callback_query_id"] == query_id, within=30)
        await stub.wait_for("answerInlineQuery", lambda c: c["inline_query_id"] == inline_id, within=30)
        await stub.wait_for("sendMessage", lambda c: c["chat_id"] == carol["id"], within=30)
        assert len(stub.sent_to(GROUP["id"])) == 1, "the second reply is still queued"
    assert len(stub.sent_to(GROUP["id"])) == 1
    assert "did not finish within 0.5 s; they stay in the inbox" in caplog.text


async def test_a_reply_that_would_wait_too_long_for_a_group_is_dropped_with_a_log(
    stub: BotApiStub, engine: Engine, texts: UiTexts, caplog: pytest.LogCaptureFixture
) -> None:
    alice, bob = U.user(9201, "Алия"), U.user(9202, "Бекзат")
    settings = settings_for(stub, group_messages_per_minute=1, group_max_delay=0)
    async with running(stub, settings, engine, texts):
        stub.send_text(GROUP, alice, f"/ask {QUESTION}")
        await stub.wait_for("sendMessage", lambda c: c["chat_id"] == GROUP["id"], within=30)
        stub.send_text(GROUP, bob, f"/ask {QUESTION}")
        stub.send_text(U.private_chat(bob), bob, "/help")  # a later update, answered: the drop is done
        await stub.wait_for("sendMessage", lambda c: c["chat_id"] == bob["id"], within=30)
    assert len(stub.sent_to(GROUP["id"])) == 1, "dropped, not sent (and no apology into the group)"
    assert "Dropped a sendMessage to a group" in caplog.text


async def test_the_group_limiter_delays_rather_than_drops(stub: BotApiStub) -> None:
    """OutgoingLimiter on a real session: 2 messages per 1-second window, 5 sent at once."""
    session = AiohttpSession(api=TelegramAPIServer.from_base(stub.base_url))
    session.middleware(
        OutgoingLimiter(LocalLimits(group_per_minute=2, group_max_delay=10, global_per_second=0, window=1.0))
    )
    bot = Bot(TOKEN, session=session)
    began = time.monotonic()
    try:
        await asyncio.gather(*(bot.send_message(GROUP["id"], f"сообщение {n}") for n in range(5)))
        await bot.send_message(U.user(9300)["id"], "в личный чат: без очереди")
    finally:
        await bot.session.close()
    calls = stub.sent_to(GROUP["id"])
    assert len(calls) == 5
    assert all(call.status == 200 for call in calls)
    times = sorted(call.at for call in calls)
    assert times[2] - began >= 1.0, "the third message waited for the window"
    assert times[4] - began >= 2.0


async def _send_all(stub: BotApiStub, limits: LocalLimits, messages: list[tuple[int, str]]) -> None:
    """Send the messages (chat id, text) at once through an OutgoingLimiter on a real session."""
    session = AiohttpSession(api=TelegramAPIServer.from_base(stub.base_url))
    session.middleware(OutgoingLimiter(limits))
    bot = Bot(TOKEN, session=session)
    try:
        await asyncio.gather(*(bot.send_message(chat_id, text) for chat_id, text in messages))
    finally:
        await bot.session.close()


class HeldClock:
    """time.monotonic, held still until released: every message meets the limits at the same
    instant however slowly a loaded machine runs the senders up to the limiter."""

    def __init__(self) -> None:
        self.held: float | None = time.monotonic()

    def __call__(self) -> float:
        return time.monotonic() if self.held is None else self.held

    def release(self) -> None:
        self.held = None


class ReleaseOrder(BaseRequestMiddleware):
    """Records the chats in the order the limiter (the outer middleware) lets their messages go:
    the turns themselves, not when each HTTP request happens to reach the stand-in."""

    def __init__(self) -> None:
        self.chats: list[object] = []

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        self.chats.append(getattr(method, "chat_id", None))
        return await make_request(bot, method)


async def test_chats_take_turns_so_a_long_backlog_delays_no_other_chat(stub: BotApiStub) -> None:
    """30 messages to one chat, then one to another, all at once, 10 a second overall: the other
    chat's message goes out at the next turn (after the burst and one more), not after the backlog.
    The clock is held while the 31 senders reach the limiter: on a slow machine real time passing
    between them would let an 11th or 12th message through with the burst."""
    busy, other = U.user(9401)["id"], U.user(9402)["id"]
    clock = HeldClock()
    limits = LocalLimits(group_per_minute=20, group_max_delay=60, global_per_second=10, clock=clock)
    released = ReleaseOrder()
    session = AiohttpSession(api=TelegramAPIServer.from_base(stub.base_url))
    session.middleware(OutgoingLimiter(limits))
    session.middleware(released)
    bot = Bot(TOKEN, session=session)
    messages = [(busy, f"сообщение {n}") for n in range(30)] + [(other, "ответ другому")]
    try:
        sending = asyncio.gather(*(bot.send_message(chat_id, text) for chat_id, text in messages))
        asyncio.get_running_loop().call_soon(clock.release)  # after every sender's first step
        await sending
    finally:
        await bot.session.close()
    assert len(stub.calls_of("sendMessage")) == 31
    assert len(released.chats) == 31
    assert released.chats.index(other) <= 10 + 1, released.chats


async def test_a_private_chat_gets_its_burst_then_its_pace(stub: BotApiStub) -> None:
    """12 messages into one private chat at 20 a second: the burst goes at once, then never faster
    than the pace (lower bounds only: a slow machine only sends them later)."""
    chat = U.user(9501)["id"]
    rate = 20.0
    limits = LocalLimits(
        group_per_minute=20, group_max_delay=60, global_per_second=0, private_per_second=rate
    )
    began = time.monotonic()
    await _send_all(stub, limits, [(chat, f"сообщение {n}") for n in range(12)])
    times = sorted(call.at for call in stub.sent_to(chat))
    assert len(times) == 12
    for n, sent_at in enumerate(times):
        assert sent_at - began >= (n - (PRIVATE_BURST - 1)) / rate, (n, sent_at - began)
