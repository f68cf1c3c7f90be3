"""Dependencies the handlers use but do not own, injected through the dispatcher's workflow data.

Storage (analytics, votes) lives in another module; the handlers only know these small protocols,
so a real store can be plugged in with `create_dispatcher(..., feedback=store, answer_log=store,
stats=store)` without touching a handler. `serve()` wraps the answer log in BackgroundAnswerLog so
that recording never blocks the event loop; votes and /stats go through asyncio.to_thread.
"""

from __future__ import annotations

import logging
import queue
import threading
from typing import TYPE_CHECKING, Protocol

from bot.qa.models import Reply

if TYPE_CHECKING:
    from bot.analytics import Stats

logger = logging.getLogger(__name__)


class FeedbackSink(Protocol):
    def record_feedback(
        self, user_id: int, message_key: str, entry_id: str | None, vote: int, *, update_id: int | None = None
    ) -> bool:
        """Store a +1/-1 vote; False when this user already voted so on this message. `update_id`
        (Telegram's number of the press) lets the later press win whichever is stored first."""
        ...


class AnswerLog(Protocol):
    def record_reply(self, chat_type: str, reply: Reply) -> None:
        """Called once per answered question (chat_type: private, group, supergroup or inline)."""
        ...


class StatsSource(Protocol):
    def stats(self, limit: int = 10) -> Stats:
        """Aggregated, anonymous statistics (for /stats)."""
        ...


class NoFeedback:
    """Default sink: accepts every vote and keeps nothing."""

    def record_feedback(
        self, user_id: int, message_key: str, entry_id: str | None, vote: int, *, update_id: int | None = None
    ) -> bool:
        return True


class NoAnswerLog:
    """Default log: forgets every reply."""

    def record_reply(self, chat_type: str, reply: Reply) -> None:
        return None


class BackgroundAnswerLog:
    """Writes replies to another AnswerLog from one worker thread, so the event loop never waits for
    the disk (a SQLite commit may fsync). `record_reply` only queues; `close()` writes what is left.

    A failing write is logged and dropped: statistics must never cost a user their answer."""

    def __init__(self, inner: AnswerLog, max_pending: int = 10_000) -> None:
        self.inner = inner
        # None is the stop signal; every other item is (chat_type, reply).
        self._queue: queue.Queue[tuple[str, Reply] | None] = queue.Queue(max_pending)
        self._thread = threading.Thread(target=self._work, name="answer-log", daemon=True)
        self._thread.start()

    def record_reply(self, chat_type: str, reply: Reply) -> None:
        try:
            self._queue.put_nowait((chat_type, reply))
        except queue.Full:
            logger.warning(
                "Analytics writer is behind by %d replies; one reply not recorded", self._queue.qsize()
            )

    def _work(self) -> None:
        while (item := self._queue.get()) is not None:
            chat_type, reply = item
            try:
                self.inner.record_reply(chat_type, reply)
            except Exception:
                logger.exception("Could not record a reply in the analytics store")

    def close(self, timeout: float = 10.0) -> None:
        """Write what is queued (waiting up to `timeout` seconds) and stop the worker."""
        if not self._thread.is_alive():
            return
        try:
            self._queue.put(None, timeout=timeout)
        except queue.Full:
            logger.warning("Analytics writer is stuck; %d replies not recorded", self._queue.qsize())
            return
        self._thread.join(timeout)
        if self._thread.is_alive():
            logger.warning("Analytics writer did not finish within %.0f s", timeout)
