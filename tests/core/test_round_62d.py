"""Round 62d: greetings and the asker's opening before a question, and English and Kazakh
declines of questions the document answers (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Ассалаумағалейкум. Мен ауыл мешітінің имамымын. "
            "Конституциялық реформа кімнің бастамасының жалғасы деп айтылды?",
            "reform_tokayev_link",
        ),
        (
            "Мен ауыл мешітінің имамымын. Конституциялық реформа кімнің бастамасының жалғасы деп айтылды?",
            "reform_tokayev_link",
        ),
        ("Сәлем! Мен журналистпін. Дөңгелек үстелге кімдер қатысты?", "participants"),
        ("Сәлеметсіз бе. Мен ауыл әкімімін. Бас прокурор нені ұсынды?", "prosecutor_speech"),
        (
            "Hello. I am a teacher. Whose initiatives is the constitutional reform said to continue?",
            "reform_tokayev_link",
        ),
        (
            "Good afternoon! I'm an imam of a village mosque. Whose initiatives does the reform continue?",
            "reform_tokayev_link",
        ),
        (
            "Hi. I work as a lawyer in Almaty. "
            "Whom did the Prosecutor General want involved in the discussion?",
            "public_involvement",
        ),
        (
            "Здравствуйте. Я имам сельской мечети. Продолжением чьей инициативы названа реформа?",
            "reform_tokayev_link",
        ),
        (
            "Добрый день. Я сельский учитель. Чьих инициатив продолжением названа реформа?",
            "reform_tokayev_link",
        ),
        ("Я пенсионер. Чьи инициативы продолжает реформа?", "reform_tokayev_link"),
        (
            "Good morning. I'm a student from Almaty. "
            "In which part of the Constitution is Law and Order to be enshrined?",
            "law_and_order_preamble",
        ),
        ("Hello. I'm a journalist. On what date was the round table held?", "event_date"),
    ],
)
def test_question_after_greeting_and_asker(engine, question: str, entry: str) -> None:
    """A greeting, then who the asker is, then the question: a Kazakh question word in a case form
    («кімнің», «нені»), any form of «чей», an English "whose", "whom" or a preposition before
    "which", "what" opens the question as «кім», «кто», "who" do."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Ассалаумағалейкум. Мен ауыл мешітінің имамымын. Мешітке кімнің қаражаты бөлінеді?",
        "Сәлем! Мен журналистпін. Бас прокурор нені сатып алды?",
        "Hello. I am a teacher. Whose salaries will the reform raise?",
        "Hi. I am a farmer. Whom will the reform pay subsidies to?",
        "I'm a student. In which city was the round table held?",
        "Я студент. Чьи деньги пошли на круглый стол?",
    ],
)
def test_question_after_greeting_the_text_does_not_answer_declines(engine, question: str) -> None:
    """The same opening before a question the document does not answer."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Who took part in the round table discussion on the constitutional reform?", "participants"),
        ("Who attended the round table discussion on the draft Constitution?", "participants"),
        ("Who spoke at the round table debate on the new Constitution?", "speaker"),
    ],
)
def test_round_table_discussion_on_the_reform(engine, question: str, entry: str) -> None:
    """ "round table discussion on X": a word of the event's family after its name carries the name
    on, and the topic after it only says which event is meant."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Who took part in the round table discussion on the pension reform?",
        "Who took part in the round table discussion on the tax code?",
        "Who funded the round table discussion on the constitutional reform?",
    ],
)
def test_round_table_discussion_on_another_topic_declines(engine, question: str) -> None:
    """Another topic stays asked, and who paid for it is no part of the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "What did the round table become a platform for?",
        "What was the round table a platform for?",
        "Was the round table a platform for dialogue?",
        "Дөңгелек үстел қандай алаңға айналды?",
    ],
)
def test_round_table_as_a_platform(engine, question: str) -> None:
    """ "platform", «алаң»: the text's «площадка для… обмена мнениями»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "outcome"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Was the round table held on an online platform?",
        "На какой площадке проходил круглый стол?",
    ],
)
def test_platform_of_the_event_declines(engine, question: str) -> None:
    """Where (on which site) it was held: the text does not say."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Is legal education part of the reform agenda discussed?", "legal_culture"),
        ("Is legal education part of the agenda?", "legal_culture"),
        ("Was legal education on the agenda?", "legal_culture"),
        ("Was big data part of the agenda?", "digital_solutions"),
    ],
)
def test_on_the_agenda_in_english(engine, question: str, entry: str) -> None:
    """ "on the agenda", "part of the (reform) agenda": what is there was discussed; the agenda is
    no subject of its own."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Is pension reform part of the reform agenda?",
        "Was the tax code on the agenda?",
        "Was housing on the agenda?",
        "Who set the agenda of the round table?",
    ],
)
def test_on_the_agenda_what_the_text_omits_declines(engine, question: str) -> None:
    """What the text never names, and who set the agenda, stay declined."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "chiya eto iniciativa konstitucionnaya reforma",
        "chiyu iniciativu prodolzhaet reforma",
        "chiyi iniciativy prodolzhaet konstitucionnaya reforma",
    ],
)
def test_whose_typed_in_latin_with_i_for_the_soft_sign(engine, question: str) -> None:
    """«chiya»: «чья» typed in Latin letters, the soft sign written "i" before its vowel."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "reform_tokayev_link"), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["chiya eto iniciativa pensionnaya reforma", "chiyi dengi poshli na kruglyj stol"],
)
def test_whose_typed_in_latin_of_what_the_text_omits_declines(engine, question: str) -> None:
    """A pension reform, whose money paid for the event: the text says neither."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
