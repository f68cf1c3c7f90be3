"""Holes found by probing the engine as a sceptical user would, each closed for its class:
«Круглый стол прошёл 15 марта?» is answered with the date the document states, never with «the
document does not say this» (it does, and the asker is wrong); an entry's English translation lends
no subject to a Russian question; what someone criticised is not what they said."""

from __future__ import annotations

import pytest

from bot.qa.engine import Engine

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Круглый стол прошёл 15 марта?",
        "Правда, что круглый стол прошёл в марте?",
        "Верно ли, что круглый стол был в январе?",
        "Was the round table held on 3 March?",
        "Дөңгелек үстел наурызда өтті ме?",
    ],
)
def test_a_wrong_date_gets_the_documents_date(engine: Engine, question: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "event_date"), describe(reply)
    assert "27" in reply.answer, describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что было 15 марта?",  # asks what happened then, not whether
        "Референдум пройдёт в марте?",  # a date of something the document never names
        "Проект опубликуют в марте?",  # a date yet to come
    ],
)
def test_only_whether_the_documents_event_was_then_asks_its_date(engine: Engine, question: str) -> None:
    assert engine.answer(question).kind == "none", describe(engine.answer(question))


def test_an_english_translation_does_not_lend_a_russian_question_its_subject(engine: Engine) -> None:
    """Snowball stems «legislation» and «legislator» alike, and «legislator» is a curated name of
    Parliament: an entry whose English text said "legislation" held «Парламент» for every question, so
    «Что предложил Парламент?» got the entry on equality before the law. The English text says "the
    law" now (as the Russian «законодательство» means here)."""
    reply = engine.answer("Что предложил Парламент?")
    assert reply.entry_id != "equality_before_law", describe(reply)
    assert engine.answer("Were legislators at the round table?").entry_id == "participant_parliament"


@pytest.mark.parametrize(
    "question",
    [
        "Что критиковал генпрокурор?",
        "Против чего выступил генпрокурор?",
        "Кто выступил против реформы?",
        "What did the Prosecutor General criticise?",
        "Бас прокурор нені сынады?",
    ],
)
def test_what_someone_objected_to_is_not_what_they_said(engine: Engine, question: str) -> None:
    """The press release reports what the Prosecutor General said in favour; a question about what
    he criticised or opposed (kind `objection`, which no entry lists) is not answered with it."""
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_found"), describe(reply)


def test_zero_tolerance_against_something_is_no_objection(engine: Engine) -> None:
    reply = engine.answer("Против чего общество должно иметь нулевую терпимость?")
    assert (reply.kind, reply.entry_id) == ("answer", "law_and_order_meaning"), describe(reply)


def test_a_kazakh_clause_asking_the_names_of_the_one_before_keeps_the_question_whole(engine: Engine) -> None:
    """«…, аты-жөндері қандай?» (what are their names) asks about the deputies of the first clause:
    the question is which deputies by name, which the text does not say; the first clause alone
    («Қандай депутаттар қатысты?») is not what was asked."""
    reply = engine.answer("Қандай депутаттар қатысты, аты-жөндері қандай?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question", ["Summarise the press release", "Could you sum up the round table?", "Give me the gist"]
)
def test_a_request_to_sum_up_the_text_gets_what_it_is_about(engine: Engine, question: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "about_document"), describe(reply)


def test_summarise_asks_about_what_follows_it(engine: Engine) -> None:
    """«summarise X» is a request about X, not for the whole text's gist."""
    reply = engine.answer("Summarise what the Prosecutor General said")
    assert reply.kind == "answer", describe(reply)
    assert reply.entry_id in {"speaker", "prosecutor_speech"}, describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Кто подчеркнул, что изменения задают долгосрочные ориентиры развития?", "long_term_guidelines"),
        ("Кто назвал изменения прогрессивными?", "overall_assessment"),
        ("Who said the changes are progressive?", "overall_assessment"),
        ("Кто сказал про правовое сознание общества?", "legal_consciousness"),
        ("Who stressed the need for explanatory work?", "explanatory_work"),
        ("Кто подчеркнул важность открытого диалога?", "open_dialogue"),
        ("Түсіндіру жұмысы туралы кім атап өтті?", "explanatory_work"),
    ],
)
def test_who_said_something_is_answered_by_the_entry_attributing_it(
    engine: Engine, question: str, entry_id: str
) -> None:
    """An entry whose answer says whose words it reports («По словам участников…») answers «who said
    it» (kind `who_said`)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кто будет укреплять правосознание?",
        "Кто определит долгосрочные ориентиры?",
        "Кто будет отвечать за укрепление правопорядка?",
        "Кто будет проводить разъяснительную работу?",
        "Кто закрепит принцип «Закон и порядок»?",
        "Who drafted the new constitution?",
        "Who will ensure open dialogue?",
    ],
)
def test_who_does_something_is_not_who_said_it(engine: Engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question", ["Какое ведомство выпустило этот пресс-релиз?", "Какой орган подготовил пресс-релиз?"]
)
def test_which_body_did_what_the_documents_never_name_is_not_answered(engine: Engine, question: str) -> None:
    """«Какое ведомство выпустило…?»: a body asked by a generic word, with a verb the documents never
    use about their own frame, is not answered with the bodies that took part; taking part is."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
    reply = engine.answer("Какие ведомства участвовали в круглом столе?")
    assert (reply.kind, reply.entry_id) == ("answer", "participants"), describe(reply)


@pytest.mark.parametrize("question", ["Who organised the round table?", "Who organized the event?"])
def test_who_organised_is_not_which_organisations(engine: Engine, question: str) -> None:
    """Snowball stems «organised» and «organisations» alike; a noun of «-isation» keeps its own
    word, so «who organised it» (the text does not say) is not answered with the participants."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
    assert engine.answer("Which organisations took part?").entry_id == "participants"


def test_how_a_thing_is_called_asks_nothing_of_its_own(engine: Engine) -> None:
    """«называться», as «называть», is a verb of naming (a stopword): «Как называется второе
    направление?» asks an item of the list by its place."""
    reply = engine.answer("Как называется второе из направлений, которым уделили особое внимание?")
    assert (reply.kind, reply.entry_id) == ("answer", "key_directions"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кто был генеральным прокурором до Асылова?",
        "Who was Prosecutor General before Asylov?",
        "Кто будет генпрокурором после Асылова?",
        "Кто выступил после Асылова?",  # the document names no other speaker
    ],
)
def test_who_before_or_after_a_named_person_is_declined(engine: Engine, question: str) -> None:
    """Who held a post before or after a person the documents name is someone they never name: the
    entry about the one named does not answer (it had: speaker)."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("Кто такой Асылов?", "speaker"), ("Кто выступал на круглом столе?", "speaker")],
)
def test_who_without_before_or_after_keeps_the_named_person(
    engine: Engine, question: str, entry_id: str
) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


def test_what_a_long_named_body_said_is_asked_as_said(engine: Engine) -> None:
    """ "What did the representative of the Presidential Administration say?": six words between «did»
    and «say» still ask what someone said, which the documents report of no one from the
    Administration (it had been answered with participant_administration)."""
    reply = engine.answer(
        "What did the representative of the Presidential Administration say at the round table?"
    )
    assert reply.kind == "none", describe(reply)
    kept = engine.answer("What did the head of the prosecution service say?")
    assert (kept.kind, kept.entry_id) == ("answer", "prosecutor_speech"), describe(kept)


@pytest.mark.parametrize("question", ["Бешбармақ қалай жасалады?", "Қалай жасалады?"])
def test_the_kazakh_light_verb_of_making_names_no_topic(engine: Engine, question: str) -> None:
    """«жасау» (make, do) is a light verb, as «ету» is: «Бешбармақ қалай жасалады?» (how is beshbarmak
    made) had been answered with the speaker, whose Kazakh answer says he «баяндама жасады»."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
    kept = engine.answer("Бас прокурор қандай баяндама жасады?")
    assert (kept.kind, kept.entry_id) == ("answer", "speaker"), describe(kept)
