"""Round 62b: confident wrong answers on the newest sets (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Как будет называться парламент по проекту новой Конституции?",
        "Как будет называться новый парламент по проекту Конституции?",
        "What will the new parliament be called under the draft Constitution?",
        "Как станет называться прокуратура после реформы?",
        "Как назовут новый орган по защите прав граждан?",
        "What will the Prosecutor General's Office be named after the reform?",
    ],
)
def test_name_a_thing_will_bear_declines(engine, question: str) -> None:
    """The name a body will bear after the reform is one yet to come: an entry naming the body
    tells that it took part, not what it will be called."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Как называется направление про цифровизацию?", "digital_solutions"),
        ("Как называется четвёртое направление?", "key_directions"),
        ("Назовёшь направления?", "key_directions"),
        ("Присутствовали ли депутаты Парламента на круглом столе?", "participant_parliament"),
    ],
)
def test_names_the_text_gives_still_answer(engine, question: str, entry: str) -> None:
    """A name asked in the present, or the bot asked to name things, is a name the text gives."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Шёл ли на круглом столе обмен мнениями по существу?",
        "Было ли обсуждение на круглом столе по существу?",
        "Обмен мнениями на круглом столе был формальным или по существу?",
    ],
)
def test_substantive_closing_the_question(engine, question: str) -> None:
    """«по существу» closing the question after a word of its own says how the exchange went
    (the text's «содержательный»), not how plainly to answer."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "outcome"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Шёл ли на круглом столе спор по существу о сроках принятия?",
        "Говорили ли по существу о референдуме?",
    ],
)
def test_substantive_talk_of_what_the_text_omits_declines(engine, question: str) -> None:
    """What was discussed substantively must still be the text's."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Какова цель разъяснительной работы по нововведениям?", "explanation_purpose"),
        ("В чём цель разъяснительной работы по проекту?", "explanation_purpose"),
        ("Для чего ведётся разъяснительная работа по поправкам?", "explanation_purpose"),
        ("Какие цели преследуют изменения?", "reform_aims"),
    ],
)
def test_goal_of_the_work_about_the_changes(engine, question: str, entry: str) -> None:
    """The goal of a thing done about the changes (explaining them) is that thing's, not the
    changes' own goals; the changes' goals are still read as what they are aimed at."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какова цель референдума по поправкам?",
        "Какова цель голосования по новеллам?",
        "Какова цель финансирования разъяснительной работы?",
    ],
)
def test_goal_of_what_the_text_omits_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Правда ли, что гарантии защиты персональных данных предлагают поднять"
            " до конституционного уровня?",
            "personal_data_protection",
        ),
        ("Защиту персональных данных поднимут до конституционного уровня?", "personal_data_protection"),
        ("Гарантии персональных данных повышают до конституционного уровня?", "personal_data_protection"),
        ("Принцип «Закон и порядок» поднимают до конституционного уровня?", "law_and_order_preamble"),
    ],
)
def test_raised_to_the_constitutional_level(engine, question: str, entry: str) -> None:
    """«до конституционного уровня» is the rank a thing is raised to (a rank past one adjective),
    not the time before the Constitution."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Зарплаты поднимут до конституционного уровня?",
        "Поднимут ли пенсии до европейского уровня?",
        "Как защищались персональные данные до конституционной реформы?",
        "Что было в Преамбуле до конституционных изменений?",
    ],
)
def test_other_levels_and_the_time_before_decline(engine, question: str) -> None:
    """A level of what the text never names, or the time before the reform, is not told."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "I am a Turkish journalist. Whose initiatives is the constitutional reform said to continue?",
        "I am a journalist. Whose initiatives does the reform continue?",
        "I'm a student from Almaty. Whose initiatives does the reform continue?",
    ],
)
def test_whose_after_the_askers_sentence(engine, question: str) -> None:
    """ "whose" opens a question after the asker's own sentence as "who" does."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "reform_tokayev_link"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "I am a journalist. Whose salary will the reform raise?",
        "I am a teacher. Whose interests will the new tax law protect?",
        "Я учитель. Чьё мнение учли при подготовке закона о налогах?",
    ],
)
def test_whose_of_what_the_text_omits_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "На чём должна делаться ставка в работе правоохранительных органов?",
        "На что делается ставка в работе правоохранительных органов?",
        "Делают ли ставку на профилактику правонарушений?",
    ],
)
def test_stake_beside_a_light_verb_is_the_emphasis(engine, question: str) -> None:
    """«делать ставку на X» is «делать упор на X»: the text's «с акцентом на профилактику»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какая ставка налога будет по новой Конституции?",
        "Будет ли делаться ставка на повышение налогов?",
        "На что делается ставка в работе судов присяжных?",
    ],
)
def test_stakes_on_what_the_text_omits_decline(engine, question: str) -> None:
    """A rate is no emphasis, and an emphasis on what the text never names is not told."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
