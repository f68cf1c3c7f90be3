"""Round 75b: a thing asked why it is held, called or seen as something («Почему реформа считается
долгосрочной?», "Why are the changes seen as long-term?") asks what the text says of it, not a
reason it must state (frames.grounds_of_a_name) (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Почему участники считают, что изменения рассчитаны надолго, а не на год-два?",
        "Почему изменения считаются долгосрочными?",
        "Why are the changes seen as long-term?",
        "Реформа неге ұзақ мерзімді деп есептеледі?",
    ],
)
def test_why_deemed_long_term_is_what_the_text_says(engine, question: str) -> None:
    """Why a thing is deemed long-term: the text says the changes set long-term guidelines."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "long_term_guidelines"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Почему реформу называют продолжением политического курса Токаева?",
        "Почему реформу называют продолжением курса Президента?",
    ],
)
def test_why_called_a_continuation(engine, question: str) -> None:
    """Why the reform is called a continuation: what the text says of its link to the President."""
    reply = engine.answer(question)
    assert reply.kind == "answer", describe(reply)
    said = " ".join((reply.answer, *(q.text for q in reply.quotes))).lower()
    assert "последовательн" in said, describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Почему реформу критикуют?",
        "Почему налоги считаются высокими?",
        "Почему изменения называют поспешными?",
        "Почему проект назвали Справедливым Казахстаном?",
        # the text calls the changes long-term, not the reform (as round 60a's «прогрессивной»)
        "Почему реформа считается долгосрочной?",
        "Почему реформу считают долгосрочной?",
    ],
)
def test_deemed_what_the_text_never_says_declines(engine, question: str) -> None:
    """A criticism, a quality or a name's motive the text never reports is no answer."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_deemed_worth_doing_keeps_its_reason(engine) -> None:
    """«считает важным разъяснять…»: why a thing is worth doing is a reason, the entry stating it."""
    reply = engine.answer("Почему генпрокурор считает важной разъяснительную работу?")
    assert (reply.kind, reply.entry_id) == ("answer", "explanation_purpose"), describe(reply)
