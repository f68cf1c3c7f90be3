"""`kb suggest` over a real analytics SQLite file written by the bot's own store."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import yaml

from bot.analytics import AnalyticsStore
from bot.qa.models import Reply

from ._support import assert_one_clean_line, run_bot

UNANSWERED = [
    "Где проходил круглый стол?",
    "Где прошёл круглый стол?",
    "где проходил круглый стол",
    "Сколько стоит проезд в автобусе?",
    "сколько стоит проезд",
    "Кто из депутатов выступал на круглом столе?",
]

pytestmark = pytest.mark.slow  # real `python -m bot` subprocesses


def write_store(path: Path) -> None:
    with AnalyticsStore(path, secret="s" * 32) as store:
        for question in UNANSWERED:
            store.record_reply("private", Reply(query=question, kind="none", decline="not_found"))
        store.record_reply("private", Reply(query="Кто участвовал?", kind="answer", entry_id="participants"))


def groups_of(output: str) -> list[str]:
    return [block for block in output.split("\n\n")[1:] if block.strip()]


def test_unanswered_questions_are_grouped_by_meaning(tmp_path: Path) -> None:
    db = tmp_path / "analytics.sqlite3"
    write_store(db)
    done = run_bot("kb", "suggest", "--db", db)
    assert done.returncode == 0, done.stderr
    assert "6 вопросов" in done.stdout
    blocks = groups_of(done.stdout)
    where = next(b for b in blocks if "Где проходил круглый стол?" in b)
    assert "Где прошёл круглый стол?" in where
    assert "«где проходил круглый стол» ×1" in where
    fare = next(b for b in blocks if "проезд" in b)
    assert "сколько стоит проезд" in fare.casefold()
    assert "нужна новая запись" in fare
    assert "проезд" not in where
    assert "депутат" not in where
    assert "Кто участвовал?" not in done.stdout


def test_a_close_group_gets_a_line_to_paste(tmp_path: Path) -> None:
    db = tmp_path / "analytics.sqlite3"
    write_store(db)
    done = run_bot("kb", "suggest", "--db", db)
    pasted = [line for line in done.stdout.splitlines() if line.startswith("      - ")]
    assert pasted
    for line in pasted:
        (question,) = yaml.safe_load(line.strip())
        assert question in UNANSWERED


def test_a_database_of_another_program_is_one_clear_line(tmp_path: Path) -> None:
    db = tmp_path / "other.sqlite3"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE unanswered (id INTEGER PRIMARY KEY, text TEXT)")
    conn.close()
    line = assert_one_clean_line(run_bot("kb", "suggest", "--db", db), 1)
    assert "other.sqlite3" in line


def test_no_database_and_a_broken_one(tmp_path: Path) -> None:
    done = run_bot("kb", "suggest", "--db", tmp_path / "none.sqlite3")
    assert done.returncode == 0, done.stderr
    assert "нет" in done.stdout
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"not a database at all" * 100)
    line = assert_one_clean_line(run_bot("kb", "suggest", "--db", broken), 1)
    assert "broken.sqlite3" in line
