"""Round 61c (the lead): Kazakh «қай күні / қай жылы» with a present-future verb (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Конституция қай күні қабылданады?",
        "Kонституция кай куни кабылданады?",
        "Конституция жобасы қай күні талқыланады?",
        "Референдум қай жылы өтеді?",
    ],
)
def test_which_day_of_something_to_come_declines(engine, question: str) -> None:
    """«қай күні» (on which day) asks «when» as «қашан» does: with the present-future closing the
    question it is the date of something yet to come, which the press release does not give; the
    release's own date is no answer to it."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Дөңгелек үстел қай күні өтті?",
        "Кездесу қай күні болды?",
        "Талқылау қай күні болды?",
    ],
)
def test_which_day_of_the_event_is_its_date(engine, question: str) -> None:
    """The past tense asks the date of the round table the release reports."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "event_date"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Каковы цели изменений, о которых говорил министр юстиции?",
        "Назовите цели изменений, о которых говорил министр юстиции.",
        "Какие направления, о которых говорил аким, обсуждались?",
    ],
)
def test_a_speaker_the_documents_never_name_is_asked_of(engine, question: str) -> None:
    """«…изменений, о которых говорил министр юстиции»: the relative clause points back to the
    changes, but the speaker after its verb is one the documents never name, so the question asks
    of that speaker's words, which no entry holds (it had got the Prosecutor General's assessment)."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Какое место в Основном законе займёт принцип, о котором говорил Асылов, и что это за принцип?",
            "law_and_order_preamble",
        ),
        ("Каковы цели изменений, о которых говорил генпрокурор?", "overall_assessment"),
    ],
)
def test_a_speaker_the_documents_name_points_back(engine, question: str, entry: str) -> None:
    """A speaker the documents name stays part of the pointing back: the thing talked of is asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)
