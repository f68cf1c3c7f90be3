"""Round 85a: the protection of citizens' rights strengthened, or what the changes give or help
people with in protecting their rights, is the text's strengthening of the guarantees of rights
and freedoms (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Работаю водителем автобуса в Алматы. Чем новая Конституция поможет простым людям в защите их прав?",
        "Я помощник имама в Туркестане. Скажите, будет ли укрепляться защита прав и свобод граждан?",
        "Я электрик на шахте в Караганде. Что эта реформа даёт обычным людям в плане защиты их прав?",
        "Будет ли усилена защита прав граждан?",
        "Укрепится ли защита прав граждан?",
        "Что даст новая Конституция простым людям в плане защиты их прав?",
        "Чем новая Конституция поможет простым людям?",
        "чем эта реформа мне поможет",
        "Will the new Constitution strengthen the protection of citizens' rights?",
        "Will the changes strengthen guarantees of citizens' rights?",
    ],
)
def test_rights_protection_strengthened_or_given(engine, question: str) -> None:
    """Protection of rights strengthened, or given or helped to people, is what the changes aim
    at: the further strengthening of the guarantees of citizens' rights and freedoms."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Будет ли усилена защита права на жильё?",
        "Чем поможет новая Конституция в защите прав на жильё?",
        "Что реформа даст в плане защиты прав на зарплату?",
        "Усилится ли защита прав пенсионеров на достойную пенсию?",
        "Как суд будет усиливать защиту прав граждан?",
        "Какие именно права будут защищены?",
        "Чем реформа поможет пенсионерам?",
        "Will the protection of workers' rights be strengthened?",
    ],
)
def test_a_right_or_a_group_the_text_never_names_is_declined(engine, question: str) -> None:
    """A particular right (housing, salary, pension), the court as the protector, which rights
    exactly, or a group the text never names: the text does not tell of them."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что предлагается в сфере защиты прав граждан?",
        "Какое место в реформе отводится защите прав граждан?",
        "Что в проекте сказано о защите прав простых людей?",
    ],
)
def test_the_protection_of_rights_asked_otherwise_keeps_the_direction(engine, question: str) -> None:
    """The protection of rights asked of without strengthening or giving it is the direction
    «Приоритет защиты прав граждан»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Спасибо большое, помогло", "smalltalk"),
        ("Что должно помочь обществу правильно понять нововведения?", "answer"),
    ],
)
def test_help_without_what_with_keeps_its_reading(engine, question: str, kind: str) -> None:
    """Help not asked by «чем» (thanks, help to do a thing) is no question of what is given."""
    reply = engine.answer(question)
    assert reply.kind == kind, describe(reply)
    assert reply.entry_id != "overall_assessment", describe(reply)
