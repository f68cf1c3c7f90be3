"""Fixtures shared by every suite: the knowledge bases the core and Telegram suites run against.

Each suite that builds an engine runs twice: over the project's knowledge base, and over the same
with a second, test-only source beside it (tests/fixtures/second_source), so nothing may assume a
single document or a single FAQ file. Engines are built once per variant for the whole session.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
KNOWLEDGE_DIR = ROOT / "knowledge"
SEEDS_DIR = ROOT / "seeds"
SECOND_SOURCE = ROOT / "tests" / "fixtures" / "second_source"


@dataclass(frozen=True)
class KbDirs:
    """The two folders a knowledge base lives in."""

    knowledge: Path
    seeds: Path


def merge_knowledge(target: Path, *extra: Path) -> KbDirs:
    """Copy the project's knowledge/ and seeds/ into `target`, then each extra tree's on top."""
    dirs = KbDirs(target / "knowledge", target / "seeds")
    shutil.copytree(KNOWLEDGE_DIR, dirs.knowledge)
    shutil.copytree(SEEDS_DIR, dirs.seeds)
    for tree in extra:
        shutil.copytree(tree / "knowledge", dirs.knowledge, dirs_exist_ok=True)
        shutil.copytree(tree / "seeds", dirs.seeds, dirs_exist_ok=True)
    return dirs


@pytest.fixture(scope="session", params=["one_source", "two_sources"])
def kb_dirs(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> KbDirs:
    """The project's knowledge base, or it with the test-only second source."""
    if request.param == "one_source":
        return KbDirs(KNOWLEDGE_DIR, SEEDS_DIR)
    return merge_knowledge(tmp_path_factory.mktemp("two_sources"), SECOND_SOURCE)


@pytest.fixture
def two_sources(tmp_path: Path) -> KbDirs:
    """A throw-away copy of the project's knowledge base with the second source beside it."""
    return merge_knowledge(tmp_path, SECOND_SOURCE)


# Known engine failures that only the second source reveals, kept visible as XFAIL (not hidden):
# test name -> parameter values.
KNOWN_WITH_TWO_SOURCES: dict[str, tuple[str, ...]] = {
    # the second source uses "language" and "article": known there, the English word the dictionary
    # reads as a verb is no unknown noun any more, and the first source's entry still answers
    "test_a_noun_after_an_asking_determiner_is_a_noun": (
        "In what language did Asylov speak?",
        "Which article will enshrine Law and Order?",
    ),
    # ... and "free": the quality claimed is known there, no unknown subject
    "test_a_quality_claimed_in_english_or_kazakh_is_asked": (
        "Will legal education be free?",
        "Will legal education become free?",
    ),
    "test_what_before_an_unknown_noun_and_an_auxiliary_asks_of_that_noun": (
        "What language was the round table held in?",
        "What language did Asylov speak?",
    ),
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        callspec = getattr(item, "callspec", None)
        if callspec is None or callspec.params.get("kb_dirs") != "two_sources":
            continue
        known = KNOWN_WITH_TWO_SOURCES.get(getattr(item, "originalname", ""), ())
        if any(value in known for value in callspec.params.values()):
            reason = "engine: answered from an entry that lacks the question's subject (issue 7)"
            item.add_marker(pytest.mark.xfail(reason=reason, strict=False))
