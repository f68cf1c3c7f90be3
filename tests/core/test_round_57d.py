"""Round 57d: chat questions the bot declined or asked back about (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "участники больше про теорию или про практику говорили",
        "участники про что больше говорили про практику?",
        "больше говорили про практику или про теорию?",
        "про практику больше говорили или про теорию",
    ],
)
def test_more_talk_of_practice(engine, question: str) -> None:
    """«больше говорили про…»: «больше» beside a verb of talking says where the talk went (the
    text's «сосредоточились на практических аспектах»), no amount an entry must share."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "practical_focus"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "про налоги больше говорили?",
        "больше говорили про пенсии или про налоги?",
        "участники больше обсуждали зарплаты?",
    ],
)
def test_more_talk_of_what_the_text_omits_declines(engine, question: str) -> None:
    """Talk of taxes, pensions, salaries: the text reports none of it, «больше» or not."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "права граждан усилят?",
        "слышь а права граждан усилят",
        "права граждан усилят или нет",
    ],
)
def test_rights_of_citizens_strengthened(engine, question: str) -> None:
    """«прав и свобод граждан»: the rights of citizens asked alone are the phrase the assessment
    quotes (two words joined by «и» share the noun after them), not a tie with the entry on
    personal data, whose quote never names them."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "права мигрантов усилят?",
        "права граждан на оружие усилят?",
        "права бизнеса усилят?",
    ],
)
def test_rights_the_text_does_not_name_decline(engine, question: str) -> None:
    """Migrants', business's rights, a right to arms: the text strengthens none of them."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "конст реформа каие ориентиры задает для развития",
        "какие ориентиры задает конституционная реформа",
        "конституционная реформа какие ориентиры задает для развития",
    ],
)
def test_the_constitutional_reform_by_its_full_name(engine, question: str) -> None:
    """«конституционная реформа» is the documents' reform by its full name, as «реформа» alone
    is: what every entry is about, no subject the entry on the guidelines must hold."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "long_term_guidelines"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "когда начнется конституционная реформа",
        "конституционная реформа налоги снизит?",
        "кто автор конституционной реформы",
    ],
)
def test_what_the_text_omits_of_the_constitutional_reform_declines(engine, question: str) -> None:
    """When it starts, taxes, its author: the text tells none of it."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("инфа есть про ИИ в правоохранке?", "digital_solutions"),
        ("информация есть про ИИ в правоохранке?", "digital_solutions"),
        ("инфа есть про нулевую терпимость?", "law_and_order_meaning"),
    ],
)
def test_information_there_is_about_a_thing(engine, question: str, entry: str) -> None:
    """«инфа есть про…»: the information, with «есть» before what it is about, is the asking's own
    word, as in «инфа про…»: what is said of the thing is asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "инфа есть про налоги?",
        "инфа есть про зарплаты прокуроров?",
        "информация есть о референдуме?",
    ],
)
def test_information_about_what_the_text_omits_declines(engine, question: str) -> None:
    """Taxes, prosecutors' pay, a referendum: no information in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "гражданских активистов привлекут к обсуждению?",
        "будут ли привлекать гражданских активистов к обсуждению проекта?",
        "Will civic activists be involved in the discussion?",
    ],
)
def test_civic_activists_are_the_civil_community(engine, question: str) -> None:
    """Civic activists are the civil community, as its members: the Prosecutor General's call to
    involve the professional and civil community in the exchange of views answers."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "public_involvement"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "гражданских активистов арестуют?",
        "сколько гражданских активистов участвовало?",
        "активисты выступали на круглом столе?",
    ],
)
def test_what_the_text_omits_of_activists_declines(engine, question: str) -> None:
    """Arrests, how many took part, activists speaking: the text tells none of it."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "а научники там были вообще",
        "научники участвовали в круглом столе?",
        "были ли научники на обсуждении",
    ],
)
def test_scientists_by_their_chat_word(engine, question: str) -> None:
    """«научники», the chat word for scientists: the scientific community, which took part."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "participant_science"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "что научники сказали про ИИ?",
        "научникам зарплату поднимут?",
        "сколько научников было?",
    ],
)
def test_what_the_text_omits_of_scientists_declines(engine, question: str) -> None:
    """What they said of AI, their pay, how many: the text tells none of it."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
