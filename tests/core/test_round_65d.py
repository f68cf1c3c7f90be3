"""Round 65d: chat, Kazakh and English questions declined or asked back (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "According to the Prosecutor General, who should be brought into the discussion of the draft?",
        "Who should be brought into the discussion of the draft?",
        "Should ordinary citizens be brought into the debate on the draft?",
        "Who should be drawn into the exchange of views on the draft?",
        "гп кого призвал подключать к обсуждению",
        "Кого нужно подключать к обсуждению проекта?",
    ],
)
def test_bringing_into_the_discussion_is_involving(engine, question: str) -> None:
    """ "bring into", "draw into" a discussion is "involve in" it, and «подключать» (to plug in, the
    imperfective) is «подключить»: whom the Prosecutor General called to involve."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "public_involvement"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Were scholars drawn into the debate?", "participant_science"),
        ("Who was brought into the discussion?", "participants"),
    ],
)
def test_having_been_brought_in_is_having_taken_part(engine, question: str, entry: str) -> None:
    """A past passive of bringing in is having taken part, as "was involved" is."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "When will the new Constitution be brought into force?",
        "Who should be brought into the government?",
        "Which foreign experts were drawn into the drafting?",
        "How much money was brought into the budget?",
        "Кого подключать к голосованию на референдуме?",
        "Сколько человек подключили к обсуждению?",
    ],
)
def test_bringing_into_what_the_text_omits_declines(engine, question: str) -> None:
    """Bringing a law into force, people into a government or money into a budget: not the call."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Is artificial intelligence mentioned in the draft's digital agenda?", "digital_solutions"),
        ("What does the digital part of the draft include?", "digital_solutions"),
        ("What does the digital component say about personal data?", "personal_data_protection"),
    ],
)
def test_the_digital_part_in_english(engine, question: str, entry: str) -> None:
    """ "the digital part", "component", "agenda" of the draft: its digital direction, as «цифровая
    часть», «цифровой блок» are."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Is the digital agenda of the government about the digital tenge?",
        "Does the draft's digital agenda mention cryptocurrency?",
        "Does the digital part of the draft regulate cryptocurrency?",
    ],
)
def test_the_digital_part_on_what_the_text_omits_declines(engine, question: str) -> None:
    """A digital tenge, cryptocurrency: the digital direction never names them."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "What are the amendments aimed at, in the Prosecutor General's view?",
        "In the Prosecutor General's view, what are the amendments aimed at?",
        "In Asylov's opinion, what do the proposed changes aim at?",
        "In his view, what are the amendments aimed at?",
    ],
)
def test_in_whose_view_reports_words(engine, question: str) -> None:
    """ "in X's view", "in X's opinion" frame whose words are reported, as "according to X": the
    noun "view" is no subject (the Prosecutor General's view of open dialogue)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "In the Prosecutor General's view, will taxes rise?",
        "In the organisers' view, how much did the event cost?",
        "In the Prosecutor General's opinion, who will be the next president?",
    ],
)
def test_in_whose_view_of_what_the_text_omits_declines(engine, question: str) -> None:
    """The frame reports words; what is asked the text still does not tell."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
