"""Round 72h: fresh held-out declines (blind100–102): colloquial spellings of the filler «вообще»
(«вапще», «воще») are stopwords as «ваще» is (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("кто вапще участвовал", "participants"),
        ("что вапще обсуждали", "practical_focus"),
        ("о чем вапще был круглый стол", "about_document"),
        ("кто воще участвовал", "participants"),
    ],
)
def test_colloquial_filler_asks_nothing(engine, question: str, entry: str) -> None:
    """«вапще», «воще» are spoken spellings of «вообще»: a filler, as «ваще» (synonyms.yaml
    stopwords), not an unknown word that the question's subject would have to cover."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "а зарплаты вапще поднимут?",
        "вапще референдум будет?",
        "вапще",
        "воще пенсии повысят?",
    ],
)
def test_filler_beside_what_the_text_does_not_tell_declines(engine, question: str) -> None:
    """The filler dropped, what remains is still not in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Hello, I am exchange student from Korea. New Constitution protect personal data or not?",
        "I am exchange student from Korea. New Constitution protect personal data or not?",
        "Hi, I'm student from China. Personal data will be protected in new Constitution?",
        "I am lawyer in Almaty. New Constitution protect personal data?",
    ],
)
def test_english_asker_named_without_article(engine, question: str) -> None:
    """ "I am exchange student from Korea." names the asker (text._english_self_named), with an
    article or not; the sentence after it is the question, whatever its form."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "personal_data_protection"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "I am teacher in Almaty. New Constitution raise teacher salaries or not?",
        "I am student from Korea. New Constitution introduce the death penalty?",
        "I am worried about pensions. Constitution will raise them?",
    ],
)
def test_english_asker_named_before_what_the_text_does_not_tell(engine, question: str) -> None:
    """The asker's sentence dropped, the question left is still not in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "New Constitution raise teacher salaries or not?",
        "Constitution will raise salaries or not?",
        "Новая конституция повысит зарплаты учителям или не повысит?",
        "Зарплаты учителям повысят или нет?",
    ],
)
def test_negated_tail_is_no_alternative(engine, question: str) -> None:
    """«…или не повысит?», "…or not?" negate the one side named: no other side, so the unknown
    words before it stay the subject (alternatives.without_unknown_alternative) and it declines;
    before, "teacher salaries" were dropped as an alternative and a wrong entry answered."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Персональные данные защитят или не защитят?", "personal_data_protection"),
        ("Will the draft protect personal data or not?", "personal_data_protection"),
        ("Обсуждали теорию или практику?", "practical_focus"),
        ("Генпрокурор поддержал реформу или не поддержал?", "overall_assessment"),
    ],
)
def test_alternatives_and_yes_no_tails_still_answer(engine, question: str, entry: str) -> None:
    """A yes/no tail on what the text tells, and a real alternative, answer as before."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "What does the text say about legal education at universities?",
        "Will they improve legal education in universities?",
        "I study in Kazakhstan. What does the text say about legal education at universities?",
    ],
)
def test_english_universities_where_legal_education_is(engine, question: str) -> None:
    """scope.taught_where read "universities" by its English stem too: universities are where
    all legal education is, no subject of their own (as «в вузах» was)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "legal_culture"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Which universities will improve legal education?",
        "What does the text say about universities?",
        "How many universities teach law in Kazakhstan?",
    ],
)
def test_universities_asked_of_themselves_decline(engine, question: str) -> None:
    """Which universities, how many, universities alone: not in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Құқық бұзушылыққа мүлде төзбеу туралы айтылды ма?",
        "Құқық бұзушылыққа мүлдем төзбеу туралы не айтылды?",
        "Заң бұзушылыққа мүлде төзбеу қажет пе?",
    ],
)
def test_kazakh_intensifier_asks_nothing(engine, question: str) -> None:
    """«мүлде», «мүлдем» ("at all") stress the «төзбеу» after them, as «вообще» does: a stopword,
    not a word read as «мүдде» (interest) that the entry would have to hold."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "law_and_order_meaning"), describe(reply)


@pytest.mark.parametrize("question", ["Салықты мүлде алып тастай ма?", "Зейнетақы мүлде өзгере ме?"])
def test_kazakh_intensifier_beside_what_the_text_does_not_tell(engine, question: str) -> None:
    """Taxes, pensions «at all»: still not in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
