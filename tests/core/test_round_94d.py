"""Round 94d: recurring classes across many sets — the role of the science and expert community in
the reform read as their contribution (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Какая роль у научного сообщества в конституционной реформе?",
        "Какая роль в конституционной реформе отводится учёным и экспертам?",
        "Какую роль в реформе участники отводят научному сообществу?",
        "Какую роль в новой Конституции отводят экспертам?",
    ],
)
def test_role_of_science_in_the_reform_is_its_contribution(engine, question: str) -> None:
    """The role of the science and expert community in the reform is the contribution the text says
    they are ready to make («вклад» read in place of «в реформе»): the outcome, or the science
    community's entry, both quoting that sentence."""
    reply = engine.answer(question)
    assert reply.kind == "answer", describe(reply)
    assert reply.entry_id in {"outcome", "participant_science"}, describe(reply)
    assert any("внести вклад" in quote.text for quote in reply.quotes), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какую роль учёные сыграют в реформе полиции?",
        "Какую роль эксперты играют в реформе налогов?",
        "Какая роль у экспертов в Конституционном суде?",
        "Какую роль в реформе играет прокуратура?",
    ],
)
def test_role_in_another_reform_or_of_another_body_declines(engine, question: str) -> None:
    """A reform of something else («реформа полиции») is no frame; a body's role the text never
    tells declines."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_role_of_civil_society_keeps_its_answer(engine) -> None:
    """Only the communities whose contribution the text tells: civil society's role stays its
    involvement in the exchange of views."""
    reply = engine.answer("Какую роль в реформе отводят гражданскому обществу?")
    assert (reply.kind, reply.entry_id) == ("answer", "public_involvement"), describe(reply)
