"""Round 78a: the Kazakh dative complement of a question's verb («зейнетақыға әсер етеді»: affects
pensions) is a noun, an unknown one a subject the entry must hold (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Реформа зейнетақыға қалай әсер етеді?",
        "Жаңа Конституция салыққа әсер ете ме?",
        "Реформа бизнеске қалай әсер етеді?",
        "Реформа зейнеткерлерге қалай әсер етеді?",
        "Өзгерістер зейнетақыға ықпал ете ме?",
    ],
)
def test_unknown_dative_complement_is_a_subject(engine, question: str) -> None:
    """What the reform affects, in the dative before «әсер ету», is a subject: pensions, taxes,
    business are nowhere in the documents, so the long-term guidelines do not answer it."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
    assert reply.entry_id is None, describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Реформа азаматтардың құқықтарына қалай әсер етеді?", "overall_assessment"),
        ("Реформа экономикаға әсер ете ме?", "long_term_guidelines"),
        ("Өзгерістер елдің дамуына қалай әсер етеді?", "long_term_guidelines"),
    ],
)
def test_known_dative_complement_keeps_its_answer(engine, question: str, entry_id: str) -> None:
    """What the documents say the changes affect (rights, the economy, development) is answered."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Құқық бұзушылыққа нөлдік төзімділік дегенді қалай түсінуге болады?", "law_and_order_meaning"),
        ("Ұсынылған өзгерістер не нәрсеге бағытталған?", "overall_assessment"),
    ],
)
def test_not_a_dative_noun(engine, question: str, entry_id: str) -> None:
    """A verbal noun in the dative («түсінуге болады»: can be understood) is a verb, and what «не»
    asks for («не нәрсеге»: at what) is what the answer names: neither is a subject."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)
