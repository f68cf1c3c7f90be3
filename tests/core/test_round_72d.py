"""Round 72d: confident wrong answers — small talk with a familiar address between its words
(«ку бро как дела») (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "ку бро как дела",
        "бро как дела",
        "здарова братан как дела",
        "дружище как дела",
        "привет чувак как дела",
        "hey bro how are you",
    ],
)
def test_small_talk_with_a_familiar_address(engine, question: str) -> None:
    """A familiar address («бро», «братан», «дружище»: stopwords) between the words of small talk
    leaves it small talk: «как дела» is no question about «дела» of the draft."""
    reply = engine.answer(question)
    assert reply.kind == "smalltalk", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Как обстоят дела с проектом Конституции?", "current_stage"),
        ("бро как дела с проектом конституции", "current_stage"),
        ("бро что сказал генпрокурор", "prosecutor_speech"),
        ("привет бро, кто участвовал в круглом столе?", "participants"),
    ],
)
def test_questions_after_an_address_keep_their_entry(engine, question: str, entry: str) -> None:
    """Only when every other word is small talk: a question after the address is still asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что Берик Асылов сказал о роли прокуратуры в новой Конституции?",
        "Что Асылов сказал о статусе прокуратуры?",
        "Что говорил генпрокурор о полномочиях прокуратуры?",
    ],
)
def test_what_was_said_of_a_bodys_standing(engine, question: str) -> None:
    """What someone said of the standing of a body the documents name only through its member
    (entry_readings.standing_of_a_voice) is still that standing, which his speech does not tell."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "генпрокурор асылов чё сказал про полицию конкретно",
        "Что Асылов сказал о правоохранительных органах?",
        "Что говорил генпрокурор о работе полиции?",
    ],
)
def test_a_person_beside_a_group_he_is_one_of(engine, question: str) -> None:
    """The Prosecutor General beside law enforcement (synonyms.yaml `members`) is asked of himself,
    not read away as one of the group: he said nothing of the police."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Что сказал генеральный прокурор?", "prosecutor_speech"),
        ("Что Асылов сказал о правосознании?", "legal_consciousness"),
        ("Как теперь будут работать полиция и прокуратура?", "rights_protection_priority"),
        ("Полиция мен прокуратура енді қалай жұмыс істейді?", "rights_protection_priority"),
        ("Как изменится работа полиции?", "rights_protection_priority"),
        ("what is the service model for police and prosecutors", "rights_protection_priority"),
        ("Кто от прокуратуры выступал?", "speaker"),
        ("Кто из руководителей правоохранительной системы выступал?", "speaker"),
    ],
)
def test_bodies_and_his_own_words_keep_their_entry(engine, question: str, entry: str) -> None:
    """A body beside its group is still read as the group; his own words keep his entries."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "зачем закон и порядок в преамбулу сувать",
        "С какой целью в преамбулу хотят внести принцип законности и порядка?",
        "Зачем, по мнению Асылова, включать «Закон и порядок» в преамбулу?",
        "Для чего принцип «Закон и порядок» записывают в преамбулу?",
    ],
)
def test_why_law_and_order_goes_into_the_preamble(engine, question: str) -> None:
    """Why the principle goes into the Preamble: the status it gains and, in the Prosecutor
    General's next sentence, what it is about (legal awareness, zero tolerance) — both quoted."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "law_and_order_preamble"), describe(reply)
    quoted = " ".join(q.text for q in reply.quotes)
    assert "фундаментальной конституционной ценности" in quoted, describe(reply)
    assert "правового сознания общества" in quoted, describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Что такое нулевая терпимость?", "law_and_order_meaning"),
        ("Что означает принцип «Закон и порядок»?", "law_and_order_meaning"),
        ("Где будет закреплён принцип «Закон и порядок»?", "law_and_order_preamble"),
    ],
)
def test_law_and_order_entries_keep_their_questions(engine, question: str, entry: str) -> None:
    """The meaning of the principle and where it goes keep their own entries."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("В качестве кого выступал Асылов?", "speaker"),
        ("В каком качестве участвовал Асылов?", "speaker"),
        ("Как повысят качество юридического образования?", "legal_culture"),
        ("Говорилось ли о качестве юридического образования?", "legal_culture"),
    ],
)
def test_quality_is_no_post(engine, question: str, entry: str) -> None:
    """«в качестве кого», «в каком качестве» ask a post as phrases (question_words `who_is`); the
    noun «качество» alone is the quality of the text's «повышение качества»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


def test_quality_of_a_moderator_is_not_told(engine) -> None:
    reply = engine.answer("Кто вёл дискуссию в качестве модератора?")
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Дөңгелек үстелде қандай сын айтылды?",
        "Дөңгелек үстелде сын айтылды ма?",
        "Жобаға қандай сын айтылды?",
        "Какая критика прозвучала на круглом столе?",
    ],
)
def test_kazakh_criticism_is_a_word_of_the_question(engine, question: str) -> None:
    """Kazakh «сын» (criticism) is no stopword: the familiar «сына» (Russian "son") had stopped its
    lemma; criticism the text never reports is declined."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Дөңгелек үстелде не айтылды?", "about_document"),
        ("сынок, что сказал генпрокурор?", "prosecutor_speech"),
    ],
)
def test_what_was_said_keeps_its_answer(engine, question: str, entry: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Does the draft Constitution say anything about the status of the Russian language?",
        "Will the Kazakh language get a new status?",
        "What is the status of the Kazakh language in the draft?",
    ],
)
def test_a_noun_after_a_proper_adjective(engine, question: str) -> None:
    """ "the Russian language": after "the" and a proper adjective (no dictionary word in lower
    case), a new word is a noun ("language" may be a verb), a subject the documents never name."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("What did the Prosecutor General say?", "prosecutor_speech"),
        ("What status will law and order get in the Constitution?", "law_and_order_preamble"),
    ],
)
def test_english_questions_keep_their_entry(engine, question: str, entry: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)
