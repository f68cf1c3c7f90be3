"""Round 79d: answerable questions outside literary Russian that were declined: a dictionary word
misspelt from a word of a curated phrase («на кругом столе»), the English verb "deal with", the chat
word for the document («в доке»), a demonstrative determining its own noun after the asker's comma
(real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("кто был на кругом столе", "participants"),
        ("что обсуждали на кругом столе", "practical_focus"),
        ("кто выступал на кругом столе?", "speaker"),
        ("когда прошёл кругом стол", "event_date"),
    ],
)
def test_word_misspelt_into_another_within_a_phrase(engine, question: str, entry_id: str) -> None:
    """«кругом» (around) is «круглом» with a letter dropped: beside «столе» it completes the curated
    «круглый стол», and is read so there only."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["кругом одни проблемы с конституцией", "кто ходил кругом стола"],
)
def test_the_dictionary_word_stays_itself_elsewhere(engine, question: str) -> None:
    """Without the rest of a curated phrase beside it, «кругом» is what it says (around)."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("typed", "opposite"),
    [("верное представление", "неверное представление"), ("правильно поняли", "неправильно поняли")],
)
def test_no_typo_adds_or_drops_the_negation(analyzer, typed: str, opposite: str) -> None:
    """«верное» is one letter pair from «неверное» and means the opposite: it is not read as the
    curated «неверное представление» (a misunderstanding)."""
    assert analyzer.analyse(typed).values.isdisjoint(analyzer.analyse(opposite).values)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("I host a civic education podcast. How does the draft deal with legal culture?", "legal_culture"),
        ("How does the draft deal with legal culture?", "legal_culture"),
        ("How does the draft deal with personal data?", "personal_data_protection"),
        ("Which priority area deals with crime prevention?", "rights_protection_priority"),
    ],
)
def test_dealing_with_a_thing_is_being_about_it(engine, question: str, entry_id: str) -> None:
    """After an opening "how", "deal with" frames as "concerning": how the draft deals with X asks what
    it says of X (the area that deals with X was read so before)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "How does the draft deal with the death penalty?",
        "What deal was made at the round table?",
        "Was a deal with the EU discussed?",
        "Which priority area deals with taxes?",
        "Which article of the draft deals with personal data?",
        "How will the reform deal with corruption?",
    ],
)
def test_dealing_with_what_the_text_never_names_stays_declined(engine, question: str) -> None:
    """Near misses: a thing the text never names; the noun "deal" (an agreement); which article deals
    with X (the documents number none)."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("правосознание это про что в доке", "legal_consciousness"),
        ("что в доке про персональные данные", "personal_data_protection"),
        ("в доке есть про ии?", "digital_solutions"),
    ],
)
def test_the_chat_word_for_the_document_frames_the_question(engine, question: str, entry_id: str) -> None:
    """«в доке» (the chat «док», read as «документ» by the synonyms) frames a question as «в
    документе» does: what is asked is the thing named."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize("question", ["в доке что про налоги", "кто подписал док"])
def test_the_document_framing_what_it_never_says_stays_declined(engine, question: str) -> None:
    """Near misses: taxes, who signed the document."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "я медсестра, мои данные защитят при всех этих цифровых штуках?",
        "я программист, данные граждан защитят при этих новых технологиях?",
        "я студент, будут ли защищены данные при этом искусственном интеллекте?",
    ],
)
def test_a_demonstrative_determining_its_noun_is_no_pointer_back(engine, question: str) -> None:
    """«при всех этих цифровых штуках»: a demonstrative before the words it determines points to
    them, not back into the asker's words before the comma; the question after it is read alone."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "personal_data_protection"), describe(reply)


@pytest.mark.parametrize(
    "question", ["я юрист, эта профессия изменится?", "я пенсионер, эти пенсии повысят?"]
)
def test_the_asker_and_what_they_never_find_stay_declined(engine, question: str) -> None:
    """Near misses: the profession and the pensions are not in the documents."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
