"""What the analytics tests share: a reply to record, and a look at the database of either backend
with plain SQL (the same statement on SQLite and PostgreSQL) or at its bytes on disk."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from bot.analytics.db import open_engine
from bot.analytics.location import Location
from bot.qa.models import Reply
from tests.analytics import postgres

SECRET = "test-secret-0123456789"


def reply(
    kind: str = "answer", query: str = "Кто принял документ?", entry_id: str | None = "who_adopted"
) -> Reply:
    return Reply.model_validate({"query": query, "kind": kind, "entry_id": entry_id, "score": 90.0})


def rows(location: Location, sql: str) -> list[tuple[object, ...]]:
    engine = open_engine(location, read_only=True)
    try:
        with engine.connect() as conn:
            return [tuple(row) for row in conn.execute(text(sql))]
    finally:
        engine.dispose()


def db_bytes(location: Location) -> bytes:
    """SQLite: the file plus any -wal/-shm/-journal siblings. PostgreSQL: every file of the test
    server's cluster, write-ahead log included, after a checkpoint."""
    if isinstance(location, Path):
        return b"".join(p.read_bytes() for p in sorted(location.parent.glob(location.name + "*")))
    return postgres.server().files_bytes()
