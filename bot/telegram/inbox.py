"""The durable inbox: every update is on disk before Telegram is told it arrived.

Polling (and the webhook) put each update into the inbox and only then confirm it to Telegram (the
next getUpdates offset, the webhook's 200). Handling reads from there and marks the update finished
once its reply went out, so a restart, SIGTERM or even SIGKILL loses nothing: unfinished updates are
handled first on the next start, and a finished one is never answered again (only a send cut off in
flight by a crash may repeat).

`Inbox` is the small protocol the rest of the adapter sees; `SqliteInbox` keeps it in one SQLite file
(WAL, committed before `add` returns), with every call on one dedicated thread so the event loop
never waits for the disk. Another backend (Redis Streams) only has to implement the protocol.

Privacy: a finished update's payload is erased at once; finished rows (the id only) are kept a day
to recognise a redelivery, updates set aside (unparseable) keep their payload for a week so an
operator can look at them, then go.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TypeVar

T = TypeVar("T")

KEEP_FINISHED_SECONDS = 24 * 3600  # Telegram keeps unconfirmed updates for 24 hours
KEEP_SET_ASIDE_SECONDS = 7 * 24 * 3600

_SCHEMA = """
CREATE TABLE IF NOT EXISTS inbox (
    update_id INTEGER PRIMARY KEY,
    received  REAL    NOT NULL,
    state     TEXT    NOT NULL CHECK (state IN ('pending', 'done', 'aside')),
    payload   TEXT                         -- the update's JSON; NULL once done
)
"""


@dataclass(frozen=True)
class RawUpdate:
    """An update as Telegram sent it: its id and its JSON text (not parsed yet)."""

    update_id: int
    payload: str


class InboxError(Exception):
    """The inbox could not store or read updates (disk full, unwritable file...)."""


class Inbox(Protocol):
    async def add(self, updates: Sequence[RawUpdate]) -> list[RawUpdate]:
        """Store durably (committed on return); returns the updates it did not hold before."""
        ...

    async def unfinished(self) -> list[RawUpdate]:
        """Updates stored but not finished, oldest first (handled first after a restart)."""
        ...

    async def finish(self, update_id: int) -> None:
        """The update was handled (its reply sent): never hand it out again."""
        ...

    async def set_aside(self, update_id: int) -> None:
        """The update cannot be parsed: keep it, marked, and never hand it out again."""
        ...

    async def next_offset(self) -> int | None:
        """The getUpdates offset that confirms everything stored, or None when the inbox is empty."""
        ...

    async def close(self) -> None: ...


class SqliteInbox:
    """`Inbox` in a SQLite file. Open it with `await SqliteInbox.open(path)`."""

    def __init__(self, path: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self.clock = clock
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="inbox")
        self._conn: sqlite3.Connection | None = None
        self._finished: list[int] = []
        self._flush: asyncio.Future[None] | None = None

    @classmethod
    async def open(cls, path: Path) -> SqliteInbox:
        inbox = cls(path)
        try:
            await inbox._run(inbox._open)
        except BaseException:
            inbox._executor.shutdown(wait=False)
            raise
        return inbox

    async def _run(self, call: Callable[[], T]) -> T:
        try:
            return await asyncio.get_running_loop().run_in_executor(self._executor, call)
        except (sqlite3.Error, OSError) as exc:
            raise InboxError(f"{type(exc).__name__}: {exc}") from exc

    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            raise InboxError("the inbox is closed")
        return self._conn

    def _open(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=5, isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")  # WAL + NORMAL: a commit survives a crash
            conn.execute("PRAGMA secure_delete = ON")  # erased payloads do not linger in free pages
            conn.execute(_SCHEMA)
            now = self.clock()
            conn.execute(
                "DELETE FROM inbox WHERE (state = 'done' AND received < ?)"
                " OR (state = 'aside' AND received < ?)",
                (now - KEEP_FINISHED_SECONDS, now - KEEP_SET_ASIDE_SECONDS),
            )
        except BaseException:
            conn.close()
            raise
        self._conn = conn

    async def add(self, updates: Sequence[RawUpdate]) -> list[RawUpdate]:
        if not updates:
            return []

        def add() -> list[RawUpdate]:
            db = self._db()
            now = self.clock()
            new = []
            db.execute("BEGIN IMMEDIATE")
            try:
                for update in updates:
                    cursor = db.execute(
                        "INSERT OR IGNORE INTO inbox (update_id, received, state, payload)"
                        " VALUES (?, ?, 'pending', ?)",
                        (update.update_id, now, update.payload),
                    )
                    if cursor.rowcount == 1:
                        new.append(update)
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")
            return new

        return await self._run(add)

    async def unfinished(self) -> list[RawUpdate]:
        def read() -> list[RawUpdate]:
            rows = self._db().execute(
                "SELECT update_id, payload FROM inbox WHERE state = 'pending' ORDER BY update_id"
            )
            return [RawUpdate(update_id, payload) for update_id, payload in rows]

        return await self._run(read)

    async def _mark(self, update_id: int, state: str, keep_payload: bool) -> None:
        sql = "UPDATE inbox SET state = ?" + ("" if keep_payload else ", payload = NULL")
        await self._run(lambda: self._db().execute(sql + " WHERE update_id = ?", (state, update_id)))

    async def finish(self, update_id: int) -> None:
        """Group commit: marks arriving while one is written go together in the next transaction, so
        hundreds of replies finishing at once are marked within one or two commits."""
        self._finished.append(update_id)
        if self._flush is None:
            self._flush = asyncio.ensure_future(self._flush_finished())
        await asyncio.shield(self._flush)

    async def _flush_finished(self) -> None:
        try:
            await asyncio.sleep(0)  # let the marks of this moment join
            while self._finished:
                batch, self._finished = self._finished, []

                def write(ids: list[int] = batch) -> None:
                    db = self._db()
                    db.execute("BEGIN IMMEDIATE")
                    try:
                        db.executemany(
                            "UPDATE inbox SET state = 'done', payload = NULL WHERE update_id = ?",
                            [(update_id,) for update_id in ids],
                        )
                    except BaseException:
                        db.execute("ROLLBACK")
                        raise
                    db.execute("COMMIT")

                await self._run(write)
        finally:
            self._flush = None

    async def set_aside(self, update_id: int) -> None:
        await self._mark(update_id, "aside", keep_payload=True)

    async def next_offset(self) -> int | None:
        def read() -> int | None:
            (highest,) = self._db().execute("SELECT MAX(update_id) FROM inbox").fetchone()
            return None if highest is None else int(highest) + 1

        return await self._run(read)

    async def counts(self) -> dict[str, int]:
        """How many updates are in each state (for logs and tests)."""

        def read() -> dict[str, int]:
            rows = self._db().execute("SELECT state, COUNT(*) FROM inbox GROUP BY state")
            return dict(rows)

        return await self._run(read)

    async def close(self) -> None:
        def close() -> None:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

        try:
            await self._run(close)
        finally:
            self._executor.shutdown(wait=False)
