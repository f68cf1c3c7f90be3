"""Asking the engine and sending its Reply: the steps private, group and callback handlers share."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from aiogram.enums import ParseMode
from aiogram.types import InaccessibleMessage, LinkPreviewOptions, Message

from bot.qa.models import Lang, Reply
from bot.telegram.deps import AnswerLog
from bot.telegram.keyboards import reply_keyboard
from bot.telegram.language import answer as answer_in
from bot.telegram.render import render_reply
from bot.telegram.texts import UiTexts

if TYPE_CHECKING:
    from bot.qa.engine import Engine

NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


def html_kwargs() -> dict[str, Any]:
    """Explicit per message (not only a Bot default) so every send is HTML wherever the Bot comes from."""
    return {"parse_mode": ParseMode.HTML, "link_preview_options": NO_PREVIEW}


def has_words(text: str) -> bool:
    """True when the text has a letter or a digit: only then can it be a question. Emoji, punctuation,
    control and zero-width characters alone get a hint instead of "not in the document"."""
    return any(char.isalnum() for char in text)


def ask(
    engine: Engine,
    answer_log: AnswerLog,
    chat_type: str,
    question: str,
    lang: Lang = "ru",
    *,
    own_text: bool = True,
) -> Reply:
    """The one place a question reaches the engine; every answered question is logged once.
    `lang`: the user's language, for a question whose own language is unclear.
    `own_text=False`: the question is someone else's message (/ask as a reply): it is counted, but
    its text is never stored."""
    reply = answer_in(engine, question, lang)
    answer_log.record_reply(chat_type, reply if own_text else reply.model_copy(update={"query": ""}))
    return reply


def is_private(message: Message | InaccessibleMessage | None) -> bool:
    return message is not None and message.chat.type == "private"


async def send_reply(
    message: Message | InaccessibleMessage, reply: Reply, texts: UiTexts, *, compact: bool, quote: bool
) -> Message:
    """Send `reply` into the chat of `message`; `quote` makes it a reply to that message."""
    text = render_reply(reply, texts, compact=compact)
    markup = reply_keyboard(reply, texts, compact=compact)
    if quote:
        return await message.reply(text, reply_markup=markup, **html_kwargs())
    return await message.answer(text, reply_markup=markup, **html_kwargs())
