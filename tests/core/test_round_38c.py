"""Round 38c: classes of confident wrong answers on main, with paraphrases of our own and near
misses that must behave right (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Круглый столды кім ұйымдастырды?",
        "Дөңгелек үстелді кім ұйымдастырды?",
        "Кто организовал круглый стол?",
        "Who organised the round table?",
    ],
)
def test_who_organised_the_round_table_is_declined(engine, question: str) -> None:
    """«ұйымдастырды» ("organised") is a verb built on «ұйым» ("organisation"), not a typo of
    «ұйымдардың»: the organiser is never named, the public organisations that took part do not
    tell it."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Круглый столды кім қатысты?", "participants"),
        ("Дөңгелек үстелге кім қатысты?", "participants"),
        ("Тізімдегі бірінші бағыт қандай?", "key_directions"),
    ],
)
def test_kazakh_inflected_words_stay_read(engine, question: str, entry: str) -> None:
    """Neighbours: who took part is told; «тізімдегі» ("in the list") is an inflection of «тізім»,
    no word built on it."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Каким путём пойдёт Казахстан?",
        "Каким путём пойдёт страна?",
        "Как пойдёт Казахстан?",
        "How will Kazakhstan proceed?",
    ],
)
def test_manner_of_an_unknown_action_of_the_country_is_declined(engine, question: str) -> None:
    """«Каким путём» asks the manner as «каким образом» does («путём» reads as the preposition
    «путем»); the country the documents are about frames the question as their draft does, and how
    it will act, a verb they never use, they do not tell."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Каким путём будет развиваться государство?", "long_term_guidelines"),
        ("Как будет развиваться страна?", "long_term_guidelines"),
        ("Каким путём предлагается повысить правовую культуру?", "legal_culture"),
    ],
)
def test_manner_of_a_told_action_stays_answered(engine, question: str, entry: str) -> None:
    """Neighbours: the state's development and raising legal culture are what the documents tell."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize("question", ["Назовите законы", "Назовите три закона.", "Какие именно законы?"])
def test_items_of_a_thing_no_entry_names_are_declined(engine, question: str) -> None:
    """«Назовите законы»: a request for particular laws is answered only by an entry naming laws
    in the plural or listing them; the principles of the constitutional model are no laws, though
    «основной закон» is among its words."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Назовите принципы", "constitutional_model_principles"),
        ("На каких принципах основана модель?", "constitutional_model_principles"),
        ("Назовите направления", "key_directions"),
        ("Назовите участников круглого стола", "participants"),
    ],
)
def test_items_an_entry_names_stay_answered(engine, question: str, entry: str) -> None:
    """Neighbours: the principles, the directions and the participants are named in the plural."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какова позиция Сената по проекту?",
        "Какова позиция Мажилиса?",
        "Что думает Сенат о проекте?",
    ],
)
def test_a_chamber_of_parliament_is_a_subject(engine, question: str) -> None:
    """«Сенат», «Мажилис»: a chamber of Parliament is a body, a subject an entry must speak of; the
    Prosecutor General's position is not the Senate's, and what a chamber thinks is never told."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Участвовали ли депутаты Мажилиса или Сената?", "participant_parliament"),
        ("Какова позиция генпрокурора по проекту?", "prosecutor_speech"),
    ],
)
def test_chambers_as_participants_stay_answered(engine, question: str, entry: str) -> None:
    """Neighbours: whether members of Parliament's chambers took part is told (which chamber, not);
    the Prosecutor General's position is."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Реформа — это разовая акция или часть курса на цифровизацию?",
        "Это разовая кампания или часть курса на цифровизацию?",
    ],
)
def test_named_alternative_held_in_part_is_declined(engine, question: str) -> None:
    """«разовая акция или часть курса на цифровизацию»: beside an alternative the documents never
    name, the one they name is answered only by an entry holding all of it; the digital solutions
    alone do not tell whether the reform is part of a course toward them."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Реформа — это разовая акция или часть курса?", "reform_tokayev_link"),
        ("Речь идёт о блокчейне или об анализе больших данных?", "digital_solutions"),
        ("Обсуждали теорию или практические аспекты проекта?", "practical_focus"),
    ],
)
def test_named_alternative_held_whole_stays_answered(engine, question: str, entry: str) -> None:
    """Neighbours: the course the reform continues, the big-data analysis and the practical aspects
    are held whole by their entries."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


def test_what_the_discussion_was_devoted_to_first_of_all_is_answered(engine) -> None:
    """Round 86b: «Чему в первую очередь было посвящено обсуждение — …?» weighs the sides by «в первую
    очередь» (as «преимущественно»), so it asks what the discussion was devoted to, which the text
    tells (its practical aspects; the row's keys ask for them)."""
    reply = engine.answer(
        "Чему в первую очередь было посвящено обсуждение — общим идеям или прикладным вопросам?"
    )
    assert (reply.kind, reply.entry_id) == ("answer", "about_document"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Обсуждение касалось общих идей или прикладных вопросов?",
    ],
)
def test_kind_named_by_an_adjective_beside_an_unknown_one(engine, question: str) -> None:
    """«общим идеям или прикладным вопросам»: the named side is a kind given by its adjective alone
    («общий», before a noun too general to be a term); an entry must hold it to tell which of the
    two holds, and the directions never speak of general ideas. («прикладной» is a word the
    documents never use: it is declined, not read as their «практический».)"""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Обсуждали теоретические вопросы или практические аспекты?",
        "Участники говорили о практических аспектах или о теоретических вопросах?",
    ],
)
def test_named_side_held_by_its_entry_stays_answered(engine, question: str) -> None:
    """Neighbours: the practical aspects are what the participants focused on."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "practical_focus"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Ата Заңның преамбуласында не бекітіледі?", "law_and_order_preamble"),
        ("Азаматтардың құқықтарын қорғау қалай күшейеді?", "overall_assessment"),
    ],
)
def test_kazakh_owner_the_documents_use_stays_answered(engine, question: str, entry: str) -> None:
    """Neighbours of the state language's status (test_round_37b), with one source and two: an
    owner the round table's entries use (the Basic Law, citizens) is
    theirs to answer."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Кто выступил с предложением изменить Преамбулу?", "law_and_order_preamble"),
        ("Кто выступил с предложением закрепить «Закон и порядок» в Преамбуле?", "law_and_order_preamble"),
        ("Что предлагают изменить в Конституции?", "proposed_changes"),
    ],
)
def test_proposal_to_change_a_named_part(engine, question: str, entry: str) -> None:
    """«выступил с предложением изменить Преамбулу»: coming out with a proposal is saying it, and
    changing the draft's part is what the proposal is of (the documents are the draft's changes):
    whose words on the Preamble are reported, not the overall assessment of the changes."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кто выступил с предложением изменить избирательную систему?",
        "Кто выступил с предложением изменить Конституцию?",
        "Кто предложил изменить избирательную систему?",
    ],
)
def test_proposal_to_change_what_is_never_named_stays_declined(engine, question: str) -> None:
    """Near misses: the electoral system is never named; who proposed the new Constitution is
    never said."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
