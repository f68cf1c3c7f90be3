"""A replica under a burst shares one Redis client among the webhook, the throttling, the pacing and
the pump: more commands at once than the client's pool has connections must wait for one, not fail
(a failed store answers Telegram 503, a failed acknowledgement repeats a reply on another replica)."""

from __future__ import annotations

import asyncio
import json

from bot.telegram.inbox import RawUpdate
from bot.telegram.redis_inbox import RedisInbox


async def test_more_stores_at_once_than_the_pool_has_connections_all_succeed(redis_url: str) -> None:
    inbox = await RedisInbox.open(redis_url)
    try:
        updates = [RawUpdate(n, json.dumps({"update_id": n})) for n in range(1, 501)]
        await asyncio.gather(*(inbox.add([update]) for update in updates))
        assert (await inbox.counts())["stream"] == 500
    finally:
        await inbox.close()
