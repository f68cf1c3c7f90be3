"""Updates from Telegram through the durable inbox to the dispatcher.

aiogram's own polling confirms a batch (by asking for the next offset) before handling it, and a
batch it cannot parse stalls it for good. Here:

- `poll_into_inbox` fetches updates as raw JSON (getUpdates), hands them to the intake (throttled per
  sender, stored in the inbox, committed: intake.py), and only then asks for the next offset, which is
  what confirms them to Telegram. Network errors, 5xx, 429 and an inbox that cannot write (disk full)
  back off and try again without confirming.
- `UpdatePump` handles updates from the inbox: each one is parsed alone (one that aiogram cannot
  parse is set aside with one log line, without its content, and the others go on), fed to the
  dispatcher, and marked finished once the handler (its reply) is done. A reply Telegram did not
  take (network error, 5xx, 429) even after the session's retries leaves its update unfinished: it is
  handled again after a pause (its lane waits, the others go on), for up to RETRY_FOR. On stop, what
  does not finish within the grace is cancelled and stays in the inbox for the next start.
"""

from __future__ import annotations

import asyncio
import collections
import json
import logging
import random
from contextlib import suppress
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.exceptions import (
    ClientDecodeError,
    TelegramConflictError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
    TelegramUnauthorizedError,
)
from aiogram.methods import TelegramMethod
from aiogram.types import Update
from pydantic import ValidationError

from bot.telegram.inbox import Inbox, InboxError, RawUpdate
from bot.telegram.intake import Intake, Lane, lane_of, update_id_of
from bot.telegram.middlewares.outgoing import TRANSIENT

logger = logging.getLogger(__name__)

MAX_BACKOFF = 30.0
RETRY_FOR = 3600.0  # seconds an update whose reply Telegram keeps refusing is handled again


class GetRawUpdates(TelegramMethod[list[dict[str, Any]]]):
    """getUpdates whose result stays plain JSON: each update is parsed alone, later, so one that
    aiogram cannot parse does not fail (and stall) the whole batch."""

    __returning__ = list[dict[str, Any]]
    __api_method__ = "getUpdates"

    offset: int | None = None
    limit: int | None = None
    timeout: int | None = None
    allowed_updates: list[str] | None = None


class UpdatePump:
    """Handles updates from the inbox, fairly: one lane per sender and kind of update (messages,
    button presses, inline queries...), each lane one update at a time in arrival order, all lanes
    side by side. An account flooding the bot only lengthens its own lane; anyone else's update
    starts at once. On stop no lane takes a new update; what is not finished stays in the inbox."""

    def __init__(self, bot: Bot, dispatcher: Dispatcher, inbox: Inbox, *, backoff: float = 1.0) -> None:
        self.bot = bot
        self.dispatcher = dispatcher
        self.inbox = inbox
        self.backoff = backoff
        self._failures: dict[int, tuple[float, int]] = {}  # update_id -> (first failure, failures)
        self._lanes: dict[Lane | int, collections.deque[RawUpdate]] = {}
        self._held: set[int] = set()  # update_ids queued or in flight: never queued twice
        self._tasks: set[asyncio.Task[None]] = set()
        self._stopping = False
        self.set_aside = 0

    def submit(self, update: RawUpdate) -> None:
        if self._stopping or update.update_id in self._held:
            return
        self._held.add(update.update_id)
        try:
            lane: Lane | int | None = lane_of(json.loads(update.payload))
        except ValueError:
            lane = None
        key = update.update_id if lane is None else lane
        queue = self._lanes.get(key)
        if queue is not None:
            queue.append(update)
            return
        self._lanes[key] = collections.deque([update])
        task = asyncio.create_task(self._run_lane(key), name=f"lane-{key}")
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _run_lane(self, key: Lane | int) -> None:
        queue = self._lanes[key]
        try:
            while queue and not self._stopping:
                retry_in = await self._handle(queue[0])
                if retry_in is None:
                    self._held.discard(queue.popleft().update_id)
                else:  # first in its lane and pending in the inbox until it goes through
                    await asyncio.sleep(retry_in)
        finally:
            self._held.difference_update(raw.update_id for raw in queue)
            del self._lanes[key]

    async def _handle(self, raw: RawUpdate) -> float | None:
        """Handle one update; None when it is finished, else the seconds to wait before handling it
        again (a reply Telegram did not take, after the session's own retries)."""
        try:
            update = Update.model_validate_json(raw.payload, context={"bot": self.bot})
        except ValidationError as exc:
            self.set_aside += 1
            fields = sorted({".".join(str(p) for p in error["loc"][:2]) for error in exc.errors()})
            logger.warning(
                "Update %d set aside: it cannot be parsed (%d problem(s) in %s); polling goes on",
                raw.update_id,
                exc.error_count(),
                ", ".join(fields[:3]) or "the update",
            )
            await self._mark(self.inbox.set_aside, raw.update_id)
            return None
        try:
            await self.dispatcher.feed_update(self.bot, update)
        except TRANSIENT as exc:  # the errors handler leaves these to us: the reply is not lost
            if (retry_in := self._retry_in(raw.update_id, exc)) is not None:
                return retry_in
        except Exception:  # the errors handler already caught what a handler raised
            logger.exception("Update %d (%s) failed outside its handler", raw.update_id, update.event_type)
        self._failures.pop(raw.update_id, None)
        await self._mark(self.inbox.finish, raw.update_id)
        return None

    def _retry_in(self, update_id: int, exc: Exception) -> float | None:
        """Seconds until the update is handled again, or None once it has failed for RETRY_FOR."""
        now = asyncio.get_running_loop().time()
        first, failures = self._failures.get(update_id, (now, 0))
        if now - first > RETRY_FOR:
            logger.warning(
                "Update %d: its reply failed for %.0f min (%s); given up",
                update_id,
                RETRY_FOR / 60,
                type(exc).__name__,
            )
            return None
        self._failures[update_id] = (first, failures + 1)
        if isinstance(exc, TelegramRetryAfter):
            delay = float(exc.retry_after)
        else:
            delay = min(MAX_BACKOFF, self.backoff * 2 ** min(failures, 8)) * random.uniform(0.8, 1.2)
        logger.warning(
            "Update %d: its reply failed (%s) after the retries; handled again in %.1f s",
            update_id,
            type(exc).__name__,
            delay,
        )
        return delay

    @staticmethod
    async def _mark(mark: Any, update_id: int) -> None:
        try:
            await mark(update_id)
        except InboxError as exc:  # answered, but may be answered again after a restart
            logger.warning("Could not mark update %d as finished in the inbox: %s", update_id, exc)

    async def drain(self, within: float) -> int:
        """Take no new update; wait up to `within` seconds for those being handled, then cancel them
        (they stay in the inbox, unfinished). Returns how many were cancelled."""
        self._stopping = True
        waiting = sum(max(len(queue) - 1, 0) for queue in self._lanes.values())
        if waiting:
            logger.info("%d update(s) not started stay in the inbox for the next start", waiting)
        await asyncio.sleep(0)
        pending = {task for task in self._tasks if not task.done()}
        if not pending:
            return 0
        logger.info("Waiting up to %.1f s for %d update(s) in flight", within, len(pending))
        _, still = await asyncio.wait(pending, timeout=within) if within > 0 else (set(), pending)
        for task in still:
            task.cancel()
        if still:
            logger.warning(
                "%d update(s) did not finish within %.1f s; they stay in the inbox for the next start",
                len(still),
                within,
            )
            await asyncio.wait(still, timeout=1)
        return len(still)

    def cancel_all(self) -> None:
        self._stopping = True
        for task in list(self._tasks):
            task.cancel()


async def _sleep_unless(stop: asyncio.Event, seconds: float) -> None:
    with suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), seconds)


async def poll_into_inbox(
    bot: Bot,
    intake: Intake,
    *,
    stop: asyncio.Event,
    polling_timeout: int,
    allowed_updates: list[str] | None,
    backoff: float = 1.0,
) -> None:
    """Long-poll until `stop` is set. A getUpdates cut off by the stop confirms nothing: whatever it
    would have brought comes again after the restart."""
    offset = await intake.inbox.next_offset()
    failures = 0
    stopped = asyncio.create_task(stop.wait())
    try:
        while not stop.is_set():
            method = GetRawUpdates(offset=offset, timeout=polling_timeout, allowed_updates=allowed_updates)
            request = asyncio.create_task(bot(method, request_timeout=polling_timeout + 10))
            await asyncio.wait({request, stopped}, return_when=asyncio.FIRST_COMPLETED)
            if not request.done():
                request.cancel()
                with suppress(asyncio.CancelledError, Exception):
                    await request
                break
            try:
                batch = request.result()
                await intake.take(batch)  # stored and committed: only now may the next offset confirm them
            except (TelegramUnauthorizedError, TelegramConflictError):
                raise
            except TelegramRetryAfter as exc:
                logger.warning("getUpdates: flood limit, waiting %d s as Telegram asks", exc.retry_after)
                await _sleep_unless(stop, exc.retry_after)
                continue
            except (TelegramNetworkError, TelegramServerError, ClientDecodeError, InboxError) as exc:
                failures += 1
                delay = min(MAX_BACKOFF, backoff * 2 ** min(failures - 1, 8)) * random.uniform(0.8, 1.2)
                logger.warning(
                    "Could not take updates (%s), try %d again in %.1f s", type(exc).__name__, failures, delay
                )
                await _sleep_unless(stop, delay)
                continue
            if failures:
                logger.info("Taking updates again after %d failure(s)", failures)
                failures = 0
            if ids := [update_id for item in batch if (update_id := update_id_of(item)) is not None]:
                offset = max(ids) + 1
    finally:
        stopped.cancel()
