"""The container's entry point (docker/entrypoint.sh), run by /bin/sh as the image runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ENTRYPOINT = ROOT / "docker" / "entrypoint.sh"

pytestmark = pytest.mark.slow


def _entrypoint(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    return subprocess.run(
        ["/bin/sh", str(ENTRYPOINT), *args],
        env={**{k: v for k, v in os.environ.items() if k != "BOT_TOKEN"}, "PATH": path, **env},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_an_unwritable_data_directory_is_one_line_saying_what_to_do() -> None:
    done = _entrypoint("run", ANALYTICS_DB="/proc/no-such-dir/analytics.sqlite3")
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("Ошибка: каталог /proc/no-such-dir")
    assert "chown" in lines[0]


def test_other_commands_go_straight_to_the_bot(tmp_path: Path) -> None:
    done = _entrypoint("kb", "check", ANALYTICS_DB="/proc/no-such-dir/analytics.sqlite3")
    assert done.returncode == 0, done.stderr
    assert "База знаний в порядке" in done.stdout


def test_run_without_token_and_terminal_fails_instead_of_looping(tmp_path: Path) -> None:
    done = _entrypoint(ANALYTICS_DB=str(tmp_path / "analytics.sqlite3"))
    assert done.returncode == 2
    assert "BOT_TOKEN" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
