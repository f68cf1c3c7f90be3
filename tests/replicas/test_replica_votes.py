"""The later of two presses wins across replicas, whatever order they are stored in.

Two webhook replicas, each recording votes through an analytics writer of its own into the one
database (a SQLite file or PostgreSQL), behind the Bot API stand-in. One person presses 👍 and then
👎 under one answer; the 👎 reaches replica b and is committed first, the 👍 reaches replica a only
afterwards (as when Telegram retries a delivery a webhook answered slowly) and is committed last:
the adverse order, made certain by waiting for each commit, not by sleeping. With their own inboxes
each replica handles what it receives; with the shared Redis inbox whichever replica reads it."""

from __future__ import annotations

from contextlib import AsyncExitStack
from pathlib import Path

import aiohttp
import pytest

from bot.analytics import AnalyticsStore
from bot.analytics.location import Location
from bot.analytics.writer import AnalyticsWriter
from bot.qa.engine import Engine
from bot.telegram.callbacks import FeedbackCb
from bot.telegram.texts import UiTexts
from tests.ports import free_port
from tests.reliability.harness import until
from tests.reliability.test_rel_process import WITHIN
from tests.replicas.test_replicas_redis import (
    QUESTION,
    SECRET,
    _post,
    _replica,
    _replica_settings,
)
from tests.telegram import updates as U
from tests.telegram.botapi_stub import BotApiStub

UP, DOWN = 1, -1


@pytest.mark.parametrize("inbox", ["own", "redis"])
async def test_the_later_press_wins_whichever_replica_stores_it_first(
    *,
    inbox: str,
    request: pytest.FixtureRequest,
    stub: BotApiStub,
    engine: Engine,
    texts: UiTexts,
    tmp_path: Path,
    location: Location,
) -> None:
    redis_url = request.getfixturevalue("redis_url") if inbox == "redis" else None
    alice = U.user(91_003, "Алия")
    ports = [free_port(), free_port()]
    entry_id = engine.answer(QUESTION).entry_id
    assert entry_id is not None
    writers = [AnalyticsWriter(lambda: AnalyticsStore(location, secret=SECRET)) for _ in ports]
    totals: list[tuple[int, int]] = []
    try:
        async with AsyncExitStack() as stack:
            for name, port, writer in zip(("a", "b"), ports, writers, strict=True):
                settings = _replica_settings(stub, "", name, port, tmp_path).model_copy(
                    update={"redis_url": redis_url}
                )
                await stack.enter_async_context(_replica(settings, engine, texts, feedback=writer))
            reader = stack.enter_context(AnalyticsStore(location, secret=SECRET))
            session = await stack.enter_async_context(aiohttp.ClientSession())
            question = U.message(U.private_chat(alice), alice, QUESTION, message_id=1)
            assert await _post(session, ports[0], {"update_id": 8100, "message": question}) == 200
            (answer,) = await stub.wait_for("sendMessage", within=WITHIN)
            shown = stub.message(alice["id"], answer.result["message_id"])
            # (replica, update_id, vote) in the order they are stored: pressed 👍 #8101, 👎 #8102, 👍 #8103
            for n, (replica, update_id, vote) in enumerate([(1, 8102, DOWN), (0, 8101, UP), (0, 8103, UP)]):
                data = FeedbackCb(id=entry_id, vote=vote).pack()
                press = {"update_id": update_id, "callback_query": U.callback_query(alice, data, shown)}
                assert await _post(session, ports[replica], press) == 200
                await until(lambda n=n: sum(writer.written for writer in writers) == n + 1, within=WITHIN)
                stats = reader.stats()
                totals.append((stats.feedback_up, stats.feedback_down))
    finally:
        for writer in writers:
            writer.close()
    assert totals == [(0, 1), (0, 1), (1, 0)], "the 👍 pressed first never replaces the 👎; a later one does"
    if inbox == "own":  # each replica handled what it received: different writers stored the presses
        assert [writer.written for writer in writers] == [2, 1]
