"""Round 82a: answerable literary-Russian questions the engine declined: the draft's changes on a
topic («Какие новшества касаются X?», «Какие изменения в X?») ask what the draft says of X (real
engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Какие новшества касаются юридического образования?", "legal_culture"),
        ("Какие изменения в юридическом образовании?", "legal_culture"),
        ("Какие поправки касаются подготовки юристов?", "legal_culture"),
        ("Какие новшества в праве связаны с технологиями?", "digital_solutions"),
        ("Какие изменения касаются цифровых технологий?", "digital_solutions"),
        ("Какие нововведения касаются искусственного интеллекта?", "digital_solutions"),
    ],
)
def test_changes_on_a_topic_ask_the_topic(engine, question: str, entry_id: str) -> None:
    """The changes linked to a topic (a verb of concerning, «связаны с», «в») are the draft's
    provisions on it: the change noun frames, the topic is judged."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие изменения касаются пенсий?",
        "Какие новшества в налоговой системе?",
        "Какие новшества связаны с выборами?",
        "Какие изменения касаются пенсионной системы?",
    ],
)
def test_changes_on_an_unknown_topic_still_decline(engine, question: str) -> None:
    """A topic the documents never name is still judged: no entry answers it."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Какие изменения в Конституции?", "Какие изменения в проекте Конституции предлагаются?"],
)
def test_changes_in_the_whole_keep_their_answer(engine, question: str) -> None:
    """Changes in the whole itself ask the changes."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "proposed_changes"), describe(reply)
