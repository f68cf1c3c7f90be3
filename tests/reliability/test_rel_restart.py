"""`python -m bot run` killed (SIGTERM or SIGKILL) in the middle of a 300-user burst with a slow Bot
API, then started again: every user gets a reply, and only sends in flight at the kill may repeat."""

from __future__ import annotations

import asyncio
import signal
import time
from pathlib import Path

import pytest

from tests.reliability.harness import delivered
from tests.reliability.test_rel_process import WITHIN, Bot
from tests.telegram import updates as U
from tests.telegram.botapi_stub import BotApiStub, Call

QUESTION = "Кто участвовал в круглом столе?"
USERS = [U.user(80_000 + n, f"Житель{n}") for n in range(300)]


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
async def test_a_kill_mid_burst_then_a_restart_loses_no_reply(
    stub: BotApiStub, tmp_path: Path, sig: signal.Signals
) -> None:
    async def slow(call: Call) -> None:
        await asyncio.sleep(1.0)

    stub.on("sendMessage", slow)
    async with await Bot.start(stub, tmp_path, GLOBAL_MESSAGES_PER_SECOND="30", SHUTDOWN_TIMEOUT="1") as bot:
        await bot.logged("Polling for updates")
        for person in USERS:
            stub.send_text(U.private_chat(person), person, QUESTION)
        await stub.wait_confirmed(stub.last_update_id, within=WITHIN)
        await stub.wait_for("sendMessage", count=40, within=WITHIN, answered=False)
        bot.signal(sig)
        killed_at = time.monotonic()
        code = await bot.exit_code()
    assert code == (0 if sig == signal.SIGTERM else -signal.SIGKILL), bot.log
    if sig == signal.SIGTERM:
        assert "Traceback" not in bot.log
        last = time.monotonic()  # what was in flight when the grace ran out counts as in flight
    else:
        last = killed_at
    in_flight = sum(
        1
        for call in stub.calls_of("sendMessage")
        if call.at <= last and (call.answered_at is None or call.answered_at > killed_at - 0.1)
    )
    first_run = sum(len(delivered(stub, person["id"])) for person in USERS)
    assert first_run < len(USERS), "the kill came mid-burst"

    stub.on("sendMessage", None)
    async with await Bot.start(stub, tmp_path, GLOBAL_MESSAGES_PER_SECOND="100") as again:
        await again.logged("left unfinished by the previous run are handled first")
        await stub.wait_for("sendMessage", lambda c: c.status == 200, count=len(USERS), within=WITHIN)
        await asyncio.sleep(0.5)  # nothing more is coming
        again.signal(signal.SIGTERM)
        assert await again.exit_code() == 0
    per_user = [len(delivered(stub, person["id"])) for person in USERS]
    lost = sum(1 for count in per_user if count == 0)
    duplicates = sum(per_user) - len(USERS) + lost
    assert lost == 0
    assert duplicates <= in_flight, (duplicates, in_flight)
