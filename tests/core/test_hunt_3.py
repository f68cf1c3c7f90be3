"""A third hunt for confident wrong answers: what will happen to, or what was done by, the bodies the
documents name only as taking part; how the event was held; an English noun the dictionary reads as
a verb in a checked claim; the prosecution named in English. Each class beside right questions of the
same shape that must keep their answers."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Упразднят ли Сенат?",
        "Сенат ликвидируют?",
        "Will the Senate be abolished?",
        "Will the Mazhilis be dissolved?",
        "Упразднят ли институт Уполномоченного по правам человека?",
        "Администрацию Президента реформируют?",
        "Will the Presidential Administration be restructured?",
        "Парламент проголосовал за проект Конституции?",
        "Уполномоченный по правам человека поддержал проект?",
        "Сенат поддержал проект Конституции?",
        "Did the Ombudsman endorse the draft?",
        "Что будет с Сенатом?",
        "Что станет с Парламентом?",
        "Will the reform weaken the President?",
    ],
)
def test_what_befalls_a_participant_is_not_its_presence(engine, question: str) -> None:
    """The documents name Parliament, the Ombudsman, the Administration only as taking part: what
    will be done to them, or what they did with the draft, is a detail no entry tells."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
    assert reply.decline == "not_found", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Участвовали ли депутаты?", "participant_parliament"),
        ("Приглашали ли на круглый стол учёных?", "participant_science"),
        ("Приходили ли на круглый стол депутаты Парламента?", "participant_parliament"),
        ("А общественники были приглашены?", "participant_public_orgs"),
        ("реформа это токаев придумал?", "reform_tokayev_link"),
        ("Что будет с преамбулой?", "law_and_order_preamble"),
    ],
)
def test_presence_in_other_words_keeps_its_answer(engine, question: str, entry_id: str) -> None:
    """A past verb of coming or being invited is taking part in other words; what the President
    did may be told in other words (his initiatives); a thing the entries describe has a future."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Проводился ли круглый стол по видеосвязи?",
        "Проходил ли круглый стол по видеосвязи?",
        "Проходил ли круглый стол по Zoom?",
        "Was the round table held via Zoom?",
        "Проходил ли круглый стол онлайн?",
    ],
)
def test_how_the_event_was_held_is_not_its_date(engine, question: str) -> None:
    """Beside only the event and its being held, the word after a preposition of means, whatever
    the dictionary makes of it, says how it went, which the text does not say."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Проводился ли круглый стол 27 февраля?",
        "Проводился ли круглый стол в 2026 году?",
        "Когда проводился круглый стол?",
        "Дөңгелек үстел наурызда өтті ме?",  # a Kazakh month no dictionary knows: no manner
    ],
)
def test_when_the_event_was_held_keeps_its_answer(engine, question: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "event_date"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Is it true that the participants discussed theoretical physics?",
        "Is it true that the participants discussed theoretical economics?",
    ],
)
def test_a_checked_claim_with_an_english_noun_read_as_a_verb(engine, question: str) -> None:
    """ "physics" is read as a verb by the dictionary: a checked claim with an English word the
    documents never use, and no verb's ending, is about something they never name."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Is it true that the participants discussed theoretical aspects?", "practical_focus"),
        ("Is it true that Asylov called the changes conservative?", "overall_assessment"),
        (
            "Is it true that the reform is presented as a departure from the President's earlier course?",
            "reform_tokayev_link",
        ),
    ],
)
def test_checked_claims_of_the_documents_keep_their_answers(engine, question: str, entry_id: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


def test_the_prosecution_in_english_is_the_prosecutors_office(engine) -> None:
    """ "prosecution" alone names прокуратура: an entry on AI in the legal sphere does not tell which
    system it will introduce, and the speaker entry tells who represented it."""
    declined = engine.answer("Which AI system will the prosecution introduce?")
    assert declined.kind == "none", describe(declined)
    answered = engine.answer("Who represented the prosecution at the round table?")
    assert (answered.kind, answered.entry_id) == ("answer", "speaker"), describe(answered)


@pytest.mark.parametrize(
    "question",
    [
        "How will the Constitutional Court change?",
        "In what respect will the Constitutional Court change?",
        "Will the Supreme Court Change?",
        "What will the Central Election Commission Do?",
    ],
)
def test_a_capitalised_dictionary_word_is_part_of_a_name(engine, question: str) -> None:
    """ "the Constitutional Court": a capitalised word the dictionary can read as a noun is part of
    a name the documents never use, not the question's verb ("court" is a verb too)."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("What did the Prosecutor General Say?", "prosecutor_speech"),
        ("Who attended the Round Table?", "participants"),
        ("Was the Presidential Administration represented?", "participant_administration"),
    ],
)
def test_capitalised_words_the_documents_use_keep_their_answer(engine, question: str, entry_id: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)
