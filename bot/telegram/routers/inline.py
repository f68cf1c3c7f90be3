"""Inline mode: `@bot question` in any chat offers ready answers to send (answer + quote + source).

Results speak the question's language when it is clear, else the user's; with an empty query, the
first question of every topic (of every document) in the user's language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiogram import Bot, Router
from aiogram.enums import ParseMode
from aiogram.types import (
    ChosenInlineResult,
    InlineQuery,
    InlineQueryResultArticle,
    InlineQueryResultUnion,
    InputTextMessageContent,
)

from bot.qa.models import Lang, Reply
from bot.telegram.browse import shelves
from bot.telegram.deps import AnswerLog
from bot.telegram.keyboards import open_in_bot_keyboard
from bot.telegram.language import answer, entry_question, reply_for_entry
from bot.telegram.render import render_reply
from bot.telegram.replying import NO_PREVIEW, ask, has_words
from bot.telegram.texts import UiTexts

if TYPE_CHECKING:
    from bot.qa.engine import Engine

MAX_RESULTS = 5
MAX_TOPICS = 20
CACHE_SECONDS = 60
DESCRIPTION_CHARS = 100


def _description(text: str) -> str:
    return text if len(text) <= DESCRIPTION_CHARS else text[: DESCRIPTION_CHARS - 1].rstrip() + "…"


def article(
    reply: Reply, title: str, texts: UiTexts, username: str | None, description: str | None = None
) -> InlineQueryResultArticle:
    texts = texts.for_lang(reply.lang)
    entry_id = reply.entry_id or "none"
    return InlineQueryResultArticle(
        id=entry_id,
        title=title,
        description=description or _description(reply.answer),
        input_message_content=InputTextMessageContent(
            message_text=render_reply(reply, texts, compact=True),
            parse_mode=ParseMode.HTML,
            link_preview_options=NO_PREVIEW,
        ),
        reply_markup=open_in_bot_keyboard(username, entry_id, texts) if username else None,
    )


def results_for(
    reply: Reply, engine: Engine, texts: UiTexts, username: str | None
) -> list[InlineQueryResultArticle]:
    """Best answer first, then its related entries; for "did you mean", the candidates; else nothing."""
    pairs: list[tuple[Reply, str]] = []
    if reply.kind == "answer":
        pairs.append((reply, reply.matched.question if reply.matched else reply.query))
    if reply.kind in ("answer", "clarify"):
        for suggestion in reply.suggestions:
            candidate = reply_for_entry(engine, suggestion.entry_id, reply.lang)
            if candidate is not None:
                pairs.append((candidate, suggestion.question))
    seen: set[str | None] = set()
    results = []
    for candidate, title in pairs:
        if candidate.entry_id in seen:
            continue
        seen.add(candidate.entry_id)
        results.append(article(candidate, title, texts, username))
    return results[:MAX_RESULTS]


def popular(engine: Engine, texts: UiTexts, username: str | None) -> list[InlineQueryResultArticle]:
    """Empty query: the first entry of every topic, in `texts`' language."""
    results = []
    topics = [topic for shelf in shelves(engine) for topic in shelf.topics][:MAX_TOPICS]
    for topic in topics:
        first = topic.entries[0]
        reply = reply_for_entry(engine, first.id, texts.lang)
        if reply is not None:
            description = texts.inline.topic_description.format(topic=texts.topic_name(topic.name))
            results.append(article(reply, entry_question(first, texts.lang), texts, username, description))
    return results


async def inline_query(query: InlineQuery, bot: Bot, engine: Engine, texts: UiTexts, lang: Lang) -> None:
    """Not logged: clients send a query per keystroke; the question counts once a result is sent.
    Personal: results depend on the user's language."""
    me = await bot.me()
    text = query.query.strip()
    if has_words(text):
        results = results_for(answer(engine, text, lang), engine, texts, me.username)
    else:
        results = popular(engine, texts, me.username)
    offered: list[InlineQueryResultUnion] = [*results]
    await query.answer(offered, cache_time=CACHE_SECONDS, is_personal=True)


async def chosen_inline_result(
    chosen: ChosenInlineResult, engine: Engine, answer_log: AnswerLog, lang: Lang
) -> None:
    """A result someone sent (Telegram reports these when inline feedback is on in @BotFather)."""
    text = chosen.query.strip()
    if has_words(text):
        ask(engine, answer_log, "inline", text, lang)


def create_inline_router() -> Router:
    router = Router(name="inline")
    router.inline_query.register(inline_query)
    router.chosen_inline_result.register(chosen_inline_result)
    return router
