"""Round 88c: colloquial and English misses of the fresh sets — the asker's «мне коротко» before a
question word, «без воды» as how tersely to answer, a quick summary asked before a question of its
own, "did anyone mention X" as whether X came up, «ноль толерантности», spoken «слыш(ь)», "just"
before an "-ing" form (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("я диспетчер на жд в кызылорде мне коротко чем закончился этот стол", "outcome"),
        ("я сварщик из темиртау мне кратко кто выступал на круглом столе", "speaker"),
        ("я пенсионерка мне вкратце какие направления назвали", "key_directions"),
    ],
)
def test_asker_and_brevity_before_a_question_word(engine, question: str, entry_id: str) -> None:
    """«я диспетчер … мне коротко чем закончился…»: the asker named, their «мне» and a word of
    brevity open the question; what follows from its question word is asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["я водитель мне коротко", "я диспетчер мне коротко про налоги что решили"],
)
def test_asker_and_brevity_with_nothing_known_still_declines(engine, question: str) -> None:
    """Nothing asked, or a topic the documents never name: still declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("я блогер дайте 4 направления списком без воды", "key_directions"),
        ("расскажи без воды о чем был круглый стол", "about_document"),
        ("расскажи без лишних слов что сказал генпрокурор", "prosecutor_speech"),
    ],
)
def test_without_padding_is_how_to_answer(engine, question: str, entry_id: str) -> None:
    """«без воды», «без лишних слов»: how tersely to answer, not a subject («вода»)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


def test_without_padding_keeps_an_unknown_topic_declined(engine) -> None:
    """«без воды что там про налоги»: the taxes the documents never name still decline."""
    reply = engine.answer("без воды что там про налоги")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (
            "Quick summary pls: what will the changes do for citizens' rights and freedoms?",
            "overall_assessment",
        ),
        ("Quick summary: who spoke at the round table?", "speaker"),
        ("Brief summary please: when was the round table held?", "event_date"),
        ("Краткое резюме: что сказал генпрокурор?", "prosecutor_speech"),
    ],
)
def test_summary_asked_before_a_question_is_its_form(engine, question: str, entry_id: str) -> None:
    """ "Quick summary pls: what…?": a short summary asked for before a question of its own says how
    to answer; the question after it is asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


def test_summary_of_the_piece_is_still_asked(engine) -> None:
    """ "Quick summary of the press release?": the summary itself is what is asked."""
    reply = engine.answer("Quick summary of the press release?")
    assert (reply.kind, reply.entry_id) == ("answer", "about_document"), describe(reply)


def test_summary_before_an_unknown_topic_declines(engine) -> None:
    """ "Quick summary: what does the reform say about taxes?": taxes are never named."""
    reply = engine.answer("Quick summary: what does the reform say about taxes?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Did anyone mention zero tolerance? What was that about?", "law_and_order_meaning"),
        ("Did anybody talk about artificial intelligence?", "digital_solutions"),
        ("Has anyone mentioned legal culture?", "legal_culture"),
    ],
)
def test_anyone_mentioning_asks_whether_it_came_up(engine, question: str, entry_id: str) -> None:
    """ "Did anyone mention X?": the indefinite doer of a verb of saying names no one; X is asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize("question", ["Did anyone mention the budget?", "Did anyone mention pensions?"])
def test_anyone_mentioning_an_unknown_thing_declines(engine, question: str) -> None:
    """No longer read as whether anyone from Akorda was there: a thing never named declines."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_anyone_from_a_body_is_still_asked(engine) -> None:
    """ "anyone from" the Administration: whether such a person was there."""
    reply = engine.answer("Did anyone from the Presidential Administration attend?")
    assert (reply.kind, reply.entry_id) == ("answer", "participant_administration"), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["ноль толерантности к чему то там говорили?", "что за ноль толерантности к правонарушениям"],
)
def test_zero_tolerance_said_colloquially(engine, question: str) -> None:
    """«ноль толерантности», as «ноль терпимости»: the text's zero tolerance."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "law_and_order_meaning"), describe(reply)


def test_zero_tolerance_of_another_thing_is_not_said(engine) -> None:
    """«ноль толерантности к коррупции»: corruption the text never names."""
    reply = engine.answer("ноль толерантности к коррупции обсуждали?")
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)


@pytest.mark.parametrize("question", ["слыш а генпрокурор у нас кто сейчас", "слышь, кто генпрокурор?"])
def test_spoken_hey_names_nothing(engine, question: str) -> None:
    """«слыш», «слышь»: the spoken "hey" opening a question names no subject."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "speaker"), describe(reply)


def test_spoken_hey_before_an_unknown_topic_declines(engine) -> None:
    """«слыш а налоги снизят»: taxes the documents never name."""
    reply = engine.answer("слыш а налоги снизят")
    assert reply.kind == "none", describe(reply)


def test_just_before_a_gerund_is_only(engine) -> None:
    """ "rather than just punishing them": "just" weighs the deed, as "only" does."""
    reply = engine.answer("Is there any mention of preventing offences rather than just punishing them?")
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


def test_just_kazakhstan_keeps_its_name(engine) -> None:
    """ "Just Kazakhstan": a noun after "just", the name of the model."""
    reply = engine.answer("Was the concept of a Just Kazakhstan mentioned?")
    assert (reply.kind, reply.entry_id) == ("answer", "fair_kazakhstan"), describe(reply)
