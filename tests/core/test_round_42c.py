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


@pytest.mark.parametrize(
    "question",
    [
        "цифра в праве что обсуждали",
        "цифра в правовой сфере что планируют",
        "Что говорили про цифру в праве?",
    ],
)
def test_digital_in_law_said_as_the_figure(engine, question: str) -> None:
    """«цифра в праве» is the colloquial «цифровые решения в правовой сфере» (the phrase only:
    «цифра» alone is a figure, a number)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "digital_solutions"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие цифры привели о правах граждан?",
        "цифра в праве на пенсию какая",
        "цифровой рубль в праве",
    ],
)
def test_figures_and_other_digital_things_stay_declined(engine, question: str) -> None:
    """Near misses: figures about rights, a figure of the right to a pension, a digital currency."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("справедливый казахстан где упоминаеться", "fair_kazakhstan"),
        ("где упоминаеться правовая культура", "legal_culture"),
    ],
)
def test_where_mentioned_misspelt_with_the_soft_sign(engine, question: str, entry: str) -> None:
    """«где упоминаеться X»: the third person's «-тся» written as the infinitive's «-ться» is still
    the verb of mentioning: where X is named is what the text says of it."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "где упоминаеться налоговая реформа",
        "где упоминаеться пенсионный возраст",
    ],
)
def test_where_misspelt_mention_of_what_is_never_named_stays_declined(engine, question: str) -> None:
    """Near misses: a tax reform and the pension age are never named."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
