"""Round 59a: wrong answers over every set (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Зачем вносить «Закон и порядок» в преамбулу — какая у этого цель?",
        "С какой целью в преамбулу хотят внести принцип законности и порядка?",
        "Зачем, по мнению Асылова, включать «Закон и порядок» в преамбулу?",
        "Для чего принцип «Закон и порядок» закрепляют в преамбуле?",
        "Why put law and order in the Preamble?",
    ],
)
def test_why_law_and_order_goes_into_the_preamble(engine, question: str) -> None:
    """Asked why the principle goes into the Preamble, the answer gives both things the
    Prosecutor General said of it: the status of a fundamental value, and what it is about
    (society's legal awareness, zero tolerance for offences)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "law_and_order_preamble"), describe(reply)
    text = reply.answer.casefold()
    assert "ценности" in text or "value" in text, describe(reply)
    assert "терпимости" in text or "zero tolerance" in text, describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Когда «Закон и порядок» впишут в преамбулу?",
        "Сколько статей будет в преамбуле?",
        "Кто написал текст преамбулы?",
        "Какие санкции ждут нарушителей закона?",
    ],
)
def test_details_of_the_preamble_the_text_omits_decline(engine, question: str) -> None:
    """When, how many articles, who wrote it, which sanctions: the text says none of it."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие страны участвовали?",
        "Какие страны приняли участие в круглом столе?",
        "Какие государства участвовали?",
        "Представители каких стран участвовали?",
        "Which countries took part?",
    ],
)
def test_several_countries_asked_decline(engine, question: str) -> None:
    """A plural which-word before a country asks which of several countries; the documents speak
    of one, whose constitution is discussed, and name no other: answered, the question got the
    entry saying what the document is about (which country it concerns)."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "О какой стране идёт речь?",
        "Конституция какой страны обсуждалась?",
        "Which country is the constitution for?",
    ],
)
def test_the_one_country_asked_is_answered(engine, question: str) -> None:
    """One country asked (a singular which-word) is the one the text names."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "about_document"), describe(reply)
