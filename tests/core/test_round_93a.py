"""Round 93a: an English message whose question points back to the sentence before it: the asker's
concern ("I care about X. Does the reform address it?") read with X in the pointer's place, "it"
after a verb of treating a topic, and a closing request or question of nothing but what the text
says ("Could you kindly explain?", "What does the text actually say?"), which asks of what was said
before it and never alone (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("As a foreign investor I care about the rule of law. Does the reform address it?", "reform_aims"),
        ("I care about equality before the law. Did they discuss it?", "equality_before_law"),
        ("I'm worried about privacy. Was it discussed?", "personal_data_protection"),
        ("We are concerned about personal data. Does the draft address it?", "personal_data_protection"),
        (
            "As a retired judge I worry about the same law being applied differently from one region to "
            "another. Did the round table address this?",
            "equality_before_law",
        ),
    ],
)
def test_the_askers_concern_is_what_the_pointer_stands_for(engine, question: str, entry_id: str) -> None:
    """The concern named before the question is what its closing "it" / "this" asks of."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "I care about taxes. Does the reform address it?",
        "I care about the independence of judges. Did they discuss it?",
        "As a foreign investor I care about land ownership. Was it discussed?",
    ],
)
def test_a_concern_the_text_never_names_declines(engine, question: str) -> None:
    """A concern the documents never speak of is no topic of theirs, whatever the question after it."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        (
            "Good afternoon. I run a trading company in Almaty and would like to understand whether the "
            "draft Constitution strengthens the rule of law. Could you kindly explain?"
        ),
        (
            "Frankly, isn't rolling out AI in law enforcement at odds with privacy? "
            "What does the text actually say?"
        ),
        "Isn't the new model of law enforcement too soft on crime? What does the text actually say?",
    ],
)
def test_a_closing_request_alone_is_not_the_question(engine, question: str) -> None:
    """ "Could you kindly explain?", "What does the text actually say?" after the asker's own sentence
    ask of that sentence: never answered alone (the outreach's explanation, the document's overview)."""
    reply = engine.answer(question)
    assert reply.entry_id not in {"explanation_purpose", "about_document"}, describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (
            "Investors care a lot about data protection. Does the draft address personal data?",
            "personal_data_protection",
        ),
        ("Could you kindly explain the Law and Order principle?", "law_and_order_meaning"),
        ("What does the text say?", "about_document"),
        ("Does the reform address the rule of law?", "reform_aims"),
    ],
)
def test_questions_of_their_own_keep_their_answers(engine, question: str, entry_id: str) -> None:
    """A question naming its own subject, or asking of the text as a whole, is read as it was."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)
