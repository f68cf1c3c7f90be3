"""Round 89a: confident wrong answers: the two models of the state the text names (an entry joining
two answers, left out of the term statistics), whose rights are asked named beside rights, an English
word after a preposition of topic as its object, Latin capitals kept as an abbreviation, a longer
English role before the asker's question (real engine)."""

from __future__ import annotations

import math

import pytest

from bot.qa.kb import KnowledgeBase, KnowledgeBaseError, load_knowledge_base

from ._support import describe
from .conftest import KbCopy

JUST_KAZAKHSTAN = "устойчивой модели Справедливого Казахстана"
MODERN_MODEL = "современной конституционной модели Республики Казахстан"


@pytest.mark.parametrize(
    "question",
    [
        "Какую модель государства предполагается сформировать?",
        "Какую модель государства планируется сформировать по итогам обсуждений?",
        "Модель какого государства должна сложиться в итоге?",
        "Какую модель государства стремятся выстроить с помощью реформы?",
        "What kind of state is the reform supposed to build?",
    ],
)
def test_model_of_the_state_names_both_models(engine, question: str) -> None:
    """The text names two models (Just Kazakhstan in the reform's aims, the modern constitutional
    model in the outcome): the reply gives both, each with its own quote."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "state_model"), describe(reply)
    quotes = " ".join(q.text for q in reply.quotes)
    assert JUST_KAZAKHSTAN in quotes
    assert MODERN_MODEL in quotes


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Что такое модель Справедливого Казахстана?", "fair_kazakhstan"),
        ("На каких принципах основана конституционная модель?", "constitutional_model_principles"),
        ("Какую модель работы правоохранительных органов предлагают?", "rights_protection_priority"),
        ("Каковы итоги круглого стола?", "outcome"),
        ("Звали ли на дискуссию людей из науки?", "participant_science"),
    ],
)
def test_other_models_keep_their_entries(engine, question: str, entry_id: str) -> None:
    """One model asked by name, the principles, the service model, the outcome keep their entries;
    so do questions whose words the joining entry repeats (their weights are not moved)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


def test_joining_entry_is_left_out_of_the_statistics(engine) -> None:
    """An entry joining others' answers repeats their sentences: the term statistics are taken over
    the other entries only, so adding it moves no weight."""
    kb: KnowledgeBase = engine.kb
    joining = [entry for entry in kb.entries if entry.joins]
    assert joining, "the knowledge base has a joining entry"
    counted = len(kb.entries) - len(joining)
    assert engine.index.compiled.max_idf == pytest.approx(math.log((counted + 1) / 0.5))


def test_joining_entry_quotes_only_what_it_joins(kb_copy: KbCopy) -> None:
    """kb check: a quote of a joining entry that none of the joined entries quotes is a problem, as
    is a joined id that does not exist."""
    data = kb_copy.read_faq()
    entry = next(e for e in data["entries"] if e.get("joins"))
    entry["joins"] = [entry["joins"][0], "no_such_entry"]
    kb_copy.write_faq(data)
    with pytest.raises(KnowledgeBaseError) as caught:
        load_knowledge_base(kb_copy.knowledge, kb_copy.seeds)
    assert any("no_such_entry" in problem.message for problem in caught.value.problems)
    entry["joins"] = ["fair_kazakhstan", "participants"]
    kb_copy.write_faq(data)
    with pytest.raises(KnowledgeBaseError) as caught:
        load_knowledge_base(kb_copy.knowledge, kb_copy.seeds)
    assert any("joins" in problem.message for problem in caught.value.problems)


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
