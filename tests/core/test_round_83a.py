"""Round 83a: literary-Russian declines — the piece read left out of the embedded question, a
discussion of the draft said to be closed (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Правда ли, что проект уже окончательно принят и обсуждение закрыто?",
        "Правда ли, что проект Конституции уже окончательно согласован и обсуждение закрыто?",
        "Обсуждение проекта закрыто?",
        "Верно ли, что обсуждение новой Конституции уже закрыли?",
        "Правда ли, что дискуссия о проекте завершена?",
    ],
)
def test_discussion_of_the_draft_closed_asks_whether_it_goes_on(engine, question: str) -> None:
    """«обсуждение закрыто» of the draft: whether it has ended, which the current stage answers
    (the text's «идет активное обсуждение»); a discussion in a claim naming the draft is its."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "current_stage"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Носила ли дискуссия закрытый характер?",
        "Правда ли, что доступ к проекту закрыт?",
        "Закрыто ли обсуждение проекта для граждан?",
    ],
)
def test_closed_as_a_quality_or_to_someone_is_not_ended(engine, question: str) -> None:
    """The full adjective is a quality asked of; closed to someone, or a thing other than a
    discussion, is no ending of the draft's discussion."""
    reply = engine.answer(question)
    assert reply.entry_id != "current_stage", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (
            "Что, согласно материалу, требуется для того, чтобы общество получило объективное "
            "представление о содержании реформ?",
            "explanation_purpose",
        ),
        (
            "Что, согласно релизу, необходимо, чтобы у общества сложилось объективное понимание "
            "нововведений?",
            "explanation_purpose",
        ),
        ("Есть ли в тексте что-то о защите прав и свобод граждан?", "overall_assessment"),
    ],
)
def test_piece_read_is_left_out_of_the_embedded_question(engine, question: str, entry_id: str) -> None:
    """«согласно материалу», «в тексте»: where the answer is read, a frame the reading takes out,
    is no part of the question the embedding compares with the entries either."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что, согласно пресс-релизу, говорится о налогах?",
        "Что, согласно материалу, сказано о пенсиях?",
    ],
)
def test_piece_read_left_out_keeps_unnamed_subjects_declined(engine, question: str) -> None:
    """What the documents never name stays «not in the document» without the piece's words."""
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)
