"""The later press wins whatever order the presses are stored in, on both backends: two replicas'
stores or writers committing side by side, a press handled again after a failed send. Telegram's
update_id (the number of the press) decides; without one the later write wins, as before."""

from __future__ import annotations

import datetime as dt

from bot.analytics import AnalyticsStore
from bot.analytics.location import Location
from bot.analytics.writer import AnalyticsWriter
from tests.analytics.backends import SECRET, rows

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)
UP, DOWN = 1, -1
ENTRY = "who_adopted"


def _votes(store: AnalyticsStore) -> tuple[int, int]:
    stats = store.stats()
    return stats.feedback_up, stats.feedback_down


def test_two_stores_writing_presses_out_of_order_keep_the_later_press(location: Location) -> None:
    with AnalyticsStore(location, secret=SECRET) as a, AnalyticsStore(location, secret=SECRET) as b:
        assert b.record_feedback(7, "c:1", ENTRY, DOWN, update_id=11) is True  # pressed second, stored first
        assert a.record_feedback(7, "c:1", ENTRY, UP, update_id=10) is False  # pressed first: "already"
        assert _votes(a) == (0, 1)
        assert a.record_feedback(7, "c:1", ENTRY, UP, update_id=12) is True  # a third press
        assert b.record_feedback(7, "c:1", ENTRY, DOWN, update_id=11) is False  # the second, handled again
        assert _votes(b) == (1, 0)
    assert rows(location, "SELECT vote, update_id FROM feedback") == [(UP, 12)]


def _write(location: Location, *presses: tuple[str, int, int]) -> None:
    """(message key, vote, update_id) of one person through a writer of its own, as a replica has;
    back once they are committed."""
    writer = AnalyticsWriter(lambda: AnalyticsStore(location, secret=SECRET))
    for message_key, vote, update_id in presses:
        writer.record_feedback(7, message_key, ENTRY, vote, update_id=update_id)
    writer.close()
    assert writer.written == len(presses)


def test_writers_committing_presses_out_of_order_keep_the_later_press(location: Location) -> None:
    _write(location, ("c:1", DOWN, 21))  # replica b commits the later press first
    _write(location, ("c:1", UP, 20))  # replica a, slower, commits the earlier one after it
    _write(location, ("c:2", UP, 31), ("c:2", DOWN, 30))  # one batch, out of order
    with AnalyticsStore(location, secret=SECRET) as store:
        assert [(f.up, f.down) for f in store.stats().feedback] == [(1, 1)]
        assert store.voter_key(7, "c:1") != store.voter_key(7, "c:2")
    assert sorted(rows(location, "SELECT vote, update_id FROM feedback")) == [(DOWN, 21), (UP, 31)]


def test_the_same_vote_from_a_later_press_outranks_an_older_different_one(store: AnalyticsStore) -> None:
    """👍 (#10), 👎 (#11), 👍 (#12) with the 👎 stored last: the 👍 of #12 is the later press."""
    assert store.record_feedback(7, "c:1", ENTRY, UP, update_id=10) is True
    assert store.record_feedback(7, "c:1", ENTRY, UP, update_id=12) is False  # "already", but later
    assert store.record_feedback(7, "c:1", ENTRY, DOWN, update_id=11) is False
    assert _votes(store) == (1, 0)


def test_a_vote_without_a_number_gives_way_and_callers_without_numbers_work_as_before(
    store: AnalyticsStore,
) -> None:
    assert store.record_feedback(7, "c:1", ENTRY, UP) is True  # as stored by the previous revision
    assert store.record_feedback(7, "c:1", ENTRY, DOWN, update_id=5) is True
    assert store.record_feedback(7, "c:1", ENTRY, UP) is True  # no number: the later call wins
    assert store.record_feedback(7, "c:1", ENTRY, UP) is False
    assert _votes(store) == (1, 0)


def test_after_a_quiet_week_lower_numbers_still_count(store: AnalyticsStore) -> None:
    """After a week without updates Telegram numbers the next one at random, maybe lower: a vote
    stored that long ago gives way to the new press; within the week the numbers decide."""
    week_ago = NOW - dt.timedelta(days=8)
    assert store.record_feedback(7, "c:1", ENTRY, UP, update_id=900_000, now=week_ago) is True
    assert store.record_feedback(7, "c:1", ENTRY, DOWN, update_id=17, now=NOW) is True
    later = NOW + dt.timedelta(minutes=1)
    assert store.record_feedback(7, "c:1", ENTRY, UP, update_id=16, now=later) is False
    assert _votes(store) == (0, 1)
