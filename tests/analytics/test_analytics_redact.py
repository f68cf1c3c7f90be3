"""Unanswered questions are stored only after what identifies a person became a placeholder."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.analytics import AnalyticsStore
from bot.analytics.redact import redact
from bot.qa.models import Reply


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Меня зовут Зульфия Иванова", "Меня зовут [имя] [имя]"),
        ("Сергей Петрович, ответьте", "[имя] [имя], ответьте"),
        ("звоните +7 701 123 45 67 или 8(727)123-45-67", "звоните [телефон] или [телефон]"),
        ("почта zulfiya.i@mail.kz", "почта [email]"),
        ("мой ИИН 900101300123", "мой ИИН [ИИН]"),
        ("карта 4111 1111 1111 1111", "карта [карта]"),
        ("пишите @zulfiya_secret", "пишите [ник]"),
    ],
)
def test_what_identifies_a_person_becomes_a_placeholder(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Сколько стоит проезд в трамвае квинтиллионного маршрута?",
        "Что изменится в Астане после реформы 2026 года?",
        "Сколько депутатов в Мажилисе, 98 или 107?",
        "номер закона 1234 5678",  # not a card: fails the Luhn check
    ],
)
def test_everything_else_is_kept(text: str) -> None:
    assert redact(text) == text


def test_the_store_keeps_only_the_redacted_text(tmp_path: Path) -> None:
    path = tmp_path / "analytics.sqlite3"
    with AnalyticsStore(path, secret="test-secret-0123456789") as store:
        store.record_reply("private", Reply(kind="none", query="Зульфия, позвоните +77011234567", score=0.0))
        stats = store.stats()
    assert [q.text for q in stats.unanswered] == ["[имя], позвоните [телефон]"]
    content = b"".join(p.read_bytes() for p in tmp_path.glob("analytics.sqlite3*"))
    assert "Зульфия".encode() not in content
    assert b"7011234567" not in content
