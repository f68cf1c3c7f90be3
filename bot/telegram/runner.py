"""Running the bot: long polling by default, an aiohttp webhook server when WEBHOOK_URL is set.

`run(settings)` is what `python -m bot run` calls. Problems a person can fix (token, knowledge base,
ui.yaml, the analytics file, a busy port, an unreachable server) end in a clear Russian message on
stderr and a non-zero exit code, never in a traceback. The token never reaches a log: every log line
passes a redacting formatter, and errors from requests have it blanked out at the source.

Signals: SIGINT/SIGTERM stop taking updates and let replies in flight finish (settings.
shutdown_timeout), then exit 0; SIGHUP reloads the knowledge base (an invalid one is rejected with
its report in the log, and the old one keeps serving). Analytics go to AnalyticsStore(settings) (a
SQLite file or PostgreSQL, ANALYTICS_DB) through the writer thread of bot/analytics/writer.py.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import signal
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.session.base import BaseSession
from aiogram.client.session.middlewares.base import BaseRequestMiddleware
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.exceptions import (
    ClientDecodeError,
    TelegramAPIError,
    TelegramBadRequest,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
    TelegramUnauthorizedError,
)
from aiohttp import web

from bot.analytics.location import display, driver_problem, password_of
from bot.analytics.writer import AnalyticsWriter
from bot.health import add_healthz, beating
from bot.qa.kb import KnowledgeBaseError
from bot.settings import Settings
from bot.telegram.deps import AnswerLog, BackgroundAnswerLog, FeedbackSink, StatsSource
from bot.telegram.dispatcher import create_dispatcher
from bot.telegram.inbox import Inbox, InboxError, SqliteInbox
from bot.telegram.intake import Intake, IntakeThrottle
from bot.telegram.knowledge import KnowledgeHolder
from bot.telegram.menus import set_menus
from bot.telegram.middlewares import OutgoingLimiter, RetryMiddleware
from bot.telegram.middlewares.pacing import LocalLimits
from bot.telegram.middlewares.throttling import Buckets, BucketsFactory
from bot.telegram.polling import UpdatePump, poll_into_inbox
from bot.telegram.redaction import blank_out, secrets_only, token_parts
from bot.telegram.texts import TextsError, UiTexts, load_texts
from bot.telegram.webhook import WebhookReceiver

if TYPE_CHECKING:
    from bot.analytics.store import AnalyticsStore
    from bot.qa.engine import Engine
    from bot.telegram.redis_prefs import RedisPrefs

logger = logging.getLogger(__name__)
T = TypeVar("T")

POLLING_TIMEOUT = 25  # seconds a getUpdates request may wait for news (long polling)
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def local_limits(settings: Settings) -> LocalLimits:
    """Telegram's limits as configured, kept in this process (and the rules a shared variant applies)."""
    return LocalLimits(
        group_per_minute=settings.group_messages_per_minute,
        group_max_delay=settings.group_max_delay,
        global_per_second=settings.global_messages_per_second,
        private_per_second=settings.private_messages_per_second,
    )


def create_bot(
    settings: Settings, session: BaseSession | None = None, limiter: BaseRequestMiddleware | None = None
) -> Bot:
    """A Bot whose every request goes to settings.bot_api_server when it is set, paced within
    Telegram's limits and retried on flood limits, network errors and 5xx (middlewares/outgoing.py)."""
    if settings.bot_token is None:
        raise ValueError("BOT_TOKEN is not set: check settings.token_problem() first")
    if session is None:
        api = TelegramAPIServer.from_base(settings.bot_api_server) if settings.bot_api_server else None
        session = AiohttpSession(api=api) if api else AiohttpSession()
    session.middleware(limiter or OutgoingLimiter(local_limits(settings)))
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


async def serve(  # noqa: PLR0915 - one place that wires the whole run, in order
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

    Signal handlers are installed first, before any request, so an early SIGHUP or SIGTERM is
    handled, never fatal. Updates go through the durable inbox (settings.inbox_db; a temporary
    file when it is None). On stop: no new updates are taken, replies in flight get
    settings.shutdown_timeout seconds to finish, the rest stays in the inbox for the next start,
    queued analytics are written. SIGHUP reloads the knowledge base.
    `answer_log` is written from a worker thread, so the event loop never waits for the disk."""
    stop = stop or asyncio.Event()
    holder = KnowledgeHolder.of(engine, texts)
    reloads: set[asyncio.Task[None]] = set()
    pump: UpdatePump | None = None
    bot: Bot | None = None

    async def reload_on_signal() -> None:
        before = holder.current.texts
        result = await holder.reload(settings)  # logs the outcome, with the report when rejected
        texts = result.knowledge.texts
        if (
            bot is not None
            and result.ok
            and (texts.commands != before.commands or texts.profile != before.profile)
        ):
            with suppress(TelegramAPIError):
                await set_menus(bot, texts, settings.admin_ids)

    def on_sighup() -> None:
        logger.info("SIGHUP: reloading the knowledge base")
        task = asyncio.create_task(reload_on_signal())
        reloads.add(task)
        task.add_done_callback(reloads.discard)

    def on_stop_signal() -> None:
        if stop.is_set() and pump is not None:  # a second signal: do not wait for the replies in flight
            logger.warning("Second stop signal: the updates in flight stay in the inbox for the next start")
            pump.cancel_all()
        stop.set()

    loop = asyncio.get_running_loop()
    installed = _install_signal_handlers(loop, on_stop_signal, on_sighup) if handle_signals else []
    writer = _in_background(answer_log)
    temporary = None if settings.inbox_db else tempfile.TemporaryDirectory(prefix="faq-bot-inbox-")
    inbox_path = settings.inbox_db or Path(temporary.name if temporary else ".") / "inbox.sqlite3"
    inbox: Inbox | None = None
    consumer: asyncio.Task[None] | None = None
    try:
        inbox = await _open_inbox(settings, inbox_path)
        limiter, buckets = _shared_limits(settings, inbox)
        bot = create_bot(settings, limiter=limiter)
        prefs = _shared_prefs(settings)
        dispatcher = create_dispatcher(
            holder,
            feedback=feedback,
            answer_log=writer,
            stats=stats,
            settings=settings,
            prefs=prefs,
        )
        pump = UpdatePump(bot, dispatcher, inbox, backoff=2 * settings.retry_backoff)
        if stop.is_set():
            return
        consumer = _start_consumer(settings, inbox, pump, stop)
        serving = _Serving(bot, dispatcher, settings, stop, inbox, pump, buckets)
        if settings.webhook_url:
            await _serve_webhook(serving)
        else:
            await _serve_polling(serving, polling_timeout)
    finally:
        for sig in installed:
            loop.remove_signal_handler(sig)
        for task in list(reloads):
            task.cancel()
        if consumer is not None:
            consumer.cancel()
            with suppress(asyncio.CancelledError):
                await consumer
        if bot is not None:
            await bot.session.close()
        if inbox is not None:
            await inbox.close()
        if temporary is not None:
            temporary.cleanup()
        if isinstance(writer, BackgroundAnswerLog):
            await asyncio.to_thread(writer.close)


def _install_signal_handlers(
    loop: asyncio.AbstractEventLoop, on_stop: Callable[[], None], on_hup: Callable[[], None]
) -> list[signal.Signals]:
    """SIGINT/SIGTERM stop, SIGHUP reloads (where the platform has it); the signals installed."""
    handlers = {signal.SIGINT: on_stop, signal.SIGTERM: on_stop}
    if hup := getattr(signal, "SIGHUP", None):
        handlers[hup] = on_hup
    installed: list[signal.Signals] = []
    for sig, callback in handlers.items():
        with suppress(NotImplementedError, RuntimeError, ValueError):
            loop.add_signal_handler(sig, callback)
            installed.append(sig)
    return installed


def _in_background(answer_log: AnswerLog | None) -> AnswerLog | None:
    """The answer log written from a worker thread, unless it already writes in the background."""
    if answer_log is None or getattr(answer_log, "background", False):
        return answer_log
    return BackgroundAnswerLog(answer_log)


def _start_consumer(
    settings: Settings, inbox: Inbox, pump: UpdatePump, stop: asyncio.Event
) -> asyncio.Task[None] | None:
    """With REDIS_URL, every replica reads the shared stream (redis_inbox.py) in this task."""
    if not settings.redis_url:
        return None
    from bot.telegram.redis_inbox import RedisInbox

    if not isinstance(inbox, RedisInbox):
        raise TypeError("REDIS_URL is set, so the inbox must be the Redis one")
    return asyncio.create_task(inbox.consume(pump, stop), name="redis-consumer")


def _shared_prefs(settings: Settings) -> RedisPrefs | None:
    """With REDIS_URL, the /lang choice is read by whichever replica gets the next update."""
    if not settings.redis_url:
        return None
    from bot.telegram.redis_prefs import RedisPrefs

    secret = settings.feedback_secret.get_secret_value()
    return RedisPrefs(settings.redis_url, secret, settings.redis_prefix)


async def _open_inbox(settings: Settings, path: Path) -> Inbox:
    """The shared Redis inbox when REDIS_URL is set (redis-py imported only then), else SQLite."""
    if not settings.redis_url:
        return await SqliteInbox.open(path)
    from bot.telegram.redis_inbox import RedisInbox

    return await RedisInbox.open(
        settings.redis_url,
        prefix=settings.redis_prefix,
        consumer=settings.replica_name,
        claim_after=settings.redis_claim_after,
    )


def _shared_limits(
    settings: Settings, inbox: Inbox
) -> tuple[BaseRequestMiddleware | None, BucketsFactory | None]:
    """With REDIS_URL, pacing and throttling shared by all replicas through the inbox's Redis."""
    if not settings.redis_url:
        return None, None
    from bot.telegram.redis_inbox import RedisInbox
    from bot.telegram.shared_limits import RedisLimits, RedisTokenBuckets

    if not isinstance(inbox, RedisInbox):
        raise TypeError("with REDIS_URL the inbox is a RedisInbox")
    client, prefix = inbox.redis, settings.redis_prefix
    limiter = OutgoingLimiter(RedisLimits(client, local_limits(settings), prefix=prefix))

    def buckets(name: str, burst: int, rate: float) -> Buckets:
        return RedisTokenBuckets(client, name, burst, rate, prefix=prefix)

    return limiter, buckets


async def at_start(call: Callable[[], Awaitable[T]], settings: Settings, what: str) -> T:
    """A start-up request, retried with backoff on transient failures (network, 5xx, 429 within the
    budget) for settings.startup_retry_for seconds; then the failure goes up for one clear line."""
    deadline = time.monotonic() + settings.startup_retry_for
    delay = 1.0
    while True:
        error: Exception
        try:
            return await call()
        except TelegramRetryAfter as exc:
            error, wait = exc, float(exc.retry_after)
        except (TelegramNetworkError, TelegramServerError, ClientDecodeError) as exc:
            error, wait, delay = exc, delay, min(delay * 2, 10.0)
        if time.monotonic() + wait > deadline:
            raise error
        failure = type(error).__name__
        logger.warning("Bot API not ready at start (%s: %s); retrying in %.0f s", what, failure, wait)
        await asyncio.sleep(wait)


@dataclass(frozen=True)
class _Serving:
    """What polling and webhook mode both serve with."""

    bot: Bot
    dispatcher: Dispatcher
    settings: Settings
    stop: asyncio.Event
    inbox: Inbox
    pump: UpdatePump
    buckets: BucketsFactory | None

    async def intake(self) -> Intake:
        """Where updates come in: throttled per sender on the raw JSON, then stored (intake.py)."""
        me = await at_start(self.bot.me, self.settings, "getMe")
        throttle = IntakeThrottle.from_settings(
            self.settings, me_id=me.id, me_username=me.username, buckets=self.buckets
        )
        return Intake(self.inbox, self.pump, throttle)

    async def resume(self) -> None:
        """Hand the pump what a previous run left unfinished. Called before any new update can
        arrive: one stored after this read would otherwise be handed out twice, by the intake and
        as a leftover, and answered twice."""
        left = await self.inbox.unfinished()
        if left:
            logger.info("%d update(s) left unfinished by the previous run are handled first", len(left))
        for raw in left:
            self.pump.submit(raw)

    async def start(self) -> None:
        """Startup hooks (menus)."""
        bot, dispatcher = self.bot, self.dispatcher
        await at_start(
            lambda: dispatcher.emit_startup(
                bot=bot, dispatcher=dispatcher, bots=[bot], **dispatcher.workflow_data
            ),
            self.settings,
            "menus",
        )

    async def finish(self) -> None:
        """Replies in flight get settings.shutdown_timeout seconds; then the shutdown hooks."""
        logger.info("Stopping: no new updates are taken")
        await self.pump.drain(self.settings.shutdown_timeout)
        bot, dispatcher = self.bot, self.dispatcher
        with suppress(TelegramAPIError):
            await dispatcher.emit_shutdown(
                bot=bot, dispatcher=dispatcher, bots=[bot], **dispatcher.workflow_data
            )
        logger.info("Stopped")


async def _serve_polling(run: _Serving, polling_timeout: int) -> None:
    bot, settings = run.bot, run.settings
    # A webhook left over from an earlier run would make every getUpdates fail with 409.
    await at_start(lambda: bot.delete_webhook(drop_pending_updates=False), settings, "deleteWebhook")
    intake = await run.intake()
    await run.resume()
    await run.start()
    logger.info("Polling for updates")
    try:
        await poll_into_inbox(
            bot,
            intake,
            stop=run.stop,
            polling_timeout=polling_timeout,
            allowed_updates=run.dispatcher.resolve_used_update_types(),
            backoff=2 * settings.retry_backoff,
        )
    finally:
        await run.finish()


async def _serve_webhook(run: _Serving) -> None:
    """aiohttp server (webhook.py): an update is answered 200 only once it is in the inbox."""
    bot, settings = run.bot, run.settings
    url = settings.webhook_url
    if url is None:
        raise ValueError("WEBHOOK_URL is not set: webhook mode needs it")
    secret = (
        settings.webhook_secret.get_secret_value() if settings.webhook_secret else secrets.token_urlsafe(32)
    )
    app = web.Application()
    add_healthz(app, settings)  # GET /healthz (bot/health.py)
    app.router.add_post(settings.webhook_path, WebhookReceiver(await run.intake(), secret).handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    try:
        await run.resume()
        site = web.TCPSite(runner, settings.webhook_host, settings.webhook_port)
        await site.start()
        await run.start()
        allowed = run.dispatcher.resolve_used_update_types()
        if settings.redis_url:  # replicas: set once by `python -m bot webhook set`, not by each start
            logger.info("Replica mode (REDIS_URL): the webhook is set with `python -m bot webhook set`")
        else:
            await at_start(
                lambda: bot.set_webhook(url=url, secret_token=secret, allowed_updates=allowed),
                settings,
                "setWebhook",
            )
        logger.info(
            "Webhook server on %s:%s%s", settings.webhook_host, settings.webhook_port, settings.webhook_path
        )
        await run.stop.wait()
        await site.stop()
        await run.finish()
    finally:
        await runner.cleanup()


class RedactingFormatter(logging.Formatter):
    """Wraps a formatter and blanks out secrets (bot token, webhook secret) in every formatted line."""

    def __init__(self, inner: logging.Formatter, hidden: Iterable[str]) -> None:
        super().__init__()
        self.inner = inner
        self.hidden = secrets_only(hidden)

    def format(self, record: logging.LogRecord) -> str:
        return blank_out(self.inner.format(record), self.hidden)


def log_secrets(settings: Settings) -> list[str]:
    hidden = []
    if settings.bot_token is not None:
        hidden += token_parts(settings.bot_token.get_secret_value())
    if settings.webhook_secret is not None:
        hidden.append(settings.webhook_secret.get_secret_value())
    if password := password_of(settings.analytics_db):
        hidden.append(password)
    return hidden


def configure_logging(settings: Settings) -> None:
    logging.basicConfig(level=settings.log_level, format=LOG_FORMAT)
    for handler in logging.getLogger().handlers:
        inner = handler.formatter or logging.Formatter(LOG_FORMAT)
        if isinstance(inner, RedactingFormatter):
            inner = inner.inner
        handler.setFormatter(RedactingFormatter(inner, log_secrets(settings)))


def replica_problem(settings: Settings) -> str | None:
    """Why REDIS_URL cannot work as configured (package missing, no shared webhook secret), or None."""
    if not settings.redis_url:
        return None
    try:
        import redis.asyncio  # noqa: F401 - only checks that the optional dependency is there
    except ImportError:
        return "REDIS_URL задан, но пакет redis не установлен: pip install 'constitution-faq-bot[redis]'."
    if settings.webhook_url and settings.webhook_secret is None:
        return (
            "с REDIS_URL все реплики должны знать один WEBHOOK_SECRET: "
            "задайте его (например, openssl rand -hex 32)."
        )
    return None


def _open_analytics(settings: Settings) -> AnalyticsWriter:
    """Analytics can fail alone: an unusable database costs statistics (one warning), never an answer.
    The store (and SQLAlchemy with it) is opened by the writer's thread, not on the way to serving."""

    def open_store() -> AnalyticsStore:
        from bot.analytics.store import AnalyticsStore

        return AnalyticsStore.from_settings(settings)

    return AnalyticsWriter(open_store, where=f" {display(settings.analytics_db)}")


def _fail(message: str, code: int) -> int:
    print(f"Ошибка: {message}", file=sys.stderr)
    return code


def run(settings: Settings) -> int:
    """Start the Telegram bot and serve until SIGINT/SIGTERM; the exit code for the CLI."""
    if hup := getattr(signal, "SIGHUP", None):  # loading takes seconds: an early SIGHUP must not kill
        signal.signal(hup, lambda *_: logger.info("SIGHUP while starting: the knowledge base is loading"))
    if problem := settings.token_problem():
        return _fail(f"{problem}. Проверьте переменную окружения BOT_TOKEN или файл .env.", 2)
    if problem := replica_problem(settings) or driver_problem(settings.analytics_db):
        return _fail(problem, 2)
    configure_logging(settings)
    from bot.qa.engine import load_engine  # the core loads dictionaries: import it only when running

    try:
        engine = load_engine(settings.knowledge_dir, settings.seeds_dir)
        texts = load_texts(settings.knowledge_dir / "ui.yaml")
    except KnowledgeBaseError as exc:
        return _fail(f"база знаний содержит ошибки ({len(exc.problems)}), бот не запущен:\n{exc}", 1)
    except TextsError as exc:
        return _fail(f"тексты интерфейса содержат ошибки, бот не запущен:\n{exc}", 1)
    analytics = _open_analytics(settings)
    if settings.inbox_db is None:
        settings = settings.model_copy(update={"inbox_db": settings.local_dir / "inbox.sqlite3"})
    try:
        return _serve_until_stopped(settings, engine, texts, analytics)
    finally:
        analytics.close()


def _serve_until_stopped(
    settings: Settings, engine: Engine, texts: UiTexts, analytics: AnalyticsWriter
) -> int:
    """Serve; a start-up failure becomes one clear line and the exit code."""
    server = settings.bot_api_server or "api.telegram.org"
    try:
        serving = serve(settings, engine, texts, feedback=analytics, answer_log=analytics, stats=analytics)
        asyncio.run(beating(settings, serving))  # heartbeat for `python -m bot health`
    except TelegramUnauthorizedError:
        return _fail(f"сервер Bot API ({server}) не принял BOT_TOKEN. Проверьте токен у @BotFather.", 2)
    except TelegramNetworkError:
        return _fail(
            f"не удалось связаться с сервером Bot API ({server}). Проверьте сеть и BOT_API_SERVER.", 1
        )
    except TelegramRetryAfter as exc:
        return _fail(
            f"сервер Bot API ({server}) просит подождать {exc.retry_after} с (429). Запустите бота позже.", 1
        )
    except (TelegramServerError, ClientDecodeError) as exc:
        return _fail(
            f"сервер Bot API ({server}) не отвечает как положено ({type(exc).__name__}) дольше "
            f"{settings.startup_retry_for:.0f} с. Проверьте BOT_API_SERVER или попробуйте позже.",
            1,
        )
    except TelegramBadRequest as exc:
        return _fail(f"сервер Bot API ({server}) отклонил запрос при запуске: {exc.message}", 1)
    except TelegramAPIError as exc:
        return _fail(f"сервер Bot API ({server}) вернул ошибку при запуске: {exc.message}", 1)
    except InboxError as exc:
        if settings.redis_url:
            return _fail(
                f"не удалось подключиться к Redis ({exc}). Проверьте REDIS_URL и что Redis запущен.", 1
            )
        return _fail(
            f"не удалось открыть очередь обновлений {settings.inbox_db} ({exc}). Проверьте INBOX_DB.", 1
        )
    except OSError as exc:
        return _fail(
            f"не удалось открыть порт {settings.webhook_host}:{settings.webhook_port} ({exc.strerror}).", 1
        )
    except KeyboardInterrupt:
        pass
    return 0
