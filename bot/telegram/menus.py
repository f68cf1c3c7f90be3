"""Start-up: the command menus (private chats, groups, admins) and the bot's descriptions, in Russian,
Kazakh and English.

Telegram shows each user the menu and descriptions of their app's language (`language_code`): the
Kazakh and English texts are set for "kk" and "en", the Russian ones as the default for everyone else.

Admin commands are never in the public menus: each admin gets the private menu plus the admin
commands in their own chat (BotCommandScopeChat). Telegram refuses that for an admin who has not
started the bot yet; it is logged and the menu appears on the next start.

Descriptions are rate-limited by Telegram, so they are only set when they differ from the current
ones. A failure here is logged and never stops the bot: answering matters more than menus.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError
from aiogram.types import (
    BotCommand,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeChat,
)

from bot.qa.models import Lang
from bot.telegram.texts import UiTexts

logger = logging.getLogger(__name__)
DEFAULT_MENU_LANG: Lang = "ru"  # set without a language_code: what users of any other language see


def _commands(commands: dict[str, str]) -> list[BotCommand]:
    return [BotCommand(command=name, description=description) for name, description in commands.items()]


def _steps(
    bot: Bot, texts: UiTexts, code: str | None, admin_ids: frozenset[int]
) -> dict[str, Callable[[], Awaitable[object]]]:
    where = f" ({code})" if code else ""
    steps: dict[str, Callable[[], Awaitable[object]]] = {
        f"private commands{where}": lambda: bot.set_my_commands(
            _commands(texts.commands.private), scope=BotCommandScopeAllPrivateChats(), language_code=code
        ),
        f"group commands{where}": lambda: bot.set_my_commands(
            _commands(texts.commands.group), scope=BotCommandScopeAllGroupChats(), language_code=code
        ),
        f"description{where}": lambda: _set_description(bot, texts.profile.description, code),
        f"short description{where}": lambda: _set_short_description(
            bot, texts.profile.short_description, code
        ),
    }
    admin_menu = _commands({**texts.commands.private, **texts.commands.admin})
    for number, admin_id in enumerate(sorted(admin_ids), start=1):
        steps[f"admin commands{where} ({number} of {len(admin_ids)})"] = _admin_step(
            bot, admin_menu, admin_id, code
        )
    return steps


def _admin_step(
    bot: Bot, menu: list[BotCommand], admin_id: int, code: str | None
) -> Callable[[], Awaitable[object]]:
    return lambda: bot.set_my_commands(menu, scope=BotCommandScopeChat(chat_id=admin_id), language_code=code)


async def set_menus(bot: Bot, texts: UiTexts, admin_ids: frozenset[int] = frozenset()) -> None:
    """Menus and descriptions in every language; the default (Russian) ones last."""
    by_lang = texts.all_langs()
    order = [lang for lang in by_lang if lang != DEFAULT_MENU_LANG] + [DEFAULT_MENU_LANG]
    for lang in order:
        if lang not in by_lang:
            continue
        code = None if lang == DEFAULT_MENU_LANG else lang
        for name, step in _steps(bot, by_lang[lang], code, admin_ids).items():
            try:
                await step()
            except TelegramAPIError as exc:
                logger.warning("Could not set the %s: %s", name, exc)


def menus_changed(before: UiTexts, after: UiTexts) -> bool:
    """True when a reload changed a menu or a description in any language (worth setting them again)."""
    old, new = before.all_langs(), after.all_langs()
    return old.keys() != new.keys() or any(
        (old[lang].commands, old[lang].profile) != (new[lang].commands, new[lang].profile) for lang in new
    )


async def _set_description(bot: Bot, description: str, code: str | None) -> None:
    current = await bot.get_my_description(language_code=code)
    if current.description != description:
        await bot.set_my_description(description=description, language_code=code)


async def _set_short_description(bot: Bot, short_description: str, code: str | None) -> None:
    current = await bot.get_my_short_description(language_code=code)
    if current.short_description != short_description:
        await bot.set_my_short_description(short_description=short_description, language_code=code)
