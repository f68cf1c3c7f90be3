"""Round 87e: Kazakh questions declined for words read as their subject that name none: the
postposition «үшін» (for), «жайлы / жайында» (about, as «туралы»), «бірдеңе» (something) and
«болашақ» (future, before a noun) (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        # blind131 and its paraphrases: «жайлы», «жайында» are «туралы»; «бірдеңе» is "something"
        ("заң білімі жайлы бірдеңе айтылды ма", "legal_culture"),
        ("Құқықтық мәдениет жайлы не айтылды?", "legal_culture"),
        ("Заң білімінің сапасы жайында бірдеңе бар ма?", "legal_culture"),
        # blind132 / blind122: «X дамуы үшін», for X's development
        ("Қатысушылар өзгерістердің мемлекет дамуы үшін маңызы туралы не деді?", "long_term_guidelines"),
        ("Қатысушылар өзгерістердің ел дамуы үшін маңызын қалай сипаттады?", "long_term_guidelines"),
        ("Өзгерістердің ел дамуы үшін маңызы қандай?", "long_term_guidelines"),
        # «болашақ дамуы», the future development
        ("Ұсынылып отырған өзгерістер мемлекеттің болашақ дамуы үшін не айқындайды?", "long_term_guidelines"),
    ],
)
def test_kazakh_postpositions_are_no_subject(engine, question: str, entry_id: str) -> None:
    """«үшін», «жайлы» are postpositions (for, about), as «туралы» is, and ask of the noun before
    them; «бірдеңе» is "something", as the English word is a stopword."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Әскери қызметшілер үшін не өзгереді?",
        "Кәсіпкерлер үшін қандай жеңілдіктер қарастырылған?",
        "Салық жайлы не айтылды?",
        "Зейнетақы жайлы бірдеңе айтылды ма?",
        "Болашақта Сенат жойыла ма?",
    ],
)
def test_kazakh_postpositions_keep_an_unknown_subject(engine, question: str) -> None:
    """The noun before the postposition is still the subject: a group or a thing the documents never
    name is declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Үлкен деректерді талдау үшін қандай дерекқорлар пайдаланылады?", "none"),
        ("Өзгерістер не үшін қажет?", "answer"),
    ],
)
def test_why_is_still_read(engine, question: str, kind: str) -> None:
    """«не үшін» (what for) is still the question word of a reason; «үшін» after a noun alone is
    the postposition."""
    reply = engine.answer(question)
    assert reply.kind == kind, describe(reply)
