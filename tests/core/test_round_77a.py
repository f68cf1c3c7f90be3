"""Round 77a: what the changes give ordinary citizens (the entry on strengthening the guarantees of
their rights), how a thing works in practice (a course the documents never describe), a right to
one particular thing (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Я одна воспитываю ребёнка и сейчас оформляю пособие. Объясните простыми словами, что "
        "реформа даёт обычным людям в части их прав?",
        "Я держу небольшое кафе в Атырау. Скажите по-простому: что эти изменения дают обычным гражданам?",
        "обьясните по простому что изменится для обычных людей",
        "Что изменится для простых граждан?",
        "Что новая Конституция даст простым людям?",
        "Что поправки дадут рядовым гражданам?",
    ],
)
def test_what_the_changes_give_citizens(engine, question: str) -> None:
    """What the changes give ordinary people (read as citizens) is what they are aimed at for them:
    the further strengthening of the guarantees of citizens' rights and freedoms."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "что реформа даёт бизнесу",
        "Что реформа даёт пенсионерам?",
        "Что изменения дают студентам?",
        "Что изменится для предпринимателей?",
    ],
)
def test_what_the_changes_give_a_group_never_named_is_declined(engine, question: str) -> None:
    """A group the documents never name is a subject they lack, however close the construction."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Как будет работать сервисная модель правоохранительных органов на практике?",
        "Как именно будет устроена сервисная модель работы правоохранительных органов на практике?",
        "Каким способом на практике будет обеспечено единообразное применение законодательства?",
        "Как на деле будут защищать законные интересы населения?",
        "How will the service model of law enforcement work in practice?",
    ],
)
def test_how_in_practice_is_not_told(engine, question: str) -> None:
    """How a thing is done in practice is the course of doing it, which the documents never
    describe: they name the direction only."""
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Что означает на практике приоритет защиты прав граждан?", "rights_protection_priority"),
        ("На чём сосредоточились участники — на теории или на практике?", "practical_focus"),
        ("Как изменится работа правоохранительных органов?", "rights_protection_priority"),
    ],
)
def test_practice_without_how_keeps_its_entry(engine, question: str, entry_id: str) -> None:
    """What a direction means in practice, or whether practice was discussed, is told."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Изменятся ли права граждан на собрания?",
        "Расширят ли право граждан на собрания?",
    ],
)
def test_a_right_to_one_thing_needs_that_thing(engine, question: str) -> None:
    """«право на X» names one right; an entry on citizens' rights in general does not tell of it."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Изменятся ли права граждан?", "overall_assessment"),
        ("Как будут сочетаться цифровизация и права граждан на частную жизнь?", "personal_data_protection"),
    ],
)
def test_rights_in_general_or_a_right_told_keep_their_entry(engine, question: str, entry_id: str) -> None:
    """Rights in general, or a right to a thing an entry holds, are answered."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие меры профилактики правонарушений предусмотрены проектом Конституции?",
        "Какие меры профилактики правонарушений предложили участники?",
        "Какие меры защиты законных интересов населения предлагаются?",
    ],
)
def test_which_means_of_a_named_thing_are_not_listed(engine, question: str) -> None:
    """«Какие меры профилактики…»: the particular measures of a thing the documents name only as a
    whole, by a noun of means they never use."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Какие механизмы предлагается совершенствовать?", "equality_before_law"),
        ("Какие механизмы правовой защиты будут усовершенствованы?", "equality_before_law"),
        ("Какие меры по совершенствованию правовой защиты обсуждались?", "equality_before_law"),
        ("Какие меры в сфере образования упомянуты?", "legal_culture"),
        (
            "Какие механизмы предлагается совершенствовать для обеспечения равенства перед законом?",
            "equality_before_law",
        ),
    ],
)
def test_which_means_without_a_genitive_keep_their_entry(engine, question: str, entry_id: str) -> None:
    """Means asked without the genitive naming their whole, or by the documents' own noun of means
    («механизмы правовой защиты»), are what the entry names."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)
