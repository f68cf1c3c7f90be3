"""Round 96d: why the explaining of the reform to people should go on ("keep" before a verb as the
aspect of going on, a Kazakh «жаңа Конституция» explained to people), and a first name misspelt
before its surname (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Why does he think the explaining and outreach should keep going?",
        "Why should the outreach keep going?",
        "Why should the explaining keep going?",
        "Why is it important to keep explaining the draft?",
        "Жаңа Конституцияны халыққа не үшін түсіндіру керек?",
        "Жаңа Конституцияны не үшін түсіндіру керек?",
        "Жаңа Конституция жобасын халыққа не үшін түсіндіру керек?",
    ],
)
def test_why_explain_or_involve_people_is_the_stated_purpose(engine, question: str) -> None:
    """Why the outreach should go on is what the text says such an approach allows: avoiding
    inaccurate interpretations, an objective understanding."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "explanation_purpose"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("кого вовлекают в обсуждение", "public_involvement"),
        ("How will the state keep law and order?", "prosecutor_speech"),
        ("Will the outreach keep going?", "explanatory_work"),
        ("Will they keep explaining the draft?", "explanatory_work"),
        ("Жаңа Конституция не үшін керек?", "reform_aims"),
        ("зачем новая конституция", "reform_aims"),
    ],
)
def test_whom_or_whether_keeps_its_answer(engine, question: str, entry_id: str) -> None:
    """Whom they involve, whether the outreach goes on, what the new Constitution is for, law and
    order kept: not the purpose of the explaining."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


def test_kazakh_whether_they_explain_quotes_the_continued_work(engine) -> None:
    """«Жаңа Конституцияны халыққа түсіндіре ме?» (will they explain it to the people?): since the
    Kazakh purpose paraphrase, the purpose of the explaining answers it as well as the explanatory
    work does; either is right when it quotes the call to go on explaining."""
    reply = engine.answer("Жаңа Конституцияны халыққа түсіндіре ме?")
    assert reply.kind == "answer", describe(reply)
    assert reply.entry_id in {"explanatory_work", "explanation_purpose"}, describe(reply)
    call = "продолжения системной разъяснительной работы"
    assert any(call in quote.text for quote in reply.quotes), describe(reply)


@pytest.mark.parametrize("question", ["Why keep going with lower taxes?", "Will they keep cutting taxes?"])
def test_why_of_what_the_text_never_says_declines(engine, question: str) -> None:
    """Going on with a thing the documents never speak of."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("генеральный прокурор берег асылов что сказал в целом про изменения", "overall_assessment"),
        ("что сказал берега асылова", "prosecutor_speech"),
        ("что сказал бирик асылов", "prosecutor_speech"),
        ("что сказал берик асылов", "prosecutor_speech"),
    ],
)
def test_first_name_misspelt_before_the_surname(engine, question: str, entry_id: str) -> None:
    """«берег асылов»: a word a letter or two off the first name, right before the surname, is that
    name, not the dictionary word it spells."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize("question", ["что сказал борис асылов", "берег реки асылов"])
def test_another_first_name_or_a_word_apart_stays(engine, question: str) -> None:
    """Another first name («борис») is another person; «берег реки» is no name beside the surname."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
