"""The DB file must never contain who asked or voted, nor where."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from bot.analytics import AnalyticsStore
from bot.qa.models import Reply

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)
SECRET = "test-secret-0123456789"


def reply(
    kind: str = "answer", query: str = "Кто принял документ?", entry_id: str | None = "who_adopted"
) -> Reply:
    return Reply.model_validate({"query": query, "kind": kind, "entry_id": entry_id, "score": 90.0})


USER_ID = 987654321
CHAT_ID = -1001234567890


def db_bytes(path: Path) -> bytes:
    """The main file plus any -wal/-shm/-journal siblings."""
    return b"".join(p.read_bytes() for p in sorted(path.parent.glob(path.name + "*")))


def forbidden(data: bytes) -> list[str]:
    needles = [str(USER_ID), str(abs(CHAT_ID)), "durov", "Павел"]
    encodings = ["utf-8", "utf-16-le", "utf-16-be"]
    return [n for n in needles for enc in encodings if n.encode(enc) in data]


def fill(store: AnalyticsStore) -> None:
    for kind in ("answer", "clarify", "smalltalk", "none"):
        store.record_reply("supergroup", reply(kind, entry_id=None if kind == "none" else "who_adopted"))
    assert store.record_feedback(USER_ID, f"{CHAT_ID}:42", "who_adopted", 1)
    assert not store.record_feedback(USER_ID, f"{CHAT_ID}:42", "who_adopted", 1)
    assert store.record_feedback(USER_ID, f"{CHAT_ID}:43", None, -1)


def test_no_user_or_chat_id_in_db_files_while_open(store: AnalyticsStore, db_path: Path) -> None:
    fill(store)
    assert Path(f"{db_path}-wal").exists()
    assert forbidden(db_bytes(db_path)) == []


def test_no_user_or_chat_id_in_db_file_after_close(db_path: Path) -> None:
    with AnalyticsStore(db_path, secret=SECRET) as store:
        fill(store)
        store.stats()
    data = db_bytes(db_path)
    assert data
    assert forbidden(data) == []
    with sqlite3.connect(db_path) as conn:
        (checkpoint_ok, _, _) = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    assert checkpoint_ok == 0
    assert forbidden(db_bytes(db_path)) == []


def test_only_anonymous_columns_exist(store: AnalyticsStore, db_path: Path) -> None:
    fill(store)
    with sqlite3.connect(db_path) as conn:
        columns = {
            (table, row[1])
            for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            for row in conn.execute(f"PRAGMA table_info({table})")
        }
    assert not any(("user" in c or "chat_id" in c or "name" in c) for _, c in columns)


def test_purged_question_text_is_overwritten(db_path: Path) -> None:
    secret_text = "МойПаспорт4510123456"
    with AnalyticsStore(db_path, secret=SECRET, retention_days=30) as store:
        store.record_reply(
            "private", reply("none", query=secret_text, entry_id=None), now=NOW - dt.timedelta(days=45)
        )
        store.record_reply("private", reply("none", query="свежий вопрос", entry_id=None), now=NOW)
        assert store.purge_expired(now=NOW) == 1
    assert secret_text.encode() not in db_bytes(db_path)
    assert "свежий вопрос".encode() in db_bytes(db_path)
