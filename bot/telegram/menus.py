"""Start-up: the command menus (private chats, groups, admins) and the bot's descriptions, in Russian.

Admin commands are never in the public menus: each admin gets the private menu plus the admin
commands in their own chat (BotCommandScopeChat). Telegram refuses that for an admin who has not
started the bot yet; it is logged and the menu appears on the next start.

Descriptions are rate-limited by Telegram, so they are only set when they differ from the current
ones. A failure here is logged and never stops the bot: answering matters more than menus.
"""

from __future__ import annotations

import logging

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError
from aiogram.types import (
    BotCommand,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeChat,
)

from bot.telegram.texts import UiTexts

logger = logging.getLogger(__name__)


def _commands(commands: dict[str, str]) -> list[BotCommand]:
    return [BotCommand(command=name, description=description) for name, description in commands.items()]


async def set_menus(bot: Bot, texts: UiTexts, admin_ids: frozenset[int] = frozenset()) -> None:
    steps = {
        "private commands": lambda: bot.set_my_commands(
            _commands(texts.commands.private), scope=BotCommandScopeAllPrivateChats()
        ),
        "group commands": lambda: bot.set_my_commands(
            _commands(texts.commands.group), scope=BotCommandScopeAllGroupChats()
        ),
        "description": lambda: _set_description(bot, texts.profile.description),
        "short description": lambda: _set_short_description(bot, texts.profile.short_description),
    }
    admin_menu = _commands({**texts.commands.private, **texts.commands.admin})
    for number, admin_id in enumerate(sorted(admin_ids), start=1):
        steps[f"admin commands ({number} of {len(admin_ids)})"] = lambda admin_id=admin_id: (
            bot.set_my_commands(admin_menu, scope=BotCommandScopeChat(chat_id=admin_id))
        )
    for name, step in steps.items():
        try:
            await step()
        except TelegramAPIError as exc:
            logger.warning("Could not set the %s: %s", name, exc)


async def _set_description(bot: Bot, description: str) -> None:
    current = await bot.get_my_description()
    if current.description != description:
        await bot.set_my_description(description=description)


async def _set_short_description(bot: Bot, short_description: str) -> None:
    current = await bot.get_my_short_description()
    if current.short_description != short_description:
        await bot.set_my_short_description(short_description=short_description)
