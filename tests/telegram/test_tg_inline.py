"""Inline mode: ready answers to share in any chat."""

from __future__ import annotations

from aiogram.methods import AnswerInlineQuery
from aiogram.types import InlineQueryResultArticle

from bot.qa.engine import Engine
from bot.telegram.browse import shelves
from bot.telegram.routers.inline import MAX_TOPICS
from bot.telegram.texts import UiTexts
from tests.telegram import updates as U
from tests.telegram.conftest import Feed
from tests.telegram.html_strict import check_html
from tests.telegram.recording import RecordingSession


async def ask_inline(feed: Feed, session: RecordingSession, user: dict, query: str) -> AnswerInlineQuery:
    await feed(inline_query=U.inline_query(user, query))
    (answer,) = session.sent(AnswerInlineQuery)
    assert answer.cache_time is not None
    assert answer.cache_time <= 300
    assert answer.is_personal is True  # results follow the user's language
    for result in answer.results:
        assert isinstance(result, InlineQueryResultArticle)
        content = result.input_message_content
        assert content.parse_mode == "HTML"
        check_html(content.message_text)
        assert content.message_text.count("<blockquote") <= 1, "compact: one quote"
    return answer


async def test_question_gives_best_answer_first(
    feed: Feed, session: RecordingSession, alice: dict, engine: Engine
) -> None:
    reply = engine.answer("что сказал генеральный прокурор")
    assert reply.kind == "answer"
    assert reply.matched is not None
    answer = await ask_inline(feed, session, alice, "что сказал генеральный прокурор")
    results = answer.results
    assert 1 <= len(results) <= 5
    assert results[0].id == reply.entry_id
    assert results[0].title == reply.matched.question
    assert check_html(results[0].input_message_content.message_text).startswith(reply.answer)
    assert len({result.id for result in results}) == len(results)
    link = results[0].reply_markup.inline_keyboard[0][0].url
    assert link == f"https://t.me/faq_test_bot?start={reply.entry_id}"


async def test_clarify_offers_the_candidates(
    feed: Feed, session: RecordingSession, alice: dict, engine: Engine, clarify_question: str
) -> None:
    reply = engine.answer(clarify_question)
    answer = await ask_inline(feed, session, alice, clarify_question)
    assert [r.id for r in answer.results] == [s.entry_id for s in reply.suggestions]


async def test_nothing_in_the_document_gives_no_results(
    feed: Feed, session: RecordingSession, alice: dict, declined_question: str
) -> None:
    answer = await ask_inline(feed, session, alice, declined_question)
    assert answer.results == []


async def test_empty_query_shows_one_question_per_topic(
    feed: Feed, session: RecordingSession, alice: dict, engine: Engine
) -> None:
    answer = await ask_inline(feed, session, alice, "")
    topics = [topic for shelf in shelves(engine) for topic in shelf.topics][:MAX_TOPICS]
    assert [r.id for r in answer.results] == [t.entries[0].id for t in topics]
    assert [r.title for r in answer.results] == [t.entries[0].canonical_question for t in topics]
    assert [r.description for r in answer.results] == [f"Тема: {t.name}" for t in topics]


async def test_empty_query_in_kazakh_and_english_follows_the_users_app(
    feed: Feed, session: RecordingSession, engine: Engine, texts: UiTexts
) -> None:
    for code, lang in (("kk", "kk"), ("en-US", "en")):
        session.clear()
        answer = await ask_inline(feed, session, U.user(2000 + len(lang), "Dana", language_code=code), "")
        localized = texts.for_lang(lang)
        first = shelves(engine)[0].topics[0]
        topic = localized.topic_name(first.name)
        assert answer.results[0].description == localized.inline.topic_description.format(topic=topic)
        content = answer.results[0].input_message_content
        assert localized.quote_intro in content.message_text
        assert answer.results[0].reply_markup.inline_keyboard[0][0].text == localized.buttons.open_in_bot
