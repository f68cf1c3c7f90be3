"""Round 31e: English vocabulary and readings for the false declines of formal and journalistic
English (tests/data/round31/blind31.jsonl), each class with paraphrases of our own and near misses
that must stay declined. The knowledge base's English is a translation of a Russian source: a formal
English word it never uses is often a frame or a synonym, not a detail the document lacks."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        # frames of a formal request and of a relation are no subject (stopwords)
        (
            "How was the constitutional reform characterised in relation to President Tokayev's initiatives?",
            "reform_tokayev_link",
        ),
        (
            "I would be grateful if you could outline the thematic areas that received particular attention.",
            "key_directions",
        ),
        ("How many areas were singled out for particular attention?", "key_directions"),
        ("Kindly list the areas that received special attention.", "key_directions"),
        ("How was the reform characterised in relation to the rule of law?", "reform_aims"),
        # generic nouns of action: "measures", "steps" (as «меры», "ways")
        ("What measures are foreseen to develop legal culture?", "legal_culture"),
        ("What steps are envisaged to improve legal education?", "legal_culture"),
        ("What measures are proposed to protect personal data?", "personal_data_protection"),
        # "previous" course, "stronger" guarantees, "call for" (words reported)
        ("Was the reform presented as a break with the President's previous policy?", "reform_tokayev_link"),
        ("Is there going to be a stronger guarantee of citizens' rights and freedoms?", "overall_assessment"),
        ("Whose involvement in the exchange of views did the Prosecutor General call for?", "open_dialogue"),
        # an English yes/no question checks the claim it inverts (opposites)
        ("Did the participants focus on theoretical matters?", "practical_focus"),
        ("Did the Prosecutor General describe the amendments as conservative?", "overall_assessment"),
    ],
)
def test_formal_english_is_answered(engine, question: str, entry_id: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "What measures against corruption were proposed?",
        "What steps will be taken to reform the tax system?",
        "How was the pension reform characterised in relation to the budget?",
        "I would be grateful if you could outline the penalties for tax evasion.",
        "Could you elaborate on the new electoral system?",
        "What measures are foreseen for the army?",
        "Whose resignation did the Prosecutor General call for?",
        "Did the Prosecutor General call for the death penalty?",
        "What is the relation between the reform and the economy's growth rate?",
        "What previous constitutions did Kazakhstan have?",
        # a yes/no claim with a word the documents never use keeps its decline
        "Did the participants discuss theoretical physics?",
        "Did Asylov call the tax changes conservative?",
        "Was the tax reform a break with the past?",
        "I would be grateful if you could recommend a good hotel in Almaty.",
        "Could you outline the rules of football?",
        "What measures help to lose weight?",
    ],
)
def test_english_near_misses_stay_declined(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
