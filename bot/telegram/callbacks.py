"""Callback data of every inline button (aiogram CallbackData factories).

Telegram limits callback data to 64 bytes. Entries travel as their short snake_case id; documents and
topics as a stable key, a short hash of the source id (and topic name), so a button pressed after a
reload that added, removed or reordered topics opens the same topic or none, never another one.

Buttons carry the language of the message they sit under (`lang`), so what they open speaks the same
language. Buttons sent before `lang` (and `source`) existed still work: the missing fields are empty.
"""

from __future__ import annotations

import base64
import hashlib
from typing import Self

from aiogram.filters.callback_data import CallbackData

from bot.qa.models import Lang

KEY_BYTES = 6  # 8 characters of base64: collisions among a knowledge base's topics are negligible


def stable_key(*parts: str) -> str:
    """A short key for a document or a topic that does not change when others come and go."""
    digest = hashlib.blake2s("\x1f".join(parts).encode(), digest_size=KEY_BYTES).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


class _Evolving(CallbackData, prefix="_"):
    """Callback data whose last fields were added later (with defaults): older buttons lack them."""

    @classmethod
    def unpack(cls, value: str) -> Self:
        missing = len(cls.model_fields) - value.count(cls.__separator__)
        return super().unpack(value + cls.__separator__ * max(missing, 0))


class EntryCb(_Evolving, prefix="e"):
    """Show the answer of an entry; `edit` replaces the message (clarify) instead of sending a new one."""

    id: str
    edit: bool = False
    lang: Lang | None = None


class FeedbackCb(CallbackData, prefix="f"):
    """A 👍 (+1) or 👎 (-1) vote on the answer of an entry."""

    id: str
    vote: int


class TopicListCb(_Evolving, prefix="tl"):
    """A page of the topic list of one document (`source` key), or of the documents when empty and
    there are several."""

    page: int = 0
    source: str = ""
    lang: Lang | None = None


class TopicCb(_Evolving, prefix="tp"):
    """A page of the questions of one topic (`topic`: its stable key)."""

    topic: str
    page: int = 0
    lang: Lang | None = None


class LangCb(CallbackData, prefix="lang"):
    """A /lang button: reply in this language from now on."""

    lang: Lang
