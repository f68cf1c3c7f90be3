"""Round 96c: literary-Russian declines of the newest sets: why a thing the documents name is
important («Почему так важно, что «Закон и порядок» окажется в преамбуле?») asks the reason its
entry gives, the word of worth no subject of its own; which degree of a thing the text names only
with its degree («Какую степень терпимости…?») asks which of it the text speaks of (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Почему закрепление «Закона и порядка» в преамбуле считают важным шагом?",
        "Почему так важно, что «Закон и порядок» окажется именно в преамбуле?",
        "Почему важно закрепление «Закона и порядка» в преамбуле?",
        "Почему считается важным, что принцип «Закон и порядок» впишут в преамбулу?",
    ],
)
def test_why_enshrining_in_the_preamble_matters(engine, question: str) -> None:
    """Why enshrining «Закон и порядок» in the Preamble is important: the status of a fundamental
    constitutional value it gives, which the Preamble entry tells."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "law_and_order_preamble"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Почему важно правосознание?", "legal_consciousness"),
        ("Почему важно разъяснять реформу?", "explanation_purpose"),
        ("Почему генпрокурор придаёт важное значение диалогу?", "open_dialogue"),
        ("Почему важна сервисная модель полиции?", "rights_protection_priority"),
        ("Почему важен открытый диалог по проекту?", "open_dialogue"),
    ],
)
def test_other_worth_keeps_its_answers(engine, question: str, entry_id: str) -> None:
    """One thing named («правосознание»), a thing worth doing («важно разъяснять») and the text's
    own «важное значение» keep their readings."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Почему важно, что суды будут независимыми?",
        "Почему важно, что сенат упразднят в новой Конституции?",
    ],
)
def test_worth_of_what_the_text_never_tells_declines(engine, question: str) -> None:
    """Independent courts, an abolished senate: never told by the documents."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Генпрокурор говорил о терпимости к нарушениям закона — какую степень терпимости он имел в виду?",
        "Какой уровень терпимости к нарушениям закона провозглашается?",
        "Какую степень снисходительности к правонарушениям предполагает новый принцип?",
        "Какова степень нетерпимости к правонарушениям по новому принципу?",
        "Каков уровень терпимости к правонарушениям?",
    ],
)
def test_which_degree_of_tolerance(engine, question: str) -> None:
    """The degree of tolerance of offences: the text's «нулевой терпимости»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "law_and_order_meaning"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какой уровень преступности в Казахстане?",
        "Какой уровень участников круглого стола?",
        "Какую степень защиты прав граждан даёт проект?",
        "Есть ли у Берика Асылова учёная степень?",
    ],
)
def test_degree_of_what_the_text_never_measures_declines(engine, question: str) -> None:
    """A crime rate, the participants' seniority, a degree of protection, an academic degree: no
    degree the documents give."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
