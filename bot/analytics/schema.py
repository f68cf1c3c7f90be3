"""Bringing an analytics database to the schema this code knows, with Alembic (bot/analytics/migrations).

`migrate` runs when the store opens, in one transaction that holds a lock (SQLite: the write lock;
PostgreSQL: an advisory lock), so replicas starting together migrate once. A SQLite file written by
the releases before Alembic (PRAGMA user_version 1, no alembic_version table) has exactly the first
revision's tables: it is stamped with that revision, its rows untouched, then upgraded like any
other. A database at a revision this code does not know (written by a newer release) is refused:
the writer logs one warning and the bot answers without analytics.
"""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect

from bot.analytics.db import lock_for_migration

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BASELINE = "0001"  # what the SQLite releases before Alembic created (their user_version 1)
PRE_ALEMBIC_VERSION = 1


class SchemaTooNewError(RuntimeError):
    """The database was migrated by a newer release than this one."""


def alembic_config(conn: Connection) -> Config:
    """Alembic's configuration for running the migrations on `conn`, inside its transaction."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = conn
    return config


def head_revision() -> str:
    head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
    if head is None:
        raise RuntimeError(f"no migrations in {MIGRATIONS}")
    return head


def migrate(conn: Connection) -> None:
    """Upgrade to the newest revision inside the caller's transaction (see the module docstring)."""
    lock_for_migration(conn)
    config = alembic_config(conn)
    script = ScriptDirectory.from_config(config)
    context = MigrationContext.configure(conn)
    current = context.get_current_heads()
    known = {revision.revision for revision in script.walk_revisions()}
    newer = [revision for revision in current if revision not in known]
    if newer or _pre_alembic_version(conn) > PRE_ALEMBIC_VERSION:
        found = ", ".join(newer) or f"user_version {_pre_alembic_version(conn)}"
        raise SchemaTooNewError(
            f"the analytics database has a newer schema ({found}) than this release knows "
            f"({head_revision()}): update the bot"
        )
    stamped = not current and inspect(conn).has_table("replies")
    if stamped:  # a file of the releases before Alembic
        context.stamp(script, BASELINE)
    command.upgrade(config, "head")
    was, now = current or ((BASELINE,) if stamped else ()), context.get_current_heads()
    if was != now:
        log.info("Analytics: database schema %s → %s", ", ".join(was) or "empty", ", ".join(now))


def _pre_alembic_version(conn: Connection) -> int:
    """PRAGMA user_version of a SQLite file (how the releases before Alembic versioned it); 0 elsewhere."""
    if conn.dialect.name != "sqlite":
        return 0
    return int(conn.exec_driver_sql("PRAGMA user_version").scalar_one())
