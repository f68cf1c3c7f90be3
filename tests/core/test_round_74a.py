"""Round 74a: fresh literary-Russian declines (blind105–107): «в применении к X» as «применительно
к X», the legislative branch as Parliament, «силовые ведомства» as law enforcement (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Что значит «сервисная модель» в применении к правоохранительным органам?",
        "Как понимать сервисную модель в применении к полиции?",
        "Что означает сервисная модель в применении к правоохранительной системе?",
    ],
)
def test_applied_to_is_a_compound_preposition(engine, question: str) -> None:
    """«в применении к X» says of X what «применительно к X» does: no use of anything asked
    (frames.applied_to)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Что говорится о применении законов?", "equality_before_law"),
        ("Что говорится о единообразном применении законодательства?", "equality_before_law"),
    ],
)
def test_application_asked_of_stays(engine, question: str, entry: str) -> None:
    """The application of laws (a genitive after it, no «к») stays the thing asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что значит «сервисная модель» в применении к судам?",
        "Что говорится о цифровых решениях в применении к судам?",
        "Что говорится о применении силы полицией?",
    ],
)
def test_applied_to_what_the_text_does_not_name_declines(engine, question: str) -> None:
    """Dropping the frame leaves the rest asked: a body or act the text never speaks of."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Участвовала ли в дискуссии законодательная ветвь власти?",
        "Была ли представлена законодательная ветвь власти на круглом столе?",
        "Did the legislative branch take part?",
    ],
)
def test_legislative_branch_is_parliament(engine, question: str) -> None:
    """The legislative branch (of power) is Parliament, as «законодательная власть» is."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "participant_parliament"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Участвовала ли в дискуссии судебная ветвь власти?",
        "Участвовала ли исполнительная ветвь власти?",
    ],
)
def test_other_branches_decline(engine, question: str) -> None:
    """The judicial and executive branches are not Parliament."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что такое сервисная модель работы силовых ведомств?",
        "Что изменится для силовых ведомств?",
    ],
)
def test_force_agencies_are_law_enforcement(engine, question: str) -> None:
    """«силовые ведомства» is «силовые структуры» (law enforcement), not the bare «ведомство»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие силовые ведомства участвовали?",
        "Что говорится о зарплатах в силовых ведомствах?",
    ],
)
def test_force_agencies_near_misses_decline(engine, question: str) -> None:
    """Which of them took part, their pay: not what the text tells."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


def test_who_of_the_force_agencies_spoke_is_the_prosecutor(engine) -> None:
    """The prosecution is a member of «силовые ведомства» as of «силовые структуры» (synonyms
    members): who of them spoke is the Prosecutor General."""
    reply = engine.answer("Кто из силовых ведомств выступал?")
    assert (reply.kind, reply.entry_id) == ("answer", "speaker"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Юристы, специалисты должны участвовать в обсуждении?",
        "Кого нужно вовлекать в обсуждение: только специалистов или всех граждан?",
        "Предлагается ли привлекать к обсуждению проекта специалистов?",
        "Будут ли специалисты участвовать в обмене мнениями по проекту?",
    ],
)
def test_specialists_are_the_professional_community(engine, question: str) -> None:
    """«специалисты» are the professionals (the text's «профессионального … сообщества» to be
    involved), not the closing paragraph's expert community."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "public_involvement"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие специалисты нужны полиции?",
        "Сколько специалистов работает в прокуратуре?",
        "Что сказали специалисты о налогах?",
    ],
)
def test_specialists_near_misses_decline(engine, question: str) -> None:
    """Specialists of a body, their number, their word on taxes: not in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Какие специалисты были?", "participants"),
        ("Я специалист по защите данных. Что сказано о персональных данных?", "personal_data_protection"),
        ("Готово ли экспертное сообщество внести вклад?", "outcome"),
    ],
)
def test_specialists_elsewhere_keep_their_entries(engine, question: str, entry: str) -> None:
    """Who took part, the asker's own trade, the experts' readiness: as before."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)
