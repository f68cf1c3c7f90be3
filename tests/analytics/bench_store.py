"""How fast the analytics store writes and reports, on a SQLite file or a PostgreSQL URL:

    python -m tests.analytics.bench_store                       # a SQLite file in a temporary folder
    python -m tests.analytics.bench_store postgresql://…/db     # an empty PostgreSQL database

20,000 replies and 2,000 votes in 200 batches (what the writer thread does), then one report. Prints
wall and CPU time (user + sys of this process; the server's own CPU is not in it)."""

from __future__ import annotations

import datetime as dt
import resource
import sys
import tempfile
import time
from pathlib import Path

from bot.analytics.location import Location, display, parse_location
from bot.analytics.models import PendingReply, PendingVote
from bot.analytics.store import AnalyticsStore
from bot.qa.models import Reply

BATCHES, REPLIES, VOTES = 200, 100, 10


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def bench(location: Location) -> str:
    now = dt.datetime.now(dt.UTC)
    replies = [
        Reply(kind="answer", query="q", entry_id="who_adopted", score=90.0),
        Reply(kind="none", query="Где взять оригинал документа?", entry_id=None, score=10.0),
    ]
    with AnalyticsStore(location, secret="bench-secret-0123456789") as store:
        wall, cpu = time.perf_counter(), _cpu()
        for batch in range(BATCHES):
            store.record_many(
                [PendingReply("private", replies[i % 2], now) for i in range(REPLIES)],
                [PendingVote(batch * VOTES + i, "m", "who_adopted", 1, now) for i in range(VOTES)],
            )
        written, written_cpu = time.perf_counter() - wall, _cpu() - cpu
        wall, cpu = time.perf_counter(), _cpu()
        store.stats()
        report, report_cpu = time.perf_counter() - wall, _cpu() - cpu
    rows = BATCHES * (REPLIES + VOTES)
    return (
        f"{display(location)}: {rows:,} rows in {BATCHES} batches: wall {written:.2f} s,"
        f" CPU {written_cpu:.2f} s ({rows / written:,.0f} rows/s);"
        f" stats(): wall {report * 1000:.0f} ms, CPU {report_cpu * 1000:.0f} ms"
    )


if __name__ == "__main__":
    target = parse_location(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp()) / "a.sqlite3"
    print(bench(target))
