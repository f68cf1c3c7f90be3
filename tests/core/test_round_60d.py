"""Round 60d: chat-style questions the bot declined or asked back on (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "на какие принцыпы опирается новая констиутция",
        "на каких принцыпах новая конституция",
        "на каких принцепах основана новая констетуция",
    ],
)
def test_misspelt_words_are_embedded_as_read(engine, question: str) -> None:
    """The embedding reads a misspelt word as the knowledge-base word the lexical side reads it
    as («принцыпы»: «принципы»), so a typo no longer sends a question it reads right to «did you
    mean»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "constitutional_model_principles"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "на каких принцыпах строится налоговый кодекс",
        "принцыпы новой налоговой политики",
        "какие принцыпы у генпрокурора в личной жизни",
    ],
)
def test_misspelt_near_misses_still_decline(engine, question: str) -> None:
    """The same typos in questions the document does not answer."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "от чего защищает разъяснительная работа",
        "от чего защищает разьяснительная работа",
        "От чего защитит разъяснение реформы?",
    ],
)
def test_what_a_thing_guards_against(engine, question: str) -> None:
    """«От чего защищает X» asks what X helps avoid (the text's «позволяет избежать»), not the
    protection of rights the documents speak of."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "explanation_purpose"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "от чего защищают персональные данные",
        "от каких рисков защищает ИИ",
        "от чего защищает прокуратура бизнес",
    ],
)
def test_guarding_against_what_the_text_never_names_declines(engine, question: str) -> None:
    """What the text never says a thing guards against."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
