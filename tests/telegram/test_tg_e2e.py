"""End to end: the real bot (serve(), aiohttp session, long polling or webhook) against the Bot API stand-in.

Only 127.0.0.1 is used. Every assertion is on what the bot sent over HTTP.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.qa.engine import Engine
from bot.settings import Settings
from bot.telegram.runner import serve
from bot.telegram.texts import UiTexts
from tests.ports import free_port
from tests.telegram import updates as U
from tests.telegram.botapi_stub import BotApiStub, Call
from tests.telegram.html_strict import check_html

TOKEN = "123456789:AAE_e2e-test-token-abcdefghijklmnopq"
SECRET_PART = TOKEN.partition(":")[2]
ALICE = U.user(501, "Алия")
BOB = U.user(502, "Бекзат")
GROUP = U.group_chat(-100777, "Соседи")
QUESTION = "Кто участвовал в круглом столе?"


@pytest.fixture
async def stub() -> AsyncIterator[BotApiStub]:
    async with BotApiStub(TOKEN) as stub:
        yield stub
        assert not stub.parse_errors, f"HTML Telegram would refuse: {stub.parse_errors}"


def settings_for(stub: BotApiStub, **extra: Any) -> Settings:
    return Settings(_env_file=None, bot_token=TOKEN, bot_api_server=stub.base_url, webhook_url=None, **extra)  # type: ignore[call-arg]


async def _running(settings: Settings, engine: Engine, texts: UiTexts, ready: Any) -> AsyncIterator[None]:
    stop = asyncio.Event()
    task = asyncio.create_task(
        serve(settings, engine, texts, stop=stop, handle_signals=False, polling_timeout=5)
    )
    try:
        await asyncio.wait_for(ready(), 15)
    except BaseException:
        stop.set()
        await task
        raise
    yield
    stop.set()
    await asyncio.wait_for(task, 15)


@pytest.fixture
async def polling(
    stub: BotApiStub, engine: Engine, texts: UiTexts, caplog: pytest.LogCaptureFixture
) -> AsyncIterator[BotApiStub]:
    caplog.set_level(logging.DEBUG)
    async for _ in _running(
        settings_for(stub), engine, texts, lambda: stub.wait_for("getUpdates", answered=False)
    ):
        yield stub
    records = [r for phase in ("setup", "call", "teardown") for r in caplog.get_records(phase)]
    formatter = logging.Formatter("%(message)s")
    assert all(SECRET_PART not in formatter.format(r) for r in records), "the token leaked into the logs"


def text_of(call: Call) -> str:
    assert call.get("parse_mode") == "HTML"
    return check_html(call["text"])


async def test_startup_sets_menus_and_drops_a_stale_webhook(polling: BotApiStub, texts: UiTexts) -> None:
    stub = polling
    assert stub.calls_of("deleteWebhook")
    menus = [(call.get("language_code"), call["scope"]["type"]) for call in stub.calls_of("setMyCommands")]
    assert sorted(menus, key=str) == sorted(
        [(code, scope) for code in ("kk", "en", None) for scope in ("all_private_chats", "all_group_chats")],
        key=str,
    )
    kazakh = next(c for c in stub.calls_of("setMyCommands") if c.get("language_code") == "kk")
    assert {c["command"]: c["description"] for c in kazakh["commands"]} == texts.for_lang(
        "kk"
    ).commands.private
    described = {c.get("language_code"): c["description"] for c in stub.calls_of("setMyDescription")}
    assert described == {lang: texts.for_lang(lang).profile.description for lang in ("kk", "en")} | {
        None: texts.profile.description
    }
    assert stub.descriptions == {  # the default (Russian) ones are set last
        "description": texts.profile.description,
        "short_description": texts.profile.short_description,
    }
    allowed = set(stub.calls_of("getUpdates")[0]["allowed_updates"])
    assert {"message", "callback_query", "inline_query"} <= allowed


async def test_private_question_and_deep_link(polling: BotApiStub, engine: Engine) -> None:
    stub = polling
    chat = U.private_chat(ALICE)
    stub.send_text(chat, ALICE, QUESTION)
    (answer,) = await stub.wait_for("sendMessage", lambda c: c["chat_id"] == ALICE["id"])
    assert text_of(answer).startswith(engine.answer(QUESTION).answer)
    assert "<blockquote" in answer["text"]

    entry = engine.kb.entries[-1]
    stub.send_text(chat, ALICE, f"/start {entry.id}")
    calls = await stub.wait_for("sendMessage", lambda c: c["chat_id"] == ALICE["id"], count=2)
    assert text_of(calls[1]).startswith(entry.answer)


async def test_group_is_answered_only_when_addressed(polling: BotApiStub, engine: Engine) -> None:
    stub = polling
    expected = engine.answer(QUESTION).answer
    stub.send_text(GROUP, BOB, QUESTION)  # not addressed: must stay unanswered
    stub.send_text(GROUP, BOB, "Всем привет, что тут обсуждают?")
    asked = stub.send_text(GROUP, ALICE, f"/ask {QUESTION}")
    (reply,) = await stub.wait_for("sendMessage", lambda c: c["chat_id"] == GROUP["id"])
    assert reply["reply_parameters"]["message_id"] == asked["message_id"]
    assert text_of(reply).startswith(expected)

    mention = stub.send_text(GROUP, BOB, f"@faq_test_bot {QUESTION}")
    replies = await stub.wait_for("sendMessage", lambda c: c["chat_id"] == GROUP["id"], count=2)
    assert replies[1]["reply_parameters"]["message_id"] == mention["message_id"]
    assert text_of(replies[1]).startswith(expected)

    stub.send_text(GROUP, BOB, "Спасибо, понятно")  # chatter after the answers: ignored as well
    marker = stub.send_text(U.private_chat(BOB), BOB, "/help")
    await stub.wait_for("sendMessage", lambda c: c["chat_id"] == marker["chat"]["id"])
    assert len(stub.sent_to(GROUP["id"])) == 2


async def test_buttons_answer_the_press_then_send_or_edit(
    polling: BotApiStub, engine: Engine, clarify_question: str
) -> None:
    stub = polling
    chat = U.private_chat(ALICE)
    stub.send_text(chat, ALICE, QUESTION)
    (answer,) = await stub.wait_for("sendMessage", lambda c: c["chat_id"] == ALICE["id"])
    shown = stub.message(ALICE["id"], answer_id := _id_of(stub, answer))
    first = shown["reply_markup"]["inline_keyboard"][0][0]
    query_id = stub.press(ALICE, shown, first["callback_data"])
    (pressed,) = await stub.wait_for("answerCallbackQuery", lambda c: c["callback_query_id"] == query_id)
    sent = await stub.wait_for("sendMessage", lambda c: c["chat_id"] == ALICE["id"], count=2)
    assert stub.calls.index(pressed) < stub.calls.index(sent[1])
    related = engine.reply_for_entry(engine.answer(QUESTION).suggestions[0].entry_id)
    assert related is not None
    assert text_of(sent[1]).startswith(related.answer)
    assert answer_id != _id_of(stub, sent[1])

    stub.send_text(chat, ALICE, clarify_question)
    sent = await stub.wait_for("sendMessage", lambda c: c["chat_id"] == ALICE["id"], count=3)
    options = stub.message(ALICE["id"], message_id := _id_of(stub, sent[2]))
    choice = options["reply_markup"]["inline_keyboard"][0][0]
    query_id = stub.press(ALICE, options, choice["callback_data"])
    await stub.wait_for("answerCallbackQuery", lambda c: c["callback_query_id"] == query_id)
    (edit,) = await stub.wait_for("editMessageText")
    assert edit["message_id"] == message_id
    chosen = engine.reply_for_entry(engine.answer(clarify_question).suggestions[0].entry_id)
    assert chosen is not None
    assert text_of(edit).startswith(chosen.answer)


def _id_of(stub: BotApiStub, sent: Call) -> int:
    """The message_id the stand-in gave the message of a sendMessage call."""
    assert sent.status == 200, sent.result
    return sent.result["message_id"]


async def test_inline_query(polling: BotApiStub, engine: Engine) -> None:
    stub = polling
    query_id = stub.inline(ALICE, "что сказал генеральный прокурор")
    (answer,) = await stub.wait_for("answerInlineQuery", lambda c: c["inline_query_id"] == query_id)
    results = answer["results"]
    assert 1 <= len(results) <= 5
    assert results[0]["id"] == engine.answer("что сказал генеральный прокурор").entry_id
    for result in results:
        content = result["input_message_content"]
        assert content["parse_mode"] == "HTML"
        check_html(content["message_text"])
    assert answer["is_personal"] is True  # results follow the user's language


async def test_webhook_mode_checks_the_secret(
    stub: BotApiStub, engine: Engine, texts: UiTexts, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    port = free_port()
    settings = settings_for(stub, webhook_host="127.0.0.1", webhook_port=port, webhook_path="/tg-hook")
    settings.webhook_url = f"http://127.0.0.1:{port}/tg-hook"
    async for _ in _running(settings, engine, texts, lambda: stub.wait_for("setWebhook")):
        (hook,) = stub.calls_of("setWebhook")
        assert hook["url"] == settings.webhook_url
        assert hook.get("secret_token")
        assert {"message", "callback_query", "inline_query"} <= set(hook["allowed_updates"])

        update = {"update_id": 1, "message": U.message(U.private_chat(ALICE), ALICE, QUESTION)}
        assert await stub.deliver_webhook(update, secret="wrong-secret") == 401
        assert await stub.deliver_webhook(update, secret="") == 401
        await asyncio.sleep(0.2)
        assert stub.calls_of("sendMessage") == []
        assert await stub.deliver_webhook(update) == 200
        (answer,) = await stub.wait_for("sendMessage")
        assert text_of(answer).startswith(engine.answer(QUESTION).answer)
        assert stub.calls_of("getUpdates") == []
    assert SECRET_PART not in caplog.text
    assert hook["secret_token"] not in caplog.text
