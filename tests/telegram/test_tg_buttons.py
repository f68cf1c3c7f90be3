"""Every button works: the press is answered first, then the answer is sent or edited in."""

from __future__ import annotations

import re
from typing import Any

import pytest
from aiogram.exceptions import TelegramBadRequest
from aiogram.methods import AnswerCallbackQuery, EditMessageText, SendMessage, TelegramMethod
from aiogram.types import InlineKeyboardMarkup

from bot.qa.engine import Engine
from bot.telegram.browse import (
    QUESTIONS_PER_PAGE,
    TOPICS_PER_PAGE,
    Shelf,
    Topic,
    shelves,
    start_view,
    topic_list,
    topic_view,
)
from bot.telegram.callbacks import EntryCb, FeedbackCb, TopicCb, TopicListCb, stable_key
from bot.telegram.keyboards import reply_keyboard
from bot.telegram.texts import UiTexts
from tests.telegram import updates as U
from tests.telegram.conftest import DECLINED, Feed, MemoryVotes
from tests.telegram.html_strict import check_html
from tests.telegram.recording import BOT_USER, RecordingSession

ME = BOT_USER.model_dump(exclude_none=True)


def bot_message(user: dict[str, Any], text: str = "…", chat: dict[str, Any] | None = None) -> dict[str, Any]:
    return U.message(chat or U.private_chat(user), ME, text)


async def press(feed: Feed, user: dict[str, Any], data: str, on: dict[str, Any] | None = None) -> None:
    await feed(callback_query=U.callback_query(user, data, on or bot_message(user)))


def answered_first(session: RecordingSession) -> AnswerCallbackQuery:
    assert session.requests, "nothing was sent"
    first = session.requests[0]
    assert isinstance(first, AnswerCallbackQuery), type(first).__name__
    assert sum(isinstance(r, AnswerCallbackQuery) for r in session.requests) == 1
    return first


async def test_related_question_button_sends_its_answer(
    feed: Feed, session: RecordingSession, alice: dict, engine: Engine
) -> None:
    entry = engine.kb.entries[1]
    await press(feed, alice, EntryCb(id=entry.id).pack())
    answered_first(session)
    sent = session.sent(SendMessage)
    assert len(sent) == 1
    assert check_html(sent[0].text).startswith(entry.answer)


async def test_clarify_button_turns_the_question_into_the_answer(
    feed: Feed, session: RecordingSession, alice: dict, engine: Engine
) -> None:
    entry = engine.kb.entries[2]
    on = bot_message(alice, "Возможно, вы имели в виду один из этих вопросов:")
    await press(feed, alice, EntryCb(id=entry.id, edit=True).pack(), on)
    answered_first(session)
    edits = session.sent(EditMessageText)
    assert len(edits) == 1
    assert edits[0].message_id == on["message_id"]
    assert check_html(edits[0].text).startswith(entry.answer)
    assert session.sent(SendMessage) == []


async def test_when_the_edit_is_refused_the_answer_is_sent_instead(
    feed: Feed, session: RecordingSession, alice: dict, engine: Engine
) -> None:
    refused = TelegramBadRequest(
        method=EditMessageText(text="x"), message="Bad Request: message can't be edited"
    )
    session.add_result(EditMessageText, refused)
    await press(feed, alice, EntryCb(id=engine.kb.entries[0].id, edit=True).pack())
    answered_first(session)
    assert len(session.sent(SendMessage)) == 1


async def test_button_in_a_group_sends_the_compact_answer(
    feed: Feed, session: RecordingSession, alice: dict, engine: Engine
) -> None:
    entry = next(e for e in engine.kb.entries if len(e.quotes) > 1)
    await press(feed, alice, EntryCb(id=entry.id).pack(), bot_message(alice, chat=U.group_chat()))
    answered_first(session)
    (sent,) = session.sent(SendMessage)
    assert sent.text.count("<blockquote") == 1


async def test_feedback_is_counted_once_per_person_and_message(
    *, feed: Feed, session: RecordingSession, alice: dict, bob: dict, texts: UiTexts, votes: MemoryVotes
) -> None:
    on = bot_message(alice, "ответ")
    await press(feed, alice, FeedbackCb(id="participants", vote=1).pack(), on)
    await press(feed, alice, FeedbackCb(id="participants", vote=-1).pack(), on)
    await press(feed, bob, FeedbackCb(id="participants", vote=-1).pack(), on)
    alerts = [r.text for r in session.sent(AnswerCallbackQuery)]
    assert alerts == [
        texts.alerts.feedback_thanks,
        texts.alerts.feedback_already,
        texts.alerts.feedback_thanks,
    ]
    assert sorted(votes.votes.values()) == [("participants", -1), ("participants", 1)]
    assert session.sent(SendMessage) == []


async def test_forged_feedback_is_clamped(feed: Feed, alice: dict, votes: MemoryVotes) -> None:
    await press(feed, alice, FeedbackCb(id="no_such_entry", vote=99).pack())
    assert list(votes.votes.values()) == [(None, 1)]


async def test_topic_browsing_edits_in_place_and_goes_back(
    feed: Feed, session: RecordingSession, alice: dict, engine: Engine
) -> None:
    shelf = max(shelves(engine), key=lambda s: len(s.topics))
    topic = shelf.topics[1]
    on = bot_message(alice, "Темы")
    await press(feed, alice, TopicCb(topic=topic.key).pack(), on)
    answered_first(session)
    (edit,) = session.sent(EditMessageText)
    assert topic.name in check_html(edit.text)
    callbacks = [b.callback_data for row in edit.reply_markup.inline_keyboard for b in row]
    first_page = topic.entries[:QUESTIONS_PER_PAGE]
    assert callbacks[: len(first_page)] == [EntryCb(id=e.id, lang="ru").pack() for e in first_page]
    assert callbacks[-1] == TopicListCb(page=0, source=shelf.key, lang="ru").pack()
    session.clear()
    await press(feed, alice, callbacks[-1], on)
    answered_first(session)
    (back,) = session.sent(EditMessageText)
    assert "Темы" in check_html(back.text)


async def test_long_topics_are_paged(
    feed: Feed, session: RecordingSession, alice: dict, engine: Engine, texts: UiTexts
) -> None:
    topic = max((t for s in shelves(engine) for t in s.topics), key=lambda t: len(t.entries))
    if len(topic.entries) <= QUESTIONS_PER_PAGE:
        pytest.skip("no topic is long enough to need a second page")
    seen: list[str] = []
    data = TopicCb(topic=topic.key).pack()
    for _ in range(-(-len(topic.entries) // QUESTIONS_PER_PAGE)):
        session.clear()
        await press(feed, alice, data)
        (edit,) = session.sent(EditMessageText)
        assert texts.buttons.back in [b.text for row in edit.reply_markup.inline_keyboard for b in row]
        buttons = [b for row in edit.reply_markup.inline_keyboard for b in row]
        seen += [b.callback_data for b in buttons if b.callback_data.startswith("e:")]
        following = [b.callback_data for b in buttons if b.text == texts.buttons.next]
        data = following[0] if following else ""
    assert data == "", "the last page has no 'next' button"
    assert seen == [EntryCb(id=e.id, lang="ru").pack() for e in topic.entries]


def _many_topics(engine: Engine, count: int) -> tuple[Shelf, ...]:
    shelf = max(shelves(engine), key=lambda s: len(s.topics))
    entry = engine.kb.entries[0]
    topics = tuple(Topic(stable_key(shelf.key, f"Тема {n}"), f"Тема {n}", (entry,)) for n in range(count))
    return (Shelf(shelf.key, shelf.source, topics),)


def test_a_long_topic_list_is_paged_and_back_returns_to_the_right_page(
    engine: Engine, texts: UiTexts
) -> None:
    many = _many_topics(engine, TOPICS_PER_PAGE * 2 + 1)
    key = many[0].key
    views = [topic_list(many, key, page, texts) for page in range(3)]
    pages = [view for view in views if view is not None]
    shown = [
        b.text
        for view in pages
        for row in view.keyboard.inline_keyboard
        for b in row
        if b.text.startswith("Тема")
    ]
    assert shown == [t.name for t in many[0].topics]
    assert "Страница 2 из 3" in pages[1].text
    nav = [b.text for b in pages[1].keyboard.inline_keyboard[-1]]
    assert nav == [texts.buttons.prev, texts.buttons.next]
    last = topic_list(many, key, 99, texts)
    assert last is not None
    assert last.text == pages[2].text, "out-of-range pages are clamped"
    view = topic_view(many, many[0].topics[TOPICS_PER_PAGE + 1].key, 0, texts)
    assert view is not None
    back = view.keyboard.inline_keyboard[-1][0].callback_data
    assert back == TopicListCb(page=1, source=key, lang="ru").pack()


async def test_an_old_topic_button_never_opens_another_topic_after_a_reload(
    feed: Feed, session: RecordingSession, alice: dict, engine: Engine, texts: UiTexts
) -> None:
    """Buttons name topics by a key of (document, topic): a reload that reorders or removes topics
    leaves an old button opening its own topic or saying the list changed."""
    shelf = max(shelves(engine), key=lambda s: len(s.topics))
    reordered = (Shelf(shelf.key, shelf.source, tuple(reversed(shelf.topics))),)
    wanted = shelf.topics[1]
    view = topic_view(reordered, wanted.key, 0, texts)
    assert view is not None
    assert wanted.name in check_html(view.text)
    removed = (Shelf(shelf.key, shelf.source, shelf.topics[2:]),)
    assert topic_view(removed, wanted.key, 0, texts) is None
    await press(feed, alice, "tp:1:0")  # a button from before the keys: the list changed
    assert answered_first(session).text == texts.alerts.topics_changed
    assert session.sent(EditMessageText) == []


async def test_outdated_buttons_still_stop_the_spinner(
    feed: Feed, session: RecordingSession, alice: dict, texts: UiTexts
) -> None:
    await press(feed, alice, EntryCb(id="removed_entry").pack())
    assert answered_first(session).text == texts.alerts.entry_gone
    session.clear()
    await press(feed, alice, TopicCb(topic="gone").pack())
    assert answered_first(session).text == texts.alerts.topics_changed
    session.clear()
    await press(feed, alice, "old-version:button")
    assert answered_first(session).text is None
    assert len(session.requests) == 1


def _keyboards(engine: Engine, texts: UiTexts, clarify_question: str) -> list[InlineKeyboardMarkup]:
    keyboards = []
    replies = [engine.reply_for_entry(e.id) for e in engine.kb.entries]
    replies += [engine.answer(q) for q in (clarify_question, *DECLINED)]
    for reply in replies:
        assert reply is not None
        for compact in (False, True):
            if keyboard := reply_keyboard(reply, texts, compact=compact):
                keyboards.append(keyboard)
    all_shelves = shelves(engine)
    for lang in ("ru", "kk", "en"):
        keyboards.append(start_view(all_shelves, texts.for_lang(lang)).keyboard)
    for shelf in all_shelves:
        for topic in shelf.topics:
            for page in range(-(-len(topic.entries) // QUESTIONS_PER_PAGE)):
                view = topic_view(all_shelves, topic.key, page, texts.for_lang("kk"))
                assert view is not None
                keyboards.append(view.keyboard)
    return keyboards


def test_callback_data_fits_64_bytes_for_every_entry_and_topic(engine: Engine) -> None:
    worst = [
        *(EntryCb(id=e.id, edit=True, lang="kk").pack() for e in engine.kb.entries),
        *(FeedbackCb(id=e.id, vote=-1).pack() for e in engine.kb.entries),
        TopicCb(topic=stable_key("x", "y"), page=len(engine.kb.entries), lang="kk").pack(),
        TopicListCb(page=len(engine.kb.entries), source=stable_key("x"), lang="kk").pack(),
    ]
    assert max(len(data.encode()) for data in worst) <= 64
    # entry ids also travel as deep links (t.me/bot?start=<id>) and inline result ids: 1-64 of [A-Za-z0-9_-]
    assert all(re.fullmatch(r"[A-Za-z0-9_-]{1,64}", e.id) for e in engine.kb.entries)


async def test_every_button_the_bot_shows_works(
    *,
    feed: Feed,
    session: RecordingSession,
    alice: dict,
    engine: Engine,
    texts: UiTexts,
    clarify_question: str,
) -> None:
    """Press every callback button of every keyboard: each press is answered, then something is shown."""
    pressed = 0
    for keyboard in _keyboards(engine, texts, clarify_question):
        for row in keyboard.inline_keyboard:
            for button in row:
                assert button.callback_data is not None
                assert len(button.callback_data.encode()) <= 64
                session.clear()
                await press(feed, alice, button.callback_data)
                answer = answered_first(session)
                shown: list[TelegramMethod[Any]] = [
                    *session.sent(SendMessage),
                    *session.sent(EditMessageText),
                ]
                assert shown or answer.text, f"{button.text!r} did nothing"
                for request in shown:
                    check_html(request.text)
                pressed += 1
    assert pressed > len(engine.kb.entries)
