"""Running the bot: long polling by default, an aiohttp webhook server when WEBHOOK_URL is set.

`run(settings)` is what `python -m bot run` calls. Problems a person can fix (token, knowledge base,
ui.yaml, the analytics file, a busy port, an unreachable server) end in a clear Russian message on
stderr and a non-zero exit code, never in a traceback. The token never reaches a log: every log line
passes a redacting formatter, and errors from requests have it blanked out at the source.

Signals: SIGINT/SIGTERM stop taking updates and let replies in flight finish (settings.
shutdown_timeout), then exit 0; SIGHUP reloads the knowledge base (an invalid one is rejected with
its report in the log, and the old one keeps serving). Analytics go to AnalyticsStore(settings).
"""

from __future__ import annotations

import asyncio
import logging
import re
import secrets
import signal
import sqlite3
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
from aiogram.exceptions import TelegramAPIError, TelegramNetworkError, TelegramUnauthorizedError
from aiogram.webhook.aiohttp_server import SimpleRequestHandler, setup_application
from aiohttp import web

from bot.analytics import AnalyticsStore
from bot.health import add_healthz, beating
from bot.qa.kb import KnowledgeBaseError
from bot.settings import Settings
from bot.telegram.deps import AnswerLog, BackgroundAnswerLog, FeedbackSink, StatsSource
from bot.telegram.dispatcher import create_dispatcher
from bot.telegram.knowledge import KnowledgeHolder
from bot.telegram.menus import set_menus
from bot.telegram.middlewares import InFlight, OutgoingLimiter, RetryMiddleware
from bot.telegram.texts import TextsError, UiTexts, load_texts

if TYPE_CHECKING:
    from bot.qa.engine import Engine

logger = logging.getLogger(__name__)

POLLING_TIMEOUT = 25  # seconds a getUpdates request may wait for news (long polling)
WEBHOOK_SECRET = re.compile(r"^[A-Za-z0-9_-]{1,256}$")  # what Telegram accepts as secret_token
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def create_bot(settings: Settings, session: BaseSession | None = None) -> Bot:
    """A Bot whose every request goes to settings.bot_api_server when it is set, paced within
    Telegram's limits and retried on flood limits, network errors and 5xx (middlewares/outgoing.py)."""
    assert settings.bot_token is not None, "check settings.token_problem() first"
    if session is None:
        api = TelegramAPIServer.from_base(settings.bot_api_server) if settings.bot_api_server else None
        session = AiohttpSession(api=api) if api else AiohttpSession()
    session.middleware(
        OutgoingLimiter(
            group_per_minute=settings.group_messages_per_minute,
            group_max_delay=settings.group_max_delay,
            global_per_second=settings.global_messages_per_second,
        )
    )
    session.middleware(
        RetryMiddleware(
            retries=settings.send_retries,
            backoff=settings.retry_backoff,
            flood_max_wait=settings.flood_max_wait,
        )
    )
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
    stats: StatsSource | None = None,
    stop: asyncio.Event | None = None,
    handle_signals: bool = True,
    polling_timeout: int = POLLING_TIMEOUT,
) -> None:
    """Serve until `stop` is set (or SIGINT/SIGTERM when handle_signals): polling or webhook.

    On stop: no new updates are taken, replies in flight get settings.shutdown_timeout seconds to
    finish, queued analytics are written. SIGHUP (with handle_signals) reloads the knowledge base.
    `answer_log` is written from a worker thread, so the event loop never waits for the disk."""
    stop = stop or asyncio.Event()
    holder = KnowledgeHolder.of(engine, texts)
    writer = BackgroundAnswerLog(answer_log) if answer_log is not None else None
    bot = create_bot(settings)
    dispatcher = create_dispatcher(
        holder, feedback=feedback, answer_log=writer, stats=stats, settings=settings
    )
    in_flight: InFlight = dispatcher["in_flight"]
    reloads: set[asyncio.Task[None]] = set()

    async def reload_on_signal() -> None:
        before = holder.current.texts
        result = await holder.reload(settings)  # logs the outcome, with the report when rejected
        texts = result.knowledge.texts
        if result.ok and (texts.commands != before.commands or texts.profile != before.profile):
            await set_menus(bot, texts, settings.admin_ids)

    def on_sighup() -> None:
        logger.info("SIGHUP: reloading the knowledge base")
        task = asyncio.create_task(reload_on_signal())
        reloads.add(task)
        task.add_done_callback(reloads.discard)

    def on_stop_signal() -> None:
        if stop.is_set():  # a second signal: do not wait for the replies in flight
            logger.warning("Second stop signal: cancelling the updates in flight")
            in_flight.cancel_all()
        stop.set()

    loop = asyncio.get_running_loop()
    installed: list[int] = []
    if handle_signals:
        handlers = {signal.SIGINT: on_stop_signal, signal.SIGTERM: on_stop_signal}
        if hup := getattr(signal, "SIGHUP", None):
            handlers[hup] = on_sighup
        for sig, callback in handlers.items():
            with suppress(NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(sig, callback)
                installed.append(sig)
    try:
        if settings.webhook_url:
            await _serve_webhook(bot, dispatcher, settings, stop, in_flight)
        else:
            await _serve_polling(
                bot,
                dispatcher=dispatcher,
                settings=settings,
                stop=stop,
                in_flight=in_flight,
                polling_timeout=polling_timeout,
            )
    finally:
        for sig in installed:
            loop.remove_signal_handler(sig)
        for task in list(reloads):
            task.cancel()
        await bot.session.close()
        if writer is not None:
            await asyncio.to_thread(writer.close)


async def _serve_polling(
    bot: Bot,
    *,
    dispatcher: Dispatcher,
    settings: Settings,
    stop: asyncio.Event,
    in_flight: InFlight,
    polling_timeout: int,
) -> None:
    # A webhook left over from an earlier run would make every getUpdates fail with 409.
    await bot.delete_webhook(drop_pending_updates=False)
    # aiogram's polling loop survives getUpdates failures (network, 5xx) with its own backoff.
    polling = asyncio.create_task(
        dispatcher.start_polling(
            bot, polling_timeout=polling_timeout, handle_signals=False, close_bot_session=False
        )
    )
    stopped = asyncio.create_task(stop.wait())
    await asyncio.wait({polling, stopped}, return_when=asyncio.FIRST_COMPLETED)
    if not polling.done():
        logger.info("Stopping: no new updates are taken")
        try:
            await dispatcher.stop_polling()
        except RuntimeError:  # stopped before polling had even started
            polling.cancel()
    stopped.cancel()
    with suppress(asyncio.CancelledError):
        await polling
    started = getattr(dispatcher, "_handle_update_tasks", set())  # created, maybe not yet running
    cancelled = await in_flight.drain(settings.shutdown_timeout, also=set(started))
    # Confirm what was handled, so that a restart does not answer it again; updates cut off by the
    # timeout stay unconfirmed and come again.
    offset = cancelled[0] if cancelled else in_flight.last_update_id + 1
    if offset > 1:
        with suppress(TelegramAPIError, TimeoutError):
            await bot.get_updates(offset=offset, limit=1, timeout=0, request_timeout=5)
    logger.info("Stopped")


async def _serve_webhook(
    bot: Bot, dispatcher: Dispatcher, settings: Settings, stop: asyncio.Event, in_flight: InFlight
) -> None:
    """aiohttp server; requests without the right X-Telegram-Bot-Api-Secret-Token get 401."""
    assert settings.webhook_url is not None
    secret = (
        settings.webhook_secret.get_secret_value() if settings.webhook_secret else secrets.token_urlsafe(32)
    )
    app = web.Application()
    add_healthz(app, settings)  # GET /healthz (bot/health.py)
    SimpleRequestHandler(dispatcher=dispatcher, bot=bot, secret_token=secret).register(
        app, path=settings.webhook_path
    )
    setup_application(app, dispatcher, bot=bot)
    runner = web.AppRunner(app)
    await runner.setup()
    try:
        site = web.TCPSite(runner, settings.webhook_host, settings.webhook_port)
        await site.start()
        await bot.set_webhook(
            url=settings.webhook_url,
            secret_token=secret,
            allowed_updates=dispatcher.resolve_used_update_types(),
        )
        logger.info(
            "Webhook server on %s:%s%s", settings.webhook_host, settings.webhook_port, settings.webhook_path
        )
        await stop.wait()
        logger.info("Stopping: no new updates are taken")
        await site.stop()
        await in_flight.drain(settings.shutdown_timeout)
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
        return _fail(f"база знаний содержит ошибки ({len(exc.problems)}), бот не запущен:\n{exc}", 1)
    except TextsError as exc:
        return _fail(f"тексты интерфейса содержат ошибки, бот не запущен:\n{exc}", 1)
    try:
        store = AnalyticsStore.from_settings(settings)
    except (sqlite3.Error, OSError, RuntimeError, ValueError) as exc:
        return _fail(
            f"не удалось открыть файл аналитики {settings.analytics_db} ({exc}). Проверьте ANALYTICS_DB.", 1
        )
    server = settings.bot_api_server or "api.telegram.org"
    try:
        with store:
            serving = serve(settings, engine, texts, feedback=store, answer_log=store, stats=store)
            asyncio.run(beating(settings, serving))  # heartbeat for `python -m bot health`
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
