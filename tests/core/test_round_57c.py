"""Round 57c: wrong answers — an answer from an entry that holds only half of what is asked."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "О конституции какой страны идёт речь в пресс-релизе?",
        "Конституция какой страны обсуждалась на круглом столе?",
        "Конституцию какого государства обсуждали?",
    ],
)
def test_which_countrys_constitution(engine, question: str) -> None:
    """Which country's constitution: the document's own name of the state, Республика Казахстан."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "about_document"), describe(reply)
    assert "Республики Казахстан" in reply.answer, describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какой стране принадлежит модель налогообложения?",
        "Какие страны прислали наблюдателей на круглый стол?",
    ],
)
def test_other_countries_decline(engine, question: str) -> None:
    """Other countries' part in it: the text names none."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Какие гарантии собираются укреплять в рамках реформы?", "overall_assessment"),
        ("Кто заявил о необходимости системно разъяснять суть реформ?", "explanatory_work"),
        ("Какое из обсуждавшихся направлений связано с образованием?", "legal_culture"),
    ],
)
def test_a_close_entry_holding_the_nouns_asked_of_answers(engine, question: str, entry: str) -> None:
    """The first entry lacks a noun asked of (гарантии, реформы, образование) and wins on other
    words (укреплять, заявил, направление); one as close that holds them all answers."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("О чём был круглый стол 27 февраля?", "about_document"),
        (
            "Из каких двух элементов складывается направление равенства перед законом"
            " в формулировке пресс-релиза?",
            "equality_before_law",
        ),
        (
            "В тексте говорится о ценности принципа «Закон и порядок». Какой именно ценностью он становится?",
            "law_and_order_preamble",
        ),
    ],
)
def test_framing_nouns_do_not_move_the_answer(engine, question: str, entry: str) -> None:
    """A date, the text itself, the parts a thing is made of frame the question: an entry holding
    them is not closer to what is asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие гарантии собираются укреплять для бизнеса?",
        "Какие гарантии банковских вкладов собираются укреплять?",
        "Какие гарантии собираются отменить в рамках реформы?",
    ],
)
def test_guarantees_the_text_does_not_name_decline(engine, question: str) -> None:
    """Guarantees for business, of deposits, guarantees abolished: the text tells of none."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Как вы считаете, это хорошая реформа?",
        "Is this a good reform in your opinion?",
        "Сіздің ойыңызша, бұл реформа дұрыс па?",
        "На ваш взгляд, эти поправки удачные?",
        "What is your opinion of the proposed changes?",
    ],
)
def test_the_bots_own_opinion_is_not_in_the_document(engine, question: str) -> None:
    """The bot's own view asked: the document holds what was said, not the bot's view; it says
    it found nothing and offers the document's own assessment nearby."""
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_found"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Do you think the Prosecutor General spoke at the round table?", "speaker"),
        ("Вы считаете, что Генпрокурор выступал на круглом столе?", "speaker"),
        ("Как вы думаете, кто участвовал в круглом столе?", "participants"),
    ],
)
def test_a_polite_do_you_think_before_a_question_of_fact_is_answered(
    engine, question: str, entry: str
) -> None:
    """ "Do you think…", «Вы считаете, что…» before what the text tells: a polite way of asking it,
    no request for the bot's view; only the phrases that ask for a view («in your opinion», «на ваш
    взгляд», «Как вы считаете» standing alone before the question) decline."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Хорошая ли это реформа?", "overall_assessment"),
        ("Как в целом оцениваются предлагаемые изменения?", "overall_assessment"),
        ("Is it a good reform?", "overall_assessment"),
    ],
)
def test_the_documents_own_assessment_still_answers(engine, question: str, entry: str) -> None:
    """Asked without the bot's view, the assessment is the document's: it answers."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Which agency will oversee personal data protection?",
        "Which agency will protect personal data?",
        "Какое агентство будет защищать персональные данные?",
    ],
)
def test_which_agency_asks_for_a_body_the_text_does_not_name(engine, question: str) -> None:
    """ "agency", «агентство» are words for a body, as «ведомство», "body": which one asks for a
    body, and the text names none for personal data."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Which agencies took part in the round table?", "participants"),
        ("What will law enforcement agencies focus on?", "rights_protection_priority"),
        ("Will law enforcement agencies work differently?", "rights_protection_priority"),
    ],
)
def test_agencies_the_text_names_still_answer(engine, question: str, entry: str) -> None:
    """The participants and the law enforcement agencies are named: those questions answer."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Президент Әкімшілігінен нақты кім қатысты?",
        "Парламенттен нақты кім қатысты?",
    ],
)
def test_kazakh_exactly_who_of_a_body_asks_names(engine, question: str) -> None:
    """«нақты кім» is «кто именно»: of a body named, it asks the names the text does not give."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Дөңгелек үстелге нақты кім қатысты?", "participants"),
        ("Нақты кім сөз сөйледі?", "speaker"),
    ],
)
def test_kazakh_exactly_who_took_part_or_spoke_answers(engine, question: str, entry: str) -> None:
    """Who exactly took part (the bodies), who exactly spoke (the one speaker): as in Russian."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Какова цель реформы применительно к правопорядку?", "reform_aims"),
        (
            "Я госслужащий, готовлю доклад. Как сформулирована цель реформы применительно к правопорядку?",
            "reform_aims",
        ),
        ("Что говорится о правовой сфере применительно к ИИ?", "digital_solutions"),
        ("Что такое Справедливый Казахстан применительно к реформе?", "fair_kazakhstan"),
    ],
)
def test_applied_to_is_a_preposition(engine, question: str, entry: str) -> None:
    """«применительно к» is «в отношении», "regarding": it names no subject, so an entry whose
    question merely uses it is not closer (the aims of the reform answer its aims)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какова цель реформы применительно к налогам?",
        "Что говорится о налогах применительно к бизнесу?",
    ],
)
def test_applied_to_what_the_text_omits_declines(engine, question: str) -> None:
    """Taxes, business: the text says nothing of them, whatever they are applied to."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
