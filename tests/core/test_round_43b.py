"""Round 43b: classes read from blind50's literary-Russian misses, with paraphrases of our own and
near misses that must stay declined (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Я студент-юрист, меня интересует, как будет обеспечено единообразное применение законов. "
            "Что об этом сказано?",
            "equality_before_law",
        ),
        (
            "Я программист, и мне интересно, будут ли использовать искусственный интеллект в правовой "
            "сфере. Что об этом говорится в документе?",
            "digital_solutions",
        ),
    ],
)
def test_indirect_question_before_what_the_piece_says(engine, question: str, entry: str) -> None:
    """«…меня интересует, как…. Что об этом сказано?»: the question after the asker's sentence asks
    only what the piece says of the indirect question in it, which is the one asked (as in English)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Я пенсионерка, и меня волнует, что будет с моей пенсией после реформы. Что об этом сказано?",
        "Я фермер, меня волнует, как изменится налог на землю. Что там об этом пишут?",
        "Я учитель истории, мне интересно, сохранится ли пост вице-президента. Что об этом говорится?",
    ],
)
def test_indirect_question_the_document_does_not_answer_stays_declined(engine, question: str) -> None:
    """Near misses: the indirect question asks what the document does not say."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
