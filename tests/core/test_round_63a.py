"""Round 63a: chat questions (a fronted topic, «оценил или критиковал», «норм или риски»)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("ГП кто такой и че сказал", "speaker"),
        ("генпрокурор кто такой и что он говорил", "speaker"),
        ("Асылов кто он и о чем говорил", "prosecutor_speech"),
        ("круглый стол когда был и кто выступал", "event_date"),
    ],
)
def test_topic_fronted_before_question_words(engine, question: str, entry: str) -> None:
    """«ГП кто такой и че сказал»: what is asked about comes first, the question words after; the
    topic belongs to each clause, so each is asked of it."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "прокурор где учился и кто его жена",
        "ГП где учился и когда родился",
        "омбудсмен кто такой и что сказал про налоги",
    ],
)
def test_fronted_topic_with_clauses_the_text_omits_declines(engine, question: str) -> None:
    """His schooling, birth, his wife; the Ombudsman's words: the text says none of it."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "генпрок норм оценил изменения или критиковал",
        "генпрок оценил изменения или критиковал",
        "как ГП оценил реформу, одобрил или критиковал",
        "Асылов оценил поправки или критиковал их?",
    ],
)
def test_judged_or_objected_asks_the_judgement(engine, question: str) -> None:
    """«оценил или критиковал»: which of the two asks how he judged the changes; the text's
    «прогрессивный характер» tells it."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "кто критиковал изменения",
        "омбудсмен оценил изменения или критиковал",
        "парламент оценил реформу или критиковал",
        "генпрокурор критиковал налоги или оценил пенсии",
    ],
)
def test_objection_or_judgement_the_text_omits_declines(engine, question: str) -> None:
    """Who objected, and how the Ombudsman or Parliament judged the reform: the text does not say."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("ии + перс данные = норм или риски?", "personal_data_protection"),
        ("ии и перс данные норм или опасно", "personal_data_protection"),
        ("искусственный интеллект в праве норм или риски", "digital_solutions"),
        ("реформа норм или риски?", "overall_assessment"),
    ],
)
def test_fine_or_risky_is_a_judging(engine, question: str, entry: str) -> None:
    """«норм или риски», «норм или опасно»: the other side of «норм» named as danger is the same
    yes/no judging as «норм или нет»; the risks are no subject of their own."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "какие риски ИИ для персональных данных",
        "ии и налоги норм или риски?",
        "криптовалюта норм или риски",
        "ии норм или риски для работы юристов",
    ],
)
def test_risks_asked_or_things_the_text_omits_decline(engine, question: str) -> None:
    """Which risks (the text names none), taxes, crypto, lawyers' jobs: not in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
