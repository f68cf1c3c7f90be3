"""Per-user throttling of incoming messages: a token bucket, one polite notice per flood episode.

ThrottlingMiddleware is an inner middleware on messages, so it only counts messages the bot would act
on: in a group, chatter not addressed to the bot never reaches it and costs nothing.
PressAndInlineThrottling is an outer update middleware, before the per-sender ordering: button
presses and inline queries beyond their own (more generous) buckets are dropped at once, so 600
presses or 10,000 inline queries from one account cost almost nothing and delay nobody else. The
first dropped press of an episode is answered with the notice; the others get no answer at all (a
request each would cost more than the flood itself; the client's spinner just times out), nor does
a dropped inline query (the next keystroke asks again).

The key is the sender (actor_key): the user, or the chat for anonymous group admins, who all arrive
as the same GroupAnonymousBot user and would otherwise share one bucket across every group.

An episode starts with the first dropped message (the notice goes out then) and ends when the
user's bucket is full again, i.e. after a pause of burst / rate seconds; a sustained flood gets
exactly one notice.
"""

from __future__ import annotations

import inspect
import logging
import time
from collections.abc import Awaitable, Callable
from contextlib import suppress
from dataclasses import dataclass
from typing import Any, Protocol

from aiogram import BaseMiddleware
from aiogram.enums import ChatType
from aiogram.exceptions import TelegramAPIError
from aiogram.types import Message, TelegramObject, Update

from bot.settings import INLINE_BURST, INLINE_RATE, PRESS_BURST, PRESS_RATE
from bot.telegram.knowledge import KnowledgeHolder
from bot.telegram.middlewares.context import actor_key
from bot.telegram.replying import html_kwargs
from bot.telegram.texts import UiTexts

logger = logging.getLogger(__name__)

Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]
PRUNE_ABOVE = 10_000  # users remembered before full (idle) buckets are forgotten


@dataclass
class _Bucket:
    tokens: float
    updated: float
    notified: bool = False


class TokenBuckets:
    """Token bucket per key: `burst` at once, refilled at `rate` per second."""

    def __init__(self, burst: int, rate: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.burst = float(burst)
        self.rate = rate
        self.clock = clock
        self._buckets: dict[int, _Bucket] = {}

    def _refill(self, key: int) -> _Bucket:
        now = self.clock()
        bucket = self._buckets.get(key)
        if bucket is None:
            if len(self._buckets) >= PRUNE_ABOVE:
                self._prune(now)
            bucket = self._buckets[key] = _Bucket(self.burst, now)
            return bucket
        bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.updated) * self.rate)
        bucket.updated = now
        if bucket.tokens >= self.burst:
            bucket.notified = False  # calmed down: the flood episode is over
        return bucket

    def _prune(self, now: float) -> None:
        full = [
            key for key, b in self._buckets.items() if b.tokens + (now - b.updated) * self.rate >= self.burst
        ]
        for key in full:
            del self._buckets[key]

    def take(self, key: int) -> tuple[bool, bool]:
        """(allowed, notify): notify is True once per episode, on its first dropped message."""
        bucket = self._refill(key)
        if bucket.tokens >= 1:
            bucket.tokens -= 1
            return True, False
        notify = not bucket.notified
        bucket.notified = True
        return False, notify


def _local(name: str, burst: int, rate: float) -> TokenBuckets:
    return TokenBuckets(burst, rate)


class Buckets(Protocol):
    """TokenBuckets here, or one shared by replicas (shared_limits.RedisTokenBuckets, async)."""

    def take(self, key: int) -> tuple[bool, bool] | Awaitable[tuple[bool, bool]]: ...


# (name, burst, rate) -> buckets; the default keeps them in this process.
BucketsFactory = Callable[[str, int, float], Buckets]


async def take(buckets: Buckets, key: int) -> tuple[bool, bool]:
    result = buckets.take(key)
    return await result if inspect.isawaitable(result) else result


class ThrottlingMiddleware(BaseMiddleware):
    def __init__(self, burst: int, rate: float, buckets: BucketsFactory | None = None) -> None:
        self.buckets = (buckets or _local)("messages", burst, rate)

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        if not isinstance(event, Message) or event.from_user is None:
            return await handler(event, data)
        update = data.get("event_update")
        key = actor_key(update) if isinstance(update, Update) else None
        allowed, notify = await take(self.buckets, event.from_user.id if key is None else key)
        if allowed:
            return await handler(event, data)
        if notify:
            logger.info("Throttling a user who writes too fast (%s chat)", event.chat.type)
            texts: UiTexts = data["texts"]
            with suppress(TelegramAPIError):
                if event.chat.type == ChatType.PRIVATE:
                    await event.answer(texts.throttled, **html_kwargs())
                else:
                    await event.reply(texts.throttled, **html_kwargs())
        return None


class PressAndInlineThrottling(BaseMiddleware):
    def __init__(
        self,
        knowledge: KnowledgeHolder,
        *,
        press: tuple[int, float] = (PRESS_BURST, PRESS_RATE),
        inline: tuple[int, float] = (INLINE_BURST, INLINE_RATE),
        buckets: BucketsFactory | None = None,
    ) -> None:
        self.knowledge = knowledge
        self.presses = (buckets or _local)("presses", *press)
        self.inline = (buckets or _local)("inline", *inline)

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        if not isinstance(event, Update) or (event.callback_query is None and event.inline_query is None):
            return await handler(event, data)
        key = actor_key(event)
        if key is None:
            return await handler(event, data)
        buckets = self.presses if event.callback_query is not None else self.inline
        allowed, notify = await take(buckets, key)
        if allowed:
            return await handler(event, data)
        if notify:
            logger.info("Throttling a user who sends %s too fast", event.event_type)
        if notify and event.callback_query is not None:
            with suppress(TelegramAPIError):
                await event.callback_query.answer(self.knowledge.current.texts.throttled)
        return None
