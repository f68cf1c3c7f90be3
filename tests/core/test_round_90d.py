"""Round 90d: colloquial, Kazakh and English declines of the fresh blind sets: «что меняется» after a
verb of telling as the changes told of, the asker's family named before a comma («у меня сын школьник,
…»), Kazakh adverbs of degree («соншалықты»), a Kazakh word sharing the noun of the word joined to it
(«ғылыми және сараптамалық қоғамдастық»), the verb of a said question beside an alternative ("Did
they talk about theory or…?") (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe

INFORMING = frozenset({"explanation_purpose", "explanatory_work", "current_stage"})


@pytest.mark.parametrize(
    "question",
    [
        "а народу вообще объясняют чё меняется",
        "народу рассказывают чо меняется?",
        "людям объясняют, что поменяется?",
        "Населению рассказывают, что меняется в Конституции?",
    ],
)
def test_what_changes_told_to_people(engine, question: str) -> None:
    """«объясняют / рассказывают, что меняется»: after a verb of telling, «что» and a verb of
    changing stand for the changes told of; the people told of them is the informing of society."""
    reply = engine.answer(question)
    assert reply.kind == "answer", describe(reply)
    assert reply.entry_id in INFORMING, describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что меняется в налоговом кодексе?",
        "Что поменяется в пенсиях?",
        "Объясняют ли людям, что меняется с пенсиями?",
    ],
)
def test_what_changes_in_an_unknown_thing_declines(engine, question: str) -> None:
    """A change of a thing the documents never name stays declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("у меня сын школьник, про правовую культуру чёнить есть", "legal_culture"),
        ("у меня дочь студентка, про юридическое образование что-нибудь есть?", "legal_culture"),
        ("У нас бабушка пенсионерка, объясняют ли людям изменения?", "explanation_purpose"),
    ],
)
def test_asker_family_before_a_comma(engine, question: str, entry: str) -> None:
    """«у меня сын школьник, …»: «у меня / у нас» and persons' nouns before a comma tell who the asker
    asks for; the question is after the comma."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "у меня сын школьник, что будет со школьной программой?",
        "у меня сын школьник, пенсии поднимут?",
        "у меня вопрос, про налоги есть что-нибудь?",
    ],
)
def test_asker_family_near_misses_decline(engine, question: str) -> None:
    """The question after the family's telling is still read: school programmes, pensions, taxes
    are not in the documents."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Түсіндіру жұмысы неге соншалықты маңызды?", "explanation_purpose"),
        ("Ашық диалог неге соншалықты маңызды?", "open_dialogue"),
        ("Қоғамның құқықтық санасы неге соншалықты маңызды?", "legal_consciousness"),
    ],
)
def test_kazakh_adverb_of_degree(engine, question: str, entry: str) -> None:
    """«соншалықты маңызды» (so important): an adverb of degree names no thing, as "very" does."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


def test_kazakh_adverb_of_degree_near_miss(engine) -> None:
    """Taxes, which the documents never name, stay declined beside it."""
    reply = engine.answer("Салық неге соншалықты маңызды?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Ғылыми және сараптамалық қоғамдастық неге дайын екенін білдірді?",
        "Ғылыми және сараптамалық қоғамдастық не айтты?",
    ],
)
def test_kazakh_coordinated_adjectives_share_the_noun(engine, question: str) -> None:
    """«ғылыми және сараптамалық қоғамдастық»: the scientific and the expert community, both curated
    phrases of one noun; their readiness is the round table's outcome."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "outcome"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Ғылыми және сараптамалық қоғамдастық салық туралы не айтты?",
        "Ғылыми және сараптамалық қоғамдастық қанша адамнан тұрды?",
    ],
)
def test_kazakh_coordinated_adjectives_near_misses(engine, question: str) -> None:
    """What the community said of taxes, or how many were in it, the documents never tell."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Did they talk about theory or about practical things?",
        "Did they talk about theory or practice at the round table?",
    ],
)
def test_talk_about_theory_or_practice(engine, question: str) -> None:
    """English "talk about" is the verb of a said question: no subject of its own, so the alternative
    beside it is weighed (theory against the text's practical aspects)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "practical_focus"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Did they talk about theory or about taxes?",
        "Did they talk about taxes?",
        "Did they talk about theory or practice in tax law?",
    ],
)
def test_talk_about_near_misses_decline(engine, question: str) -> None:
    """Taxes and tax law stay unknown and declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
