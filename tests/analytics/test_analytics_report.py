from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.analytics import (
    AnalyticsStore,
    EntryCount,
    Stats,
    UnansweredQuestion,
    render_stats_html,
    render_stats_text,
)
from bot.analytics.report import TELEGRAM_LIMIT
from bot.qa.models import Reply
from bot.russian import plural

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)


def reply(
    kind: str = "answer", query: str = "Кто принял документ?", entry_id: str | None = "who_adopted"
) -> Reply:
    return Reply.model_validate({"query": query, "kind": kind, "entry_id": entry_id, "score": 90.0})


ALLOWED_TAGS = re.compile(r"</?(?:b|code)>")


def tg_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def filled(store: AnalyticsStore) -> Stats:
    for _ in range(3):
        store.record_reply("private", reply("answer", entry_id="who_adopted"))
    store.record_reply("group", reply("answer", entry_id="when_adopted"))
    store.record_reply("private", reply("smalltalk", query="привет", entry_id=None))
    store.record_reply("private", reply("none", query="Что значит <b>жирный</b> & «кавычки»?", entry_id=None))
    store.record_feedback(1, "c:1", "who_adopted", 1)
    store.record_feedback(2, "c:1", "who_adopted", -1)
    return store.stats()


def test_text_report_is_russian_with_totals(store: AnalyticsStore) -> None:
    text = render_stats_text(filled(store))

    assert "Статистика бота" in text
    assert "Всего вопросов: 6" in text
    assert "с ответом — 4" in text
    assert "без ответа — 1" in text
    assert "Доля вопросов с ответом: 80%" in text
    assert "личные чаты — 5, группы — 1" in text
    assert "who_adopted — 3 раза" in text
    assert "«Что значит <b>жирный</b> & «кавычки»?» — 1 раз" in text
    assert "👍 1, 👎 1" in text
    assert "Данные хранятся 30 дней" in text


def test_text_report_for_empty_store(store: AnalyticsStore) -> None:
    text = render_stats_text(store.stats())
    assert "Пока нет данных" in text
    assert "Всего" not in text


def test_html_report_escapes_user_text(store: AnalyticsStore) -> None:
    html_text = render_stats_html(filled(store))

    assert "&lt;b&gt;жирный&lt;/b&gt; &amp; «кавычки»" in html_text
    assert "<b>жирный</b>" not in html_text
    assert "<b>Статистика бота</b>" in html_text
    assert "<code>who_adopted</code>" in html_text
    assert not re.search(r"[<>]", ALLOWED_TAGS.sub("", html_text))


def test_html_report_fits_telegram_with_hundreds_of_questions(store: AnalyticsStore) -> None:
    base = NOW - dt.timedelta(days=1)
    for i in range(400):
        query = f"Вопрос №{i} <script>alert('{i}')</script> " + "очень длинный текст & ещё " * 20
        store.record_reply("private", reply("none", query=query, entry_id=None), now=base)
    for i in range(30):
        store.record_feedback(i, f"m{i}", f"entry_{i}", 1 if i % 3 else -1)
    stats = store.stats(limit=500)
    assert len(stats.unanswered) == 400

    html_text = render_stats_html(stats)

    assert tg_len(html_text) <= TELEGRAM_LIMIT
    assert len(html_text) <= TELEGRAM_LIMIT
    assert "… и ещё" in html_text
    assert "&lt;script&gt;" in html_text
    assert "<script>" not in html_text
    assert "Оценки ответов: 👍 20, 👎 10" in html_text
    assert "Вопросы без ответа (разных: 400" in html_text


def _stats_with(texts: list[str], entry_ids: list[str]) -> Stats:
    return Stats(
        generated_at=NOW,
        retention_days=90,
        period_start=NOW,
        period_end=NOW,
        total_questions=len(texts) + 1,
        by_kind={"answer": 1, "clarify": 0, "smalltalk": 0, "none": len(texts)},
        by_chat_type={"private": len(texts) + 1},
        answer_rate=1 / (len(texts) + 1),
        top_entries=tuple(EntryCount(entry_id=e, count=1) for e in entry_ids),
        unanswered=tuple(UnansweredQuestion(text=t, count=1, last_seen=NOW) for t in texts),
        unanswered_distinct=len(texts),
    )


@settings(max_examples=40, deadline=None)
@given(
    texts=st.lists(st.text(min_size=1, max_size=500), max_size=60),
    entry_ids=st.lists(st.text(alphabet="<>&\"'ab_😀", min_size=1, max_size=40), max_size=30),
)
def test_html_always_fits_and_is_escaped(texts: list[str], entry_ids: list[str]) -> None:
    html_text = render_stats_html(_stats_with(texts, entry_ids))
    assert tg_len(html_text) <= TELEGRAM_LIMIT
    assert not re.search(r"[<>]", ALLOWED_TAGS.sub("", html_text))


@pytest.mark.parametrize(
    ("n", "word"),
    [
        (0, "дней"),
        (1, "день"),
        (2, "дня"),
        (4, "дня"),
        (5, "дней"),
        (11, "дней"),
        (14, "дней"),
        (21, "день"),
        (22, "дня"),
        (90, "дней"),
        (101, "день"),
        (111, "дней"),
    ],
)
def test_plural(n: int, word: str) -> None:
    assert plural(n, "день", "дня", "дней") == word
