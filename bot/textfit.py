"""Small text helpers every part shares: whitespace collapsing, shortening with «…», Telegram's length.

Pure standard library, so the core, the analytics and the channels can all import it."""

from __future__ import annotations

ELLIPSIS = "…"


def collapse_ws(text: str) -> str:
    """Runs of whitespace (newlines, tabs, Unicode spaces) as one space, trimmed. (str.split's
    whitespace is exactly regex's \\s, and it is several times faster than a substitution.)"""
    return " ".join(text.split())


def shorten(text: str, limit: int) -> str:
    """`text` when it has at most `limit` characters, else cut to `limit` with «…» at the end."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + ELLIPSIS


def utf16_len(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units, as aiogram's `formatting.sizeof`): an emoji
    counts as two; an upper bound of len()."""
    return len(text.encode("utf-16-le")) // 2
