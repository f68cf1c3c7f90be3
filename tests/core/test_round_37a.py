"""Round 37a: the held-out blind39's classes, each fix by its class, with paraphrases of our own and
near misses that must stay declined (real engine, one source and two)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Адам құқықтары жөніндегі уәкіл дөңгелек үстелде не деп сөйледі?",
        "Адам құқықтары жөніндегі уәкіл не деп сөйледі?",
        "Бас прокурор құқықтық мәдениет туралы не деп сөйледі?",
    ],
)
def test_what_a_participant_spoke_saying_is_declined(engine, question: str) -> None:
    """Kazakh «не деп сөйледі» (spoke saying what) asks what someone said, as «не айтты» and
    «что говорил» do: an entry saying only that the Ombudsman took part does not answer it."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Бас прокурор дөңгелек үстелде не деп сөйледі?", "prosecutor_speech"),
        ("Дөңгелек үстелде кім сөйледі?", "speaker"),
        ("Кім сөйледі?", "speaker"),
    ],
)
def test_what_the_speaker_said_and_who_spoke_are_answered(engine, question: str, entry: str) -> None:
    """The one whose words the documents report is answered; «кім сөйледі» alone (who spoke, as
    «кто выступал») is no question of what was said."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Чем по своей сути стал проведённый круглый стол?", "outcome"),
        ("Упоминаются ли в тексте нейросети или машинное обучение?", "digital_solutions"),
        ("Упоминаются ли в тексте нейросети?", "digital_solutions"),
    ],
)
def test_hedges_and_the_text_read_frame_the_question(engine, question: str, entry: str) -> None:
    """«по своей сути» is a hedge as «по сути» is; «в тексте» before the plural subject of a plural
    verb («упоминаются … нейросети») is the piece read, not the wording of the noun after it."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "По своей сути, что изменит реформа для фермеров?",
        "Упоминаются ли в тексте криптовалюты?",
        "Упоминаются ли в тексте преамбулы права человека?",
        "Говорят ли в тексте закона о правах?",
    ],
)
def test_near_misses_of_hedges_and_the_text_are_declined(engine, question: str) -> None:
    """Near misses: a hedge beside a thing the documents never name; a text of something else
    (the Preamble's, a law's wording), whose noun after «текст» is no subject of the verb."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Реформа — это разовая акция или часть более широкого курса?",
        "Реформа — это часть более широкого курса или разовая акция?",
    ],
)
def test_a_part_of_a_whole_the_documents_name_is_an_alternative_they_name(engine, question: str) -> None:
    """«или часть более широкого курса»: a side opening with the part of a whole names that whole
    (the course), so the other side the documents never name («разовая акция») is no subject."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "reform_tokayev_link"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Реформа — это разовая акция или часть бюджета?",
        "Реформа — это часть более широкой программы или разовая акция?",
    ],
)
def test_a_part_of_a_whole_they_never_name_is_declined(engine, question: str) -> None:
    """Near misses: the part of a whole the documents never name («бюджет», «программа»)."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
