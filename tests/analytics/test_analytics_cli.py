"""The reports from the command line, on both backends: `python -m bot stats` and `kb suggest` read
what the bot recorded; a database that cannot be reached is one clear line (its password hidden)."""

from __future__ import annotations

import pytest

from bot.analytics import AnalyticsStore
from bot.analytics.location import Location
from tests.analytics.backends import SECRET, reply
from tests.curator._support import assert_one_clean_line, run_bot

pytestmark = pytest.mark.slow  # real `python -m bot` subprocesses

UNANSWERED = ["Где проходил круглый стол?", "где проходил круглый стол", "Сколько стоит проезд?"]


def _recorded(location: Location) -> None:
    with AnalyticsStore(location, secret=SECRET) as store:
        for question in UNANSWERED:
            store.record_reply("private", reply("none", query=question, entry_id=None))
        store.record_reply("group", reply("answer"))
        store.record_feedback(5, "c:1", "who_adopted", 1)


def test_stats_and_suggest_read_the_database(location: Location) -> None:
    _recorded(location)
    env = {"ANALYTICS_DB": str(location), "FEEDBACK_SECRET": SECRET}

    stats = run_bot("stats", env=env)
    suggested = run_bot("kb", "suggest", "--db", location, env=env)

    assert stats.returncode == 0, stats.stderr
    assert "Всего вопросов: 4" in stats.stdout
    assert "Оценки ответов: 👍 1, 👎 0" in stats.stdout
    assert suggested.returncode == 0, suggested.stderr
    assert "Вопросы без ответа: 3 вопроса в 2 группах" in suggested.stdout
    assert "«где проходил круглый стол» ×1" in suggested.stdout


def test_an_unreachable_postgresql_is_one_line_without_its_password() -> None:
    url = "postgresql://faqbot:s3cr3t-pass@127.0.0.1:1/analytics"  # nothing listens on port 1
    env = {"ANALYTICS_DB": url, "FEEDBACK_SECRET": SECRET}
    for done in (run_bot("stats", env=env), run_bot("kb", "suggest", env=env)):
        line = assert_one_clean_line(done, 1)
        assert "postgresql://faqbot:***@127.0.0.1:1/analytics" in line
        assert "s3cr3t" not in done.stdout + done.stderr
