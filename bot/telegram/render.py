"""Turning a core `Reply` into Telegram HTML.

Everything that comes from the knowledge base or from a user is escaped; the only markup is the one
added here or written in ui.yaml. Every message fits Telegram's 4096-character limit: quotes are
dropped or shortened (with "…") before the answer itself is ever cut.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from bot.qa.kb import Source
from bot.qa.models import Quote, Reply, SourceRef
from bot.telegram.texts import UiTexts, fill

MESSAGE_LIMIT = 4096
EXPANDABLE_FROM = 200  # quotes longer than this are collapsed (<blockquote expandable>)
_MIN_QUOTE_ROOM = 40  # below this, a shortened quote is useless: drop it instead
_ELLIPSIS = "…"


class Markup(str):
    """Already-rendered HTML: `fill` inserts it as is instead of escaping it."""


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def tg_len(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units); an emoji counts as two."""
    return len(text.encode("utf-16-le")) // 2


def fill_markup(template: str, **values: object) -> str:
    """Like texts.fill, but Markup values are inserted without escaping."""
    plain = {key: value for key, value in values.items() if not isinstance(value, Markup)}
    markup = {key: value for key, value in values.items() if isinstance(value, Markup)}
    escaped = {key: esc(str(value)) for key, value in plain.items()}
    return template.format(**escaped, **markup)


def _cut(text: str, chars: int) -> str:
    """The first `chars` characters, ended at a word boundary when one is near, plus an ellipsis."""
    if chars >= len(text):
        return text
    head = text[:chars]
    space = head.rfind(" ")
    if space >= chars * 0.8:
        head = head[:space]
    return head.rstrip(" ,;:—–-") + _ELLIPSIS


def fit(text: str, budget: int) -> str:
    """Escaped `text`, shortened with "…" so that the escaped result is at most `budget` long."""
    escaped = esc(text)
    if tg_len(escaped) <= budget:
        return escaped
    if budget < len(_ELLIPSIS):
        return ""
    low, high = 0, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if tg_len(esc(_cut(text, mid))) <= budget:
            low = mid
        else:
            high = mid - 1
    return esc(_cut(text, low))


def _blockquote(body: str, *, expandable: bool) -> str:
    return f"<blockquote{' expandable' if expandable else ''}>{body}</blockquote>"


_BLOCKQUOTE_TAGS = tg_len(_blockquote("", expandable=True))


def _source_block(refs: Iterable[SourceRef], texts: UiTexts) -> str:
    seen: dict[str, SourceRef] = {}
    for ref in refs:
        seen.setdefault(ref.id, ref)
    return "\n".join(fill(texts.source_line, source=ref.label()) for ref in seen.values())


def render_answer(reply: Reply, texts: UiTexts, *, max_quotes: int | None = None) -> str:
    """Answer, then its verbatim quotes in blockquotes, then the source line(s)."""
    quotes: tuple[Quote, ...] = reply.quotes[:max_quotes] if max_quotes else reply.quotes
    source = _source_block((quote.source for quote in quotes), texts)
    reserve = tg_len(source) + 2 if source else 0
    answer = fit(reply.answer, MESSAGE_LIMIT - reserve)
    room = MESSAGE_LIMIT - reserve - tg_len(answer)
    blocks: list[str] = []
    for quote in quotes:
        room -= 1 if blocks else 2  # newline(s) before the quote
        expandable = len(quote.text) > EXPANDABLE_FROM
        body_room = room - _BLOCKQUOTE_TAGS
        if body_room < _MIN_QUOTE_ROOM and tg_len(esc(quote.text)) > body_room:
            break
        body = fit(quote.text, body_room)
        block = _blockquote(body, expandable=expandable)
        blocks.append(block)
        room -= tg_len(block)
    parts = [answer]
    if blocks:
        parts.append("\n" + "\n".join(blocks))
    if source and blocks:
        parts.append("\n" + source)
    return "\n".join(parts)


def render_reply(reply: Reply, texts: UiTexts, *, compact: bool = False) -> str:
    """HTML for any kind of Reply; `compact` (groups, inline) keeps one quote and a short decline."""
    if reply.kind == "answer":
        return render_answer(reply, texts, max_quotes=1 if compact else None)
    if reply.kind == "clarify":
        return fit(reply.answer, MESSAGE_LIMIT) or texts.clarify_fallback
    if reply.kind == "smalltalk":
        return fit(reply.answer, MESSAGE_LIMIT)
    if compact:
        return texts.group_none
    decline = fit(reply.answer, MESSAGE_LIMIT - tg_len(texts.none_hint) - 2) or texts.none_fallback
    return f"{decline}\n\n{texts.none_hint}"


def document_name(source: Source, texts: UiTexts) -> str:
    meta = source.meta
    return fill(texts.document, title=meta.title, kind=meta.kind, date=f"{meta.date:%d.%m.%Y}")


def render_greeting(sources: Iterable[Source], texts: UiTexts) -> str:
    names = Markup(", ".join(document_name(source, texts) for source in sources))
    return fill_markup(texts.greeting, sources=names)


def render_sources(sources: Iterable[Source], texts: UiTexts) -> str:
    return "\n\n".join(
        fill(texts.source_info, title=s.meta.title, kind=s.meta.kind, date=f"{s.meta.date:%d.%m.%Y}")
        for s in sources
    )
