"""Round 81a: answerable literary-Russian questions the engine declined: a guess that a thing is mere
talk («просто лозунг», «или нечто большее») (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe

# the entries whose quote gives «Закон и порядок» its status of a fundamental constitutional value
STATUS_TOLD = {"law_and_order_preamble", "law_and_order_meaning", "speaker", "prosecutor_speech"}


@pytest.mark.parametrize(
    "question",
    [
        "Является ли принцип «Закон и порядок» просто лозунгом или чем-то большим?",
        "«Закон и порядок» — это просто лозунг или нечто большее?",
        "Станет ли принцип «Закон и порядок» после включения в Преамбулу просто декларацией?",
        "Насколько принципиален для реформы принцип «Закон и порядок» — это просто лозунг?",
        "«Закон и порядок» как фундаментальная ценность — это не просто красивый лозунг? Что за этим стоит?",
        "«Закон и порядок» — лозунг или нечто большее?",
        "«Закон и порядок» — всего лишь декларация?",
        "Принцип «Закон и порядок» в Преамбуле — это просто красивые слова?",
        "Не станет ли «Закон и порядок» просто очередным лозунгом?",
        'Is "Law and Order" just a slogan or something more?',
    ],
)
def test_mere_talk_guess_asks_what_the_thing_is(engine, question: str) -> None:
    """«просто лозунг», «лишь декларация», «или нечто большее»: a guess that a thing is mere talk asks
    what the thing is; the documents tell its status."""
    reply = engine.answer(question)
    assert reply.kind == "answer", describe(reply)
    assert reply.entry_id in STATUS_TOLD, describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Пенсии — это просто слова или нечто большее?",
        "Станет ли принцип «Закон и порядок» просто статьёй налогового кодекса?",
        "Является ли принцип «Закон и порядок» просто лозунгом партии?",
        "Реформа налогов — просто пиар?",
        "Станет ли закон о налогах просто декларацией?",
    ],
)
def test_mere_guess_of_something_unnamed_still_declines(engine, question: str) -> None:
    """Only the words of talk are dropped: a thing or a detail the documents never name stays asked
    (pensions, a tax code, a party's slogan)."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Круглый стол — это просто формальность?",
        "Был ли круглый стол просто формальностью или чем-то большим?",
    ],
)
def test_formality_keeps_the_outcome(engine, question: str) -> None:
    """A formality is no mere talk: the documents answer it (a place for a real exchange of views)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "outcome"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Я учительница в уйгурской школе в Чундже. Объясните простыми словами, что хотят изменить в "
        "обучении праву?",
        "Что говорится о правовом обучении?",
        "Что будет с юридическим обучением?",
        "Как изменится подготовка правоведов?",
    ],
)
def test_learning_the_law_is_the_texts_legal_education(engine, question: str) -> None:
    """«обучение праву», «правовое обучение», «подготовка правоведов»: learning the law is the
    text's legal education (synonyms.yaml)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "legal_culture"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Как будут проходить обучение нейросетей?",
        "Изменится ли обучение в школах?",
        "Станет ли обучение праву бесплатным?",
    ],
)
def test_learning_of_another_kind_declines(engine, question: str) -> None:
    """Training of networks, schooling, or a detail of legal education the text never gives stay
    declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Я секретарь суда. Сказано ли что-то о том, чтобы закон везде применялся единообразно и без "
        "двойных стандартов?",
        "Будут ли законы применяться без двойных стандартов?",
        "Есть ли в проекте что-то против двойных стандартов в применении законов?",
        "Правда ли, что закон будет применяться с двойными стандартами?",
        "Will the law be applied without double standards?",
    ],
)
def test_double_standards_are_against_uniform_application(engine, question: str) -> None:
    """Double standards, claimed or ruled out, are answered by the text's uniform application of
    the law (synonyms.yaml `opposites`)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "equality_before_law"), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Что говорится о двойных стандартах в налогообложении?", "Двойные стандарты в спорте обсуждались?"],
)
def test_double_standards_elsewhere_decline(engine, question: str) -> None:
    """Double standards in a sphere the documents never name stay declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Ставит ли проект цель укрепить правопорядок?", "overall_assessment"),
        ("Ставит ли реформа цель повысить эффективность госуправления?", "overall_assessment"),
        ("Преследует ли реформа задачу усилить гарантии прав граждан?", "overall_assessment"),
        ("Имеет ли проект целью укрепить правосознание?", "legal_consciousness"),
    ],
)
def test_aim_set_to_do_asks_what_it_is_aimed_at(engine, question: str, entry_id: str) -> None:
    """«ставит цель / преследует задачу + infinitive»: the aim set to do a thing asks whether the
    changes are aimed at it."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Ставит ли проект цель снизить налоги?", "Ставит ли реформа задачу отменить смертную казнь?"],
)
def test_aim_of_something_unnamed_declines(engine, question: str) -> None:
    """An aim the documents never name stays declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_the_aim_itself_keeps_its_answer(engine) -> None:
    """With no infinitive after it the aim itself is asked."""
    reply = engine.answer("Какую цель ставит проект?")
    assert (reply.kind, reply.entry_id) == ("answer", "reform_aims"), describe(reply)
