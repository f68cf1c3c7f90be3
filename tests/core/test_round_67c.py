"""Round 67c: «кроме X», «помимо X» told by an entry whose quote joins X with another (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Что, помимо обсуждения, происходит сейчас вокруг проекта Конституции?",
        "Что, кроме обсуждения, сейчас происходит вокруг проекта Конституции?",
        "Что ещё, помимо обсуждения проекта, сейчас происходит вокруг новой Конституции?",
        "Помимо обсуждения проекта, что ещё сейчас делается с Конституцией?",
        "Что кроме обсуждения проекта сейчас идёт вокруг Конституции?",
        "Что помимо информирования общества сейчас происходит с проектом Конституции?",
    ],
)
def test_besides_a_thing_joined_with_another(engine, question: str) -> None:
    """The quote joins the discussion of the draft and informing the public by «и»: besides the
    one left out, the other is what goes on (told with it: the answer is both)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "current_stage"), describe(reply)


def test_besides_a_thing_an_entry_of_others_joins_stays_with_it(engine) -> None:
    """An entry telling the others joins the rights' guarantees with more: it answers, not one
    merely joining the thing left out with another."""
    reply = engine.answer("На что должны повлиять изменения, кроме гарантий прав граждан?")
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что, кроме обсуждения проекта, планируется провести в регионах?",
        "Кроме обсуждения проекта, какие ещё мероприятия пройдут весной?",
        "Кроме обсуждения проекта, сколько денег выделено на реформу?",
        "Что, кроме информирования общества, финансирует государство?",
        "Кто ещё выступил на круглом столе, кроме Генерального прокурора?",
    ],
)
def test_besides_a_thing_the_text_adds_nothing_to_declines(engine, question: str) -> None:
    """What the text does not say beside the thing left out (events in the regions, money, other
    speakers; «Генеральный Прокурор подчеркнул … и …» joins no other to him) is not answered."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
