"""The core: knowledge base, normalisation, matching and the decision. Knows nothing of Telegram."""

from __future__ import annotations

from functools import lru_cache

from bot.qa.engine import Engine, load_engine
from bot.qa.models import Reply


@lru_cache(maxsize=1)
def default_engine() -> Engine:
    return load_engine()


def answer(question: str) -> Reply:
    """The reply to one question from the project's own knowledge base."""
    return default_engine().answer(question)


__all__ = ["Engine", "Reply", "answer", "default_engine", "load_engine"]
