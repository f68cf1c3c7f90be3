"""Round 62c: chat questions the bot declined though the document answers them (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "законные интересы населения кто защищать будет",
        "лол а законные интересы населения кто защищать будет",
        "кто будет защищать интересы граждан",
        "кто будет заниматься профилактикой правонарушений",
    ],
)
def test_who_does_what_a_direction_states(engine, question: str) -> None:
    """The direction says the law enforcement bodies' service model protects the population's
    interests and prevents offences: it tells who does that (kind who_does)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кто предложил развивать сервисную модель работы правоохранительных органов?",
        "кто отвечает за реформу полиции",
        "кто проводит реформу полиции",
        "кто будет руководить полицией",
        "кто будет контролировать полицию",
        "кто будет защищать права граждан в суде",
        "кто главный в полиции",
    ],
)
def test_who_does_near_misses_decline(engine, question: str) -> None:
    """Who proposed it, who runs the reform or the police, who controls it, who defends in court,
    who heads it:
    no act the direction states, and the text names no one for it."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Кто из высокопоставленных правоохранителей выступил перед участниками?", "speaker"),
        ("А генпрокурор у нас сейчас кто, как его зовут?", "speaker"),
    ],
)
def test_who_spoke_stays_with_the_speaker(engine, question: str, entry: str) -> None:
    """A who-question about speaking is not one the direction on law enforcement answers, and
    «как зовут» still asks a name, not whom to involve."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "кого надо подтягивать к обсуждению проекта",
        "кого позвать в обсуждение проекта",
        "кого пригласить к обсуждению новой конституции",
        "кого приглашать к обмену мнениями по проекту",
    ],
)
def test_inviting_to_the_discussion_is_involving(engine, question: str) -> None:
    """«позвать», «пригласить», «подтянуть» people into the discussion: whom to involve."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "public_involvement"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "кого позовут в парламент",
        "кого пригласят на обсуждение бюджета",
        "кого пригласят на референдум",
    ],
)
def test_inviting_near_misses_decline(engine, question: str) -> None:
    """Parliament's members, a budget hearing, a referendum: the text tells of none."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
