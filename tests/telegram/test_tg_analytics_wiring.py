"""The analytics store plugs into the dispatcher as FeedbackSink and AnswerLog without touching a handler."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiogram import Bot
from aiogram.methods import AnswerCallbackQuery
from aiogram.types import Update

from bot.analytics import AnalyticsStore
from bot.qa.engine import Engine
from bot.telegram.callbacks import FeedbackCb
from bot.telegram.dispatcher import create_dispatcher
from bot.telegram.texts import UiTexts
from tests.telegram import updates as U
from tests.telegram.recording import BOT_USER, RecordingSession


@pytest.fixture
def store(tmp_path: Path) -> Iterator[AnalyticsStore]:
    with AnalyticsStore(tmp_path / "analytics.sqlite3", secret="test-secret-0123456789") as store:
        yield store


async def test_questions_are_logged_once_per_channel_and_votes_once_per_person(
    *, bot: Bot, session: RecordingSession, engine: Engine, texts: UiTexts, store: AnalyticsStore, alice: dict
) -> None:
    dp = create_dispatcher(engine, texts, feedback=store, answer_log=store)
    ids = iter(range(1, 100))

    async def feed(**update: object) -> None:
        await dp.feed_update(
            bot, Update.model_validate({"update_id": next(ids), **update}, context={"bot": bot})
        )

    group = U.group_chat()
    await feed(message=U.message(U.private_chat(alice), alice, "Кто участвовал в круглом столе?"))
    await feed(message=U.message(U.private_chat(alice), alice, "Какую зарплату получает прокурор?"))
    await feed(message=U.message(group, alice, "Кто участвовал в круглом столе?"))  # not addressed
    await feed(message=U.message(group, alice, "/ask Кто участвовал в круглом столе?"))
    for typed in ("что сказал", "что сказал генеральный", "что сказал генеральный прокурор"):
        await feed(inline_query=U.inline_query(alice, typed))  # one query per keystroke: not counted
    await feed(inline_query=U.inline_query(alice, ""))  # browsing topics is not a question
    await feed(
        chosen_inline_result=U.chosen_inline_result(alice, "что сказал генеральный прокурор", "speaker")
    )

    stats = store.stats()
    assert stats.total_questions == 4
    assert stats.by_chat_type == {"private": 2, "supergroup": 1, "inline": 1}

    answer = U.message(U.private_chat(alice), BOT_USER.model_dump(exclude_none=True), "ответ")
    for vote in (1, -1):
        data = FeedbackCb(id="participants", vote=vote).pack()
        await feed(callback_query=U.callback_query(alice, data, answer))
    alerts = [request.text for request in session.sent(AnswerCallbackQuery)]
    assert alerts == [texts.alerts.feedback_thanks, texts.alerts.feedback_thanks]  # the later wins
    stats = store.stats()
    assert (stats.feedback_up, stats.feedback_down) == (0, 1)


class SlowFirstVote:
    """The real store behind a sink whose first write is slow, as a busy disk would make it."""

    def __init__(self, store: AnalyticsStore) -> None:
        self.store = store
        self.calls = 0

    def record_feedback(
        self, user_id: int, message_key: str, entry_id: str | None, vote: int, *, update_id: int | None = None
    ) -> bool:
        self.calls += 1
        if self.calls == 1:
            time.sleep(0.3)
        return self.store.record_feedback(user_id, message_key, entry_id, vote, update_id=update_id)


async def test_the_later_of_two_quick_presses_always_wins(
    *, bot: Bot, session: RecordingSession, engine: Engine, texts: UiTexts, store: AnalyticsStore, alice: dict
) -> None:
    dp = create_dispatcher(engine, texts, feedback=SlowFirstVote(store))
    answer = U.message(U.private_chat(alice), BOT_USER.model_dump(exclude_none=True), "ответ")
    presses = [
        Update.model_validate(
            {
                "update_id": i,
                "callback_query": U.callback_query(
                    alice, FeedbackCb(id="participants", vote=v).pack(), answer
                ),
            },
            context={"bot": bot},
        )
        for i, v in ((1, 1), (2, -1))
    ]
    # handled concurrently, as aiogram's polling does: the 👍 is slow to store, the 👎 is not
    await asyncio.gather(*(dp.feed_update(bot, update) for update in presses))
    stats = store.stats()
    assert (stats.feedback_up, stats.feedback_down) == (0, 1)
    alerts = [request.text for request in session.sent(AnswerCallbackQuery)]
    assert alerts == [texts.alerts.feedback_thanks, texts.alerts.feedback_thanks]
