"""Round 56b: chat, Kazakh and English rows of blind70-72 (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("чё про верховенство закона говорили", "reform_aims"),
        ("чо про верховенство закона говорили", "reform_aims"),
        ("чё про цифровые решения обсуждали", "digital_solutions"),
    ],
)
def test_spoken_what_before_an_impersonal_verb(engine, question: str, entry: str) -> None:
    """The spoken «чё» («че» folded) is the asking word, not a plural noun that would be the
    subject of «говорили»: the verb stays impersonal, as after «что»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "чё про верховенство закона в Германии говорили",
        "чё про смертную казнь говорили",
        "чё про верховенство закона говорили судьи Конституционного суда",
    ],
)
def test_spoken_what_near_misses_decline(engine, question: str) -> None:
    """Another country, a topic the text never names, speakers it does not report: declined."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Жасанды интеллект туралы әңгіме болды ма?",
        "Цифрландыру туралы әңгіме болды ма?",
        "Құқық бұзушылықтың алдын алу туралы әңгіме болды ма?",
    ],
)
def test_kazakh_talk_about_a_thing(engine, question: str) -> None:
    """Kazakh «X туралы әңгіме болды ма?» (was there talk of X) asks, as «сөз болды ма?» does,
    whether X was spoken of: «әңгіме» is the asking's own word."""
    reply = engine.answer(question)
    assert reply.kind == "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Жасанды интеллекттің қаупі туралы әңгіме болды ма?",
        "Салық туралы әңгіме болды ма?",
        "Зейнетақы туралы әңгіме болды ма?",
    ],
)
def test_kazakh_talk_near_misses_decline(engine, question: str) -> None:
    """The dangers of AI, taxes, pensions: the text names none of them."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("нулевая терпимость это чё за тема", "law_and_order_meaning"),
        ("нулевая терпимость что за тема", "law_and_order_meaning"),
        ("что за тема нулевая терпимость", "law_and_order_meaning"),
    ],
)
def test_what_topic_is_a_thing(engine, question: str, entry: str) -> None:
    """«X — что за тема» asks what X is, as «что это такое» does; «тема» is the asking's word."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "нулевая терпимость к взяткам в школах это что за тема",
        "бюджет реформы это чё за тема",
        "смертная казнь это чё за тема",
    ],
)
def test_what_topic_near_misses_decline(engine, question: str) -> None:
    """Bribes in schools, the reform's budget, the death penalty: the text says nothing of them."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
