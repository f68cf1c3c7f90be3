"""Round 81c: confident answers to questions the documents do not answer: the group after «кто из»
is the one others are asked among, not one asked about beside the one left out; English "what exact /
concrete X" asks the particular items; "the wording of X" is X's text (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Кто из Генеральной прокуратуры, кроме Асылова, выступал на круглом столе?",
        "Кто из прокуроров, кроме Берика Асылова, выступал на круглом столе?",
        "Кто из сотрудников Генпрокуратуры, помимо генпрокурора, выступил?",
        "Who from the prosecution, apart from Asylov, spoke at the round table?",
    ],
)
def test_others_of_a_group_chosen_from(engine, question: str) -> None:
    """«Кто из X, кроме Y»: the others of the group X beside Y, whom the documents never name; X is
    what they are chosen from, not a group asked about (whether it was there)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Кроме госорганов кто-то участвовал — общественники?", "participant_public_orgs"),
        ("Кто из Генеральной прокуратуры выступал на круглом столе?", "speaker"),
        ("Кто из госорганов, кроме Администрации Президента, участвовал?", "participants"),
    ],
)
def test_group_asked_about_keeps_its_entry(engine, question: str, entry_id: str) -> None:
    """A group named beside the one left out is still asked about; «кто из X» with nothing left
    out asks who of X, which an entry tells; the others of a group a quote lists are told."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "The Prosecutor General talked about zero tolerance. "
        "What concrete punishments for minor offences were proposed?",
        "What exact guarantees of personal data protection are written into the draft?",
        "What concrete steps will be taken to protect personal data?",
        "Which precise measures of crime prevention were proposed?",
    ],
)
def test_particular_items_in_english(engine, question: str) -> None:
    """ "What exact / concrete X" before a plural noun asks for the particular items, as «какие
    конкретные X» does; no entry lists them."""
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Which exact areas received special attention?", "key_directions"),
        ("What exact date is the press release?", "event_date"),
        ("What exactly is meant by zero tolerance here — tolerance towards what?", "law_and_order_meaning"),
    ],
)
def test_particular_items_listed_or_one_asked(engine, question: str, entry_id: str) -> None:
    """The items an entry lists are told; a singular noun ("what exact date") asks one thing, and the
    adverb "exactly" asks no items."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "What is the exact wording of the new preamble?",
        "What is the wording of the preamble?",
        "What is the full wording of the new Preamble of the Basic Law?",
    ],
)
def test_wording_of_a_part_is_its_text(engine, question: str) -> None:
    """ "The wording of the Preamble" is its text, which the press release never gives (it reports
    what was said of the Preamble), as "the text of the Preamble" is."""
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ('What is the wording of the "Law and Order" principle?', "law_and_order_meaning"),
        ("What does the preamble say about law and order?", "law_and_order_preamble"),
    ],
)
def test_wording_of_a_quoted_name_keeps_its_entry(engine, question: str, entry_id: str) -> None:
    """The wording of a thing named in quotes is that name, which the documents quote; what the
    Preamble is to say is told."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)
