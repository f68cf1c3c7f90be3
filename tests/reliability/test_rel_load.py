"""The load test in CI: 200 users × 5 messages through the real polling loop, each answered once.

Throttling runs with its defaults (burst 5, then 0.5 a second), which a burst of 5 per user passes;
the global outgoing limit is off (see tests/reliability/load.py). The figures are printed (`pytest
-s`) and attached to the test report as properties. For the benchmark: python -m tests.reliability.load
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bot.qa.engine import Engine
from bot.telegram.texts import UiTexts
from tests.reliability.load import run_load

pytestmark = pytest.mark.slow  # a load run


async def test_200_users_5_messages_each_all_answered_exactly_once(
    engine: Engine, texts: UiTexts, tmp_path: Path, record_property: Callable[[str, object], None]
) -> None:
    result = await run_load(200, 5, workdir=tmp_path, engine=engine, texts=texts, within=120)
    # run_load has already checked: every message answered, exactly once, nothing else sent.
    assert result.recorded == result.messages, "every question reached the analytics store"
    print(f"\n{result.summary()}")
    record_property("updates", result.messages)
    record_property("updates_per_second", round(result.updates_per_second, 1))
    record_property("latency_p50_ms", round(result.percentile(50)))
    record_property("latency_p99_ms", round(result.percentile(99)))
