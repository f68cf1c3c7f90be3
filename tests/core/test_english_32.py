"""Round 32e: English frames and vocabulary for the false declines of formal, academic and
journalistic English (tests/data/round32/blind34.jsonl), each class with paraphrases of our own and
near misses that must stay declined: "the rationale behind", "to what extent", "in what respect",
"in what connection", "according to the release", a journalist's "headline takeaway for readers"."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        # the blind rows
        (
            "What is the rationale behind enshrining the 'Law and Order' principle in the Preamble?",
            "law_and_order_preamble",
        ),
        (
            "To what extent is the 'Law and Order' principle expected to shape society's"
            " legal consciousness?",
            "legal_consciousness",
        ),
        (
            "What is currently happening with the draft Constitution, according to the release?",
            "current_stage",
        ),
        ("In what respect is equality before the law to be strengthened?", "equality_before_law"),
        ("In what connection is the notion of a 'Just Kazakhstan' mentioned?", "fair_kazakhstan"),
        (
            "I'm writing a piece for a German newspaper — what is the headline takeaway of this event"
            " for readers?",
            "outcome",
        ),
        # "the rationale / reasoning behind X" asks why (kind `reason`)
        (
            "What was the reasoning behind enshrining the 'Law and Order' principle in the Preamble?",
            "law_and_order_preamble",
        ),
        (
            "What is the rationale for enshrining Law and Order in the Preamble of the Basic Law?",
            "law_and_order_preamble",
        ),
        # "to what extent", "the notion of", "in what respect / connection" frame the question
        (
            "To what extent do the proposed changes set long-term guidelines for the state's development?",
            "long_term_guidelines",
        ),
        ("In what respect is the legal culture to be developed?", "legal_culture"),
        ("In what connection is zero tolerance for offences mentioned?", "law_and_order_meaning"),
        # "according to the release" names where the answer is read, not whose words are asked
        ("According to the release, what stage is the draft Constitution at?", "current_stage"),
        ("According to the press release, who took part in the round table?", "participants"),
        # a journalist's words for the outcome, and the readers it is for
        ("What was the upshot of the discussion?", "outcome"),
        ("For our readers, what was the outcome of the round table?", "outcome"),
    ],
)
def test_academic_english_is_answered(engine, question: str, entry_id: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "What is the rationale behind abolishing the Senate?",
        "What is the rationale behind the new tax code?",
        "What is the rationale behind the tax increase?",
        "To what extent will pensions be raised under the new Constitution?",
        "To what extent will the President's powers be limited?",
        "In what respect will the judiciary be reformed?",
        "In what respect will taxes change?",
        "In what connection was the death penalty mentioned?",
        "What is currently happening with the pension reform, according to the release?",
        "According to the release, when will the referendum take place?",
        "According to the release, what did Tokayev say about pensions?",
        "According to the press release, what is the salary of judges?",
        "What is the headline takeaway of the new tax code?",
        "What is the key takeaway of the Astana International Forum?",
        "For our readers, what salary does the Prosecutor General earn?",
        "For our readers, what will happen to pensions?",
        "What is the headline figure of the new budget?",
        "What was the headline of the press release?",
        "What is the bottom line of the budget debate in Parliament?",
    ],
)
def test_academic_english_near_misses_stay_declined(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
