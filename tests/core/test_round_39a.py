"""Round 39a: the held-out blind43's classes, each fix by its class, with paraphrases of our own and
near misses that must stay declined (real engine, one source and two)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Кто давал слово выступающим на круглом столе?",
        "Кто предоставил слово генпрокурору?",
        "Who gave the floor to the speakers?",
    ],
)
def test_who_gives_the_floor_is_the_chair_not_the_speaker(engine, question: str) -> None:
    """Who gives the floor chairs the meeting, whom the documents never name: not the speaker, who
    took it."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Кому дали слово на круглом столе?", "Кто взял слово?", "Who took the floor?"],
)
def test_who_took_the_floor_or_was_given_it_is_the_speaker(engine, question: str) -> None:
    """Near neighbours that stay answered: who was given the floor, who took it."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "speaker"), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Is there a long-term perspective for the reform?", "What is the long-term outlook of the changes?"],
)
def test_a_long_term_perspective_is_the_long_term_guidelines(engine, question: str) -> None:
    """ "A long-term perspective", "outlook" is the text's «долгосрочная перспектива»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "long_term_guidelines"), describe(reply)
    assert reply.lang == "en", describe(reply)


@pytest.mark.parametrize(
    "question", ["What is the Senate's perspective on the changes?", "What perspective do scholars have?"]
)
def test_a_perspective_alone_stays_declined(engine, question: str) -> None:
    """Near misses: "perspective" alone is a point of view, which the documents never report."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Что говорилось про ноль терпимости?", "law_and_order_meaning"),
        (
            "Как будет защищена частная жизнь граждан при внедрении больших данных?",
            "personal_data_protection",
        ),
    ],
)
def test_other_names_of_zero_tolerance_and_privacy(engine, question: str, entry: str) -> None:
    """«Ноль терпимости» is the text's «нулевая терпимость»; «частная жизнь» (privacy) its personal
    data's protection, as "privacy" already is."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Ноль терпимости к коррупции обсуждали?", "Что говорили о частной жизни генпрокурора?"],
)
def test_other_names_near_misses_stay_declined(engine, question: str) -> None:
    """Near misses: the same words of what the documents never name (corruption, a person's life)."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "При каких условиях будет внедрён искусственный интеллект?",
        "Under what conditions will AI be used?",
        "Какую роль отводят большим данным и при каком условии?",
    ],
)
def test_a_condition_asked_is_answered_by_the_entry_stating_one(engine, question: str) -> None:
    """«При каком условии», "under what conditions" asks the condition of the rest (kind
    `condition`): the digital solutions' entry states one («при одновременном усилении гарантий»)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "digital_solutions"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "При каких условиях примут Конституцию?",
        "При каком условии закрепят принцип в преамбуле?",
        "При каком условии будут защищены персональные данные?",
    ],
)
def test_a_condition_no_entry_states_stays_declined(engine, question: str) -> None:
    """Near misses: a condition of what the documents state none for."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Говорилось ли о предупреждении преступлений?", "rights_protection_priority"),
        ("Кто подчёркивал, что изменения задают долгосрочные ориентиры?", "long_term_guidelines"),
    ],
)
def test_other_names_of_prevention_and_an_imperfective_saying(engine, question: str, entry: str) -> None:
    """«Предупреждение преступлений» is the text's «профилактика правонарушений»; «кто подчёркивал,
    что…» (imperfective) asks who said it as «кто подчеркнул» does."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Предупреждение преступности в школах обсуждали?",
        "Кто подчёркивал важность бюджета?",
        "Кто упоминал налоговую реформу?",
    ],
)
def test_prevention_and_saying_near_misses_stay_declined(engine, question: str) -> None:
    """Near misses: the same words of what the documents never name (schools, the budget, a tax
    reform)."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_applied_is_the_practical_side(engine) -> None:
    """«Прикладной» (applied) is the text's practical side, as against the theoretical."""
    reply = engine.answer("Обсуждались ли прикладные вопросы проекта?")
    assert (reply.kind, reply.entry_id) == ("answer", "practical_focus"), describe(reply)


@pytest.mark.parametrize(
    "question", ["Будет ли развиваться прикладная наука?", "Обсуждали прикладную математику?"]
)
def test_applied_of_what_the_documents_never_name_stays_declined(engine, question: str) -> None:
    """Near misses: an applied science the documents never name."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Бас прокурор ким?", "Омбудсмен ким?", "Преамбулага не жазылады?", "Конституцияга не жазылды?"],
)
def test_kazakh_typed_without_its_letters_is_answered_in_kazakh(engine, question: str) -> None:
    """«ким» closing a question (Kazakh asks who last) and «жазылады», «жазылды» closing it tell
    Kazakh typed on a Russian keyboard: the reply is in Kazakh (or declined in Kazakh)."""
    reply = engine.answer(question)
    assert reply.lang == "kk", describe(reply)


@pytest.mark.parametrize("question", ["Кто такой Ким?", "Генпрокурор Ким выступал?"])
def test_the_surname_kim_stays_russian(engine, question: str) -> None:
    """Near misses: «Ким» after a Russian asking word, or not last, is the surname in Russian."""
    reply = engine.answer(question)
    assert reply.lang == "ru", describe(reply)
