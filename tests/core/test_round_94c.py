"""Round 94c: the gist of the reform asked with a filler («кратко», «плз», «если коротко», «по
мнению участников») is still its aims, and the asker's tiredness before a question («после смены
устал, …») is theirs, no detail asked (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "в чём суть реформы кратко",
        "В чём, если коротко, суть реформы по мнению участников?",
        "В чём суть реформы по мнению участников?",
        "кратко в чем суть реформы плз",
        "если коротко зачем реформа",
        "По мнению участников, зачем нужна реформа?",
        "Какова, по словам участников, цель реформы?",
        "В чём суть реформы?",
    ],
)
def test_gist_of_the_reform_with_a_filler_is_its_aims(engine, question: str) -> None:
    """Words of how briefly to answer, «please» and the participants named as the voice of the
    whole release tell no entry from another: the embedding reads the question without them."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "reform_aims"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("после смены устал, коротко зачем эта реформа конституции вообще", "reform_aims"),
        ("после смены устал. коротко зачем эта реформа конституции вообще", "reform_aims"),
        ("устал после смены кто выступал на круглом столе", "speaker"),
        ("тока с вахты вернулся коротко чё было на круглом столе?", "about_document"),
    ],
)
def test_tired_asker_opening_is_no_detail(engine, question: str, entry_id: str) -> None:
    """«после смены устал»: the asker telling how tired they are, and after what, before the
    question, as one telling where they came back from."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Устали ли участники?",
        "Устал ли генпрокурор?",
        "после смены устал, коротко: налоги снизят?",
        "в чём суть реформы кратко, налоги снизят?",
    ],
)
def test_near_misses_still_decline(engine, question: str) -> None:
    """Whether the participants tired, and a thing the text never says after the filler, are not
    answered."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
