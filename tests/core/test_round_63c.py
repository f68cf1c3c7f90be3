"""Round 63c: the asker's own hearsay opening («Слышал по радио, что…») and a detail asked to be
confirmed («Подтвердите дату…») (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Слышал по радио, что генпрокурор выступал на круглом столе. Как его фамилия?", "speaker"),
        (
            "Слышала по телевизору, что выступал генеральный прокурор. "
            "Что он предложил закрепить в преамбуле?",
            "law_and_order_preamble",
        ),
        (
            "Вчера прочитал в новостях, что прошёл круглый стол о Конституции. Когда он состоялся?",
            "event_date",
        ),
        (
            "Увидела в телеграм-канале, что в Конституции будет принцип «Закон и порядок». "
            "Это правда, и где он будет записан?",
            "law_and_order_preamble",
        ),
        (
            "Увидела в телеграм-канале, "
            "что в Конституции будет принцип «Закон и порядок». Где его хотят записать?",
            "law_and_order_preamble",
        ),
    ],
)
def test_hearsay_opening_of_the_asker(engine, question: str, entry: str) -> None:
    """«Слышал по радио, что…», «Увидела в телеграм-канале, что…»: a verb of hearing or reading in
    the past singular with its «я» dropped is the asker's own sentence (the radio, the channel are
    no subject); the pronoun of the question after it stands for what it names."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Слышал по радио, что генпрокурор выступал на круглом столе. Сколько ему лет?",
        "Слышал по радио, что повысят пенсии. Когда это будет?",
        "Увидела в телеграм-канале, что генпрокурор выступал. Какая у него зарплата?",
        "Прочитала в газете, что прошёл круглый стол. Сколько стоила его организация?",
    ],
)
def test_hearsay_opening_asking_what_the_text_omits_declines(engine, question: str) -> None:
    """His age, pensions, his salary, the cost: the text says none of it."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Я редактор районной газеты в Павлодаре, готовлю заметку. "
            "Подтвердите дату проведения круглого стола.",
            "event_date",
        ),
        ("Подтвердите дату проведения круглого стола.", "event_date"),
        ("Я журналист. Подтвердите, пожалуйста, должность Берика Асылова.", "speaker"),
        ("Confirm the date of the round table.", "event_date"),
        ("Please confirm who spoke at the round table.", "speaker"),
    ],
)
def test_detail_asked_to_be_confirmed(engine, question: str, entry: str) -> None:
    """«Подтвердите дату…», "Confirm the date…": a request to confirm a detail asks it told, as
    «уточните» does; the request is no subject (no confirming is asked about)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Я редактор газеты, готовлю заметку. Подтвердите дату принятия новой Конституции.",
        "Подтвердите дату референдума.",
        "Подтвердите, пожалуйста, возраст Берика Асылова.",
        "Confirm the budget of the reform.",
    ],
)
def test_confirming_what_the_text_omits_declines(engine, question: str) -> None:
    """The adoption date, a referendum, his age, a budget: the text says none of it."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Я узбек, держу магазинчик в Сарыагаше. Для меня важно, чтобы закон был один для всех. "
            "Что об этом говорили на круглом столе?",
            "equality_before_law",
        ),
        (
            "Я таксист, работаю в Караганде. Для меня важно, "
            "чтобы законы применялись одинаково. Обсуждалось ли это?",
            "equality_before_law",
        ),
        (
            "Я фермер, держу скот под Костанаем. Для меня важно, "
            "чтобы закон был один для всех. Что об этом сказано?",
            "equality_before_law",
        ),
        (
            "Я пенсионерка, живу в Кокшетау. Мне важно, "
            "чтобы мои персональные данные были защищены. Говорили об этом?",
            "personal_data_protection",
        ),
        (
            "Мне важно, чтобы мои персональные данные были защищены. Говорили об этом?",
            "personal_data_protection",
        ),
        ("Мне очень важно, чтобы законы применялись одинаково. Это обсуждалось?", "equality_before_law"),
        (
            "Для меня важно, чтобы закон был один для всех. Что об этом говорили на круглом столе?",
            "equality_before_law",
        ),
    ],
)
def test_concern_of_the_asker_asked_back(engine, question: str, entry: str) -> None:
    """«Я узбек, держу магазинчик…»: more of the asker's own (a first-person verb) after their noun;
    «Для меня важно, чтобы…», «Мне важно, чтобы…»: their stance, no subject; the concern after it is
    what «об этом», «это» asks of (not «Мне важно?» alone: the clause is no aside of the question)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Я узбек, держу магазинчик в Сарыагаше. Для меня важно, чтобы снизили налоги. "
        "Что об этом говорили на круглом столе?",
        "Я таксист, работаю в Караганде. Для меня важно, чтобы бензин подешевел. Обсуждалось ли это?",
        "Я пенсионерка, живу в Кокшетау. Мне важно, чтобы пенсии выросли. Говорили об этом?",
        "Для меня важно, чтобы снизили налоги. Что об этом говорили?",
        "Мне важно, чтобы пенсии выросли. Это обсуждалось?",
    ],
)
def test_concern_the_text_omits_declines(engine, question: str) -> None:
    """Taxes, petrol, pensions: the asker's trade or life, which the text does not speak of."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
