"""Admin commands (/stats, /reload): invisible to everyone else, and a reload that can only make
things better: a valid knowledge base replaces the old one, an invalid one is reported and ignored."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from bot.analytics import AnalyticsStore
from bot.qa.engine import Engine
from bot.telegram.texts import UiTexts
from tests.reliability.harness import (
    break_knowledge,
    copy_knowledge,
    delivered,
    running,
    set_answer,
    settings_for,
    text_of,
)
from tests.telegram import updates as U
from tests.telegram.botapi_stub import BotApiStub

ADMIN = U.user(4242, "Админ")
ALICE = U.user(4343, "Алия")
GROUP = U.group_chat(-100424, "Группа")
QUESTION = "Кто участвовал в круглом столе?"


async def _say(stub: BotApiStub, user: dict, text: str, chat: dict | None = None) -> str:
    """Send a message and return the plain text of the bot's (last) reply in that chat."""
    chat = chat or U.private_chat(user)
    before = len(delivered(stub, chat["id"]))
    stub.send_text(chat, user, text)
    calls = await stub.wait_for(
        "sendMessage", lambda c: c["chat_id"] == chat["id"], count=before + 1, within=30
    )
    return text_of(calls[-1])


async def _recorded(store: AnalyticsStore, questions: int, within: float = 30.0) -> None:
    """The answer log writes from its own thread, after the reply went out: wait for the row."""
    deadline = time.monotonic() + within
    while store.stats().total_questions < questions:
        assert time.monotonic() < deadline, "the answer was never recorded"
        await asyncio.sleep(0.02)


async def test_admin_commands_do_not_exist_for_anyone_else(
    stub: BotApiStub, engine: Engine, texts: UiTexts, tmp_path: Path
) -> None:
    settings = settings_for(stub, admin_ids=frozenset({ADMIN["id"]}), analytics_db=tmp_path / "a.sqlite3")
    with AnalyticsStore.from_settings(settings) as store:
        async with running(stub, settings, engine, texts, feedback=store, answer_log=store, stats=store):
            unknown = await _say(stub, ALICE, "/weather")
            assert await _say(stub, ALICE, "/stats") == unknown == texts.unknown_command
            assert await _say(stub, ALICE, "/reload") == unknown
            stub.send_text(GROUP, ALICE, "/stats")
            stub.send_text(GROUP, ADMIN, "/reload")  # not in groups, not even for an admin
            await _say(stub, ALICE, QUESTION)
            await _recorded(store, questions=1)
            report = await _say(stub, ADMIN, "/stats")
    assert delivered(stub, GROUP["id"]) == []
    assert "Статистика бота" in report
    assert "Всего вопросов: 1" in report
    commands = {call["scope"]["type"]: call for call in stub.calls_of("setMyCommands")}
    public = [
        c["command"]
        for scope in ("all_private_chats", "all_group_chats")
        for c in commands[scope]["commands"]
    ]
    assert "stats" not in public
    assert "reload" not in public
    admin_menu = commands["chat"]
    assert admin_menu["scope"]["chat_id"] == ADMIN["id"]
    assert {"stats", "reload", "topics"} <= {c["command"] for c in admin_menu["commands"]}


@pytest.mark.expect_errors  # a rejected reload is logged at ERROR, with its report
async def test_reload_switches_answers_and_an_invalid_one_keeps_the_old(
    stub: BotApiStub, engine: Engine, texts: UiTexts, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    knowledge = copy_knowledge(tmp_path)
    settings = settings_for(stub, admin_ids=frozenset({ADMIN["id"]}), knowledge_dir=knowledge)
    entry_id = engine.answer(QUESTION).entry_id
    assert entry_id is not None
    async with running(stub, settings, engine, texts):
        assert (await _say(stub, ALICE, QUESTION)).startswith(engine.answer(QUESTION).answer)

        set_answer(knowledge, entry_id, "Обновлённый ответ: в круглом столе участвовали эксперты.")
        done = await _say(stub, ADMIN, "/reload")
        assert done.startswith("База знаний перезагружена")
        assert (await _say(stub, ALICE, QUESTION)).startswith("Обновлённый ответ")

        break_knowledge(knowledge, entry_id)
        report = await _say(stub, ADMIN, "/reload")
        assert report.startswith("Новая база знаний не загружена")
        assert f"[{entry_id}]" in report
        assert "цитаты нет в источнике" in report
        assert (await _say(stub, ALICE, QUESTION)).startswith("Обновлённый ответ"), "the old one serves"
    rejected = [r for r in caplog.records if r.getMessage().startswith("Reload rejected")]
    assert len(rejected) == 1, "the report is logged too"
    assert f"[{entry_id}]" in rejected[0].getMessage()


@pytest.mark.expect_errors
async def test_a_huge_report_still_fits_one_message(
    stub: BotApiStub, engine: Engine, texts: UiTexts, tmp_path: Path
) -> None:
    knowledge = copy_knowledge(tmp_path)
    break_knowledge(knowledge, *(entry.id for entry in engine.kb.entries))
    settings = settings_for(stub, admin_ids=frozenset({ADMIN["id"]}), knowledge_dir=knowledge)
    async with running(stub, settings, engine, texts):
        report = await _say(stub, ADMIN, "/reload")
    assert report.startswith("Новая база знаний не загружена")
    assert f"найдено ошибок — {len(engine.kb.entries)}" in report
