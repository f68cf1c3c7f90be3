"""Middlewares of the Telegram adapter: per-update context, throttling, outgoing limits and retries."""

from bot.telegram.middlewares.context import (
    InFlight,
    KnowledgeMiddleware,
    PerActorOrder,
    StatsAvailability,
    actor_key,
)
from bot.telegram.middlewares.outgoing import OutgoingDropped, OutgoingLimiter, RetryMiddleware
from bot.telegram.middlewares.throttling import ThrottledNotice

__all__ = [
    "InFlight",
    "KnowledgeMiddleware",
    "OutgoingDropped",
    "OutgoingLimiter",
    "PerActorOrder",
    "RetryMiddleware",
    "StatsAvailability",
    "ThrottledNotice",
    "actor_key",
]
