"""The errors handler: one failed update never stops the bot, and the person hears about it.

- A user who blocked the bot (403) is logged once per chat at INFO, without a traceback; nothing is
  retried or sent (it could not be delivered anyway).
- A reply dropped by the group limiter was already logged by the limiter.
- A reply Telegram did not take (network error, 5xx, 429) after the session's retries is not handled
  here: it goes up to the update pump, which keeps the update in the inbox and handles it again later
  (polling.py), so the person gets the answer instead of an apology.
- Anything else: the traceback is logged at ERROR (never the user's text: only the update id and
  type), and the person gets a short apology: a message in a private chat, a reply in a group when
  the message was addressed to the bot, a pop-up on a pressed button. Inline queries get nothing
  (there is no chat to write to).
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from contextlib import suppress

from aiogram import Bot
from aiogram.dispatcher.event.telegram import TelegramEventObserver
from aiogram.enums import ChatType
from aiogram.exceptions import TelegramAPIError, TelegramForbiddenError
from aiogram.filters import ExceptionTypeFilter
from aiogram.types import CallbackQuery, ErrorEvent, Message, Update

from bot.telegram.knowledge import KnowledgeHolder
from bot.telegram.middlewares.outgoing import TRANSIENT
from bot.telegram.middlewares.pacing import OutgoingDropped
from bot.telegram.replying import html_kwargs
from bot.telegram.routers.group import is_reply_to, mentions
from bot.telegram.texts import UiTexts

logger = logging.getLogger(__name__)

REMEMBER_BLOCKED = 10_000


def _chat_of(update: Update) -> int | None:
    for event in (update.message, update.edited_message, update.my_chat_member):
        if event is not None:
            return event.chat.id
    if update.callback_query is not None:
        return update.callback_query.from_user.id
    return None


class ErrorHandler:
    def __init__(self) -> None:
        self._blocked: OrderedDict[int | None, None] = OrderedDict()

    def register(self, errors: TelegramEventObserver) -> None:
        """The first handler whose exception type matches takes the error (aiogram's order)."""
        errors.register(self.blocked, ExceptionTypeFilter(TelegramForbiddenError))
        errors.register(self.dropped, ExceptionTypeFilter(OutgoingDropped))
        errors.register(self.handle, ~ExceptionTypeFilter(*TRANSIENT))

    async def blocked(self, event: ErrorEvent) -> bool:
        if isinstance(event.exception, TelegramForbiddenError):
            self._note_blocked(_chat_of(event.update), event.exception)
        return True

    @staticmethod
    async def dropped(event: ErrorEvent) -> bool:
        """The group limiter dropped the reply and has logged it already."""
        return True

    async def handle(self, event: ErrorEvent, bot: Bot, knowledge: KnowledgeHolder) -> bool:
        update, exc = event.update, event.exception
        logger.error(
            "Update %s (%s) failed: %s", update.update_id, update.event_type, type(exc).__name__, exc_info=exc
        )
        try:
            await self._apologise(update, bot, knowledge.current.texts)
        except TelegramAPIError as failure:
            logger.warning("Could not send the apology either: %s", type(failure).__name__)
        return True

    def _note_blocked(self, chat_id: int | None, exc: TelegramForbiddenError) -> None:
        if chat_id in self._blocked:
            self._blocked.move_to_end(chat_id)
            logger.debug("Chat still unreachable (403), nothing sent")
            return
        self._blocked[chat_id] = None
        if len(self._blocked) > REMEMBER_BLOCKED:
            self._blocked.popitem(last=False)
        reason = "removed from a group" if chat_id is not None and chat_id < 0 else "blocked by a user"
        logger.info("The bot was %s (403: %s); not retried", reason, exc.message)

    async def _apologise(self, update: Update, bot: Bot, texts: UiTexts) -> None:
        if update.message is not None:
            await self._apologise_in_chat(update.message, bot, texts)
        elif update.callback_query is not None:
            await self._apologise_for_button(update.callback_query, texts)

    @staticmethod
    async def _apologise_in_chat(message: Message, bot: Bot, texts: UiTexts) -> None:
        if message.chat.type == ChatType.PRIVATE:
            await message.answer(texts.apology, **html_kwargs())
            return
        if message.chat.type not in (ChatType.GROUP, ChatType.SUPERGROUP):
            return
        me = await bot.me()
        addressed = (message.text or "").startswith("/") or mentions(message, me) or is_reply_to(message, me)
        if addressed:  # chatter the bot was not asked about gets no apology either
            await message.reply(texts.apology, **html_kwargs())

    @staticmethod
    async def _apologise_for_button(callback: CallbackQuery, texts: UiTexts) -> None:
        try:
            await callback.answer(texts.alerts.apology)
            return
        except TelegramAPIError:  # already answered before the failure: say it in the chat instead
            pass
        message = callback.message
        if isinstance(message, Message) and message.chat.type == ChatType.PRIVATE:
            with suppress(TelegramForbiddenError):
                await message.answer(texts.apology, **html_kwargs())
