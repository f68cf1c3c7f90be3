"""Round 91e: Kazakh, English and colloquial declines — English "talk more about X or Y" weighing
the talk, "everybody" as "everyone", Kazakh «қандай / қай мағынада» (in what sense) as the frame
of the question, «задавать вопрос» as asking rather than the text's «задают ориентиры» (real
engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Did they talk more about theory or about practical matters?",
        "Did they talk more about theory or practice?",
        "Did the participants speak more about theory or about practical aspects?",
    ],
)
def test_talking_more_about_one_of_two_weighs_the_talk(engine, question: str) -> None:
    """English "more" beside a verb of talking says where the talk went, as «больше говорили» does:
    the text's «сосредоточились на практических аспектах»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "practical_focus"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Did they talk more about taxes or about pensions?",
        "Did they talk more about taxes?",
        "Did they talk more about taxes or about practical matters?",
    ],
)
def test_talking_more_about_what_the_text_never_names_declines(engine, question: str) -> None:
    """The weighing takes no word out but "more": taxes and pensions stay unknown to the documents."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "I am trader in Khorgos. Law will be same for everybody? Same rules everywhere?",
        "Will the law be the same for everybody?",
    ],
)
def test_everybody_is_everyone(engine, question: str) -> None:
    """ "everybody" is the pronoun "everyone", which the equality entry's questions use."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "equality_before_law"), describe(reply)


def test_everybody_with_a_thing_the_text_never_names_declines(engine) -> None:
    reply = engine.answer("Will everybody pay less taxes?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Нөлдік төзімділік дегенді Бас прокурор қандай мағынада айтты?",
        "Бас прокурор нөлдік төзімділік дегенді қандай мағынада айтты?",
        "Бас прокурор заң мен тәртіп дегенді қай мағынада қолданды?",
    ],
)
def test_kazakh_in_what_sense_asks_what_was_meant(engine, question: str) -> None:
    """«қандай / қай мағынада» is "in what sense", as «в каком смысле»: what the Prosecutor General
    meant, no subject of its own."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "law_and_order_meaning"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Салық дегенді Бас прокурор қандай мағынада айтты?",
        "Зейнетақы туралы Бас прокурор қандай мағынада айтты?",
        "Салықтың мағынасы қандай?",
    ],
)
def test_kazakh_sense_of_what_the_text_never_names_declines(engine, question: str) -> None:
    """Taxes and pensions stay unknown; «мағынасы» (its meaning) is left as it stands."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_kazakh_side_of_the_draft_keeps_its_answer(engine) -> None:
    """«жағына» (to the side) is one letter from «мағына»: only the locative after «қандай / қай»
    is the frame, so the question of which side of the draft keeps its answer."""
    reply = engine.answer("Қатысушылар жобаның қай жағына көбірек көңіл бөлді?")
    assert reply.kind == "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Привет, внучок сказал тебе можно вопросы задавать, ты умеешь?",
        "внучок сказал тебе можно вопросы задавать",
        "Бабушка сказала, что тебе можно задать вопрос",
    ],
)
def test_asking_questions_is_no_setting_of_a_course(engine, question: str) -> None:
    """«задавать вопросы» is asking: not the text's «изменения задают долгосрочные ориентиры»."""
    reply = engine.answer(question)
    assert reply.kind in ("smalltalk", "none"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Какие ориентиры задают изменения?", "long_term_guidelines"),
        ("Можно задать вопрос о дате круглого стола?", "event_date"),
        ("Хочу задать вопрос: кто участвовал?", "participants"),
    ],
)
def test_setting_a_course_and_questions_after_asking_keep_their_answers(
    engine, question: str, entry_id: str
) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


def test_questions_someone_asked_still_decline(engine) -> None:
    """Someone's reported questions (kind `asked`): the documents report none."""
    reply = engine.answer("Какие вопросы задавали участники?")
    assert reply.kind == "none", describe(reply)
