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


# -- Round 90a: round 89a's readings made mergeable (the entry joining the two models left out) ----


@pytest.mark.parametrize("question", ["права гос-ва", "обязанности гос-ва"])
def test_contraction_keeps_its_case(engine, question: str) -> None:
    """«гос-ва» reads as the knowledge base's «государства» (the genitive kept), so whose rights are
    asked is read as for the word written out: the same reply."""
    short = engine.answer(question)
    full = engine.answer(question.replace("гос-ва", "государства"))
    assert (short.kind, short.entry_id) == (full.kind, full.entry_id), describe(short)


def test_contraction_of_the_constitution_still_reads(analyzer) -> None:
    """A contraction reads as the knowledge base's form ending so («конст-ю» → «конституцию»)."""
    assert "конституция" in analyzer.analyse("конст-ю поменяют?").values


@pytest.mark.parametrize(
    "question",
    [
        "Какие депутаты Мажилиса выступали на круглом столе?",
        "Кто из депутатов Мажилиса выступил?",
        "Какие сенаторы выступили на обсуждении?",
    ],
)
def test_which_members_spoke_is_not_in_the_document(engine, question: str) -> None:
    """Parliament took part; which of its deputies spoke the document does not say: the speaking
    asked is checked in Subjects.answers, so the decline still counts the entry on Parliament
    («не говорится», not «не нашёл»)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что сказал Асылов, выступая на круглом столе?",
        "Выступая на круглом столе, о чём говорил Генеральный прокурор?",
        "Что подчеркнул генпрокурор, выступая перед участниками круглого стола?",
        "What did the Prosecutor General say when speaking at the round table?",
        "What did the Prosecutor General say while speaking to the participants?",
    ],
)
def test_speaking_as_a_circumstance_asks_what_was_said(engine, question: str) -> None:
    """A gerund or participle of speaking («выступая», "when speaking") tells when he said it: what
    he said is asked, which his speech tells."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "prosecutor_speech"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что сказал омбудсмен, выступая на круглом столе?",
        "What did the finance minister say when speaking at the round table?",
    ],
)
def test_speaking_as_a_circumstance_of_others_declines(engine, question: str) -> None:
    """Near misses: the ombudsman's words and a minister's the document does not report."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_capitals_in_a_cyrillic_text_do_not_change_the_reply(engine) -> None:
    """Latin capitals stay an abbreviation only in a text with no Cyrillic: in a mixed one the case
    does not move the reply (the property test's «AСТЙ DS»)."""
    upper, lower = engine.answer("AСТЙ DS"), engine.answer("aстй ds")
    assert (upper.kind, upper.entry_id) == (lower.kind, lower.entry_id), describe(upper)
