"""Round 30: the readings made for the classes of tests/data/round30/blind30.jsonl's false declines,
each with paraphrases of our own and near misses that must be declined as before."""

from __future__ import annotations

import pytest

from bot.qa.text import focus, without_work

from ._support import describe


@pytest.mark.parametrize(
    ("message", "question"),
    [
        (
            "Мектепке эссе жазып жүрмін. Әділетті Қазақстан моделі туралы құжатта не айтылған?",
            "Әділетті Қазақстан моделі туралы құжатта не айтылған?",
        ),
        ("Мен мұғаліммін. Құжатта не айтылған?", "Құжатта не айтылған?"),
        ("Мен студентпін. Дөңгелек үстел қашан өтті?", "Дөңгелек үстел қашан өтті?"),
    ],
)
def test_kazakh_question_after_the_askers_sentence(message: str, question: str) -> None:
    """A Kazakh question puts its question word before its verb, not first: after a sentence
    introducing the asker, a Kazakh sentence with a question word of its own is the question."""
    assert focus(message) == (question, True)


@pytest.mark.parametrize("message", ["Мен мұғаліммін. Бұл рас па?", "Мен мұғаліммін. Солай ма?"])
def test_kazakh_question_leaning_on_the_sentence_before_keeps_it(message: str) -> None:
    """«Бұл рас па?» has no question word: it asks about the sentence before it, kept whole."""
    assert focus(message) == (message, False)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (
            "Мектепке эссе жазып жүрмін. Әділетті Қазақстан моделі туралы құжатта не айтылған?",
            "fair_kazakhstan",
        ),
        ("Мен студентпін. Дөңгелек үстел қашан өтті?", "event_date"),
    ],
)
def test_kazakh_question_after_the_askers_sentence_is_answered(engine, question: str, entry_id: str) -> None:
    """The asker's own sentence («эссе жазып жүрмін») is no subject of the question."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Мен мұғаліммін. Салық реформасы туралы не айтылған?",
        "Мектепке эссе жазып жүрмін. Зейнетақы туралы құжатта не айтылған?",
        "Мен журналиспін. Президент сайлауы қашан өтеді?",
    ],
)
def test_kazakh_question_after_the_askers_sentence_declined(engine, question: str) -> None:
    """Near misses: the question the asker's sentence introduces asks what the document does not say."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Процитируй название принципа, который предлагают внести в Преамбулу.", "law_and_order_preamble"),
        ("Процитируйте название принципа для Преамбулы.", "law_and_order_preamble"),
        ("Какое название у принципа, который закрепят в Преамбуле?", "law_and_order_preamble"),
        ("Процитируй генпрокурора.", "prosecutor_speech"),
    ],
)
def test_quote_the_name_of_a_thing(engine, question: str, entry_id: str) -> None:
    """«Процитируй» asks what was said (kind `said`), «название X» asks X by its name (as «как
    называется X»): neither is the subject."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Процитируй название закона о выборах.",
        "Какое название получит новый парламент?",
        "Процитируй название нового налога.",
        "Процитируй слова министра финансов о налогах.",
        "Процитируй, что сказал генпрокурор о пенсиях.",
        "Какое название у новой политической партии?",
        "Процитируй название принципа, который предлагают внести в Налоговый кодекс.",
    ],
)
def test_quote_or_name_of_what_the_document_lacks_declined(engine, question: str) -> None:
    """Near misses: the name or the words of something the document does not name."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "left"),
    [
        ("кто выступал на круглом столе для статьи", "кто выступал на круглом столе"),
        ("итоги круглого стола в 3 тезиса для тг канала", "итоги круглого стола в 3 тезиса"),
        ("Кто выступал на круглом столе для моей статьи?", "Кто выступал на круглом столе?"),
        ("Who spoke at the round table, for my blog?", "Who spoke at the round table?"),
    ],
)
def test_askers_work_at_the_end_is_no_subject(question: str, left: str) -> None:
    """The piece the asker makes, named at the end of the question, is dropped."""
    assert without_work(question) == left


@pytest.mark.parametrize(
    "question",
    [
        "Что изменится для бизнеса?",
        "Что даст реформа для канала Иртыш?",
        "Кто выступал на круглом столе? Это для статьи.",
        "для статьи",
    ],
)
def test_for_whom_or_another_sentence_keeps_its_for(question: str) -> None:
    """«для бизнеса» names whose interests are asked; a work named in a sentence of its own, or
    a message that is only the work, is left to other readings."""
    assert without_work(question) == question


def test_askers_work_at_the_end_answered(engine) -> None:
    """«…для статьи» is what the asker does with the answer, not a detail the document lacks."""
    reply = engine.answer("кто выступал на круглом столе для статьи")
    assert (reply.kind, reply.entry_id) == ("answer", "speaker"), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Что сказал министр финансов о налогах для статьи?", "Когда пройдут выборы для доклада?"],
)
def test_askers_work_at_the_end_of_what_the_document_lacks_declined(engine, question: str) -> None:
    """Near misses: without the asker's work, the question still asks what the document lacks."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (
            "How will personal data be protected amid the digitalisation of the legal sphere?",
            "digital_solutions",
        ),
        ("Amid the discussion, who spoke about personal data?", "personal_data_protection"),
    ],
)
def test_amid_is_a_preposition(engine, question: str, entry_id: str) -> None:
    """ "amid" is a preposition as "among" is: no subject the document lacks."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question", ["How will taxes change amid the reform?", "Amid the reform, will pensions rise?"]
)
def test_amid_what_the_document_lacks_declined(engine, question: str) -> None:
    """Near misses: without "amid", the question still asks what the document lacks."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (
            "Я судья в отставке. Как в документе сформулирована задача, "
            "связанная с применением законодательства?",
            "equality_before_law",
        ),
        ("Как сформулирован принцип «Закон и порядок»?", "law_and_order_meaning"),
    ],
)
def test_how_it_is_worded_asks_what_is_said(engine, question: str, entry_id: str) -> None:
    """«Как сформулировано X» asks how the text tells X, as «как описано X» does: the verb is no
    detail the document lacks."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Как сформулирована статья о выборах президента?",
        "Как в документе сформулирована задача, связанная с налогами?",
        "Как сформулированы новые полномочия парламента?",
        "Как формулируется право на забастовку?",
    ],
)
def test_how_what_the_document_lacks_is_worded_declined(engine, question: str) -> None:
    """Near misses: the wording of what the document does not name."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Процитируй формулировку направления о цифровых решениях в правовой сфере.", "digital_solutions"),
        ("Какова формулировка принципа «Закон и порядок»?", "law_and_order_meaning"),
    ],
)
def test_the_wording_of_a_thing(engine, question: str, entry_id: str) -> None:
    """«формулировка X» asks how the text words X (as «как сформулировано X»): no subject."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Процитируй формулировку статьи о выборах.",
        "Какая формулировка у нового налога?",
        "Какова точная формулировка направления о налоговой политике?",
        "Процитируй формулировку направления о пенсиях.",
    ],
)
def test_the_wording_of_what_the_document_lacks_declined(engine, question: str) -> None:
    """Near misses: the wording of what the document does not name."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
