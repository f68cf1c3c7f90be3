"""Round 73c: false «the document does not say this»: an English "when" clause opening the question
(a conjunction, not "when?"), and a short closing of the asker's own guess after the question
(real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "I work in compliance at a bank. When they bring in AI and analytics, does the draft "
            "also strengthen data protection?",
            "personal_data_protection",
        ),
        (
            "When they bring in AI and analytics, does the draft also strengthen data protection?",
            "personal_data_protection",
        ),
        ("When AI is introduced, will personal data be protected?", "personal_data_protection"),
        (
            "When artificial intelligence comes into the legal sphere, does the draft protect personal data?",
            "digital_solutions",
        ),
    ],
)
def test_opening_when_clause_is_no_when_question(engine, question: str, entry: str) -> None:
    """ "When X happens, does Y?": the "when" opens a clause of its own before the question asked
    after the comma (analyzer._opening_english_when), as ", when X" after the question does."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


def test_when_asked_keeps_its_kind(engine) -> None:
    """A "when" followed by an asking word or verb asks when: the date entry answers."""
    reply = engine.answer("When was the round table held?")
    assert (reply.kind, reply.entry_id) == ("answer", "event_date"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "When is the referendum, and who will vote?",
        "When the draft is adopted, when will the referendum be held?",
    ],
)
def test_when_of_what_the_text_never_dates_declines(engine, question: str) -> None:
    """A date the text never gives stays declined as before (the second "when" is asked)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) in {("none", "not_in_document"), ("none", "off_topic")}, describe(
        reply
    )


@pytest.mark.parametrize(
    "question",
    ["When they introduce AI, will taxes go up?", "When AI arrives, who will pay for it?"],
)
def test_opening_when_clause_on_an_unknown_detail_declines(engine, question: str) -> None:
    """The clause read as a conjunction asks nothing of its own: taxes, a payer stay unanswered."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Is it true the reform is meant to weaken rights protections? Sounds like it to me.",
            "rights_protection_priority",
        ),
        # (round 85a: the protection of rights strengthened is the text's guarantees of rights,
        # which the initiatives the reform continues are aimed at strengthening)
        ("Is the reform meant to strengthen the protection of rights? I think so.", "reform_aims"),
        ("Правда ли, что реформа ослабит гарантии прав граждан? Мне так кажется.", "overall_assessment"),
        ("Усилят ли гарантии прав граждан? Я так думаю.", "overall_assessment"),
    ],
)
def test_closing_guess_asks_nothing(engine, question: str, entry: str) -> None:
    """A short closing of the asker's own guess (a verb of seeming or thinking, a first-person word,
    fillers: text._asker_guess) names nothing asked: the question before it is answered."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    ("question", "decline"),
    [
        ("Повысят ли налоги? Мне так кажется.", "off_topic"),
        ("Is it true taxes will go up? Sounds like it to me.", "off_topic"),
        ("Что сказал генпрокурор? Мне кажется, про налоги.", "not_in_document"),
    ],
)
def test_closing_guess_keeps_what_is_named(engine, question: str, decline: str) -> None:
    """A question on what the text never tells stays declined; a closing naming a subject of its
    own («про налоги») is no bare guess and is kept."""
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", decline), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        'Where does the notion of a "Just Kazakhstan" come up in the text?',
        "Where in the text does Just Kazakhstan appear?",
        "Где в тексте встречается Справедливый Казахстан?",
    ],
)
def test_where_a_thing_appears_in_the_text(engine, question: str) -> None:
    """Where a thing comes up or appears in the piece read is what the text says of it, as with
    «где упоминается» (sayings._appears_in_piece): the entry on it answers."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "fair_kazakhstan"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Where did the ombudsman appear?",
        "Where does the referendum come up in the text?",
        "Where will the next round table take place?",
    ],
)
def test_appearing_outside_the_text_or_unknown_declines(engine, question: str) -> None:
    """With no piece named, "appear" of a person asks a place the text never gives; a thing the
    text never names stays declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    ["What does the law say about education?", "What does the new law say about education?"],
)
def test_law_on_education_is_no_legal_education(engine, question: str) -> None:
    """ "law … education" is what a law says of education, which the text never tells; only the
    teaching of law («юридическое образование») is a direction (round 72h took the synonym back)."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
