"""Faults injected into the Bot API stand-in while the real bot runs: what a user still gets.

Flood limits (429) are waited out, network errors and 5xx are retried a bounded number of times, a
user who blocked the bot costs one log line, getUpdates failures do not stop polling, a failing
update ends in an apology and the next one is answered as usual.
"""

from __future__ import annotations

import logging
from typing import Any

import pytest
from aiogram import F
from aiogram.methods import AnswerCallbackQuery, SendMessage
from aiogram.types import Message, Update

from bot.qa.engine import Engine
from bot.telegram.callbacks import EntryCb
from bot.telegram.dispatcher import create_dispatcher
from bot.telegram.texts import UiTexts
from tests.reliability.harness import SECRET_PART, TOKEN, delivered, running, settings_for, text_of
from tests.telegram import updates as U
from tests.telegram.botapi_stub import BotApiStub, Call, StubResponse
from tests.telegram.recording import BOT_USER, recording_bot

ALICE = U.user(7001, "Алия")
BOB = U.user(7002, "Бекзат")
GROUP = U.group_chat(-100700, "Соседи")
QUESTION = "Кто участвовал в круглом столе?"


def statuses(calls: list[Call]) -> list[int | None]:
    return [call.status for call in calls]


async def test_flood_limit_is_waited_out_and_the_reply_delivered_once(
    stub: BotApiStub, engine: Engine, texts: UiTexts, caplog: pytest.LogCaptureFixture
) -> None:
    stub.inject("sendMessage", StubResponse.error(429, "Too Many Requests: retry after 1", retry_after=1))
    async with running(stub, settings_for(stub), engine, texts):
        stub.send_text(U.private_chat(ALICE), ALICE, QUESTION)
        await stub.wait_for("sendMessage", lambda c: c.status == 200, within=30)
    first, second = stub.sent_to(ALICE["id"])
    assert statuses([first, second]) == [429, 200]
    assert second.at - first.at >= 1.0 - 1e-3, "the bot did not wait retry_after"
    assert second["text"] == first["text"]
    assert text_of(second).startswith(engine.answer(QUESTION).answer)
    assert "flood limit, waiting 1 s" in caplog.text


@pytest.mark.parametrize(
    "faults",
    [
        [StubResponse.error(502, "Bad Gateway"), StubResponse.error(500, "Internal Server Error")],
        [StubResponse.disconnect()],
        [StubResponse.disconnect(), StubResponse.error(503, "Service Unavailable")],
    ],
    ids=["5xx-twice", "connection-closed", "closed-then-5xx"],
)
async def test_network_errors_and_5xx_are_retried_until_delivered(
    stub: BotApiStub, engine: Engine, texts: UiTexts, faults: list[StubResponse]
) -> None:
    stub.inject("sendMessage", *faults)
    async with running(stub, settings_for(stub), engine, texts):
        stub.send_text(U.private_chat(ALICE), ALICE, QUESTION)
        await stub.wait_for("sendMessage", lambda c: c.status == 200, within=30)
    calls = stub.sent_to(ALICE["id"])
    assert statuses(calls) == [fault.status for fault in faults] + [200]
    assert len({call["text"] for call in calls}) == 1, "the same reply, sent again"
    assert text_of(calls[-1]).startswith(engine.answer(QUESTION).answer)


async def test_a_reply_that_fails_beyond_the_retries_stays_in_the_inbox_and_goes_out_later(
    stub: BotApiStub, engine: Engine, texts: UiTexts, caplog: pytest.LogCaptureFixture
) -> None:
    """The session retries a bounded number of times; then the update is not finished (no apology,
    no traceback) but handled again after a pause, so the person still gets the answer."""
    stub.inject("sendMessage", *[StubResponse.error(500, "Internal Server Error")] * 3)
    async with running(stub, settings_for(stub, send_retries=2), engine, texts):
        stub.send_text(U.private_chat(ALICE), ALICE, QUESTION)
        await stub.wait_for("sendMessage", lambda c: c.status == 200, within=30)
        stub.send_text(U.private_chat(ALICE), ALICE, QUESTION)  # the next update is answered as usual
        await stub.wait_for("sendMessage", lambda c: c.status == 200, count=2, within=30)
    calls = stub.sent_to(ALICE["id"])
    assert statuses(calls) == [500, 500, 500, 200, 200]
    assert all(text_of(call).startswith(engine.answer(QUESTION).answer) for call in calls[3:])
    assert "sendMessage failed 3 time(s) (TelegramServerError); giving up" in caplog.text
    assert "Update 1: its reply failed (TelegramServerError) after the retries; handled again" in caplog.text
    assert "Traceback" not in caplog.text


async def test_a_user_who_blocked_the_bot_is_logged_once_and_not_retried(
    stub: BotApiStub, engine: Engine, texts: UiTexts, caplog: pytest.LogCaptureFixture
) -> None:
    blocked = StubResponse.error(403, "Forbidden: bot was blocked by the user")
    stub.on("sendMessage", lambda call: blocked if call["chat_id"] == ALICE["id"] else None)
    async with running(stub, settings_for(stub), engine, texts):
        for _ in range(3):
            stub.send_text(U.private_chat(ALICE), ALICE, QUESTION)
        await stub.wait_for("sendMessage", lambda c: c["chat_id"] == ALICE["id"], count=3, within=30)
        stub.send_text(U.private_chat(BOB), BOB, QUESTION)
        await stub.wait_for("sendMessage", lambda c: c["chat_id"] == BOB["id"], within=30)
    assert statuses(stub.sent_to(ALICE["id"])) == [403, 403, 403], "one attempt per reply, no apology"
    assert delivered(stub, BOB["id"])
    notes = [r for r in caplog.records if "blocked by a user" in r.getMessage()]
    assert len(notes) == 1
    assert notes[0].levelno == logging.INFO
    assert notes[0].exc_info is None


async def test_polling_survives_getupdates_failures_and_then_answers(
    stub: BotApiStub, engine: Engine, texts: UiTexts, caplog: pytest.LogCaptureFixture
) -> None:
    """aiogram's own polling backoff (1 s, then ×1.3) against the stand-in: nothing to configure."""
    stub.inject(
        "getUpdates",
        StubResponse.error(502, "Bad Gateway"),
        StubResponse.disconnect(),
        StubResponse.error(500, "Internal Server Error"),
    )
    async with running(stub, settings_for(stub), engine, texts):
        stub.send_text(U.private_chat(ALICE), ALICE, QUESTION)
        (answer,) = await stub.wait_for("sendMessage", within=60)
    assert statuses(stub.calls_of("getUpdates")[:4]) == [502, 0, 500, 200]
    assert text_of(answer).startswith(engine.answer(QUESTION).answer)
    assert "Could not take updates (TelegramServerError)" in caplog.text


@pytest.mark.expect_errors
async def test_a_failing_reply_ends_in_an_apology_and_the_bot_goes_on(
    stub: BotApiStub, engine: Engine, texts: UiTexts, caplog: pytest.LogCaptureFixture
) -> None:
    stub.inject("sendMessage", StubResponse.error(400, "Bad Request: something unexpected"))
    async with running(stub, settings_for(stub), engine, texts):
        stub.send_text(U.private_chat(ALICE), ALICE, QUESTION)
        await stub.wait_for("sendMessage", lambda c: c.status == 200, within=30)
        stub.send_text(U.private_chat(ALICE), ALICE, QUESTION)
        await stub.wait_for("sendMessage", lambda c: c.status == 200, count=2, within=30)
    calls = stub.sent_to(ALICE["id"])
    assert statuses(calls) == [400, 200, 200], "a 400 is not retried"
    assert text_of(calls[1]) == texts.apology
    assert text_of(calls[2]).startswith(engine.answer(QUESTION).answer)
    assert "Update" in caplog.text
    assert "TelegramBadRequest" in caplog.text


async def test_an_error_whose_text_quotes_the_request_url_never_shows_the_token(
    stub: BotApiStub, engine: Engine, texts: UiTexts, caplog: pytest.LogCaptureFixture
) -> None:
    """aiohttp's TooManyRedirects quotes the URL, token included; logs and tracebacks must not."""

    def redirect(call: Call) -> StubResponse | None:
        if call.get("chat_id") != ALICE["id"]:
            return None
        return StubResponse(307, {}, headers={"Location": f"/bot{TOKEN}/sendMessage"})

    stub.on("sendMessage", redirect)
    async with running(stub, settings_for(stub, send_retries=1), engine, texts):
        stub.send_text(U.private_chat(ALICE), ALICE, QUESTION)
        stub.send_text(U.private_chat(BOB), BOB, QUESTION)
        await stub.wait_for("sendMessage", lambda c: c["chat_id"] == BOB["id"], within=30)
        # two rounds of the session's retries: the update is handled again, logging each time
        await stub.wait_for("sendMessage", lambda c: c.get("chat_id") == ALICE["id"], count=4, within=30)
    assert "its reply failed (TelegramNetworkError) after the retries; handled again" in caplog.text
    assert SECRET_PART not in caplog.text


# -- the errors handler, through Dispatcher.feed_update (no network) -------------------------------


async def _boom(message: Message) -> None:
    raise RuntimeError("a bug in a handler")


@pytest.mark.expect_errors
async def test_a_raising_handler_apologises_where_the_person_asked(
    engine: Engine, texts: UiTexts, caplog: pytest.LogCaptureFixture
) -> None:
    bot, session = recording_bot()
    dp = create_dispatcher(engine, texts)
    dp.message.register(_boom, F.text.contains("сломайся"))
    me = BOT_USER.model_dump(exclude_none=True)
    ids = iter(range(1, 100))

    async def feed(**update: Any) -> None:
        event = Update.model_validate({"update_id": next(ids), **update}, context={"bot": bot})
        await dp.feed_update(bot, event)

    await feed(message=U.message(U.private_chat(ALICE), ALICE, "сломайся"))
    await feed(message=U.message(GROUP, ALICE, "/ask сломайся"))
    await feed(message=U.message(GROUP, ALICE, "сломайся, просто болтаю"))  # not addressed: no apology
    await feed(message=U.message(U.private_chat(ALICE), ALICE, QUESTION))
    sent = session.sent(SendMessage)
    assert [(m.chat_id, m.text) for m in sent[:2]] == [
        (ALICE["id"], texts.apology),
        (GROUP["id"], texts.apology),
    ]
    assert sent[1].reply_parameters is not None
    assert len(sent) == 3
    assert sent[2].text.startswith(engine.answer(QUESTION).answer)
    assert caplog.text.count("RuntimeError: a bug in a handler") == 3, "each traceback is logged"

    dp.callback_query.register(_boom_button, EntryCb.filter(F.id == "participants"))
    session.clear()
    data = EntryCb(id="participants").pack()
    await feed(callback_query=U.callback_query(ALICE, data, U.message(U.private_chat(ALICE), me, "…")))
    (alert,) = session.sent(AnswerCallbackQuery)
    assert alert.text == texts.alerts.apology
    await bot.session.close()


async def _boom_button(callback: Any) -> None:
    raise RuntimeError("a bug in a button")


async def test_a_reply_to_a_group_that_became_a_supergroup_goes_to_its_new_id(
    stub: BotApiStub, engine: Engine, texts: UiTexts
) -> None:
    old, new = U.group_chat(-4_001, "Старая группа"), -1_009_004_001
    alice = U.user(95_001, "Алия")
    stub.inject(
        "sendMessage",
        StubResponse.error(
            400, "Bad Request: group chat was upgraded to a supergroup chat", migrate_to_chat_id=new
        ),
    )
    async with running(stub, settings_for(stub), engine, texts):
        stub.send_text(old, alice, f"/ask {QUESTION}")
        await stub.wait_for("sendMessage", lambda c: c.status == 200, within=30)
    assert [c["chat_id"] for c in stub.calls_of("sendMessage")] == [old["id"], new]
    assert text_of(stub.calls_of("sendMessage")[-1]).startswith(engine.answer(QUESTION).answer)
