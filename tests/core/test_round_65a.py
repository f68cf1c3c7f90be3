"""Round 65a: literary Russian questions declined though the press release answers them (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Каких выводов, по мнению прокурора, следует избегать?", "explanation_purpose"),
        ("Каких выводов следует избегать?", "explanation_purpose"),
        ("Чего, по словам генпрокурора, стоит избегать при разъяснении реформы?", "explanation_purpose"),
        ("Кого стоит шире вовлекать в обмен мнениями по проекту?", "public_involvement"),
    ],
)
def test_what_ought_to_be_done(engine, question: str, entry: str) -> None:
    """An impersonal «следует», «стоит» before an infinitive says a thing ought to be done, as
    «нужно» does: no subject the entry must hold (form.ought_to_do)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Сколько стоит реформа?",
        "Каких наказаний следует ожидать за нарушения?",
        "Каких ошибок следует избегать прокурорам при проверках?",
        "Стоит ли ожидать повышения зарплат прокурорам?",
        "Какие законы следует отменить?",
    ],
)
def test_what_ought_to_be_done_the_text_omits_declines(engine, question: str) -> None:
    """The modal read away, the rest is still nothing the text tells (and «стоит» of a price stays)."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Что конкретно предлагается в части юридического образования?", "legal_culture"),
        ("Что конкретно обещают изменения в части правопорядка?", "overall_assessment"),
        ("Что меняется в части защиты персональных данных?", "personal_data_protection"),
    ],
)
def test_as_regards_a_domain(engine, question: str, entry: str) -> None:
    """«в части X» with a genitive is "as regards X", as «в сфере X»: the noun of a part is no
    subject (frames.without_domain_frame)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что предлагается в части налогообложения?",
        "Что обещают изменения в части пенсий?",
        "Что меняется в части судебной системы?",
        "Какие меры в части борьбы с коррупцией предлагаются?",
    ],
)
def test_as_regards_a_domain_the_text_omits_declines(engine, question: str) -> None:
    """A domain the text does not speak of stays declined."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
