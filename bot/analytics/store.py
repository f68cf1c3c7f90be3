"""Anonymous usage analytics and answer feedback, in a SQLite file or on a PostgreSQL server.

What is stored: time (UTC), chat *type*, reply kind, entry id, score; the question text only when
the bot had no answer (so curators can add one), after redaction (bot/analytics/redact.py: names,
@handles, phones, e-mails, ИИН/БИН, card numbers become placeholders), cut to 500 characters;
votes keyed by an HMAC of user id + message key, with Telegram's number of the press (update_id, a
per-bot counter that orders presses; no report shows it). Never a user id, chat id, username or
name. Rows older than the retention period are deleted on open, hourly while recording, and before
computing stats (SQLite's `secure_delete` overwrites them in the file).

Every statement is SQLAlchemy Core over bot/analytics/tables.py, the same for both backends; the
schema is migrated on open (bot/analytics/schema.py). Connections come from the engine's pool, so
threads may call the methods at once; each call is one short transaction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import logging
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, get_args

from pydantic import SecretStr
from sqlalchemy import (
    Connection,
    Engine,
    Insert,
    Select,
    and_,
    delete,
    func,
    insert,
    or_,
    select,
    union_all,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError

from bot.analytics.db import open_engine, transaction
from bot.analytics.location import Location, parse_location
from bot.analytics.models import (
    EntryCount,
    EntryFeedback,
    PendingReply,
    PendingVote,
    Stats,
    UnansweredQuestion,
)
from bot.analytics.redact import redact
from bot.analytics.schema import migrate
from bot.analytics.tables import feedback, replies
from bot.qa.models import Reply, ReplyKind
from bot.textfit import collapse_ws, shorten

if TYPE_CHECKING:
    from bot.settings import Settings

log = logging.getLogger(__name__)

__all__ = ["STORE_ERRORS", "AnalyticsStore", "PendingReply", "PendingVote", "read_unanswered"]

MAX_QUESTION_CHARS = 500
CHAT_TYPES = frozenset({"private", "group", "supergroup", "channel", "inline", "console"})
KINDS: tuple[str, ...] = get_args(ReplyKind)
PURGE_EVERY_SECONDS = 3600
DEFAULT_SECRET = "change-me"
# What an unusable database raises (down, unreachable, locked, read-only, corrupt, full, newer schema).
STORE_ERRORS = (SQLAlchemyError, sqlite3.Error, OSError, RuntimeError)
# Telegram numbers a bot's updates in order, but after a week without any it starts again from a
# random number: a vote stored this long (seconds) before a new press never outranks it.
RENUMBERED_AFTER = 6 * 86_400
# INSERT … ON CONFLICT is written once; each dialect's insert() renders it for its database.
_UPSERTS: dict[str, Callable[..., Any]] = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}


def _epoch(now: dt.datetime | None) -> int:
    """Unix seconds; a naive `now` is taken to be UTC."""
    if now is None:
        now = dt.datetime.now(dt.UTC)
    elif now.tzinfo is None:
        now = now.replace(tzinfo=dt.UTC)
    return int(now.timestamp())


def _from_epoch(ts: int) -> dt.datetime:
    return dt.datetime.fromtimestamp(ts, dt.UTC)


def _clean_question(text: str) -> str | None:
    """Redacted, whitespace-collapsed, shortened; without NUL and lone surrogates, which neither
    database can store (a question is the only free text that reaches the database)."""
    text = text.replace("\x00", " ").encode("utf-8", "replace").decode("utf-8")
    return shorten(redact(collapse_ws(text)), MAX_QUESTION_CHARS) or None


def _reply_row(chat_type: str, reply: Reply, at: dt.datetime | None) -> dict[str, Any]:
    """Unknown chat types are stored as "other"; the question only when there was no answer."""
    return {
        "ts": _epoch(at),
        "chat_type": chat_type if chat_type in CHAT_TYPES else "other",
        "kind": reply.kind,
        "entry_id": reply.entry_id,
        "score": reply.score,
        "question": _clean_question(reply.query) if reply.kind == "none" else None,
    }


def _vote_upsert(dialect: str, *, only_if_changed: bool) -> Insert:
    """INSERT … ON CONFLICT (voter_key) DO UPDATE, built once per store: a stored vote is replaced only
    by a later press; `only_if_changed` also needs a different vote (the same vote again writes nothing)
    and returns the row it wrote.

    Later: Telegram's update_id grows in the order presses reached it, whichever replica writes first.
    Without a number on either side the later write wins (rows of revision 0001, callers without one);
    a press stored RENUMBERED_AFTER before the incoming one gives way whatever the numbers."""
    statement = _UPSERTS[dialect](feedback)
    new, stored = statement.excluded, feedback.c
    later = or_(
        new.update_id.is_(None),
        stored.update_id.is_(None),
        new.update_id > stored.update_id,
        stored.ts <= new.ts - RENUMBERED_AFTER,
    )
    upsert: Insert = statement.on_conflict_do_update(
        index_elements=[stored.voter_key],
        set_={"ts": new.ts, "entry_id": new.entry_id, "vote": new.vote, "update_id": new.update_id},
        where=and_(later, stored.vote != new.vote) if only_if_changed else later,
    )
    return upsert.returning(stored.id) if only_if_changed else upsert


def _unanswered(since: int) -> Select[str, int, int]:
    """Unanswered question texts with how often and when last each was asked."""
    n = func.count().label("n")
    return (
        select(replies.c.question, n, func.max(replies.c.ts).label("last"))
        .where(replies.c.kind == "none", replies.c.question.is_not(None), replies.c.ts >= since)
        .group_by(replies.c.question)
    )


class AnalyticsStore:
    """See the module docstring. Usable as a context manager; `close()` is idempotent."""

    def __init__(
        self, location: Location, *, secret: SecretStr | str | bytes, retention_days: int = 90
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
        self.location = parse_location(location)
        self._engine: Engine | None = open_engine(self.location)
        dialect = self._engine.dialect.name
        self._replace_vote = _vote_upsert(dialect, only_if_changed=False)
        self._change_vote = _vote_upsert(dialect, only_if_changed=True)
        self._next_purge = 0
        try:
            with transaction(self._engine) as conn:
                migrate(conn)
            self.purge_expired()
        except BaseException:
            self.close()
            raise

    @classmethod
    def from_settings(cls, settings: Settings) -> Self:
        return cls(
            settings.analytics_db,
            secret=settings.feedback_secret,
            retention_days=settings.analytics_retention_days,
        )

    # -- lifecycle ---------------------------------------------------------------------------------

    def close(self) -> None:
        engine, self._engine = self._engine, None
        if engine is not None:
            engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _live(self) -> Engine:
        if self._engine is None:
            raise RuntimeError("AnalyticsStore is closed")
        return self._engine

    @contextmanager
    def _tx(self, *, write: bool = True) -> Iterator[Connection]:
        with transaction(self._live(), write=write) as conn:
            yield conn

    # -- writing -----------------------------------------------------------------------------------

    def record_reply(self, chat_type: str, reply: Reply, *, now: dt.datetime | None = None) -> None:
        """Log one answered (or not) question."""
        self.record_many([PendingReply(chat_type, reply, now or dt.datetime.now(dt.UTC))], [])

    def record_many(self, answers: Sequence[PendingReply], votes: Sequence[PendingVote]) -> None:
        """Write many replies and votes in one transaction (100 rows a commit cost about what one
        does); a vote replaces the stored one only when its press came later (`_vote_upsert`)."""
        rows = [_reply_row(item.chat_type, item.reply, item.at) for item in answers]
        pressed = [self._vote_row(vote) for vote in votes]
        with self._tx() as conn:
            if rows:
                conn.execute(insert(replies), rows)
            if pressed:  # executemany runs them one after the other, in this order
                conn.execute(self._replace_vote, pressed)
        if rows or votes:
            self._maybe_purge(_epoch(None))

    def voter_key(self, user_id: int, message_key: str) -> bytes:
        """HMAC-SHA256(secret, "user_id:message_key"): unique per vote, not reversible without the secret."""
        return hmac.new(self._secret, f"{user_id}:{message_key}".encode(), hashlib.sha256).digest()

    def _vote_row(self, vote: PendingVote) -> dict[str, Any]:
        return {
            "ts": _epoch(vote.at),
            "voter_key": self.voter_key(vote.user_id, vote.message_key),
            "entry_id": vote.entry_id,
            "vote": int(vote.vote),
            "update_id": vote.update_id,
        }

    def record_feedback(
        self,
        user_id: int,
        message_key: str,
        entry_id: str | None,
        vote: int,
        *,
        update_id: int | None = None,
        now: dt.datetime | None = None,
    ) -> bool:
        """Store a +1/-1 vote. One vote per user and message, and the later press wins: a different
        vote from a later press replaces the stored one (True); the same vote again, or a press older
        than the stored one (`update_id`: Telegram's number of the press), leaves the vote as it is
        (False, "already"). Without `update_id` the later call counts as the later press."""
        if vote not in (1, -1):
            raise ValueError(f"vote must be +1 or -1, got {vote!r}")
        at = now or dt.datetime.now(dt.UTC)
        row = self._vote_row(PendingVote(user_id, message_key, entry_id, vote, at, update_id))
        with self._tx() as conn:
            counted = conn.execute(self._change_vote, row).first() is not None
            if not counted:  # the same vote from a later press: the row now carries the later number
                conn.execute(self._replace_vote, row)
        self._maybe_purge(_epoch(at))
        return counted

    def purge_expired(self, now: dt.datetime | None = None) -> int:
        """Delete replies and votes older than the retention period; returns how many rows went."""
        ts = _epoch(now)
        cutoff = ts - self.retention_days * 86_400
        with self._tx() as conn:
            deleted = conn.execute(delete(replies).where(replies.c.ts < cutoff)).rowcount
            deleted += conn.execute(delete(feedback).where(feedback.c.ts < cutoff)).rowcount
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

    def _stats(self, conn: Connection, limit: int, ts: int) -> Stats:
        n = func.count().label("n")
        by_kind = dict.fromkeys(KINDS, 0)
        by_kind.update(conn.execute(select(replies.c.kind, n).group_by(replies.c.kind)).all())
        by_chat_type: dict[str, int] = dict(
            conn.execute(
                select(replies.c.chat_type, n)
                .group_by(replies.c.chat_type)
                .order_by(n.desc(), replies.c.chat_type)
            ).all()
        )
        total = sum(by_kind.values())
        questions = total - by_kind["smalltalk"]
        top = conn.execute(
            select(replies.c.entry_id, n)
            .where(replies.c.kind == "answer", replies.c.entry_id.is_not(None))
            .group_by(replies.c.entry_id)
            .order_by(n.desc(), replies.c.entry_id)
            .limit(limit)
        )
        unanswered = _unanswered(0).subquery()
        asked = conn.execute(
            select(unanswered)
            .order_by(unanswered.c.n.desc(), unanswered.c.last.desc(), unanswered.c.question)
            .limit(limit)
        )
        distinct = conn.execute(
            select(func.count(replies.c.question.distinct())).where(replies.c.kind == "none")
        ).scalar_one()
        up, down = func.count().filter(feedback.c.vote == 1), func.count().filter(feedback.c.vote == -1)
        votes = conn.execute(
            select(feedback.c.entry_id, up, down)
            .group_by(feedback.c.entry_id)
            .order_by(func.count().desc(), feedback.c.entry_id.asc().nulls_last())
            .limit(limit)
        )
        up_total, down_total = conn.execute(select(up, down)).one()
        times = union_all(select(replies.c.ts.label("t")), select(feedback.c.ts)).subquery()
        first, last = conn.execute(select(func.min(times.c.t), func.max(times.c.t))).one()
        return Stats(
            generated_at=_from_epoch(ts),
            retention_days=self.retention_days,
            period_start=None if first is None else _from_epoch(first),
            period_end=None if last is None else _from_epoch(last),
            total_questions=total,
            by_kind=by_kind,
            by_chat_type=by_chat_type,
            answer_rate=by_kind["answer"] / questions if questions else None,
            top_entries=tuple(EntryCount(entry_id=e, count=c) for e, c in top),
            unanswered=tuple(
                UnansweredQuestion(text=q, count=c, last_seen=_from_epoch(t)) for q, c, t in asked
            ),
            unanswered_distinct=distinct,
            feedback=tuple(EntryFeedback(entry_id=e, up=u, down=d) for e, u, d in votes),
            feedback_up=up_total,
            feedback_down=down_total,
        )


def read_unanswered(location: Location, retention_days: int) -> Counter[str]:
    """Unanswered question texts within the retention period with how often each was asked, read
    without writing anything (for `kb suggest`); a SQLite file that does not exist has none."""
    if isinstance(location, Path) and not location.is_file():
        return Counter()
    since = _epoch(None) - retention_days * 86_400
    engine = open_engine(location, read_only=True)
    try:
        with transaction(engine, write=False) as conn:
            rows = conn.execute(_unanswered(since)).all()
    finally:
        engine.dispose()
    return Counter({question: count for question, count, _ in rows})
