"""What no other router took: in a private chat, a note that the bot reads text only.

In groups nothing is said: stickers, photos and chatter there are not addressed to the bot.
"""

from __future__ import annotations

from aiogram import F, Router
from aiogram.enums import ChatType
from aiogram.types import Message

from bot.telegram.replying import html_kwargs
from bot.telegram.texts import UiTexts


async def not_text(message: Message, texts: UiTexts) -> None:
    await message.answer(texts.not_text, **html_kwargs())


def create_fallback_router() -> Router:
    router = Router(name="fallback")
    router.message.filter(F.chat.type == ChatType.PRIVATE)
    router.message.register(not_text)
    return router
