"""Private chat, through Dispatcher.feed_update with a recording session: what a person sees."""

from __future__ import annotations

from typing import Any

from aiogram.methods import SendMessage

from bot.qa.engine import Engine
from bot.telegram.browse import shelves
from bot.telegram.callbacks import EntryCb, FeedbackCb, TopicCb, TopicListCb
from bot.telegram.render import decline_kind
from bot.telegram.texts import UiTexts
from tests.telegram import updates as U
from tests.telegram.conftest import Feed
from tests.telegram.html_strict import check_html
from tests.telegram.recording import RecordingSession


def buttons(request: SendMessage) -> list[tuple[str, str]]:
    markup = request.reply_markup
    if markup is None:
        return []
    return [(b.text, b.callback_data or b.url or "") for row in markup.inline_keyboard for b in row]


async def say(feed: Feed, user: dict[str, Any], text: str | None, **extra: Any) -> None:
    await feed(message=U.message(U.private_chat(user), user, text, **extra))


def only_message(session: RecordingSession) -> SendMessage:
    sent = session.sent(SendMessage)
    assert len(sent) == 1, [request.text for request in sent]
    assert sent[0].parse_mode == "HTML"
    check_html(sent[0].text)
    return sent[0]


async def test_question_gets_answer_quote_source_and_buttons(
    feed: Feed, session: RecordingSession, alice: dict, engine: Engine
) -> None:
    await say(feed, alice, "Кто участвовал в круглом столе?")
    reply = engine.answer("Кто участвовал в круглом столе?")
    assert reply.kind == "answer"
    sent = only_message(session)
    plain = check_html(sent.text)
    assert sent.chat_id == alice["id"]
    assert plain.startswith(reply.answer)
    assert "<blockquote" in sent.text
    for quote in reply.quotes:
        assert quote.text in plain
    assert reply.quotes[0].source.title in plain
    assert f"{reply.quotes[0].source.date:%d.%m.%Y}" in plain
    labels = buttons(sent)
    related = [EntryCb(id=s.entry_id, lang="ru").pack() for s in reply.suggestions[:3]]
    assert [data for _, data in labels[: len(related)]] == related
    assert labels[-2:] == [
        ("👍", FeedbackCb(id=reply.entry_id or "", vote=1).pack()),
        ("👎", FeedbackCb(id=reply.entry_id or "", vote=-1).pack()),
    ]


async def test_an_answer_to_one_part_of_a_question_says_which_first(
    feed: Feed, session: RecordingSession, alice: dict, engine: Engine
) -> None:
    question = "Когда прошёл круглый стол и кто на нём выступал?"
    reply = engine.answer(question)
    assert reply.kind == "answer"
    assert reply.preface
    await say(feed, alice, question)
    sent = only_message(session)
    assert sent.text.startswith("<i>")
    plain = check_html(sent.text)
    assert plain.startswith(f"{reply.preface}\n\n{reply.answer}")
    assert reply.quotes[0].text in plain


async def test_a_decline_says_why_and_offers_only_what_helps(
    feed: Feed,
    session: RecordingSession,
    *,
    alice: dict,
    engine: Engine,
    texts: UiTexts,
    declined_question: str,
) -> None:
    reply = engine.answer(declined_question)
    await say(feed, alice, declined_question)
    sent = only_message(session)
    plain = check_html(sent.text)
    kind = decline_kind(reply)
    assert plain.startswith(reply.answer or texts.declines.of(kind))
    assert plain.endswith(check_html(texts.decline_hints.of(kind)))
    callbacks = [data for _, data in buttons(sent)]
    if kind == "off_topic":  # what the bot is for; no related topics
        assert callbacks == []
        return
    assert callbacks[-1] == TopicListCb(page=0, lang="ru").pack()
    assert callbacks[:-1] == [EntryCb(id=s.entry_id, lang="ru").pack() for s in reply.suggestions[:3]]
    assert not any(data.startswith("f:") for data in callbacks), "no feedback on a decline"


async def test_clarify_offers_each_candidate_as_a_button(
    feed: Feed, session: RecordingSession, alice: dict, engine: Engine, clarify_question: str
) -> None:
    reply = engine.answer(clarify_question)
    await say(feed, alice, clarify_question)
    sent = only_message(session)
    assert "имели в виду" in check_html(sent.text)
    offered = buttons(sent)
    assert [data for _, data in offered] == [
        EntryCb(id=s.entry_id, edit=True, lang="ru").pack() for s in reply.suggestions
    ]
    for (label, _), suggestion in zip(offered, reply.suggestions, strict=True):
        assert suggestion.question.startswith(label.removesuffix("…"))


async def test_smalltalk_gets_its_reply(
    feed: Feed, session: RecordingSession, alice: dict, engine: Engine
) -> None:
    reply = engine.answer("Привет!")
    assert reply.kind == "smalltalk"
    await say(feed, alice, "Привет!")
    assert check_html(only_message(session).text) == reply.answer


async def test_start_greets_names_the_document_and_offers_examples(
    feed: Feed, session: RecordingSession, alice: dict, engine: Engine
) -> None:
    await say(feed, alice, "/start")
    sent = only_message(session)
    plain = check_html(sent.text)
    assert "Здравствуйте" in plain
    for source in engine.kb.sources.values():  # every document is named, with its date
        assert source.meta.title in plain
        assert f"{source.meta.date:%d.%m.%Y}" in plain
    labels = buttons(sent)
    examples = [label for label, data in labels if data.startswith("e:")]
    assert 2 <= len(examples) <= 5
    assert labels[-1][1] == TopicListCb(page=0, lang="ru").pack()


async def test_start_deep_link_opens_that_answer(
    feed: Feed, session: RecordingSession, alice: dict, engine: Engine
) -> None:
    entry = engine.kb.entries[3]
    await say(feed, alice, f"/start {entry.id}")
    assert check_html(only_message(session).text).startswith(entry.answer)


async def test_start_with_an_outdated_link_explains_and_greets(
    feed: Feed, session: RecordingSession, alice: dict, texts: UiTexts
) -> None:
    await say(feed, alice, "/start no_such_entry")
    sent = session.sent(SendMessage)
    assert sent[0].text == texts.deep_link_unknown
    assert "Здравствуйте" in sent[1].text


async def test_help_and_source(feed: Feed, session: RecordingSession, alice: dict, engine: Engine) -> None:
    await say(feed, alice, "/help")
    assert "/topics" in check_html(only_message(session).text)
    session.clear()
    await say(feed, alice, "/source")
    plain = check_html(only_message(session).text)
    for source in engine.kb.sources.values():
        assert source.meta.title in plain
        assert f"{source.meta.date:%d.%m.%Y}" in plain


async def test_topics_lists_every_topic_as_a_button(
    feed: Feed, session: RecordingSession, alice: dict, engine: Engine
) -> None:
    await say(feed, alice, "/topics")
    sent = only_message(session)
    all_shelves = shelves(engine)
    if len(all_shelves) > 1:  # several documents: /topics lists them first
        offered = [data for _, data in buttons(sent) if data.startswith("tl:")]
        assert offered == [TopicListCb(source=s.key, lang="ru").pack() for s in all_shelves]
        return
    topic_buttons = [(label, data) for label, data in buttons(sent) if data.startswith("tp:")]
    shelf = all_shelves[0]  # one document: /topics opens its topics directly
    first = shelf.topics[0]
    assert topic_buttons[0] == (first.name, TopicCb(topic=first.key, lang="ru").pack())
    assert [label for label, _ in topic_buttons] == [t.name for t in shelf.topics][:8]


async def test_sticker_gets_a_note_that_only_text_is_understood(
    feed: Feed, session: RecordingSession, alice: dict, texts: UiTexts
) -> None:
    await say(feed, alice, None, sticker=U.sticker())
    assert only_message(session).text == texts.not_text


async def test_unknown_command_is_not_sent_to_the_engine(
    feed: Feed, session: RecordingSession, alice: dict, texts: UiTexts
) -> None:
    await say(feed, alice, "/weather")
    assert only_message(session).text == texts.unknown_command


async def test_markup_in_a_question_does_not_break_the_reply(
    feed: Feed, session: RecordingSession, alice: dict
) -> None:
    await say(feed, alice, "<b>Кто</b> & участвовал <a href='x'>в круглом столе</a>?")
    check_html(only_message(session).text)
