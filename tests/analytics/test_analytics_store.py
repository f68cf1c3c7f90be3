from __future__ import annotations

import datetime as dt
import inspect
import sqlite3
import threading
from pathlib import Path
from typing import Protocol, runtime_checkable

import pytest
from pydantic import SecretStr

from bot.analytics import AnalyticsStore
from bot.analytics.schema import SCHEMA_VERSION
from bot.qa.models import Reply
from bot.settings import Settings

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)
SECRET = "test-secret-0123456789"


def reply(
    kind: str = "answer", query: str = "Кто принял документ?", entry_id: str | None = "who_adopted"
) -> Reply:
    return Reply.model_validate({"query": query, "kind": kind, "entry_id": entry_id, "score": 90.0})


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchall()


def test_records_and_totals(store: AnalyticsStore) -> None:
    store.record_reply("private", reply("answer"))
    store.record_reply("private", reply("answer", entry_id="when_adopted"))
    store.record_reply("supergroup", reply("clarify", entry_id=None))
    store.record_reply("inline", reply("smalltalk", query="привет", entry_id=None))
    store.record_reply(
        "console",
        reply(
            "none",
            query="Что такое квазар?",
            entry_id=None,
        ),
    )

    stats = store.stats()

    assert stats.total_questions == 5
    assert stats.by_kind == {"answer": 2, "clarify": 1, "smalltalk": 1, "none": 1}
    assert stats.by_chat_type == {"private": 2, "console": 1, "inline": 1, "supergroup": 1}
    assert stats.answer_rate == pytest.approx(2 / 4)  # small talk is not a question
    assert stats.period_start is not None
    assert stats.period_end is not None
    assert stats.period_start <= stats.period_end
    assert stats.retention_days == 30


def test_empty_store_stats(store: AnalyticsStore) -> None:
    stats = store.stats()
    assert stats.is_empty
    assert stats.answer_rate is None
    assert stats.period_start is None
    assert stats.by_kind == {"answer": 0, "clarify": 0, "smalltalk": 0, "none": 0}


def test_unknown_chat_type_is_stored_as_other(store: AnalyticsStore, db_path: Path) -> None:
    store.record_reply("-1001234567890", reply())
    assert store.stats().by_chat_type == {"other": 1}
    assert rows(db_path, "SELECT chat_type FROM replies") == [("other",)]


def test_question_text_kept_only_when_unanswered(store: AnalyticsStore, db_path: Path) -> None:
    store.record_reply("private", reply("answer", query="ответили: кто подписал"))
    store.record_reply("private", reply("clarify", query="уточнили: когда"))
    store.record_reply("private", reply("smalltalk", query="привет, бот"))
    store.record_reply("private", reply("none", query="  Где   взять\nоригинал? ", entry_id=None))

    assert rows(db_path, "SELECT kind, question FROM replies ORDER BY id") == [
        ("answer", None),
        ("clarify", None),
        ("smalltalk", None),
        ("none", "Где взять оригинал?"),
    ]
    assert [q.text for q in store.stats().unanswered] == ["Где взять оригинал?"]


def test_unanswered_question_truncated_to_500(store: AnalyticsStore) -> None:
    store.record_reply("private", reply("none", query="я" * 2000, entry_id=None))
    (question,) = store.stats().unanswered
    assert len(question.text) == 500
    assert question.text.endswith("…")


def test_unanswered_most_frequent_first(store: AnalyticsStore) -> None:
    base = NOW - dt.timedelta(days=3)
    for i, text in enumerate(["редкий", "частый", "средний", "частый", "средний", "частый"]):
        store.record_reply(
            "private", reply("none", query=text, entry_id=None), now=base + dt.timedelta(hours=i)
        )

    stats = store.stats(now=NOW)

    assert [(q.text, q.count) for q in stats.unanswered] == [("частый", 3), ("средний", 2), ("редкий", 1)]
    assert stats.unanswered[0].last_seen == base + dt.timedelta(hours=5)
    assert stats.unanswered_distinct == 3
    assert [q.text for q in store.stats(limit=1, now=NOW).unanswered] == ["частый"]


def test_top_entries_order(store: AnalyticsStore) -> None:
    for entry, n in [("b_entry", 2), ("a_entry", 2), ("c_entry", 5), ("d_entry", 1)]:
        for _ in range(n):
            store.record_reply("private", reply("answer", entry_id=entry))
    store.record_reply("private", reply("clarify", entry_id="d_entry"))  # not an answer: not counted

    top = store.stats(limit=3).top_entries

    assert [(e.entry_id, e.count) for e in top] == [("c_entry", 5), ("a_entry", 2), ("b_entry", 2)]


def test_retention_purge_with_explicit_now(store: AnalyticsStore) -> None:
    now = NOW
    store.record_reply("private", reply(), now=now - dt.timedelta(days=31))
    store.record_reply("private", reply(), now=now - dt.timedelta(days=29))
    store.record_feedback(1, "m1", "who_adopted", 1, now=now - dt.timedelta(days=40))
    store.record_feedback(1, "m2", "who_adopted", 1, now=now - dt.timedelta(days=1))

    assert store.purge_expired(now=now) == 2
    assert store.purge_expired(now=now) == 0
    stats = store.stats(now=now)
    assert stats.total_questions == 1
    assert stats.feedback_up == 1
    assert store.purge_expired(now=now + dt.timedelta(days=30)) == 2


def test_stats_never_report_expired_rows(store: AnalyticsStore) -> None:
    store.record_reply(
        "private", reply("none", query="старый", entry_id=None), now=NOW - dt.timedelta(days=60)
    )
    store.record_reply("private", reply("none", query="новый", entry_id=None), now=NOW)
    stats = store.stats(now=NOW)
    assert [q.text for q in stats.unanswered] == ["новый"]
    assert stats.total_questions == 1


def test_purge_on_open(db_path: Path) -> None:
    with AnalyticsStore(db_path, secret=SECRET, retention_days=30) as s:
        s.record_reply("private", reply(), now=NOW - dt.timedelta(days=100))
        s.record_reply("private", reply(), now=NOW)
    assert rows(db_path, "SELECT COUNT(*) FROM replies") == [(2,)]
    with AnalyticsStore(db_path, secret=SECRET, retention_days=30) as s:
        assert s.stats(now=NOW).total_questions == 1
    assert rows(db_path, "SELECT COUNT(*) FROM replies") == [(1,)]


def test_one_vote_per_user_per_message_the_latest_wins(store: AnalyticsStore) -> None:
    assert store.record_feedback(111, "chat:1", "who_adopted", -1) is True
    assert store.record_feedback(111, "chat:1", "who_adopted", -1) is False  # the same vote again
    assert store.record_feedback(111, "chat:1", "who_adopted", 1) is True  # changed: the latest wins
    assert store.record_feedback(111, "chat:1", "who_adopted", 1) is False
    assert store.record_feedback(222, "chat:1", "who_adopted", -1) is True  # another user
    assert store.record_feedback(111, "chat:2", "when_adopted", 1) is True  # another message
    assert store.record_feedback(333, "chat:3", None, -1) is True

    stats = store.stats()

    assert (stats.feedback_up, stats.feedback_down) == (2, 2)
    assert [(f.entry_id, f.up, f.down) for f in stats.feedback] == [
        ("who_adopted", 1, 1),
        ("when_adopted", 1, 0),
        (None, 0, 1),
    ]


@pytest.mark.parametrize("vote", [0, 2, -2])
def test_invalid_vote_rejected(store: AnalyticsStore, vote: int) -> None:
    with pytest.raises(ValueError, match="vote"):
        store.record_feedback(1, "m", None, vote)


def test_vote_key_depends_on_secret(db_path: Path, tmp_path: Path) -> None:
    with (
        AnalyticsStore(db_path, secret="one") as a,
        AnalyticsStore(tmp_path / "other.sqlite3", secret=SecretStr("two")) as b,
    ):
        assert a.voter_key(5, "m") != b.voter_key(5, "m")
        assert a.voter_key(5, "m") != a.voter_key(5, "n")
        assert a.voter_key(5, "m") == a.voter_key(5, "m")


def test_open_twice_and_reopen(db_path: Path) -> None:
    with (
        AnalyticsStore(db_path, secret=SECRET) as first,
        AnalyticsStore(db_path, secret=SECRET) as second,
    ):
        first.record_reply("private", reply())
        assert second.record_feedback(7, "m", "who_adopted", 1) is True
        assert first.record_feedback(7, "m", "who_adopted", 1) is False
        assert second.stats().total_questions == 1
    with AnalyticsStore(db_path, secret=SECRET) as again:
        assert again.stats().total_questions == 1
    assert rows(db_path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    assert rows(db_path, "PRAGMA journal_mode") == [("wal",)]


def test_newer_schema_is_rejected(db_path: Path) -> None:
    AnalyticsStore(db_path, secret=SECRET).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(RuntimeError, match="newer"):
        AnalyticsStore(db_path, secret=SECRET)


def test_closed_store_refuses_and_close_is_idempotent(db_path: Path) -> None:
    s = AnalyticsStore(db_path, secret=SECRET)
    s.close()
    s.close()
    with pytest.raises(RuntimeError, match="closed"):
        s.record_reply("private", reply())


def test_bad_configuration_rejected(db_path: Path) -> None:
    with pytest.raises(ValueError, match="secret"):
        AnalyticsStore(db_path, secret="")
    with pytest.raises(ValueError, match="retention"):
        AnalyticsStore(db_path, secret=SECRET, retention_days=0)


def test_from_settings(tmp_path: Path) -> None:
    settings = Settings(
        _env_file=None,
        analytics_db=tmp_path / "nested" / "a.sqlite3",
        analytics_retention_days=7,
        feedback_secret=SecretStr("s3cret"),
    )
    with AnalyticsStore.from_settings(settings) as s:
        assert s.retention_days == 7
        assert s.path == settings.analytics_db
    assert settings.analytics_db.exists()


def test_concurrent_writers_from_threads(store: AnalyticsStore) -> None:
    def work(user: int) -> None:
        for i in range(25):
            store.record_reply("group", reply())
            store.record_feedback(user, f"m{i}", "who_adopted", 1)

    threads = [threading.Thread(target=work, args=(u,)) for u in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    stats = store.stats()
    assert stats.total_questions == 200
    assert stats.feedback_up == 200


@runtime_checkable
class FeedbackSink(Protocol):
    def record_feedback(self, user_id: int, message_key: str, entry_id: str | None, vote: int) -> bool: ...


@runtime_checkable
class ReplySink(Protocol):
    def record_reply(self, chat_type: str, reply: Reply) -> None: ...


def test_satisfies_adapter_protocols(store: AnalyticsStore) -> None:
    feedback: FeedbackSink = store
    replies: ReplySink = store
    assert isinstance(feedback, FeedbackSink)
    assert isinstance(replies, ReplySink)
    inspect.signature(store.record_feedback).bind(1, "k", None, 1)
    inspect.signature(store.record_reply).bind("private", reply())
