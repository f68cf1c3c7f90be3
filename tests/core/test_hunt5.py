"""Hunt 5: near misses that round 36's looser readings had answered, each class beside the
answerable neighbours that must keep their entry."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Каким способом будут избирать президента?",
        "Каким образом будут избирать президента?",
        "In what way will the president be elected?",
    ],
)
def test_a_way_noun_asks_the_manner(engine, question: str) -> None:
    """«Каким способом (образом, путём, методом)» asks how, as «как» does: an action the documents
    never name (electing the President) they cannot tell the manner of."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Каким способом будет обеспечено равенство перед законом?", "equality_before_law"),
        ("Каким образом будут защищены персональные данные?", "personal_data_protection"),
        ("Каким путём будут внедрять искусственный интеллект в правовой сфере?", "digital_solutions"),
    ],
)
def test_the_manner_of_a_named_action_keeps_its_answer(engine, question: str, entry_id: str) -> None:
    """The way of an action the documents name (ensuring equality, protecting data) is theirs to
    tell, or to say they do not detail: the entry answers."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Will there be a law on artificial intelligence?",
        "Which law on big data will be adopted?",
        "Will there be a law on personal data?",
    ],
)
def test_an_english_law_named_by_its_topic(engine, question: str) -> None:
    """An English law named by its topic is an act, the Russian «закон»: the entry that speaks of
    "AI in law" (the legal domain) tells nothing of such an act."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Will AI be used in law?", "digital_solutions"),
        ("What is said about equality before the law?", "equality_before_law"),
    ],
)
def test_english_law_as_the_legal_domain_keeps_its_answer(engine, question: str, entry_id: str) -> None:
    """ "Law" as the legal domain, no act named by its topic: the entry answers."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Я депутат маслихата. Участвовал ли наш маслихат в круглом столе?",
        "Я сотрудник акимата. Участвовал ли наш акимат?",
    ],
)
def test_the_asker_of_another_body(engine, question: str) -> None:
    """A deputy or an employee of a body the documents never name (a maslikhat, an akimat) is that
    body's: the asker's possessive stands for it, not for the Parliament a deputy may be of."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (
            "Я служу в полиции. Что новый проект меняет в подходе к нашей работе?",
            "rights_protection_priority",
        ),
        (
            "Я сотрудник полиции Алматы. Что новый проект меняет в подходе к нашей работе?",
            "rights_protection_priority",
        ),
        ("Я депутат Мажилиса. Участвовали ли наши депутаты?", "participant_parliament"),
        (
            "Я сотрудник Администрации Президента. Участвовала ли наша администрация?",
            "participant_administration",
        ),
    ],
)
def test_the_asker_of_a_named_body_keeps_its_answer(engine, question: str, entry_id: str) -> None:
    """The asker of a body the documents name (the police, of a city too; the Mazhilis; the
    Administration): their possessive stands for it, and its entry answers."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Будет ли новый закон о полиции?",
        "Примут ли закон о профилактике правонарушений?",
        "Какие законы о полиции изменят?",
    ],
)
def test_a_law_is_not_held_by_a_word_of_its_family(engine, question: str) -> None:
    """A part asked for is held as itself: «защиту законных интересов» (an adjective of the law's
    family) tells of no law on the police or on prevention."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_a_noun_spelt_as_a_verb_yields_to_its_equal(engine) -> None:
    """«статей» is «статья» (an article), not the rare noun «стать» spelt as the verb «стать» the
    text uses («стал площадкой»): an article of the Constitution is a thing the documents never name."""
    from bot.qa.morph import shared_morphology

    assert shared_morphology().info("статей").lemma == "статья"
    assert shared_morphology().info("стали").lemma == "стать"


@pytest.mark.parametrize(
    "question",
    ["Какие пять статей Конституции изменят?", "Какие десять статей изменят?", "Сколько статей изменят?"],
)
def test_articles_counted_stay_declined(engine, question: str) -> None:
    """Articles of the draft, counted or not, are no thing the documents name: declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_what_the_round_table_became_keeps_its_answer(engine) -> None:
    """The verb «стать» keeps its reading: «Чем стал круглый стол?» is the outcome."""
    reply = engine.answer("Чем стал круглый стол?")
    assert (reply.kind, reply.entry_id) == ("answer", "outcome"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Я учитель. Что изменится в нашей работе?",
        "Я фермер. Что изменится в нашей работе?",
        "Я врач. Что изменится в нашей работе?",
    ],
)
def test_the_work_of_an_asker_of_another_kind(engine, question: str) -> None:
    """«Наш» after the asker names themselves by a person the documents never name (a teacher, a
    farmer) is that kind of people's: their work is nothing the documents speak of."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Я учитель. Что изменится в нашей стране?", "long_term_guidelines"),
        ("Я полицейский. Что изменится в нашей работе?", "rights_protection_priority"),
    ],
)
def test_the_nation_or_a_named_kind_keeps_its_answer(engine, question: str, entry_id: str) -> None:
    """«Наша страна» is the nation's, which the documents speak of; a police officer's work is law
    enforcement's: the entry answers."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие налоговые изменения предлагаются?",
        "На какой срок рассчитаны налоговые изменения?",
        "Какие пенсионные поправки предлагаются?",
        "What tax changes are proposed?",
    ],
)
def test_another_set_of_changes(engine, question: str) -> None:
    """A word the documents never use before their changes («налоговые изменения») names another set
    of changes, as «налоговая реформа» names another reform: declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Какие конституционные изменения предлагаются?", "proposed_changes"),
        ("Прогрессивные ли поправки?", "overall_assessment"),
        ("Как оцениваются предлагаемые изменения?", "overall_assessment"),
    ],
)
def test_the_documents_own_changes_keep_their_answer(engine, question: str, entry_id: str) -> None:
    """The documents' own changes, with their own adjectives (конституционные, предлагаемые): the
    entry answers."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)
