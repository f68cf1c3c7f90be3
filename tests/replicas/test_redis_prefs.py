"""The /lang choice in a real Redis: made on one replica, read on the other; keys never show the id."""

from __future__ import annotations

from redis import Redis

from bot.telegram.redis_prefs import RedisPrefs


def test_a_choice_made_on_one_replica_is_read_on_the_other(redis_url: str) -> None:
    first, second = RedisPrefs(redis_url, "secret-1"), RedisPrefs(redis_url, "secret-1")
    try:
        assert second.get(424_242) is None
        first.set(424_242, "kk")
        assert second.get(424_242) == "kk"
        second.set(424_242, "en")
        assert first.get(424_242) == "en"
        keys = [str(key) for key in Redis.from_url(redis_url, decode_responses=True).keys("*")]
        assert len(keys) == 1
        assert "424242" not in keys[0], "the key is a keyed hash, not the user id"
    finally:
        first.close()
        second.close()


def test_without_redis_the_choice_lasts_on_this_replica() -> None:
    prefs = RedisPrefs("redis://127.0.0.1:1/0", "secret-1")  # nothing listens on port 1
    try:
        prefs.set(7, "en")
        assert prefs.get(7) == "en"
        assert prefs.get(8) is None
    finally:
        prefs.close()
