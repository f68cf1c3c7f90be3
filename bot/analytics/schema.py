"""SQLite schema and its migrations, versioned with PRAGMA user_version.

Privacy by construction: no table has a column for a user id, chat id, username or name. Feedback
uniqueness is enforced on `voter_key` = HMAC-SHA256(secret, "user_id:message_key"), so the raw user
id and the message key (which usually contains a chat id) never reach the file.
"""

from __future__ import annotations

import sqlite3

_V1 = (
    """
    CREATE TABLE IF NOT EXISTS replies (
        id        INTEGER PRIMARY KEY,
        ts        INTEGER NOT NULL,          -- Unix seconds, UTC
        chat_type TEXT    NOT NULL,
        kind      TEXT    NOT NULL CHECK (kind IN ('answer', 'clarify', 'smalltalk', 'none')),
        entry_id  TEXT,
        score     REAL    NOT NULL,
        question  TEXT,                      -- only for kind = 'none', at most 500 chars
        CHECK (question IS NULL OR kind = 'none')
    )
    """,
    "CREATE INDEX IF NOT EXISTS replies_ts ON replies (ts)",
    "CREATE INDEX IF NOT EXISTS replies_kind ON replies (kind, entry_id)",
    """
    CREATE TABLE IF NOT EXISTS feedback (
        id        INTEGER PRIMARY KEY,
        ts        INTEGER NOT NULL,
        voter_key BLOB    NOT NULL UNIQUE,   -- HMAC-SHA256(secret, "user_id:message_key")
        entry_id  TEXT,
        vote      INTEGER NOT NULL CHECK (vote IN (-1, 1))
    )
    """,
    "CREATE INDEX IF NOT EXISTS feedback_ts ON feedback (ts)",
)

MIGRATIONS: tuple[tuple[str, ...], ...] = (_V1,)
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection) -> None:
    """Bring the schema up to SCHEMA_VERSION in one write transaction (safe with concurrent openers)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise RuntimeError(
                f"analytics DB schema v{version} is newer than this code supports (v{SCHEMA_VERSION})"
            )
        for statements in MIGRATIONS[version:]:
            for statement in statements:
                conn.execute(statement)
        if version != SCHEMA_VERSION:
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
