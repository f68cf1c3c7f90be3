"""Round 80b: false «не говорится» and declines of answerable questions in the fresh sets: a
misdemeanour («проступок») is an offence as a crime is; "branches of state power" are the bodies;
the asker's pronoun before their role («мне как нотариусу…») is who asks; the Kazakh «біздің»
opening the asker's sentence; «деп санады» (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Говорилось ли что-нибудь о предупреждении преступлений и проступков?",
        "Что сказано о предупреждении проступков?",
        "Упоминается ли профилактика преступлений и проступков?",
        "Will the police work to prevent misdemeanours?",
    ],
)
def test_misdemeanour_prevention_is_the_prevention_of_offences(engine, question: str) -> None:
    """«проступок», "misdemeanour": the law divides offences into crimes and misdemeanours, so their
    prevention is the text's «профилактика правонарушений»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какой штраф положен за проступок?",
        "Сколько проступков совершено в 2025 году?",
        "What is the penalty for a misdemeanour?",
    ],
)
def test_misdemeanour_details_the_text_never_gives_stay_unsaid(engine, question: str) -> None:
    """Fines and counts of offences the text never gives."""
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Which branches of state power were represented at the event?",
        "Which branches of state power took part?",
        "Were all branches of state power present at the round table?",
    ],
)
def test_branches_of_state_power_are_the_bodies(engine, question: str) -> None:
    """ "branches of state power", as the Russian «ветви государственной власти» already is."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "participants"), describe(reply)


def test_separation_of_state_power_stays_declined(engine) -> None:
    """The separation of powers is nowhere in the text."""
    reply = engine.answer("What does the draft say about the separation of state power?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("мне как нотариусу что про правовую защиту", "equality_before_law"),
        ("Мне как нотариусу, что сказано про правовую защиту?", "equality_before_law"),
        ("Мне, как частному нотариусу, что говорилось о правовой защите?", "equality_before_law"),
        ("Нам как пенсионерам что даст реформа?", "overall_assessment"),
        ("Мне как нотариусу, кто выступал на круглом столе?", "speaker"),
    ],
)
def test_asker_pronoun_before_the_role_is_who_asks(engine, question: str, entry_id: str) -> None:
    """«мне как нотариусу», «нам как пенсионерам»: the asker's pronoun, «как» and their role in its
    case, as «Как нотариусу мне…» is, no subject the documents lack."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Мне как юристу важно знать, что говорится о налогах",
        "Мне как нотариусу, что сказано про нотариат?",
        "Мне как понять реформу?",
    ],
)
def test_asker_role_leaves_other_subjects_declined(engine, question: str) -> None:
    """The role drops only the asker: taxes and the notariate stay unknown; «Мне как понять…» names
    no role."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Сәлеметсіз бе! Біздің ауылдың жастары заңгер болғысы келеді. Жобада заң білімі туралы не делінген?",
        "Біздің балалар заңгер болғысы келеді. Заң білімі туралы не айтылды?",
    ],
)
def test_kazakh_our_opening_sentence_is_the_askers(engine, question: str) -> None:
    """«Біздің ауылдың жастары…» (our village's young people…): a sentence opening with the Kazakh
    «біздің», "our", tells of the asker, as the Russian «У нас в селе…» does."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "legal_culture"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Біздің елде салықтар жоғары. Жобада салық туралы не делінген?",
        "Біздің заңгерлер не дейді?",
    ],
)
def test_kazakh_our_leaves_the_question_asked(engine, question: str) -> None:
    """Taxes stay unknown after the asker's sentence; «біздің» inside the question is no opening."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Бас прокурор қоғамды талқылауға тартуды қажет деп санады ма?",
        "Бас прокурор түсіндіру жұмысын жалғастыру қажет деп санаған ба?",
    ],
)
def test_kazakh_past_of_considering_asks_what_was_said(engine, question: str) -> None:
    """«деп санады», «деп санаған» (he considered that…): the past of «деп санайды», a verb of what
    someone holds, not «сана» (consciousness)."""
    reply = engine.answer(question)
    assert reply.kind == "answer", describe(reply)
    assert reply.entry_id in {"explanation_purpose", "explanatory_work"}, describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Бас прокурор салықты азайту қажет деп санады ма?",
        "Бас прокурор өлім жазасын қайтару қажет деп санады ма?",
    ],
)
def test_kazakh_considered_things_never_said_stay_declined(engine, question: str) -> None:
    """Taxes and the death penalty: he never spoke of them."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
