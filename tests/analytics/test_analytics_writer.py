"""The analytics writer fails alone: an unusable database (a directory, a corrupt file, a newer
schema, a PostgreSQL server that is down at start or goes down mid-run) costs statistics, never a
blocked caller; recording resumes once the database can be used, nothing queued lost; batches are
written in order, so the latest vote wins."""

from __future__ import annotations

import logging
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from bot.analytics import AnalyticsStore, StatsUnavailableError
from bot.analytics.location import Location
from bot.analytics.writer import AnalyticsWriter
from bot.qa.models import Reply
from tests.analytics import postgres
from tests.analytics.backends import SECRET


def _reply(kind: str = "answer") -> Reply:
    return Reply(kind=kind, query="вопрос", entry_id="who_adopted" if kind == "answer" else None, score=90.0)


def _until(condition: object, within: float = 10.0) -> None:
    deadline = time.monotonic() + within
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def _corrupt(path: Path) -> None:
    path.write_bytes(b"this is not a database, just some text " * 100)


def _newer_schema(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 99")


def _directory(path: Path) -> None:
    path.mkdir()


@pytest.mark.parametrize("spoil", [_corrupt, _newer_schema, _directory], ids=["corrupt", "newer", "dir"])
def test_an_unusable_file_warns_once_and_never_blocks(
    spoil: object, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "analytics.sqlite3"
    spoil(path)  # type: ignore[operator]
    writer = AnalyticsWriter(lambda: AnalyticsStore(path, secret=SECRET), retry_every=0.05)
    try:
        _until(lambda: "Analytics unavailable" in caplog.text)
        began = time.monotonic()
        for n in range(500):
            assert writer.record_feedback(n, "c:1", "who_adopted", 1) is True
            writer.record_reply("private", _reply())
        assert time.monotonic() - began < 1.0
        assert writer.available is False
        time.sleep(0.2)  # a few retries
    finally:
        writer.close(timeout=2)
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING and "unavailable" in r.getMessage()]
    assert len(warnings) == 1


def test_recording_resumes_when_the_file_can_be_used(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bot")
    path = tmp_path / "analytics.sqlite3"
    path.mkdir()
    writer = AnalyticsWriter(lambda: AnalyticsStore(path, secret=SECRET), retry_every=0.05)
    try:
        writer.record_reply("private", _reply())
        writer.record_feedback(7, "c:1", "who_adopted", 1)
        writer.record_feedback(7, "c:1", "who_adopted", -1)  # the later press wins
        _until(lambda: "Analytics unavailable" in caplog.text)
        shutil.rmtree(path)
        _until(lambda: writer.written == 3)
        stats = writer.stats()
    finally:
        writer.close()
    assert "Analytics recording resumed" in caplog.text
    assert stats.total_questions == 1
    assert (stats.feedback_up, stats.feedback_down) == (0, 1)


def test_many_events_are_written_in_batches(location: Location) -> None:
    writer = AnalyticsWriter(lambda: AnalyticsStore(location, secret=SECRET))
    for _ in range(1000):
        writer.record_reply("group", _reply("none"))
    writer.close()
    with AnalyticsStore(location, secret=SECRET) as store:
        assert store.stats().total_questions == 1000


def _unavailable_warnings(caplog: pytest.LogCaptureFixture) -> int:
    return sum(
        1
        for r in caplog.records
        if r.levelno == logging.WARNING and "Analytics unavailable" in r.getMessage()
    )


def test_postgresql_down_at_start_and_mid_run_costs_statistics_then_recording_resumes(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="bot")
    postgres.server()  # skips (saying what to install) without PostgreSQL
    pg = postgres.PostgresServer.create()
    writer: AnalyticsWriter | None = None
    try:
        url = pg.url("postgres")
        pg.halt()
        writer = AnalyticsWriter(lambda: AnalyticsStore(url, secret=SECRET), retry_every=0.1)
        writer.record_reply("private", _reply())
        writer.record_feedback(7, "c:1", "who_adopted", 1)
        _until(lambda: _unavailable_warnings(caplog) == 1)
        with pytest.raises(StatsUnavailableError):
            writer.stats()
        pg.launch()
        _until(lambda: writer.written == 2)
        assert "Analytics recording resumed" in caplog.text

        pg.halt()  # mid-run: the pooled connection breaks under the writer
        with pytest.raises(StatsUnavailableError):
            writer.stats()
        began = time.monotonic()
        for n in range(3):
            writer.record_reply("group", _reply("none"))
            assert writer.record_feedback(8 + n, "c:2", None, -1) is True
        assert time.monotonic() - began < 1.0
        _until(lambda: _unavailable_warnings(caplog) == 2)
        assert writer.available is False
        pg.launch()
        _until(lambda: writer.written == 8)  # all committed, not merely taken off the queue
        stats = writer.stats()
    finally:
        if writer is not None:
            writer.close(timeout=5)
        pg.stop()
    assert (stats.total_questions, stats.feedback_up, stats.feedback_down) == (4, 1, 3)
    assert _unavailable_warnings(caplog) == 2, "one warning per outage, not one per retry"
    assert "password" not in caplog.text.lower()
