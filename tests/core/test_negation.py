"""A question about what did not happen is not answered with the entry on what did."""

from __future__ import annotations

import pytest

from bot.qa.engine import Engine
from bot.qa.negation import asks_what_did_not_happen

from ._support import describe


@pytest.mark.parametrize(
    ("question", "nearest"),
    [
        ("Кто не участвовал в круглом столе?", "participants"),
        ("Кто не был приглашён на круглый стол?", None),
        ("Что не обсуждали на круглом столе?", None),
        ("Какие направления не обсуждались?", "key_directions"),
        ("Кто не выступал?", "speaker"),
        ("Who did not take part in the round table?", None),
        ("What wasn't discussed?", None),
        ("Дөңгелек үстелге кімдер қатыспады?", None),
    ],
)
def test_what_did_not_happen_is_not_answered_with_what_did(
    engine: Engine, question: str, nearest: str | None
) -> None:
    """The participants entry says who took part: it is the opposite of «who did not». The bot says
    it found nothing (it cannot tell the document is silent: it may list everyone), and offers the
    entry on what did happen as a nearby topic."""
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_found"), describe(reply)
    if nearest is not None:
        assert nearest in [s.entry_id for s in reply.suggestions], describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        # a polite yes/no question, not a question about what did not happen
        ("Не было ли на круглом столе представителей Парламента?", "participant_parliament"),
        # the negation is in the condition, not in what is asked
        ("Какие выводы могут появиться, если реформу не разъяснять?", "explanation_purpose"),
    ],
)
def test_a_negation_outside_what_is_asked_changes_nothing(
    engine: Engine, question: str, entry_id: str
) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    ("question", "negated"),
    [
        ("А кто не пришёл, и почему?", True),
        ("Кто был не согласен?", False),  # not a verb: an opinion the text may report
        ("Что не следует допускать?", False),  # a prescription (present tense), which a text states
        ("Чего опасается генпрокурор, если реформу не разъяснять?", False),
        ("чтоб не было неправильных трактовок что делать", False),
        ("Who was never invited?", True),
        ("Не пострадает ли приватность граждан?", False),
        ("Бас прокурор не айтты?", False),  # «не» is Kazakh «what»: nothing is negated
    ],
)
def test_only_a_negated_past_predicate_of_the_asked_clause_counts(question: str, negated: bool) -> None:
    assert asks_what_did_not_happen(question) is negated
