"""Update-level (outer) middlewares: the knowledge snapshot of each update, one sender's updates in order."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import TelegramObject, Update

from bot.telegram.knowledge import KnowledgeHolder

logger = logging.getLogger(__name__)

# Telegram sends every anonymous group admin as this one user; they are told apart by their chat.
ANONYMOUS_ADMIN_ID = 1_087_968_824

Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]


class KnowledgeMiddleware(BaseMiddleware):
    """Gives every update the engine and texts current when it arrived (read once, never mixed)."""

    def __init__(self, holder: KnowledgeHolder) -> None:
        self.holder = holder

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        knowledge = self.holder.current
        data["engine"] = knowledge.engine
        data["texts"] = knowledge.texts
        return await handler(event, data)


class StatsAvailability(BaseMiddleware):
    """Hides a stats source that says it is unavailable (`available` False), so /stats answers plainly
    that statistics are unavailable instead of waiting on a broken database."""

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        if getattr(data.get("stats"), "available", True) is False:
            data["stats"] = None
        return await handler(event, data)


def actor_key(update: Update) -> int | None:
    """Who sent the update, for ordering and throttling: the user id, or the chat id when the sender
    is a chat (anonymous group admins all come as GroupAnonymousBot, channels post as themselves)."""
    try:
        event: object = update.event
    except LookupError:  # an update kind this aiogram does not know
        return None
    sender_chat = getattr(event, "sender_chat", None)
    chat = getattr(event, "chat", None)
    if sender_chat is not None:
        return int(sender_chat.id)
    user = getattr(event, "from_user", None)
    if user is None:
        return int(chat.id) if chat is not None else None
    if user.id == ANONYMOUS_ADMIN_ID and chat is not None:
        return int(chat.id)
    return int(user.id)


class PerActorOrder(BaseMiddleware):
    """Handles one sender's updates of one kind (messages, button presses, inline queries...) one at
    a time, in the order they arrived (update_id order). Kinds are apart so that a reply waiting for
    a busy group's limit does not hold up the same person's button presses or inline queries.

    Updates are handled concurrently, so without this 👍 then 👎 pressed quickly on one message could
    be stored in either order; with it the later press is always handled, and stored, last. Locks are
    FIFO and the middleware is reached without an intermediate suspension, so arrival order holds."""

    def __init__(self) -> None:
        self._locks: dict[tuple[str, int], tuple[asyncio.Lock, int]] = {}

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        actor = actor_key(event) if isinstance(event, Update) else None
        if actor is None or not isinstance(event, Update):
            return await handler(event, data)
        key = (event.event_type, actor)
        lock, users = self._locks.get(key, (None, 0))
        if lock is None:
            lock = asyncio.Lock()
        self._locks[key] = (lock, users + 1)
        try:
            async with lock:
                return await handler(event, data)
        finally:
            lock, users = self._locks[key]
            if users <= 1:
                del self._locks[key]
            else:
                self._locks[key] = (lock, users - 1)
