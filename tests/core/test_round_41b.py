"""Round 41b: classes read from blind46's misses, with paraphrases of our own and near misses that
must stay declined (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Какой закон будет регулировать защиту персональных данных?",
        "Which law will govern personal data protection?",
        "Каким законом закрепят применение искусственного интеллекта?",
        "Which key laws will change?",
        "А какие новые законы будут регулировать ИИ?",
    ],
)
def test_a_law_asked_by_which_is_a_particular_act(engine, question: str) -> None:
    """«Какой закон будет регулировать X»: a law's noun right after an asking word is a particular
    act (as «закон о X» is), which an entry about X alone, naming no law, does not answer."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Что говорили о защите персональных данных?", "personal_data_protection"),
        ("Какой закон и порядок имели в виду?", "law_and_order_meaning"),
        ("Какие законы будут применяться единообразно?", "equality_before_law"),
    ],
)
def test_law_neighbours_still_answered(engine, question: str, entry: str) -> None:
    """Neighbours: the topic without a law, the principle «Закон и порядок» after an asking word,
    and laws applied uniformly (no particular act asked) stay answered."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Какой была цель реформы, если судить по релизу?", "reform_aims"),
        ("Какую роль играет Преамбула, если судить по тексту?", "law_and_order_preamble"),
    ],
)
def test_what_the_asker_judges_by_in_a_condition(engine, question: str, entry: str) -> None:
    """«если судить по релизу» is what the asker judges by, as «судя по релизу», not what is
    asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какова цель следующего круглого стола?",
        "Какова цель круглого стола по налогам?",
    ],
)
def test_purpose_of_another_round_table_stays_declined(engine, question: str) -> None:
    """Near misses: a next round table and one on taxes are never described (the round table's own
    purpose is left: the text states none, and a paraphrase of it draws «Какова цель Асылова?")."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("What's the point of strengthening legal awareness?", "legal_consciousness"),
        ("What is the point of the explanatory work?", "explanation_purpose"),
        ("What is the key point of the Prosecutor General's speech?", "prosecutor_speech"),
    ],
)
def test_the_point_of_a_thing_is_what_it_is_for(engine, question: str, entry: str) -> None:
    """ "What's the point of X" asks what X is for, as "the purpose of X"; "the key point of the
    speech" (read as "the main point") is its gist, still the speech."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "What's the point of the new tax code?",
        "From the point of view of society, what changes?",
    ],
)
def test_the_point_of_what_is_never_named_stays_declined(engine, question: str) -> None:
    """Near misses: a tax code is never named; "the point of view" is no purpose."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
