"""Fixtures of the core tests: the real knowledge base, one engine per session, broken copies."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.qa.analyzer import Analyzer
from bot.qa.engine import Engine, load_engine
from bot.qa.kb import KnowledgeBase
from tests.conftest import KbDirs

from ._support import KNOWLEDGE_DIR, SEEDS_DIR


@pytest.fixture(scope="session")
def engine(kb_dirs: KbDirs) -> Engine:
    """The engine over the project's own knowledge base (and once more with a second source beside
    it: see tests/conftest.py), loaded once per variant (pymorphy takes a while)."""
    return load_engine(kb_dirs.knowledge, kb_dirs.seeds)


@pytest.fixture(scope="session")
def kb(engine: Engine) -> KnowledgeBase:
    return engine.kb


@pytest.fixture(scope="session")
def analyzer(engine: Engine) -> Analyzer:
    """The analyzer as it treats users' questions (with the knowledge base's vocabulary)."""
    return engine.analyzer


@dataclass
class KbCopy:
    """A throw-away copy of knowledge/ and seeds/ that a test may break."""

    knowledge: Path
    seeds: Path

    @property
    def faq_path(self) -> Path:
        """The largest FAQ file (the tests break entries by index; any number of files may exist)."""
        return max((self.knowledge / "faq").glob("*.yaml"), key=lambda path: path.stat().st_size)

    @property
    def faq_rel(self) -> str:
        """How the loader names the FAQ file in its problems."""
        return f"knowledge/faq/{self.faq_path.name}"

    def read_faq(self) -> dict[str, Any]:
        data: dict[str, Any] = yaml.safe_load(self.faq_path.read_text(encoding="utf-8"))
        return data

    def write_faq(self, data: dict[str, Any]) -> None:
        self.faq_path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


@pytest.fixture
def kb_copy(tmp_path: Path) -> KbCopy:
    knowledge = shutil.copytree(KNOWLEDGE_DIR, tmp_path / "knowledge")
    seeds = shutil.copytree(SEEDS_DIR, tmp_path / "seeds")
    return KbCopy(Path(knowledge), Path(seeds))
