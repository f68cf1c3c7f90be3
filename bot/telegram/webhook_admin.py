"""`python -m bot webhook set|delete|info`: the webhook is set once, by the operator, not by every
replica at start (with REDIS_URL the replicas never call setWebhook themselves).

`set` registers WEBHOOK_URL, the full public address Telegram posts to (the reverse proxy
forwards it to a replica's WEBHOOK_PATH), with WEBHOOK_SECRET and the update types the bot
handles. Every failure is one Russian line and exit code 1 or 2.
"""

from __future__ import annotations

import asyncio
import json
from typing import TYPE_CHECKING, cast

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError, TelegramNetworkError, TelegramUnauthorizedError

from bot.settings import Settings

if TYPE_CHECKING:
    from bot.qa.engine import Engine

ACTIONS = ("set", "delete", "info")


def _allowed_updates() -> list[str]:
    """The update types the bot's handlers use (what the replicas would ask for themselves)."""
    from bot.telegram.dispatcher import create_dispatcher
    from bot.telegram.knowledge import KnowledgeHolder
    from bot.telegram.texts import load_texts

    holder = KnowledgeHolder.of(cast("Engine", None), load_texts())  # routers only, no engine
    return create_dispatcher(holder, set_menus_on_startup=False).resolve_used_update_types()


async def _call(settings: Settings, action: str) -> str:
    from bot.telegram.runner import create_bot

    bot: Bot = create_bot(settings)
    try:
        if action == "set":
            assert settings.webhook_url is not None
            assert settings.webhook_secret is not None
            await bot.set_webhook(
                url=settings.webhook_url,
                secret_token=settings.webhook_secret.get_secret_value(),
                allowed_updates=_allowed_updates(),
                drop_pending_updates=False,
            )
            return f"Webhook установлен: {settings.webhook_url}"
        if action == "delete":
            await bot.delete_webhook(drop_pending_updates=False)
            return "Webhook удалён (необработанные обновления Telegram сохранены)."
        info = await bot.get_webhook_info()
        return json.dumps(info.model_dump(exclude_none=True, mode="json"), ensure_ascii=False, indent=2)
    finally:
        await bot.session.close()


def webhook_command(settings: Settings, action: str) -> tuple[int, str]:
    """(exit code, the line to print) for `python -m bot webhook <action>`."""
    if problem := settings.token_problem():
        return 2, f"Ошибка: {problem}. Проверьте BOT_TOKEN."
    if action == "set" and (settings.webhook_url is None or settings.webhook_secret is None):
        return 2, "Ошибка: для webhook set нужны WEBHOOK_URL (https://…) и WEBHOOK_SECRET."
    server = settings.bot_api_server or "api.telegram.org"
    try:
        return 0, asyncio.run(_call(settings, action))
    except TelegramUnauthorizedError:
        return 2, f"Ошибка: сервер Bot API ({server}) не принял BOT_TOKEN."
    except TelegramNetworkError:
        return 1, f"Ошибка: не удалось связаться с сервером Bot API ({server})."
    except TelegramAPIError as exc:
        return 1, f"Ошибка: сервер Bot API ({server}) ответил: {exc.message}"
