"""Admin commands in a private chat with the bot: /stats and /reload (settings.admin_ids only).

For everyone else these commands do not exist: the router's filter lets the message fall through to
the private router, which answers "/stats" exactly like any other unknown command, and in groups the
bot stays silent as it does for any command it does not know. They are not in the public command
menu either (admins get their own, see menus.py).
"""

from __future__ import annotations

import asyncio
from contextlib import suppress
from typing import TYPE_CHECKING

from aiogram import Bot, F, Router
from aiogram.enums import ChatType
from aiogram.filters import BaseFilter, Command
from aiogram.types import Message

from bot.analytics import StatsUnavailableError, render_stats_html
from bot.telegram.deps import StatsSource
from bot.telegram.knowledge import KnowledgeHolder
from bot.telegram.menus import menus_changed, set_menus
from bot.telegram.render import MESSAGE_LIMIT, Markup, fill_markup, fit, tg_len
from bot.telegram.replying import html_kwargs
from bot.telegram.texts import UiTexts, fill

if TYPE_CHECKING:
    from bot.settings import Settings


class IsAdmin(BaseFilter):
    async def __call__(self, message: Message, admin_ids: frozenset[int]) -> bool:
        return message.from_user is not None and message.from_user.id in admin_ids


async def show_stats(message: Message, texts: UiTexts, stats: StatsSource | None) -> None:
    """The report, or one line saying statistics are unavailable (no database, or it cannot be read)."""
    report = None
    if stats is not None:
        with suppress(StatsUnavailableError):
            report = await asyncio.to_thread(stats.stats)  # the database: off the event loop
    text = texts.admin.stats_unavailable if report is None else render_stats_html(report)
    await message.answer(text, **html_kwargs())


def reload_failed_text(template: str, problems: tuple[str, ...]) -> str:
    """The report in <pre>, escaped and shortened so that the message fits Telegram's limit."""
    frame = fill(template, count=len(problems), report="")
    report = "\n".join(problems)
    body = fit(report, MESSAGE_LIMIT - tg_len(frame))
    return fill_markup(template, count=len(problems), report=Markup(body))


async def reload_knowledge(
    message: Message,
    *,
    bot: Bot,
    texts: UiTexts,
    knowledge: KnowledgeHolder,
    settings: Settings | None,
    admin_ids: frozenset[int],
) -> None:
    if settings is None:  # a dispatcher built without settings (tests): nothing to reload from
        await message.answer(
            reload_failed_text(texts.admin.reload_failed, ("нет настроек",)), **html_kwargs()
        )
        return
    before = knowledge.current.texts
    result = await knowledge.reload(settings)
    if not result.ok:
        await message.answer(reload_failed_text(texts.admin.reload_failed, result.problems), **html_kwargs())
        return
    new = result.knowledge
    await message.answer(
        fill(new.texts.admin.reload_ok, entries=new.entries, questions=new.questions), **html_kwargs()
    )
    if menus_changed(before, new.texts):
        await set_menus(bot, new.texts, admin_ids)


def create_admin_router() -> Router:
    router = Router(name="admin")
    router.message.filter(F.chat.type == ChatType.PRIVATE, IsAdmin())
    router.message.register(show_stats, Command("stats"))
    router.message.register(reload_knowledge, Command("reload"))
    return router
