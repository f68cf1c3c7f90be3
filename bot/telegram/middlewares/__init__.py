"""Middlewares of the Telegram adapter: per-update context, throttling, outgoing pacing and retries."""

from bot.telegram.middlewares.context import (
    KnowledgeMiddleware,
    PerActorOrder,
    StatsAvailability,
    actor_key,
)
from bot.telegram.middlewares.outgoing import RetryMiddleware
from bot.telegram.middlewares.pacing import OutgoingDropped, OutgoingLimiter
from bot.telegram.middlewares.throttling import ThrottledNotice

__all__ = [
    "KnowledgeMiddleware",
    "OutgoingDropped",
    "OutgoingLimiter",
    "PerActorOrder",
    "RetryMiddleware",
    "StatsAvailability",
    "ThrottledNotice",
    "actor_key",
]
