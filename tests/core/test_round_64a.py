"""Round 64a: false «В документе об этом не говорится» for answerable questions (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Жиын кай кунде откизилди?",
        "Дөңгелек үстел қай күнде өтті?",
        "Дөңгелек үстел кай кунде отти?",
    ],
)
def test_kazakh_on_which_day(engine, question: str) -> None:
    """«қай күнде» (on which day, the locative of «қай күні») asks the date, also typed without
    Kazakh letters, where «қай» (which) tells the question is Kazakh."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "event_date"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Келесі жиын қай күнде өтеді?",
        "Келесі жиын кай кунде отеди?",
        "Кай елде жиын откизилди?",
    ],
)
def test_kazakh_which_day_the_text_omits_declines(engine, question: str) -> None:
    """The next meeting, the country: the text gives none of them."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что хотят предотвратить разъяснительной работой?",
        "Чего позволяет предотвратить разъяснительная работа?",
    ],
)
def test_to_prevent_is_to_avoid(engine, question: str) -> None:
    """«предотвратить» (to prevent) is the text's «избежать» (to avoid)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "explanation_purpose"), describe(reply)


def test_prevented_inaccuracies_no_longer_said_absent(engine) -> None:
    """The failing row: no longer a false «не говорится»."""
    reply = engine.answer("Какие неточности хотят предотвратить с помощью разъяснений?")
    assert reply.decline != "not_in_document", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Как предотвратить коррупцию в прокуратуре?",
        "Какие преступления удалось предотвратить прокуратуре в 2025 году?",
    ],
)
def test_preventing_what_the_text_omits_declines(engine, question: str) -> None:
    """Corruption, crimes prevented last year: the text says nothing of them."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Чьи имена из руководства страны упоминаются в пресс-релизе?",
        "Кто из руководства страны упомянут в тексте?",
        "Упоминается ли руководитель страны в тексте?",
        "Как зовут главу страны, упомянутого в тексте?",
    ],
)
def test_the_countrys_leader_is_the_president(engine, question: str) -> None:
    """The country's leader or leadership («руководитель, руководство, глава страны») is the head of
    state the text names."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "reform_tokayev_link"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что сказал лидер страны на круглом столе?",
        "Когда руководитель страны подпишет Конституцию?",
        "Сколько лет руководителю страны?",
        "Что решило руководство страны по поводу референдума?",
    ],
)
def test_the_leaders_details_the_text_omits_decline(engine, question: str) -> None:
    """He did not speak there; signing, age, a referendum: the text says none of it."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
