"""Round 62a: literary Russian questions the bot declined though the document answers them (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Какие меры в сфере образования упомянуты?", "legal_culture"),
        ("Какие шаги в области образования названы?", "legal_culture"),
        ("Какие меры в сфере образования?", "legal_culture"),
        ("Какие меры в сфере цифровизации упомянуты?", "digital_solutions"),
    ],
)
def test_measures_in_a_domain(engine, question: str, entry: str) -> None:
    """«Какие меры в сфере X…?»: the measures asked in a domain are what the documents say is done
    there, as «Что предлагается в сфере X?»; the noun of measures is no subject."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие меры в сфере здравоохранения упомянуты?",
        "Какие меры ответственности в сфере образования предусмотрены?",
        "Какие меры в области налогообложения упоминаются?",
        "Какие меры в сфере образования финансируются государством?",
    ],
)
def test_measures_in_a_domain_near_misses_decline(engine, question: str) -> None:
    """Healthcare, taxes, liability, state funding: the text names none."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("О каком Президенте идёт речь в пресс-релизе?", "reform_tokayev_link"),
        ("О каком президенте идет речь в тексте?", "reform_tokayev_link"),
        ("Речь идёт о каком президенте?", "reform_tokayev_link"),
        ("О каком Генеральном прокуроре идёт речь?", "speaker"),
    ],
)
def test_talk_in_the_text_is_what_it_says(engine, question: str, entry: str) -> None:
    """«О каком X идёт речь?»: the present «идёт речь» asks what the text speaks of, as «говорится»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "О каком министре идёт речь в пресс-релизе?",
        "О какой речи президента идёт речь?",
        "О каком премьер-министре идёт речь в тексте?",
        "О какой партии идёт речь в пресс-релизе?",
    ],
)
def test_talk_in_the_text_near_misses_decline(engine, question: str) -> None:
    """A minister, a speech of the President, a prime minister, a party: the text names none."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Мне как участковому интересно: что меняется для полиции по этому проекту?",
            "rights_protection_priority",
        ),
        ("Что меняется для полиции по этому проекту?", "rights_protection_priority"),
        ("Что меняется для полиции согласно проекту?", "rights_protection_priority"),
        ("Что будет с полицией по данному проекту?", "rights_protection_priority"),
        (
            "Какие гарантии персональных данных предусмотрены по новой Конституции?",
            "personal_data_protection",
        ),
    ],
)
def test_by_the_whole_is_where_the_answer_is_sought(engine, question: str, entry: str) -> None:
    """«по этому проекту», «согласно проекту»: the whole in the dative frames the question, as «в
    рамках реформы»; what is asked is the thing named beside it."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что меняется для пенсионеров по этому проекту?",
        "Что меняется в налоговой системе по этому проекту?",
        "Какие льготы для студентов предусмотрены согласно проекту?",
        "Как изменится пенсионный возраст по новой Конституции?",
    ],
)
def test_by_the_whole_near_misses_decline(engine, question: str) -> None:
    """Pensioners, taxes, students' benefits, the pension age: the text names none."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Дайте краткое резюме выступления Генерального прокурора.",
        "Дайте краткое содержание выступления генпрокурора",
        "Дайте выжимку выступления Асылова",
    ],
)
def test_summary_of_a_thing_is_what_is_said_of_it(engine, question: str) -> None:
    """«краткое резюме выступления X»: the summary of a thing named after it is what the text says
    of that thing, not the piece's own summary."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "prosecutor_speech"), describe(reply)


def test_summary_of_the_piece_stays_the_piece(engine) -> None:
    """«краткое содержание пресс-релиза»: the piece's own summary answers."""
    reply = engine.answer("Дайте краткое содержание пресс-релиза")
    assert (reply.kind, reply.entry_id) == ("answer", "about_document"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Дайте краткое резюме выступления министра юстиции.",
        "Каково краткое содержание выступления депутатов?",
        "Дайте краткое содержание доклада Уполномоченного по правам человека",
        "Дайте резюме выступления президента",
    ],
)
def test_summary_of_a_thing_near_misses_decline(engine, question: str) -> None:
    """The justice minister's, the deputies', the ombudsman's, the President's speech: the text
    reports none."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Какие четыре блока вопросов выделили участники при обсуждении практической стороны проекта?",
            "key_directions",
        ),
        ("Какие направления выделили, обсуждая практическую сторону проекта?", "key_directions"),
        ("Что обсуждали, касаясь практической стороны реформы?", "practical_focus"),
        ("Обсуждали ли прикладную сторону реформы?", "practical_focus"),
    ],
)
def test_practical_side_is_the_practical_aspects(engine, question: str, entry: str) -> None:
    """«практическая сторона» of a thing is its practical aspects (the text's «практических
    аспектах»), as "the practical side" is."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Обсуждалась ли практическая сторона пенсионной реформы?",
        "Какова практическая сторона введения налога на роскошь?",
        "Какие стороны участвовали в переговорах?",
    ],
)
def test_practical_side_near_misses_decline(engine, question: str) -> None:
    """A pension reform, a luxury tax, parties to negotiations: the text names none."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Планируется ли менять работу полиции в сторону обслуживания граждан?",
        "Изменится ли работа правоохранительных органов в сторону профилактики?",
        "Сдвинется ли работа полиции в сторону сервисной модели?",
        "Сместится ли акцент в сторону профилактики правонарушений?",
    ],
)
def test_towards_a_thing(engine, question: str) -> None:
    """«в сторону X» before a genitive is "towards X": what a thing moves to is asked, the side is
    no subject."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Меняется ли законодательство в сторону либерализации?",
        "Изменится ли налоговая система в сторону снижения ставок?",
        "Будет ли работа полиции меняться в сторону наказаний?",
        "Изменится ли работа судов в сторону открытости?",
    ],
)
def test_towards_a_thing_near_misses_decline(engine, question: str) -> None:
    """Liberalisation, tax rates, punishment, the courts' openness: the text tells none."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
