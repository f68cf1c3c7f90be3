"""Round 73d: confident wrong answers — «КС» beside the written-out round table is the Constitutional
Court; which members of a body the documents name only as a whole ask for names (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "кс тоже участвовал в круглом столе или нет",
        "КС тоже выступал на круглом столе? чё они сказали",
        "Был ли КС на круглом столе?",
        "что КС сказал на круглом столе про проект",
    ],
)
def test_ks_beside_the_round_table_is_another_body(engine, question: str) -> None:
    """«кс» stands for the round table only when the message does not name it in full; beside
    «круглый стол» it is the Constitutional Court, which the document never mentions."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("на чем сосредоточились участники кс", "practical_focus"),
        ("кс по конституции кто участвовал??", "participants"),
        ("депутаты были на кс", "participant_parliament"),
        ("Кто участвовал в круглом столе?", "participants"),
    ],
)
def test_ks_alone_is_still_the_round_table(engine, question: str, entry: str) -> None:
    """Without the round table written out, «кс» is still its chat shortening."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Which members of Parliament took part in the discussion?",
        "Какие члены Парламента участвовали?",
        "Which members of the Presidential Administration took part?",
        "Кто из членов Парламента выступал?",
        "Which representatives of the Presidential Administration took part?",
    ],
)
def test_which_members_of_a_body_ask_names(engine, question: str) -> None:
    """«какие члены X», "which members of (the) X": X's members by name, as «какие депутаты» and
    "which representatives of X" were; the documents name the bodies only as wholes."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Did members of Parliament take part?", "participant_parliament"),
        ("Were members of Parliament at the round table?", "participant_parliament"),
        ("Участвовали ли члены Парламента?", "participant_parliament"),
        ("Участвовала ли в круглом столе Администрация Президента?", "participant_administration"),
    ],
)
def test_whether_members_of_a_body_were_there(engine, question: str, entry: str) -> None:
    """Whether its members were there is whether the body took part: still answered."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кто представлял Уполномоченного по правам человека на круглом столе?",
        "Кто из Уполномоченного по правам человека выступал?",
        "Кто представлял Администрацию Президента?",
    ],
)
def test_who_represented_a_body_named_in_several_words(engine, question: str) -> None:
    """«кто представлял X», «кто из X»: X's people by name, also when X's name is a curated phrase
    longer than two words (people._group_at)."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Кто был от Уполномоченного по правам человека?", "participant_ombudsman"),
        ("Участвовал ли Уполномоченный по правам человека?", "participant_ombudsman"),
        ("Какие институты гражданского общества были представлены?", "participant_public_orgs"),
        ("Какие структуры гражданского общества были представлены на дискуссии?", "participant_public_orgs"),
    ],
)
def test_whether_a_body_was_there_and_which_kinds(engine, question: str, entry: str) -> None:
    """Whether someone from it was there is still answered; after «какие» a long phrase is a kind
    asked of (the text's «общественные организации»), not a body asked by its members' names."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)
