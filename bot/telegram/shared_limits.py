"""Throttling and outgoing pacing shared by every replica through Redis (REDIS_URL only).

Telegram's limits are per bot, not per process, and a flooding user writes to whichever replica the
proxy picks: with per-process buckets two replicas would let through twice the messages and send two
"too fast" notices. Here each decision is one Lua script run atomically in Redis, on Redis's clock
(TIME), so every replica sees the same bucket:

- `RedisTokenBuckets`: the token bucket of `middlewares/throttling.py` (burst, rate, one notice per
  flood episode), keyed by sender; a key expires once its bucket would be full again.
- `SharedOutgoingLimiter`: the pacing of `middlewares/outgoing.py`: at most `group_per_minute`
  messages into one group in any minute (a reply that would wait longer than `group_max_delay` is
  dropped), and `global_per_second` messages overall (GCRA), reserved in Redis, waited locally.
If Redis does not answer, the decision falls back to this replica's own limiter (one warning), so a
Redis hiccup costs precision, never an answer.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from aiogram import Bot
from aiogram.client.session.middlewares.base import BaseRequestMiddleware, NextRequestMiddlewareType
from aiogram.methods import Response, TelegramMethod
from aiogram.methods.base import TelegramType
from redis.asyncio import Redis
from redis.exceptions import RedisError

from bot.telegram.middlewares.outgoing import OutgoingDropped, OutgoingLimiter, is_group, is_message
from bot.telegram.middlewares.throttling import TokenBuckets

logger = logging.getLogger(__name__)

# KEYS: bucket; ARGV: burst, rate. Returns {allowed, notify}.
_TAKE = """
local burst, rate = tonumber(ARGV[1]), tonumber(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local h = redis.call('HMGET', KEYS[1], 'tokens', 'ts', 'notified')
local tokens = tonumber(h[1]) or burst
local ts = tonumber(h[2]) or now
local notified = h[3] == '1'
tokens = math.min(burst, tokens + (now - ts) * rate)
if tokens >= burst then notified = false end
local allowed, notify = 0, 0
if tokens >= 1 then
    tokens = tokens - 1
    allowed = 1
elseif not notified then
    notified = true
    notify = 1
end
redis.call('HSET', KEYS[1], 'tokens', string.format('%.6f', tokens), 'ts', string.format('%.6f', now),
           'notified', notified and '1' or '0')
redis.call('EXPIRE', KEYS[1], math.ceil(burst / rate) + 1)
return {allowed, notify}
"""

# KEYS: global pace, group window. ARGV: interval (0 = off), tolerance, per_minute, window,
# max_delay, is_group. Returns the delay in seconds as a string, or '-1' to drop.
_RESERVE = """
local interval, tolerance = tonumber(ARGV[1]), tonumber(ARGV[2])
local per_minute, window, max_delay = tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local start = now
if ARGV[6] == '1' then
    if redis.call('LLEN', KEYS[2]) >= per_minute then
        start = math.max(now, tonumber(redis.call('LINDEX', KEYS[2], -per_minute)) + window)
    end
    if start - now > max_delay then return '-1' end
    redis.call('RPUSH', KEYS[2], string.format('%.6f', start))
    redis.call('LTRIM', KEYS[2], -per_minute, -1)
    redis.call('EXPIRE', KEYS[2], math.ceil(window + max_delay) + 1)
end
if interval > 0 then
    local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
    start = math.max(start, tat - tolerance)
    tat = math.max(tat, start) + interval
    redis.call('SET', KEYS[1], string.format('%.6f', tat), 'PX', math.ceil((tat - now) * 1000) + 1000)
end
return string.format('%.6f', start - now)
"""


class _Fallback:
    """Logs the first Redis failure of an outage, and the recovery, once each."""

    def __init__(self, what: str) -> None:
        self.what = what
        self.down = False

    def failed(self, exc: Exception) -> None:
        if not self.down:
            logger.warning("Redis unavailable for %s (%s); this replica decides alone", self.what, exc)
            self.down = True

    def ok(self) -> None:
        if self.down:
            logger.info("Redis available again for %s", self.what)
            self.down = False


class RedisTokenBuckets:
    """`TokenBuckets` kept in Redis: `await take(key)` -> (allowed, notify), shared by all replicas."""

    def __init__(self, client: Redis, name: str, burst: int, rate: float, prefix: str = "faqbot") -> None:
        self.burst = burst
        self.rate = rate
        self.key = f"{prefix}:bucket:{name}:"
        self._take = client.register_script(_TAKE)
        self._local = TokenBuckets(burst, rate)
        self._state = _Fallback(f"{name} throttling")

    async def take(self, key: int) -> tuple[bool, bool]:
        try:
            allowed, notify = await self._take(keys=[f"{self.key}{key}"], args=[self.burst, self.rate])
        except RedisError as exc:
            self._state.failed(exc)
            return self._local.take(key)
        self._state.ok()
        return bool(allowed), bool(notify)


class SharedOutgoingLimiter(BaseRequestMiddleware):
    """OutgoingLimiter's rules with the reservations in Redis (see the module docstring)."""

    def __init__(self, client: Redis, local: OutgoingLimiter, prefix: str = "faqbot") -> None:
        """`local` holds the rules (and paces alone while Redis is unreachable)."""
        self.prefix = prefix
        self._local = local
        self.group_per_minute = local.group_per_minute
        self.group_max_delay = local.group_max_delay
        self.window = local.window
        per_second = local.global_per_second
        self.interval = 1.0 / per_second if per_second > 0 else 0.0
        self.tolerance = (max(round(per_second), 1) - 1) * self.interval
        self._reserve = client.register_script(_RESERVE)
        self._state = _Fallback("outgoing pacing")
        self.dropped = 0

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        if not is_message(method):
            return await make_request(bot, method)
        chat_id: Any = getattr(method, "chat_id", None)
        group = is_group(chat_id)
        try:
            delay = float(
                await self._reserve(
                    keys=[f"{self.prefix}:pace", f"{self.prefix}:group:{chat_id}"],
                    args=[
                        self.interval,
                        self.tolerance,
                        self.group_per_minute,
                        self.window,
                        self.group_max_delay,
                        "1" if group else "0",
                    ],
                )
            )
        except RedisError as exc:
            self._state.failed(exc)
            return await self._local(make_request, bot, method)
        self._state.ok()
        if delay < 0:
            self.dropped += 1
            logger.warning(
                "Dropped a %s to a group: its limit of %d messages a minute is used up for more than %.0f s",
                method.__api_method__,
                self.group_per_minute,
                self.group_max_delay,
            )
            raise OutgoingDropped(method=method, message="group message limit: reply dropped")
        if delay > 0:
            await asyncio.sleep(delay)
        return await make_request(bot, method)
