"""Anonymous usage analytics and answer feedback in a local SQLite file.

What is stored: time (UTC), chat *type*, reply kind, entry id, score; the question text only when
the bot had no answer (so curators can add one), after redaction (bot/analytics/redact.py: names,
@handles, phones, e-mails, ИИН/БИН, card numbers become placeholders), cut to 500 characters;
votes keyed by an HMAC of
user id + message key. Never a user id, chat id, username or name. Rows older than the retention
period are deleted on open, hourly while recording, and before computing stats; `secure_delete`
overwrites them in the file instead of leaving them in free pages.

One connection (`check_same_thread=False`) guarded by a lock: calls are short, so asyncio handlers
may call the methods directly or through `asyncio.to_thread`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import logging
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Self, get_args

from pydantic import SecretStr

from bot.analytics.models import EntryCount, EntryFeedback, Stats, UnansweredQuestion
from bot.analytics.redact import redact
from bot.analytics.schema import migrate
from bot.qa.models import Reply, ReplyKind
from bot.textfit import collapse_ws, shorten

if TYPE_CHECKING:
    from bot.settings import Settings

log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 500
CHAT_TYPES = frozenset({"private", "group", "supergroup", "channel", "inline", "console"})
KINDS: tuple[str, ...] = get_args(ReplyKind)
PURGE_EVERY_SECONDS = 3600
DEFAULT_SECRET = "change-me"


@dataclass(frozen=True)
class PendingReply:
    chat_type: str
    reply: Reply
    at: dt.datetime


@dataclass(frozen=True)
class PendingVote:
    user_id: int
    message_key: str
    entry_id: str | None
    vote: int
    at: dt.datetime


def _epoch(now: dt.datetime | None) -> int:
    """Unix seconds; a naive `now` is taken to be UTC."""
    if now is None:
        now = dt.datetime.now(dt.UTC)
    elif now.tzinfo is None:
        now = now.replace(tzinfo=dt.UTC)
    return int(now.timestamp())


def _from_epoch(ts: int) -> dt.datetime:
    return dt.datetime.fromtimestamp(ts, dt.UTC)


def _clean_question(text: str) -> str:
    return shorten(redact(collapse_ws(text)), MAX_QUESTION_CHARS)


class AnalyticsStore:
    """See the module docstring. Usable as a context manager; `close()` is idempotent."""

    def __init__(
        self, path: Path | str, *, secret: SecretStr | str | bytes, retention_days: int = 90
    ) -> None:
        if isinstance(secret, SecretStr):
            secret = secret.get_secret_value()
        self._secret = secret.encode() if isinstance(secret, str) else bytes(secret)
        if not self._secret:
            raise ValueError("feedback secret must not be empty")
        if self._secret == DEFAULT_SECRET.encode():
            log.warning(
                "FEEDBACK_SECRET is the default; set a random value so votes cannot be linked to users"
            )
        if retention_days < 1:
            raise ValueError(f"retention_days must be at least 1, got {retention_days}")
        self.retention_days = retention_days
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = sqlite3.connect(
            self.path, timeout=10, isolation_level=None, check_same_thread=False
        )
        try:
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA secure_delete = ON")
            migrate(self._conn)
        except BaseException:
            self._conn.close()
            raise
        self._next_purge = 0
        self.purge_expired()

    @classmethod
    def from_settings(cls, settings: Settings) -> Self:
        return cls(
            settings.analytics_db,
            secret=settings.feedback_secret,
            retention_days=settings.analytics_retention_days,
        )

    # -- lifecycle ---------------------------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @contextmanager
    def _tx(self, *, write: bool = True) -> Iterator[sqlite3.Connection]:
        """Locked transaction, rolled back on error; `write` takes the write lock up front."""
        with self._lock:
            if self._conn is None:
                raise RuntimeError("AnalyticsStore is closed")
            self._conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    # -- writing -----------------------------------------------------------------------------------

    def record_reply(self, chat_type: str, reply: Reply, *, now: dt.datetime | None = None) -> None:
        """Log one answered (or not) question. Unknown chat types are stored as "other"."""
        ts = _epoch(now)
        chat_type = chat_type if chat_type in CHAT_TYPES else "other"
        question = _clean_question(reply.query) if reply.kind == "none" else None
        with self._tx() as conn:
            conn.execute(
                "INSERT INTO replies (ts, chat_type, kind, entry_id, score, question)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (ts, chat_type, reply.kind, reply.entry_id, reply.score, question or None),
            )
        self._maybe_purge(ts)

    def record_many(self, replies: Sequence[PendingReply], votes: Sequence[PendingVote]) -> None:
        """Write many replies and votes in one transaction (100 rows a commit cost about what one
        does), votes in their order, so the latest press still wins."""
        rows = [
            (
                _epoch(item.at),
                item.chat_type if item.chat_type in CHAT_TYPES else "other",
                item.reply.kind,
                item.reply.entry_id,
                item.reply.score,
                (_clean_question(item.reply.query) or None) if item.reply.kind == "none" else None,
            )
            for item in replies
        ]
        with self._tx() as conn:
            conn.executemany(
                "INSERT INTO replies (ts, chat_type, kind, entry_id, score, question)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                rows,
            )
            for vote in votes:
                conn.execute(
                    "INSERT INTO feedback (ts, voter_key, entry_id, vote) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT (voter_key) DO UPDATE SET ts = excluded.ts,"
                    " entry_id = excluded.entry_id, vote = excluded.vote",
                    (
                        _epoch(vote.at),
                        self.voter_key(vote.user_id, vote.message_key),
                        vote.entry_id,
                        vote.vote,
                    ),
                )
        if rows or votes:
            self._maybe_purge(_epoch(None))

    def voter_key(self, user_id: int, message_key: str) -> bytes:
        """HMAC-SHA256(secret, "user_id:message_key"): unique per vote, not reversible without the secret."""
        return hmac.new(self._secret, f"{user_id}:{message_key}".encode(), hashlib.sha256).digest()

    def record_feedback(
        self,
        user_id: int,
        message_key: str,
        entry_id: str | None,
        vote: int,
        *,
        now: dt.datetime | None = None,
    ) -> bool:
        """Store a +1/-1 vote. One vote per user and message, and the latest press wins: a different
        vote replaces the earlier one (True), the same vote again changes nothing (False, "already").
        Callers keep a user's presses in their order (the dispatcher serializes each user's updates)."""
        if vote not in (1, -1):
            raise ValueError(f"vote must be +1 or -1, got {vote!r}")
        ts = _epoch(now)
        with self._tx() as conn:
            cursor = conn.execute(
                "INSERT INTO feedback (ts, voter_key, entry_id, vote) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (voter_key) DO UPDATE SET ts = excluded.ts, entry_id = excluded.entry_id,"
                " vote = excluded.vote WHERE feedback.vote != excluded.vote",
                (ts, self.voter_key(user_id, message_key), entry_id, int(vote)),
            )
            counted = cursor.rowcount == 1
        self._maybe_purge(ts)
        return counted

    def purge_expired(self, now: dt.datetime | None = None) -> int:
        """Delete replies and votes older than the retention period; returns how many rows went."""
        ts = _epoch(now)
        cutoff = ts - self.retention_days * 86_400
        with self._tx() as conn:
            deleted = conn.execute("DELETE FROM replies WHERE ts < ?", (cutoff,)).rowcount
            deleted += conn.execute("DELETE FROM feedback WHERE ts < ?", (cutoff,)).rowcount
        self._next_purge = max(self._next_purge, ts + PURGE_EVERY_SECONDS)
        if deleted:
            log.info("analytics: purged %d rows older than %d days", deleted, self.retention_days)
        return deleted

    def _maybe_purge(self, ts: int) -> None:
        if ts >= self._next_purge:
            self.purge_expired(_from_epoch(ts))

    # -- reading -----------------------------------------------------------------------------------

    def stats(self, limit: int = 10, *, now: dt.datetime | None = None) -> Stats:
        """Aggregate everything within the retention period (expired rows are purged first)."""
        self.purge_expired(now)
        with self._tx(write=False) as conn:  # one read transaction: a consistent snapshot
            return self._stats(conn, limit, _epoch(now))

    def _stats(self, conn: sqlite3.Connection, limit: int, ts: int) -> Stats:
        by_kind = dict.fromkeys(KINDS, 0)
        by_kind.update(conn.execute("SELECT kind, COUNT(*) FROM replies GROUP BY kind").fetchall())
        by_chat_type = dict(
            conn.execute(
                "SELECT chat_type, COUNT(*) AS n FROM replies GROUP BY chat_type ORDER BY n DESC, chat_type"
            ).fetchall()
        )
        total = sum(by_kind.values())
        questions = total - by_kind["smalltalk"]
        top = conn.execute(
            "SELECT entry_id, COUNT(*) AS n FROM replies WHERE kind = 'answer' AND entry_id IS NOT NULL"
            " GROUP BY entry_id ORDER BY n DESC, entry_id LIMIT ?",
            (limit,),
        ).fetchall()
        unanswered = conn.execute(
            "SELECT question, COUNT(*) AS n, MAX(ts) AS last FROM replies"
            " WHERE kind = 'none' AND question IS NOT NULL"
            " GROUP BY question ORDER BY n DESC, last DESC, question LIMIT ?",
            (limit,),
        ).fetchall()
        (distinct,) = conn.execute(
            "SELECT COUNT(DISTINCT question) FROM replies WHERE kind = 'none'"
        ).fetchone()
        feedback = conn.execute(
            "SELECT entry_id, SUM(vote = 1), SUM(vote = -1) FROM feedback"
            " GROUP BY entry_id ORDER BY COUNT(*) DESC, entry_id IS NULL, entry_id LIMIT ?",
            (limit,),
        ).fetchall()
        up, down = conn.execute(
            "SELECT COALESCE(SUM(vote = 1), 0), COALESCE(SUM(vote = -1), 0) FROM feedback"
        ).fetchone()
        first, last = conn.execute(
            "SELECT MIN(t), MAX(t) FROM (SELECT ts AS t FROM replies UNION ALL SELECT ts FROM feedback)"
        ).fetchone()
        return Stats(
            generated_at=_from_epoch(ts),
            retention_days=self.retention_days,
            period_start=None if first is None else _from_epoch(first),
            period_end=None if last is None else _from_epoch(last),
            total_questions=total,
            by_kind=by_kind,
            by_chat_type=by_chat_type,
            answer_rate=by_kind["answer"] / questions if questions else None,
            top_entries=tuple(EntryCount(entry_id=e, count=n) for e, n in top),
            unanswered=tuple(
                UnansweredQuestion(text=q, count=n, last_seen=_from_epoch(t)) for q, n, t in unanswered
            ),
            unanswered_distinct=distinct,
            feedback=tuple(EntryFeedback(entry_id=e, up=u, down=d) for e, u, d in feedback),
            feedback_up=up,
            feedback_down=down,
        )
