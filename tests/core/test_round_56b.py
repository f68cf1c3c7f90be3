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


@pytest.mark.parametrize(
    "question",
    [
        "Which vision of the state is the reform meant to help build?",
        "What vision of the state does the reform serve?",
        "What is the reform's vision of the state?",
    ],
)
def test_vision_of_a_thing_is_the_thing(engine, question: str) -> None:
    """ "the vision of X" asks X, as "the notion of X", "the idea of X" do: the state the reform is
    to build is the Fair Kazakhstan the text names."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "fair_kazakhstan"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "What vision of the state did the participants reject?",
        "Which vision of the state did the opposition propose?",
        "Which vision of the state does Russia promote?",
    ],
)
def test_vision_near_misses_decline(engine, question: str) -> None:
    """A vision rejected, the opposition's, Russia's: the text tells none of them."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "How is law enforcement expected to change according to the participants?",
            "rights_protection_priority",
        ),
        ("According to the participants, how will law enforcement change?", "rights_protection_priority"),
        ("How will law enforcement change, according to the participants?", "rights_protection_priority"),
    ],
)
def test_according_to_the_participants(engine, question: str, entry: str) -> None:
    """ "according to the participants" names the voice of what the document reports: the
    participants read as the noun «участники», not as whether anyone took part."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "According to the participants, how will the police budget change?",
        "According to the participants, how will the army change?",
        "According to the participants, who will head the police?",
    ],
)
def test_according_to_the_participants_near_misses_decline(engine, question: str) -> None:
    """The police budget, the army, the head of the police: the text says nothing of them."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
