"""Retries of requests to the Bot API (a session middleware; pacing is in pacing.py).

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

# Failures that say nothing about the request itself: retried here a bounded number of times, then
# the update stays in the inbox and is handled again later (polling.UpdatePump), never apologised for.
TRANSIENT = (TelegramNetworkError, TelegramServerError, TelegramRetryAfter)
FLOOD_RETRIES = 5


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
