"""Privacy end to end: the real bot with a real SQLite file; afterwards the file's bytes hold no id,
username, name or chat title, and question texts only of questions the bot could not answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.analytics import AnalyticsStore
from bot.cli import main as cli
from bot.qa.engine import Engine
from bot.telegram.callbacks import FeedbackCb
from bot.telegram.texts import UiTexts
from tests.reliability.harness import running, settings_for
from tests.telegram import updates as U
from tests.telegram.botapi_stub import BotApiStub

ALICE = U.user(918_273_645, "Зульфия", last_name="Приватная", username="zulfiya_secret_handle")
BOB = U.user(5_647_382_910, "Тимофей", username="timofey_hidden_name")
GROUP = U.group_chat(-1_009_182_736_455, "Секретный чат жильцов")
ANSWERED = "Кто участвовал в круглом столе?"
UNANSWERED = "Сколько стоит проезд в трамвае квинтиллионного маршрута?"


def _file_bytes(db: Path) -> bytes:
    """The database with whatever SQLite keeps beside it (WAL, shared memory, journal)."""
    files = sorted(db.parent.glob(db.name + "*"))
    assert files, f"no database at {db}"
    return b"".join(path.read_bytes() for path in files)


def _forms(value: int | str) -> list[bytes]:
    text = str(value)
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.lower().encode("utf-8")]


async def test_the_analytics_file_never_holds_who_asked(
    *,
    stub: BotApiStub,
    engine: Engine,
    texts: UiTexts,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert engine.answer(ANSWERED).kind == "answer"
    assert engine.answer(UNANSWERED).kind == "none"
    db = tmp_path / "analytics.sqlite3"
    settings = settings_for(stub, analytics_db=db, feedback_secret="a-long-random-test-secret-0123456789")
    with AnalyticsStore.from_settings(settings) as store:
        async with running(stub, settings, engine, texts, feedback=store, answer_log=store, stats=store):
            stub.send_text(U.private_chat(ALICE), ALICE, ANSWERED)
            stub.send_text(U.private_chat(ALICE), ALICE, UNANSWERED)
            stub.send_text(GROUP, BOB, f"/ask {ANSWERED}")
            stub.send_text(GROUP, BOB, "просто болтаю в группе, бот не нужен")
            stub.inline(BOB, "что сказал генеральный прокурор")
            answers = await stub.wait_for("sendMessage", count=3, within=30)
            offered = await stub.wait_for("answerInlineQuery", within=30)
            stub.choose_inline(BOB, "что сказал генеральный прокурор", offered[0]["results"][0]["id"])
            answer = next(c for c in answers if c["chat_id"] == ALICE["id"] and "blockquote" in c["text"])
            shown = stub.message(ALICE["id"], answer.result["message_id"])
            entry_id = engine.answer(ANSWERED).entry_id or ""
            for vote in (1, -1):  # one vote per person and message: the later press wins
                stub.press(ALICE, shown, FeedbackCb(id=entry_id, vote=vote).pack())
            alerts = await stub.wait_for("answerCallbackQuery", count=2, within=30)
        assert [call["text"] for call in alerts] == [texts.alerts.feedback_thanks] * 2
        stats = store.stats()
    assert stats.total_questions == 4  # private ×2, group /ask, the inline result sent; not the chatter
    assert (stats.feedback_up, stats.feedback_down) == (0, 1)
    assert [q.text for q in stats.unanswered] == [UNANSWERED]

    content = _file_bytes(db)
    secrets = [
        ALICE["id"],
        BOB["id"],
        GROUP["id"],
        abs(GROUP["id"]),
        f"{ALICE['id']}:{answer.result['message_id']}",  # the vote's message key
        ALICE["first_name"],
        ALICE["last_name"],
        ALICE["username"],
        BOB["first_name"],
        BOB["username"],
        GROUP["title"],
        ANSWERED,  # answered questions are counted, never stored as text
        "просто болтаю",
        "генеральный прокурор",
    ]
    for secret in secrets:
        for form in _forms(secret):
            assert form not in content, f"{secret!r} is in the analytics file"
    assert UNANSWERED.encode() in content, "the unanswered question is kept, for the curators"

    # and `python -m bot stats` reads the same file
    monkeypatch.chdir(tmp_path)  # no .env from the checkout
    monkeypatch.setenv("ANALYTICS_DB", str(db))
    assert cli(["stats"]) == 0
    report = capsys.readouterr().out
    assert "Всего вопросов: 4" in report
    assert UNANSWERED in report
