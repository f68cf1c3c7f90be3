"""Button presses: open an answer, vote 👍/👎, browse topics.

Every press is answered (answerCallbackQuery) before anything else is sent, so the client's
spinner stops at once; unknown or outdated buttons get an empty answer too.
"""

from __future__ import annotations

import asyncio
from contextlib import suppress
from typing import TYPE_CHECKING

from aiogram import Router
from aiogram.exceptions import TelegramBadRequest
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

from bot.telegram.browse import topic_list, topic_view
from bot.telegram.callbacks import EntryCb, FeedbackCb, TopicCb, TopicListCb
from bot.telegram.deps import FeedbackSink
from bot.telegram.keyboards import reply_keyboard
from bot.telegram.render import render_reply
from bot.telegram.replying import html_kwargs, is_private, send_reply
from bot.telegram.texts import UiTexts

if TYPE_CHECKING:
    from bot.qa.engine import Engine


async def _edit(message: Message, text: str, markup: InlineKeyboardMarkup | None) -> bool:
    """Edit the message in place; False when Telegram refuses (too old, deleted, unchanged)."""
    try:
        await message.edit_text(text, reply_markup=markup, **html_kwargs())
    except TelegramBadRequest as exc:
        return "not modified" in str(exc)
    return True


async def show_entry(callback: CallbackQuery, callback_data: EntryCb, engine: Engine, texts: UiTexts) -> None:
    reply = engine.reply_for_entry(callback_data.id)
    if reply is None:
        await callback.answer(texts.alerts.entry_gone)
        return
    await callback.answer()
    message = callback.message
    if message is None:  # a message sent via inline mode: its only buttons are links
        return
    compact = not is_private(message)
    if callback_data.edit and isinstance(message, Message):
        text = render_reply(reply, texts, compact=compact)
        if await _edit(message, text, reply_keyboard(reply, texts, compact=compact)):
            return
    await send_reply(message, reply, texts, compact=compact, quote=False)


async def vote(
    callback: CallbackQuery, callback_data: FeedbackCb, engine: Engine, texts: UiTexts, feedback: FeedbackSink
) -> None:
    message = callback.message
    if message is not None:
        message_key = f"{message.chat.id}:{message.message_id}"
    else:
        message_key = f"inline:{callback.inline_message_id}"
    entry_id = callback_data.id if callback_data.id in engine.kb.by_id else None
    # One vote per person and message: the key is stable for the message, and the store keeps only
    # a keyed hash of it with the user id. Storage is off the event loop (SQLite may fsync).
    counted = await asyncio.to_thread(
        feedback.record_feedback,
        callback.from_user.id,
        message_key,
        entry_id,
        1 if callback_data.vote > 0 else -1,
    )
    await callback.answer(texts.alerts.feedback_thanks if counted else texts.alerts.feedback_already)


async def show_topic_list(
    callback: CallbackQuery, callback_data: TopicListCb, engine: Engine, texts: UiTexts
) -> None:
    await callback.answer()
    view = topic_list(engine.topics(), callback_data.page, texts)
    message = callback.message
    if isinstance(message, Message) and await _edit(message, view.text, view.keyboard):
        return
    if message is not None:
        await message.answer(view.text, reply_markup=view.keyboard, **html_kwargs())


async def show_topic(callback: CallbackQuery, callback_data: TopicCb, engine: Engine, texts: UiTexts) -> None:
    view = topic_view(engine.topics(), callback_data.topic, callback_data.page, texts)
    if view is None:
        await callback.answer(texts.alerts.topics_changed)
        return
    await callback.answer()
    message = callback.message
    if isinstance(message, Message) and await _edit(message, view.text, view.keyboard):
        return
    if message is not None:
        await message.answer(view.text, reply_markup=view.keyboard, **html_kwargs())


async def stale_button(callback: CallbackQuery) -> None:
    """Buttons from an older version of the bot: stop the spinner, do nothing else."""
    with suppress(TelegramBadRequest):
        await callback.answer()


def create_callbacks_router() -> Router:
    router = Router(name="callbacks")
    router.callback_query.register(show_entry, EntryCb.filter())
    router.callback_query.register(vote, FeedbackCb.filter())
    router.callback_query.register(show_topic_list, TopicListCb.filter())
    router.callback_query.register(show_topic, TopicCb.filter())
    router.callback_query.register(stale_button)
    return router
