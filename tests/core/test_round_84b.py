"""Round 84b: the asker's self-introduction before an unpunctuated colloquial question: a pronoun the
question's own noun stands for («интересует правопорядок, чо там по нему») and a demonstrative
determining its noun («с этой реформы») point no further back than the question; «мне че», the
asker's dative before a colloquial «что», opens the question (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "отставник я, интересует правопорядок, чо там по нему",
        "пенсионер я, интересует правопорядок, чо там по нему",
    ],
)
def test_named_asker_then_the_topic_and_a_pronoun_for_it(engine, question: str) -> None:
    """«отставник я, интересует X, чо там по нему»: «нему» stands for X, said in the question itself,
    not for the asker; the asker is no part of what is asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


def test_named_asker_then_personal_data(engine) -> None:
    """The same shape with another topic keeps that topic."""
    reply = engine.answer("учитель я, интересуют персональные данные, чо там с ними")
    assert (reply.kind, reply.entry_id) == ("answer", "personal_data_protection"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "я парикмахер в павлодаре мне че с этой реформы права граждан усилят?",
        "я таксист в шымкенте мне че с этой реформы права граждан усилят?",
    ],
)
def test_asker_before_what_is_in_it_for_me(engine, question: str) -> None:
    """«я X в Y мне че с этой реформы…»: the asker's words end where «мне че» opens the question."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "я повар в алматы мне че с этой реформы налоги снизят?",
        "я фермер в кокшетау мне че с этой реформы субсидии дадут?",
        "отставник я, интересует пенсия, чо там по ней",
        "я сварщик в караганде мне чо с этой реформы пенсии поднимут?",
    ],
)
def test_asker_before_a_question_the_text_does_not_answer(engine, question: str) -> None:
    """Near misses: once the asker is set aside, taxes, subsidies and pensions are still not told."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "я пчеловод с вко мне чо с этой конституции, про права граждан там есть чтото",
        "я тракторист из костаная мне чо с этой конституции, про права граждан там есть чтото",
    ],
)
def test_asker_before_an_unpunctuated_what_is_in_it_for_me(engine, question: str) -> None:
    """«…мне чо с этой конституции, про права граждан там есть чтото»: no question mark, yet «мне чо»
    opens the question, which asks of citizens' rights."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Я гражданин, какие у меня права по новой Конституции?",
        "Я юрист, что такое правопорядок?",
    ],
)
def test_asker_words_that_are_the_question_stay(engine, question: str) -> None:
    """The asker's «я» before a question of their own keeps what that question names."""
    reply = engine.answer(question)
    assert reply.kind == "answer", describe(reply)
