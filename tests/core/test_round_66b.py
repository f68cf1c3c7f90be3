"""Round 66b: confident answers from the wrong entry (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Will the reform change the term of the President?",
        "Will the reform change the powers of the President?",
        "What happens to the term of the President under the reform?",
        "Does the reform touch the powers of the President?",
        "Will the reform extend the President's term?",
        "Does the new constitution limit the powers of Parliament?",
        "Will the reform cut the President's powers?",
    ],
)
def test_what_a_named_person_or_body_has_declines(engine, question: str) -> None:
    """ "term" (of "long term") and "power" (of "branch of power") the knowledge base uses only
    inside a phrase: "the term of the President", "the President's powers" ask a thing he has,
    which an entry merely naming him (the reform continues his initiatives) does not tell."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("What is the Prosecutor General's job title?", "speaker"),
        ("Did members of Parliament attend?", "participant_parliament"),
        ("What long-term guidelines do the changes set?", "long_term_guidelines"),
    ],
)
def test_a_phrase_of_a_named_person_still_answers(engine, question: str, entry: str) -> None:
    """His job title is his position, which the entry on the speaker holds; "members of Parliament"
    is a phrase for deputies; "long-term" is the phrase itself."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Подчёркивали ли участники значение изменений для прав граждан?",
        "Говорили ли участники о значении реформы для прав граждан?",
        "Did the participants stress the importance of the changes for citizens' rights?",
        "Какое значение изменения имеют для бизнеса?",
        "What is the significance of the reform for small business?",
        "Какую пользу изменения принесут для пенсионеров?",
    ],
)
def test_significance_for_what_the_entry_lacks_is_not_the_long_term_one(engine, question: str) -> None:
    """«значение изменений для прав граждан»: who or what it matters to is the side asked about;
    the entry on the changes' long-term significance for the state does not tell of it for
    citizens' rights (nor for business, nor for pensioners, which no entry names)."""
    reply = engine.answer(question)
    assert reply.entry_id != "long_term_guidelines", describe(reply)
    if reply.kind == "answer":
        assert reply.entry_id in {"overall_assessment", "reform_aims"}, describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Что участники сказали о значении изменений для развития государства?", "long_term_guidelines"),
        (
            "В чём, по мнению участников, значение реформы для социально-экономического развития страны?",
            "long_term_guidelines",
        ),
        ("Какое значение для правопорядка имеет укрепление правосознания?", "legal_consciousness"),
    ],
)
def test_significance_for_what_the_entry_names_still_answers(engine, question: str, entry: str) -> None:
    """For the state's development, for law and order: the entry names them."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Пресс-релиз чей, какое ведомство его выпустило?",
        "А пресс-релиз какое ведомство выпустило?",
        "Этот пресс-релиз какая организация подготовила?",
        "Пресс-релиз, какое ведомство его опубликовало?",
        "Какое ведомство выпустило этот пресс-релиз?",
    ],
)
def test_which_body_did_what_the_documents_never_name_after_the_thing_done_to(engine, question: str) -> None:
    """The thing done to put first, then «какое ведомство» and a verb the documents never use
    (выпустить, опубликовать): who did it, which they do not tell; not the participants."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Представители какого ведомства участвовали в дискуссии?", "participants"),
        ("Кто участвовал в круглом столе?", "participants"),
    ],
)
def test_which_body_took_part_still_answers(engine, question: str, entry: str) -> None:
    """Taking part, a verb the documents use: the participants answer."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Who did the Prosecutor General want to involve in the debate on the draft?",
        "Who did the Prosecutor General call on to join the debate?",
        "Whom did the Prosecutor General want to involve in the discussion?",
    ],
)
def test_who_before_an_auxiliary_and_the_doer_is_whom(engine, question: str) -> None:
    """ "Who did the Prosecutor General want to involve…?": "who", an auxiliary, then the one who
    acts: "who" is the one acted on, those he called to involve, not the speaker."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "public_involvement"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Who will the reform benefit financially?",
        "Who will explain the draft to citizens?",
    ],
)
def test_who_acted_on_that_the_text_never_names_declines(engine, question: str) -> None:
    """Whom the reform benefits financially, who will explain the draft: not in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize("question", ["ку как дела", "ку", "здарова как дела"])
def test_slang_greetings_are_small_talk(engine, question: str) -> None:
    """«ку», «здарова»: a greeting in chat slang, not a question about the document."""
    reply = engine.answer(question)
    assert reply.kind == "smalltalk", describe(reply)


@pytest.mark.parametrize("question", ["ку, что сказал генпрокурор?"])
def test_a_question_after_a_slang_greeting_is_answered(engine, question: str) -> None:
    """The question after the greeting is answered."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "prosecutor_speech"), describe(reply)
