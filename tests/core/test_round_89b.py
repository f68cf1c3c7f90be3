"""Round 89b: false «В документе об этом не говорится» — an English verb in -s read as a plural
noun, «в разных регионах», the asker's closing sentence naming a known word, «когда» between two
verbs, a protection claimed given up, «с нуля» against continuation (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (
            "What does the Prosecutor General mean when he talks about zero tolerance?",
            "law_and_order_meaning",
        ),
        (
            "I run a small trading company in Almaty. "
            "Will my data be protected if the state starts using AI?",
            "personal_data_protection",
        ),
        ("Will my personal data be protected if the state starts using AI?", "personal_data_protection"),
    ],
)
def test_english_verb_in_s_after_he_or_before_ing(engine, question: str, entry_id: str) -> None:
    """ "he talks about", "the state starts using": a verb in -s after a third-person pronoun or
    before an -ing form is the clause's verb, not a plural noun the documents never name."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Were there any talks about taxes?",
        "Will my data be protected if the state starts using drones?",
        "What does the Prosecutor General say when he talks about taxes?",
    ],
)
def test_english_verb_in_s_near_misses(engine, question: str) -> None:
    """A noun after "any" stays a noun; an unknown object of the verb stays asked."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Будет ли закон применяться одинаково в разных регионах?",
        "Will the law be applied the same way in different regions?",
    ],
)
def test_in_different_regions_says_how_widely(engine, question: str) -> None:
    """«в разных регионах», "in different regions": across which places a thing holds, no region
    asked (as «во всех регионах»)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "equality_before_law"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Может ли правоприменение в разных регионах отличаться после реформы, или его хотят унифицировать?",
        "Будет ли правоприменение отличаться в разных регионах?",
    ],
)
def test_differing_across_regions_is_not_called_unsaid(engine, question: str) -> None:
    """The regions name no detail asked: the bot may not find it, but it does not call it unsaid."""
    reply = engine.answer(question)
    assert reply.decline != "not_in_document", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие регионы участвовали?",
        "Будут ли в разных регионах разные налоги?",
    ],
)
def test_regions_asked_still_decline(engine, question: str) -> None:
    """A region asked for, or a thing the documents never name across regions, declines."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Is there anything about legal education? In Poland we have a similar debate.",
        "Anything about legal education? I'm thinking of my kids studying law.",
        "Упоминается ли юридическое образование? Я преподаю право в колледже.",
    ],
)
def test_closing_of_the_asker_naming_a_known_word(engine, question: str) -> None:
    """A closing sentence of the asker's life ("In Poland we have…", "I'm thinking of my kids
    studying law") is no detail asked, though it names a word the documents know."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "legal_culture"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что говорится о защите прав? Я про права мигрантов.",
        "Is there anything about legal education? I mean the fees for law students.",
        "Говорили ли о налогах? Мы держим кафе.",
    ],
)
def test_closing_that_says_what_is_asked_stays_asked(engine, question: str) -> None:
    """«Я про…», "I mean…" say what is asked: its words stay in the question."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "защиту данных граждан усилят когда ии внедрят",
        "данные защитят когда начнут использовать ии",
    ],
)
def test_when_between_two_verbs_joins_clauses(engine, question: str) -> None:
    """«…усилят когда ии внедрят»: «когда» between the question's verb and a clause with a verb of
    its own is the conjunction, no date asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "personal_data_protection"), describe(reply)


@pytest.mark.parametrize("question", ["Примут когда проект?", "налоги снизят когда примут конституцию"])
def test_when_asked_after_a_verb_still_declines(engine, question: str) -> None:
    """«Примут когда проект?» asks when (no verb after «когда»); taxes are never named."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (
            "Верно ли, что реформа предполагает отказ от защиты персональных данных "
            "ради искусственного интеллекта?",
            "personal_data_protection",
        ),
    ],
)
def test_protection_claimed_given_up(engine, question: str, entry_id: str) -> None:
    """«отказ от защиты X»: the text strengthens that protection."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Был ли отказ от участия в круглом столе?", "Предусматривает ли реформа отказ от смертной казни?"],
)
def test_other_refusals_decline(engine, question: str) -> None:
    """«отказ» of anything but protection or guarantees is no claim the text answers."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    ["реформа типа продолжение старого курса или с нуля", "Реформа начинается с нуля или продолжает курс?"],
)
def test_from_scratch_against_continuation_is_not_called_unsaid(engine, question: str) -> None:
    """«с нуля» weighed against the text's continuation: the text tells its side."""
    reply = engine.answer(question)
    assert reply.decline != "not_in_document", describe(reply)


def test_from_scratch_alone_declines(engine) -> None:
    """«Начнут ли всё с нуля?» weighs nothing: no entry answers it."""
    reply = engine.answer("Начнут ли всё с нуля?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что изменится в разных регионах?",
        "What will change in different regions?",
    ],
)
def test_different_regions_without_differing_stay_asked(engine, question: str) -> None:
    """Without a word of being the same or differing, «в разных регионах» asks of the regions, which the
    documents never name: no answer (the merge of rounds 89b and 89c)."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
