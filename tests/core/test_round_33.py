"""Round 33: the readings made for the classes of tests/data/round33/blind35.jsonl's confident wrong
answers and false declines (out-of-scope, Russian and English rows), each with paraphrases of our own
and near misses that must stay answered or declined."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Какие изменения предлагаются в избирательной системе?",
        "Какие изменения предлагаются в налоговой системе?",
        "Какие изменения предлагаются в пенсионной системе?",
        "Что будет с банковской системой?",
    ],
)
def test_another_kind_of_system_is_declined(engine, question: str) -> None:
    """An unknown adjective before a noun the documents use only as the head of their own kind
    («правоохранительная система») names another kind of it; and «система» is not the text's
    «системная» (systematic) work."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Какие изменения предлагаются в правоохранительной системе?", "rights_protection_priority"),
        ("Что сказано о системной разъяснительной работе?", "explanatory_work"),
        ("Будет ли использоваться искусственный интеллект в правовой системе?", "digital_solutions"),
    ],
)
def test_the_documents_own_system_stays_answered(engine, question: str, entry_id: str) -> None:
    """Near misses: the documents' own kind of system, their systematic work, and a known adjective."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие принципы записаны в Преамбуле действующей Конституции?",
        "Какие принципы закреплены в действующей Конституции?",
        "Что говорится в ныне действующей Конституции о прокуратуре?",
    ],
)
def test_the_constitution_in_force_is_declined(engine, question: str) -> None:
    """«Действующая Конституция» (a present active participle the documents never use) is the one
    in force, not their draft."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Какие принципы записаны в Преамбуле обсуждаемой Конституции?", "law_and_order_preamble"),
        ("Какие принципы записаны в Преамбуле предлагаемой Конституции?", "law_and_order_preamble"),
        ("Что записано в Преамбуле будущей Конституции?", "law_and_order_preamble"),
        ("Круглый стол был посвящён действующей Конституции?", "about_document"),
        ("Речь шла о поправках к действующей Конституции или о проекте новой?", "proposed_changes"),
    ],
)
def test_the_draft_and_a_contrast_with_the_one_in_force_stay_answered(
    engine, question: str, entry_id: str
) -> None:
    """Near misses: the passive participles of what is done to the draft; whether the documents are
    about the one in force, and which of the two, are answered by their draft."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (
            "Зачем, по словам генпрокурора, фиксировать «Закон и порядок» во вступлении к Конституции?",
            "law_and_order_preamble",
        ),
        (
            "Как в материале определяется место конституционной реформы по отношению к прежним шагам "
            "главы государства?",
            "reform_tokayev_link",
        ),
        ("С какими шагами Президента связана реформа?", "reform_tokayev_link"),
        ("Какого числа опубликовано сообщение о круглом столе?", "event_date"),
        ("Когда было опубликовано сообщение о круглом столе?", "event_date"),
        ("For tonight's bulletin: on what date was the round table held?", "event_date"),
        ("For the newsletter: who spoke at the round table?", "speaker"),
        ("Для дайджеста: кто выступал на круглом столе?", "speaker"),
    ],
)
def test_preamble_steps_report_and_bulletin_are_answered(engine, question: str, entry_id: str) -> None:
    """«Вступление к Конституции» is its preamble; «шаг» is «мера»; «сообщение» is the press
    release; a bulletin or digest in an opening is the asker's work."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Когда ожидается вступление в силу новой Конституции?",
        "Когда был опубликован проект Конституции?",
        "For the bulletin: what is the tax rate?",
        "Для бюллетеня: какая ставка НДС?",
    ],
)
def test_entry_into_force_publication_of_the_draft_and_off_topic_work_stay_declined(
    engine, question: str
) -> None:
    """Near misses: «вступление в силу» is no preamble; the draft's publication is not the release's
    date; an off-topic question after the asker's work stays off topic."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_them_is_no_unknown_subject(engine) -> None:
    """The pronoun "them" is no unknown subject: «was academia among them?» asks about the scientists."""
    reply = engine.answer("Was academia among them?")
    assert (reply.kind, reply.entry_id) == ("answer", "participant_science"), describe(reply)


def test_the_extent_of_one_thing_is_answered_by_the_documents_word(engine) -> None:
    """«…или только его элементы?»: the exclusive alternative points back to the thing the other
    names; the documents' own word for its extent answers."""
    reply = engine.answer("Будет ли полный переход на ИИ или только его элементы?")
    assert (reply.kind, reply.entry_id) == ("answer", "digital_solutions"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Были ли фермеры или только чиновники?",
        "Проект отменят целиком или только его часть?",
        "Речь о полной цифровизации налогов или только о её элементах?",
    ],
)
def test_exclusive_alternatives_without_one_thing_stay_declined(engine, question: str) -> None:
    """Near misses: no pronoun pointing back (farmers), a verb the documents never use, a thing they
    never name (taxes)."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
