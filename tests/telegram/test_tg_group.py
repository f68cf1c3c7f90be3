"""Group chats: answer only when addressed, as a reply to the asker, in compact form; else stay silent."""

from __future__ import annotations

from typing import Any

import pytest
from aiogram.methods import SendMessage

from bot.qa.engine import Engine
from bot.telegram.texts import UiTexts
from tests.telegram import updates as U
from tests.telegram.conftest import Feed
from tests.telegram.html_strict import check_html
from tests.telegram.recording import BOT_USER, RecordingSession

GROUP = U.group_chat()
QUESTION = "Кто участвовал в круглом столе?"


async def post(feed: Feed, user: dict[str, Any], text: str | None, **extra: Any) -> dict[str, Any]:
    msg = U.message(GROUP, user, text, **extra)
    await feed(message=msg)
    return msg


def reply_to(session: RecordingSession, asked: dict[str, Any]) -> SendMessage:
    sent = session.sent(SendMessage)
    assert len(sent) == 1, [request.text for request in sent]
    request = sent[0]
    assert request.chat_id == GROUP["id"]
    assert request.reply_parameters is not None
    assert request.reply_parameters.message_id == asked["message_id"]
    check_html(request.text)
    return request


@pytest.mark.parametrize(
    "text",
    [QUESTION, "Какую зарплату получает генеральный прокурор?", "всем привет", "/ask@other_bot " + QUESTION],
)
async def test_unaddressed_messages_are_ignored(
    feed: Feed, session: RecordingSession, alice: dict, text: str
) -> None:
    await post(feed, alice, text)
    assert session.requests == [] or all(type(r).__name__ == "GetMe" for r in session.requests)


async def test_stickers_in_a_group_are_ignored(feed: Feed, session: RecordingSession, alice: dict) -> None:
    await post(feed, alice, None, sticker=U.sticker())
    assert session.sent(SendMessage) == []


@pytest.mark.parametrize("command", ["/ask", "/ask@faq_test_bot", "/ASK@FAQ_test_bot"])
async def test_ask_command_answers_compactly_as_a_reply(
    feed: Feed, session: RecordingSession, alice: dict, engine: Engine, command: str
) -> None:
    asked = await post(feed, alice, f"{command} {QUESTION}")
    request = reply_to(session, asked)
    reply = engine.answer(QUESTION)
    plain = check_html(request.text)
    assert plain.startswith(reply.answer)
    assert request.text.count("<blockquote") == 1, "compact form: one quote"
    assert reply.quotes[0].source.title in plain
    callbacks = [b.callback_data for row in request.reply_markup.inline_keyboard for b in row]
    assert all(data.startswith("f:") for data in callbacks), "no related-question buttons in groups"


async def test_ask_as_a_reply_explains_the_replied_message(
    feed: Feed, session: RecordingSession, alice: dict, bob: dict, engine: Engine
) -> None:
    original = U.message(GROUP, bob, "А что сказал Генеральный прокурор?")
    asked = await post(feed, alice, "/ask", reply_to=original)
    request = reply_to(session, asked)
    assert check_html(request.text).startswith(engine.answer(original["text"]).answer)


async def test_ask_without_a_question_explains_how(
    feed: Feed, session: RecordingSession, alice: dict, texts: UiTexts
) -> None:
    asked = await post(feed, alice, "/ask")
    assert reply_to(session, asked).text == texts.ask_empty


async def test_reply_to_the_bot_is_a_question(
    feed: Feed, session: RecordingSession, alice: dict, engine: Engine
) -> None:
    bots_message = U.message(GROUP, BOT_USER.model_dump(exclude_none=True), "Ответ бота")
    asked = await post(feed, alice, QUESTION, reply_to=bots_message)
    assert check_html(reply_to(session, asked).text).startswith(engine.answer(QUESTION).answer)


async def test_reply_to_someone_else_is_ignored(
    feed: Feed, session: RecordingSession, alice: dict, bob: dict
) -> None:
    await post(feed, alice, QUESTION, reply_to=U.message(GROUP, bob, "Что обсуждали?"))
    assert session.sent(SendMessage) == []


@pytest.mark.parametrize(
    "text", [f"@faq_test_bot {QUESTION}", f"{QUESTION} @faq_test_bot", f"@FAQ_Test_Bot, {QUESTION.lower()}"]
)
async def test_mention_is_a_question(
    feed: Feed, session: RecordingSession, alice: dict, engine: Engine, text: str
) -> None:
    asked = await post(feed, alice, text)
    assert check_html(reply_to(session, asked).text).startswith(engine.answer(QUESTION).answer)


async def test_mention_of_another_account_is_ignored(
    feed: Feed, session: RecordingSession, alice: dict
) -> None:
    await post(feed, alice, f"@someone_else {QUESTION}")
    assert session.sent(SendMessage) == []


async def test_bare_mention_invites_a_question(
    feed: Feed, session: RecordingSession, alice: dict, texts: UiTexts
) -> None:
    asked = await post(feed, alice, "@faq_test_bot")
    assert reply_to(session, asked).text == texts.mention_empty


async def test_addressed_question_outside_the_document_gets_a_short_decline(
    feed: Feed, session: RecordingSession, alice: dict, engine: Engine, declined_question: str
) -> None:
    question = declined_question
    asked = await post(feed, alice, f"/ask {question}")
    request = reply_to(session, asked)
    assert check_html(request.text) == engine.answer(question).answer  # no hints, no buttons in a group
    assert request.reply_markup is None


async def test_help_in_a_group_explains_group_usage(
    feed: Feed, session: RecordingSession, alice: dict, texts: UiTexts
) -> None:
    asked = await post(feed, alice, "/help@faq_test_bot")
    assert reply_to(session, asked).text == texts.help_group
