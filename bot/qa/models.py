"""Pydantic models at the core's boundary: what the engine returns to every channel."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

ReplyKind = Literal["answer", "clarify", "smalltalk", "none"]
# The languages a user reads: Russian (the sources' language), Kazakh and English.
Lang = Literal["ru", "kk", "en"]
LANGS: tuple[Lang, ...] = ("ru", "kk", "en")
# Why a reply of kind "none" declines: the question is not about the documents at all; it is, but
# the engine found nothing; or the engine can tell the subject is in the document but the detail is not.
DeclineKind = Literal["off_topic", "not_found", "not_in_document"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class SourceRef(_Frozen):
    """Which document a quote comes from."""

    id: str
    title: str
    date: dt.date

    def label(self) -> str:
        """Human-readable line, e.g. «Круглый стол …», 27.02.2026."""
        return f"«{self.title}», {self.date:%d.%m.%Y}"


class Quote(_Frozen):
    text: str
    source: SourceRef


class Suggestion(_Frozen):
    entry_id: str
    question: str


class Match(_Frozen):
    """One scored candidate: the entry, the question variant that matched best, its score."""

    entry_id: str
    question: str
    score: float = Field(ge=0, le=100)


class Reply(_Frozen):
    """The engine's answer to one question; channels only render it."""

    query: str
    kind: ReplyKind
    answer: str = ""
    quotes: tuple[Quote, ...] = ()
    entry_id: str | None = None
    score: float = Field(default=0.0, ge=0, le=100)
    suggestions: tuple[Suggestion, ...] = ()
    matched: Match | None = None
    runner_up: Match | None = None
    note: str = ""  # for operators and the evaluation: how the reply was found
    # said before the answer, in the reply's language: which question of a long message, or which
    # part of a question of several, it answers
    preface: str = ""
    lang: Lang = "ru"
    decline: DeclineKind | None = None
