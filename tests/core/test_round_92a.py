"""Round 92a: members of a group the documents name only as a whole, asked by name: «кто
персонально / лично представлял», the Kazakh «X-тың өкілі кім», listing a group («перечислите
общественные организации», «названия…», "list the NGOs"), and a group after «или» in «какие X или Y»
(real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Кто персонально представлял Администрацию Президента?",
        "Кто лично представлял Парламент на круглом столе?",
        "Who personally represented the Presidential Administration?",
        "Президент Әкімшілігінің өкілі кім болды?",
        "Президент Әкімшілігінің өкілі кім болды және ол не айтты?",
        "Парламенттің өкілдері кімдер?",
        "Омбудсменнің өкілі кім?",
        "Названия общественных организаций, которые участвовали, можете перечислить?",
        "Перечислите общественные организации, которые участвовали в дискуссии.",
        "Назовите общественные организации, которые участвовали.",
        "List the NGOs that took part.",
        "Can you list the NGOs?",
        "Which universities or research institutes took part?",
        "Какие вузы или научные сообщества участвовали?",
    ],
)
def test_members_of_a_group_named_as_a_whole_decline(engine, question: str) -> None:
    """The text says delegates of these groups took part, never who they were: asking them by name
    (personally, as a Kazakh «өкілі кім», by listing the group, or after «или») declines."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Президент Әкімшілігінің өкілдері қатысты ма?", "participant_administration"),
        ("Талқылауға кімдер қатысты?", "participants"),
        ("Перечислите участников круглого стола.", "participants"),
        ("Перечислите направления, которым уделено особое внимание.", "key_directions"),
        ("Кто представлял Генеральную прокуратуру?", "speaker"),
        ("Назовите Генерального прокурора.", "speaker"),
        ("List the main directions.", "key_directions"),
    ],
)
def test_whether_they_took_part_and_what_is_named_keep_their_answers(
    engine, question: str, entry_id: str
) -> None:
    """Whether a group's delegates took part, who took part, the listed directions, and the one
    speaker the text names keep their answers."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("обьясни коротко суть круглово стола плз", "about_document"),
        ("обьясни зачем нужна новая конституция", "reform_aims"),
        ("Обьясните, что такое закон и порядок?", "law_and_order_preamble"),
        ("разьясни, будут ли разъяснять проект людям", "explanatory_work"),
    ],
)
def test_explain_typed_with_soft_sign_is_a_request(engine, question: str, entry_id: str) -> None:
    """«обьясни», «разьясни» (a soft sign for the hard one, common in chat) opening a question are
    addressed to the bot, as «объясни» is: no explaining work asked of; a question about the
    explaining itself keeps its entry."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)
