"""A Bot whose session records every request instead of calling Telegram (aiogram's MockedBot pattern).

Responses: canned ones queued with `add_result(MethodType, value_or_exception)` first, otherwise a
plausible default (the sent message for sendMessage/editMessageText, True for boolean methods).
"""

from __future__ import annotations

import itertools
from collections import defaultdict, deque
from collections.abc import AsyncGenerator
from datetime import UTC, datetime
from typing import Any, TypeVar

from aiogram import Bot
from aiogram.client.session.base import BaseSession
from aiogram.methods import (
    EditMessageText,
    GetMe,
    GetMyDescription,
    GetMyShortDescription,
    SendMessage,
    TelegramMethod,
)
from aiogram.types import BotDescription, BotShortDescription, Chat, Message, User

TOKEN = "42:TEST_token_for_handler_tests_only_000000"
BOT_USER = User(
    id=42, is_bot=True, first_name="Справочник", username="faq_test_bot", supports_inline_queries=True
)
M = TypeVar("M", bound=TelegramMethod[Any])


class RecordingSession(BaseSession):
    def __init__(self, me: User = BOT_USER) -> None:
        super().__init__()
        self.me = me
        self.requests: list[TelegramMethod[Any]] = []
        self.canned: dict[type, deque[Any]] = defaultdict(deque)
        self._message_ids = itertools.count(1000)

    def add_result(self, method: type[TelegramMethod[Any]], result: Any) -> None:
        self.canned[method].append(result)

    def sent(self, method: type[M]) -> list[M]:
        return [request for request in self.requests if isinstance(request, method)]

    def clear(self) -> None:
        self.requests.clear()

    async def make_request(
        self,
        bot: Bot,
        method: TelegramMethod[Any],
        timeout: int | None = None,  # noqa: ASYNC109
    ) -> Any:
        self.requests.append(method)
        if self.canned[type(method)]:
            result = self.canned[type(method)].popleft()
            if isinstance(result, BaseException):
                raise result
            return result
        return self._default(method)

    def _default(self, method: TelegramMethod[Any]) -> Any:
        if isinstance(method, GetMe):
            return self.me
        if isinstance(method, SendMessage | EditMessageText):
            chat_id = int(method.chat_id or 0)
            return Message(
                message_id=getattr(method, "message_id", None) or next(self._message_ids),
                date=datetime.now(UTC),
                chat=Chat(id=chat_id, type="private" if chat_id > 0 else "supergroup"),
                from_user=self.me,
                text=method.text,
            )
        if isinstance(method, GetMyDescription):
            return BotDescription(description="")
        if isinstance(method, GetMyShortDescription):
            return BotShortDescription(short_description="")
        if method.__returning__ is bool:
            return True
        raise NotImplementedError(f"no default response for {type(method).__name__}")

    async def close(self) -> None:
        return None

    async def stream_content(
        self,
        url: str,
        headers: dict[str, Any] | None = None,
        timeout: int = 30,  # noqa: ASYNC109 - BaseSession's signature
        chunk_size: int = 65536,
        raise_for_status: bool = True,
    ) -> AsyncGenerator[bytes, None]:
        yield b""


def recording_bot() -> tuple[Bot, RecordingSession]:
    session = RecordingSession()
    return Bot(token=TOKEN, session=session), session
