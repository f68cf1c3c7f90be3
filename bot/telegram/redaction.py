"""Secrets (the bot token, the webhook secret) blanked out of anything that is logged or raised."""

from __future__ import annotations

from collections.abc import Iterable

MIN_SECRET_CHARS = 8  # shorter values would blank out ordinary words


def token_parts(token: str) -> list[str]:
    """The token and its secret half (after the colon): either may show up alone, e.g. in a URL."""
    return [token, token.partition(":")[2]]


def secrets_only(values: Iterable[str]) -> list[str]:
    """The values long enough to hide, longest first (so a token is blanked before its half)."""
    return sorted({value for value in values if len(value) >= MIN_SECRET_CHARS}, key=len, reverse=True)


def blank_out(text: str, hidden: Iterable[str]) -> str:
    """`text` with every value of `hidden` (from `secrets_only`) replaced by ***."""
    for value in hidden:
        text = text.replace(value, "***")
    return text
