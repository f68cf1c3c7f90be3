"""Round 89a: confident wrong answers: whose rights are asked named beside rights, a verb of speaking
asked of a named participant, an English word after a preposition of topic as its object, Latin
capitals kept as an abbreviation, a longer English role before the asker's question (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe

JUST_KAZAKHSTAN = "устойчивой модели Справедливого Казахстана"
MODERN_MODEL = "современной конституционной модели Республики Казахстан"


@pytest.mark.parametrize(
    "question",
    [
        "Как защитят права работников?",
        "Как будут защищены права работников по новой Конституции?",
        "Будут ли защищены права наёмных работников?",
    ],
)
def test_rights_of_workers_are_not_told(engine, question: str) -> None:
    """Whose rights are asked must stand beside rights in the entry: the ombudsman's entry names his
    institution's «өкілдері» (its staff), not workers' rights."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Как защитят права граждан?", "rights_protection_priority"),
        ("Участвовал ли в круглом столе омбудсмен или его сотрудники?", "participant_ombudsman"),
        ("Омбудсмен өкілдері қатысты ма?", "participant_ombudsman"),
    ],
)
def test_citizens_rights_and_staff_keep_their_entries(engine, question: str, entry_id: str) -> None:
    """Citizens' rights (people at large) and an institution's staff taking part are still told."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Does the document say anything about land?",
        "Does the document say anything about the army?",
        "What does the text say regarding land?",
    ],
)
def test_object_of_a_preposition_of_topic_is_a_noun(engine, question: str) -> None:
    """ "anything about land", "about the army": the word after a preposition of topic, closing the
    question, is its object, a subject the documents never name (not the verb "to land")."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Does the document say anything about personal data?", "personal_data_protection"),
        ("Is there anything about Just Kazakhstan?", "fair_kazakhstan"),
        ("Tell me about the round table", "about_document"),
    ],
)
def test_known_topics_after_about_keep_their_entries(engine, question: str, entry_id: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


def test_latin_capitals_stay_an_abbreviation(engine) -> None:
    """ "UN" in an English question is the abbreviation, not Cyrillic «ун» repaired to «уна»."""
    values = engine.analyzer.analyse("Were any foreign experts or UN representatives present?").values
    assert "уна" not in values
    assert "un" in values


@pytest.mark.parametrize(
    "question",
    [
        "As a UN human rights officer, I'd like to know whether the reform is framed as strengthening "
        "rights and freedoms.",
        "As a senior human rights policy officer, I'd like to know whether the reform strengthens "
        "rights and freedoms.",
    ],
)
def test_longer_english_role_closing_on_a_person(engine, question: str) -> None:
    """A role of more words before the comma, closing on its person's noun ("officer"), is the
    asker's: the question after it is answered."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Were any foreign experts or UN representatives present?",
        "Did the UN take part in the round table?",
    ],
)
def test_un_near_misses_still_decline(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Выступала ли сама Уполномоченный по правам человека на круглом столе?",
        "омбудсмен там выступал ваще?",
        "Did the Human Rights Ombudsman personally speak at the discussion?",
        "Выступали ли представители Парламента?",
    ],
)
def test_speaking_asked_of_a_participant_is_not_told(engine, question: str) -> None:
    """A verb of speaking asked of someone named is the act asked: the entry saying his institution
    took part does not tell that he spoke."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Выступал ли Асылов на круглом столе?", "speaker"),
        ("Did the Prosecutor General speak at the round table?", "speaker"),
        ("Что сказал Асылов, выступая на круглом столе?", "prosecutor_speech"),
        ("О чём говорил генпрокурор в своём выступлении?", "prosecutor_speech"),
        ("Участвовал ли омбудсмен?", "participant_ombudsman"),
    ],
)
def test_the_speaker_and_taking_part_keep_their_entries(engine, question: str, entry_id: str) -> None:
    """The Prosecutor General spoke (the entries tell it); whether the ombudsman took part is told."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)
