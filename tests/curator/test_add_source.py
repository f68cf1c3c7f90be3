"""`kb add-source`: the text copied verbatim, its metadata, a draft FAQ that `kb check` accepts."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import yaml

from bot.curator.sentences import split_sentences
from bot.qa.engine import load_engine
from bot.qa.kb import collapse_ws
from tests.conftest import KbDirs

from ._support import SHORT_TEXT, assert_one_clean_line, dirs_args, run_bot

ARGS = ("--id", "archive_demo", "--title", "Выставка в архиве", "--date", "2026-03-05", "--kind", "анонс")

pytestmark = pytest.mark.slow  # real `python -m bot` subprocesses


def add(kb_dirs_copy: KbDirs, *extra: str, file: Path = SHORT_TEXT) -> subprocess.CompletedProcess[str]:
    return run_bot("kb", "add-source", file, *(extra or ARGS), *dirs_args(kb_dirs_copy))


def test_add_source_writes_the_text_its_metadata_and_drafts(kb_dirs_copy: KbDirs) -> None:
    done = add(kb_dirs_copy)
    assert done.returncode == 0, done.stderr
    text = kb_dirs_copy.seeds / "archive_demo.txt"
    assert text.read_bytes() == SHORT_TEXT.read_bytes()
    meta = yaml.safe_load((kb_dirs_copy.seeds / "archive_demo.yaml").read_text(encoding="utf-8"))
    assert meta["id"] == "archive_demo"
    assert meta["title"] == "Выставка в архиве"
    assert meta["kind"] == "анонс"
    assert str(meta["date"]) == "2026-03-05"
    faq = yaml.safe_load((kb_dirs_copy.knowledge / "faq" / "archive_demo.yaml").read_text(encoding="utf-8"))
    assert faq["source"] == "archive_demo"
    sentences = {s.text for s in split_sentences(SHORT_TEXT.read_text(encoding="utf-8"))}
    quoted = [collapse_ws(q) for e in faq["entries"] for q in e["quotes"]]
    assert set(quoted) == sentences, "every sentence quoted once, as a whole sentence"
    assert len(quoted) == len(sentences)
    assert any(len(e["quotes"]) == 2 for e in faq["entries"]), "related sentences are grouped"
    for entry in faq["entries"]:
        assert entry["status"] == "draft"
        assert entry["questions"]
        assert entry["id"].startswith("archive_demo_")
    questions = [q for e in faq["entries"] for q in e["questions"]]
    assert "Кто такая Айгерим Сапарова?" in questions, "a question drafted from a name in the text"
    assert "archive_demo.yaml" in done.stdout


def test_drafts_pass_kb_check_are_listed_and_never_served(kb_dirs_copy: KbDirs) -> None:
    assert add(kb_dirs_copy).returncode == 0
    done = run_bot("kb", "check", *dirs_args(kb_dirs_copy))
    assert done.returncode == 0, done.stderr
    assert "Черновики" in done.stdout
    assert "archive_demo_01" in done.stdout
    engine = load_engine(kb_dirs_copy.knowledge, kb_dirs_copy.seeds)
    assert not [e for e in engine.kb.entries if e.source == "archive_demo"]
    faq = yaml.safe_load((kb_dirs_copy.knowledge / "faq" / "archive_demo.yaml").read_text(encoding="utf-8"))
    for entry in faq["entries"]:
        for question in entry["questions"]:
            reply = engine.answer(question)
            assert not (reply.entry_id or "").startswith("archive_demo"), question
            assert all(q.source.id != "archive_demo" for q in reply.quotes)


def test_an_existing_id_is_never_overwritten(kb_dirs_copy: KbDirs) -> None:
    assert add(kb_dirs_copy).returncode == 0
    faq = kb_dirs_copy.knowledge / "faq" / "archive_demo.yaml"
    before = faq.read_bytes()
    line = assert_one_clean_line(add(kb_dirs_copy), 1)
    assert "archive_demo" in line
    assert faq.read_bytes() == before


def test_the_id_of_an_existing_source_is_refused(kb_dirs_copy: KbDirs) -> None:
    existing = next(kb_dirs_copy.seeds.glob("*.yaml")).stem
    line = assert_one_clean_line(
        add(kb_dirs_copy, "--id", existing, "--title", "x", "--date", "2026-01-01"), 1
    )
    assert existing in line


def test_wrong_input_is_one_line(kb_dirs_copy: KbDirs, tmp_path: Path) -> None:
    base = ["--title", "T", "--kind", "анонс"]
    assert "ГГГГ-ММ-ДД" in assert_one_clean_line(
        add(kb_dirs_copy, "--id", "a1", "--date", "5 марта", *base), 2
    )
    assert "латинские" in assert_one_clean_line(
        add(kb_dirs_copy, "--id", "Выставка", "--date", "2026-03-05", *base), 2
    )
    missing = tmp_path / "nope.txt"
    line = assert_one_clean_line(add(kb_dirs_copy, *ARGS, file=missing), 2)
    assert "nope.txt" in line
    cp1251 = tmp_path / "cp1251.txt"
    cp1251.write_bytes("Текст в другой кодировке.".encode("cp1251"))
    assert "UTF-8" in assert_one_clean_line(add(kb_dirs_copy, *ARGS, file=cp1251), 2)
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    assert "пуст" in assert_one_clean_line(add(kb_dirs_copy, *ARGS, file=empty), 2)
    assert not (kb_dirs_copy.seeds / "archive_demo.txt").exists()
