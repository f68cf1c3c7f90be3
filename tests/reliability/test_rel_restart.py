"""`python -m bot run` killed (SIGTERM or SIGKILL) in the middle of a 300-user burst with a slow Bot
API, then started again: every user gets a reply, and only sends in flight at the kill may repeat."""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

import pytest

from tests.reliability.harness import answered, check_repeats, each_answered, unfinished_senders
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
    chats = [person["id"] for person in USERS]
    async with await Bot.start(stub, tmp_path, GLOBAL_MESSAGES_PER_SECOND="30", SHUTDOWN_TIMEOUT="1") as bot:
        await bot.logged("Polling for updates")
        for person in USERS:
            stub.send_text(U.private_chat(person), person, QUESTION)
        await stub.wait_confirmed(stub.last_update_id, within=WITHIN)
        await stub.wait_for("sendMessage", count=40, within=WITHIN, answered=False)
        bot.signal(sig)
        code = await bot.exit_code()
    assert code == (0 if sig == signal.SIGTERM else -signal.SIGKILL), bot.log
    if sig == signal.SIGTERM:
        assert "Traceback" not in bot.log
    await stub.wait_answered("sendMessage", within=WITHIN)  # sends cut off still reach "Telegram"
    before = answered(stub, chats)
    assert sum(before.values()) < len(USERS), "the kill came mid-burst"
    # The inbox (beside ANALYTICS_DB) says which updates were not finished: their replies, if
    # they went out, were cut off in flight, and only those may repeat.
    cut_off = unfinished_senders(tmp_path / "inbox.sqlite3")

    stub.on("sendMessage", None)
    async with await Bot.start(stub, tmp_path, GLOBAL_MESSAGES_PER_SECOND="100") as again:
        await again.logged("left unfinished by the previous run are handled first")
        await each_answered(stub, chats, within=WITHIN)
        again.signal(signal.SIGTERM)  # what is in flight is finished first (SHUTDOWN_TIMEOUT)
        assert await again.exit_code() == 0
    repeated = check_repeats(before, cut_off, answered(stub, chats))
    in_flight = sum(1 for chat_id in cut_off if before[chat_id])
    print(
        f"\n{sig.name}: {sum(before.values())} of {len(USERS)} answered before, {in_flight} cut off"
        f" in flight, {repeated} repeated after the restart"
    )
