"""Round 85b: literary Russian the engine declined though the document answers it: the asker's
word for the documents' side of a contrast, «больше о X или о Y», «какое место уделено X», «на
уровне преамбулы», «какой вес получит X» (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "На что будет сделан акцент в деятельности правоохранителей — на наказание или на предупреждение?",
        "Как предлагается бороться с правонарушениями — наказывать или предупреждать?",
        "Упор в работе полиции будет на наказание или на предупреждение?",
        "Правоохранители будут наказывать или предупреждать?",
    ],
)
def test_prevention_named_alone_against_punishment(engine, question: str) -> None:
    """«наказание или предупреждение?»: set against punishment, «предупреждение» (the head of the
    text's «предупреждение правонарушений») names the documents' prevention."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Полиция будет наказывать или штрафовать?",
        "Будут ли за правонарушения наказывать или сажать в тюрьму?",
        "Будут ли наказывать строже?",
    ],
)
def test_another_thing_set_against_punishment_is_not_prevention(engine, question: str) -> None:
    """Fines or prison set against punishment are things of their own, which the text never names."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Круглый стол был больше о теории или о практике?",
        "Дискуссия была больше про теорию или про практику?",
        "Обсуждение было больше о теории или о практической стороне?",
    ],
)
def test_more_about_one_topic_or_another(engine, question: str) -> None:
    """«больше о X или о Y»: «больше» weighs two topics, no amount of a thing."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "practical_focus"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Реформа больше про налоги или про пенсии?",
        "Предлагаемые изменения — это больше про права человека или про порядок?",
        "Круглый стол был больше о налогах или о пенсиях?",
    ],
)
def test_more_of_topics_the_documents_do_not_weigh(engine, question: str) -> None:
    """Topics the documents never name, or one of them not theirs: no answer."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Какое место уделено правам человека в итоговом выводе круглого стола?", "outcome"),
        ("Какое место уделяется цифровым решениям?", "digital_solutions"),
        ("Какое место в проекте уделено правовой культуре?", "legal_culture"),
    ],
)
def test_place_given_as_attention_is_given(engine, question: str, entry_id: str) -> None:
    """«Какое место уделено X»: the place given a thing is its role, as «какое место отводится»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Какое место уделено налогам?", "Какое место уделено пенсионной реформе?"],
)
def test_place_given_to_what_the_text_never_names(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        (
            "Я преподаю право в колледже. Объясните, что, по мнению Асылова, даёт закрепление "
            "принципа «Закон и порядок» на уровне преамбулы?"
        ),
        "Что даёт закрепление принципа «Закон и порядок» на уровне преамбулы?",
        "Какой вес получит принцип закона и порядка, если его записать во вступительную часть Конституции?",
        "Какой вес приобретёт принцип «Закон и порядок» в Преамбуле?",
    ],
)
def test_level_of_the_preamble_and_weight_got(engine, question: str) -> None:
    """«на уровне преамбулы» is in the Preamble; the weight a principle gets is its status."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "law_and_order_preamble"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что даёт закрепление принципа на уровне закона?",
        "Какой вес получит Казахстан в мире?",
        "Какой вес имеет генпрокурор?",
    ],
)
def test_other_levels_and_weights(engine, question: str) -> None:
    """A level the documents never speak of, a weight of another thing: no answer."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Были ли на встрече представители гражданского общества, некоммерческих структур?",
        "Участвовали ли в дискуссии некоммерческие структуры?",
        "Были ли среди участников представители некоммерческих структур?",
    ],
)
def test_non_profit_structures_are_public_organisations(engine, question: str) -> None:
    """«некоммерческие структуры» are the text's public organisations."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "participant_public_orgs"), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Участвовали ли коммерческие структуры?", "Были ли на круглом столе религиозные структуры?"],
)
def test_other_structures_are_not_public_organisations(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Приглашались ли на круглый стол общественные организации?", "participant_public_orgs"),
        ("Привлекались ли эксперты к обсуждению?", "participant_science"),
        ("Приглашались ли к дискуссии представители Парламента?", "participant_parliament"),
    ],
)
def test_invited_in_the_reflexive_passive(engine, question: str, entry_id: str) -> None:
    """«приглашались», «привлекались»: the reflexive passive of inviting, as «приглашали» is read."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Приглашались ли журналисты?", "Привлекались ли к ответственности нарушители?"],
)
def test_invited_whom_the_text_never_names(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
