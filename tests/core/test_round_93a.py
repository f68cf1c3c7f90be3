"""Round 93a: an English question that points back to the sentence before it ("it" after a verb of
treating a topic: "Does the reform address it?"; "Was it discussed?"), and a closing request or
question of nothing but what the text says ("Could you kindly explain?", "What does the text actually
say?"), asks of what was said before it and is never answered alone; a new word after "the" and a
participle is a noun (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "As a foreign investor I care about the rule of law. Does the reform address it?",
        "I care about taxes. Does the reform address it?",
        "I care about the independence of judges. Did they discuss it?",
        "As a foreign investor I care about land ownership. Was it discussed?",
    ],
)
def test_it_after_a_verb_of_treating_points_back(engine, question: str) -> None:
    """ "Does the reform address it?" alone reached the speaker who "addressed the participants";
    read with the sentence before it, it declines (the asker's "care" is a word the documents lack)."""
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


@pytest.mark.parametrize(
    "question",
    [
        "What is the estimated cost of implementing the constitutional reform?",
        "What is the expected budget of the reform?",
        "What is the planned date of the referendum?",
    ],
)
def test_a_new_noun_after_the_and_a_participle_is_the_subject(engine, question: str) -> None:
    """ "the estimated cost of…": the new word after "the" and a participle, before "of" or "is", is
    a noun the documents never name (no predicate verb), and the question declines."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_a_known_noun_after_a_participle_keeps_its_answer(engine) -> None:
    reply = engine.answer("What are the proposed changes of the Constitution?")
    assert (reply.kind, reply.entry_id) == ("answer", "proposed_changes"), describe(reply)
