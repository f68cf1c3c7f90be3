"""Fixtures of the Telegram adapter tests: the real engine and texts, a recording bot, a dispatcher."""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

import pytest
from aiogram import Bot, Dispatcher
from aiogram.methods import SendMessage
from aiogram.types import Update

from bot.qa.engine import Engine, load_engine
from bot.telegram.dispatcher import create_dispatcher
from bot.telegram.texts import UiTexts, load_texts
from tests.conftest import KbDirs
from tests.telegram import updates as U
from tests.telegram.recording import RecordingSession, recording_bot

Feed = Callable[..., Awaitable[Any]]


@pytest.fixture(scope="session")
def engine(kb_dirs: KbDirs) -> Engine:
    """One engine per knowledge-base variant (with and without a second source: tests/conftest.py)."""
    return load_engine(kb_dirs.knowledge, kb_dirs.seeds)


@pytest.fixture(scope="session")
def texts() -> UiTexts:
    return load_texts()


class MemoryVotes:
    """A FeedbackSink that keeps votes in memory with the contract of the real store: one per user+message."""

    def __init__(self) -> None:
        self.votes: dict[tuple[int, str], tuple[str | None, int]] = {}

    def record_feedback(
        self, user_id: int, message_key: str, entry_id: str | None, vote: int, *, update_id: int | None = None
    ) -> bool:
        if (user_id, message_key) in self.votes:
            return False
        self.votes[(user_id, message_key)] = (entry_id, vote)
        return True


@pytest.fixture
async def bot() -> AsyncIterator[Bot]:
    bot, _ = recording_bot()
    yield bot
    await bot.session.close()


@pytest.fixture
def session(bot: Bot) -> RecordingSession:
    assert isinstance(bot.session, RecordingSession)
    return bot.session


@pytest.fixture
def votes() -> MemoryVotes:
    return MemoryVotes()


@pytest.fixture
def dp(engine: Engine, texts: UiTexts, votes: MemoryVotes) -> Dispatcher:
    return create_dispatcher(engine, texts, feedback=votes)


@pytest.fixture
def feed(dp: Dispatcher, bot: Bot) -> Feed:
    """feed(message=...), feed(callback_query=...), feed(inline_query=...): one update, dispatched."""
    counter = iter(range(1, 1_000_000))

    async def _feed(**update: Any) -> Any:
        event = Update.model_validate({"update_id": next(counter), **update}, context={"bot": bot})
        return await dp.feed_update(bot, event)

    return _feed


@pytest.fixture
def alice() -> dict[str, Any]:
    return U.user(1001, "Алия")


@pytest.fixture
def bob() -> dict[str, Any]:
    return U.user(1002, "Бекзат")


def texts_sent(session: RecordingSession) -> list[str]:
    return [request.text for request in session.sent(SendMessage)]


@pytest.fixture(autouse=True)
def _no_handler_errors(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """The dispatcher logs a failed update and goes on; in tests such a failure must fail the test."""
    yield
    records = [r for phase in ("setup", "call") for r in caplog.get_records(phase)]  # not only teardown's
    failed = [r for r in records if r.name.startswith("bot.telegram") and r.levelno >= logging.ERROR]
    assert not failed, "\n".join(record.getMessage() for record in failed)


@pytest.fixture(scope="session")
def clarify_question(engine: Engine) -> str:
    """A question the engine answers with "did you mean" (searched, since scores get retuned)."""
    words = sorted(
        {w for e in engine.kb.entries for q in e.questions for w in re.findall(r"\w{4,}", q.lower())}
    )
    for word in words:
        if engine.answer(word).kind == "clarify":
            return str(word)
    pytest.skip("the engine asks to clarify no single word of the knowledge base")


DECLINED = (  # on-topic details the document lacks, and questions about something else entirely
    "Какую зарплату получает генеральный прокурор?",
    "Сколько депутатов проголосовало за проект?",
    "Когда будет референдум?",
    "Сколько стоит проезд в автобусе?",
    "Расскажи анекдот",
)


@pytest.fixture(scope="session")
def declined_question(engine: Engine) -> str:
    """A question the engine declines (searched, since the engine's decisions get retuned)."""
    for question in DECLINED:
        if engine.answer(question).kind == "none":
            return question
    pytest.skip("the engine declines none of the sample questions")
