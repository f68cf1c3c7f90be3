"""Group chats: answer only when addressed, reply to the asker, keep it compact.

Addressed means: `/ask question` (or `/ask@bot`), `/ask` sent as a reply to someone's message, a reply
to one of the bot's own messages, or an @mention of the bot. Everything else is left alone: the bot
never tells a group "I don't know" about chatter that was not meant for it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from aiogram import Bot, F, Router
from aiogram.enums import ChatType, MessageEntityType
from aiogram.filters import BaseFilter, Command, CommandObject
from aiogram.types import Message, User

from bot.qa.models import Lang
from bot.telegram.deps import AnswerLog
from bot.telegram.replying import ask, has_words, html_kwargs, send_reply
from bot.telegram.texts import UiTexts

if TYPE_CHECKING:
    from bot.qa.engine import Engine

GROUP_TYPES = frozenset({ChatType.GROUP, ChatType.SUPERGROUP})
_TRIM = " \t\n,.:;!—–-"


def mentions(message: Message, me: User) -> bool:
    """True when the message @mentions the bot (by username or, for text_mention, by id)."""
    text = message.text or ""
    handle = f"@{me.username}".casefold() if me.username else None
    for entity in message.entities or ():
        if (
            entity.type == MessageEntityType.MENTION
            and handle
            and entity.extract_from(text).casefold() == handle
        ):
            return True
        if entity.type == MessageEntityType.TEXT_MENTION and entity.user and entity.user.id == me.id:
            return True
    return False


def without_mention(text: str, me: User) -> str:
    if me.username:
        text = re.sub(rf"@{re.escape(me.username)}\b", " ", text, flags=re.IGNORECASE)
    return " ".join(text.split()).strip(_TRIM)


def is_reply_to(message: Message, me: User) -> bool:
    replied = message.reply_to_message
    if replied is None or replied.forum_topic_created is not None:  # topic root, not a real reply
        return False
    return replied.from_user is not None and replied.from_user.id == me.id


class AddressedToBot(BaseFilter):
    """Passes a text message that @mentions the bot or replies to it; gives the handler `question`."""

    async def __call__(self, message: Message, bot: Bot) -> bool | dict[str, Any]:
        me = await bot.me()
        if not (is_reply_to(message, me) or mentions(message, me)):
            return False
        return {"question": without_mention(message.text or "", me)}


async def answer_in_group(
    message: Message,
    *,
    question: str,
    engine: Engine,
    texts: UiTexts,
    answer_log: AnswerLog,
    lang: Lang,
    own_text: bool = True,
) -> None:
    """In the question's language when it is clear, else in the asker's."""
    reply = ask(engine, answer_log, message.chat.type, question, lang, own_text=own_text)
    await send_reply(message, reply, texts, compact=True, quote=True)


async def ask_command(
    message: Message,
    *,
    command: CommandObject,
    engine: Engine,
    texts: UiTexts,
    answer_log: AnswerLog,
    lang: Lang,
) -> None:
    question = (command.args or "").strip()
    replied = message.reply_to_message
    own_text = True
    if not has_words(question) and replied is not None and replied.forum_topic_created is None:
        question = (replied.text or replied.caption or "").strip()
        own_text = False  # someone else's words: never stored
    if not has_words(question):
        await message.reply(texts.ask_empty, **html_kwargs())
        return
    await answer_in_group(
        message,
        question=question,
        engine=engine,
        texts=texts,
        answer_log=answer_log,
        lang=lang,
        own_text=own_text,
    )


async def addressed(
    message: Message, *, question: str, engine: Engine, texts: UiTexts, answer_log: AnswerLog, lang: Lang
) -> None:
    if not has_words(question):
        await message.reply(texts.mention_empty, **html_kwargs())
        return
    await answer_in_group(
        message, question=question, engine=engine, texts=texts, answer_log=answer_log, lang=lang
    )


async def show_help(message: Message, texts: UiTexts) -> None:
    await message.reply(texts.help_group, **html_kwargs())


def create_group_router() -> Router:
    router = Router(name="group")
    router.message.filter(F.chat.type.in_(GROUP_TYPES))
    router.message.register(ask_command, Command("ask", ignore_case=True))
    router.message.register(show_help, Command("help", "start"))
    router.message.register(addressed, F.text, AddressedToBot())
    return router
