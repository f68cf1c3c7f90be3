"""Round 48a: the misses of blind58 (real engine). A Kazakh yes/no question after the asker's own
sentence is the question; a district officer is the police; «число X» is a quantity; «норм или
фигня» judges; «по факту» is a filler; «одно … другое», «друг друга» are reciprocal; «эпитет» frames
a wording."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Мен қазақ мектебінің директорымын. Заң білімінің сапасы туралы айтылды ма?", "legal_culture"),
        ("Мен судьямын. Заң білімінің сапасы туралы айтылды ма?", "legal_culture"),
        ("Мен мұғаліммін. Құқықтық мәдениет туралы айтылды ма?", "legal_culture"),
        ("Мен студентпін. Дербес деректер қорғала ма?", "personal_data_protection"),
    ],
)
def test_a_kazakh_yes_no_question_after_the_askers_sentence_is_asked(
    engine, question: str, entry: str
) -> None:
    """«Мен … директорымын. … айтылды ма?»: the asker's sentence (a first-person verb) is theirs,
    the yes/no question after it asks its own thing."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Мен мұғаліммін. Мұғалімдердің жалақысы көтеріле ме?",
        "Мен фермермін. Жер салығы туралы айтылды ма?",
        "Мен мұғаліммін. Бұл рас па?",
    ],
)
def test_a_kazakh_yes_no_question_the_document_does_not_answer_declines(engine, question: str) -> None:
    """The question after the asker's sentence names what the document never speaks of, or names
    nothing of its own («Бұл рас па?»)."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
