"""Round 76b: false «В документе об этом не говорится» where the unknown words are the asker's own
telling (an opening person's noun, persons passing on their question): the bot says it found
nothing instead; «где применять X» asks the sphere a means is for (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "тренер по боксу я. пацаны спрашивают будет ли жестче к нарушителям. че говорит гп",
        "Здравствуйте, это бабушка, внук помог написать. Скажите, пожалуйста, а из Администрации "
        "Президента там кто-нибудь был?",
        "волонтер в нко для пожилых чем реформа поможет простым людям",
        "Дальнобойщик я. Мужики спрашивают, будет ли жёстче к нарушителям?",
        "Это дедушка, дочка помогла набрать. Скажите, а генпрокурор там выступал?",
        "Фермер из Костаная, что реформа даст простым людям?",
    ],
)
def test_asker_and_whom_for_are_no_detail(engine, question: str) -> None:
    """An opening person's noun (past «это», up to the asker's «я» or the question's asking word)
    and persons passing on their question («пацаны спрашивают») are the asker's telling, no detail
    asked, so the bot does not claim the document is silent."""
    reply = engine.answer(question)
    assert reply.decline != "not_in_document", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что реформа даст для бизнеса?",
        "Выступал ли на круглом столе министр юстиции?",
        "Что в реформе главное для сельского жителя?",
        "Какой эффект от реформы для пенсионеров?",
    ],
)
def test_a_detail_of_its_own_still_declines(engine, question: str) -> None:
    """Business, an office nobody tells of, people the text never names (whom it is for is asked,
    not the asker): the document is silent on them."""
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие налоги изменятся для сельского жителя?",
        "Министры спорили о пенсиях?",
    ],
)
def test_nothing_the_documents_tell_stays_off_topic(engine, question: str) -> None:
    """A person beside a topic the documents never have: still nothing they talk about."""
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "off_topic"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Где предлагается применять анализ больших массивов информации?",
        "большие данные где будут применять",
        "Где будут использовать искусственный интеллект?",
        "Where will big data analysis be used?",
    ],
)
def test_where_a_means_is_applied_asks_its_sphere(engine, question: str) -> None:
    """«Где применять X»: where a means is applied is the sphere the text tells it is for («в
    правовой сфере»), not a place."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "digital_solutions"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Где проходил круглый стол?",
        "Where was the round table held?",
    ],
)
def test_where_without_applying_is_a_place(engine, question: str) -> None:
    """No verb of applying: «где» asks a place the documents never give."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Ғылыми қоғамдастық қандай дайындығын білдірді?", "outcome"),
        ("Ғылыми қауымдастық өз дайындығын растады ма?", "outcome"),
        # (round 80c: «қоғамдық ұйымдар» read as public organisations, the entry naming the science
        # community's part and its readiness answers, its quote naming the public organisations too)
        (
            "Қоғамдық ұйымдар болды ма, ал ғылыми қауымдастық қандай дайындығын білдірді?",
            "participant_science",
        ),
    ],
)
def test_kazakh_readiness_in_its_possessive_forms(engine, question: str, entry_id: str) -> None:
    """«дайындығы», «дайындығын» (its readiness): the possessive of «дайындық» with the voiced «ғ» is
    «готовность», as «дайын» is."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Бешбармақты қалай дайындайды?", "Әскердің соғысқа дайындығы қандай?"],
)
def test_preparing_food_or_an_army_is_not_the_texts_readiness(engine, question: str) -> None:
    """Cooking («дайындайды») is no readiness; an army's readiness is nothing the documents tell."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
