"""The reply language a user chose with /lang, shared by every replica through Redis (REDIS_URL).

Implements `LanguagePrefs` of `bot/telegram/prefs.py` (`get`, `set`), with the same
privacy rule: keys are a keyed hash (HMAC-SHA256 with FEEDBACK_SECRET) of the user id, so Redis
alone does not tell whose choice a key is. A choice made on one replica is read by the next update
on any other. Redis is local to the replicas, so a `get` (one GET, sub-millisecond) is read where
it is asked; if Redis does not answer within half a second the choice made on this replica (kept in
memory) is used and one warning is logged, so an outage costs the choice, never an answer.
"""

from __future__ import annotations

import logging

from redis import Redis
from redis.exceptions import RedisError

from bot.qa.models import LANGS, Lang
from bot.telegram.prefs import user_key

logger = logging.getLogger(__name__)
TIMEOUT = 0.5


class RedisPrefs:
    def __init__(self, url: str, secret: str, prefix: str = "faqbot") -> None:
        self.redis = Redis.from_url(url, socket_timeout=TIMEOUT, socket_connect_timeout=TIMEOUT)
        self.prefix = prefix
        self._secret = secret.encode()
        self._local: dict[str, Lang] = {}
        self._warned = False

    def _key(self, user_id: int) -> str:
        return f"{self.prefix}:lang:{user_key(self._secret, user_id)}"

    def get(self, user_id: int) -> Lang | None:
        key = self._key(user_id)
        try:
            value = self.redis.get(key)
        except RedisError as exc:
            self._warn(exc)
            return self._local.get(key)
        text = value.decode() if isinstance(value, bytes) else None
        return next((lang for lang in LANGS if lang == text), None)

    def set(self, user_id: int, lang: Lang) -> None:
        key = self._key(user_id)
        self._local[key] = lang
        try:
            self.redis.set(key, lang)
        except RedisError as exc:
            self._warn(exc)

    def _warn(self, exc: Exception) -> None:
        if not self._warned:
            logger.warning("Language preferences: Redis unavailable (%s); choices last on this replica", exc)
            self._warned = True

    def close(self) -> None:
        self.redis.close()
