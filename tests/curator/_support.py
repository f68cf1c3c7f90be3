"""Helpers of the curator tests: the CLI in a real subprocess, a throw-away knowledge base."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, SECOND_SOURCE, KbDirs

ENV_KEYS = ("BOT_TOKEN", "KNOWLEDGE_DIR", "SEEDS_DIR", "ANALYTICS_DB", "WEBHOOK_URL", "ADMIN_IDS")
SHORT_TEXT = SECOND_SOURCE / "seeds" / "archive_exhibition_2026_03.txt"


def run_bot(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k not in ENV_KEYS}
    full_env.update({"PYTHONIOENCODING": "utf-8", **(env or {})})
    return subprocess.run(
        [sys.executable, "-m", "bot", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=full_env,
        timeout=120,
        check=False,
    )


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
