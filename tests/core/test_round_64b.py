"""Round 64b (the lead): those drawn into the discussion, in the past, are those who took part
(real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Кого ещё, кроме госорганов, привлекли к дискуссии?",
        "Кого привлекли к дискуссии?",
        "Кого вовлекли в обсуждение?",
    ],
)
def test_drawn_in_are_the_participants(engine, question: str) -> None:
    """«Кого привлекли к дискуссии?»: who was drawn in (a finite past of «привлечь», «вовлечь») took
    part, as who was invited did (people.invited_as_taking_part); not the call to involve the
    public, which is about involving them from now on."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "participants"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кого нужно привлекать к обсуждению?",
        "Кого генпрокурор призвал вовлечь в обмен мнениями по проекту?",
        "Кого предлагают вовлекать в обсуждение проекта Конституции?",
        "Кто должен быть вовлечён в обсуждение?",
    ],
)
def test_the_call_to_involve_keeps_its_entry(engine, question: str) -> None:
    """Whom to involve (an infinitive, or a participle after «должен быть»: a call) is still the
    Prosecutor General's call."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "public_involvement"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кого привлекли к разработке проекта Конституции?",
        "Кого привлекли к ответственности?",
    ],
)
def test_drawn_into_what_the_text_omits_declines(engine, question: str) -> None:
    """Drawn into drafting the Constitution, or held liable: the text tells neither."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


def test_who_invited_still_asks_the_host(engine) -> None:
    """«Кто приглашал экспертов?» asks the one inviting, the organiser the text never names
    (people.event_holder, whose verbs are named apart from those of the invitees since this round:
    the two sets had shared one name, so the invitees' set was never used)."""
    reply = engine.answer("Кто приглашал экспертов?")
    assert reply.kind != "answer", describe(reply)
