"""Fixtures of the reliability tests: the real engine and texts, the Bot API stand-in, log checks.

Every test here fails when the bot logs an ERROR (from bot.*) it was not expected to, when the
token shows up in any log line, or when the stand-in had to refuse HTML the bot sent.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator

import pytest

from bot.qa.engine import Engine, load_engine
from bot.telegram.texts import UiTexts, load_texts
from tests.reliability.harness import SECRET_PART, TOKEN
from tests.telegram.botapi_stub import BotApiStub


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "expect_errors: the test provokes ERROR log records on purpose")
    config.addinivalue_line("markers", "slow: a long-running test (real processes, bursts of hundreds)")


@pytest.fixture(scope="session")
def engine() -> Engine:
    return load_engine()


@pytest.fixture(scope="session")
def texts() -> UiTexts:
    return load_texts()


@pytest.fixture
async def stub() -> AsyncIterator[BotApiStub]:
    async with BotApiStub(TOKEN) as stub:
        yield stub
        assert not stub.parse_errors, f"the bot sent HTML Telegram would refuse: {stub.parse_errors}"


def records_of_test(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    """Every record of the test's setup, call and teardown (caplog.records is only the current phase)."""
    return [r for phase in ("setup", "call", "teardown") for r in caplog.get_records(phase)]


def log_text(records: list[logging.LogRecord]) -> str:
    formatter = logging.Formatter("%(levelname)s %(name)s: %(message)s")
    return "\n".join(formatter.format(record) for record in records)


@pytest.fixture(autouse=True)
def _clean_logs(request: pytest.FixtureRequest, caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    caplog.set_level(logging.INFO, logger="bot")
    caplog.set_level(logging.INFO, logger="aiogram.dispatcher")
    yield
    records = records_of_test(caplog)
    assert SECRET_PART not in log_text(records), "the token leaked into the logs (or a traceback)"
    if request.node.get_closest_marker("expect_errors") is None:
        errors = [r for r in records if r.name.startswith("bot") and r.levelno >= logging.ERROR]
        assert not errors, "\n".join(record.getMessage() for record in errors)
