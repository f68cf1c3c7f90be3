"""Changes to come and changes made (bot/qa/changes.py), read by the real morphology."""

from __future__ import annotations

import pytest

from bot.qa.changes import asks_change_to_come, reports_change_made
from bot.qa.morph import shared_morphology
from bot.qa.text import words


@pytest.mark.parametrize(
    "question",
    [
        "Какие статьи Конституции будут изменены?",
        "Какие статьи Конституции изменятся?",
        "Что изменят в Конституции?",
        "Будет ли дополнена преамбула?",
        "Which articles will be amended?",
    ],
)
def test_a_change_to_come(question: str) -> None:
    assert asks_change_to_come(words(question), shared_morphology())


@pytest.mark.parametrize(
    "question",
    [
        "Какие статьи Конституции изменены?",  # what was changed: a note of a change made answers it
        "Что предлагается изменить?",  # a proposal, no tense of its own
        "Какие изменения обсуждали?",
        "Will the reform strengthen rights?",
    ],
)
def test_not_a_change_to_come(question: str) -> None:
    assert not asks_change_to_come(words(question), shared_morphology())


def test_a_note_of_a_change_made() -> None:
    morphology = shared_morphology()
    assert reports_change_made(["Статья 83 дополнена пунктом «е.2» в соответствии с Законом…"], morphology)
    assert reports_change_made(["В статью внесены изменения Законом от 1 января 2020 года."], morphology)
    assert not reports_change_made(["Предлагаемые изменения носят прогрессивный характер."], morphology)
