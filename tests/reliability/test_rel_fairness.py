"""Fairness with the real bot: one account pressing a button hundreds of times or flooding inline
queries is throttled at intake (the flood never reaches the inbox), and another person's question is
still answered; anonymous admins of different groups do not share one bucket; group chatter not
meant for the bot costs nobody their limit."""

from __future__ import annotations

import time
from pathlib import Path

import aiohttp

from bot.qa.engine import Engine
from bot.telegram.callbacks import EntryCb
from bot.telegram.intake import IntakeThrottle, Verdict
from bot.telegram.middlewares.context import ANONYMOUS_ADMIN_ID
from bot.telegram.middlewares.throttling import TokenBuckets
from bot.telegram.texts import UiTexts
from bot.telegram.webhook import SECRET_HEADER
from tests.ports import free_port
from tests.reliability.harness import (
    WEBHOOK_PATH,
    WEBHOOK_SECRET,
    delivered,
    inbox_states,
    running,
    settings_for,
    text_of,
    until,
    webhook_settings,
)
from tests.telegram import updates as U
from tests.telegram.botapi_stub import BotApiStub

QUESTION = "Кто участвовал в круглом столе?"


async def test_a_flood_of_presses_and_inline_queries_is_throttled_and_others_are_answered(
    stub: BotApiStub, engine: Engine, texts: UiTexts, tmp_path: Path
) -> None:
    flooder, other = U.user(90_001, "Флудер"), U.user(90_002, "Дана")
    entry = engine.kb.entries[0]
    inbox = tmp_path / "inbox.sqlite3"
    async with running(stub, settings_for(stub, inbox_db=inbox), engine, texts):
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
        await until(lambda: "pending" not in inbox_states(inbox))  # what was kept is handled
        elapsed = time.monotonic() - began
    acted_on = len(delivered(stub, flooder["id"])) - 1 + len(stub.calls_of("editMessageText"))
    assert acted_on <= 10 + 2 * elapsed + 1, "presses beyond the bucket were dropped"
    assert len(stub.calls_of("answerInlineQuery")) <= 20 + 5 * elapsed + 1
    throttled = [c for c in stub.calls_of("answerCallbackQuery") if c.get("text") == texts.throttled]
    assert len(throttled) == 1, "one notice per flood episode"
    assert len(stub.calls_of("answerCallbackQuery")) <= acted_on + 1, "other dropped presses cost no request"
    stored = sum(inbox_states(inbox).values())
    assert stored <= 1 + (10 + 2 * elapsed + 1) + 1 + (20 + 5 * elapsed + 1) + 1, "the flood never got stored"
    assert stub.last_update_id > 500, "yet every update was confirmed to Telegram"


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


def _throttle(burst: int = 2) -> IntakeThrottle:
    return IntakeThrottle(
        me_id=555,
        me_username="faq_test_bot",
        messages=TokenBuckets(burst, 0.001),
        presses=TokenBuckets(burst, 0.001),
        inline=TokenBuckets(burst, 0.001),
    )


async def test_intake_counts_what_the_bot_acts_on_per_sender_and_kind() -> None:
    """Raw JSON in, a verdict out: the burst passes, the first over it carries the notice (none for
    inline queries), the rest is dropped; kinds and senders have buckets of their own; chatter in a
    group is not counted, a command, a reply to the bot or its name is."""
    throttle = _throttle()
    alice, bob = U.user(1, "Алия"), U.user(2, "Бекзат")
    group = U.group_chat(-100_1, "Группа")
    bot_message = U.message(group, {"id": 555, "is_bot": True, "first_name": "Бот"}, "ответ")

    async def verdicts(n: int, **update: object) -> list[Verdict]:
        return [await throttle.verdict({"update_id": 1, **update}) for _ in range(n)]

    keep, notice, drop = Verdict.KEEP, Verdict.NOTICE, Verdict.DROP
    assert await verdicts(4, message=U.message(U.private_chat(alice), alice, "вопрос")) == [
        keep,
        keep,
        notice,
        drop,
    ]
    assert await verdicts(1, message=U.message(U.private_chat(bob), bob, "вопрос")) == [keep]
    assert await verdicts(3, callback_query=U.callback_query(alice, "e:x", bot_message)) == [
        keep,
        keep,
        notice,
    ]
    assert await verdicts(3, inline_query=U.inline_query(alice, "q")) == [keep, keep, drop]
    chatter = U.message(group, bob, "просто болтаю @someone_else")
    assert await verdicts(5, message=chatter) == [keep] * 5, "chatter is not counted"
    addressed = [
        U.message(group, bob, "/ask вопрос"),
        U.message(group, bob, "@FAQ_test_bot вопрос"),
        U.message(group, bob, "ответь", reply_to=bot_message),
        U.message(group, bob, "/ask ещё"),
    ]
    assert [await throttle.verdict({"update_id": 1, "message": m}) for m in addressed] == [
        keep,
        notice,
        drop,
        drop,
    ], "bob's bucket (one used in his private chat) is used by each message meant for the bot"


async def test_the_webhook_drops_a_flood_before_storing_it_and_answers_200(
    stub: BotApiStub, engine: Engine, texts: UiTexts, tmp_path: Path
) -> None:
    port = free_port()
    settings = webhook_settings(
        stub, port, inbox_db=tmp_path / "inbox.sqlite3", throttle_burst=3, throttle_rate=0.01
    )
    alice = U.user(90_101, "Алия")
    async with running(stub, settings, engine, texts, ready="setWebhook"):
        async with aiohttp.ClientSession() as session:
            for n in range(30):
                message = U.message(U.private_chat(alice), alice, QUESTION)
                update = {"update_id": n + 1, "message": message}
                async with session.post(
                    f"http://127.0.0.1:{port}{WEBHOOK_PATH}",
                    json=update,
                    headers={SECRET_HEADER: WEBHOOK_SECRET},
                ) as response:
                    assert response.status == 200
        await stub.wait_for("sendMessage", count=4, within=30)
        await until(lambda: "pending" not in inbox_states(tmp_path / "inbox.sqlite3"))  # all handled
    sent = [text_of(call) for call in delivered(stub, alice["id"])]
    assert sent.count(texts.throttled) == 1
    assert len(sent) == 4, "three answers and one notice"
    assert inbox_states(tmp_path / "inbox.sqlite3") == {"done": 4}, "the other 26 were never stored"


async def test_a_flood_of_questions_in_a_group_gets_one_notice_as_a_reply(
    stub: BotApiStub, engine: Engine, texts: UiTexts, tmp_path: Path
) -> None:
    bob, group = U.user(90_201, "Бекзат"), U.group_chat(-100_803, "Группа")
    inbox = tmp_path / "inbox.sqlite3"
    async with running(
        stub, settings_for(stub, inbox_db=inbox, throttle_burst=2, throttle_rate=0.01), engine, texts
    ):
        asked = [stub.send_text(group, bob, f"/ask {QUESTION}") for _ in range(6)]
        await stub.wait_for("sendMessage", lambda c: c["chat_id"] == group["id"], count=3, within=30)
        await until(lambda: "pending" not in inbox_states(inbox))
    sent = delivered(stub, group["id"])
    assert [text_of(call) == texts.throttled for call in sent] == [False, False, True]
    assert sent[2]["reply_parameters"]["message_id"] == asked[2]["message_id"], "the notice answers the third"
    assert inbox_states(inbox) == {"done": 3}, "the last three were never stored"
