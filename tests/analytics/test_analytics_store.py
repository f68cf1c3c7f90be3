"""The analytics store on both backends (a SQLite file and a real PostgreSQL server): totals,
retention, votes, migrations (an existing SQLite file of the previous release is upgraded in place; a
newer schema is refused), several processes at once."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import inspect
import logging
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol, runtime_checkable
from unittest.mock import ANY

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from pydantic import SecretStr
from sqlalchemy import insert

from bot.analytics import AnalyticsStore
from bot.analytics.db import open_engine, transaction
from bot.analytics.location import Location
from bot.analytics.schema import SchemaTooNewError, alembic_config, head_revision
from bot.analytics.store import read_unanswered
from bot.analytics.tables import feedback, metadata
from bot.qa.models import Reply
from bot.settings import Settings
from tests.analytics.backends import SECRET, reply, rows

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)


def test_records_and_totals(store: AnalyticsStore) -> None:
    store.record_reply("private", reply("answer"))
    store.record_reply("private", reply("answer", entry_id="when_adopted"))
    store.record_reply("supergroup", reply("clarify", entry_id=None))
    store.record_reply("inline", reply("smalltalk", query="привет", entry_id=None))
    store.record_reply(
        "console",
        reply(
            "none",
            query="Что такое квазар?",
            entry_id=None,
        ),
    )

    stats = store.stats()

    assert stats.total_questions == 5
    assert stats.by_kind == {"answer": 2, "clarify": 1, "smalltalk": 1, "none": 1}
    assert stats.by_chat_type == {"private": 2, "console": 1, "inline": 1, "supergroup": 1}
    assert stats.answer_rate == pytest.approx(2 / 4)  # small talk is not a question
    assert stats.period_start is not None
    assert stats.period_end is not None
    assert stats.period_start <= stats.period_end
    assert stats.retention_days == 30


def test_empty_store_stats(store: AnalyticsStore) -> None:
    stats = store.stats()
    assert stats.is_empty
    assert stats.answer_rate is None
    assert stats.period_start is None
    assert stats.by_kind == {"answer": 0, "clarify": 0, "smalltalk": 0, "none": 0}


def test_unknown_chat_type_is_stored_as_other(store: AnalyticsStore, location: Location) -> None:
    store.record_reply("-1001234567890", reply())
    assert store.stats().by_chat_type == {"other": 1}
    assert rows(location, "SELECT chat_type FROM replies") == [("other",)]


def test_question_text_kept_only_when_unanswered(store: AnalyticsStore, location: Location) -> None:
    store.record_reply("private", reply("answer", query="ответили: кто подписал"))
    store.record_reply("private", reply("clarify", query="уточнили: когда"))
    store.record_reply("private", reply("smalltalk", query="привет, бот"))
    store.record_reply("private", reply("none", query="  Где   взять\nоригинал? ", entry_id=None))

    assert rows(location, "SELECT kind, question FROM replies ORDER BY id") == [
        ("answer", None),
        ("clarify", None),
        ("smalltalk", None),
        ("none", "Где взять оригинал?"),
    ]
    assert [q.text for q in store.stats().unanswered] == ["Где взять оригинал?"]


def test_unanswered_question_truncated_to_500(store: AnalyticsStore) -> None:
    store.record_reply("private", reply("none", query="я" * 2000, entry_id=None))
    (question,) = store.stats().unanswered
    assert len(question.text) == 500
    assert question.text.endswith("…")


def test_unanswered_most_frequent_first(store: AnalyticsStore) -> None:
    base = NOW - dt.timedelta(days=3)
    for i, text in enumerate(["редкий", "частый", "средний", "частый", "средний", "частый"]):
        store.record_reply(
            "private", reply("none", query=text, entry_id=None), now=base + dt.timedelta(hours=i)
        )

    stats = store.stats(now=NOW)

    assert [(q.text, q.count) for q in stats.unanswered] == [("частый", 3), ("средний", 2), ("редкий", 1)]
    assert stats.unanswered[0].last_seen == base + dt.timedelta(hours=5)
    assert stats.unanswered_distinct == 3
    assert [q.text for q in store.stats(limit=1, now=NOW).unanswered] == ["частый"]


def test_top_entries_order(store: AnalyticsStore) -> None:
    for entry, n in [("b_entry", 2), ("a_entry", 2), ("c_entry", 5), ("d_entry", 1)]:
        for _ in range(n):
            store.record_reply("private", reply("answer", entry_id=entry))
    store.record_reply("private", reply("clarify", entry_id="d_entry"))  # not an answer: not counted

    top = store.stats(limit=3).top_entries

    assert [(e.entry_id, e.count) for e in top] == [("c_entry", 5), ("a_entry", 2), ("b_entry", 2)]


def test_retention_purge_with_explicit_now(store: AnalyticsStore) -> None:
    now = NOW
    store.record_reply("private", reply(), now=now - dt.timedelta(days=31))
    store.record_reply("private", reply(), now=now - dt.timedelta(days=29))
    store.record_feedback(1, "m1", "who_adopted", 1, now=now - dt.timedelta(days=40))
    store.record_feedback(1, "m2", "who_adopted", 1, now=now - dt.timedelta(days=1))

    assert store.purge_expired(now=now) == 2
    assert store.purge_expired(now=now) == 0
    stats = store.stats(now=now)
    assert stats.total_questions == 1
    assert stats.feedback_up == 1
    assert store.purge_expired(now=now + dt.timedelta(days=30)) == 2


def test_stats_never_report_expired_rows(store: AnalyticsStore) -> None:
    store.record_reply(
        "private", reply("none", query="старый", entry_id=None), now=NOW - dt.timedelta(days=60)
    )
    store.record_reply("private", reply("none", query="новый", entry_id=None), now=NOW)
    stats = store.stats(now=NOW)
    assert [q.text for q in stats.unanswered] == ["новый"]
    assert stats.total_questions == 1


def test_purge_on_open(location: Location) -> None:
    with AnalyticsStore(location, secret=SECRET, retention_days=30) as s:
        s.record_reply("private", reply(), now=NOW - dt.timedelta(days=100))
        s.record_reply("private", reply(), now=NOW)
    assert rows(location, "SELECT COUNT(*) FROM replies") == [(2,)]
    with AnalyticsStore(location, secret=SECRET, retention_days=30) as s:
        assert s.stats(now=NOW).total_questions == 1
    assert rows(location, "SELECT COUNT(*) FROM replies") == [(1,)]


def test_one_vote_per_user_per_message_the_latest_wins(store: AnalyticsStore) -> None:
    assert store.record_feedback(111, "chat:1", "who_adopted", -1) is True
    assert store.record_feedback(111, "chat:1", "who_adopted", -1) is False  # the same vote again
    assert store.record_feedback(111, "chat:1", "who_adopted", 1) is True  # changed: the latest wins
    assert store.record_feedback(111, "chat:1", "who_adopted", 1) is False
    assert store.record_feedback(222, "chat:1", "who_adopted", -1) is True  # another user
    assert store.record_feedback(111, "chat:2", "when_adopted", 1) is True  # another message
    assert store.record_feedback(333, "chat:3", None, -1) is True

    stats = store.stats()

    assert (stats.feedback_up, stats.feedback_down) == (2, 2)
    assert [(f.entry_id, f.up, f.down) for f in stats.feedback] == [
        ("who_adopted", 1, 1),
        ("when_adopted", 1, 0),
        (None, 0, 1),
    ]


@pytest.mark.parametrize("vote", [0, 2, -2])
def test_invalid_vote_rejected(store: AnalyticsStore, vote: int) -> None:
    with pytest.raises(ValueError, match="vote"):
        store.record_feedback(1, "m", None, vote)


def test_vote_key_depends_on_secret(location: Location, tmp_path: Path) -> None:
    with (
        AnalyticsStore(location, secret="one") as a,
        AnalyticsStore(tmp_path / "other.sqlite3", secret=SecretStr("two")) as b,
    ):
        assert a.voter_key(5, "m") != b.voter_key(5, "m")
        assert a.voter_key(5, "m") != a.voter_key(5, "n")
        assert a.voter_key(5, "m") == a.voter_key(5, "m")


def test_open_twice_and_reopen(location: Location, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="bot.analytics")
    with (
        AnalyticsStore(location, secret=SECRET) as first,
        AnalyticsStore(location, secret=SECRET) as second,
    ):
        first.record_reply("private", reply())
        assert second.record_feedback(7, "m", "who_adopted", 1) is True
        assert first.record_feedback(7, "m", "who_adopted", 1) is False
        assert second.stats().total_questions == 1
    with AnalyticsStore(location, secret=SECRET) as again:
        assert again.stats().total_questions == 1
    assert rows(location, "SELECT version_num FROM alembic_version") == [(head_revision(),)]
    assert caplog.text.count(f"database schema empty → {head_revision()}") == 1, "created once, then opened"


def test_sqlite_file_is_in_wal_mode(db_path: Path) -> None:
    with AnalyticsStore(db_path, secret=SECRET):
        assert rows(db_path, "PRAGMA journal_mode") == [("wal",)]


def _schema_differences(location: Location) -> list[object]:
    """What Alembic's autogenerate would change to make the database match tables.py."""
    engine = open_engine(location, read_only=True)
    try:
        with engine.connect() as conn:
            return list(compare_metadata(MigrationContext.configure(conn), metadata))
    finally:
        engine.dispose()


PK_INFO = {"existing_type": ANY, "existing_server_default": False, "existing_comment": None}


def test_the_migrated_schema_is_what_tables_py_declares(store: AnalyticsStore, location: Location) -> None:
    assert _schema_differences(location) == []


# The schema the releases before Alembic created (bot/analytics/schema.py of that time), verbatim.
PREVIOUS_RELEASE_SCHEMA = """
CREATE TABLE IF NOT EXISTS replies (
    id        INTEGER PRIMARY KEY,
    ts        INTEGER NOT NULL,
    chat_type TEXT    NOT NULL,
    kind      TEXT    NOT NULL CHECK (kind IN ('answer', 'clarify', 'smalltalk', 'none')),
    entry_id  TEXT,
    score     REAL    NOT NULL,
    question  TEXT,
    CHECK (question IS NULL OR kind = 'none')
);
CREATE INDEX IF NOT EXISTS replies_ts ON replies (ts);
CREATE INDEX IF NOT EXISTS replies_kind ON replies (kind, entry_id);
CREATE TABLE IF NOT EXISTS feedback (
    id        INTEGER PRIMARY KEY,
    ts        INTEGER NOT NULL,
    voter_key BLOB    NOT NULL UNIQUE,
    entry_id  TEXT,
    vote      INTEGER NOT NULL CHECK (vote IN (-1, 1))
);
CREATE INDEX IF NOT EXISTS feedback_ts ON feedback (ts);
PRAGMA user_version = 1;
"""


def _previous_release_file(path: Path, voter_key: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    ts = int(NOW.timestamp())
    with sqlite3.connect(path) as conn:
        conn.executescript(PREVIOUS_RELEASE_SCHEMA)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.executemany(
            "INSERT INTO replies (ts, chat_type, kind, entry_id, score, question) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (ts - 60, "private", "answer", "who_adopted", 91.0, None),
                (ts - 50, "group", "none", None, 10.0, "Где взять оригинал?"),
            ],
        )
        conn.execute(
            "INSERT INTO feedback (ts, voter_key, entry_id, vote) VALUES (?, ?, ?, ?)",
            (ts - 40, voter_key, "who_adopted", 1),
        )
    conn.close()


def test_a_file_of_the_previous_release_is_upgraded_in_place_with_its_rows(db_path: Path) -> None:
    # The previous release keyed votes with the same HMAC-SHA256(secret, "user_id:message_key").
    _previous_release_file(db_path, hmac.new(SECRET.encode(), b"7:c:1", hashlib.sha256).digest())

    with AnalyticsStore(db_path, secret=SECRET, retention_days=30) as store:
        before = store.stats(now=NOW)
        assert store.record_feedback(7, "c:1", "who_adopted", 1) is False  # the old vote is known
        assert store.record_feedback(7, "c:1", "who_adopted", -1) is True
        store.record_reply("private", reply())
        after = store.stats(now=NOW)

    assert (before.total_questions, before.feedback_up) == (2, 1)
    assert [q.text for q in before.unanswered] == ["Где взять оригинал?"]
    assert (after.total_questions, after.feedback_up, after.feedback_down) == (3, 0, 1)
    assert rows(db_path, "SELECT version_num FROM alembic_version") == [(head_revision(),)]
    assert _schema_differences(db_path) == [
        # SQLite says an `INTEGER PRIMARY KEY` declared without NOT NULL may be NULL; it is the rowid
        # and never is (tables.py writes NOT NULL). Nothing else differs.
        [("modify_nullable", None, table, "id", PK_INFO, True, False)]
        for table in ("feedback", "replies")
    ]


@contextmanager
def _migrating(location: Location) -> Iterator[Config]:
    """Alembic's configuration on one transaction of the database, as the bot's migrate() has it."""
    engine = open_engine(location)
    try:
        with transaction(engine) as conn:
            yield alembic_config(conn)
    finally:
        engine.dispose()


def test_a_database_of_the_previous_revision_is_upgraded_in_place_and_keeps_its_votes(
    location: Location,
) -> None:
    voter_key = hmac.new(SECRET.encode(), b"7:c:1", hashlib.sha256).digest()
    with _migrating(location) as config:  # what the previous release (revision 0001) left
        command.upgrade(config, "0001")
        old_vote = {"ts": int(NOW.timestamp()), "voter_key": voter_key, "entry_id": "who_adopted", "vote": 1}
        config.attributes["connection"].execute(insert(feedback).values(old_vote))  # 0001's columns

    with AnalyticsStore(location, secret=SECRET, retention_days=30) as store:
        kept = store.stats(now=NOW)
        assert store.record_feedback(7, "c:1", "who_adopted", -1, update_id=3) is True  # it had no number
        assert store.record_feedback(7, "c:1", "who_adopted", 1, update_id=2) is False  # now numbers decide

    assert (kept.feedback_up, kept.feedback_down) == (1, 0)
    assert rows(location, "SELECT vote, update_id FROM feedback") == [(-1, 3)]
    assert rows(location, "SELECT version_num FROM alembic_version") == [(head_revision(),)]
    assert _schema_differences(location) == []
    with _migrating(location) as config:  # and back: the column goes, the vote stays
        command.downgrade(config, "0001")
    assert [len(row) for row in rows(location, "SELECT * FROM feedback")] == [5]
    with AnalyticsStore(location, secret=SECRET, retention_days=30) as store:
        assert store.stats(now=NOW).feedback_down == 1


def test_newer_schema_is_rejected(location: Location) -> None:
    AnalyticsStore(location, secret=SECRET).close()
    engine = open_engine(location)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    engine.dispose()
    with pytest.raises(SchemaTooNewError, match="newer schema"):
        AnalyticsStore(location, secret=SECRET)


def test_a_sqlite_file_versioned_beyond_the_previous_release_is_rejected(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA user_version = 2")
    conn.close()
    with pytest.raises(SchemaTooNewError, match="user_version 2"):
        AnalyticsStore(db_path, secret=SECRET)


def test_processes_opening_a_new_database_together_migrate_it_once(location: Location) -> None:
    """Replicas starting at once: the migration lock lets one create the tables, the others wait
    and find them there."""
    errors: list[BaseException] = []
    gate = threading.Barrier(4)

    def open_and_record() -> None:
        gate.wait()
        try:
            with AnalyticsStore(location, secret=SECRET) as s:
                s.record_reply("private", reply())
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=open_and_record) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert rows(location, "SELECT COUNT(*) FROM replies") == [(4,)]
    assert rows(location, "SELECT version_num FROM alembic_version") == [(head_revision(),)]


def test_closed_store_refuses_and_close_is_idempotent(location: Location) -> None:
    s = AnalyticsStore(location, secret=SECRET)
    s.close()
    s.close()
    with pytest.raises(RuntimeError, match="closed"):
        s.record_reply("private", reply())


def test_bad_configuration_rejected(db_path: Path) -> None:
    with pytest.raises(ValueError, match="secret"):
        AnalyticsStore(db_path, secret="")
    with pytest.raises(ValueError, match="retention"):
        AnalyticsStore(db_path, secret=SECRET, retention_days=0)


def test_from_settings(tmp_path: Path) -> None:
    settings = Settings(
        _env_file=None,
        analytics_db=tmp_path / "nested" / "a.sqlite3",
        analytics_retention_days=7,
        feedback_secret=SecretStr("s3cret"),
    )
    with AnalyticsStore.from_settings(settings) as s:
        assert s.retention_days == 7
        assert s.location == settings.analytics_db
    assert settings.analytics_db.exists()


def test_concurrent_writers_from_threads(store: AnalyticsStore) -> None:
    def work(user: int) -> None:
        for i in range(25):
            store.record_reply("group", reply())
            store.record_feedback(user, f"m{i}", "who_adopted", 1)

    threads = [threading.Thread(target=work, args=(u,)) for u in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    stats = store.stats()
    assert stats.total_questions == 200
    assert stats.feedback_up == 200


@runtime_checkable
class FeedbackSink(Protocol):
    def record_feedback(
        self, user_id: int, message_key: str, entry_id: str | None, vote: int, *, update_id: int | None = None
    ) -> bool: ...


@runtime_checkable
class ReplySink(Protocol):
    def record_reply(self, chat_type: str, reply: Reply) -> None: ...


def test_satisfies_adapter_protocols(store: AnalyticsStore) -> None:
    feedback: FeedbackSink = store
    replies: ReplySink = store
    assert isinstance(feedback, FeedbackSink)
    assert isinstance(replies, ReplySink)
    inspect.signature(store.record_feedback).bind(1, "k", None, 1, update_id=7)
    inspect.signature(store.record_reply).bind("private", reply())


def test_unanswered_questions_are_read_without_writing_even_from_an_odd_path(tmp_path: Path) -> None:
    path = tmp_path / "a?b #c%20" / "analytics.sqlite3"
    with AnalyticsStore(path, secret=SECRET) as store:
        store.record_reply("private", reply("none", query="Где взять оригинал?", entry_id=None))
        store.record_reply("private", reply("none", query="Где взять оригинал?", entry_id=None))
    before = path.read_bytes()
    assert read_unanswered(path, retention_days=30) == Counter({"Где взять оригинал?": 2})
    assert path.read_bytes() == before  # opened read-only (SQLite may add its -shm index beside it)
    assert read_unanswered(tmp_path / "missing.sqlite3", retention_days=30) == Counter()
