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
