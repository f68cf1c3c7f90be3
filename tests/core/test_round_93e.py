"""Round 93e: a question or a claim of the asker's family or acquaintances passed on («муж
спрашивает …», «муж говорит … ? правда»), read as the question itself or as «Правда ли, что …?»
(real engine)."""

from __future__ import annotations

import pytest

from bot.qa.text import focus

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("муж спрашивает закон и порядок куда в конституции хотят вписать", "law_and_order_preamble"),
        ("жена спрашивает генпрокурор кто был", "speaker"),
        ("дочка спрашивает цифровые решения какие предлагают", "digital_solutions"),
        ("муж говорит законы для всех одинаково будут применятся? правда", "equality_before_law"),
        ("сосед говорит что права граждан усилят, правда?", "overall_assessment"),
    ],
)
def test_kin_question_or_claim_passed_on(engine, question: str, entry_id: str) -> None:
    """The family member and the verb of asking or saying are no detail asked: the question after
    them is asked, its asking word past its topic, and a claim is checked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "муж говорит налоги отменят по новой конституции? правда",
        "муж говорит что пенсии поднимут, это правда?",
        "жена говорит ИИ будет судить людей? правда",
        "сосед спрашивает суд присяжных когда введут",
        "муж спрашивает референдум когда будет",
    ],
)
def test_kin_passing_on_what_the_text_never_says_declines(engine, question: str) -> None:
    """Claims and questions passed on of what the documents never say still decline."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "message",
    [
        "сосед спрашивает о реформе",  # a topic told, nothing asked
        "муж говорит налоги поднимут",  # a claim neither asked nor long enough to check
        "муж говорит что налоги поднимут для всех",  # a claim told, not asked
        "генпрокурор говорит что права граждан усилят?",  # no kin: what a named person says
    ],
)
def test_not_kin_passing_on_keeps_the_message(message: str) -> None:
    assert focus(message) == (message, False)


@pytest.mark.parametrize(
    "question",
    [
        "Did academics say they are willing to contribute to the reform?",
        "Are scientists willing to contribute to the reform?",
        "Is the expert community willing to help shape the new constitutional model?",
    ],
)
def test_willing_is_readiness(engine, question: str) -> None:
    """The adjective "willing" is readiness («готовность»), as "willingness" already reads, not the
    modal "will" Snowball stems it to."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "outcome"), describe(reply)


def test_willing_of_what_the_text_never_says_declines(engine) -> None:
    reply = engine.answer("Is the government willing to raise pensions?")
    assert reply.kind == "none", describe(reply)
