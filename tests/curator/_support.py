"""Helpers of the curator tests: the CLI in a real subprocess, a throw-away knowledge base."""

from __future__ import annotations

import subprocess

from tests.conftest import SECOND_SOURCE, KbDirs
from tests.core._support import run_bot  # the one CLI runner, re-exported below

__all__ = ["SHORT_TEXT", "assert_one_clean_line", "dirs_args", "dirs_env", "run_bot"]

SHORT_TEXT = SECOND_SOURCE / "seeds" / "archive_exhibition_2026_03.txt"


def dirs_args(dirs: KbDirs) -> list[str]:
    return ["--knowledge-dir", str(dirs.knowledge), "--seeds-dir", str(dirs.seeds)]


def dirs_env(dirs: KbDirs) -> dict[str, str]:
    return {"KNOWLEDGE_DIR": str(dirs.knowledge), "SEEDS_DIR": str(dirs.seeds)}


def assert_one_clean_line(done: subprocess.CompletedProcess[str], code: int) -> str:
    """The command failed with `code`, one Russian line on stderr and no traceback."""
    assert done.returncode == code, (done.returncode, done.stdout, done.stderr)
    assert "Traceback" not in done.stdout + done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert any("а" <= ch <= "я" for ch in lines[0].casefold())
    return lines[0]
