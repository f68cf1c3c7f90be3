"""The database must never hold who asked or voted, nor where: checked on its bytes on disk, on both
backends (SQLite: the file and its WAL; PostgreSQL: every file of the server, write-ahead log included)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from sqlalchemy import inspect

from bot.analytics import AnalyticsStore
from bot.analytics.db import open_engine
from bot.analytics.location import Location
from tests.analytics.backends import SECRET, db_bytes, reply, rows

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)
USER_ID = 987654321
CHAT_ID = -1001234567890


def forbidden(data: bytes) -> list[str]:
    needles = [str(USER_ID), str(abs(CHAT_ID)), "durov", "Павел"]
    encodings = ["utf-8", "utf-16-le", "utf-16-be"]
    return [n for n in needles for enc in encodings if n.encode(enc) in data]


def fill(store: AnalyticsStore) -> None:
    for kind in ("answer", "clarify", "smalltalk", "none"):
        question = "Павел @durov спрашивает: кто принял документ?"
        store.record_reply(
            "supergroup", reply(kind, query=question, entry_id=None if kind == "none" else "who_adopted")
        )
    assert store.record_feedback(USER_ID, f"{CHAT_ID}:42", "who_adopted", 1)
    assert not store.record_feedback(USER_ID, f"{CHAT_ID}:42", "who_adopted", 1)
    assert store.record_feedback(USER_ID, f"{CHAT_ID}:43", None, -1)


def test_no_user_or_chat_id_in_the_database_while_open(store: AnalyticsStore, location: Location) -> None:
    fill(store)
    if isinstance(location, Path):
        assert Path(f"{location}-wal").exists()
    assert forbidden(db_bytes(location)) == []


def test_no_user_or_chat_id_in_the_database_after_close(location: Location) -> None:
    with AnalyticsStore(location, secret=SECRET) as store:
        fill(store)
        store.stats()
    data = db_bytes(location)
    assert data
    assert forbidden(data) == []


def test_no_user_or_chat_id_in_a_sqlite_file_after_a_checkpoint(db_path: Path) -> None:
    with AnalyticsStore(db_path, secret=SECRET) as store:
        fill(store)
    with sqlite3.connect(db_path) as conn:
        (checkpoint_ok, _, _) = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    conn.close()
    assert checkpoint_ok == 0
    assert forbidden(db_bytes(db_path)) == []


def test_only_anonymous_columns_exist(store: AnalyticsStore, location: Location) -> None:
    fill(store)
    engine = open_engine(location, read_only=True)
    try:
        schema = inspect(engine)
        columns = {(t, c["name"]) for t in schema.get_table_names() for c in schema.get_columns(t)}
    finally:
        engine.dispose()
    assert {t for t, _ in columns} == {"replies", "feedback", "alembic_version"}
    assert not any(("user" in c or "chat_id" in c or "name" in c) for _, c in columns)


def test_purged_question_text_is_gone(location: Location) -> None:
    """Both backends: a purged question is in no row any more. SQLite also overwrites it in the file
    (secure_delete); PostgreSQL leaves the bytes of deleted rows to VACUUM and to the recycling of
    its write-ahead log (README, «Analytics»)."""
    secret_text = "МойПаспорт4510123456"
    with AnalyticsStore(location, secret=SECRET, retention_days=30) as store:
        store.record_reply(
            "private", reply("none", query=secret_text, entry_id=None), now=NOW - dt.timedelta(days=45)
        )
        store.record_reply("private", reply("none", query="свежий вопрос", entry_id=None), now=NOW)
        assert store.purge_expired(now=NOW) == 1
    assert rows(location, "SELECT question FROM replies") == [("свежий вопрос",)]
    if isinstance(location, Path):
        assert secret_text.encode() not in db_bytes(location)
        assert "свежий вопрос".encode() in db_bytes(location)
