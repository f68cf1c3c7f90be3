"""Throttling and outgoing pacing shared by every replica through Redis (REDIS_URL only).

Telegram's limits are per bot, not per process, and a flooding user writes to whichever replica the
proxy picks: with per-process buckets two replicas would let through twice the messages and send two
"too fast" notices. Here each decision is one Lua script run atomically in Redis, on Redis's clock
(TIME), so every replica sees the same bucket:

- `RedisTokenBuckets`: the token bucket of `middlewares/throttling.py` (burst, rate, one notice per
  flood episode), keyed by sender; a key expires once its bucket would be full again.
- `RedisLimits`: the limits of `middlewares/pacing.py` booked in Redis: a private chat's pace
  (GCRA), at most `group_per_minute` messages into one group in any minute (a reply that would wait
  longer than `group_max_delay` is dropped), and the bot's `global_per_second` (GCRA). Each replica's
  OutgoingLimiter waits locally and serves its chats round-robin.
If Redis does not answer, the decision falls back to this replica's own limiter (one warning), so a
Redis hiccup costs precision, never an answer.
"""

from __future__ import annotations

import logging

from redis.asyncio import Redis
from redis.exceptions import RedisError

from bot.telegram.middlewares.pacing import PRIVATE_BURST, Gcra, LocalLimits, is_group
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

# KEYS: the chat's key. ARGV: kind ('group', 'private' or 'none'), per_minute, window, max_delay,
# interval, tolerance. Returns the seconds until the chat's booked slot, or '-1' to drop.
_RESERVE_CHAT = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
if ARGV[1] == 'group' then
    local per_minute, window, max_delay = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
    local start = now
    if redis.call('LLEN', KEYS[1]) >= per_minute then
        start = math.max(now, tonumber(redis.call('LINDEX', KEYS[1], -per_minute)) + window)
    end
    if start - now > max_delay then return '-1' end
    redis.call('RPUSH', KEYS[1], string.format('%.6f', start))
    redis.call('LTRIM', KEYS[1], -per_minute, -1)
    redis.call('EXPIRE', KEYS[1], math.ceil(window + max_delay) + 1)
    return string.format('%.6f', start - now)
end
local interval, tolerance = tonumber(ARGV[5]), tonumber(ARGV[6])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
local start = math.max(now, tat - tolerance)
tat = math.max(tat, start) + interval
redis.call('SET', KEYS[1], string.format('%.6f', tat), 'PX', math.ceil((tat - now) * 1000) + 1000)
return string.format('%.6f', start - now)
"""

# KEYS: the bot's pace. ARGV: interval, tolerance. Returns '0' when a slot was taken, else the
# seconds until one is free (nothing taken).
_TAKE_GLOBAL = """
local interval, tolerance = tonumber(ARGV[1]), tonumber(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat - tolerance > now then return string.format('%.6f', tat - tolerance - now) end
tat = math.max(tat, now) + interval
redis.call('SET', KEYS[1], string.format('%.6f', tat), 'PX', math.ceil((tat - now) * 1000) + 1000)
return '0'
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


class RedisLimits:
    """pacing.Limits kept in Redis: every replica books the same chat slots and the same global ones.
    The rules are those of `local`, which decides alone while Redis is unreachable."""

    def __init__(self, client: Redis, local: LocalLimits, prefix: str = "faqbot") -> None:
        self.prefix = prefix
        self._local = local
        self.group_per_minute = local.group_per_minute
        self.group_max_delay = local.group_max_delay
        self._private = (  # the private chats' rule (interval, tolerance); their state is in Redis
            Gcra(local.private_per_second, PRIVATE_BURST) if local.private_per_second > 0 else None
        )
        self._reserve = client.register_script(_RESERVE_CHAT)
        self._take = client.register_script(_TAKE_GLOBAL)
        self._state = _Fallback("outgoing pacing")

    async def reserve_chat(self, chat_id: object) -> float | None:
        if is_group(chat_id):
            kind = "group"
        elif self._private is not None and chat_id is not None:
            kind = "private"
        else:
            return 0.0
        pace = self._private
        args: list[str | float] = [kind, self.group_per_minute, self._local.window, self.group_max_delay]
        args += [pace.interval, pace.tolerance] if pace is not None else [0.0, 0.0]
        try:
            delay = float(await self._reserve(keys=[f"{self.prefix}:chat:{chat_id}"], args=args))
        except RedisError as exc:
            self._state.failed(exc)
            return self._local.reserve_chat_now(chat_id)
        self._state.ok()
        return None if delay < 0 else delay

    async def take_global(self) -> float:
        everyone = self._local.everyone
        if everyone is None:
            return 0.0
        try:
            wait = float(
                await self._take(keys=[f"{self.prefix}:pace"], args=[everyone.interval, everyone.tolerance])
            )
        except RedisError as exc:
            self._state.failed(exc)
            return self._local.take_global_now()
        self._state.ok()
        return wait
