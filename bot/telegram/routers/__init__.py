"""One router per concern, each built by a function (a Router can have only one parent)."""

from __future__ import annotations

from aiogram import Router

from bot.telegram.routers.admin import create_admin_router
from bot.telegram.routers.callbacks import create_callbacks_router
from bot.telegram.routers.fallback import create_fallback_router
from bot.telegram.routers.group import create_group_router
from bot.telegram.routers.inline import create_inline_router
from bot.telegram.routers.private import create_private_router


def create_routers() -> list[Router]:
    """In order: admin commands first (they fall through for everyone else), the fallback last."""
    return [
        create_admin_router(),
        create_private_router(),
        create_group_router(),
        create_inline_router(),
        create_callbacks_router(),
        create_fallback_router(),
    ]
