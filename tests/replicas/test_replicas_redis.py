"""Replicas sharing one real Redis (and the analytics database) behind the Bot API stand-in.

Two bots run side by side in webhook mode (serve() in this process, or two `python -m bot run`
processes); Telegram is played by posting each update to one replica's webhook, some to both (as
Telegram retries an update that was answered slowly). Every update must be answered exactly once
and recorded once in the one analytics database (PostgreSQL) both replicas write to; a replica
SIGKILLed mid-burst loses nothing: the other takes over its pending updates."""

from __future__ import annotations

import asyncio
import functools
import random
import re
import signal
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack, asynccontextmanager
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from redis.asyncio import Redis

from bot.analytics import AnalyticsStore
from bot.analytics.location import Location
from bot.analytics.writer import AnalyticsWriter
from bot.qa.engine import Engine
from bot.settings import Settings
from bot.telegram.callbacks import FeedbackCb
from bot.telegram.runner import serve
from bot.telegram.texts import UiTexts
from tests.ports import free_port
from tests.reliability.harness import TOKEN, delivered
from tests.reliability.test_rel_process import WITHIN, Bot
from tests.telegram import updates as U
from tests.telegram.botapi_stub import BotApiStub, Call

QUESTION = "Кто участвовал в круглом столе?"
SECRET = "replica-secret-0123456789"
PATH = "/tg-hook"
Json = dict[str, Any]


def _replica_settings(stub: BotApiStub, redis_url: str, name: str, port: int, tmp: Path) -> Settings:
    values: dict[str, Any] = {
        "bot_token": TOKEN,
        "bot_api_server": stub.base_url,
        "webhook_url": f"https://bot.example.kz{PATH}",
        "webhook_host": "127.0.0.1",
        "webhook_port": port,
        "webhook_path": PATH,
        "webhook_secret": SECRET,
        "redis_url": redis_url,
        "replica_name": name,
        "redis_claim_after": 10.0,  # one event loop runs both replicas here
        "retry_backoff": 0.05,
        "throttle_burst": 10,
        "global_messages_per_second": 0,
        "inbox_db": tmp / f"unused-{name}.sqlite3",
    }
    return Settings(_env_file=None, **values)


async def _post(session: aiohttp.ClientSession, port: int, update: Json, secret: str = SECRET) -> int:
    url = f"http://127.0.0.1:{port}{PATH}"
    headers = {"X-Telegram-Bot-Api-Secret-Token": secret}
    async with session.post(url, json=update, headers=headers) as response:
        return response.status


async def _until_listening(port: int, within: float = WITHIN) -> None:
    deadline = time.monotonic() + within
    async with aiohttp.ClientSession() as session:
        while True:
            try:
                if await _post(session, port, {"update_id": 0}, secret="wrong") == 401:
                    return
            except aiohttp.ClientError:
                pass
            if time.monotonic() > deadline:
                raise AssertionError(f"no replica listens on port {port}")
            await asyncio.sleep(0.1)


@asynccontextmanager
async def _replica(
    settings: Settings, engine: Engine, texts: UiTexts, **serve_kwargs: Any
) -> AsyncIterator[None]:
    stop = asyncio.Event()
    task = asyncio.create_task(
        serve(settings, engine, texts, stop=stop, handle_signals=False, **serve_kwargs)
    )
    try:
        await _until_listening(settings.webhook_port)
        yield
    finally:
        stop.set()
        await asyncio.wait_for(task, WITHIN)


def _burst(users: int, each: int, first_id: int = 1000) -> list[tuple[Json, Json]]:
    """(person, update) for `each` questions from every one of `users` people, interleaved."""
    people = [U.user(90_000 + n, f"Житель{n}") for n in range(users)]
    updates = []
    update_id = first_id
    for round_ in range(each):
        for person in people:
            message = U.message(U.private_chat(person), person, QUESTION, message_id=round_ + 1)
            updates.append((person, {"update_id": update_id, "message": message}))
            update_id += 1
    return updates


async def _deliver(ports: list[int], burst: list[tuple[Json, Json]], twice: float, seed: int) -> int:
    """Each update to a random replica, a share `twice` of them to the other one as well (all
    concurrently, 50 at a time). Returns how many were delivered twice."""
    rng = random.Random(seed)
    plan: list[tuple[int, Json]] = []
    for _, update in burst:
        first = rng.randrange(len(ports))
        plan.append((ports[first], update))
        if rng.random() < twice:
            plan.append((ports[1 - first], update))
    rng.shuffle(plan)
    async with aiohttp.ClientSession() as session:
        for start in range(0, len(plan), 50):
            statuses = await asyncio.gather(*(_post(session, p, u) for p, u in plan[start : start + 50]))
            assert set(statuses) == {200}, statuses
    return len(plan) - len(burst)


def _answers(stub: BotApiStub, burst: list[tuple[Json, Json]]) -> dict[int, int]:
    """How many replies each update got: a reply quotes the message it answers, or (in a private
    chat, without a quote) is counted against the chat's questions."""
    people = {person["id"] for person, _ in burst}
    return {person_id: len(delivered(stub, person_id)) for person_id in people}


def _to(chat_id: int) -> Callable[[Call], bool]:
    return lambda call: call.status == 200 and call["chat_id"] == chat_id


async def _each_answered(stub: BotApiStub, burst: list[tuple[Json, Json]], times: int) -> None:
    """Wait until every person got `times` replies (a send cut off in flight may count as sent, so
    a total count could be reached while someone still waits)."""
    for person_id in {person["id"] for person, _ in burst}:
        await stub.wait_for("sendMessage", _to(person_id), count=times, within=WITHIN)


async def _drained(redis_url: str, within: float = WITHIN) -> None:
    """Wait until every entry of the stream is acknowledged and erased."""
    deadline = time.monotonic() + within
    while (state := await _stream_state(redis_url)) != {"stream": 0, "pending": 0}:
        assert time.monotonic() < deadline, f"entries left in the stream: {state}"
        await asyncio.sleep(0.2)


async def _stream_state(redis_url: str) -> dict[str, int]:
    client = Redis.from_url(redis_url)
    try:
        pending = await client.xpending("faqbot:updates", "workers")
        return {"stream": int(await client.xlen("faqbot:updates")), "pending": int(pending["pending"])}
    finally:
        await client.aclose()


async def _two_replicas_answer_once(
    stub: BotApiStub,
    *,
    engine: Engine,
    texts: UiTexts,
    tmp_path: Path,
    redis_url: str,
    analytics: Location,
    users: int,
    each: int,
) -> None:
    """Each replica records through its own analytics writer into the one database `analytics`."""
    burst = _burst(users, each)
    ports = [free_port(), free_port()]
    writers = [AnalyticsWriter(lambda: AnalyticsStore(analytics, secret=SECRET)) for _ in ports]
    try:
        async with AsyncExitStack() as stack:
            for name, port, writer in zip(("a", "b"), ports, writers, strict=True):
                settings = _replica_settings(stub, redis_url, name, port, tmp_path)
                sinks = {"feedback": writer, "answer_log": writer, "stats": writer}
                await stack.enter_async_context(_replica(settings, engine, texts, **sinks))
            started = time.monotonic()
            twice = await _deliver(ports, burst, twice=0.1, seed=users)
            await stub.wait_for("sendMessage", lambda c: c.status == 200, count=len(burst), within=WITHIN * 3)
            seconds = time.monotonic() - started
            await asyncio.sleep(0.5)  # nothing more is coming
    finally:
        for writer in writers:
            writer.close()
    with AnalyticsStore(analytics, secret=SECRET) as store:
        stats = store.stats()
    print(f"\n{len(burst)} updates from {users} users, {twice} delivered to both replicas, {seconds:.1f} s")
    assert twice > 0
    assert "setWebhook" not in {call.method for call in stub.calls}, "replicas never set the webhook"
    assert set(_answers(stub, burst).values()) == {each}, "every update answered exactly once"
    assert await _stream_state(redis_url) == {"stream": 0, "pending": 0}, "all acknowledged and erased"
    assert all(writer.written > 0 for writer in writers), "both replicas recorded"
    assert (stats.total_questions, stats.by_chat_type) == (len(burst), {"private": len(burst)}), (
        "every answer recorded once, by whichever replica answered it, in the one database"
    )


@pytest.fixture
def answer_once(
    stub: BotApiStub, engine: Engine, texts: UiTexts, tmp_path: Path, redis_url: str
) -> Callable[..., Awaitable[None]]:
    """_two_replicas_answer_once on this test's stand-in, Redis and folder."""
    return functools.partial(
        _two_replicas_answer_once, stub, engine=engine, texts=texts, tmp_path=tmp_path, redis_url=redis_url
    )


async def test_two_replicas_answer_every_update_once_even_when_delivered_to_both(
    answer_once: Callable[..., Awaitable[None]], location: Location
) -> None:
    await answer_once(analytics=location, users=40, each=2)


@pytest.mark.slow
async def test_a_thousand_updates_from_200_users_on_two_replicas_are_answered_once(
    answer_once: Callable[..., Awaitable[None]], postgres_url: str
) -> None:
    await answer_once(analytics=postgres_url, users=200, each=5)


async def test_a_user_flooding_both_replicas_gets_one_notice_and_the_shared_burst(
    stub: BotApiStub, engine: Engine, texts: UiTexts, tmp_path: Path, redis_url: str
) -> None:
    flooder = U.user(91_001, "Флудер")
    ports = [free_port(), free_port()]
    updates = [
        {
            "update_id": 5000 + n,
            "message": U.message(U.private_chat(flooder), flooder, QUESTION, message_id=n),
        }
        for n in range(1, 21)
    ]
    async with AsyncExitStack() as stack:
        for name, port in zip(("a", "b"), ports, strict=True):
            settings = _replica_settings(stub, redis_url, name, port, tmp_path).model_copy(
                update={"throttle_burst": 5, "throttle_rate": 0.01}
            )
            await stack.enter_async_context(_replica(settings, engine, texts))
        async with aiohttp.ClientSession() as session:
            for n, update in enumerate(updates):  # alternately to each replica, as a proxy would
                assert await _post(session, ports[n % 2], update) == 200
        await stub.wait_for("sendMessage", lambda c: c.status == 200, count=6, within=WITHIN)
        await asyncio.sleep(1.0)  # nothing more is coming
    sent = [call["text"] for call in delivered(stub, flooder["id"])]
    notices = [text for text in sent if text == texts.throttled]
    assert len(notices) == 1, "one notice for the flood, not one per replica"
    assert len(sent) - len(notices) == 5, "the burst of 5 is shared, not 5 per replica"


async def test_outgoing_pacing_is_shared_by_the_replicas(
    stub: BotApiStub, engine: Engine, texts: UiTexts, tmp_path: Path, redis_url: str
) -> None:
    burst = _burst(40, 1, first_id=7000)
    ports = [free_port(), free_port()]
    async with AsyncExitStack() as stack:
        for name, port in zip(("a", "b"), ports, strict=True):
            settings = _replica_settings(stub, redis_url, name, port, tmp_path).model_copy(
                update={"global_messages_per_second": 10.0}
            )
            await stack.enter_async_context(_replica(settings, engine, texts))
        began = time.monotonic()
        await _deliver(ports, burst, twice=0.0, seed=3)
        await stub.wait_for("sendMessage", lambda c: c.status == 200, count=len(burst), within=WITHIN)
    times = sorted(call.at for call in stub.calls_of("sendMessage"))
    busiest = max(sum(1 for t in times if start <= t < start + 1.0) for start in times)
    print(
        f"\n40 replies from two replicas at a shared 10/s: busiest second {busiest},"
        f" {times[-1] - times[0]:.1f} s from first to last"
    )
    # GCRA shared by both replicas: by t seconds after the first delivery at most the burst (10) +
    # 10·t messages have gone out, so the k-th (from 0) not before (k + 1 - 10) / 10 s. A slow machine
    # only delays sends, so these bounds hold however slow it is (a count per window of arrival
    # times does not: a delayed send arrives beside punctual ones). Two replicas pacing alone
    # (burst 20, 20/s) would send the 20th at once.
    early = [k for k, at in enumerate(times) if at < began + (k + 1 - 10) / 10 - 0.05]
    assert not early, f"sends {early} went out before the shared limit allowed them"


async def test_a_vote_counts_once_whichever_replica_takes_the_press(
    *, stub: BotApiStub, engine: Engine, texts: UiTexts, tmp_path: Path, redis_url: str, location: Location
) -> None:
    """Replicas share the analytics database (compose.replicas.yaml: PostgreSQL; or one SQLite file
    on one host); the vote is keyed by person and message, so a press repeated on the other replica
    is not counted again, and /stats on either replica reports the one database."""
    alice = U.user(91_002, "Алия")
    ports = [free_port(), free_port()]
    entry_id = engine.answer(QUESTION).entry_id
    assert entry_id is not None
    async with AsyncExitStack() as stack:
        stores = [stack.enter_context(AnalyticsStore(location, secret=SECRET)) for _ in ports]
        for name, port, store in zip(("a", "b"), ports, stores, strict=True):
            settings = _replica_settings(stub, redis_url, name, port, tmp_path).model_copy(
                update={"admin_ids": frozenset({alice["id"]})}
            )
            sinks = {"feedback": store, "answer_log": store, "stats": store}
            await stack.enter_async_context(_replica(settings, engine, texts, **sinks))
        async with aiohttp.ClientSession() as session:
            question = U.message(U.private_chat(alice), alice, QUESTION, message_id=1)
            assert await _post(session, ports[0], {"update_id": 8000, "message": question}) == 200
            (answer,) = await stub.wait_for("sendMessage", within=WITHIN)
            shown = stub.message(alice["id"], answer.result["message_id"])
            totals = []
            for n, (port, vote) in enumerate([(ports[0], 1), (ports[1], 1), (ports[1], -1), (ports[0], -1)]):
                press = U.callback_query(alice, FeedbackCb(id=entry_id, vote=vote).pack(), shown)
                assert await _post(session, port, {"update_id": 8001 + n, "callback_query": press}) == 200
                await stub.wait_for("answerCallbackQuery", count=n + 1, within=WITHIN)
                stats = stores[1 - ports.index(port)].stats()  # read through the other replica
                totals.append((stats.feedback_up, stats.feedback_down))
            command = U.message(U.private_chat(alice), alice, "/stats", message_id=2)
            assert await _post(session, ports[1], {"update_id": 8010, "message": command}) == 200
            report = (await stub.wait_for("sendMessage", count=2, within=WITHIN))[-1]["text"]
    assert totals == [(1, 0), (1, 0), (0, 1), (0, 1)], "one vote per person and message, the last wins"
    assert "Оценки ответов: 👍 0, 👎 1" in report


async def test_a_replica_stopped_mid_burst_hands_its_updates_to_the_other_at_once(
    stub: BotApiStub, engine: Engine, texts: UiTexts, tmp_path: Path, redis_url: str
) -> None:
    """SIGTERM (here: the stop event) cuts replies off after SHUTDOWN_TIMEOUT; what was in hand is
    marked idle, so the other replica takes it at its next look, not after REDIS_CLAIM_AFTER (300 s)."""

    async def slow(call: Call) -> None:
        await asyncio.sleep(0.3)

    stub.on("sendMessage", slow)
    burst = _burst(60, 1, first_id=9000)
    ports = [free_port(), free_port()]
    settings = [
        _replica_settings(stub, redis_url, name, port, tmp_path).model_copy(
            update={"redis_claim_after": 300.0, "shutdown_timeout": 0.2, "global_messages_per_second": 20.0}
        )
        for name, port in zip(("a", "b"), ports, strict=True)
    ]
    async with _replica(settings[1], engine, texts):
        async with _replica(settings[0], engine, texts):
            await _deliver([ports[0], ports[0]], burst, twice=0.0, seed=1)  # all to the first
            await stub.wait_for("sendMessage", count=5, within=WITHIN)
        first_run = sum(_answers(stub, burst).values())
        assert first_run < len(burst), "the stop came mid-burst"
        stub.on("sendMessage", None)
        await _each_answered(stub, burst, times=1)
    assert min(_answers(stub, burst).values()) >= 1, "nothing lost"


def _process_env(stub: BotApiStub, redis_url: str, name: str, port: int, analytics: str) -> dict[str, str]:
    return {
        "ANALYTICS_DB": analytics,
        "WEBHOOK_URL": f"https://bot.example.kz{PATH}",
        "WEBHOOK_HOST": "127.0.0.1",
        "WEBHOOK_PORT": str(port),
        "WEBHOOK_PATH": PATH,
        "WEBHOOK_SECRET": SECRET,
        "REDIS_URL": redis_url,
        "REPLICA_NAME": name,
        "REDIS_CLAIM_AFTER": "3",
        "THROTTLE_BURST": "10",
        "GLOBAL_MESSAGES_PER_SECOND": "100",
    }


@pytest.mark.slow
async def test_a_replica_killed_mid_burst_loses_nothing_the_other_answers_its_updates(
    stub: BotApiStub, tmp_path: Path, redis_url: str, postgres_url: str
) -> None:
    """Two `python -m bot run` processes on one Redis and one PostgreSQL (migrated by whichever
    starts first); the survivor records every answer it sends."""

    async def slow(call: Call) -> None:
        await asyncio.sleep(0.5)

    stub.on("sendMessage", slow)
    burst = _burst(300, 1)  # one question each: a reply per person tells exactly which update it answers
    ports = [free_port(), free_port()]
    dirs = [tmp_path / "a", tmp_path / "b"]
    for directory in dirs:
        directory.mkdir()
    async with (
        await Bot.start(stub, dirs[0], **_process_env(stub, redis_url, "a", ports[0], postgres_url)) as first,
        await Bot.start(
            stub, dirs[1], **_process_env(stub, redis_url, "b", ports[1], postgres_url)
        ) as second,
    ):
        await asyncio.gather(_until_listening(ports[0]), _until_listening(ports[1]))
        await _deliver(ports, burst, twice=0.1, seed=7)
        await stub.wait_for("sendMessage", count=40, within=WITHIN)
        first.signal(signal.SIGKILL)
        assert await first.exit_code() == -signal.SIGKILL
        before = sum(_answers(stub, burst).values())
        assert before < len(burst), "the kill came mid-burst"
        stub.on("sendMessage", None)
        await _each_answered(stub, burst, times=1)
        await second.logged("Took over", within=WITHIN)
        # The dead replica may have sent some replies without acknowledging them: they stay pending
        # until they have been idle REDIS_CLAIM_AFTER seconds, each at its own time, and the survivor
        # takes them at one of its later looks. Wait for that, not for a fixed time.
        await _drained(redis_url)
        second.signal(signal.SIGTERM)
        assert await second.exit_code() == 0, second.log
    answers = _answers(stub, burst)
    lost = sum(1 for count in answers.values() if count == 0)
    duplicates = sum(count - 1 for count in answers.values() if count > 1)
    # Only an update the survivor took over from the dead replica can be answered twice (a reply sent
    # but not yet acknowledged when the process died), so the takeovers bound the duplicates, however
    # slow the machine was: no time window is guessed.
    taken = sum(map(int, re.findall(r"Took over (\d+) update", second.log)))
    with AnalyticsStore(postgres_url, secret="change-me") as store:
        recorded = store.stats().total_questions
    print(
        f"\nkilled mid-burst: {before}/{len(burst)} answered before the kill,"
        f" taken over by the other replica: {taken}, lost: {lost}, duplicates: {duplicates},"
        f" recorded in PostgreSQL: {recorded}"
    )
    assert sum(answers.values()) - before <= recorded <= len(burst) + taken
    assert "Analytics unavailable" not in first.log + second.log
    assert lost == 0, "nothing lost"
    assert duplicates <= taken, (duplicates, taken)
    assert "Traceback" not in second.log
    assert await _stream_state(redis_url) == {"stream": 0, "pending": 0}
