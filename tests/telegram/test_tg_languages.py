"""Russian, Kazakh and English, and several documents, end to end: the real bot (serve(), aiohttp,
long polling) against the Bot API stand-in on 127.0.0.1. Every assertion is on what a user sees.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import shutil
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.qa.engine import Engine
from bot.qa.kb import load_knowledge_base
from bot.qa.models import LANGS, Quote, Reply, SourceRef, Suggestion
from bot.settings import PROJECT_ROOT, Settings
from bot.telegram.keyboards import reply_keyboard
from bot.telegram.language import answer as answer_in
from bot.telegram.language import lang_of_code
from bot.telegram.prefs import SqlitePrefs
from bot.telegram.render import render_reply
from bot.telegram.runner import serve
from bot.telegram.texts import UiTexts
from tests.telegram import updates as U
from tests.telegram.botapi_stub import BotApiStub, Call
from tests.telegram.html_strict import check_html

TOKEN = "123456789:AAE_lang-test-token-abcdefghijklmnopq"
QUESTION = "Кто участвовал в круглом столе?"
SECOND_ID = "zz_test_public_discussion_2026_03_05"
SECOND_TITLE = "Разъяснение о порядке общественного обсуждения"
KNOWLEDGE_DIR, SEEDS_DIR = PROJECT_ROOT / "knowledge", PROJECT_ROOT / "seeds"


@pytest.fixture
async def stub() -> AsyncIterator[BotApiStub]:
    async with BotApiStub(TOKEN) as stub:
        yield stub
        assert not stub.parse_errors, f"HTML Telegram would refuse: {stub.parse_errors}"


@contextlib.asynccontextmanager
async def running(stub: BotApiStub, engine: Engine, texts: UiTexts, prefs_db: Path) -> AsyncIterator[None]:
    settings = Settings(
        _env_file=None, bot_token=TOKEN, bot_api_server=stub.base_url, webhook_url=None, prefs_db=prefs_db
    )
    stop = asyncio.Event()
    polls = len(stub.calls_of("getUpdates"))
    task = asyncio.create_task(
        serve(settings, engine, texts, stop=stop, handle_signals=False, polling_timeout=5)
    )
    try:
        await stub.wait_for("getUpdates", count=polls + 1, answered=False, within=30)
        yield
    finally:
        stop.set()
        await asyncio.wait_for(task, 15)


def user(user_id: int, code: str | None) -> dict[str, Any]:
    return U.user(user_id, "Dana", language_code=code)


async def said(stub: BotApiStub, sender: dict[str, Any], text: str) -> Call:
    """Send `text` in a private chat; the bot's next message to that chat."""
    before = len(stub.sent_to(sender["id"]))
    stub.send_text(U.private_chat(sender), sender, text)
    calls = await stub.wait_for("sendMessage", lambda c: c["chat_id"] == sender["id"], count=before + 1)
    return calls[before]


def plain(call: Call) -> str:
    assert call.get("parse_mode") == "HTML"
    return check_html(call["text"])


def labels(call: Call) -> list[str]:
    markup = call.get("reply_markup") or {"inline_keyboard": []}
    return [button["text"] for row in markup["inline_keyboard"] for button in row]


def shown(stub: BotApiStub, call: Call) -> dict[str, Any]:
    assert call.status == 200, call.result
    return stub.message(call["chat_id"], call.result["message_id"])


async def pressed(stub: BotApiStub, sender: dict[str, Any], message: dict[str, Any], text: str) -> None:
    """Press the button labelled `text` under `message` and wait until the press is answered."""
    data = next(
        b["callback_data"]
        for row in message["reply_markup"]["inline_keyboard"]
        for b in row
        if b["text"] == text
    )
    query_id = stub.press(sender, message, data)
    await stub.wait_for("answerCallbackQuery", lambda c: c["callback_query_id"] == query_id)


def test_telegram_language_codes_map_to_the_three_languages() -> None:
    assert [lang_of_code(code) for code in ("kk", "ru", "en", "en-GB", "kk-KZ")] == [
        "kk",
        "ru",
        "en",
        "en",
        "kk",
    ]
    assert lang_of_code("uk") == "ru", "neighbouring countries' apps: Russian"
    assert lang_of_code("de") == "en", "any other app language: English"
    assert lang_of_code(None) is None


async def test_a_kazakh_app_gets_kazakh_greeting_help_buttons_and_hints(
    stub: BotApiStub, engine: Engine, texts: UiTexts, tmp_path: Path
) -> None:
    kazakh, dana = texts.for_lang("kk"), user(701, "kk")
    async with running(stub, engine, texts, tmp_path / "prefs.sqlite3"):
        greeting = await said(stub, dana, "/start")
        assert plain(greeting).startswith("Сәлеметсіз бе!")
        assert kazakh.buttons.topics in labels(greeting)
        assert "/lang" in plain(greeting)
        help_ = await said(stub, dana, "/help")
        assert help_["text"] == kazakh.help
        unknown = await said(stub, dana, "/weather")
        assert unknown["text"] == kazakh.unknown_command
        topics = await said(stub, dana, "/topics")
        assert plain(topics).startswith(("Тақырыптар", "Құжаттар"))


async def test_lang_choice_is_remembered_across_a_restart_without_the_user_id(
    stub: BotApiStub, engine: Engine, texts: UiTexts, tmp_path: Path
) -> None:
    prefs_db, dana = tmp_path / "prefs.sqlite3", user(702_345_678, "ru")
    async with running(stub, engine, texts, prefs_db):
        prompt = await said(stub, dana, "/lang")
        assert prompt["text"] == texts.lang_prompt
        assert labels(prompt) == ["Русский", "Қазақша", "English"]
        await pressed(stub, dana, shown(stub, prompt), "English")
        (edit,) = await stub.wait_for("editMessageText")
        assert edit["text"] == texts.for_lang("en").lang_saved
        assert (await said(stub, dana, "/help"))["text"] == texts.for_lang("en").help
    async with running(stub, engine, texts, prefs_db):  # a new process would read the same file
        assert (await said(stub, dana, "/help"))["text"] == texts.for_lang("en").help
        other = user(702_345_679, "ru")
        assert (await said(stub, other, "/help"))["text"] == texts.help, "one user's choice is theirs only"
    stored = prefs_db.read_bytes()
    for form in (str(dana["id"]).encode(), dana["id"].to_bytes(4, "big"), dana["id"].to_bytes(4, "little")):
        assert form not in stored


async def test_an_answer_speaks_its_reply_language_and_keeps_the_quotes_russian(
    stub: BotApiStub, engine: Engine, texts: UiTexts, tmp_path: Path
) -> None:
    for user_id, code in ((703, "kk"), (704, "en"), (705, "ru")):
        asker = user(user_id, code)
        reply = answer_in(engine, QUESTION, lang_of_code(code) or "ru")
        assert reply.kind == "answer"
        localized = texts.for_lang(reply.lang)
        async with running(stub, engine, texts, tmp_path / "prefs.sqlite3"):
            sent = await said(stub, asker, QUESTION)
        text = plain(sent)
        assert text.startswith(reply.answer)
        assert check_html(localized.quote_intro) in text
        for quote in reply.quotes:
            assert quote.text in text, "quotes stay verbatim Russian"
        assert check_html(localized.source_line.format(source="")).strip() in text
        assert labels(sent)[-2:] == [localized.buttons.like, localized.buttons.dislike]
        related = [b["callback_data"] for row in sent["reply_markup"]["inline_keyboard"] for b in row][:-2]
        assert all(data.endswith(f":{reply.lang}") for data in related), "buttons carry the reply language"


async def test_a_group_is_answered_in_the_askers_language(
    stub: BotApiStub, engine: Engine, texts: UiTexts, tmp_path: Path
) -> None:
    group, asker = U.group_chat(-100555, "Топ"), user(706, "kk")
    async with running(stub, engine, texts, tmp_path / "prefs.sqlite3"):
        stub.send_text(group, asker, "/ask")
        (reply,) = await stub.wait_for("sendMessage", lambda c: c["chat_id"] == group["id"])
    assert reply["text"] == texts.for_lang("kk").ask_empty


# -- declines ----------------------------------------------------------------------------------------

SOURCE = SourceRef(id="doc", title="Документ", date=dt.date(2026, 2, 27))


def _decline(kind: str, lang: str, *, answer: str = "", suggestions: int = 0) -> Reply:
    return Reply.model_validate(
        {
            "query": "?",
            "kind": "none",
            "answer": answer,
            "lang": lang,
            "decline": kind,
            "suggestions": [
                Suggestion(entry_id=f"e{n}", question=f"Вопрос {n}?") for n in range(suggestions)
            ],
        }
    )


@pytest.mark.parametrize("lang", LANGS)
def test_each_decline_kind_reads_differently_in_every_language(texts: UiTexts, lang: str) -> None:
    localized = texts.for_lang(lang)  # type: ignore[arg-type]
    off = render_reply(_decline("off_topic", lang), texts)
    not_found = render_reply(_decline("not_found", lang), texts)
    not_in_doc = render_reply(_decline("not_in_document", lang), texts)
    assert len({off, not_found, not_in_doc}) == 3
    assert off.startswith(localized.declines.off_topic)
    assert "/help" in off, "off-topic: what the bot is for"
    assert "/topics" not in off, "off-topic: no topics"
    assert reply_keyboard(_decline("off_topic", lang, suggestions=2), texts) is None, "no related topics"
    assert not_found.startswith(localized.declines.not_found)
    assert "/topics" in not_found
    assert not_in_doc.startswith(localized.declines.not_in_document)
    alone = reply_keyboard(_decline("not_found", lang), texts)
    assert alone is not None
    assert [b.text for row in alone.inline_keyboard for b in row] == [localized.buttons.topics]
    near = reply_keyboard(_decline("not_found", lang, suggestions=2), texts)
    assert near is not None
    assert [b.text for row in near.inline_keyboard for b in row] == [
        "Вопрос 0?",
        "Вопрос 1?",
        localized.buttons.topics,
    ]
    engine_words = render_reply(_decline("not_in_document", lang, answer="Слова движка <b>"), texts)
    assert engine_words.startswith("Слова движка &lt;b&gt;"), "the engine's own words come first, escaped"
    compact = render_reply(_decline("not_found", lang), texts, compact=True)
    assert compact == localized.declines.not_found, "groups and inline: no hints"


def test_quotes_of_two_documents_each_end_with_their_own_source_line(texts: UiTexts) -> None:
    other = SourceRef(id="other", title="Другой документ", date=dt.date(2026, 3, 5))
    reply = Reply(
        query="?",
        kind="answer",
        answer="Ответ.",
        lang="en",
        entry_id="x",
        quotes=(Quote(text="Первая цитата.", source=SOURCE), Quote(text="Вторая цитата.", source=other)),
    )
    lines = check_html(render_reply(reply, texts)).splitlines()
    english = texts.for_lang("en")
    assert lines[2] == check_html(english.quote_intro)
    assert lines[3:] == [
        "Первая цитата.",
        "📄 Source: «Документ», 27.02.2026",
        "Вторая цитата.",
        "📄 Source: «Другой документ», 05.03.2026",
    ]


# -- several documents -------------------------------------------------------------------------------


def _second_source(root: Path) -> tuple[Path, Path]:
    """The project's knowledge base with a short, test-only second document beside it."""
    knowledge, seeds = root / "knowledge", root / "seeds"
    shutil.copytree(KNOWLEDGE_DIR, knowledge)
    shutil.copytree(SEEDS_DIR, seeds)
    deadline = "Общественное обсуждение проекта продлится до 15 марта 2026 года."
    where = "Предложения граждан принимаются на портале «Открытые НПА»."
    who = "Каждое предложение рассмотрит рабочая группа."
    (seeds / f"{SECOND_ID}.txt").write_text(f"{deadline} {where} {who}\n", encoding="utf-8")
    meta = {"id": SECOND_ID, "title": SECOND_TITLE, "kind": "разъяснение", "date": "2026-03-05", "lang": "ru"}
    (seeds / f"{SECOND_ID}.yaml").write_text(yaml.safe_dump(meta, allow_unicode=True), encoding="utf-8")
    entries = [
        {
            "id": "zz_discussion_deadline",
            "topic": "Сроки обсуждения",
            "question_kinds": ["when"],
            "questions": [
                "До какого числа продлится общественное обсуждение проекта?",
                "Когда заканчивается общественное обсуждение?",
                "Сколько продлится обсуждение проекта гражданами?",
                "срок общественного обсуждения",
                "До какой даты можно обсуждать проект?",
                "Когда завершится приём мнений по проекту?",
            ],
            "answer": "Общественное обсуждение проекта продлится до 15 марта 2026 года.",
            "quotes": [deadline],
        },
        {
            "id": "zz_where_to_send_proposals",
            "topic": "Как подать предложение",
            "question_kinds": ["where"],
            "questions": [
                "Где можно оставить предложение по проекту?",
                "Куда отправить своё предложение?",
                "На каком портале принимают предложения граждан?",
                "как подать предложение по проекту",
                "Кто рассмотрит предложения граждан?",
                "Где принимаются предложения к проекту?",
            ],
            "answer": "Предложения принимаются на портале «Открытые НПА», каждое рассмотрит рабочая группа.",
            "quotes": [where, who],
        },
    ]
    faq = {"source": SECOND_ID, "entries": entries}
    (knowledge / "faq" / f"{SECOND_ID}.yaml").write_text(
        yaml.safe_dump(faq, allow_unicode=True), encoding="utf-8"
    )
    return knowledge, seeds


@pytest.fixture(scope="module")
def two_documents(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    knowledge, seeds = _second_source(tmp_path_factory.mktemp("two_documents"))
    return Engine(load_knowledge_base(knowledge, seeds))


async def test_two_documents_everywhere_a_document_is_named(
    stub: BotApiStub, two_documents: Engine, texts: UiTexts, tmp_path: Path
) -> None:
    engine, dana = two_documents, user(707, "en")
    english = texts.for_lang("en")
    first = next(s for s in engine.kb.sources.values() if s.meta.id != SECOND_ID)
    async with running(stub, engine, texts, tmp_path / "prefs.sqlite3"):
        greeting = plain(await said(stub, dana, "/start"))
        assert "(2)" in greeting
        assert SECOND_TITLE in greeting
        assert first.meta.title in greeting
        assert "explainer, 05.03.2026" in greeting
        assert "press release, 27.02.2026" in greeting

        sources = plain(await said(stub, dana, "/source"))
        assert sources.index(first.meta.title) < sources.index(SECOND_TITLE)
        assert "explainer, 05.03.2026" in sources

        documents = await said(stub, dana, "/topics")
        assert plain(documents).startswith("Documents")
        assert len(labels(documents)) == 2
        message = shown(stub, documents)
        await pressed(stub, dana, message, next(t for t in labels(documents) if t.startswith(SECOND_TITLE)))
        (edit,) = await stub.wait_for("editMessageText")
        assert plain(edit).startswith("Topics — «" + SECOND_TITLE)
        assert english.buttons.back_to_sources in labels(edit)
        message = stub.message(message["chat"]["id"], message["message_id"])
        await pressed(stub, dana, message, "Сроки обсуждения")  # no English name in the glossary: Russian
        edits = await stub.wait_for("editMessageText", count=2)
        message = stub.message(message["chat"]["id"], message["message_id"])
        question = labels(edits[1])[0]
        await pressed(stub, dana, message, question)
        sent = await stub.wait_for("sendMessage", lambda c: c["chat_id"] == dana["id"], count=4)
        answer = plain(sent[3])
        assert "до 15 марта 2026 года" in answer
        assert f"Source: «{SECOND_TITLE}», 05.03.2026" in answer
        assert first.meta.title not in answer

        reply = plain(await said(stub, dana, QUESTION))
        assert f"«{first.meta.title}»" in reply
        assert SECOND_TITLE not in reply, "an answer names only the document its quotes come from"


def test_an_unusable_prefs_file_costs_the_choice_never_an_answer(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A directory where the file should be: one warning, the choice kept in memory, no exception."""
    blocked = tmp_path / "prefs.sqlite3"
    blocked.mkdir()
    prefs = SqlitePrefs(blocked, "secret")
    prefs.set(42, "kk")
    prefs.set(43, "en")
    assert (prefs.get(42), prefs.get(43), prefs.get(44)) == ("kk", "en", None)
    warnings = [r for r in caplog.records if r.name == "bot.telegram.prefs"]
    assert len(warnings) == 1
    assert "restart" in warnings[0].getMessage()
