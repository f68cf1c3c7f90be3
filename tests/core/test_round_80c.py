"""Round 80c: confident wrong answers of the fresh near misses (hunt20, blind116): what someone said
asked with a long English noun phrase between "did" and "say" (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "What did the representative of the Human Rights Ombudsman say at the round table?",
        "What did the representative of the Human Rights Commissioner say at the round table?",
        "What did the representatives of the Human Rights Commissioner's office personally say at the event?",
        "What exactly did the representatives of the Parliament of Kazakhstan say at the discussion?",
    ],
)
def test_what_a_long_named_participant_said_is_not_told(engine, question: str) -> None:
    """ "did * say" spans a noun phrase with "of the" before a name of three words (and an "office"
    or "personally" after it): what someone said, which the documents report of no participant body."""
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (
            "Did representatives of the Human Rights Ombudsman take part in the discussion?",
            "participant_ombudsman",
        ),
        ("What did the participants say about the practical aspects of the draft?", "practical_focus"),
        ("What did the Prosecutor General say about law and order?", "law_and_order_meaning"),
    ],
)
def test_who_took_part_and_what_was_said_keep_their_answers(engine, question: str, entry_id: str) -> None:
    """Whether the body took part is told; what the participants or the Prosecutor General said of a
    thing the text gives is still answered."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Талқылауға қандай қоғамдық ұйымдар қатысты?",
        "Дөңгелек үстелге қандай қоғамдық ұйымдар қатысты, атап бересіз бе?",
        "Қандай қоғамдық ұйымдар қатысты? Атауларын айтыңызшы.",
        "Дөңгелек үстелге нақты қандай қоғамдық ұйымдар қатысты?",
    ],
)
def test_which_public_organisations_in_kazakh_asks_names(engine, question: str) -> None:
    """«қоғамдық ұйым» is the Kazakh for a public organisation: «қандай қоғамдық ұйымдар» asks which
    of a group the text names only as a whole (their names), as «какие общественные организации» does."""
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Дөңгелек үстелге қоғамдық ұйымдар қатысты ма?",
        "Талқылауға қоғамдық ұйымдардың өкілдері қатысты ма?",
        "қоғамдық ұйымдар",
    ],
)
def test_whether_public_organisations_took_part_in_kazakh_is_told(engine, question: str) -> None:
    """Whether public organisations took part the text tells."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "participant_public_orgs"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Берик Асыловтан кейін кім сөз сөйледі?",
        "Бас прокурордан кейін кім сөйледі?",
        "Асыловқа дейін кім Бас прокурор болды?",
        "Асыловтан бұрын кім сөйледі?",
    ],
)
def test_who_before_or_after_a_named_one_in_kazakh_is_someone_else(engine, question: str) -> None:
    """The Kazakh postposition of time («кейін», «дейін», «бұрын») follows the person: who spoke
    after or before him asks for someone the documents never name, as «кто после Асылова» does."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Дөңгелек үстелде кім сөз сөйледі?", "speaker"),
        ("Кім сөйледі?", "speaker"),
        ("Бас прокурор не айтты?", "prosecutor_speech"),
    ],
)
def test_who_spoke_in_kazakh_keeps_its_answer(engine, question: str, entry_id: str) -> None:
    """Who spoke, with no postposition of time after a person, is still the speaker."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)
