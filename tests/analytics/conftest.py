from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.analytics import AnalyticsStore


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "analytics.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Iterator[AnalyticsStore]:
    with AnalyticsStore(db_path, secret="test-secret-0123456789", retention_days=30) as s:
        yield s
