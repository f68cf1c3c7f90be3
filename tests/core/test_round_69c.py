"""Round 69c: confident wrong answers to near misses (real engine): who stood for a group the text
names only as a whole, until when, what else besides the one thing a noun holds, an earlier post,
a kind of experts the text never names (in Kazakh)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Who exactly represented the Presidential Administration?",
        "Who represented the Presidential Administration at the event?",
        "Who represented the Parliament at the round table?",
        "Кто из представителей Администрации Президента выступал на круглом столе?",
        "Кто из представителей Парламента выступил?",
        "Какие вузы или научные институты представляли научное сообщество?",
        "Какие научные институты представляли научное сообщество на круглом столе?",
        "Which universities represented the academic community?",
    ],
)
def test_who_stood_for_a_named_group_declines(engine, question: str) -> None:
    """Who (exactly) represented a group, or which of its delegates or which bodies stood for it: the
    text names the group and never who stood for it (an English article or «представителей» before
    the group, or «какие X представляли <group>», asks its members by name)."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Did the Presidential Administration take part?", "participant_administration"),
        ("Who from the Presidential Administration attended?", "participant_administration"),
        ("Кто из Администрации Президента участвовал?", "participant_administration"),
        ("Кто ещё, кроме представителей Парламента, участвовал?", "participants"),
    ],
)
def test_whether_a_group_was_there_is_still_answered(engine, question: str, entry: str) -> None:
    """Whether someone from a group was there, or who else took part: the text tells it."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "До какой даты продлится общественное обсуждение проекта Конституции?",
        "До какой даты продлится обсуждение?",
        "Қоғамдық талқылау қашанға дейін созылады?",
        "Талқылау қашанға дейін жалғасады?",
    ],
)
def test_until_when_declines(engine, question: str) -> None:
    """«до какой даты», «қашанға дейін»: until when something lasts, a date to come the text lacks."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Когда прошёл круглый стол?", "Дөңгелек үстел қашан өтті?", "Каким числом датирован пресс-релиз?"],
)
def test_the_date_is_still_answered(engine, question: str) -> None:
    """The date of the document stays answered."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "event_date"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие ещё принципы, кроме «Закон и порядок», закреплены в Преамбуле проекта?",
        "Что ещё, кроме принципа «Закон и порядок», добавят в Преамбулу Основного Закона?",
        "Какие ещё ценности, кроме принципа «Закон и порядок», закреплены в Преамбуле проекта?",
        "What else besides law and order will be in the Preamble?",
    ],
)
def test_what_else_in_the_preamble_declines(engine, question: str) -> None:
    """The text puts only «Закон и порядок» in the Preamble: what else besides it goes there it
    does not tell."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Какие ещё направления, кроме равенства перед законом, обсуждались?", "key_directions"),
        ("Какие ещё организации, кроме общественных, участвовали?", "participants"),
    ],
)
def test_what_else_a_list_names_is_still_answered(engine, question: str, entry: str) -> None:
    """What else besides one of a list: the list names the others."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Асылов бурын кандай кызметте истеди?",
        "Берик Асылов бурын кандай кызметте болган?",
        "Кем работал Асылов до этого?",
        "Where did Asylov work before that?",
    ],
)
def test_an_earlier_post_declines(engine, question: str) -> None:
    """«бурын» (the Kazakh «бұрын» without its letters), «до этого», "before that": an earlier time,
    a post the text never names."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize("question", ["Кем работает Асылов?", "Асылов кім?"])
def test_the_speakers_post_is_still_answered(engine, question: str) -> None:
    """His post now is the text's."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "speaker"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Шетелдік сарапшылар қатысты ма?",
        "Халықаралық сарапшылар талқылауға қатысты ма?",
        "Дөңгелек үстелге шетелдік сарапшылар қатысты ма?",
    ],
)
def test_a_kazakh_kind_of_experts_declines(engine, question: str) -> None:
    """«шетелдік», «халықаралық»: a Kazakh adjective of relation the knowledge base never uses says
    what kind of experts is meant, a kind the text never names (as «иностранные эксперты»)."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Сарапшылар қатысты ма?", "participant_science"),
        ("Ғылыми қоғамдастық өкілдері қатысты ма?", "participant_science"),
        ("Қоғамдық ұйымдар қатысты ма?", "participant_public_orgs"),
    ],
)
def test_experts_the_text_names_are_still_answered(engine, question: str, entry: str) -> None:
    """The experts, scholars and public organisations the text names stay answered."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие новые права получат граждане по проекту новой Конституции? Перечислите все.",
        "Какие новые полномочия получит прокуратура по проекту новой Конституции? Назовите все.",
        "Какие новые права получат граждане по проекту? Перечислите их всех.",
    ],
)
def test_list_them_all_after_a_question_declines(engine, question: str) -> None:
    """«Перечислите все» after a question the text does not answer asks all of what that question
    named: alone it asks of nothing, and the entry its words match answers what was not asked."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Каким направлениям уделили внимание на круглом столе? Перечислите все.", "Перечислите все направления"],
)
def test_list_them_all_after_an_answered_question_is_still_answered(engine, question: str) -> None:
    """The whole message, or «все» before its noun, is still answered."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "key_directions"), describe(reply)
