"""Privacy-respecting usage analytics and answer feedback (SQLite or PostgreSQL), plus text/HTML reports.

`AnalyticsStore` is imported on first use: it brings SQLAlchemy, which handlers and the engine's
start do not need (they import the models and reports from here)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from bot.analytics.models import EntryCount, EntryFeedback, Stats, StatsUnavailableError, UnansweredQuestion
from bot.analytics.report import render_stats_html, render_stats_text

if TYPE_CHECKING:
    from bot.analytics.store import AnalyticsStore

# Alembic narrates its import and every open at INFO; bot.analytics.schema logs what changed instead.
logging.getLogger("alembic").setLevel(logging.WARNING)

__all__ = [
    "AnalyticsStore",
    "EntryCount",
    "EntryFeedback",
    "Stats",
    "StatsUnavailableError",
    "UnansweredQuestion",
    "render_stats_html",
    "render_stats_text",
]


def __getattr__(name: str) -> Any:
    if name == "AnalyticsStore":
        from bot.analytics.store import AnalyticsStore

        return AnalyticsStore
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
