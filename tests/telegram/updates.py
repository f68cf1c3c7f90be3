"""Builders of Bot API update JSON, shaped like what Telegram sends (shared by the stub and handler tests).

Like Telegram's servers, `message()` marks /commands and @mentions in the text as entities, with
offsets in UTF-16 code units.
"""

from __future__ import annotations

import itertools
import re
import time
from typing import Any

Json = dict[str, Any]

_COMMAND = re.compile(r"^/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?")
_MENTION = re.compile(r"(?<![\w@])@[A-Za-z0-9_]{5,32}\b")
_ids = itertools.count(1)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def entities(text: str) -> list[Json]:
    found = []
    if command := _COMMAND.match(text):
        found.append({"type": "bot_command", "offset": 0, "length": utf16_len(command.group())})
    for mention in _MENTION.finditer(text):
        found.append(
            {
                "type": "mention",
                "offset": utf16_len(text[: mention.start()]),
                "length": utf16_len(mention.group()),
            }
        )
    return found


def user(user_id: int, first_name: str = "Айгерим", **extra: Any) -> Json:
    return {"id": user_id, "is_bot": False, "first_name": first_name, "language_code": "ru", **extra}


def private_chat(of: Json) -> Json:
    return {"id": of["id"], "type": "private", "first_name": of["first_name"]}


def group_chat(chat_id: int = -100123, title: str = "Обсуждаем Конституцию") -> Json:
    return {"id": chat_id, "type": "supergroup", "title": title}


def message(
    chat: Json,
    sender: Json,
    text: str | None = None,
    *,
    message_id: int | None = None,
    reply_to: Json | None = None,
    **extra: Any,
) -> Json:
    """A message JSON; `text=None` with e.g. sticker=... in `extra` gives a non-text message."""
    msg: Json = {
        "message_id": message_id or next(_ids),
        "date": int(time.time()),
        "chat": chat,
        "from": sender,
        **extra,
    }
    if text is not None:
        msg["text"] = text
        if found := entities(text):
            msg["entities"] = found
    if reply_to is not None:
        msg["reply_to_message"] = reply_to
    return msg


def sticker() -> Json:
    return {
        "file_id": "CAACAgIAAxkBAAEB",
        "file_unique_id": "AgADAQAD",
        "type": "regular",
        "width": 512,
        "height": 512,
        "is_animated": False,
        "is_video": False,
    }


def callback_query(sender: Json, data: str, on_message: Json, query_id: str | None = None) -> Json:
    return {
        "id": query_id or f"cb{next(_ids)}",
        "from": sender,
        "chat_instance": "42",
        "message": on_message,
        "data": data,
    }


def inline_query(sender: Json, query: str, query_id: str | None = None) -> Json:
    return {"id": query_id or f"iq{next(_ids)}", "from": sender, "query": query, "offset": ""}


def chosen_inline_result(sender: Json, query: str, result_id: str) -> Json:
    return {"result_id": result_id, "from": sender, "query": query}
