"""Per-user settings that must survive a restart: today only the reply language chosen with /lang.

Kept apart from analytics on purpose: the analytics file never learns who chose what, and this file
never learns who a user is. Rows are keyed by a keyed hash (HMAC-SHA256 with the bot's secret) of the
Telegram user id, so the file alone does not tell whose choice a row is.

`LanguagePrefs` is the small interface handlers use; `SqlitePrefs` (a tiny SQLite file, the default)
and `MemoryPrefs` (tests, or when the file cannot be used) implement it, and a shared store (Redis)
can implement it later without touching a handler. Reads come from memory (every row is read once at
start), so a message never waits for the disk; a write happens only when someone presses a /lang button.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import sqlite3
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from bot.qa.models import LANGS, Lang

if TYPE_CHECKING:
    from bot.settings import Settings

logger = logging.getLogger(__name__)

_SCHEMA = "CREATE TABLE IF NOT EXISTS language (user_key TEXT PRIMARY KEY, lang TEXT NOT NULL)"


class LanguagePrefs(Protocol):
    def get(self, user_id: int) -> Lang | None:
        """The language this user chose with /lang, or None."""
        ...

    def set(self, user_id: int, lang: Lang) -> None:
        """Remember the user's choice (may touch the disk: call it off the event loop)."""
        ...


class MemoryPrefs:
    """Choices kept in memory only (lost on restart)."""

    def __init__(self) -> None:
        self._langs: dict[int, Lang] = {}

    def get(self, user_id: int) -> Lang | None:
        return self._langs.get(user_id)

    def set(self, user_id: int, lang: Lang) -> None:
        self._langs[user_id] = lang


def user_key(secret: bytes, user_id: int) -> str:
    return hmac.new(secret, str(user_id).encode(), hashlib.sha256).hexdigest()[:32]


class SqlitePrefs:
    """Choices in a SQLite file; a file that cannot be read or written costs the choice, never an answer."""

    def __init__(self, path: Path, secret: str) -> None:
        self.path = path
        self._secret = secret.encode()
        self._langs: dict[str, Lang] = {}
        self._lock = threading.Lock()
        self._warned = False
        if path.exists():
            self._read_all()

    def _read_all(self) -> None:
        try:
            db = sqlite3.connect(self.path, timeout=2)
            try:
                db.execute(_SCHEMA)
                rows = db.execute("SELECT user_key, lang FROM language").fetchall()
            finally:
                db.close()
        except sqlite3.Error as exc:
            self._warn(
                f"could not read {self.path} ({exc}); old choices unknown, new ones last until a restart"
            )
            return
        self._langs = {key: lang for key, lang in rows if lang in LANGS}

    def get(self, user_id: int) -> Lang | None:
        return self._langs.get(user_key(self._secret, user_id))

    def set(self, user_id: int, lang: Lang) -> None:
        key = user_key(self._secret, user_id)
        with self._lock:
            self._langs[key] = lang
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                db = sqlite3.connect(self.path, timeout=2)
                try:
                    with db:
                        db.execute(_SCHEMA)
                        db.execute(
                            "INSERT INTO language (user_key, lang) VALUES (?, ?) "
                            "ON CONFLICT(user_key) DO UPDATE SET lang = excluded.lang",
                            (key, lang),
                        )
                finally:
                    db.close()
            except (sqlite3.Error, OSError) as exc:
                self._warn(f"could not write {self.path} ({exc}); the choice lasts until a restart")

    def _warn(self, message: str) -> None:
        if not self._warned:  # one line, not one per press
            logger.warning("Language preferences: %s", message)
            self._warned = True


def prefs_for(settings: Settings | None) -> LanguagePrefs:
    """The store the settings name (prefs_db, else prefs.sqlite3 in the bot's data directory); in memory
    without settings (handler tests)."""
    if settings is None:
        return MemoryPrefs()
    path = settings.prefs_db or settings.local_dir / "prefs.sqlite3"
    return SqlitePrefs(path, settings.feedback_secret.get_secret_value())
