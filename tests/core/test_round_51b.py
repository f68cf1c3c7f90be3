"""Round 51b: blind64's declines and wrong answers (real engine)."""

from __future__ import annotations

import pytest

from bot.qa.text import words

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "чё там ГП сказал про конституцию",
        "xnj crfpfk utyghjrehjh",
        "Что сказал генпрокурор?",
        "Бас прокурор не айтты?",
        "What did the Prosecutor General say?",
    ],
)
def test_what_the_prosecutor_said_is_his_speech(engine, question: str) -> None:
    """The press release's paragraph of his words closes with «В целом, предлагаемые изменения
    носят прогрессивный характер…», which several askers read as his. His speech's answer does not
    carry it: a sentence its quotes do not back (its quote, indexed, moved 8 rows to this entry)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "prosecutor_speech"), describe(reply)


def test_what_the_prosecutor_said_of_what_the_text_never_names_declines(engine) -> None:
    reply = engine.answer("Что генпрокурор сказал о пенсиях?")
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Внучек, скажи попросту: о чём говорили на этом круглом столе?", "about_document"),
        ("Попросту говоря, кто выступал?", "speaker"),
        ("Объясни попросту, какие направления обсуждали", "key_directions"),
    ],
)
def test_plainly_says_how_to_answer(engine, question: str, entry: str) -> None:
    """«попросту» (plainly), as «по-простому», «попроще»: how plainly to answer, not what is asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question", ["Скажи попросту, сколько стоит реформа?", "Попросту, когда референдум?"]
)
def test_plainly_asked_of_what_the_text_never_says_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Для заметки: прозвучал ли тезис о верховенстве закона?", "reform_aims"),
        ("прозвучал ли тезис о верховенстве закона?", "reform_aims"),
        ("Прозвучала ли мысль о цифровизации?", "digital_solutions"),
        ("Звучала ли на круглом столе тема персональных данных?", "personal_data_protection"),
        ("Прозвучало ли что-нибудь о правовой культуре?", "legal_culture"),
    ],
)
def test_whether_a_thesis_was_voiced(engine, question: str, entry: str) -> None:
    """«Прозвучал ли тезис о X?»: whether X was voiced asks whether the documents speak of X, as «шла
    ли речь о X» does; the verb and the thesis frame it (no one's words are asked)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "прозвучал ли тезис о пенсиях?",
        "Прозвучала ли критика проекта?",
        "прозвучал ли тезис о смертной казни?",
        "Прозвучали ли цифры бюджета реформы?",
    ],
)
def test_whether_voiced_what_the_text_never_names_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какую роль сыграл круглый стол, судя по пресс-релизу?",
        "Какую роль сыграл круглый стол?",
        "Какую роль играет этот круглый стол в реформе?",
    ],
)
def test_role_the_event_played(engine, question: str) -> None:
    """«Какую роль сыграл круглый стол?»: what the event became (a platform for an exchange of
    views), as «Чем стал круглый стол?»; not what it was about."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "outcome"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какую роль круглый стол сыграл в подготовке бюджета?",
        "Какую роль сыграл круглый стол в принятии закона о пенсиях?",
    ],
)
def test_role_of_the_event_in_what_the_text_never_names_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


def test_role_of_someone_at_the_event_is_not_the_events(engine) -> None:
    """The event as a place («на круглом столе»), not the one playing the role."""
    reply = engine.answer("Какую роль сыграл генпрокурор на круглом столе?")
    assert reply.entry_id != "outcome", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Приведёт ли реформа к усилению гарантий прав граждан?",
        "Правда ли, что изменения приведут к ослаблению правопорядка?",
        "Ведут ли изменения к усилению гарантий прав и свобод граждан?",
    ],
)
def test_leading_to_an_act_is_doing_it(engine, question: str) -> None:
    """«ведёт / приведёт к усилению X»: that a thing leads to an act is that it does it."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Правда ли, что реформа ведёт к росту налогов?",
        "Приведёт ли реформа к сокращению пенсий?",
        "Правда ли, что реформа приведёт к отмене выборов?",
    ],
)
def test_leading_to_what_the_text_never_names_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Готово ли экспертное сообщество участвовать в выработке конституционной модели?",
        "Готово ли экспертное сообщество участвовать в создании новой конституционной модели?",
        "Готовы ли эксперты помочь выработать новую конституционную модель?",
    ],
)
def test_working_out_a_model_is_forming_it(engine, question: str) -> None:
    """«выработка», «создание» of the model: the text's «формирование» of it."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "outcome"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Когда завершится выработка новой модели?",
        "Сколько стоит создание новой модели?",
        "Кто разработал проект новой Конституции?",
    ],
)
def test_working_out_details_the_text_omits_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("про юр образование чёнить было", ["про", "юр", "образование", "что-нибудь", "было"]),
        ("чо-нить сказали", ["что-нибудь", "сказали"]),
        ("ктонить был", ["кто-нибудь", "был"]),
        ("че-то про данные", ["что-то", "про", "данные"]),
        ("изменить хранить нить", ["изменить", "хранить", "нить"]),
    ],
)
def test_colloquial_indefinite_pronouns(typed: str, read: list[str]) -> None:
    """«чёнить», «чо-нить», «ктонить»: «что-нибудь», «кто-нибудь» typed colloquially; a verb ending
    in «-нить» and «нить» alone stay."""
    assert words(typed) == read


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("про юр образование чёнить было", "legal_culture"),
        ("про ИИ чонить говорили", "digital_solutions"),
        ("ктонить из парламента был", "participant_parliament"),
    ],
)
def test_colloquial_something_asks_nothing(engine, question: str, entry: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize("question", ["про пенсии чёнить было", "чёнить про налоги говорили"])
def test_colloquial_something_of_what_the_text_never_names_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "цифровизация vs перс данные как баланс",
        "Как соблюдается баланс между цифровизацией и защитой персональных данных?",
        "баланс ИИ и приватности",
    ],
)
def test_balance_of_two_things_is_both_at_once(engine, question: str) -> None:
    """A balance of digital tools and data protection: the text's «при одновременном усилении гарантий
    защиты персональных данных»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "personal_data_protection"), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Изменится ли баланс ветвей власти?", "Какой баланс полномочий президента и парламента?"],
)
def test_balance_of_what_the_text_never_names_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "As an OSCE observer, I'd like to know whether the national human rights institution "
            "was represented. Was it?",
            "participant_ombudsman",
        ),
        (
            "As a journalist, I'd like to know whether parliament was represented. Was it?",
            "participant_parliament",
        ),
        (
            "As a researcher, I want to know whether the scientific community took part. Did it?",
            "participant_science",
        ),
    ],
)
def test_elliptical_question_after_an_indirect_one(engine, question: str, entry: str) -> None:
    """ "…whether X was represented. Was it?": the elliptical question asks the indirect one again."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "As a student, I wonder whether the Senate was represented. Was it?",
        "As an OSCE observer, I'd like to know whether the Constitutional Court was represented. Was it?",
        "As an analyst, I'd like to know whether the tax code was discussed. Was it?",
    ],
)
def test_elliptical_question_of_what_the_text_never_names_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "прокуратура за диалог с обществом или нет",
        "Что говорит прокуратура о диалоге?",
        "Что прокуратура думает о диалоге с обществом?",
        "Генпрокуратура за открытое обсуждение?",
    ],
)
def test_the_prosecutions_attitude_to_open_dialogue(engine, question: str) -> None:
    """The prosecution's stance on open dialogue is what its head, the Prosecutor General, said of it
    (as overall_assessment's «Как Генеральная прокуратура оценивает…»): open_dialogue's curated
    question names the prosecution."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "open_dialogue"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "прокуратура за смертную казнь или нет",
        "Что прокуратура думает о суде присяжных?",
        "Как прокуратура относится к референдуму?",
    ],
)
def test_the_prosecutions_attitude_to_what_the_text_never_names_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
