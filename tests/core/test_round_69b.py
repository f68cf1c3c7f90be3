"""Round 69b: false «В документе об этом не говорится» for questions the document answers (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Я директор сельской школы в Северо-Казахстанской области. Учёные тоже участвовали"
            " в этой дискуссии?",
            "participant_science",
        ),
        (
            "Я директор колледжа в Жамбылской области Казахстана. Учёные участвовали в обсуждении?",
            "participant_science",
        ),
        (
            "Я учусь в медресе-колледже. Про права человека что-то говорилось на этом обсуждении?",
            "constitutional_model_principles",
        ),
        (
            "Работаю на заводе в Темиртау. Про права человека что-то говорилось на круглом столе?",
            "constitutional_model_principles",
        ),
        ("Я учусь в колледже. Про персональные данные там говорили?", "personal_data_protection"),
        ("Живу в Таразе. Про правовую культуру что-то было?", "legal_culture"),
        ("Я работаю в школе Караганды. Эксперты участвовали в обсуждении?", "participant_science"),
    ],
)
def test_the_asker_sentence_before_the_question(engine, question: str, entry: str) -> None:
    """«Я директор школы в <place>.», «Я учусь / работаю / живу в…»: a sentence telling who the
    asker is and where they study, work or live; the one question after it is what is asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Я директор сельской школы в Туркестанской области. Учителя тоже участвовали в этой дискуссии?",
        "Я учусь в колледже. Про стипендии что-то говорилось на этом обсуждении?",
        "Работаю на заводе в Темиртау. Про зарплаты рабочих говорили на круглом столе?",
        "Я думаю в целом о реформе. Налоги снизят?",
    ],
)
def test_what_the_asker_asks_after_the_sentence_the_text_omits_declines(engine, question: str) -> None:
    """Teachers, grants, workers' pay, taxes: the text says none of it."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("What was the significance of the round table as a forum?", "constitutional_model_principles"),
        ("What role did the round table play as a forum?", "outcome"),
        ("Was the round table a forum for experts?", "participant_science"),
        (
            "I'm researching rule-of-law reforms in Central Asia. Does the text link this reform to the"
            " supremacy of law?",
            "fair_kazakhstan",
        ),
        ("Does the reform ensure the supremacy of law?", "reform_aims"),
        ("Құқық қорғау органдары қандай үлгімен жұмыс істеуі тиіс?", "rights_protection_priority"),
        ("Полиция қандай үлгімен жұмыс істейді?", "rights_protection_priority"),
    ],
)
def test_forum_supremacy_and_the_kazakh_model(engine, question: str, entry: str) -> None:
    """A "forum" is the text's «площадка»; the "supremacy of law" its «верховенство закона»; the
    Kazakh «үлгі» (a model, a pattern) its «модель»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Did the round table set up a permanent forum?",
        "What forum will hold the next round table?",
        "Is the supremacy of law over religion discussed?",
        "Does the text link this reform to the supremacy of the Constitution over international law?",
        "Құқық қорғау органдары қандай киім үлгісін киеді?",
    ],
)
def test_forum_supremacy_and_model_details_the_text_omits_decline(engine, question: str) -> None:
    """A permanent or next forum, law over religion, the Constitution over international law, the
    police's uniform: the text says none of it."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Прошу сообщить перечень субъектов, принявших участие в дискуссии.",
        "Какие субъекты приняли участие в обсуждении?",
        "Перечислите субъектов, которые участвовали в дискуссии.",
    ],
)
def test_the_formal_subjects_taking_part(engine, question: str) -> None:
    """The formal «субъект», an entity taking part, is an organisation: who took part."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "participants"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Сколько субъектов приняли участие?",
        "Какие субъекты предпринимательства участвовали?",
        "Какие субъекты права затрагивает реформа?",
    ],
)
def test_subjects_the_text_omits_decline(engine, question: str) -> None:
    """How many, businesses, subjects of law: the text says none of it."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "What is the reference to a 'Just Kazakhstan' about?",
        "What is the mention of a 'Just Kazakhstan' about?",
        "О чём упоминание «Справедливого Казахстана»?",
    ],
)
def test_a_mention_asked_is_no_detail_the_text_lacks(engine, question: str) -> None:
    """A "reference", a «упоминание» of a thing frames what is said of it: the bot cannot claim the
    document is silent (it answers, or says it did not find)."""
    reply = engine.answer(question)
    assert reply.decline != "not_in_document", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "What is the reference to the Soviet constitution about?",
        "Is there a mention of the Uzbek constitution?",
    ],
)
def test_a_mention_of_what_the_text_lacks_declines(engine, question: str) -> None:
    """The Soviet or Uzbek constitution: the text names neither."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
