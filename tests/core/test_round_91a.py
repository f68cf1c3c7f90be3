"""Round 91a: confident wrong answers between the reform's aims and the changes' aims: why the changes
are made is what the documents say they are aimed at (the Prosecutor General's assessment), not the
aims of the President's initiatives the reform continues (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "для чего вообще эти изменения кратко",
        "Озгеристер не ушин жасалып жатыр?",
        "Зачем нужны изменения?",
        "Для чего нужны поправки?",
        "Ради чего все эти изменения?",
        "Why are the changes needed?",
        "Өзгерістер не үшін керек?",
    ],
)
def test_changes_asked_why_are_what_they_are_aimed_at(engine, question: str) -> None:
    """«Изменения … направлены на усиление гарантий…, повышение эффективности…, укрепление
    правопорядка»: why the changes are made is that list."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Зачем нужна новая Конституция?",
        "Для чего проводится конституционная реформа?",
        "Зачем вообще эта реформа?",
    ],
)
def test_the_reform_asked_why_keeps_its_aims(engine, question: str) -> None:
    """The reform (not the changes) asked why: the aims of the initiatives it continues."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "reform_aims"), describe(reply)


def test_explaining_the_changes_asked_why_keeps_its_purpose(engine) -> None:
    """«Зачем разъяснять изменения?» asks why the explaining is done, not the changes."""
    reply = engine.answer("Зачем разъяснять изменения?")
    assert (reply.kind, reply.entry_id) == ("answer", "explanation_purpose"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Зачем нужны изменения в Налоговом кодексе?",
        "Why the amendments to the tax code?",
        "Зачем нужны поправки в закон о выборах?",
    ],
)
def test_changes_to_another_law_asked_why_decline(engine, question: str) -> None:
    """Changes to a law the documents never name: declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
