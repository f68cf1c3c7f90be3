"""The garbage collector around a loaded knowledge base (bot/qa/memory.py), on the real collector."""

from __future__ import annotations

import asyncio
import gc
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.qa import memory
from bot.qa.engine import load_engine
from tests.conftest import KbDirs


@pytest.fixture(autouse=True)
def _collector_as_found() -> Iterator[None]:
    enabled = gc.isenabled()
    yield
    gc.unfreeze()
    if enabled:
        gc.enable()


def test_paused_inside_and_running_again_after() -> None:
    gc.enable()
    with memory.paused_gc():
        assert not gc.isenabled()
        with memory.paused_gc():  # a load inside a load
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_switched_off_before_stays_off() -> None:
    gc.disable()
    with memory.paused_gc():
        pass
    assert not gc.isenabled()


def test_running_again_only_when_the_last_of_two_threads_ends() -> None:
    gc.enable()
    entered, leave = threading.Event(), threading.Event()

    def other_load() -> None:
        with memory.paused_gc():
            entered.set()
            leave.wait(5)

    thread = threading.Thread(target=other_load)
    thread.start()
    entered.wait(5)
    with memory.paused_gc():
        pass
    assert not gc.isenabled()  # the other thread is still loading
    leave.set()
    thread.join(5)
    assert gc.isenabled()


def test_a_loaded_engine_is_kept_out_of_the_collector_and_given_back_on_release(
    kb_dirs: KbDirs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BOT_INDEX_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("QA_SEMANTIC", "0")
    gc.unfreeze()
    engine = load_engine(kb_dirs.knowledge, kb_dirs.seeds, semantic=False)
    assert gc.get_freeze_count() > 0
    assert engine.answer("Когда состоялся круглый стол?").kind == "answer"
    memory.release()
    assert gc.get_freeze_count() == 0


@pytest.mark.parametrize("valid", [True, False], ids=["swapped", "rejected"])
def test_a_reload_gives_the_frozen_engines_back(
    kb_dirs: KbDirs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, valid: bool
) -> None:
    from bot.settings import Settings
    from bot.telegram.knowledge import KnowledgeHolder
    from bot.telegram.texts import load_texts

    monkeypatch.setenv("BOT_INDEX_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("QA_SEMANTIC", "0")
    engine = load_engine(kb_dirs.knowledge, kb_dirs.seeds, semantic=False)
    holder = KnowledgeHolder.of(engine, load_texts(kb_dirs.knowledge / "ui.yaml"))
    seeds = kb_dirs.seeds if valid else tmp_path / "no-seeds"
    settings = Settings(knowledge_dir=kb_dirs.knowledge, seeds_dir=seeds)
    assert gc.get_freeze_count() > 0
    result = asyncio.run(holder.reload(settings))
    assert result.ok is valid
    assert gc.get_freeze_count() == 0  # the replaced engine (or the rejected one) can be collected
