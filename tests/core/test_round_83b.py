"""Round 83b: false «не говорится» and needless declines of answerable questions: two nouns joined by
«и» after one verb ask two things (each asked on its own), «назовите» before one thing in the
singular asks it told (no list), and the asker's work before a closing «подскажите плз» (real
engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Скажите, пожалуйста, дату проведения и тему мероприятия.",
        "Подскажите дату и тему круглого стола",
        "Дата и тема круглого стола?",
        "Нужны дата и тема мероприятия для буклета",
    ],
)
def test_two_nouns_after_one_verb_ask_each(engine, question: str) -> None:
    """«дату проведения и тему мероприятия»: no one entry tells both; the date part is answered."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "event_date"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Назовите дату и время следующего круглого стола.",
        "Скажите дату и повестку следующего заседания",
        "Какие права и обязанности у депутатов?",
        "Что говорили о налогах и пенсиях?",
    ],
)
def test_two_nouns_of_what_the_text_never_says_still_decline(engine, question: str) -> None:
    """Each noun asked alone is still a detail the documents never give."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_curated_phrase_is_not_split(engine) -> None:
    """«закон и порядок» is one thing asked: its meaning, not the meaning of «закон» alone."""
    reply = engine.answer("Что значит закон и порядок?")
    assert (reply.kind, reply.entry_id) == ("answer", "law_and_order_meaning"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Назовите дату проведения круглого стола.", "event_date"),
        ("Назовите дату мероприятия.", "event_date"),
        ("Назовите тему круглого стола.", "about_document"),
    ],
)
def test_naming_one_thing_asks_it_told(engine, question: str, entry: str) -> None:
    """«Назовите дату…»: one thing in the singular, as «Какая дата…?», not a list's items."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Назовите дату следующего круглого стола.",
        "Назовите точное время начала круглого стола.",
        "Назовите стоимость мероприятия.",
    ],
)
def test_naming_one_thing_the_text_never_gives_declines(engine, question: str) -> None:
    """The singular after «назовите» asks that thing; the text still never gives it."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_naming_items_keeps_the_list(engine) -> None:
    """«Назовите направления»: the plural asks the listed items."""
    reply = engine.answer("Назовите направления обсуждения.")
    assert (reply.kind, reply.entry_id) == ("answer", "key_directions"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "нужна дата круглого стола для буклета пожалуйста",
        "нужна дата для стенда подскажите плз",
    ],
)
def test_work_before_a_closing_please_is_the_askers(engine, question: str) -> None:
    """«…для стенда подскажите плз»: the asker's work, by its lemma, before a closing request."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "event_date"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "нужна стоимость мероприятия для стенда плз",
        "Что изменится для учителей подскажите",
    ],
)
def test_work_tail_keeps_what_is_asked(engine, question: str) -> None:
    """The cost is still never given; «для учителей» is no work of the asker's."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Назовите общественные организации, которые участвовали в дискуссии.",
        "Какие научные институты и университеты участвовали в дискуссии?",
    ],
)
def test_which_members_of_a_kind_still_decline(engine, question: str) -> None:
    """«организации» may be plural (a list's items); «какие X и Y» asks the members of both kinds by
    name, which the text never gives: neither is split nor read as one thing."""
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Сравните Конституцию Казахстана и России",
        "Какая разница между Конституцией Казахстана и Конституцией Узбекистана?",
    ],
)
def test_sides_of_a_comparison_are_not_split(engine, question: str) -> None:
    """The two nouns are the sides compared, one question: not each side alone."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "сервисная модель полиции и звери",
        "Сервисная модель полиции и звери?",
        "правовая культура и звери",
    ],
)
def test_a_bare_name_with_a_word_the_text_never_uses_is_not_split(engine, question: str) -> None:
    """Nothing asks (no verb, request or question word), and «звери» is a word the documents never
    use: the two nouns name one thing no entry knows, not the known half asked."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что говорилось на встрече про правопорядок и дисциплину в обществе?",
        "Расскажите про сервисную модель полиции и зверей",
    ],
)
def test_an_asked_unknown_noun_is_left_as_an_unknown_clause_is(engine, question: str) -> None:
    """Asked of, the noun the documents never use is one part declined, as an unknown clause of
    several is («Когда был круглый стол, и кто такой Вася?»), and the known part answered."""
    reply = engine.answer(question)
    assert (reply.kind, reply.note.split(";")[0]) == ("answer", "several questions"), describe(reply)
