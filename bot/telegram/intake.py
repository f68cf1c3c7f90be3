"""Updates as they come in (polling or the webhook): per-sender throttling on the raw JSON, then the inbox.

Telegram delivers updates in order, so a flood from one account (600 button presses, 10,000 inline
queries) stands before everyone else's next update. Throttled after storing and parsing, each
flooded update would still cost a write, a parse and a trip through the dispatcher; here an update
over its sender's limit is dropped before any of that (a dictionary lookup and a token bucket), and is
confirmed to Telegram with the rest of its batch.

Limits per sender (the user; the chat for anonymous group admins and channels) and kind of update:
- messages the bot acts on: every message in a private chat; in a group a command, a reply to the
  bot or a message naming it (chatter not meant for the bot is not counted);
- button presses; inline queries.
The first update over a limit in a flood episode is kept, marked `THROTTLED`, so that the dispatcher
answers it with the polite notice (a message, or the pressed button's pop-up) and nothing else; the
others are dropped: a dropped press's spinner just expires, and a dropped inline query is asked
again by the next keystroke. Within the limits nothing changes: a sender's updates keep their order
(👍 then 👎 on one answer: the later press wins).
"""

from __future__ import annotations

import enum
import json
import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from bot.telegram.inbox import Inbox, RawUpdate
from bot.telegram.middlewares.context import ANONYMOUS_ADMIN_ID
from bot.telegram.middlewares.throttling import THROTTLED, Buckets, BucketsFactory, local_buckets, take

if TYPE_CHECKING:
    from bot.settings import Settings
    from bot.telegram.polling import UpdatePump

logger = logging.getLogger(__name__)

Json = dict[str, Any]
Lane = tuple[str, int]
REMEMBER_VERDICTS = 10_000  # verdicts kept for updates the inbox could not store yet (asked again)


class Verdict(enum.Enum):
    KEEP = "keep"
    NOTICE = "notice"  # over the limit, first of the episode: only the notice
    DROP = "drop"


def update_id_of(update: object) -> int | None:
    """The update's id when `update` is a JSON object with an integer update_id."""
    if not isinstance(update, dict):
        return None
    update_id = update.get("update_id")
    return update_id if isinstance(update_id, int) and not isinstance(update_id, bool) else None


def lane_of(update: Json) -> Lane | None:
    """(update kind, sender) from the raw JSON: the sender is the user, or the chat for anonymous
    admins and channel posts; None when there is none (such an update gets a lane of its own)."""
    for kind, event in update.items():
        if kind == "update_id" or not isinstance(event, dict):
            continue
        chat = event.get("chat") or (event.get("message") or {}).get("chat") or {}
        sender = (event.get("sender_chat") or {}).get("id")
        if sender is None:
            sender = (event.get("from") or event.get("user") or {}).get("id")
            if sender == ANONYMOUS_ADMIN_ID:
                sender = chat.get("id")
        if sender is None:
            sender = chat.get("id")
        return (kind, sender) if isinstance(sender, int) else None
    return None


class IntakeThrottle:
    """Token buckets per sender for messages, presses and inline queries, decided on the raw JSON.

    `me_id` and `me_username` tell a group message meant for the bot from chatter."""

    def __init__(
        self, *, me_id: int, me_username: str | None, messages: Buckets, presses: Buckets, inline: Buckets
    ) -> None:
        self.me_id = me_id
        self.handle = f"@{me_username}".casefold() if me_username else None
        self._buckets = {"message": messages, "callback_query": presses, "inline_query": inline}

    @classmethod
    def from_settings(
        cls, settings: Settings, *, me_id: int, me_username: str | None, buckets: BucketsFactory | None
    ) -> IntakeThrottle:
        """The limits of `settings`; `buckets` makes them (shared through Redis by replicas)."""
        make = buckets or local_buckets
        return cls(
            me_id=me_id,
            me_username=me_username,
            messages=make("messages", settings.throttle_burst, settings.throttle_rate),
            presses=make("presses", settings.press_burst, settings.press_rate),
            inline=make("inline", settings.inline_burst, settings.inline_rate),
        )

    def _acts_on(self, message: Json) -> bool:
        """Private chats: every message. Groups: a command, a reply to the bot, or the bot named."""
        chat_type = (message.get("chat") or {}).get("type")
        if chat_type == "private":
            return True
        if chat_type not in ("group", "supergroup"):
            return False
        text = message.get("text") or ""
        replied_to = ((message.get("reply_to_message") or {}).get("from") or {}).get("id")
        return (
            text.startswith("/")
            or replied_to == self.me_id
            or (self.handle is not None and self.handle in text.casefold())
            or any(
                (entity.get("user") or {}).get("id") == self.me_id
                for entity in message.get("entities") or ()
                if isinstance(entity, dict)
            )
        )

    async def verdict(self, update: Json) -> Verdict:
        lane = lane_of(update)
        if lane is None:
            return Verdict.KEEP
        kind, sender = lane
        buckets = self._buckets.get(kind)
        if buckets is None or (kind == "message" and not self._acts_on(update[kind])):
            return Verdict.KEEP
        allowed, notify = await take(buckets, sender)
        if allowed:
            return Verdict.KEEP
        if notify:
            logger.info(
                "Throttling a sender of %s updates: over the limit, the rest of the flood is dropped", kind
            )
        return Verdict.NOTICE if notify and kind != "inline_query" else Verdict.DROP


def to_raw(update: Json, verdict: Verdict = Verdict.KEEP) -> RawUpdate:
    """The update as stored: compact JSON, marked when only the notice is due."""
    body = {**update, THROTTLED: True} if verdict is Verdict.NOTICE else update
    return RawUpdate(update["update_id"], json.dumps(body, ensure_ascii=False, separators=(",", ":")))


class Intake:
    """Raw updates from polling or the webhook: throttled, stored in the inbox (committed), handed to
    the pump. `take` raises InboxError when the inbox cannot store them: then nothing may be confirmed,
    and the same updates come again; the verdicts given to them are kept, so a repeated delivery does
    not count against its sender twice."""

    def __init__(self, inbox: Inbox, pump: UpdatePump, throttle: IntakeThrottle) -> None:
        self.inbox = inbox
        self.pump = pump
        self.throttle = throttle
        self._verdicts: dict[int, Verdict] = {}

    async def _verdict(self, update_id: int, update: Json) -> Verdict:
        verdict = self._verdicts.get(update_id)
        if verdict is None:
            verdict = await self.throttle.verdict(update)
            self._verdicts[update_id] = verdict
            if len(self._verdicts) > REMEMBER_VERDICTS:
                del self._verdicts[next(iter(self._verdicts))]
        return verdict

    async def take(self, updates: Iterable[Json]) -> None:
        kept: list[RawUpdate] = []
        decided: list[int] = []
        for update in updates:
            update_id = update_id_of(update)
            if update_id is None:
                continue
            verdict = await self._verdict(update_id, update)
            decided.append(update_id)
            if verdict is not Verdict.DROP:
                kept.append(to_raw(update, verdict))
        new = await self.inbox.add(kept)  # committed: only now may these be confirmed to Telegram
        for update_id in decided:
            self._verdicts.pop(update_id, None)
        for raw in new:
            self.pump.submit(raw)
