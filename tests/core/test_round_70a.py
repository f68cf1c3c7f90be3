"""Round 70a: literary Russian questions declined though the document answers them (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Не приведёт ли внедрение искусственного интеллекта к ослаблению защиты персональных данных?",
            "personal_data_protection",
        ),
        ("Не приведёт ли цифровизация к ослаблению защиты персональных данных?", "personal_data_protection"),
        ("Не ослабнет ли защита персональных данных при внедрении ИИ?", "personal_data_protection"),
        ("Не приведут ли изменения к ослаблению гарантий прав граждан?", "overall_assessment"),
    ],
)
def test_negated_whether_checks_a_claim(engine, question: str, entry: str) -> None:
    """«Не приведёт ли X к ослаблению Y?»: a Russian «не … ли» question is a yes/no question whose
    statement is checked against the text (the Kazakh «не», "what", never stands with «ли»)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Не приведёт ли внедрение ИИ к росту цен на услуги юристов?",
        "Не приведёт ли цифровизация к сокращению судей?",
        "Не приведёт ли реформа к ослаблению налоговой дисциплины?",
        "Не приведёт ли внедрение ИИ к увольнению прокуроров?",
    ],
)
def test_negated_whether_of_what_the_text_omits_declines(engine, question: str) -> None:
    """Prices, judges' jobs, tax discipline, dismissals: the claim's subject is not in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Как предлагается изменить работу полиции и других правоохранительных структур?",
            "rights_protection_priority",
        ),
        ("Как изменится работа правоохранительных структур?", "rights_protection_priority"),
        ("Что ждёт правоохранительные структуры после реформы?", "rights_protection_priority"),
        ("Какой будет работа правоохранительных ведомств по новой модели?", "rights_protection_priority"),
    ],
)
def test_law_enforcement_structures(engine, question: str, entry: str) -> None:
    """«правоохранительные структуры / ведомства» are the law enforcement bodies, as
    «силовые структуры» already were (synonyms.yaml)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Сократят ли штат правоохранительных структур?",
        "Повысят ли зарплаты сотрудникам правоохранительных ведомств?",
        "Какой бюджет выделят правоохранительным ведомствам?",
    ],
)
def test_law_enforcement_structures_of_what_the_text_omits_decline(engine, question: str) -> None:
    """Staff cuts, pay, budgets of those bodies are nowhere in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Кто именно собрался за круглым столом, чтобы обсудить проект новой Конституции?", "participants"),
        ("Кто пришёл обсудить реформу?", "participants"),
        ("Что участники обсудили?", "practical_focus"),
        ("Что обсудили на круглом столе?", "practical_focus"),
    ],
)
def test_perfective_of_discussing(engine, question: str, entry: str) -> None:
    """«обсудить» is the perfective of the entries' «обсуждать»: the same verb (synonyms.yaml)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Обсудили ли налоговую реформу?",
        "Обсудили ли участники пенсионную систему?",
        "Когда обсудят проект в Мажилисе?",
        "Кто предложил обсудить смертную казнь?",
    ],
)
def test_perfective_of_discussing_what_the_text_omits_declines(engine, question: str) -> None:
    """Taxes, pensions, the Mazhilis's reading, the death penalty: not in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
