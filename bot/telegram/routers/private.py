"""Private chat: /start (with deep links), /help, /topics, /source, /lang and free-text questions.

Commands speak the user's language (`lang`, `texts`: see language.LanguageMiddleware); the reply to
a question speaks the Reply's language, which is the question's when the engine can tell.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiogram import F, Router
from aiogram.enums import ChatType
from aiogram.filters import Command, CommandObject, CommandStart
from aiogram.types import Message

from bot.qa.kb import Entry
from bot.qa.models import Lang
from bot.telegram.browse import shelves, start_view
from bot.telegram.deps import AnswerLog
from bot.telegram.keyboards import examples_keyboard, language_keyboard
from bot.telegram.language import reply_for_entry
from bot.telegram.render import render_greeting, render_sources
from bot.telegram.replying import ask, has_words, html_kwargs, send_reply
from bot.telegram.texts import UiTexts

if TYPE_CHECKING:
    from bot.qa.engine import Engine

EXAMPLES = 4  # example questions under the greeting: the first entry of the first topics


async def start_deep_link(
    message: Message, command: CommandObject, engine: Engine, texts: UiTexts, lang: Lang
) -> None:
    """t.me/<bot>?start=<entry_id> opens that answer directly (links from inline results)."""
    reply = reply_for_entry(engine, (command.args or "").strip(), lang)
    if reply is None:
        await message.answer(texts.deep_link_unknown, **html_kwargs())
        await start(message, engine, texts)
        return
    await send_reply(message, reply, texts, compact=False, quote=False)


def _examples(engine: Engine) -> list[Entry]:
    """The first question of the first topics; with several documents, from each document in turn."""
    per_source = [[topic.entries[0] for topic in shelf.topics] for shelf in shelves(engine)]
    longest = max(map(len, per_source), default=0)
    mixed = [firsts[n] for n in range(longest) for firsts in per_source if n < len(firsts)]
    return mixed[:EXAMPLES]


async def start(message: Message, engine: Engine, texts: UiTexts) -> None:
    sources = [shelf.source for shelf in shelves(engine)] or list(engine.kb.sources.values())
    text = render_greeting(sources, texts)
    markup = examples_keyboard(_examples(engine), texts)
    await message.answer(text, reply_markup=markup, **html_kwargs())


async def show_help(message: Message, texts: UiTexts) -> None:
    await message.answer(texts.help, **html_kwargs())


async def show_topics(message: Message, engine: Engine, texts: UiTexts) -> None:
    view = start_view(shelves(engine), texts)
    await message.answer(view.text, reply_markup=view.keyboard, **html_kwargs())


async def show_source(message: Message, engine: Engine, texts: UiTexts) -> None:
    await message.answer(render_sources(list(engine.kb.sources.values()), texts), **html_kwargs())


async def choose_language(message: Message, texts: UiTexts) -> None:
    await message.answer(texts.lang_prompt, reply_markup=language_keyboard(texts), **html_kwargs())


async def ask_command(
    message: Message,
    *,
    command: CommandObject,
    engine: Engine,
    texts: UiTexts,
    answer_log: AnswerLog,
    lang: Lang,
) -> None:
    """/ask works in private chats too, for people who learned it in a group."""
    question = (command.args or "").strip()
    if not has_words(question):
        await message.answer(texts.ask_empty, **html_kwargs())
        return
    reply = ask(engine, answer_log, message.chat.type, question, lang)
    await send_reply(message, reply, texts, compact=False, quote=False)


async def unknown_command(message: Message, texts: UiTexts) -> None:
    await message.answer(texts.unknown_command, **html_kwargs())


async def question(
    message: Message, engine: Engine, texts: UiTexts, answer_log: AnswerLog, lang: Lang
) -> None:
    if not has_words(message.text or ""):
        await message.answer(texts.no_words, **html_kwargs())
        return
    reply = ask(engine, answer_log, message.chat.type, message.text or "", lang)
    await send_reply(message, reply, texts, compact=False, quote=False)


def create_private_router() -> Router:
    router = Router(name="private")
    router.message.filter(F.chat.type == ChatType.PRIVATE)
    router.message.register(start_deep_link, CommandStart(deep_link=True))
    router.message.register(start, CommandStart())
    router.message.register(show_help, Command("help"))
    router.message.register(show_topics, Command("topics"))
    router.message.register(show_source, Command("source"))
    router.message.register(choose_language, Command("lang", "language"))
    router.message.register(ask_command, Command("ask"))
    router.message.register(unknown_command, F.text.startswith("/"))
    router.message.register(question, F.text)
    return router
