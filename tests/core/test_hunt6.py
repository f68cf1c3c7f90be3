"""Hunt 6: near misses that the looser readings of rounds 38 and 39 (and words read by their
family) had answered, each class beside the answerable neighbours that must keep their entry."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Кто сидел в президиуме?",
        "Кто входил в президиум?",
        "Кто сидел в президиуме круглого стола?",
    ],
)
def test_a_thing_noun_is_not_the_person_of_its_family(engine, question: str) -> None:
    """«Президиум» (a body at a meeting) shares its first letters with «президент» but names a
    thing the documents never mention: not a question about the President's initiatives."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Кто из руководства прокуратуры выступал перед участниками?", "speaker"),
        ("С чьими инициативами связана реформа?", "reform_tokayev_link"),
    ],
)
def test_the_abstract_noun_of_a_person_keeps_its_family(engine, question: str, entry_id: str) -> None:
    """The «-ство» noun of a person («руководство», the heads as a body) is that person's family:
    the head of the prosecutor's office who spoke is answered."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Как омбудсмен относится к проекту?",
        "Как депутаты относились к проекту?",
        "Как Администрация Президента относится к проекту?",
    ],
)
def test_someones_attitude_is_what_they_said(engine, question: str) -> None:
    """«Как X относится к Y?», the verb in a person, asks the attitude X holds, their words on Y:
    the entry naming X among the participants does not tell it."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Говорили ли о том, как относиться к нарушителям?", "law_and_order_meaning"),
        ("Как Асылов относится к правонарушениям?", "prosecutor_speech"),
    ],
)
def test_an_attitude_the_documents_tell_keeps_its_answer(engine, question: str, entry_id: str) -> None:
    """How one should treat offenders (the infinitive: the text's zero tolerance), and the attitude
    of the one whose words the documents report, are answered."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "При каком условии анализ больших данных будет запрещён?",
        "При каком условии анализ больших данных будет разрешён?",
    ],
)
def test_the_condition_of_an_act_the_documents_never_name(engine, question: str) -> None:
    """The condition asked is of the act named after «при каком условии»: the one the text states
    («при одновременном усилении гарантий») is of introducing the technology, not of banning it."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("При каком условии будут внедрять искусственный интеллект?", "digital_solutions"),
        ("Какую роль отводят искусственному интеллекту и при каком условии?", "digital_solutions"),
        ("Under what conditions will artificial intelligence be introduced?", "digital_solutions"),
    ],
)
def test_the_condition_of_a_named_act_keeps_its_answer(engine, question: str, entry_id: str) -> None:
    """The condition of introducing AI is the text's own; a verb before the frame is of another
    clause («какую роль отводят»)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)
