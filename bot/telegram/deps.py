"""Dependencies the handlers use but do not own, injected through the dispatcher's workflow data.

Storage (analytics, votes) lives in another module; the handlers only know these two small
protocols, so a real store can be plugged in with `create_dispatcher(..., feedback=store,
answer_log=store)` without touching a handler.
"""

from __future__ import annotations

from typing import Protocol

from bot.qa.models import Reply


class FeedbackSink(Protocol):
    def record_feedback(self, user_id: int, message_key: str, entry_id: str | None, vote: int) -> bool:
        """Store a +1/-1 vote; False when this user already voted on this message."""
        ...


class AnswerLog(Protocol):
    def record_reply(self, chat_type: str, reply: Reply) -> None:
        """Called once per answered question (chat_type: private, group, supergroup or inline)."""
        ...


class NoFeedback:
    """Default sink: accepts every vote and keeps nothing."""

    def record_feedback(self, user_id: int, message_key: str, entry_id: str | None, vote: int) -> bool:
        return True


class NoAnswerLog:
    """Default log: forgets every reply."""

    def record_reply(self, chat_type: str, reply: Reply) -> None:
        return None
