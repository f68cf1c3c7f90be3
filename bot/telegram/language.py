"""Which language the bot speaks to a user, and asking the engine in it.

The reply to a question is in the Reply's language (the engine picks the question's language when it is
clear). Everything else — menus, /help, buttons, and the fallback the engine gets for an unclear
question — is in the user's language: their /lang choice, else their Telegram app's language, else
Russian. Telegram's `language_code` is an IETF tag: kk, ru and en map to themselves; the languages of
neighbouring countries, where Russian is the common second language, map to Russian; any other to
English.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from aiogram import BaseMiddleware
from aiogram.types import TelegramObject, User

from bot.qa.models import LANGS, Lang, Reply, Suggestion
from bot.telegram.prefs import LanguagePrefs
from bot.telegram.texts import UiTexts

if TYPE_CHECKING:
    from bot.qa.engine import Engine
    from bot.qa.kb import Entry

DEFAULT_LANG: Lang = "ru"
# Apps set to these languages get Russian rather than English.
_RUSSIAN_READERS = frozenset({"be", "uk", "uz", "ky", "tg", "tk", "az", "hy", "ka", "mn", "tt", "ba"})


def lang_of_code(code: str | None) -> Lang | None:
    """Telegram's language_code (e.g. "kk", "en-US") as a language the bot speaks; None when unset."""
    if not code:
        return None
    primary = code.strip().lower().replace("_", "-").split("-")[0]
    for lang in LANGS:
        if primary == lang:
            return lang
    return "ru" if primary in _RUSSIAN_READERS else "en"


def user_lang(user: User | None, prefs: LanguagePrefs | None) -> Lang:
    if user is None:
        return DEFAULT_LANG
    chosen = prefs.get(user.id) if prefs is not None else None
    return chosen or lang_of_code(user.language_code) or DEFAULT_LANG


def as_lang(value: str) -> Lang | None:
    for lang in LANGS:
        if value == lang:
            return lang
    return None


class LanguageMiddleware(BaseMiddleware):
    """Gives every update `lang` (the user's language) and `texts` in that language.

    Runs after the middleware that puts the knowledge snapshot's `texts` into the data; `prefs` is the
    dispatcher's LanguagePrefs (absent: the Telegram app's language decides)."""

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        lang = user_lang(data.get("event_from_user"), data.get("prefs"))
        data["lang"] = lang
        texts = data.get("texts")
        if isinstance(texts, UiTexts):
            data["texts"] = texts.for_lang(lang)
        return await handler(event, data)


# -- the engine, in a language ---------------------------------------------------------------------
# The engine takes the channel's language (`fallback_lang` / `lang`). An engine without that parameter
# (before the multilingual engine lands) answers in Russian; its Reply then keeps the channel's language
# so that the interface still follows the user's choice.


@functools.cache
def _accepts(function: Callable[..., Any], name: str) -> bool:
    try:
        return name in inspect.signature(function).parameters
    except (TypeError, ValueError):
        return False


def answer(engine: Engine, question: str, lang: Lang) -> Reply:
    if _accepts(type(engine).answer, "fallback_lang"):
        return engine.answer(question, fallback_lang=lang)  # type: ignore[call-arg,unused-ignore]
    return engine.answer(question).model_copy(update={"lang": lang})


def reply_for_entry(engine: Engine, entry_id: str, lang: Lang) -> Reply | None:
    if _accepts(type(engine).reply_for_entry, "lang"):
        return engine.reply_for_entry(entry_id, lang=lang)  # type: ignore[call-arg,unused-ignore]
    reply = engine.reply_for_entry(entry_id)
    return reply.model_copy(update={"lang": lang}) if reply is not None else None


def entry_question(entry: Entry, lang: Lang) -> str:
    """The entry's question as shown on a button: its translation's first question, else the Russian."""
    translated = entry.translations.get(lang) if lang != "ru" else None
    if translated is not None and translated.questions:
        return translated.questions[0]
    return entry.canonical_question


def suggestion_for(entry: Entry, lang: Lang) -> Suggestion:
    return Suggestion(entry_id=entry.id, question=entry_question(entry, lang))
