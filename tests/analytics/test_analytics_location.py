"""ANALYTICS_DB is a SQLite file or a PostgreSQL URL; the bot's own files stay local either way; the
URL's password never reaches a message or a log line."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.analytics.location import display, parse_location
from bot.paths import PROJECT_ROOT
from bot.settings import Settings
from bot.telegram.runner import RedactingFormatter, log_secrets

URL = "postgresql://faqbot:pa55word@db.internal:5432/analytics"


def _settings(**values: object) -> Settings:
    return Settings(_env_file=None, **values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("data/a.sqlite3", Path("data/a.sqlite3")),
        (" /srv/bot/a.sqlite3 ", Path("/srv/bot/a.sqlite3")),
        (URL, URL),
        ("postgres://u@h/db", "postgres://u@h/db"),
        ("postgresql+psycopg://u@h/db", "postgresql+psycopg://u@h/db"),
    ],
)
def test_a_file_or_a_postgresql_url(value: str, expected: object) -> None:
    assert parse_location(value) == expected
    assert _settings(analytics_db=value).analytics_db == expected


@pytest.mark.parametrize("value", ["mysql://u@h/db", "sqlite:///a.db", "   "])
def test_anything_else_is_refused_in_russian(value: str) -> None:
    with pytest.raises(ValidationError, match="нужен путь к файлу SQLite или адрес postgresql://"):
        _settings(analytics_db=value)


def test_the_bots_own_files_stay_local(tmp_path: Path) -> None:
    assert _settings(analytics_db=tmp_path / "a.sqlite3").local_dir == tmp_path
    assert _settings(analytics_db=URL).local_dir == PROJECT_ROOT / "data"
    assert _settings(analytics_db=URL, data_dir=tmp_path).local_dir == tmp_path


def test_the_password_is_hidden_in_messages_and_logs() -> None:
    assert display(URL) == "postgresql://faqbot:***@db.internal:5432/analytics"
    assert display("postgresql://faqbot@db/analytics") == "postgresql://faqbot@db/analytics"
    formatter = RedactingFormatter(logging.Formatter("%(message)s"), log_secrets(_settings(analytics_db=URL)))
    record = logging.LogRecord("bot", logging.WARNING, __file__, 1, "connect to %s", (URL,), None)
    assert "pa55word" not in formatter.format(record)
