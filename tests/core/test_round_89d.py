"""Round 89d: literary-Russian declines — the state or the authorities as the nominative doer of a
deed are no subject of their own; the genitive and the governed noun keep it; an adjective before
another adjective and its noun shares that noun (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        # the rows (blind118:78, blind115:76, blind73:52)
        ("Как государство собирается бороться с искажёнными трактовками реформы?", "explanation_purpose"),
        (
            "Я основатель IT-стартапа. Хочу понять: будет ли государство использовать аналитику данных "
            "в юридической сфере?",
            "digital_solutions",
        ),
        (
            "Мои личные сведения будут защищены, если государство начнёт анализировать большие "
            "массивы данных?",
            "personal_data_protection",
        ),
        # paraphrases a stranger might write
        ("Как власти собираются бороться с искажёнными трактовками реформы?", "explanation_purpose"),
        ("Будет ли государство использовать аналитику данных в юридической сфере?", "digital_solutions"),
        ("Государство будет защищать персональные данные?", "personal_data_protection"),
        ("Власти будут защищать персональные данные граждан?", "personal_data_protection"),
    ],
)
def test_state_as_the_doer_is_no_subject(engine, question: str, entry_id: str) -> None:
    """The state or the authorities doing what the documents propose: the deed is asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Государство станет сильнее?",
        "Будет ли государство повышать налоги?",
        "Какое государство обсуждалось?",
        "Государство будет снижать пенсионный возраст?",
        "Как государство будет бороться с коррупцией?",
        "Будет ли государство следить за гражданами?",
    ],
)
def test_state_itself_asked_stays_declined(engine, question: str) -> None:
    """Becoming (a copula with no infinitive), a deed the documents never name, and «какое
    государство» (which one) keep their declines."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Какую модель государства упоминают участники?", "fair_kazakhstan"),
        ("Какие органы государственной власти направили представителей?", "participants"),
    ],
)
def test_state_governed_by_a_noun_keeps_its_reading(engine, question: str, entry_id: str) -> None:
    """A genitive read as a plural subject («модели государства упоминают») or a noun agreeing with an
    adjective («государственной власти направили») is no doer: the noun stays asked (the rows the
    first version of this reading, round 83a, lost)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        # the row (blind103:4)
        "Участвовали ли в обсуждении некоммерческие и общественные структуры?",
        # paraphrases a stranger might write
        "Были ли среди участников некоммерческие и общественные структуры?",
        "Участвовали ли некоммерческие, общественные структуры в дискуссии?",
        "Пригласили ли на круглый стол некоммерческие и общественные структуры?",
    ],
)
def test_adjective_before_another_shares_its_noun(engine, question: str) -> None:
    """«некоммерческие и общественные структуры»: the first adjective shares the noun of the second
    and is read as the curated phrase it makes with it («некоммерческая структура»)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "participants"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Участвовали ли в обсуждении некоммерческие и зарубежные структуры?",
        "Участвовали ли в обсуждении некоммерческие и коммерческие структуры?",
        "Участвовали ли в обсуждении некоммерческие и религиозные структуры?",
    ],
)
def test_shared_noun_with_an_unknown_kind_stays_declined(engine, question: str) -> None:
    """A second kind the documents never name (foreign, commercial, religious bodies) keeps the
    decline: only the first adjective's phrase is read."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Изменят ли государственный язык?", "Изменится ли государственный язык?"],
)
def test_state_adjective_is_no_doer(engine, question: str) -> None:
    """The adjective «государственный» reads as the state, but is no doer: the question stays declined
    (its decline's kind as before, which the second source moves: runall shows no row changed)."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
