"""The factory that builds a ready Dispatcher: routers, injected dependencies, start-up menus."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from aiogram import Dispatcher
from aiogram.types import ErrorEvent

from bot.telegram.deps import AnswerLog, FeedbackSink, NoAnswerLog, NoFeedback
from bot.telegram.menus import set_menus
from bot.telegram.routers import create_routers
from bot.telegram.texts import UiTexts

if TYPE_CHECKING:
    from bot.qa.engine import Engine

logger = logging.getLogger(__name__)


async def log_error(event: ErrorEvent) -> bool:
    """One failed update must not stop the bot; log it (without the update's text) and go on."""
    update = event.update
    logger.error(
        "Update %s (%s) failed: %r",
        update.update_id,
        update.event_type,
        event.exception,
        exc_info=event.exception,
    )
    return True


def create_dispatcher(
    engine: Engine,
    texts: UiTexts,
    *,
    feedback: FeedbackSink | None = None,
    answer_log: AnswerLog | None = None,
    set_menus_on_startup: bool = True,
) -> Dispatcher:
    """Handlers receive `engine`, `texts`, `feedback` and `answer_log` by name (workflow data)."""
    dispatcher = Dispatcher(name="faq-bot", disable_fsm=True)
    dispatcher["engine"] = engine
    dispatcher["texts"] = texts
    dispatcher["feedback"] = feedback or NoFeedback()
    dispatcher["answer_log"] = answer_log or NoAnswerLog()
    dispatcher.include_routers(*create_routers())
    dispatcher.errors.register(log_error)
    if set_menus_on_startup:
        dispatcher.startup.register(set_menus)
    return dispatcher
