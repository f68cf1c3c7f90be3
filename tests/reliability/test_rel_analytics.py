"""The real bot with an analytics file it cannot use: it answers every question, acknowledges votes
at once, and /stats says plainly that statistics are unavailable."""

from __future__ import annotations

from pathlib import Path

from bot.analytics import AnalyticsStore
from bot.analytics.writer import AnalyticsWriter
from bot.qa.engine import Engine
from bot.telegram.callbacks import FeedbackCb
from bot.telegram.texts import UiTexts
from tests.reliability.harness import delivered, running, settings_for, text_of
from tests.telegram import updates as U
from tests.telegram.botapi_stub import BotApiStub

QUESTION = "Кто участвовал в круглом столе?"


async def test_a_corrupt_analytics_file_costs_statistics_never_an_answer(
    stub: BotApiStub, engine: Engine, texts: UiTexts, tmp_path: Path
) -> None:
    admin = U.user(94_001, "Админ")
    path = tmp_path / "analytics.sqlite3"
    path.write_bytes(b"not a database " * 200)
    settings = settings_for(stub, admin_ids=str(admin["id"]), analytics_db=path)
    writer = AnalyticsWriter(lambda: AnalyticsStore.from_settings(settings), retry_every=60)
    try:
        async with running(stub, settings, engine, texts, feedback=writer, answer_log=writer, stats=writer):
            stub.send_text(U.private_chat(admin), admin, QUESTION)
            (answer,) = await stub.wait_for("sendMessage", within=30)
            shown = stub.message(admin["id"], answer.result["message_id"])
            stub.press(admin, shown, FeedbackCb(id=engine.kb.entries[0].id, vote=1).pack())
            (alert,) = await stub.wait_for("answerCallbackQuery", within=30)
            stub.send_text(U.private_chat(admin), admin, "/stats")
            await stub.wait_for("sendMessage", count=2, within=30)
    finally:
        writer.close(timeout=2)
    assert text_of(answer).startswith(engine.answer(QUESTION).answer)
    assert alert["text"] == texts.alerts.feedback_thanks
    assert text_of(delivered(stub, admin["id"])[-1]) == texts.admin.stats_unavailable
