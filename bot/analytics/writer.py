"""Analytics that can fail alone: one writer thread behind a bounded queue.

The bot records replies and votes by putting them on a queue (never waiting); one thread writes them
in batches (up to BATCH rows a transaction). If the database cannot be used — a SQLite file locked
by another process, read-only, corrupt, a directory, a full disk; a PostgreSQL server down or
unreachable; a newer schema — at start or later, the bot starts and answers anyway: one warning is
logged, events wait in the bounded queue (the oldest are dropped once it is full, with one warning),
and the thread tries again every `retry_every` seconds, logging once when recording resumes. Votes
are acknowledged at once whatever the database does.

`available` says whether the last attempt worked; the dispatcher gives handlers no stats source while
it is False, so /stats says plainly that statistics are unavailable (as it does when reading fails).
The database layer (SQLAlchemy) is imported by the thread, not by whoever imports this module.
"""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from bot.analytics.models import PendingReply, PendingVote, Stats, StatsUnavailableError
from bot.qa.models import Reply

if TYPE_CHECKING:
    from bot.analytics.store import AnalyticsStore

logger = logging.getLogger(__name__)

BATCH = 100
MAX_PENDING = 10_000
Event = PendingReply | PendingVote


def describe(exc: BaseException) -> str:
    """`Type: message` of the driver's error (not SQLAlchemy's wrapper with its SQL), first line."""
    cause = getattr(exc, "orig", None) or exc
    message = str(cause).strip().splitlines()
    return f"{type(cause).__name__}: {message[0] if message else ''}"


class AnalyticsWriter:
    """FeedbackSink, AnswerLog and StatsSource in front of an AnalyticsStore opened by `open_store`."""

    background = True  # serve() does not wrap it in another background writer

    def __init__(
        self,
        open_store: Callable[[], AnalyticsStore],
        *,
        max_pending: int = MAX_PENDING,
        retry_every: float = 30.0,
        where: str = "",
    ) -> None:
        self._open_store = open_store
        self._retry_every = retry_every
        self._where = where
        self._queue: collections.deque[Event] = collections.deque(maxlen=max_pending)
        self._cond = threading.Condition()
        self._closing = False
        self._store: AnalyticsStore | None = None
        self.available = False
        self._failing = False
        self.dropped = 0
        self.written = 0
        self._thread = threading.Thread(target=self._work, name="analytics-writer", daemon=True)
        self._thread.start()

    # -- what handlers call (never blocks) ---------------------------------------------------------

    def _put(self, event: Event) -> None:
        with self._cond:
            if len(self._queue) == self._queue.maxlen:
                self.dropped += 1
                if self.dropped == 1:
                    logger.warning("Analytics writer is behind; the oldest events are not recorded")
            self._queue.append(event)
            self._cond.notify()

    def record_reply(self, chat_type: str, reply: Reply) -> None:
        self._put(PendingReply(chat_type, reply, dt.datetime.now(dt.UTC)))

    def record_feedback(
        self, user_id: int, message_key: str, entry_id: str | None, vote: int, *, update_id: int | None = None
    ) -> bool:
        """Queued, acknowledged at once; the later press per person and message wins (by `update_id`,
        whatever order the writers of several replicas commit in)."""
        if vote not in (1, -1):
            raise ValueError(f"vote must be +1 or -1, got {vote!r}")
        self._put(PendingVote(user_id, message_key, entry_id, vote, dt.datetime.now(dt.UTC), update_id))
        return True

    def stats(self, limit: int = 10) -> Stats:
        """Statistics, or StatsUnavailableError while the database cannot be read."""
        store = self._store
        if store is None:
            raise StatsUnavailableError("analytics are unavailable")
        try:
            return store.stats(limit)
        except Exception as exc:
            logger.warning("Analytics: statistics could not be read (%s)", describe(exc))
            raise StatsUnavailableError(describe(exc)) from exc

    @property
    def pending(self) -> int:
        return len(self._queue)

    # -- the writer thread -------------------------------------------------------------------------

    def _fail(self, what: str, exc: BaseException) -> None:
        self.available = False
        if not self._failing:
            self._failing = True
            logger.warning(
                "Analytics unavailable (%s%s: %s); the bot answers without recording, retrying every %.0f s",
                what,
                self._where,
                describe(exc),
                self._retry_every,
            )
        if self._store is not None:
            with contextlib.suppress(Exception):
                self._store.close()
            self._store = None

    def _ensure_store(self) -> AnalyticsStore | None:
        """The open store, opening it when needed; None (logged) while it cannot be opened."""
        if self._store is not None:
            return self._store
        try:
            self._store = self._open_store()
        except Exception as exc:  # whatever the database does, the bot goes on answering
            self._fail("cannot open", exc)
            return None
        if self._failing:
            logger.info("Analytics recording resumed")
            self._failing = False
        self.available = True
        return self._store

    def _work(self) -> None:
        self._ensure_store()
        while True:
            with self._cond:
                while not self._queue and not self._closing:
                    self._cond.wait(self._retry_every if self._store is None else None)
                    if self._store is None:
                        break
                if self._closing and not self._queue:
                    return
                batch = [self._queue.popleft() for _ in range(min(BATCH, len(self._queue)))]
            store = self._ensure_store()
            if store is None:
                self._requeue(batch)
                if self._wait_or_close(self._retry_every):
                    return
                continue
            try:
                store.record_many(
                    [e for e in batch if isinstance(e, PendingReply)],
                    [e for e in batch if isinstance(e, PendingVote)],
                )
                self.written += len(batch)
            except Exception as exc:
                self._fail("cannot write", exc)
                self._requeue(batch)
                if self._wait_or_close(self._retry_every):
                    return

    def _requeue(self, batch: list[Event]) -> None:
        with self._cond:
            room = (self._queue.maxlen or 0) - len(self._queue)
            keep = batch[-room:] if room > 0 else []
            self.dropped += len(batch) - len(keep)
            self._queue.extendleft(reversed(keep))

    def _wait_or_close(self, seconds: float) -> bool:
        """Sleep until the retry (or close); True when closing: what is queued is given up."""
        with self._cond:
            if not self._closing:
                self._cond.wait(seconds)
            return self._closing and self._store is None

    def close(self, timeout: float = 10.0) -> None:
        """Write what is queued (waiting up to `timeout` seconds), then stop and close the store."""
        with self._cond:
            self._closing = True
            self._cond.notify_all()
        self._thread.join(timeout)
        if self._thread.is_alive() or self._queue:
            logger.warning("Analytics: %d event(s) not recorded at shutdown", len(self._queue))
        store, self._store = self._store, None
        if store is not None and not self._thread.is_alive():
            store.close()
