"""Privacy-respecting usage analytics and answer feedback (SQLite), plus text/HTML reports."""

from bot.analytics.models import EntryCount, EntryFeedback, Stats, UnansweredQuestion
from bot.analytics.report import render_stats_html, render_stats_text
from bot.analytics.store import AnalyticsStore

__all__ = [
    "AnalyticsStore",
    "EntryCount",
    "EntryFeedback",
    "Stats",
    "UnansweredQuestion",
    "render_stats_html",
    "render_stats_text",
]
