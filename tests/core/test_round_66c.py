"""Round 66c: the asker named by a noun and its words alone, without «я», before a full stop; and
«можно …», asking leave to be told, opening the question after it (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("учитель обществознания. можно коротко суть реформы для урока", "reform_aims"),
        ("учитель обществознания. в чем суть реформы?", "reform_aims"),
        ("Учитель истории. Какие принципы обсуждали?", "proposed_changes"),
        ("Преподаватель права. Кто выступил на круглом столе?", "speaker"),
        ("Студент юрфака. Что говорится о юридическом образовании?", "legal_culture"),
        ("Учитель права. Можно кратко главные итоги круглого стола?", "outcome"),
    ],
)
def test_role_sentence_without_i_is_the_askers(engine, question: str, entry: str) -> None:
    """«Учитель истории.»: a sentence that is only a person's noun and its own words tells who
    asks, as «Я учитель истории.» does; the question after it is read as itself."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "учитель истории. обсуждали ли налоговую реформу?",
        "Преподаватель права. Какой бюджет выделят на реформу?",
        "учитель истории. можно узнать бюджет реформы?",
    ],
)
def test_role_sentence_before_an_unanswered_detail_declines(engine, question: str) -> None:
    """Past the asker's sentence, a detail the text never gives (taxes, a budget) is still declined."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


def test_named_person_sentence_keeps_its_pronoun(engine) -> None:
    """«Генпрокурор Казахстана. Что он сказал?»: «он» points back to the person named, who is asked
    about, not the asker."""
    reply = engine.answer("Генпрокурор Казахстана. Что он сказал?")
    assert (reply.kind, reply.entry_id) == ("answer", "prosecutor_speech"), describe(reply)


def test_office_of_a_place_is_who_is_asked_about(engine) -> None:
    """«Генпрокурор Казахстана.»: an office of a place is the person asked about, not the asker;
    the question keeps him (his speech), not any principles named by anyone."""
    reply = engine.answer("Генпрокурор Казахстана. Какие принципы назвал?")
    assert (reply.kind, reply.entry_id) == ("answer", "prosecutor_speech"), describe(reply)
