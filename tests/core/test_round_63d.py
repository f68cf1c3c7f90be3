"""Round 63d: English questions declined although the document answers them (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Did officials mention big data analytics?", "digital_solutions"),
        ("Journalist here: did officials say anything about crime prevention?", "rights_protection_priority"),
        ("Did officials talk about legal education?", "legal_culture"),
        ("What did officials say about legal education?", "legal_culture"),
        ("Упоминали ли чиновники анализ больших данных?", "digital_solutions"),
        ("Говорили ли чиновники о профилактике правонарушений?", "rights_protection_priority"),
    ],
)
def test_officials_talking_of_a_thing(engine, question: str, entry: str) -> None:
    """Officials talking of a thing are the event's voice: what they said of it is what the
    document says of it, not whether an entry names officials."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Did officials mention tax reform?",
        "Did officials discuss the death penalty?",
        "Did officials from the Ministry of Finance mention big data?",
        "Говорили ли чиновники о налогах?",
        "Which officials mentioned big data analytics?",
        "Какие чиновники говорили о профилактике правонарушений?",
        "Говорили ли о льготах для чиновников?",
        "Did they mention bonuses for officials?",
    ],
)
def test_officials_on_what_the_text_omits_decline(engine, question: str) -> None:
    """A topic the text never names, a body it never names, which officials, or a thing for
    officials (after a preposition they are no speakers): still declined."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Besides rights, what did the Prosecutor General say the changes would improve?",
        "Besides rights guarantees, what else are the amendments meant to improve?",
        "What are the amendments meant to improve?",
        "What should the reform improve, apart from citizens' rights?",
    ],
)
def test_what_the_changes_will_improve(engine, question: str) -> None:
    """What the changes are to improve is what they aim at: the overall assessment says it."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Will the reform improve healthcare?",
        "What will the changes improve in the tax system?",
        "Besides rights, what did the Prosecutor General say about pensions?",
    ],
)
def test_improvements_the_text_omits_decline(engine, question: str) -> None:
    """Improvements of things the text never names: still declined."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        (
            "Мен Қызылордадан келген фермермін. "
            "Бұл өзгерістер қысқа мерзімге ме, әлде ұзақ мерзімге арналған ба?"
        ),
        "Бұл реформа уақытша ма, әлде ұзақ мерзімге арналған ба?",
        "Жаңа Конституция қысқа мерзімге ме, әлде ұзақ мерзімге жасалған ба?",
        "Өзгерістер ұзақ мерзімге арналған ба, әлде қысқа мерзімге ме?",
    ],
)
def test_kazakh_either_or_runs_to_the_last_particle(engine, question: str) -> None:
    """«…ме, әлде … арналған ба?»: the predicate of a two-sided Kazakh question runs through its
    last side, whichever side ends on a verb."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "long_term_guidelines"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Бұл өзгерістер бір жылға ма, әлде екі жылға арналған ба?",
        "Парламент бір палаталы бола ма, әлде екі палаталы бола ма?",
        "Реформа салық үшін бе, әлде зейнетақы үшін арналған ба?",
        "Сенат сақтала ма, әлде таратылған ба?",
    ],
)
def test_kazakh_either_or_the_text_omits_declines(engine, question: str) -> None:
    """Two sides the text never names: still declined."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
