"""A real redis-server per test, started from the installed binary on a free 127.0.0.1 port in
tmp_path (nothing saved to disk), and the analytics' backends (`location`: a SQLite file, or a
database of the real PostgreSQL server of tests/analytics/postgres.py). Without a binary its tests
are skipped with one line saying what to install, repeated in the summary at the end of the run
(never silently)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.analytics import postgres
from tests.analytics.conftest import db_path, location, postgres_url
from tests.ports import free_port
from tests.reliability.conftest import _clean_logs, engine, stub, texts

__all__ = ["_clean_logs", "db_path", "engine", "location", "postgres_url", "redis_url", "stub", "texts"]

INSTALL = "redis-server not found: install it (Debian/Ubuntu: apt-get install -y redis-server)"
_skipped: list[str] = []


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: a long-running test (real processes, bursts of hundreds)")


def _pong(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


@pytest.fixture
def redis_url(tmp_path: Path) -> Iterator[str]:
    binary = shutil.which("redis-server")
    if binary is None:
        _skipped.append(INSTALL)
        pytest.skip(INSTALL)
    port = free_port()
    workdir = tmp_path / "redis"
    workdir.mkdir()
    command = [binary, "--port", str(port), "--bind", "127.0.0.1", "--dir", str(workdir)]
    command += ["--save", "", "--appendonly", "no"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 20
        while not _pong(port):
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"redis-server did not start on port {port}")
            time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _skipped:
        terminalreporter.write_line(f"SKIPPED {len(_skipped)} Redis test(s): {INSTALL}", yellow=True)
    postgres.report_skips(terminalreporter)
