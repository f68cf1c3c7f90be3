"""Outgoing limits shared through a real Redis: two replicas' OutgoingLimiters (each over its own
RedisLimits and session) keep one pace per private chat and one window per group between them."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager

from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from redis.asyncio import Redis

from bot.telegram.middlewares.pacing import PRIVATE_BURST, LocalLimits, OutgoingDropped, OutgoingLimiter
from bot.telegram.shared_limits import RedisLimits
from tests.reliability.harness import TOKEN, delivered
from tests.telegram import updates as U
from tests.telegram.botapi_stub import BotApiStub

GROUP = U.group_chat(-100_950, "Общая группа")


@asynccontextmanager
async def _replica(stub: BotApiStub, redis_url: str, **rules: float) -> AsyncIterator[Bot]:
    """A bot whose sends are paced by limits kept in Redis (the rules as the settings would give)."""
    client = Redis.from_url(redis_url)
    session = AiohttpSession(api=TelegramAPIServer.from_base(stub.base_url))
    limits = LocalLimits(
        group_per_minute=int(rules.get("group_per_minute", 20)),
        group_max_delay=rules.get("group_max_delay", 60.0),
        global_per_second=rules.get("global_per_second", 0.0),
        private_per_second=rules.get("private_per_second", 0.0),
    )
    session.middleware(OutgoingLimiter(RedisLimits(client, limits)))
    bot = Bot(TOKEN, session=session)
    try:
        yield bot
    finally:
        await bot.session.close()
        await client.aclose()


async def test_two_replicas_keep_one_pace_per_private_chat(stub: BotApiStub, redis_url: str) -> None:
    """Six messages from each replica into one private chat at 20 a second: one burst between them,
    then the pace (lower bounds only: a slow machine only sends later)."""
    chat, rate = U.user(9601)["id"], 20.0
    async with AsyncExitStack() as stack:
        bots = [
            await stack.enter_async_context(_replica(stub, redis_url, private_per_second=rate))
            for _ in range(2)
        ]
        began = time.monotonic()
        await asyncio.gather(*(bot.send_message(chat, f"{n}") for n in range(6) for bot in bots))
    times = sorted(call.at for call in delivered(stub, chat))
    assert len(times) == 12
    for n, sent_at in enumerate(times):
        assert sent_at - began >= (n - (PRIVATE_BURST - 1)) / rate, (n, sent_at - began)


async def test_two_replicas_share_a_groups_window_and_drop_beyond_it(
    stub: BotApiStub, redis_url: str
) -> None:
    """Two messages a minute into the group and no waiting: of four sent by two replicas, two go out
    and two are dropped, whichever replica sent them."""
    async with AsyncExitStack() as stack:
        bots = [
            await stack.enter_async_context(
                _replica(stub, redis_url, group_per_minute=2, group_max_delay=0.0)
            )
            for _ in range(2)
        ]
        results = await asyncio.gather(
            *(bot.send_message(GROUP["id"], f"{n}") for n in range(2) for bot in bots), return_exceptions=True
        )
    dropped = [result for result in results if isinstance(result, OutgoingDropped)]
    assert len(dropped) == 2, results
    assert len(delivered(stub, GROUP["id"])) == 2
