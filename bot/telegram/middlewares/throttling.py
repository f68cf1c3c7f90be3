"""Per-sender throttling: token buckets (one polite notice per flood episode), and the notice itself.

The buckets are applied at intake, on the raw JSON, before an update is stored (intake.py); the
update kept to carry the notice is answered here (ThrottledNotice), in the sender's language.
`BucketsFactory` makes the buckets: in this process by default, in Redis when replicas share them
(shared_limits.RedisTokenBuckets).

An episode starts with the first update over the limit (the notice goes out then) and ends when the
sender's bucket is full again, i.e. after a pause of burst / rate seconds; a sustained flood gets
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
from aiogram.types import TelegramObject, Update

from bot.telegram.replying import html_kwargs
from bot.telegram.texts import UiTexts

logger = logging.getLogger(__name__)

Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]
THROTTLED = "faqbot_throttled"  # added by the intake to an update over its limit: the notice only
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


def local_buckets(name: str, burst: int, rate: float) -> TokenBuckets:
    """The default BucketsFactory: buckets kept in this process."""
    return TokenBuckets(burst, rate)


class Buckets(Protocol):
    """TokenBuckets here, or one shared by replicas (shared_limits.RedisTokenBuckets, async)."""

    def take(self, key: int) -> tuple[bool, bool] | Awaitable[tuple[bool, bool]]: ...


# (name, burst, rate) -> buckets; the default keeps them in this process.
BucketsFactory = Callable[[str, int, float], Buckets]


async def take(buckets: Buckets, key: int) -> tuple[bool, bool]:
    result = buckets.take(key)
    return await result if inspect.isawaitable(result) else result


class ThrottledNotice(BaseMiddleware):
    """An update the intake kept only to say "too fast" (marked THROTTLED, intake.py) gets the polite
    notice in the sender's language and nothing else: a message (a reply in a group), or the pressed
    button's pop-up. An outer update middleware after the language one."""

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        if not isinstance(event, Update) or not (event.model_extra or {}).get(THROTTLED):
            return await handler(event, data)
        texts: UiTexts = data["texts"]
        with suppress(TelegramAPIError):
            if event.callback_query is not None:
                await event.callback_query.answer(texts.throttled)
            elif event.message is not None and event.message.chat.type == ChatType.PRIVATE:
                await event.message.answer(texts.throttled, **html_kwargs())
            elif event.message is not None:
                await event.message.reply(texts.throttled, **html_kwargs())
        return None
