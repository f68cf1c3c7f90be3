"""Outgoing messages paced within Telegram's limits, per chat, and served round-robin across chats.

Telegram allows about one message a second into a private chat (short bursts pass), 20 a minute into
a group, and about 30 a second for the whole bot. OutgoingLimiter (an outer session middleware) keeps
to that instead of running into 429s:

- per chat, reserved as the message arrives: a private chat gets `private_per_second` sustained
  after a burst of PRIVATE_BURST (GCRA); a group at most `group_per_minute` in any 60 seconds
  (sliding window). A group reply that would have to wait longer than `group_max_delay` is dropped
  with a warning (OutgoingDropped): an answer minutes late in a busy group helps nobody, and an
  unbounded queue would only grow;
- for the whole bot, `global_per_second` (0 = off): messages whose chat lets them go wait for a
  global slot in per-chat queues, and the chats take turns (round-robin), so a chat with a long
  backlog (a busy group, a person pressing through many answers) delays nobody else's reply by more
  than one turn.
Button answers (answerCallbackQuery) and inline answers (answerInlineQuery) are not messages and never
wait here, so a flood of messages cannot starve them.

The limits are kept by a `Limits` object: `LocalLimits` in this process, or shared_limits.RedisLimits,
which keeps the same rules in Redis for every replica. Either way the turns are taken here.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from aiogram import Bot
from aiogram.client.session.middlewares.base import BaseRequestMiddleware, NextRequestMiddlewareType
from aiogram.exceptions import TelegramAPIError
from aiogram.methods import Response, TelegramMethod
from aiogram.methods.base import TelegramType

logger = logging.getLogger(__name__)

WINDOW = 60.0  # seconds: Telegram's group limit is per minute
PRIVATE_BURST = 5  # messages into one private chat at once (the burst of questions a person may send)
FORGET_ABOVE = 1000  # chats remembered before idle ones are forgotten
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


class Gcra:
    """GCRA: at most `rate` a second on average, `burst` at once."""

    def __init__(self, rate: float, burst: int) -> None:
        self.interval = 1.0 / rate
        self.tolerance = (max(burst, 1) - 1) * self.interval
        self.tat = 0.0  # theoretical arrival time of the next event

    def reserve(self, now: float) -> float:
        """Book the next slot; returns when it is (now or later)."""
        start = max(now, self.tat - self.tolerance)
        self.tat = max(self.tat, start) + self.interval
        return start

    def take(self, now: float) -> float:
        """Take a slot now if there is one (0.0), else book nothing and return the seconds to wait."""
        if (wait := self.tat - self.tolerance - now) > 0:
            return wait
        self.tat = max(self.tat, now) + self.interval
        return 0.0


class Limits(Protocol):
    group_per_minute: int
    group_max_delay: float

    async def reserve_chat(self, chat_id: object) -> float | None:
        """Book the chat's next slot: seconds until it (0 = now), or None to drop the message."""
        ...

    async def take_global(self) -> float:
        """0.0 when a message may go now (the slot is taken), else the seconds until one may."""
        ...


class LocalLimits:
    """`Limits` kept in this process (the rules a shared variant applies as well)."""

    def __init__(
        self,
        *,
        group_per_minute: int,
        group_max_delay: float,
        global_per_second: float,
        private_per_second: float = 0.0,
        window: float = WINDOW,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.group_per_minute = group_per_minute
        self.group_max_delay = group_max_delay
        self.global_per_second = global_per_second
        self.private_per_second = private_per_second
        self.window = window
        self.clock = clock
        self.everyone = Gcra(global_per_second, round(global_per_second)) if global_per_second > 0 else None
        self._groups: dict[object, deque[float]] = {}
        self._private: dict[object, Gcra] = {}

    async def reserve_chat(self, chat_id: object) -> float | None:
        return self.reserve_chat_now(chat_id)

    def reserve_chat_now(self, chat_id: object) -> float | None:
        now = self.clock()
        if is_group(chat_id):
            start = self._group_start(chat_id, now)
            return None if start is None else start - now
        if self.private_per_second <= 0 or chat_id is None:
            return 0.0
        if len(self._private) > FORGET_ABOVE:
            self._private = {key: pace for key, pace in self._private.items() if pace.tat > now}
        pace = self._private.get(chat_id)
        if pace is None:
            pace = self._private[chat_id] = Gcra(self.private_per_second, PRIVATE_BURST)
        return pace.reserve(now) - now

    def _group_start(self, chat_id: object, now: float) -> float | None:
        """When a message to this group may go out (booked), or None when it would wait too long."""
        if len(self._groups) > FORGET_ABOVE:
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

    async def take_global(self) -> float:
        return self.take_global_now()

    def take_global_now(self) -> float:
        return 0.0 if self.everyone is None else self.everyone.take(self.clock())


@dataclass
class _Chat:
    """A chat's messages waiting for their turn: (when the chat's own pacing lets it go, its future)."""

    waiting: deque[tuple[float, asyncio.Future[None]]] = field(default_factory=deque)

    def head(self) -> tuple[float, asyncio.Future[None]] | None:
        """The first message still waited for (those whose sender gave up are forgotten)."""
        while self.waiting and self.waiting[0][1].done():
            self.waiting.popleft()
        return self.waiting[0] if self.waiting else None


class OutgoingLimiter(BaseRequestMiddleware):
    """Paces messages per chat and gives the global slots to the chats in turn (module docstring)."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self._chats: dict[object, _Chat] = {}
        self._turns: deque[object] = deque()  # chats with messages waiting, next turn first
        self._news: asyncio.Event | None = None
        self._server: asyncio.Task[None] | None = None

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        if not is_message(method):
            return await make_request(bot, method)
        chat_id = getattr(method, "chat_id", None)
        delay = await self.limits.reserve_chat(chat_id)
        if delay is None:
            logger.warning(
                "Dropped a %s to a group: its limit of %d messages a minute is used up for more than %.0f s",
                method.__api_method__,
                self.limits.group_per_minute,
                self.limits.group_max_delay,
            )
            raise OutgoingDropped(method=method, message="group message limit: reply dropped")
        await self._turn(chat_id, delay)
        return await make_request(bot, method)

    async def _turn(self, chat_id: object, delay: float) -> None:
        """Return once the message may go: at once when nothing waits and the limits allow it."""
        if delay <= 0 and not self._turns and await self.limits.take_global() <= 0:
            return
        loop = asyncio.get_running_loop()
        future: asyncio.Future[None] = loop.create_future()
        chat = self._chats.get(chat_id)
        if chat is None:
            chat = self._chats[chat_id] = _Chat()
            self._turns.append(chat_id)
        chat.waiting.append((loop.time() + max(delay, 0.0), future))
        self._wake()
        try:
            await future
        except asyncio.CancelledError:
            self._wake()  # its place is free: the server looks again
            raise

    def _wake(self) -> None:
        if self._server is None or self._server.done():
            self._news = asyncio.Event()
            self._server = asyncio.create_task(self._serve(), name="outgoing-turns")
        elif self._news is not None:
            self._news.set()

    def _next(self, now: float) -> tuple[object | None, float]:
        """The chat whose turn it is among those whose first message may go now (it stays first in
        the turns), or None and the time the earliest one may go."""
        earliest = float("inf")
        for _ in range(len(self._turns)):
            chat_id = self._turns[0]
            head = self._chats[chat_id].head()
            if head is None:
                self._turns.popleft()
                del self._chats[chat_id]
                continue
            if head[0] <= now:
                return chat_id, now
            earliest = min(earliest, head[0])
            self._turns.rotate(-1)
        return None, earliest

    async def _serve(self) -> None:
        loop = asyncio.get_running_loop()
        try:
            while self._turns:
                chat_id, when = self._next(loop.time())
                if chat_id is None:
                    if self._turns:  # else every message waiting gave up: nothing left to serve
                        await self._idle(when - loop.time())
                elif (wait := await self.limits.take_global()) > 0:
                    await asyncio.sleep(wait)  # nobody may send now: the same turn comes again
                else:
                    self._release(chat_id, loop.time())
        except Exception:  # never leave a reply waiting for a server that is gone
            logger.exception("Outgoing pacing failed; the messages waiting go out unpaced")
            self._release_all()

    async def _idle(self, seconds: float) -> None:
        """Sleep until a chat's message may go, or until a message arrives or gives up."""
        news = self._news
        if news is None:
            return
        news.clear()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(news.wait(), max(seconds, 0.0))

    def _release(self, chat_id: object, now: float) -> None:
        """Let the chat's first message go (unless it gave up meanwhile and the next one is not due:
        the slot is lost then, never the chat's own pace); the chat's next message waits its turn."""
        head = self._chats[chat_id].head()
        if head is not None and head[0] <= now:
            self._chats[chat_id].waiting.popleft()
            head[1].set_result(None)
        self._turns.rotate(-1)

    def _release_all(self) -> None:
        for chat in self._chats.values():
            for _, future in chat.waiting:
                if not future.done():
                    future.set_result(None)
        self._chats.clear()
        self._turns.clear()
