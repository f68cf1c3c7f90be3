"""What the analytics record (events waiting for the writer) and the aggregated, anonymous view of
them that reports are rendered from. Light on purpose: handlers import it, not the database layer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field

from bot.qa.models import Reply


class StatsUnavailableError(RuntimeError):
    """Statistics cannot be read now (the database is unreachable or unusable); /stats says so."""


@dataclass(frozen=True)
class PendingReply:
    chat_type: str
    reply: Reply
    at: dt.datetime


@dataclass(frozen=True)
class PendingVote:
    user_id: int
    message_key: str
    entry_id: str | None
    vote: int
    at: dt.datetime
    update_id: int | None = None  # Telegram's number of the press: the later press wins


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class EntryCount(_Frozen):
    """How many times an FAQ entry was given as the answer."""

    entry_id: str
    count: int = Field(ge=0)


class UnansweredQuestion(_Frozen):
    """A question text the bot could not answer, grouped by identical (whitespace-normalised) text."""

    text: str
    count: int = Field(ge=1)
    last_seen: dt.datetime


class EntryFeedback(_Frozen):
    """Votes on answers from one entry; `entry_id` is None for votes on replies without an entry."""

    entry_id: str | None
    up: int = Field(ge=0)
    down: int = Field(ge=0)


class Stats(_Frozen):
    """Totals over everything still stored (i.e. within the retention period). Times are UTC."""

    generated_at: dt.datetime
    retention_days: int
    period_start: dt.datetime | None = None
    period_end: dt.datetime | None = None
    total_questions: int = 0
    by_kind: dict[str, int] = Field(default_factory=dict)
    by_chat_type: dict[str, int] = Field(default_factory=dict)
    answer_rate: float | None = Field(
        default=None,
        ge=0,
        le=1,
        description="Answers / (all questions − small talk); None when there is nothing to divide by.",
    )
    top_entries: tuple[EntryCount, ...] = ()
    unanswered: tuple[UnansweredQuestion, ...] = ()
    unanswered_distinct: int = Field(default=0, ge=0, description="Distinct unanswered texts in total.")
    feedback: tuple[EntryFeedback, ...] = ()
    feedback_up: int = 0
    feedback_down: int = 0

    @property
    def is_empty(self) -> bool:
        return self.total_questions == 0 and self.feedback_up == 0 and self.feedback_down == 0
