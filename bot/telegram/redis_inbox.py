"""The inbox on Redis, shared by every replica: a Stream with one consumer group.

Only imported when REDIS_URL is set (redis-py is an optional dependency: `pip install '.[redis]'`).

- `add` (the webhook handler of any replica, or polling) stores each update once: a Lua script sets
  `seen:<update_id>` (NX, kept a day, as Telegram keeps unconfirmed updates) and only then XADDs the
  payload, atomically, so Telegram retrying an update to another replica adds nothing. The webhook
  answers 200 once the script returned.
- `consume` runs on every replica: XREADGROUP hands each entry to one consumer, whose pump answers it;
  `finish` then XACKs and XDELs it (the payload is erased at once). An entry left pending by a
  replica that died (SIGKILL, lost machine) is taken over by another with XAUTOCLAIM once it has been
  idle for `claim_after` seconds; a live replica touches its own entries in flight (XCLAIM JUSTID)
  well before that, so a slow reply is never taken from it. Only a send cut off by a crash in flight
  may repeat.
- An update aiogram cannot parse is acknowledged and kept under `aside:<update_id>` for a week.

Consumer names are `<host>-<pid>` unless REPLICA_NAME says otherwise; a restarted replica with the
same name first takes back its own pending entries.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
from collections.abc import Sequence
from contextlib import suppress
from typing import TYPE_CHECKING, Any

from redis.asyncio import BlockingConnectionPool, Redis
from redis.exceptions import RedisError, ResponseError

from bot.telegram.inbox import KEEP_FINISHED_SECONDS, KEEP_SET_ASIDE_SECONDS, InboxError, RawUpdate

if TYPE_CHECKING:
    from bot.telegram.polling import UpdatePump

logger = logging.getLogger(__name__)

GROUP = "workers"
READ_BATCH = 100
CLAIM_EVERY = 2.0  # seconds between looks for entries to take over (cheap: one XAUTOCLAIM)
MAX_HELD = 1000  # entries one replica holds unfinished before it stops reading more
# One client serves the webhook, the throttling, the pacing and the pump of a replica: in a burst more
# commands are under way than it has connections, and they wait for one (up to POOL_WAIT seconds)
# instead of failing at once as redis-py's default pool does (a 503 to Telegram, a reply repeated).
POOL_SIZE = 100
POOL_WAIT = 10.0

# KEYS: seen key, stream, highest-id key; ARGV: update_id, payload, ttl. 1 when added, 0 when seen.
_ADD = """
if redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[3]) then
    redis.call('XADD', KEYS[2], '*', 'u', ARGV[1], 'p', ARGV[2])
    local top = tonumber(redis.call('GET', KEYS[3]) or '-1')
    if tonumber(ARGV[1]) > top then redis.call('SET', KEYS[3], ARGV[1]) end
    return 1
end
return 0
"""


def default_replica_name() -> str:
    return f"{socket.gethostname()}-{os.getpid()}"


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


class RedisInbox:
    """`Inbox` on a Redis Stream. Open it with `await RedisInbox.open(url, ...)`."""

    def __init__(
        self, client: Redis, *, prefix: str = "faqbot", consumer: str | None = None, claim_after: float = 30.0
    ) -> None:
        self.redis = client
        self.prefix = prefix
        self.stream = f"{prefix}:updates"
        self.consumer = consumer or default_replica_name()
        self.claim_after = claim_after
        self._held: dict[int, str] = {}  # update_id -> stream entry id, for entries handed to the pump
        self._add = client.register_script(_ADD)
        self.claimed = 0  # entries taken over from another consumer (for logs and tests)

    @classmethod
    async def open(
        cls, url: str, *, prefix: str = "faqbot", consumer: str | None = None, claim_after: float = 30.0
    ) -> RedisInbox:
        client = Redis.from_pool(
            BlockingConnectionPool.from_url(url, max_connections=POOL_SIZE, timeout=POOL_WAIT)
        )
        inbox = cls(client, prefix=prefix, consumer=consumer, claim_after=claim_after)
        try:
            try:
                await client.xgroup_create(inbox.stream, GROUP, id="0", mkstream=True)
            except ResponseError as exc:
                if "BUSYGROUP" not in str(exc):
                    raise
        except RedisError as exc:
            await client.aclose()
            raise InboxError(f"{type(exc).__name__}: {exc}") from exc
        return inbox

    def _key(self, kind: str, update_id: int) -> str:
        return f"{self.prefix}:{kind}:{update_id}"

    async def add(self, updates: Sequence[RawUpdate]) -> list[RawUpdate]:
        """Stores each update once across all replicas. Returns nothing: the consumer group, not the
        caller, hands updates to a replica's pump."""
        try:
            for update in updates:
                await self._add(
                    keys=[self._key("seen", update.update_id), self.stream, f"{self.prefix}:top"],
                    args=[update.update_id, update.payload, KEEP_FINISHED_SECONDS],
                )
        except RedisError as exc:
            raise InboxError(f"{type(exc).__name__}: {exc}") from exc
        return []

    async def unfinished(self) -> list[RawUpdate]:
        return []  # `consume` takes back this consumer's own pending entries first

    async def _done(self, update_id: int) -> None:
        entry = self._held.pop(update_id, None)
        if entry is None:
            return
        try:
            async with self.redis.pipeline(transaction=True) as pipe:
                pipe.xack(self.stream, GROUP, entry)
                pipe.xdel(self.stream, entry)
                await pipe.execute()
        except RedisError as exc:
            raise InboxError(f"{type(exc).__name__}: {exc}") from exc

    async def finish(self, update_id: int) -> None:
        await self._done(update_id)

    async def set_aside(self, update_id: int) -> None:
        entry = self._held.get(update_id)
        if entry is not None:
            try:
                found: Any = await self.redis.xrange(self.stream, entry, entry)
                if found:
                    payload = found[0][1].get(b"p", b"")
                    await self.redis.set(self._key("aside", update_id), payload, ex=KEEP_SET_ASIDE_SECONDS)
            except RedisError as exc:
                raise InboxError(f"{type(exc).__name__}: {exc}") from exc
        await self._done(update_id)

    async def next_offset(self) -> int | None:
        try:
            top = await self.redis.get(f"{self.prefix}:top")
        except RedisError as exc:
            raise InboxError(f"{type(exc).__name__}: {exc}") from exc
        return None if top is None else int(top) + 1

    async def counts(self) -> dict[str, int]:
        """Entries in the stream and entries pending (read, not finished), for logs and tests."""
        info: dict[Any, Any] = await self.redis.xpending(self.stream, GROUP)
        return {"stream": int(await self.redis.xlen(self.stream)), "pending": int(info["pending"])}

    async def close(self) -> None:
        """Entries still in hand (a stop cut them off) are marked idle for `claim_after` already, so
        another replica takes them at its next look instead of waiting; then the client closes."""
        try:
            if self._held:
                idle_ms = int(self.claim_after * 1000)
                await self.redis.xclaim(
                    self.stream, GROUP, self.consumer, 0, list(self._held.values()), idle=idle_ms, justid=True
                )
                logger.info("%d update(s) in hand left to the other replicas", len(self._held))
        except RedisError as exc:
            logger.warning(
                "Could not hand back the updates in hand (%s); they are taken after the timeout", exc
            )
        finally:
            await self.redis.aclose()

    # -- the consumer ----------------------------------------------------------------------------------
    def _submit(self, pump: UpdatePump, entries: list[Any]) -> int:
        taken = 0
        for entry_id, fields in entries:
            if not fields:  # deleted while pending (finished elsewhere): nothing to answer
                continue
            update_id = int(fields[b"u"])
            if update_id in self._held:
                continue
            self._held[update_id] = _text(entry_id)
            pump.submit(RawUpdate(update_id, _text(fields[b"p"])))
            taken += 1
        return taken

    async def _touch(self) -> None:
        """Reset the idle time of the entries this replica is still working on."""
        if self._held:
            await self.redis.xclaim(
                self.stream, GROUP, self.consumer, 0, list(self._held.values()), justid=True
            )

    async def _claim(self, pump: UpdatePump) -> None:
        start = "0-0"
        idle_ms = int(self.claim_after * 1000)
        while True:
            reply = await self.redis.xautoclaim(
                self.stream, GROUP, self.consumer, idle_ms, start_id=start, count=READ_BATCH
            )
            start, entries = _text(reply[0]), reply[1]
            if entries:
                taken = self._submit(pump, entries)
                if taken:
                    self.claimed += taken
                    logger.warning(
                        "Took over %d update(s) left pending by another replica for %.0f s",
                        taken,
                        self.claim_after,
                    )
            if start == "0-0":
                return

    async def _heartbeat(self, stop: asyncio.Event) -> None:
        """Touch the entries in hand every claim_after / 5 seconds, apart from the reading loop."""
        while not stop.is_set():
            with suppress(RedisError):
                await self._touch()
            with suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), self.claim_after / 5)

    async def consume(self, pump: UpdatePump, stop: asyncio.Event, *, block: float = 0.5) -> None:
        """Hand entries of the group to `pump` until `stop` is set (redis errors back off, never end it)."""
        heartbeat = asyncio.create_task(self._heartbeat(stop), name="redis-heartbeat")
        try:
            await self._consume(pump, stop, block)
        finally:
            heartbeat.cancel()
            with suppress(asyncio.CancelledError):
                await heartbeat

    async def _consume(self, pump: UpdatePump, stop: asyncio.Event, block: float) -> None:
        streams: dict[Any, Any] = {self.stream: "0"}  # first this consumer's own pending entries
        loop = asyncio.get_running_loop()
        next_claim = 0.0
        failures = 0
        while not stop.is_set():
            try:
                now = loop.time()
                if now >= next_claim:
                    await self._claim(pump)
                    next_claim = now + min(self.claim_after / 2, CLAIM_EVERY)
                if len(self._held) >= MAX_HELD:
                    await asyncio.sleep(0.05)
                    continue
                reply: Any = await self.redis.xreadgroup(
                    GROUP, self.consumer, streams, count=READ_BATCH, block=int(block * 1000)
                )
                entries = [entry for _, batch in reply or [] for entry in batch]
                self._submit(pump, entries)
                if streams[self.stream] != ">":  # own pending entries: page on until none is left
                    streams[self.stream] = _text(entries[-1][0]) if entries else ">"
                if failures:
                    logger.info("Reading updates from Redis again after %d failure(s)", failures)
                    failures = 0
            except RedisError as exc:
                failures += 1
                delay = min(10.0, 0.5 * 2 ** min(failures, 5))
                logger.warning("Redis unavailable (%s); retrying in %.1f s", type(exc).__name__, delay)
                with suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), delay)
