"""SQLAlchemy engines for the analytics, one function for both backends.

SQLite: WAL, `secure_delete` (deleted rows are overwritten in the file), a 10 s busy timeout, and
transactions SQLAlchemy begins itself (the sqlite3 module's own would not cover reads and DDL);
a connection marked `writing=True` begins with BEGIN IMMEDIATE, taking the write lock up front.
PostgreSQL: the psycopg 3 driver, a 5 s connect timeout (an unreachable server fails fast, the
writer retries later), 10 s at most waiting for a lock (as SQLite's busy timeout) and 60 s for a
statement, connections checked before use (a restarted server costs nothing).
Statement parameters never reach an error message or a log (`hide_parameters`): they hold texts.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import URL, Connection, Engine, create_engine, event, make_url, text

from bot.analytics.location import Location

CONNECT_TIMEOUT = 5  # seconds to reach a PostgreSQL server
SQLITE_BUSY_TIMEOUT = 10  # seconds to wait for another writer (SQLite) or for a lock (PostgreSQL)
STATEMENT_TIMEOUT = 60  # seconds a PostgreSQL statement may run
MIGRATION_LOCK = 7_361_058_114  # PostgreSQL advisory lock: one replica migrates at a time


def open_engine(location: Location, *, read_only: bool = False) -> Engine:
    """An engine for the SQLite file or PostgreSQL URL; `read_only` never writes (nor creates)."""
    if isinstance(location, Path):
        return _sqlite(location, read_only)
    return _postgres(location, read_only)


def _sqlite(path: Path, read_only: bool) -> Engine:
    if read_only:  # an SQLite URI: the path %-encoded, opened read-only
        url = URL.create("sqlite", database=f"file:{quote(str(path))}", query={"mode": "ro", "uri": "true"})
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        url = URL.create("sqlite", database=str(path))
    engine = create_engine(
        url,
        connect_args={"timeout": SQLITE_BUSY_TIMEOUT, "check_same_thread": False},
        hide_parameters=True,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN (below)
        if not read_only:
            _enable_wal(dbapi_connection)
            dbapi_connection.execute("PRAGMA secure_delete = ON")

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("writing") else "BEGIN")

    return engine


def _enable_wal(dbapi_connection: sqlite3.Connection) -> None:
    """Switch the file to WAL. A new file is still in rollback mode, where SQLite answers a switch
    racing another connection's write with "database is locked" at once, not after the busy timeout
    (it would deadlock otherwise); nothing is held after that failure, so trying again is safe."""
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT
    while True:
        try:
            mode = dbapi_connection.execute("PRAGMA journal_mode = WAL").fetchone()
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            mode = None
        if mode is not None and str(mode[0]).lower() == "wal":
            return
        if time.monotonic() > deadline:
            raise sqlite3.OperationalError("database is locked: could not switch it to WAL mode")
        time.sleep(0.01)


def _postgres(url: str, read_only: bool) -> Engine:
    options = [f"lock_timeout={SQLITE_BUSY_TIMEOUT}s", f"statement_timeout={STATEMENT_TIMEOUT}s"]
    if read_only:
        options.append("default_transaction_read_only=on")
    return create_engine(
        make_url(url).set(drivername="postgresql+psycopg"),
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT,
            "application_name": "faq-bot",
            "options": " ".join(f"-c {option}" for option in options),
        },
        pool_pre_ping=True,
        pool_size=2,
        hide_parameters=True,
    )


@contextmanager
def transaction(engine: Engine, *, write: bool = True) -> Iterator[Connection]:
    """A transaction, committed at the end and rolled back on error. A read is one consistent
    snapshot on both backends (SQLite always; PostgreSQL: REPEATABLE READ)."""
    with engine.connect() as conn:
        if write:
            conn.execution_options(writing=True)
        elif engine.dialect.name == "postgresql":
            conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            yield conn


def lock_for_migration(conn: Connection) -> None:
    """Hold off every other process's migration until this transaction ends (SQLite: BEGIN
    IMMEDIATE has taken the file's write lock already)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
