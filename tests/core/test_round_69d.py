"""Round 69d: colloquial and English questions the engine declined or asked back about (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "права и свободы граждан укрепят или как",
        "права и свободы граждан усилят или нет",
        "гарантии прав граждан укрепят или чё",
        "Will the reform strengthen guarantees of citizens' rights and freedoms?",
        "Does the reform strengthen guarantees of rights and freedoms?",
        "Will the changes strengthen citizens' rights and freedoms?",
    ],
)
def test_a_checked_claim_closed_by_a_yes_no_tail(engine, question: str) -> None:
    """«…укрепят или как?», «…или нет?», and an English question opened by its auxiliary check the
    statement before the tail: two entries that both hold every word of it confirm it alike, so the
    first answers instead of asking which was meant."""
    reply = engine.answer(question)
    assert reply.kind == "answer", describe(reply)
    assert reply.entry_id in {"overall_assessment", "reform_aims"}, describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "права собственности укрепят или как",
        "смертную казнь вернут или как",
        "суд присяжных расширят или нет",
        "Will the reform raise pensions?",
        "Will the reform abolish the Senate?",
        "Will the reform strengthen property rights?",
    ],
)
def test_checked_claims_the_text_does_not_make_decline(engine, question: str) -> None:
    """Property rights, the death penalty, juries, pensions, the Senate: the text says nothing."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "правоохранители чем займутся по новому",
        "чем будут заниматься правоохранительные органы после реформы",
        "чем займется полиция по новой конституции",
    ],
)
def test_what_a_body_will_be_occupied_with(engine, question: str) -> None:
    """«Чем займутся X?»: what X is to be occupied with is what its work is to be; the verb frames
    the question (as «Как изменится работа…» does)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "чем займутся правоохранители в выходные",
        "чем будут заниматься депутаты мажилиса",
        "чем займутся учителя после реформы",
        "чем займутся судьи по новому",
    ],
)
def test_occupations_the_text_does_not_tell_decline(engine, question: str) -> None:
    """Weekends, deputies, teachers, judges: the text tells none of their work."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "реформа для чего вообще",
        "реформа для чего нужна",
        "новая конституция для чего вообще нужна",
    ],
)
def test_a_things_purpose_asked_by_for_what_at_all(engine, question: str) -> None:
    """«X для чего вообще?», «X для чего нужна?»: the reform's purpose (why it is at all), which the
    entry on its aims tells; not what it became a thing for («Площадкой для чего стал…»)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "reform_aims"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("долгосрочные ориентиры для чего", "long_term_guidelines"),
        ("площадкой для чего стал круглый стол", "outcome"),
    ],
)
def test_what_a_thing_is_for_keeps_its_reading(engine, question: str, entry: str) -> None:
    """A bare «X для чего» asks what X is for (of what development), not why X is."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "налоговая реформа для чего вообще",
        "пенсионная реформа для чего нужна",
        "референдум для чего вообще",
    ],
)
def test_purposes_of_other_things_decline(engine, question: str) -> None:
    """A tax or pension reform, a referendum: not the document's."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("профилактика правонарушений была в теме?", "rights_protection_priority"),
        ("цифровые решения были в теме?", "digital_solutions"),
        ("правосознание было в теме?", "legal_consciousness"),
    ],
)
def test_a_thing_in_the_topic(engine, question: str, entry: str) -> None:
    """«X был в теме?», spoken for «среди тем»: whether X was among the subjects discussed."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["налоги были в теме?", "пенсии были в теме?", "экология была в теме?", "кто в теме?"],
)
def test_things_not_in_the_topics_decline(engine, question: str) -> None:
    """Taxes, pensions, ecology were not discussed; «кто в теме» (who knows) asks of no topic."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
