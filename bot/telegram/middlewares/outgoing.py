"""Session (request) middlewares: pace outgoing messages within Telegram's limits, retry what can be.

OutgoingLimiter (outer) keeps sends within Telegram's limits instead of waiting for 429s:
  - per group (chat_id < 0): at most `group_per_minute` messages in any 60 seconds. A reply that
    would exceed it is delayed (queued) until the window allows it; one that would have to wait
    longer than `group_max_delay` seconds is dropped with a warning (OutgoingDropped), because an
    answer minutes late in a busy group helps nobody and an unbounded queue would only grow;
  - overall: `global_per_second` messages a second (0 = off), delayed, never dropped.
  Button answers (answerCallbackQuery) and inline answers (answerInlineQuery) are not messages and
  never wait here, so a flood of messages cannot starve them.

RetryMiddleware (inner), for every method except getUpdates (aiogram's polling loop has its own
backoff):
  - 429 Too Many Requests: wait `retry_after` seconds as Telegram asks and send again (a few times;
    a wait longer than `flood_max_wait` gives up with a warning);
  - network errors and 5xx: retry `retries` times with exponential backoff and jitter. A request
    cut off after Telegram received it may then be delivered twice: at-least-once, chosen over
    losing replies;
  - 400 with migrate_to_chat_id (a group that became a supergroup): sent again to the new chat id;
  - other 4xx (400 bad request, 403 blocked by the user, 404, 409…): no retry, the error goes up.
  It also blanks the bot token out of every error message passing through, so no log line or error
  text built from an exception can show it (aiohttp errors may quote the request URL).
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections import deque
from collections.abc import Callable
from typing import Any

from aiogram import Bot
from aiogram.client.session.middlewares.base import BaseRequestMiddleware, NextRequestMiddlewareType
from aiogram.exceptions import (
    TelegramAPIError,
    TelegramEntityTooLarge,
    TelegramMigrateToChat,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.methods import GetUpdates, Response, TelegramMethod
from aiogram.methods.base import TelegramType

from bot.telegram.redaction import blank_out, secrets_only, token_parts

# What a request middleware calls to send the request on (aiogram's name is long).
Send = NextRequestMiddlewareType
logger = logging.getLogger(__name__)

WINDOW = 60.0  # seconds: Telegram's group limit is per minute
# Failures that say nothing about the request itself: retried here a bounded number of times, then
# the update stays in the inbox and is handled again later (polling.UpdatePump), never apologised for.
TRANSIENT = (TelegramNetworkError, TelegramServerError, TelegramRetryAfter)
FLOOD_RETRIES = 5
_MESSAGE_EDITS = frozenset(
    {
        "editMessageText",
        "editMessageCaption",
        "editMessageMedia",
        "editMessageReplyMarkup",
        "copyMessage",
        "copyMessages",
        "forwardMessage",
        "forwardMessages",
    }
)


class OutgoingDropped(TelegramAPIError):
    """A reply to a group was not sent: the group's per-minute limit is used up for too long."""


def is_message(method: TelegramMethod[Any]) -> bool:
    name = method.__api_method__
    return (name.startswith("send") and name != "sendChatAction") or name in _MESSAGE_EDITS


def is_group(chat_id: object) -> bool:
    """Groups and channels have negative ids (or an @username for public channels)."""
    if isinstance(chat_id, int):
        return chat_id < 0
    return isinstance(chat_id, str) and (chat_id.startswith("@") or chat_id.startswith("-"))


class Pacer:
    """GCRA: at most `rate` per second on average, `burst` at once; reserve() returns the send time."""

    def __init__(self, rate: float, burst: int) -> None:
        self.interval = 1.0 / rate
        self.tolerance = (max(burst, 1) - 1) * self.interval
        self._tat = 0.0  # theoretical arrival time of the next send

    def reserve(self, now: float) -> float:
        start = max(now, self._tat - self.tolerance)
        self._tat = max(self._tat, start) + self.interval
        return start


class OutgoingLimiter(BaseRequestMiddleware):
    def __init__(
        self,
        *,
        group_per_minute: int,
        group_max_delay: float,
        global_per_second: float,
        window: float = WINDOW,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.group_per_minute = group_per_minute
        self.window = window
        self.group_max_delay = group_max_delay
        self.global_per_second = global_per_second
        self.clock = clock
        self.pacer = Pacer(global_per_second, round(global_per_second)) if global_per_second > 0 else None
        self._groups: dict[object, deque[float]] = {}

    def _group_start(self, chat_id: object, now: float) -> float | None:
        """When a message to this group may go out (reserved), or None when it would wait too long."""
        if len(self._groups) > 1000:
            for key in [k for k, w in self._groups.items() if not w or w[-1] < now - self.window]:
                del self._groups[key]
        window = self._groups.setdefault(chat_id, deque())
        start = now if len(window) < self.group_per_minute else max(now, window[0] + self.window)
        if start - now > self.group_max_delay:
            return None
        window.append(start)
        if len(window) > self.group_per_minute:
            window.popleft()
        return start

    async def __call__(
        self, make_request: Send[TelegramType], bot: Bot, method: TelegramMethod[TelegramType]
    ) -> Response[TelegramType]:
        if not is_message(method):
            return await make_request(bot, method)
        now = self.clock()
        start = now
        chat_id = getattr(method, "chat_id", None)
        if is_group(chat_id):
            group_start = self._group_start(chat_id, now)
            if group_start is None:
                logger.warning(
                    "Dropped a %s to a group: its limit of %d messages a minute is used up for more "
                    "than %.0f s",
                    method.__api_method__,
                    self.group_per_minute,
                    self.group_max_delay,
                )
                raise OutgoingDropped(method=method, message="group message limit: reply dropped")
            start = group_start
        if self.pacer is not None:
            start = self.pacer.reserve(start)
        if (delay := start - now) > 0:
            await asyncio.sleep(delay)
        return await make_request(bot, method)


def redact(text: str, bot: Bot) -> str:
    return blank_out(text, secrets_only(token_parts(bot.token)))


def _redact_error(exc: TelegramAPIError, bot: Bot) -> None:
    """Blank the token out of the message; drop a cause whose text shows it (e.g. a URL)."""
    exc.message = redact(exc.message, bot)
    cause = exc.__cause__
    if cause is not None and redact(str(cause), bot) != str(cause):
        exc.__cause__ = None
        exc.__suppress_context__ = True


class RetryMiddleware(BaseRequestMiddleware):
    def __init__(
        self,
        *,
        retries: int,
        backoff: float,
        flood_max_wait: float,
        flood_retries: int = FLOOD_RETRIES,
    ) -> None:
        self.retries = retries
        self.backoff = backoff
        self.flood_max_wait = flood_max_wait
        self.flood_retries = flood_retries

    async def __call__(
        self, make_request: Send[TelegramType], bot: Bot, method: TelegramMethod[TelegramType]
    ) -> Response[TelegramType]:
        try:
            if isinstance(method, GetUpdates) or method.__api_method__ == "getUpdates":
                return await make_request(bot, method)
            return await self._with_retries(make_request, bot, method)
        except TelegramAPIError as exc:
            _redact_error(exc, bot)
            raise

    async def _with_retries(
        self, make_request: Send[TelegramType], bot: Bot, method: TelegramMethod[TelegramType]
    ) -> Response[TelegramType]:
        name = method.__api_method__
        failures = floods = 0
        while True:
            try:
                return await make_request(bot, method)
            except TelegramRetryAfter as exc:
                floods += 1
                if exc.retry_after > self.flood_max_wait or floods > self.flood_retries:
                    logger.warning(
                        "%s: Telegram's flood limit asks to wait %d s (attempt %d); giving up",
                        name,
                        exc.retry_after,
                        floods,
                    )
                    raise
                logger.warning(
                    "%s: flood limit, waiting %d s as Telegram asks (%d/%d)",
                    name,
                    exc.retry_after,
                    floods,
                    self.flood_retries,
                )
                await asyncio.sleep(exc.retry_after)
            except TelegramEntityTooLarge:
                raise
            except TelegramMigrateToChat as exc:
                # The group became a supergroup: the same message goes to its new id, once.
                if getattr(method, "chat_id", None) == exc.migrate_to_chat_id or not hasattr(
                    method, "chat_id"
                ):
                    raise
                logger.info("%s: the group moved to a supergroup; sending to its new id", name)
                method = method.model_copy(update={"chat_id": exc.migrate_to_chat_id})
            except (TelegramServerError, TelegramNetworkError) as exc:
                if failures >= self.retries:
                    logger.warning(
                        "%s failed %d time(s) (%s); giving up", name, failures + 1, type(exc).__name__
                    )
                    raise
                delay = self.backoff * 2**failures * random.uniform(0.8, 1.2)  # jitter, not security
                failures += 1
                logger.warning(
                    "%s failed (%s), retry %d/%d in %.2f s",
                    name,
                    type(exc).__name__,
                    failures,
                    self.retries,
                    delay,
                )
                await asyncio.sleep(delay)
