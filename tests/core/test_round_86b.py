"""Round 86b: the protection of citizens' rights asked by an asker's «мне то что…», rights given
«в плане прав», the protection of people as that of their rights; «центральный» as «главный», the
Kazakh «пікірталас», the chat «втянуть» and «тока», where the slang «юзать» applies a means, «в первую
очередь» before two sides, word «доведена» to people, «во вступлении» as in the preamble (real
engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "я водитель трамвая в павлодаре мне то что с этой конституции, права граждан как защитят",
        "я медсестра на скорой нам то что с этой конституции как права граждан защищать будут",
        "я кондуктор в семее мне то что с этой реформы, как права граждан защищать будут",
    ],
)
def test_askers_what_is_it_to_me_opens_the_question(engine, question: str) -> None:
    """«мне то что с этой конституции»: the asker's dative, the particle «то» and the plain «что»
    open the question as «мне че» does; the words before it name the asker."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "я учитель в шымкенте нам то что с этой конституции, пенсии поднимут?",
        "я фермер из костаная мне то что с этой реформы, землю мою защитят?",
    ],
)
def test_askers_what_is_it_to_me_keeps_a_detail_the_text_never_gives(engine, question: str) -> None:
    """Pensions, land: the question after the asker's opening asks what the text never tells."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Я простой сантехник из Уральска. Скажите по-человечески, что новая Конституция даст обычным "
        "людям в плане прав?",
        "Что новая Конституция даст нам в плане прав?",
        "Что реформа даст людям в части их прав?",
        "Что дадут поправки простым гражданам в плане прав?",
    ],
)
def test_rights_given_in_respect_of_are_their_guarantees(engine, question: str) -> None:
    """«что даст людям в плане прав»: rights given in respect of, as the protection of rights
    given, are the strengthening of the guarantees of rights and freedoms."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что даст реформа в плане прав на жильё?",
        "Что даст Конституция в плане пенсий?",
        "Какие права даст новая Конституция?",
    ],
)
def test_a_right_the_text_never_names_or_which_rights_is_declined(engine, question: str) -> None:
    """A right to housing, pensions, which rights: the text does not tell of them."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Я жена шахтёра, мужу не раз приходилось отстаивать свои права. Что в проекте предлагают для "
        "защиты простых людей?",
        "Что в проекте предлагают для защиты граждан?",
        "Что предусмотрено для защиты населения?",
    ],
)
def test_the_protection_of_people_is_that_of_their_rights(engine, question: str) -> None:
    """«для защиты простых людей»: the protection of people is that of their rights (the direction
    «Приоритет защиты прав граждан»), no longer the legal protection of equality before the law
    alone; asked back between the two or answered by the direction."""
    reply = engine.answer(question)
    assert reply.entry_id != "equality_before_law", describe(reply)
    assert reply.kind in {"answer", "clarify"}, describe(reply)
    if reply.kind == "answer":
        assert reply.entry_id == "rights_protection_priority", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Что предлагается для защиты граждан от мошенников?", None),
        ("Как суд будет обеспечивать защиту граждан?", None),
        ("Как будет обеспечена защита данных граждан?", "personal_data_protection"),
    ],
)
def test_protection_from_a_thing_or_of_their_data_keeps_its_reading(
    engine, question: str, entry_id: str | None
) -> None:
    """The protection of citizens from fraudsters or by a court the text does not tell; that of
    their data is the personal data entry."""
    reply = engine.answer(question)
    assert reply.entry_id == entry_id, describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Парламент өкілдері пікірталасқа қатысты ма?",
        "Пікірталасқа Парламент өкілдері қатысты ма?",
    ],
)
def test_kazakh_debate_is_the_round_table(engine, question: str) -> None:
    """Kazakh «пікірталас», a debate, is the event as "debate" and «дебаты» are."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "participant_parliament"), describe(reply)


def test_kazakh_debate_keeps_a_detail_the_text_never_gives(engine) -> None:
    """Taxes at the debate: the text does not tell of them."""
    reply = engine.answer("Пікірталаста салық туралы айтылды ма?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "кого хотят втянуть в обсуждение проекта тока юристов?",
        "кого хотят втянуть в обсуждение проекта?",
        "тока юристов позвали в обсуждение?",
    ],
)
def test_drawn_into_the_discussion_is_involved(engine, question: str) -> None:
    """The chat «втянуть в обсуждение» is to involve, «тока» is «только»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "public_involvement"), describe(reply)


def test_drawn_into_a_thing_the_text_never_names_is_declined(engine) -> None:
    """A scandal: the text does not tell of one."""
    reply = engine.answer("Кого втянули в скандал?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "биг дата где будут юзать",
        "ИИ где будут юзать",
        "где будут юзать искусственный интеллект",
    ],
)
def test_where_a_means_is_used_in_slang(engine, question: str) -> None:
    """«где будут юзать X»: the slang «юзать» is «использовать», so where a means is applied asks in
    what sphere, as «где будут использовать X» does."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "digital_solutions"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "где будут юзать налоги",
        "где будут юзать новую конституцию",
    ],
)
def test_where_used_of_a_thing_the_text_never_tells_is_declined(engine, question: str) -> None:
    """Taxes, or the Constitution (which applies everywhere): no sphere of use is told."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "На чём в первую очередь сосредоточились участники — на теории или на практике?",
        "Чему в первую очередь уделили внимание — теории или практике?",
        "Что в первую очередь обсуждали: теорию или практику?",
    ],
)
def test_first_of_all_before_two_sides_weighs_them(engine, question: str) -> None:
    """«в первую очередь … теория или практика»: first of all weighs the two sides offered, as
    "primarily" does; the text's practical focus answers."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "practical_focus"), describe(reply)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Какие правонарушения подпадут под нулевую терпимость в первую очередь?", "none"),
        ("Какая статья Конституции будет изменена в первую очередь?", "none"),
        ("Что в первую очередь изменится: налоги или пенсии?", "none"),
        ("Какие темы обсуждались в первую очередь?", "answer"),
    ],
)
def test_first_of_all_asking_which_comes_first_keeps_it(engine, question: str, kind: str) -> None:
    """Which offences or article first: an order the text never gives; taxes or pensions are no
    sides it tells; the topics discussed first are its key directions."""
    reply = engine.answer(question)
    assert reply.kind == kind, describe(reply)
    if kind == "answer":
        assert reply.entry_id == "key_directions", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "инфа про реформу людям доводится?",
        "доводят ли людям суть реформы?",
    ],
)
def test_brought_to_people_is_informing_them(engine, question: str) -> None:
    """«людям доводится»: word brought to people in the dative, by «довести» as by «донести», is the
    text's informing of society about the coming changes (where the draft stands)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "current_stage"), describe(reply)


def test_brought_to_people_of_a_detail_the_text_never_gives_is_declined(engine) -> None:
    """The size of pensions: the text does not tell it."""
    reply = engine.answer("довели ли людям размер пенсий?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Где предлагается закрепить «Закон и порядок» — в отдельной статье или во вступлении?",
        "«Закон и порядок» закрепят во вступлении?",
        "Что будет во вступлении новой Конституции?",
    ],
)
def test_put_in_the_introduction_is_in_the_preamble(engine, question: str) -> None:
    """«во вступлении»: where a thing is put in the law, its introduction is the preamble."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "law_and_order_preamble"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Когда Конституция вступит в силу?",
        "Что изменится при вступлении в силу новой Конституции?",
    ],
)
def test_coming_into_force_is_no_preamble(engine, question: str) -> None:
    """«вступление в силу», coming into force: a date and effects the text never gives."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
    assert reply.entry_id != "law_and_order_preamble", describe(reply)
