"""Round 95a: wrong answers and near misses answered: a message's question whose pronoun stands for
nouns of the asker's opening («…имею дело с инспекторами и полицией. Как они должны работать с
людьми?», «Сомневаюсь, что реформа что-то изменит. Как её оценили?») is read with those nouns;
«ещё» before the event in the plural («Будут ли ещё круглые
столы?») asks of other events, which the documents never tell of (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        (
            "Рыбачу на Балхаше, часто имею дело с инспекторами и полицией. "
            "Как, по проекту, они должны работать с людьми?"
        ),
        (
            "Я фермер из Туркестанской области, к нам часто приезжают участковые и полицейские. "
            "Как по проекту они будут работать с населением?"
        ),
        (
            "Работаю водителем, постоянно сталкиваюсь с дорожной полицией и инспекторами. "
            "Что проект говорит о том, как они должны относиться к людям?"
        ),
    ],
)
def test_long_message_pronoun_asks_of_the_opening_nouns(engine, question: str) -> None:
    """«они» of the question is the police of the opening: their work with people is the service
    model of law enforcement, not the draft's discussion."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (
            "Я студентка, читала про выступление Генерального прокурора на круглом столе. "
            "Что он сказал о принципе «Закон и порядок»?",
            "law_and_order_meaning",
        ),
        (
            "Я учитель, мне интересно про учёных и экспертов на круглом столе. "
            "Что они подтвердили по итогам?",
            "participant_science",
        ),
    ],
)
def test_long_message_pronoun_keeps_its_answers(engine, question: str, entry_id: str) -> None:
    """A pronoun standing for the speaker or the scientists keeps the answer about them."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


def test_long_message_pronoun_of_what_the_text_never_names_declines(engine) -> None:
    """The akimat and the courts: the documents tell nothing of their work with people."""
    reply = engine.answer(
        "Я пенсионер, часто хожу в акимат и в суды. Как по проекту они будут работать с людьми?"
    )
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Будут ли ещё круглые столы?",
        "Будут ли проводиться ещё круглые столы?",
        "Будут ли ещё круглые столы и где их можно посмотреть онлайн?",
        "Планируются ли ещё круглые столы по проекту и когда следующий?",
    ],
)
def test_more_round_tables_decline(engine, question: str) -> None:
    """«ещё» before the event in the plural asks of round tables to come: never told."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Что ещё круглый стол подтвердил?", "outcome"),
        ("Кто ещё выступал на круглом столе?", "speaker"),
    ],
)
def test_still_of_the_one_round_table_keeps_its_answers(engine, question: str, entry_id: str) -> None:
    """«ещё» of what the one round table did or who spoke there is not another event."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Сомневаюсь, что реформа что-то реально изменит. Как её оценили и чем обосновали?",
        "Не верю, что реформа поможет людям. Как её оценили участники?",
    ],
)
def test_dropped_opening_names_what_the_pronoun_stands_for(engine, question: str) -> None:
    """The opening `focus` drops names the reform the question's «её» stands for: its assessment is
    the changes called progressive, not the round table's outcome."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Мне интересна реформа. Какие цели у неё?", "reform_aims"),
        ("Я читал о круглом столе. Кто в нём участвовал?", "participants"),
        ("Я слышал про принцип «Закон и порядок». Где его закрепят?", "law_and_order_preamble"),
    ],
)
def test_dropped_opening_keeps_answers(engine, question: str, entry_id: str) -> None:
    """Pronouns of the reform, the event or the principle keep their answers."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)
