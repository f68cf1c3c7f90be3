"""Callback data of every inline button (aiogram CallbackData factories).

Telegram limits callback data to 64 bytes, so topics travel as their index in `engine.topics()`
(Russian topic names are long) and entries as their short snake_case id.
"""

from __future__ import annotations

from aiogram.filters.callback_data import CallbackData


class EntryCb(CallbackData, prefix="e"):
    """Show the answer of an entry; `edit` replaces the message (clarify) instead of sending a new one."""

    id: str
    edit: bool = False


class FeedbackCb(CallbackData, prefix="f"):
    """A 👍 (+1) or 👎 (-1) vote on the answer of an entry."""

    id: str
    vote: int


class TopicListCb(CallbackData, prefix="tl"):
    """A page of the topic list."""

    page: int = 0


class TopicCb(CallbackData, prefix="tp"):
    """A page of the questions of one topic (index into engine.topics())."""

    topic: int
    page: int = 0
