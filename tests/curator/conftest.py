"""Fixtures of the curator tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import KbDirs, merge_knowledge


@pytest.fixture
def kb_dirs_copy(tmp_path: Path) -> KbDirs:
    """A throw-away copy of the project's knowledge/ and seeds/."""
    return merge_knowledge(tmp_path)
