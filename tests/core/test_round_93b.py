"""Round 93b: false «В документе об этом не говорится» — the asker's closing remark on why the
question matters to them, the topic of a saying set between «который» and its verb, the asker's
opening clause before a comma (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Is there anything about personal data protection? That matters for my business.",
        "Is there anything about personal data protection? This matters to my family.",
        "Что сказано о защите персональных данных? Это важно для моего бизнеса.",
        "Что сказано о защите персональных данных? Для меня это важно.",
    ],
)
def test_why_it_matters_to_the_asker_is_no_detail(engine, question: str) -> None:
    """A closing sentence whose demonstrative stands for the question and whose first person says
    whom it concerns ("That matters for my business.") tells why the asker asks: no detail asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "personal_data_protection"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Is there anything about taxes? That matters for my business.",
        "Что сказано о налогах? Для меня это важно.",
        "Is there anything about personal data protection? That is what my clients ask about pensions.",
    ],
)
def test_why_it_matters_keeps_what_is_asked(engine, question: str) -> None:
    """The question itself still asks its own words (taxes), and a closing saying what is asked
    ("about pensions") is still part of the question."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "как зовут ГП который про закон и порядок говорил",
        "как зовут генпрокурора который про закон и порядок говорил",
        "Как зовут прокурора, который о преамбуле говорил?",
        "как зовут ГП который говорил про закон и порядок",
    ],
)
def test_topic_between_relative_and_saying_names_the_speaker(engine, question: str) -> None:
    """«ГП, который про закон и порядок говорил»: the topic set between the relative subject and its
    verb of saying, as «который говорил про…», tells who is asked about: his name is asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "speaker"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "как зовут ГП который про налоги говорил",
        "Что сказал генпрокурор, который про закон и порядок говорил, о налогах?",
    ],
)
def test_topic_between_relative_and_saying_near_misses(engine, question: str) -> None:
    """A topic the documents never give stays asked."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "соседа повязали, в новой конст-ии чего про права граждан есть",
        "брата уволили, что в новой Конституции про права граждан",
    ],
)
def test_asker_story_before_a_comma_is_not_called_unsaid(engine, question: str) -> None:
    """A short opening clause of the asker's own story before a comma (a verb, nothing the documents
    use) names no detail asked: the bot may not find the answer, but it does not call it unsaid."""
    reply = engine.answer(question)
    assert reply.decline != "not_in_document", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Налоги для бизнеса, что изменится в новой Конституции?",
        "пенсии по старости, что про них в Конституции?",
        "блогер я, что про налоги сказано в Конституции?",
        "рыбачу на каспии, что будет с квотами по новой конституции",
    ],
)
def test_topic_before_a_comma_stays_unsaid(engine, question: str) -> None:
    """A noun phrase before a comma is the topic asked; a word of the rest no entry holds stays
    asked: the document is silent on them."""
    reply = engine.answer(question)
    assert reply.decline == "not_in_document", describe(reply)
