"""Classes of Kazakh and English questions read as their Russian counterparts are: «X-ға қатысты»
(regarding X) is no taking part; a Kazakh word is not "repaired" onto a Kazakh word it is not; the
light verb of «әсер етеді» (affects) asks nothing of its own; «…па, әлде … па?» offers alternatives as
«или» does; "Political officer here: …" introduces the asker; "in one paragraph" says how briefly;
"governance" is public administration, and "in terms of" is a compound preposition."""

from __future__ import annotations

import pytest

from bot.qa.engine import Engine
from bot.qa.kazakh import without_postpositions

from ._support import describe


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("реформаға қатысты не айтылды", "реформаға не айтылды"),
        ("құқық бұзушылықтарға байланысты қандай ұстаным", "құқық бұзушылықтарға қандай ұстаным"),
        ("талқылауға кімдер қатысты", "талқылауға кімдер қатысты"),  # the verb closes the clause
        ("талқылауға қатысты ма", "талқылауға қатысты ма"),  # a question particle after the verb
        ("ғалымдар қатысты ма", "ғалымдар қатысты ма"),  # no dative before it
    ],
)
def test_qatysty_after_a_dative_is_a_postposition(text: str, expected: str) -> None:
    assert without_postpositions(text) == expected


def test_regarding_something_is_no_taking_part(engine: Engine) -> None:
    """«Зейнетақыға қатысты не өзгереді?» ("what changes regarding pensions?") was read as who took
    part and got the proposed changes; the document says nothing of pensions."""
    assert "принять участие" not in engine.analyzer.analyse("Реформаға қатысты не айтылды?").values
    assert engine.answer("Зейнетақыға қатысты не өзгереді?").kind == "none"
    reply = engine.answer("Талқылауға кімдер қатысты?")
    assert (reply.kind, reply.entry_id) == ("answer", "participants"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        # «қаралды» was "repaired" onto «атқар» (a word no entry of the reform uses)
        ("Конституциялық реформа кімнің бастамаларының жалғасы ретінде қаралды?", "reform_tokayev_link"),
        # «сақтайды» (protects from) onto a Russian-looking «санайда»
        ("Ашық талқылау неден сақтайды?", "open_dialogue"),
        # a typo of a word the knowledge base uses is still repaired («қағида» for «қағидат»)
        ("Преамбулаға қандай қағида енгізу ұсынылады?", "law_and_order_preamble"),
    ],
)
def test_a_kazakh_form_of_a_known_stem_is_read_by_its_stem(
    engine: Engine, question: str, entry_id: str
) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


def test_a_kazakh_word_is_not_repaired_onto_another_word_or_a_stopword(engine: Engine) -> None:
    """«салық» (tax) is no «халық» (people); «енеді» (comes into force) is no light verb «етеді»:
    when the new Constitution comes into force the document does not say."""
    assert "халық" not in engine.analyzer.analyse("Салық төмендей ме?").values
    assert engine.answer("Жаңа Конституция қашан күшіне енеді?").kind == "none"


def test_a_kazakh_light_verb_asks_nothing_of_its_own(engine: Engine) -> None:
    reply = engine.answer("Өзгерістер мемлекеттік басқаруға қалай әсер етеді?")
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)
    reply = engine.answer("Бас прокурор нені талап етеді?")
    assert reply.kind == "answer", describe(reply)


def test_a_kazakh_alternative_the_documents_never_name_is_no_subject(engine: Engine) -> None:
    question = "Қатысушылар жобаның қай қырларына көңіл бөлді — теориялық па, әлде практикалық па?"
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "practical_focus"), describe(reply)
    # neither alternative named: nothing to tell apart
    assert engine.answer("Дөңгелек үстел онлайн өтті ме, әлде офлайн ба?").kind == "none"


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (
            "Political officer here: in one paragraph, what was the Prosecutor General's key message?",
            "prosecutor_speech",
        ),
        ("Journalist here: who spoke at the round table?", "speaker"),
        ("What was the round table about, in one paragraph?", "about_document"),
    ],
)
def test_an_english_role_here_and_a_paragraph_frame_the_question(
    engine: Engine, question: str, entry_id: str
) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "What happened here: did anyone vote?",  # a question before the colon
        "Tax lawyer here: will taxes go up?",
        "In one paragraph, what did the ombudsman say?",
    ],
)
def test_what_the_document_does_not_say_stays_declined_after_the_frame(engine: Engine, question: str) -> None:
    assert engine.answer(question).kind == "none", describe(engine.answer(question))


def test_governance_is_public_administration(engine: Engine) -> None:
    reply = engine.answer("What is the aim of the proposed amendments in terms of governance?")
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)
    assert engine.answer("What does the draft say in terms of taxes?").kind == "none"
