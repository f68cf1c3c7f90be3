"""The engine runs off the event loop: one slow question (or inline query) delays no one else.

The real dispatcher answers two users at once; the first user's question goes to an engine that holds
it until the second user's reply has been sent (at most a few seconds). Were the engine on the event
loop, the second user could not be answered while the first is held, and the first reply would be
sent first."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest
from aiogram import Bot
from aiogram.methods import AnswerInlineQuery, SendMessage, TelegramMethod
from aiogram.types import Update

from bot.qa.engine import Engine
from bot.qa.models import Lang, Reply
from bot.telegram.dispatcher import create_dispatcher
from bot.telegram.knowledge import KnowledgeHolder
from bot.telegram.texts import UiTexts
from tests.telegram import updates as U
from tests.telegram.recording import TOKEN, RecordingSession

HOLD_SECONDS = 5.0


class SlowEngine(Engine):
    """The real engine over the same index, except that one question is held (as a very slow
    computation would hold it) until `release` is set or HOLD_SECONDS pass."""

    slow_question: str
    release: threading.Event

    @classmethod
    def over(cls, engine: Engine, slow_question: str) -> SlowEngine:
        slow = cls.__new__(cls)
        slow.__dict__.update(engine.__dict__)
        slow.slow_question = slow_question
        slow.release = threading.Event()
        return slow

    def answer(self, question: str, fallback_lang: Lang = "ru") -> Reply:
        if question == self.slow_question:
            self.release.wait(HOLD_SECONDS)  # blocks the calling thread, like CPU work would
        return super().answer(question, fallback_lang)


class OrderSession(RecordingSession):
    """Records requests; sets `engine.release` once a message reaches `fast_chat`."""

    def __init__(self, engine: SlowEngine, fast_chat: int) -> None:
        super().__init__()
        self.engine = engine
        self.fast_chat = fast_chat

    async def make_request(self, bot: Bot, method: TelegramMethod[Any], timeout: int | None = None) -> Any:  # noqa: ASYNC109
        result = await super().make_request(bot, method, timeout)
        if isinstance(method, SendMessage) and method.chat_id == self.fast_chat:
            self.engine.release.set()
        return result


@pytest.mark.parametrize("slow_kind", ["message", "inline_query"])
async def test_a_slow_question_does_not_hold_up_another_user(
    engine: Engine, texts: UiTexts, slow_kind: str
) -> None:
    slow_question = engine.kb.entries[0].canonical_question
    fast_question = engine.kb.entries[1].canonical_question
    slow_engine = SlowEngine.over(engine, slow_question)
    slow_user, fast_user = U.user(501, "Медленный"), U.user(502, "Быстрая")
    session = OrderSession(slow_engine, fast_chat=fast_user["id"])
    bot = Bot(token=TOKEN, session=session)
    dp = create_dispatcher(KnowledgeHolder.of(slow_engine, texts), set_menus_on_startup=False)

    slow_update: dict[str, Any] = (
        {"message": U.message(U.private_chat(slow_user), slow_user, slow_question)}
        if slow_kind == "message"
        else {"inline_query": U.inline_query(slow_user, slow_question)}
    )
    fast_update = {"message": U.message(U.private_chat(fast_user), fast_user, fast_question)}
    try:
        await asyncio.gather(
            *(
                dp.feed_update(bot, Update.model_validate({"update_id": n, **u}, context={"bot": bot}))
                for n, u in enumerate((slow_update, fast_update), start=1)
            )
        )
    finally:
        slow_engine.release.set()
        await bot.session.close()

    replies = [
        request for request in session.requests if isinstance(request, SendMessage | AnswerInlineQuery)
    ]
    answered = [
        "slow"
        if isinstance(r, AnswerInlineQuery) or (isinstance(r, SendMessage) and r.chat_id == slow_user["id"])
        else "fast"
        for r in replies
    ]
    assert answered == ["fast", "slow"]
    assert slow_engine.release.is_set()
    slow_reply = replies[1]
    if isinstance(slow_reply, AnswerInlineQuery):
        assert slow_reply.results, "the held inline query still gets its answers"
    else:
        assert slow_reply.text, "the held question still gets its answer"
