"""Round 52b: spoken, slangy and abbreviated questions declined though answerable (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "бигдата в правоохранке будет?",
        "ии в полиции будет?",
        "большие данные в правоохранительных органах будут?",
        "нейросети в прокуратуре будут?",
    ],
)
def test_a_thing_in_a_body_of_the_legal_sphere(engine, question: str) -> None:
    """«X в полиции будет?»: the body named as where X is to be works in the legal sphere, of which
    the direction «Цифровые решения в правовой сфере» speaks; the entry is scored as for «X будет?»,
    not lowered for the body's word it need not hold."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "digital_solutions"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "ИИ в прокуратуре заменит прокуроров?",
        "Какую систему ИИ внедрят в полиции?",
        "ИИ будет в судах или в полиции?",
        "Сколько стоит ИИ для полиции?",
    ],
)
def test_what_the_text_does_not_tell_of_a_thing_in_a_body_declines(engine, question: str) -> None:
    """What it does there, which one, where of two, its cost: the text tells none of it."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "ии будут в полиции юзать или как",
        "бигдата в прокуратуре будет или как",
        "ИИ в полиции будут юзать или нет",
    ],
)
def test_or_what_closes_a_yes_no_question(engine, question: str) -> None:
    """«…или как?» ("…or what?") closes a spoken yes/no question as «…или нет?» does: its «как»
    asks no manner and offers no second side."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "digital_solutions"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Сенат упразднят или как",
        "налоги снизят или как",
        "ИИ в суде будет или как",
    ],
)
def test_or_what_of_what_the_text_does_not_tell_declines(engine, question: str) -> None:
    """The tail read as a yes/no question's, the question still asks what the text never says."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "ГП сказал изменения норм или как",
        "изменения норм или так себе по мнению гп",
        "реформа норм или так себе?",
    ],
)
def test_slang_fine_before_or_what_and_so_so(engine, question: str) -> None:
    """«норм» before «или как?» ("or what?") or «или так себе» ("or so-so") judges the thing as
    before «или нет»: whether it is all right, which the Prosecutor General's assessment tells."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "налоги норм или как",
        "Сенат после реформы норм или так себе?",
        "зарплаты прокуроров норм или так себе?",
        "изменения норм закона обсуждали или как",
    ],
)
def test_slang_fine_of_what_the_text_does_not_judge_declines(engine, question: str) -> None:
    """Judging what the text never judges, or «норм» the genitive of «норма» with no judging tail."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "на долгий срок изменения или нет",
        "изменения на долгий срок или так",
        "реформа на длительный срок?",
        "изменения на короткий срок?",
    ],
)
def test_a_term_of_a_length_named(engine, question: str) -> None:
    """«на долгий срок», «на короткий срок»: the length of a term is the horizon the text's
    «долгосрочные ориентиры» tell, asked either way."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "long_term_guidelines"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "на какой срок избирают президента?",
        "на долгий срок назначат генпрокурора?",
        "Президента изберут на длительный срок?",
        "на долгий срок сажать будут за коррупцию?",
    ],
)
def test_a_term_of_what_the_text_does_not_time_declines(engine, question: str) -> None:
    """A term of office or of a sentence: the text gives none."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("инфа про реформу до людей доходит", "current_stage"),
        ("инфу про реформу народу доносят вообще", "current_stage"),
        ("инфу о преобразованиях народу доносят вообще", "current_stage"),
        ("про новую конституцию людям доносят?", "current_stage"),
        ("есть ли информация про ИИ?", "digital_solutions"),
    ],
)
def test_information_about_a_thing_is_no_subject(engine, question: str, entry: str) -> None:
    """«инфа про X», «информация про X»: the information asked about a thing is the asking's own
    word; what is brought «народу», «людям» is brought to them (the text's informing society)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "инфа про налоги есть?",
        "информация о зарплатах прокуроров есть?",
        "доносят ли гражданам про налоги?",
    ],
)
def test_information_about_what_the_text_does_not_name_declines(engine, question: str) -> None:
    """The thing asked about, not the information, is the subject: one the text never names declines."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "reforma prodolzhenie chih iniciativ",
        "reforma eto prodolzhenie chih iniciativ",
        "chi iniciativy prodolzhaet reforma",
    ],
)
def test_whose_in_latin_letters_without_its_soft_sign(engine, question: str) -> None:
    """«chih», «chi»: the asking «чьих», «чьи» typed in Latin letters without the soft sign (not
    «чих», a sneeze)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "reform_tokayev_link"), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["chih nalogov kasaetsya reforma", "chi zarplaty povysyat posle reformy"],
)
def test_whose_of_what_the_text_does_not_name_declines(engine, question: str) -> None:
    """Whose taxes or salaries: the text names neither."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
