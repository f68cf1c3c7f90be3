"""Round 93c: literary-Russian declines — an attribution to all who took part («по оценке участников»,
«по мнению выступавших») as the document's own telling; a part of something larger set against a
one-off («разовая реформа или часть курса?») (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (
            "Укрепление каких гарантий, по словам участников, стоит в центре президентских инициатив?",
            "reform_tokayev_link",
        ),
        ("Касается ли новая Конституция экономики, по оценке выступавших?", "long_term_guidelines"),
        ("По мнению участников, реформа касается экономики?", "long_term_guidelines"),
        ("Какие инициативы, по мнению участников, продолжает реформа?", "reform_tokayev_link"),
        (
            "На чём держится устойчивый правопорядок, по мнению участников круглого стола?",
            "legal_consciousness",
        ),
    ],
)
def test_attribution_to_all_participants_is_the_documents_telling(
    engine, question: str, entry_id: str
) -> None:
    """«по словам / мнению / оценке участников (круглого стола)», «по оценке выступавших»: those who
    took part are the document's voice, no subject an entry must hold."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "По мнению участников, снизятся ли налоги?",
        "По словам участников, когда примут Конституцию?",
        "Что по мнению участников из парламента изменится в выборах?",
        "По оценке выступавших, вырастут ли зарплаты прокуроров?",
    ],
)
def test_attribution_to_participants_keeps_what_the_text_never_says(engine, question: str) -> None:
    """The voice taken out, what is asked must still be in the text; «участников из парламента»
    names some of them."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Это разовая реформа или часть более широкого курса?",
        "Реформа — разовая мера или часть последовательного курса?",
    ],
)
def test_part_of_a_course_against_a_one_off(engine, question: str) -> None:
    """A one-off weighed against being part of a larger course: the text's «последовательное
    продолжение инициатив Президента» tells which; «часть» is no subject of its own there."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "reform_tokayev_link"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Изменения разовые или часть налоговой политики?",
        "Это разовая акция или часть чего-то большего?",
    ],
)
def test_part_of_what_the_text_never_names_declines(engine, question: str) -> None:
    """A part of a tax policy, of «something bigger»: nothing the text's continuation tells."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Скажется ли реформа на работе государственного аппарата, по словам выступавшего?",
        "По мнению выступившего, станет ли эффективнее государственное управление?",
    ],
)
def test_the_one_who_spoke_is_the_speaker_not_all_who_took_part(engine, question: str) -> None:
    """«по словам выступавшего» (singular) is the one speaker the document reports, not the whole
    round table: his assessment answers (a fresh blind set's row that 93c's first version lost)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)
