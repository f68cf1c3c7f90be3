"""A real PostgreSQL server for the tests, started from the installed binaries (Debian's postgresql:
/usr/lib/postgresql/<version>/bin), once per test run, on a free 127.0.0.1 port, in a temporary
directory, without Unix sockets; each test gets a database of its own.

initdb refuses to run as root (CI runs as root), so as root the server runs as the `postgres` system
user (created by the Debian package), or `nobody` when there is none. Without the binaries the tests
that need the server are skipped with one line saying what to install, repeated at the end of the run.
"""

from __future__ import annotations

import atexit
import glob
import itertools
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg
import pytest

from tests.ports import free_port

INSTALL = "PostgreSQL not found: install it (Debian/Ubuntu: apt-get install -y postgresql)"
START_WITHIN = 60.0
_numbers = itertools.count(1)


def _bin_dir() -> Path | None:
    """The newest installed server's binaries (Debian's layout first, then PATH)."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parent.parent.name)
    )
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _run_as() -> pwd.struct_passwd | None:
    """The unprivileged account to run the server as when we are root; None when we are not."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise RuntimeError("running as root, and neither a postgres nor a nobody account exists for PostgreSQL")


def _as_user() -> dict[str, Any]:
    """subprocess arguments that run a child as that account (nothing when we are not root)."""
    account = _run_as()
    if account is None:
        return {}
    return {"user": account.pw_uid, "group": account.pw_gid, "extra_groups": []}


@dataclass
class PostgresServer:
    bin_dir: Path
    data_dir: Path
    port: int
    log: Path
    process: subprocess.Popen[bytes] = field(init=False)

    @property
    def admin_url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def url(self, database: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def execute(self, sql: str) -> None:
        with psycopg.connect(self.admin_url, autocommit=True, connect_timeout=10) as conn:
            conn.execute(sql)  # type: ignore[arg-type]

    def new_database(self) -> str:
        name = f"test_{os.getpid()}_{next(_numbers)}"
        self.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, url: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')

    def files_bytes(self) -> bytes:
        """Every file of the cluster (tables, indexes, write-ahead log), after a checkpoint."""
        self.execute("CHECKPOINT")
        return b"".join(p.read_bytes() for p in sorted(self.data_dir.rglob("*")) if p.is_file())

    def halt(self) -> None:
        """Stop the server, keeping its data (`launch` starts it again on the same port)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)  # fast shutdown
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def stop(self) -> None:
        self.halt()
        shutil.rmtree(self.data_dir, ignore_errors=True)
        self.log.unlink(missing_ok=True)

    @classmethod
    def create(cls, bin_dir: Path | None = None, *, port: int | None = None) -> PostgresServer:
        """initdb in a new temporary directory, then `launch` (on `port`, else a free one)."""
        bin_dir = bin_dir or _bin_dir()
        if bin_dir is None:
            raise RuntimeError(INSTALL)
        data_dir = Path(tempfile.mkdtemp(prefix="faqbot-pg-"))
        if (account := _run_as()) is not None:
            os.chown(data_dir, account.pw_uid, account.pw_gid)
        initdb = [str(bin_dir / "initdb"), "-D", str(data_dir), "-U", "postgres", "--auth=trust"]
        initdb += ["--no-locale", "--encoding=UTF8", "--no-sync"]
        done = subprocess.run(initdb, capture_output=True, text=True, check=False, cwd="/", **_as_user())
        if done.returncode != 0:
            shutil.rmtree(data_dir, ignore_errors=True)
            raise RuntimeError(f"initdb failed ({done.returncode}): {done.stderr.strip()[-2000:]}")
        log = Path(tempfile.mkstemp(prefix="faqbot-pg-", suffix=".log")[1])
        server = cls(bin_dir, data_dir, port or free_port(), log)
        server.launch()
        return server

    def launch(self) -> None:
        """Start the server on its data directory and port; back when it accepts connections."""
        command = [str(self.bin_dir / "postgres"), "-D", str(self.data_dir), "-p", str(self.port)]
        for setting in ("listen_addresses=127.0.0.1", "unix_socket_directories=", "fsync=off"):
            command += ["-c", setting]
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(
                command, stdout=out, stderr=subprocess.STDOUT, cwd="/", **_as_user()
            )
        deadline = time.monotonic() + START_WITHIN
        while True:
            try:
                with psycopg.connect(self.admin_url, connect_timeout=2):
                    return
            except psycopg.OperationalError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    tail = self.log.read_text(errors="replace")[-2000:]
                    self.stop()
                    raise RuntimeError(f"PostgreSQL did not start on port {self.port}: {tail}") from None
                time.sleep(0.1)


@dataclass
class _Run:
    """This test run's server (started on first use) and the skips to report at its end."""

    server: PostgresServer | None = None
    skipped: int = 0
    reported: bool = False


_run = _Run()


def server() -> PostgresServer:
    """The run's server, started on first use (stopped when the test run ends); skips without it."""
    if _run.server is None:
        bin_dir = _bin_dir()
        if bin_dir is None:
            _run.skipped += 1
            pytest.skip(INSTALL)
        _run.server = PostgresServer.create(bin_dir)
        atexit.register(_run.server.stop)
    return _run.server


def report_skips(terminalreporter: pytest.TerminalReporter) -> None:
    """One line at the end of the run when PostgreSQL tests were skipped (for each conftest's hook)."""
    if _run.skipped and not _run.reported:
        _run.reported = True
        terminalreporter.write_line(f"SKIPPED {_run.skipped} PostgreSQL test(s): {INSTALL}", yellow=True)
