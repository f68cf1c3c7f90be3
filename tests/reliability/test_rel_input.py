"""Bad input: whatever people type, the bot answers sanely (or stays silent) in valid Telegram HTML.

The stand-in refuses HTML that Telegram would not parse (400 "can't parse entities"), so every
message checked here went through that gate; the stub fixture fails a test on any refusal.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Iterator
from typing import Any

import pytest
from aiogram import Bot, Dispatcher
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import TelegramBadRequest
from aiogram.methods import AnswerInlineQuery, SendMessage
from aiogram.types import Update
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.qa.engine import Engine
from bot.telegram.dispatcher import create_dispatcher
from bot.telegram.texts import UiTexts
from tests.reliability.harness import TOKEN, delivered, running, settings_for, text_of
from tests.telegram import updates as U
from tests.telegram.botapi_stub import BotApiStub
from tests.telegram.html_strict import check_html
from tests.telegram.recording import RecordingSession, recording_bot

QUESTION = "Кто участвовал в круглом столе?"
NO_WORDS = [
    "   ",
    "\u200b\u200c\u200d\ufeff",
    "😀🎉👍",
    "\x00\x07\x1b\x7f\t",
    "?!…—«»",
    "\u202e\u2066\u2069",
]
WITH_WORDS = [
    QUESTION + " " + "а" * (4096 - len(QUESTION) - 1),
    "Кто участвовал в <b>круглом</b> столе?",
    '<a href="https://evil.example/x?a=1&b=2">кто участвовал</a> & <i>кто</i> нет?',
    "**Кто** __участвовал__ в `круглом` [столе](https://evil.example)?",
    "Ктo yчаствовал в kруглом столе? 𝐊𝐭𝐨 участвовал ٢٠٢٦ 中文 عربى",
    "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#60;b&#62;",
    "кто\u200bучаствовал\u00adв круглом\x07 столе?",
    "Привет! 👋 Что сказал генеральный прокурор?",
    "</blockquote><b>не закрыто",
]
MARKERS = ("evil.example", "script", "<b>круглом", "<i>кто")


async def test_the_stand_in_refuses_html_telegram_would_refuse(stub: BotApiStub) -> None:
    """The gate every end-to-end test relies on (like Telegram: 400 "can't parse entities")."""
    session = AiohttpSession(api=TelegramAPIServer.from_base(stub.base_url))
    bot = Bot(TOKEN, session=session)
    try:
        for bad in ["<b>не закрыт", "a < b", "<script>x</script>", "&nbsp;"]:
            with pytest.raises(TelegramBadRequest, match="can't parse entities"):
                await bot.send_message(1, bad, parse_mode="HTML")
        await bot.send_message(1, "a &lt; b, <b>закрыт</b>", parse_mode="HTML")
        await bot.send_message(1, "<b>без разметки", parse_mode=None)  # plain text: anything goes
    finally:
        await bot.session.close()
    assert len(stub.parse_errors) == 4
    stub.parse_errors.clear()


def _private_replies(stub: BotApiStub, chat_id: int) -> list[str]:
    return [call["text"] for call in delivered(stub, chat_id)]


async def test_every_odd_message_gets_one_sane_reply_in_valid_html(
    stub: BotApiStub, engine: Engine, texts: UiTexts
) -> None:
    users = [U.user(8100 + i, f"Тест{i}") for i in range(len(NO_WORDS) + len(WITH_WORDS))]
    async with running(stub, settings_for(stub), engine, texts):
        for user, text in zip(users, NO_WORDS + WITH_WORDS, strict=True):
            stub.send_text(U.private_chat(user), user, text)
        for user in users:
            await stub.wait_for("sendMessage", lambda c, user=user: c["chat_id"] == user["id"], within=30)
    for user, text in zip(users, NO_WORDS + WITH_WORDS, strict=True):
        replies = _private_replies(stub, user["id"])
        assert len(replies) == 1, (text, replies)
        html = replies[0]
        plain = check_html(html)
        if text in NO_WORDS:
            assert html == texts.no_words, "no words: a hint, not «not in the document»"
        for marker in MARKERS:
            assert marker not in html, f"user text rendered as markup: {marker!r}"
        assert plain.strip()


async def test_groups_and_inline_mode_take_odd_input_too(
    stub: BotApiStub, engine: Engine, texts: UiTexts
) -> None:
    group = U.group_chat(-100812, "Проверка <b>&")
    people = [U.user(8201 + i, "<b>Алия</b>", username=f"alia_{i}") for i in range(7)]
    alice = people[-1]
    async with running(stub, settings_for(stub), engine, texts):
        asked = [
            stub.send_text(group, person, f"/ask {text}")
            for person, text in zip(people, ["😀", *WITH_WORDS[:4]], strict=False)
        ]
        asked.append(stub.send_text(group, people[5], "@faq_test_bot \u200b👍"))
        stub.send_text(group, alice, "<b>просто болтовня</b> & шум")  # not addressed: silence
        queries = [stub.inline(alice, text) for text in ["\u200b", "😀", *WITH_WORDS[1:5]]]
        await stub.wait_for("sendMessage", lambda c: c["chat_id"] == group["id"], count=len(asked), within=30)
        for query_id in queries:
            await stub.wait_for(
                "answerInlineQuery", lambda c, q=query_id: c["inline_query_id"] == q, within=30
            )
    replies = delivered(stub, group["id"])
    assert sorted(c["reply_parameters"]["message_id"] for c in replies) == sorted(
        m["message_id"] for m in asked
    )
    by_question = {c["reply_parameters"]["message_id"]: c for c in replies}
    assert text_of(by_question[asked[0]["message_id"]]) == check_html(texts.ask_empty)
    assert text_of(by_question[asked[-1]["message_id"]]) == texts.mention_empty
    for call in replies:
        for marker in MARKERS:
            assert marker not in call["text"]
    assert all(call.status == 200 for call in stub.calls_of("answerInlineQuery"))


# -- properties: any text, through the real dispatcher (recording session, no network) ---------------


@pytest.fixture(scope="module")
def loop() -> Iterator[asyncio.AbstractEventLoop]:
    loop = asyncio.new_event_loop()
    yield loop
    loop.close()


@pytest.fixture(scope="module")
def wired(engine: Engine, texts: UiTexts) -> tuple[Dispatcher, Bot, RecordingSession]:
    bot, session = recording_bot()
    return create_dispatcher(engine, texts), bot, session


any_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",))
    | st.sampled_from(list("<>&\"'/*_`[]()#@👍😀\u200b\u200d\ufeff\u202e\x00\x07 \n")),
    min_size=1,
    max_size=400,
) | st.builds(lambda a, b: a * b, st.sampled_from(["а", "😀", "<", "&", "кто "]), st.integers(1, 1100))
USER_IDS = itertools.count(830_000)
PROPERTY = settings(
    max_examples=120,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@PROPERTY
@given(text=any_text, where=st.sampled_from(["private", "group", "mention", "inline"]))
def test_any_text_gets_valid_html_or_silence(
    wired: tuple[Dispatcher, Bot, RecordingSession], loop: asyncio.AbstractEventLoop, text: str, where: str
) -> None:
    dp, bot, session = wired
    session.clear()
    user = U.user(next(USER_IDS), "Алия")  # a new person each time: throttling is not under test here
    update: dict[str, Any]
    if where == "private":
        update = {"message": U.message(U.private_chat(user), user, text)}
    elif where == "group":
        update = {"message": U.message(U.group_chat(), user, f"/ask {text}")}
    elif where == "mention":
        update = {"message": U.message(U.group_chat(), user, f"@faq_test_bot {text}")}
    else:
        update = {"inline_query": U.inline_query(user, text)}
    event = Update.model_validate({"update_id": 1, **update}, context={"bot": bot})
    loop.run_until_complete(dp.feed_update(bot, event))
    sent = session.sent(SendMessage)
    if where == "inline":
        (answer,) = session.sent(AnswerInlineQuery)
        for result in answer.results:
            check_html(result.input_message_content.message_text)
        return
    assert 1 <= len(sent) <= 2, [m.text for m in sent]  # two only for «/start <unknown link>»
    for message in sent:
        assert message.parse_mode == "HTML"
        check_html(message.text)
