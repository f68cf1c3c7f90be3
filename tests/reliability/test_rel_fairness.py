"""Fairness with the real bot: one account pressing a button hundreds of times or flooding inline
queries is throttled at once, and another person's question is still answered; anonymous admins of
different groups do not share one bucket."""

from __future__ import annotations

import asyncio
import time

from bot.qa.engine import Engine
from bot.telegram.callbacks import EntryCb
from bot.telegram.middlewares.context import ANONYMOUS_ADMIN_ID
from bot.telegram.texts import UiTexts
from tests.reliability.harness import delivered, running, settings_for
from tests.telegram import updates as U
from tests.telegram.botapi_stub import BotApiStub

QUESTION = "Кто участвовал в круглом столе?"


async def test_a_flood_of_presses_and_inline_queries_is_throttled_and_others_are_answered(
    stub: BotApiStub, engine: Engine, texts: UiTexts
) -> None:
    flooder, other = U.user(90_001, "Флудер"), U.user(90_002, "Дана")
    entry = engine.kb.entries[0]
    async with running(stub, settings_for(stub), engine, texts):
        stub.send_text(U.private_chat(flooder), flooder, QUESTION)
        (shown,) = await stub.wait_for("sendMessage", within=30)
        on = stub.message(flooder["id"], shown.result["message_id"])
        began = time.monotonic()
        for _ in range(200):
            stub.press(flooder, on, EntryCb(id=entry.id).pack())
        for n in range(300):
            stub.inline(flooder, f"вопрос {n}")
        stub.send_text(U.private_chat(other), other, QUESTION)
        await stub.wait_for("sendMessage", lambda c: c["chat_id"] == other["id"], within=30)
        await stub.wait_confirmed(stub.last_update_id, within=60)
        await asyncio.sleep(0.5)  # the last presses are handled
        elapsed = time.monotonic() - began
    acted_on = len(delivered(stub, flooder["id"])) - 1 + len(stub.calls_of("editMessageText"))
    assert acted_on <= 10 + 2 * elapsed + 1, "presses beyond the bucket were dropped"
    assert len(stub.calls_of("answerInlineQuery")) <= 20 + 5 * elapsed + 1
    throttled = [c for c in stub.calls_of("answerCallbackQuery") if c.get("text") == texts.throttled]
    assert len(throttled) == 1, "one notice per flood episode"
    assert len(stub.calls_of("answerCallbackQuery")) <= acted_on + 1, "other dropped presses cost no request"


async def test_anonymous_admins_of_different_groups_have_their_own_buckets(
    stub: BotApiStub, engine: Engine, texts: UiTexts
) -> None:
    anonymous = U.user(ANONYMOUS_ADMIN_ID, "Group", username="GroupAnonymousBot", is_bot=True)
    first, second = U.group_chat(-100_801, "Первая"), U.group_chat(-100_802, "Вторая")
    settings = settings_for(stub, throttle_burst=3)
    async with running(stub, settings, engine, texts):
        for group in (first, second):
            for _ in range(3):
                stub.send_text(group, anonymous, f"/ask {QUESTION}", sender_chat=group)
        await stub.wait_for("sendMessage", count=6, within=60)
    assert len(delivered(stub, first["id"])) == 3
    assert len(delivered(stub, second["id"])) == 3
