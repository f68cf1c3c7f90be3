"""The load test in CI: 200 users × 5 messages through the real polling loop, each answered once;
the same under injected faults, none lost.

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
from tests.reliability.load import FAULTS, run_load

pytestmark = pytest.mark.slow  # a load run


async def test_200_users_5_messages_each_all_answered_exactly_once(
    engine: Engine, texts: UiTexts, tmp_path: Path, record_property: Callable[[str, object], None]
) -> None:
    result = await run_load(200, 5, workdir=tmp_path, engine=engine, texts=texts, within=120)
    # run_load has already checked that nothing else was sent.
    assert (result.lost, result.duplicates) == (0, 0), "every message answered, exactly once"
    assert result.recorded == result.messages, "every question reached the analytics store"
    print(f"\n{result.summary()}")
    record_property("updates", result.messages)
    record_property("updates_per_second", round(result.updates_per_second, 1))
    record_property("latency_p50_ms", round(result.percentile(50)))
    record_property("latency_p99_ms", round(result.percentile(99)))


async def test_1000_messages_from_200_users_under_injected_faults_none_lost(
    engine: Engine, texts: UiTexts, tmp_path: Path, record_property: Callable[[str, object], None]
) -> None:
    """429s with retry_after, 5xx, connections dropped before and after sending, slow answers (on
    sendMessage and getUpdates), the production retry backoff: every message is answered; a reply
    repeats only where a connection broke after Telegram had sent it (the bot could not know)."""
    result = await run_load(
        200, 5, workdir=tmp_path, engine=engine, texts=texts, within=300, faults=FAULTS, retry_backoff=0.5
    )
    print(f"\n{result.summary()}")
    injected = dict(result.injected)
    assert injected.get("send flood", 0) > 0, "429s were injected"
    assert injected.get("send lost", 0) > 0, "answers were lost after sending"
    assert result.lost == 0
    assert result.duplicates <= injected.get("send lost", 0)
    record_property("lost", result.lost)
    record_property("duplicates", result.duplicates)
    record_property("latency_p99_ms", round(result.percentile(99)))
