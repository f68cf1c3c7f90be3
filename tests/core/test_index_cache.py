"""The on-disk cache of the knowledge base and its index: real files in tmp_path, real loads."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bot.qa.engine import load_engine
from bot.qa.index import INDEX_VERSION, CompiledIndex
from bot.qa.index_cache import (
    CACHE_ENV,
    cache_key,
    cached_knowledge_base,
    default_cache_dir,
    files_key,
    read_cached,
    write_cached,
)
from tests.conftest import KbDirs

from .conftest import KbCopy

QUESTION = "Когда состоялся круглый стол?"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(folder))
    return folder


def cached_files(folder: Path, prefix: str) -> list[Path]:
    return sorted(folder.glob(f"{prefix}-*.pickle"))


def test_a_second_start_reads_the_cache_instead_of_rebuilding(kb_copy: KbCopy, cache: Path) -> None:
    first = load_engine(kb_copy.knowledge, kb_copy.seeds)
    files = cached_files(cache, "kb") + cached_files(cache, "index")
    assert len(files) == 2
    inodes = {path: path.stat().st_ino for path in files}
    second = load_engine(kb_copy.knowledge, kb_copy.seeds)
    # Writes go through a temporary file and a rename: an unchanged inode means nothing was rewritten.
    assert {path: path.stat().st_ino for path in files} == inodes
    assert cached_files(cache, "kb") + cached_files(cache, "index") == files
    assert second.answer(QUESTION) == first.answer(QUESTION)
    assert second.kb == first.kb


def test_a_changed_file_rebuilds(kb_copy: KbCopy, cache: Path) -> None:
    load_engine(kb_copy.knowledge, kb_copy.seeds)
    data = kb_copy.read_faq()
    entry = data["entries"][0]
    new_question = "Про какого синего слона из зоопарка этот документ?"
    entry["questions"] = [*entry["questions"], new_question]
    kb_copy.write_faq(data)
    engine = load_engine(kb_copy.knowledge, kb_copy.seeds)
    assert len(cached_files(cache, "kb")) == 2
    assert len(cached_files(cache, "index")) == 2
    assert new_question in engine.kb.by_id[entry["id"]].questions
    assert engine.answer(new_question).entry_id == entry["id"]


def test_an_edited_translation_rebuilds_the_index(kb_copy: KbCopy, cache: Path) -> None:
    """The index holds the Kazakh and English question variants too: editing one is a new index."""
    load_engine(kb_copy.knowledge, kb_copy.seeds, semantic=False)
    data = kb_copy.read_faq()
    entry = next(e for e in data["entries"] if "en" in e.get("translations", {}))
    new_question = "Which blue elephant from the zoo does this text mention?"
    entry["translations"]["en"]["questions"].append(new_question)
    kb_copy.write_faq(data)
    engine = load_engine(kb_copy.knowledge, kb_copy.seeds, semantic=False)
    assert len(cached_files(cache, "index")) == 2
    assert new_question in engine.index.compiled.question_texts


def test_an_entry_moved_to_another_source_rebuilds_the_index(two_sources: KbDirs, cache: Path) -> None:
    """Term weights depend on the source an entry belongs to (per-source statistics)."""
    load_engine(two_sources.knowledge, two_sources.seeds, semantic=False)
    faq = {path.stem: path for path in (two_sources.knowledge / "faq").glob("*.yaml")}
    donor, receiver = faq["archive_exhibition_2026_03"], faq["round_table_2026_02_27"]
    moving = yaml.safe_load(donor.read_text(encoding="utf-8"))
    entry = moving["entries"].pop(-1)
    entry["quotes"] = [{"text": quote, "source": moving["source"]} for quote in entry["quotes"]]
    entry.pop("related", None)
    for other in moving["entries"]:
        other["related"] = [r for r in other.get("related", []) if r != entry["id"]]
    donor.write_text(yaml.safe_dump(moving, allow_unicode=True, sort_keys=False), encoding="utf-8")
    kept = yaml.safe_load(receiver.read_text(encoding="utf-8"))
    kept["entries"].insert(0, entry)  # the entries' order stays the same: only their sources change
    receiver.write_text(yaml.safe_dump(kept, allow_unicode=True, sort_keys=False), encoding="utf-8")
    engine = load_engine(two_sources.knowledge, two_sources.seeds, semantic=False)
    assert engine.kb.by_id[entry["id"]].source == "round_table_2026_02_27"
    assert len(cached_files(cache, "index")) == 2


def test_a_change_outside_the_faq_rebuilds_the_knowledge_base(kb_copy: KbCopy, cache: Path) -> None:
    before = files_key(kb_copy.knowledge, kb_copy.seeds)
    source = next(kb_copy.seeds.glob("*.txt"))
    source.write_text(source.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert files_key(kb_copy.knowledge, kb_copy.seeds) != before


@pytest.mark.parametrize("damage", ["garbage", "truncated", "flipped byte", "empty"])
def test_a_corrupt_cache_is_ignored_and_rebuilt(kb_copy: KbCopy, cache: Path, damage: str) -> None:
    reference = load_engine(kb_copy.knowledge, kb_copy.seeds).answer(QUESTION)
    for path in cached_files(cache, "kb") + cached_files(cache, "index"):
        blob = path.read_bytes()
        if damage == "garbage":
            path.write_bytes(b"\x80\x04not a pickle at all")
        elif damage == "truncated":
            path.write_bytes(blob[: len(blob) // 2])
        elif damage == "flipped byte":
            middle = len(blob) // 2
            path.write_bytes(blob[:middle] + bytes([blob[middle] ^ 0xFF]) + blob[middle + 1 :])
        else:
            path.write_bytes(b"")
    engine = load_engine(kb_copy.knowledge, kb_copy.seeds)
    assert engine.answer(QUESTION) == reference
    # Rebuilt and stored again: the next start reads a valid file.
    kb_key = files_key(kb_copy.knowledge, kb_copy.seeds)
    assert read_cached(cache / f"kb-{kb_key[:32]}.pickle", kb_key, type(engine.kb)) == engine.kb
    key = cache_key(engine.kb)
    assert read_cached(cache / f"index-{key[:32]}.pickle", key, CompiledIndex) is not None


def test_a_stale_version_is_ignored(kb_copy: KbCopy, cache: Path) -> None:
    engine = load_engine(kb_copy.knowledge, kb_copy.seeds)
    key = cache_key(engine.kb)
    path = cache / f"index-{key[:32]}.pickle"
    current = read_cached(path, key, CompiledIndex)
    assert current is not None
    # An index of an older layout, stored under the right key: the version check refuses it.
    write_cached(path, key, dataclasses.replace(current, version=INDEX_VERSION - 1, question_texts=()))
    assert load_engine(kb_copy.knowledge, kb_copy.seeds).answer(QUESTION) == engine.answer(QUESTION)
    restored = read_cached(path, key, CompiledIndex)
    assert restored is not None
    assert restored.version == INDEX_VERSION


def test_a_file_stored_under_another_key_is_ignored(kb_copy: KbCopy, cache: Path) -> None:
    engine = load_engine(kb_copy.knowledge, kb_copy.seeds)
    key = files_key(kb_copy.knowledge, kb_copy.seeds)
    path = cache / f"kb-{key[:32]}.pickle"
    write_cached(path, "0" * 64, engine.kb)  # e.g. written by an older version of the loader
    assert read_cached(path, key, type(engine.kb)) is None
    assert cached_knowledge_base(kb_copy.knowledge, kb_copy.seeds, cache) == engine.kb
    assert read_cached(path, key, type(engine.kb)) == engine.kb


def test_the_cache_location_comes_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "here"))
    assert default_cache_dir() == tmp_path / "here"
    monkeypatch.setenv(CACHE_ENV, "off")
    assert default_cache_dir() is None
    monkeypatch.delenv(CACHE_ENV)
    assert default_cache_dir() is not None
    assert default_cache_dir().name == "index"  # type: ignore[union-attr]


def test_with_the_cache_off_nothing_is_written(
    kb_copy: KbCopy, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_ENV, "off")
    engine = load_engine(kb_copy.knowledge, kb_copy.seeds)
    assert engine.answer(QUESTION).kind == "answer"
    assert not list(tmp_path.rglob("*.pickle"))


# A start in a fresh interpreter: the answers it gives, and whether it loaded the English dictionary.
_START = """
import json, sys
from pathlib import Path
from bot.qa.engine import load_engine
engine = load_engine(Path(sys.argv[1]), Path(sys.argv[2]), semantic=False)
started = "lemminflect" in sys.modules
answers = [engine.answer(q).model_dump(mode="json") for q in sys.argv[3:]]
after = "lemminflect" in sys.modules
print(json.dumps({"english_dictionary": started, "answers": answers, "after_answers": after}))
"""


def _start(kb_copy: KbCopy, cache: Path, *questions: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", _START, str(kb_copy.knowledge), str(kb_copy.seeds), *questions],
        env={**os.environ, CACHE_ENV: str(cache)},
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_a_warm_start_reads_its_words_instead_of_parsing_them(kb_copy: KbCopy, cache: Path) -> None:
    """The words a start-up parses (synonyms, question words, small talk: English ones among them)
    are read from the cache the next time: the English dictionary, which only they needed, is not
    even loaded, and every answer is the same, English ones too (a new English word loads it then)."""
    questions = (
        "Когда состоялся круглый стол?",
        "Who spoke at the round table?",
        "What is the aim of reforms?",
    )
    first = _start(kb_copy, cache, *questions)
    assert first["english_dictionary"] is True
    [words] = cached_files(cache, "words")
    inode = words.stat().st_ino
    second = _start(kb_copy, cache, *questions)
    assert second["english_dictionary"] is False
    assert second["answers"] == first["answers"]
    assert words.stat().st_ino == inode  # nothing new was parsed at start: the file is not rewritten
    words.write_bytes(words.read_bytes()[:100])  # damaged: ignored, the words parsed and stored again
    third = _start(kb_copy, cache, *questions)
    assert third == first
    assert _start(kb_copy, cache, *questions) == second


def test_russian_questions_load_no_english_dictionary(kb_copy: KbCopy, cache: Path) -> None:
    """Once its words are cached, a process answering Russian and Kazakh questions never loads the
    English dictionary (a third of a second and 30 MB): no reading analyses English words of its
    own for a question with none («О чём шла речь?» once did, for its English verbs of talking)."""
    questions = ("прогрев", "О чём шла речь?", "Кто участвовал?", "Дөңгелек үстелде не туралы сөз болды?")
    _start(kb_copy, cache, *questions)
    second = _start(kb_copy, cache, *questions)
    assert second["english_dictionary"] is False
    assert second["after_answers"] is False
