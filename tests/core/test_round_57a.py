"""Round 57a: literary Russian the bot declined (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Я преподаю право в колледже. Касалась ли дискуссия юридического образования?", "legal_culture"),
        ("Касались ли участники вопросов юридического образования?", "legal_culture"),
        ("Затрагивала ли дискуссия правовую культуру?", "legal_culture"),
        ("Касаются ли предлагаемые изменения подготовки юристов?", "legal_culture"),
        ("Касался ли круглый стол цифровизации?", "digital_solutions"),
        ("Did the discussion cover legal education?", "legal_culture"),
        ("Do the changes cover the economy?", "long_term_guidelines"),
    ],
)
def test_whether_the_discussion_touched_a_thing(engine, question: str, entry: str) -> None:
    """«Касалась ли дискуссия X?», «Затрагивали ли участники X?», «Касаются ли изменения X?»: the
    event, those who took part, or the changes touching X, as the reform does, ask whether the
    document names X."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Касалась ли дискуссия налоговой реформы?",
        "Касались ли участники вопросов зарплат учителей?",
        "Затрагивают ли изменения пенсионный возраст?",
        "Касался ли круглый стол выборов в маслихаты?",
        "Did the discussion cover tax reform?",
        "Do the changes cover pensions?",
    ],
)
def test_what_the_discussion_never_touched_declines(engine, question: str) -> None:
    """Taxes, salaries, the pension age, local elections: the document names none of them."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Я нотариус из Шымкента. Для меня важно, чтобы законы везде применялись одинаково. "
        "Обсуждалось ли это?",
        "Я помощник нотариуса, для меня важно, чтобы законы везде применялись одинаково. "
        "Говорилось ли об этом?",
        "Я член избирательной комиссии, и меня волнует, чтобы законы применялись одинаково во всех "
        "регионах. Обсуждалось ли это на круглом столе?",
    ],
)
def test_the_askers_concern_past_who_they_are(engine, question: str) -> None:
    """«Я нотариус из Шымкента. <concern>. Обсуждалось ли это?»: the question points back to the
    concern; the asker's own noun and town before it are no part of what is asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "equality_before_law"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Я нотариус из Шымкента. Для меня важно, чтобы нотариальные тарифы снизили. Обсуждалось ли это?",
        "Я пенсионер. Меня волнует размер пенсии. Говорилось ли об этом?",
        "Я учитель, меня волнует зарплата учителей. Обсуждалось ли это?",
        "Я юрист. Для меня важно, чтобы суды были независимы. Обсуждалось ли это?",
    ],
)
def test_a_concern_the_document_never_names_declines(engine, question: str) -> None:
    """Notary fees, pensions, teachers' pay, independent courts: the concern is not in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Я полковник финансовой полиции в отставке. Какой статус получит принцип «Закон и порядок», "
        "если его внесут в преамбулу?",
        "Я служу в полиции. Какой статус получит принцип «Закон и порядок», если его закрепят в Преамбуле?",
        "Я депутат Мажилиса. Какой статус приобретёт принцип «Закон и порядок», если его впишут в преамбулу?",
    ],
)
def test_a_pronoun_standing_for_a_noun_of_the_question(engine, question: str) -> None:
    """«…принцип, если его внесут…»: the pronoun agrees with a noun of a clause of the question before
    it, which it stands for, not the police or the deputy of the asker's sentence."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "law_and_order_preamble"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Я пишу статью о генпрокуроре. Что он сказал о зарплатах прокуроров?",
        "Я служу в полиции. Какой станет зарплата полицейских, если её повысят?",
        "Я полковник полиции. Какой статус получит полиция, если её реформируют?",
    ],
)
def test_what_the_document_never_says_still_declines(engine, question: str) -> None:
    """Prosecutors' and policemen's pay, a new status of the police: not in the document."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие задачи решает реформа с точки зрения участников круглого стола?",
        "Какие цели у реформы с точки зрения участников?",
        "В чём смысл реформы Конституции с точки зрения прав граждан?",
        "В чём смысл конституционной реформы с точки зрения прав человека?",
    ],
)
def test_the_participants_view_and_the_side_of_rights(engine, question: str) -> None:
    """«с точки зрения участников» reports whose view it is, as «по мнению участников»; «с точки
    зрения прав граждан» is the side of rights, which the entry on «права и свободы граждан» holds."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "reform_aims"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие задачи решает реформа с точки зрения генпрокурора?",
        "Какие задачи решает реформа с точки зрения Парламента?",
        "Какие задачи решает реформа с точки зрения оппозиции?",
        "В чём смысл реформы с точки зрения прав собственников?",
        "Что даёт реформа с точки зрения прав предпринимателей?",
    ],
)
def test_a_view_or_side_the_document_does_not_give_declines(engine, question: str) -> None:
    """The aims are not said to be the Prosecutor General's or Parliament's view; the opposition and
    owners' or businesses' rights are never named."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Как родитель школьника хочу понять: будет ли уделяться внимание правовой культуре общества?",
            "legal_culture",
        ),
        ("Уделялось ли внимание юридическому образованию?", "legal_culture"),
        ("Уделили ли внимание защите персональных данных?", "personal_data_protection"),
        ("Было ли уделено внимание профилактике правонарушений?", "rights_protection_priority"),
    ],
)
def test_whether_attention_was_paid_to_a_thing(engine, question: str, entry: str) -> None:
    """«Уделялось ли внимание X?» asks whether the document speaks of X, as «Обсуждалось ли X?»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Уделялось ли внимание пенсионной реформе?",
        "Уделили ли внимание зарплатам судей?",
        "Было ли уделено внимание борьбе с коррупцией?",
    ],
)
def test_attention_to_what_the_document_never_names_declines(engine, question: str) -> None:
    """Pensions, judges' pay, corruption: the document speaks of none of them."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Ожидается ли от изменений рост эффективности госуправления?", "overall_assessment"),
        ("Приведёт ли реформа к увеличению эффективности государственного управления?", "overall_assessment"),
        ("Будет ли рост качества юридического образования?", "legal_culture"),
    ],
)
def test_a_rise_is_the_texts_increase(engine, question: str, entry: str) -> None:
    """«рост», «увеличение» of a quality or a measure are the text's «повышение» of it."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Ожидается ли рост преступности?",
        "Будет ли рост цен?",
        "Будет ли рост зарплат прокуроров?",
        "Будет ли увеличение штрафов за правонарушения?",
    ],
)
def test_a_rise_the_text_never_speaks_of_declines(engine, question: str) -> None:
    """Crime, prices, prosecutors' pay, fines: no rise of them is in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Какую работу, по мнению главы Генпрокуратуры, необходимо продолжать?", "explanatory_work"),
        (
            "Что сказал руководитель Генеральной прокуратуры о принципе «Закон и порядок»?",
            "law_and_order_meaning",
        ),
        ("Кто глава Генпрокуратуры?", "speaker"),
    ],
)
def test_the_head_of_the_prosecutors_office_is_the_prosecutor_general(
    engine, question: str, entry: str
) -> None:
    """«глава / руководитель Генпрокуратуры» is the Prosecutor General, as «глава прокуратуры» is."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Сколько лет руководитель Генпрокуратуры на посту?",
        "Что глава Генпрокуратуры сказал о налогах?",
    ],
)
def test_what_the_text_never_says_of_the_head_declines(engine, question: str) -> None:
    """His years in office, taxes: not in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
