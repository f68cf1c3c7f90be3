"""Button presses: open an answer, vote 👍/👎, browse documents and topics, choose the language.

aiogram's CallbackAnswerMiddleware answers every press (answerCallbackQuery), so the client's spinner
always stops: before anything is sent for presses that show something (`pre`), after the handler for
those that answer with a pop-up (a vote's thanks, "this answer is gone"). Filters tell a known entry,
document or topic from one a reload removed, so each outcome has its own small handler.

What a button opens speaks the language the button carries (the message it sits under), else the
user's language.
"""

from __future__ import annotations

import asyncio
from contextlib import suppress
from typing import TYPE_CHECKING, Any

from aiogram import Router
from aiogram.exceptions import TelegramBadRequest
from aiogram.filters import BaseFilter
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message, Update
from aiogram.utils.callback_answer import CallbackAnswer, CallbackAnswerMiddleware

from bot.qa.models import Lang
from bot.telegram.browse import View, shelves, source_list, start_view, topic_list, topic_view
from bot.telegram.callbacks import EntryCb, FeedbackCb, LangCb, TopicCb, TopicListCb
from bot.telegram.deps import FeedbackSink
from bot.telegram.keyboards import reply_keyboard
from bot.telegram.language import reply_for_entry
from bot.telegram.offload import compute
from bot.telegram.prefs import LanguagePrefs
from bot.telegram.render import render_reply
from bot.telegram.replying import html_kwargs, is_private, send_reply
from bot.telegram.texts import UiTexts

if TYPE_CHECKING:
    from bot.qa.engine import Engine

SHOWS = {"callback_answer": {"pre": True}}  # answer at once, then show
ALERTS = {"callback_answer": {"pre": False}}  # the handler sets the pop-up's text


class QuietCallbackAnswer(CallbackAnswerMiddleware):
    """Answers every press; a press too old for Telegram to accept an answer still does its work."""

    async def answer(self, event: CallbackQuery, callback_answer: CallbackAnswer) -> Any:  # type: ignore[override]
        with suppress(TelegramBadRequest):
            return await super().answer(event, callback_answer)
        return None


class KnownEntry(BaseFilter):
    async def __call__(self, callback: CallbackQuery, callback_data: EntryCb, engine: Engine) -> bool:
        return callback_data.id in engine.kb.by_id


class KnownTopic(BaseFilter):
    async def __call__(self, callback: CallbackQuery, callback_data: TopicCb, engine: Engine) -> bool:
        return any(t.key == callback_data.topic for s in shelves(engine) for t in s.topics)


class KnownSource(BaseFilter):
    async def __call__(self, callback: CallbackQuery, callback_data: TopicListCb, engine: Engine) -> bool:
        return not callback_data.source or any(s.key == callback_data.source for s in shelves(engine))


async def _edit(message: Message, text: str, markup: InlineKeyboardMarkup | None) -> bool:
    """Edit the message in place; False when Telegram refuses (too old, deleted, unchanged)."""
    try:
        await message.edit_text(text, reply_markup=markup, **html_kwargs())
    except TelegramBadRequest as exc:
        return "not modified" in str(exc)
    return True


async def _show(callback: CallbackQuery, view: View) -> None:
    message = callback.message
    if isinstance(message, Message) and await _edit(message, view.text, view.keyboard):
        return
    if message is not None:
        await message.answer(view.text, reply_markup=view.keyboard, **html_kwargs())


async def show_entry(
    callback: CallbackQuery, callback_data: EntryCb, engine: Engine, texts: UiTexts, lang: Lang
) -> None:
    reply = await compute(reply_for_entry, engine, callback_data.id, callback_data.lang or lang)
    message = callback.message
    if reply is None or message is None:  # removed meanwhile; or sent via inline mode (link buttons only)
        return
    compact = not is_private(message)
    if callback_data.edit and isinstance(message, Message):
        text = render_reply(reply, texts, compact=compact)
        if await _edit(message, text, reply_keyboard(reply, texts, compact=compact)):
            return
    await send_reply(message, reply, texts, compact=compact, quote=False)


async def entry_gone(
    callback: CallbackQuery, callback_answer: CallbackAnswer, callback_data: EntryCb, texts: UiTexts
) -> None:
    callback_answer.text = texts.for_lang(callback_data.lang or texts.lang).alerts.entry_gone


async def vote(
    callback: CallbackQuery,
    *,
    callback_data: FeedbackCb,
    callback_answer: CallbackAnswer,
    engine: Engine,
    texts: UiTexts,
    feedback: FeedbackSink,
    event_update: Update,
) -> None:
    message = callback.message
    if message is not None:
        message_key = f"{message.chat.id}:{message.message_id}"
    else:
        message_key = f"inline:{callback.inline_message_id}"
    entry_id = callback_data.id if callback_data.id in engine.kb.by_id else None
    # One vote per person and message: the key is stable for the message, and the store keeps only
    # a keyed hash of it with the user id. The press's update_id orders presses that replicas (or a
    # retry) store out of turn. Storage is off the event loop (SQLite may fsync).
    counted = await asyncio.to_thread(
        feedback.record_feedback,
        callback.from_user.id,
        message_key,
        entry_id,
        1 if callback_data.vote > 0 else -1,
        update_id=event_update.update_id,
    )
    callback_answer.text = texts.alerts.feedback_thanks if counted else texts.alerts.feedback_already


async def show_topic_list(
    callback: CallbackQuery, callback_data: TopicListCb, engine: Engine, texts: UiTexts
) -> None:
    texts = texts.for_lang(callback_data.lang or texts.lang)
    all_shelves = shelves(engine)
    if callback_data.source:
        view = topic_list(all_shelves, callback_data.source, callback_data.page, texts)
    elif len(all_shelves) == 1:
        view = start_view(all_shelves, texts)
    else:
        view = source_list(all_shelves, callback_data.page, texts)
    if view is not None:
        await _show(callback, view)


async def show_topic(callback: CallbackQuery, callback_data: TopicCb, engine: Engine, texts: UiTexts) -> None:
    texts = texts.for_lang(callback_data.lang or texts.lang)
    view = topic_view(shelves(engine), callback_data.topic, callback_data.page, texts)
    if view is not None:
        await _show(callback, view)


async def topics_changed(
    callback: CallbackQuery,
    callback_answer: CallbackAnswer,
    callback_data: TopicCb | TopicListCb,
    texts: UiTexts,
) -> None:
    """A document or topic a reload removed (or a button from before topics had stable keys)."""
    callback_answer.text = texts.for_lang(callback_data.lang or texts.lang).alerts.topics_changed


async def set_language(
    callback: CallbackQuery, callback_data: LangCb, texts: UiTexts, prefs: LanguagePrefs | None = None
) -> None:
    if prefs is not None:
        await asyncio.to_thread(prefs.set, callback.from_user.id, callback_data.lang)
    chosen = texts.for_lang(callback_data.lang)
    message = callback.message
    if isinstance(message, Message) and await _edit(message, chosen.lang_saved, None):
        return
    if message is not None:
        await message.answer(chosen.lang_saved, **html_kwargs())


async def stale_button(callback: CallbackQuery) -> None:
    """Buttons from an older version of the bot: the press is answered, nothing else happens."""


def create_callbacks_router() -> Router:
    router = Router(name="callbacks")
    router.callback_query.middleware(QuietCallbackAnswer(pre=True))
    register = router.callback_query.register
    register(show_entry, EntryCb.filter(), KnownEntry(), flags=SHOWS)
    register(entry_gone, EntryCb.filter(), flags=ALERTS)
    register(vote, FeedbackCb.filter(), flags=ALERTS)
    register(show_topic_list, TopicListCb.filter(), KnownSource(), flags=SHOWS)
    register(topics_changed, TopicListCb.filter(), flags=ALERTS)
    register(show_topic, TopicCb.filter(), KnownTopic(), flags=SHOWS)
    register(topics_changed, TopicCb.filter(), flags=ALERTS)
    register(set_language, LangCb.filter(), flags=SHOWS)
    register(stale_button, flags=SHOWS)
    return router
