"""Round 42c: false «в документе об этом не говорится» on answerable questions, with paraphrases of
our own and near misses that must stay declined (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Для чего нужна сервисная модель работы правоохранительных органов?",
        "С какой целью правоохранительные органы переводят на сервисную модель?",
        "Зачем правоохранительным органам сервисная модель?",
        "Какую пользу населению должна принести новая модель работы правоохранителей?",
    ],
)
def test_the_purpose_of_the_service_model_is_its_emphasis(engine, question: str) -> None:
    """The direction «Приоритет защиты прав граждан» tells what the service model is for: «с
    акцентом на профилактику правонарушений и защиту законных интересов населения» (its entry is of
    kind `reason`, as legal_culture's «как основы устойчивого правопорядка» is)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Для чего правоохранительным органам новые полномочия?",
        "С какой целью увеличат штат правоохранительных органов?",
        "Зачем повышать зарплаты сотрудникам правоохранительных органов?",
        "Кто предложил сервисную модель работы правоохранительных органов?",
    ],
)
def test_purpose_near_misses_of_the_service_model_stay_declined(engine, question: str) -> None:
    """Near misses: powers, staff and pay of the bodies are never named, and who proposed the
    model is not told (the entry is of kind `reason`, not `whom`, which would let a who-said
    question through)."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
