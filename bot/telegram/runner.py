"""Running the bot: long polling by default, an aiohttp webhook server when WEBHOOK_URL is set.

`run(settings)` is what `python -m bot run` calls. Problems a person can fix (token, knowledge base,
ui.yaml, a busy port, an unreachable server) end in one Russian line on stderr and a non-zero exit
code, never in a traceback. The token never reaches a log: every log line passes a redacting
formatter.
"""

from __future__ import annotations

import asyncio
import logging
import re
import secrets
import signal
import sys
from collections.abc import Iterable
from contextlib import suppress
from typing import TYPE_CHECKING

from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.session.base import BaseSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.exceptions import TelegramNetworkError, TelegramUnauthorizedError
from aiogram.webhook.aiohttp_server import SimpleRequestHandler, setup_application
from aiohttp import web

from bot.qa.kb import KnowledgeBaseError
from bot.settings import Settings
from bot.telegram.deps import AnswerLog, FeedbackSink
from bot.telegram.dispatcher import create_dispatcher
from bot.telegram.texts import TextsError, UiTexts, load_texts

if TYPE_CHECKING:
    from bot.qa.engine import Engine

logger = logging.getLogger(__name__)

POLLING_TIMEOUT = 25  # seconds a getUpdates request may wait for news (long polling)
WEBHOOK_SECRET = re.compile(r"^[A-Za-z0-9_-]{1,256}$")  # what Telegram accepts as secret_token
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def create_bot(settings: Settings, session: BaseSession | None = None) -> Bot:
    """A Bot whose every request goes to settings.bot_api_server when it is set."""
    assert settings.bot_token is not None, "check settings.token_problem() first"
    if session is None:
        api = TelegramAPIServer.from_base(settings.bot_api_server) if settings.bot_api_server else None
        session = AiohttpSession(api=api) if api else AiohttpSession()
    return Bot(
        token=settings.bot_token.get_secret_value(),
        session=session,
        default=DefaultBotProperties(parse_mode=ParseMode.HTML, link_preview_is_disabled=True),
    )


async def serve(
    settings: Settings,
    engine: Engine,
    texts: UiTexts,
    *,
    feedback: FeedbackSink | None = None,
    answer_log: AnswerLog | None = None,
    stop: asyncio.Event | None = None,
    handle_signals: bool = True,
    polling_timeout: int = POLLING_TIMEOUT,
) -> None:
    """Serve until `stop` is set (or SIGINT/SIGTERM when handle_signals): polling or webhook."""
    stop = stop or asyncio.Event()
    if handle_signals:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with suppress(NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(sig, stop.set)
    bot = create_bot(settings)
    dispatcher = create_dispatcher(engine, texts, feedback=feedback, answer_log=answer_log)
    try:
        if settings.webhook_url:
            await _serve_webhook(bot, dispatcher, settings, stop)
        else:
            await _serve_polling(bot, dispatcher, stop, polling_timeout)
    finally:
        await bot.session.close()


async def _serve_polling(bot: Bot, dispatcher: Dispatcher, stop: asyncio.Event, polling_timeout: int) -> None:
    # A webhook left over from an earlier run would make every getUpdates fail with 409.
    await bot.delete_webhook(drop_pending_updates=False)
    polling = asyncio.create_task(
        dispatcher.start_polling(bot, polling_timeout=polling_timeout, handle_signals=False)
    )
    stopped = asyncio.create_task(stop.wait())
    await asyncio.wait({polling, stopped}, return_when=asyncio.FIRST_COMPLETED)
    if not polling.done():
        try:
            await dispatcher.stop_polling()
        except RuntimeError:  # stopped before polling had even started
            polling.cancel()
    stopped.cancel()
    with suppress(asyncio.CancelledError):
        await polling


async def _serve_webhook(bot: Bot, dispatcher: Dispatcher, settings: Settings, stop: asyncio.Event) -> None:
    """aiohttp server; requests without the right X-Telegram-Bot-Api-Secret-Token get 401."""
    assert settings.webhook_url is not None
    secret = (
        settings.webhook_secret.get_secret_value() if settings.webhook_secret else secrets.token_urlsafe(32)
    )
    app = web.Application()
    SimpleRequestHandler(dispatcher=dispatcher, bot=bot, secret_token=secret).register(
        app, path=settings.webhook_path
    )
    setup_application(app, dispatcher, bot=bot)
    runner = web.AppRunner(app)
    await runner.setup()
    try:
        await web.TCPSite(runner, settings.webhook_host, settings.webhook_port).start()
        await bot.set_webhook(
            url=settings.webhook_url,
            secret_token=secret,
            allowed_updates=dispatcher.resolve_used_update_types(),
        )
        logger.info(
            "Webhook server on %s:%s%s", settings.webhook_host, settings.webhook_port, settings.webhook_path
        )
        await stop.wait()
    finally:
        await runner.cleanup()


class RedactingFormatter(logging.Formatter):
    """Wraps a formatter and blanks out secrets (bot token, webhook secret) in every formatted line."""

    def __init__(self, inner: logging.Formatter, hidden: Iterable[str]) -> None:
        super().__init__()
        self.inner = inner
        self.hidden = sorted({value for value in hidden if len(value) >= 8}, key=len, reverse=True)

    def format(self, record: logging.LogRecord) -> str:
        line = self.inner.format(record)
        for value in self.hidden:
            line = line.replace(value, "***")
        return line


def log_secrets(settings: Settings) -> list[str]:
    hidden = []
    if settings.bot_token is not None:
        token = settings.bot_token.get_secret_value()
        hidden += [token, token.partition(":")[2]]
    if settings.webhook_secret is not None:
        hidden.append(settings.webhook_secret.get_secret_value())
    return hidden


def configure_logging(settings: Settings) -> None:
    level = logging.getLevelName(settings.log_level.upper())
    logging.basicConfig(level=level if isinstance(level, int) else logging.INFO, format=LOG_FORMAT)
    for handler in logging.getLogger().handlers:
        inner = handler.formatter or logging.Formatter(LOG_FORMAT)
        if isinstance(inner, RedactingFormatter):
            inner = inner.inner
        handler.setFormatter(RedactingFormatter(inner, log_secrets(settings)))


def _fail(message: str, code: int) -> int:
    print(f"Ошибка: {message}", file=sys.stderr)
    return code


def run(settings: Settings) -> int:
    """Start the Telegram bot and serve until SIGINT/SIGTERM; the exit code for the CLI."""
    if problem := settings.token_problem():
        return _fail(f"{problem}. Проверьте переменную окружения BOT_TOKEN или файл .env.", 2)
    if settings.webhook_secret and not WEBHOOK_SECRET.match(settings.webhook_secret.get_secret_value()):
        return _fail(
            "WEBHOOK_SECRET может содержать только латинские буквы, цифры, _ и - (до 256 символов).", 2
        )
    configure_logging(settings)
    from bot.qa.engine import load_engine  # the core loads dictionaries: import it only when running

    try:
        engine = load_engine(settings.knowledge_dir, settings.seeds_dir)
        texts = load_texts(settings.knowledge_dir / "ui.yaml")
    except KnowledgeBaseError as exc:
        return _fail(f"база знаний содержит ошибки:\n{exc}", 1)
    except TextsError as exc:
        return _fail(f"тексты интерфейса содержат ошибки:\n{exc}", 1)
    server = settings.bot_api_server or "api.telegram.org"
    try:
        asyncio.run(serve(settings, engine, texts))
    except TelegramUnauthorizedError:
        return _fail(f"сервер Bot API ({server}) не принял BOT_TOKEN. Проверьте токен у @BotFather.", 2)
    except TelegramNetworkError:
        return _fail(
            f"не удалось связаться с сервером Bot API ({server}). Проверьте сеть и BOT_API_SERVER.", 1
        )
    except OSError as exc:
        return _fail(
            f"не удалось открыть порт {settings.webhook_host}:{settings.webhook_port} ({exc.strerror}).", 1
        )
    except KeyboardInterrupt:
        pass
    return 0
