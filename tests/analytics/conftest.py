"""Every analytics test that takes `location` (or `store`) runs on both backends: a SQLite file and a
database of a real PostgreSQL server (tests/analytics/postgres.py), skipped with one line without it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.analytics import AnalyticsStore
from bot.analytics.location import Location
from tests.analytics import postgres
from tests.analytics.backends import SECRET

BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "analytics.sqlite3"


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A new, empty database on the test server."""
    server = postgres.server()
    url = server.new_database()
    try:
        yield url
    finally:
        server.drop_database(url)


@pytest.fixture(params=BACKENDS)
def location(request: pytest.FixtureRequest, db_path: Path) -> Location:
    if request.param == "sqlite":
        return db_path
    url: str = request.getfixturevalue("postgres_url")
    return url


@pytest.fixture
def store(location: Location) -> Iterator[AnalyticsStore]:
    with AnalyticsStore(location, secret=SECRET, retention_days=30) as s:
        yield s


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    postgres.report_skips(terminalreporter)
