"""Round 95d: the arguments for the reform are the assessment of its changes; what the changes
should achieve is what they are aimed at; the gist of the reform passed on from others («меня
спрашивают, в чём…») and closed by «Что ответить?» (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Я состою в дебатном клубе, 10 класс. Какие аргументы в пользу реформы привёл Генеральный прокурор?",
        "Для дебатов: какие аргументы в пользу реформы звучали со стороны генпрокуратуры?",
        "Какие доводы в пользу проекта приводятся в релизе?",
        "Готовлюсь к школьным дебатам: какие аргументы в пользу реформы приводили участники?",
        "Какие аргументы в пользу новой Конституции?",
        "What arguments for the reform did the prosecutor give?",
    ],
)
def test_arguments_for_the_reform_are_the_assessment(engine, question: str) -> None:
    """The case the documents make for the reform is the Prosecutor General's assessment of its
    changes («носят прогрессивный характер и направлены на…»), not a reason why it is done."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие аргументы против реформы?",
        "Какие аргументы в пользу реформы привёл депутат?",
        "Какие аргументы в пользу реформы с точки зрения бюджета?",
        "Какие доводы приводили противники реформы?",
        "Сколько будет стоить реформа?",
    ],
)
def test_other_arguments_still_decline(engine, question: str) -> None:
    """Arguments against, a deputy's arguments (none reported), the budget's: never told."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_arguments_for_another_thing_keep_it(engine) -> None:
    """Arguments for an open discussion are about the discussion, not the changes."""
    reply = engine.answer("Какие аргументы в пользу открытого обсуждения проекта приводятся в тексте?")
    assert (reply.kind, reply.entry_id) == ("answer", "open_dialogue"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Чего, помимо усиления гарантий прав, должны добиться изменения?",
        "Чего в итоге должны добиться предлагаемые изменения Конституции?",
        "Чего изменения должны добиться в сфере прав и свобод?",
        "Чего должны добиться поправки?",
        "Besides protecting rights, what else are the amendments supposed to achieve?",
        "What should the changes achieve?",
        "Өзгерістер неге қол жеткізуі тиіс?",
    ],
)
def test_what_the_changes_should_achieve_is_their_aim(engine, question: str) -> None:
    """What the changes are to achieve is what the text says they are aimed at."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Чего должна добиться реформа?", "reform_aims"),
        ("Чего реформа должна добиться в части прав и свобод людей?", "reform_aims"),
        ("Какого понимания нововведений хотят добиться в обществе?", "explanation_purpose"),
    ],
)
def test_what_others_should_achieve_keep_their_answers(engine, question: str, entry_id: str) -> None:
    """The reform's aims are the President's initiatives'; an understanding named is the outreach's."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Каких показателей должны достичь изменения к 2030 году?",
        "Чего добились изменения в налоговом кодексе?",
    ],
)
def test_achievements_never_told_still_decline(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Я гид, меня спрашивают, в чём суть реформы в двух словах. Что ответить?",
        "Меня спрашивают, в чём суть реформы?",
        "Бабушка спросила, в чём суть реформы",
    ],
)
def test_gist_of_the_reform(engine, question: str) -> None:
    """A question others ask the asker («меня спрашивают, в чём…», «Бабушка спросила, в чём…»),
    closed or not by «Что ответить?», is asked: the reform's gist."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "reform_aims"), describe(reply)


def test_passed_on_question_before_what_to_answer(engine) -> None:
    reply = engine.answer("Я учитель, ученики спрашивают, кто выступал на круглом столе. Что им ответить?")
    assert (reply.kind, reply.entry_id) == ("answer", "speaker"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что ответить?",
        "Я гид. Что ответить?",
        "Меня спрашивают, сколько стоит реформа. Что ответить?",
        "Меня спрашивают, кто из депутатов выступал. Что ответить?",
    ],
)
def test_what_to_answer_to_nothing_told_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
