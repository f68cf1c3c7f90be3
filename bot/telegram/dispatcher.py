"""The factory that builds a ready Dispatcher: routers, injected dependencies, middlewares, menus."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiogram import Bot, Dispatcher

from bot.telegram.deps import AnswerLog, FeedbackSink, NoAnswerLog, NoFeedback, StatsSource
from bot.telegram.errors import ErrorHandler
from bot.telegram.knowledge import KnowledgeHolder
from bot.telegram.language import LanguageMiddleware
from bot.telegram.menus import set_menus
from bot.telegram.middlewares import (
    KnowledgeMiddleware,
    PerActorOrder,
    StatsAvailability,
    ThrottledNotice,
)
from bot.telegram.prefs import LanguagePrefs, prefs_for
from bot.telegram.routers import create_routers
from bot.telegram.texts import UiTexts

if TYPE_CHECKING:
    from bot.qa.engine import Engine
    from bot.settings import Settings


async def _startup_menus(bot: Bot, knowledge: KnowledgeHolder, admin_ids: frozenset[int]) -> None:
    await set_menus(bot, knowledge.current.texts, admin_ids)


def create_dispatcher(
    engine: Engine | KnowledgeHolder,
    texts: UiTexts | None = None,
    *,
    feedback: FeedbackSink | None = None,
    answer_log: AnswerLog | None = None,
    stats: StatsSource | None = None,
    settings: Settings | None = None,
    prefs: LanguagePrefs | None = None,
    set_menus_on_startup: bool = True,
) -> Dispatcher:
    """Handlers receive `engine`, `texts` (from the knowledge holder, per update), `feedback`,
    `answer_log`, `stats`, `settings`, `admin_ids` and `knowledge` by name.

    `engine` is an Engine (with `texts`) or a KnowledgeHolder that /reload and SIGHUP swap.
    `settings` gives the admin ids and the directories /reload reads. Throttling happens at intake,
    before an update is stored (intake.py); an update kept only for the notice gets it here."""
    if isinstance(engine, KnowledgeHolder):
        holder = engine
    elif texts is None:
        raise TypeError("create_dispatcher: texts are required with an Engine")
    else:
        holder = KnowledgeHolder.of(engine, texts)
    dispatcher = Dispatcher(name="faq-bot", disable_fsm=True)
    dispatcher["knowledge"] = holder
    dispatcher["feedback"] = feedback or NoFeedback()
    dispatcher["answer_log"] = answer_log or NoAnswerLog()
    dispatcher["stats"] = stats
    dispatcher["settings"] = settings
    dispatcher["admin_ids"] = settings.admin_ids if settings else frozenset()
    dispatcher["prefs"] = prefs or prefs_for(settings)
    # Outer update middlewares run in registration order after aiogram's own (errors first), so a
    # failure anywhere below still reaches the errors handler.
    dispatcher.update.outer_middleware(PerActorOrder())  # one sender's updates in arrival order
    dispatcher.update.outer_middleware(KnowledgeMiddleware(holder))
    dispatcher.update.outer_middleware(LanguageMiddleware())  # `lang`, and `texts` in it
    dispatcher.update.outer_middleware(ThrottledNotice())  # after the language: the notice in it
    dispatcher.update.outer_middleware(StatsAvailability())
    dispatcher.include_routers(*create_routers())
    ErrorHandler().register(dispatcher.errors)
    if set_menus_on_startup:
        dispatcher.startup.register(_startup_menus)
    return dispatcher
