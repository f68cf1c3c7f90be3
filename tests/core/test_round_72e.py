"""Round 72e: Kazakh questions the bot declined: «қарсы» (against) after a dative is a postposition
as «қатысты» is, «заң бұзушылық» is the text's «құқық бұзушылық», the conditional with its person
(«түсіндірсем») is stemmed, a Kazakh audience told at the clause's end, «болады» / «болуы» are the
copula (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Зан бузушылыкка карсы кандай устаным айтылды?",
        "Заң бұзушылыққа қарсы қандай ұстаным айтылды?",
        "Құқық бұзушылыққа қарсы қандай ұстаным айтылды?",
        "Заң бұзушылыққа қатысты қандай көзқарас болуы керек?",
        "Құқық бұзушылықтарға қандай көзқарас болуы керек?",
    ],
)
def test_stance_against_offences_is_zero_tolerance(engine, question: str) -> None:
    """«X-ға қарсы» (against X) is a postposition before more words, as «қатысты» is; a breach of
    the law («заң бұзушылық») is an offence, the text's «құқық бұзушылық» (kazakh.as_offence)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "law_and_order_meaning"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Салыққа қарсы қандай ұстаным айтылды?",
        "Жемқорлыққа қарсы қандай шаралар айтылды?",
        "Заң бұзушылық үшін айыппұл қанша?",
        "Парламент өкілдері жобаның қай тұстарына қарсы шықты?",
    ],
)
def test_against_what_the_text_does_not_tell_declines(engine, question: str) -> None:
    """A stance against taxes or corruption, fines for offences, who objected: not in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Мен Маңғыстаудағы ауыл кітапханашысымын. Оқырмандарға реформаның мақсатын қалай түсіндірсем болады?",
        "Студенттерге реформаның мақсатын қалай түсіндірсем болады?",
        "Оқушыларға реформаның мақсатын қалай түсіндіруге болады?",
    ],
)
def test_how_to_explain_an_aim_to_ones_audience_asks_the_aim(engine, question: str) -> None:
    """The asker's audience (readers, pupils) told at the Kazakh clause's end («түсіндірсем», if I
    explain, stemmed with its person) is the asker's delivery: the aim itself is asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "reform_aims"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Оқырмандарға салық реформасын қалай түсіндірсем болады?",
        "Оқырмандарға зейнетақы туралы қалай түсіндірсем болады?",
    ],
)
def test_explaining_other_things_to_readers_declines(engine, question: str) -> None:
    """Explaining a tax reform or pensions: not in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


def test_why_explain_the_reform_keeps_its_entry(engine) -> None:
    """Why explaining matters, asked with readers named, is still the purpose of explaining."""
    reply = engine.answer("Оқырмандарға реформаны түсіндіру неге маңызды?")
    assert (reply.kind, reply.entry_id) == ("answer", "explanation_purpose"), describe(reply)


def test_what_the_preamble_will_hold_keeps_its_entry(engine) -> None:
    """«болады» is the copula; the preamble asked is still the preamble."""
    reply = engine.answer("Жаңа Конституцияның преамбуласында не болады?")
    assert (reply.kind, reply.entry_id) == ("answer", "law_and_order_preamble"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Were civic groups involved?",
        "Did civic groups take part?",
        "Were civic groups part of the discussion?",
        "Did civic organisations take part in the round table?",
    ],
)
def test_civic_groups_are_ngos(engine, question: str) -> None:
    """ "Civic groups", "civic organisations" are the text's public organisations (synonyms.yaml)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "participant_public_orgs"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Which civic groups criticised the tax code?",
        "Were civic groups consulted on the pension reform?",
    ],
)
def test_civic_groups_on_other_things_decline(engine, question: str) -> None:
    """Civic groups on taxes or pensions: not in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
