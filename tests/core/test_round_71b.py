"""Round 71b: near misses of hunt16 (details the document does not give) that got an answer (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Кто предложил закрепить принцип «Закон и порядок» в Преамбуле Основного Закона?",
        'Who proposed enshrining the "Law and Order" principle in the Preamble of the Basic Law?',
        "Кто именно предложил закрепить закон и порядок в преамбуле?",
        "Who suggested putting law and order in the preamble?",
        "«Заң және тәртіп» қағидатын Преамбулаға енгізуді кім ұсынды?",
        "Кто предложил изменить Преамбулу?",
    ],
)
def test_who_proposed_declines(engine, question: str) -> None:
    """Who proposed a thing asks its author: the documents report what the Prosecutor General noted
    of the principle, never whose proposal it was (round 43c had kept it answered)."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Кто выступал и что он предложил закрепить в Основном Законе?", "prosecutor_speech"),
        ("Кто говорил о принципе «Закон и порядок»?", "law_and_order_meaning"),
        ("Кто выступил с обращением к участникам круглого стола?", "speaker"),
    ],
)
def test_who_spoke_and_what_was_proposed_answered(engine, question: str, entry: str) -> None:
    """Who spoke, and what was proposed (the verb of proposing in another clause), stay answered."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "What is the full wording of the new Preamble of the Basic Law?",
        "Каков полный текст новой Преамбулы?",
        "What is the complete text of the Preamble?",
        "Какова полная формулировка преамбулы?",
        "Қазіргі Преамбуланың толық мәтіні қандай?",
    ],
)
def test_whole_text_declines(engine, question: str) -> None:
    """The full text or wording of a document part is never quoted."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Какой принцип предлагается закрепить в Преамбуле?", "law_and_order_preamble"),
        ("What is the full list of directions?", "key_directions"),
        ("What is the full text of the press release?", "about_document"),
        ("Как дословно называется направление, посвящённое технологиям?", "digital_solutions"),
    ],
)
def test_what_the_preamble_gets_answered(engine, question: str, entry: str) -> None:
    """What is said of the Preamble, a full list, a name asked word for word, the press release's own
    text: answered."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Қолданыстағы Конституция қай жылы қабылданған?",
        "Қолданыстағы Конституция қашан қабылданды?",
        "Қолданыстағы Конституцияда неше бап бар?",
    ],
)
def test_kazakh_locative_adjective_declines(engine, question: str) -> None:
    """«Қолданыстағы» (in force) makes the current constitution another than the draft discussed."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Құқық саласындағы цифрлық шешімдерге не кіреді?", "digital_solutions"),
        ("Конституциядағы бұл өзгерістер ұзақ мерзімге ме?", "long_term_guidelines"),
        (
            "Мен Шымкенттегі университетте сабақ беремін. Ғылыми қауымдастық өкілдері қатысты ма?",
            "participant_science",
        ),
    ],
)
def test_kazakh_locative_of_known_words_answered(engine, question: str, entry: str) -> None:
    """A locative adjective of a word the documents use, or of the asker's town, is no qualifier."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Насколько снизилась преступность после внедрения принципа «Закон и порядок»?",
        "Насколько сократится число правонарушений?",
        "By how much will crime fall after the reform?",
        "How much did offences decrease after the principle was introduced?",
    ],
)
def test_measure_of_change_declines(engine, question: str) -> None:
    """How much a thing grew or fell asks a measure the documents never give."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Насколько важен для прокурора открытый диалог по новеллам?", "open_dialogue"),
        (
            "Насколько, по мнению генпрокурора, изменения затронут права и свободы граждан?",
            "overall_assessment",
        ),
        ("Что повысит эффективность государственного управления?", "overall_assessment"),
    ],
)
def test_how_much_without_a_change_answered(engine, question: str, entry: str) -> None:
    """«Насколько» with no verb of growing or falling asks a degree the text does tell."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "What was the official title of the round table?",
        "What is the official name of the event?",
        "What was the official status of the round table?",
    ],
)
def test_official_of_a_thing_declines(engine, question: str) -> None:
    """ "The official title": the adjective, not an official person; no official name is given."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Which official addressed the participants?",
        "Please state the name and office of the official who addressed the participants.",
        "Which senior official addressed the participants?",
    ],
)
def test_official_person_answered(engine, question: str) -> None:
    """ "Which official", "the official who…": a person, the speaker."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "speaker"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Парламенттен дөңгелек үстелге нақты кімдер қатысты?",
        "Ғылыми қоғамдастықтан кімдер қатысты?",
        "Президент Әкімшілігінен кім қатысты?",
    ],
)
def test_kazakh_who_from_a_group_not_the_whole_list(engine, question: str) -> None:
    """Who from a group («Парламенттен кімдер») asks its people by name, which the entry listing
    every group that took part does not give."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) != ("answer", "participants"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Дөңгелек үстелге кімдер қатысты?", "participants"),
        ("Парламент өкілдері қатысты ма?", "participant_parliament"),
        ("Талқылауға кім қатысты?", "participants"),
    ],
)
def test_kazakh_who_took_part_answered(engine, question: str, entry: str) -> None:
    """Who took part at all, and whether a group did, stay answered."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "How can citizens submit their proposals on the draft Constitution?",
        "How can I send my proposals on the draft?",
        "Where should people send their suggestions about the new Constitution?",
    ],
)
def test_owned_proposals_decline(engine, question: str) -> None:
    """Proposals someone owns (their, my, citizens') are sent in on the draft: never reported."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("What changes does the draft propose?", "proposed_changes"),
        ("What are the proposed changes aimed at?", "overall_assessment"),
    ],
)
def test_what_the_draft_proposes_answered(engine, question: str, entry: str) -> None:
    """What the draft proposes stays answered."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какую позицию озвучил представитель института Уполномоченного по правам человека?",
        "Какое мнение высказали представители научного сообщества?",
        "What stance did the representatives of the Presidential Administration take?",
    ],
)
def test_stance_voiced_by_a_delegate_declines(engine, question: str) -> None:
    """The stance a group's delegate voiced, past the verb and the delegate: what they said, which
    the entry naming them among the participants does not tell."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какую позицию занял генеральный прокурор по поводу преамбулы?",
        "Какова позиция генпрокурора?",
    ],
)
def test_stance_of_the_speaker_answered(engine, question: str) -> None:
    """The Prosecutor General's stance is what he said."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "prosecutor_speech"), describe(reply)
