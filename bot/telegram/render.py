"""Turning a core `Reply` into Telegram HTML, in the Reply's language.

Everything that comes from the knowledge base or from a user is escaped; the only markup is the one
added here or written in ui.yaml. Every message fits Telegram's 4096-character limit: quotes are
dropped or shortened (with "…") before the answer itself is ever cut.

An answer reads: the answer (in the reply's language), the quotes introduced as the original Russian
text, and under the quotes of each document the line naming that document.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from aiogram.utils.text_decorations import html_decoration

from bot.qa.kb import Source
from bot.qa.models import Quote, Reply, SourceRef
from bot.telegram.texts import UiTexts, fill
from bot.textfit import utf16_len

MESSAGE_LIMIT = 4096
EXPANDABLE_FROM = 200  # quotes longer than this are collapsed (<blockquote expandable>)
_MIN_QUOTE_ROOM = 40  # below this, a shortened quote is useless: drop it instead
_ELLIPSIS = "…"
_DATE = "%d.%m.%Y"


class Markup(str):
    """Already-rendered HTML: `fill_markup` inserts it as is instead of escaping it."""


def esc(text: str) -> str:
    return html_decoration.quote(text)


tg_len = utf16_len  # Length as Telegram counts it (UTF-16 code units); an emoji counts as two.


def fill_markup(template: str, **values: object) -> str:
    """Like texts.fill, but Markup values are inserted without escaping."""
    return template.format(
        **{key: value if isinstance(value, Markup) else esc(str(value)) for key, value in values.items()}
    )


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
    return html_decoration.expandable_blockquote(body) if expandable else html_decoration.blockquote(body)


_BLOCKQUOTE_TAGS = tg_len(_blockquote("", expandable=True))


def source_label(ref: SourceRef) -> str:
    """A document as the source line names it: «title», date (the title stays in its own language)."""
    return f"«{ref.title}», {ref.date:{_DATE}}"


def _by_source(quotes: Iterable[Quote]) -> list[tuple[SourceRef, list[Quote]]]:
    """Quotes grouped by their document, in order of first appearance."""
    groups: dict[str, tuple[SourceRef, list[Quote]]] = {}
    for quote in quotes:
        groups.setdefault(quote.source.id, (quote.source, []))[1].append(quote)
    return list(groups.values())


def _quote_blocks(group: Sequence[Quote], room: int) -> tuple[list[str], int]:
    """As many of the group's quotes as fit in `room` (each on its own line); the room left."""
    blocks: list[str] = []
    for quote in group:
        room -= 1  # the newline before the quote
        body_room = room - _BLOCKQUOTE_TAGS
        if body_room < _MIN_QUOTE_ROOM and tg_len(esc(quote.text)) > body_room:
            break
        block = _blockquote(fit(quote.text, body_room), expandable=len(quote.text) > EXPANDABLE_FROM)
        blocks.append(block)
        room -= tg_len(block)
    return blocks, room


def render_answer(reply: Reply, texts: UiTexts, *, max_quotes: int | None = None) -> str:
    """Answer, then the verbatim quotes in blockquotes, each document's quotes followed by its line;
    before the answer, in italics, which question of the message it answers (when the engine says)."""
    texts = texts.for_lang(reply.lang)
    preface = f"<i>{fit(reply.preface, MESSAGE_LIMIT // 4)}</i>\n\n" if reply.preface else ""
    limit = MESSAGE_LIMIT - tg_len(preface)
    quotes = reply.quotes[:max_quotes] if max_quotes else reply.quotes
    groups = _by_source(quotes)
    if not groups:
        return preface + fit(reply.answer, limit)
    lines = {ref.id: fill(texts.source_line, source=source_label(ref)) for ref, _ in groups}
    intro = texts.quote_intro
    frame = tg_len(intro) + 3  # "\n\n" before the intro, "\n" after it
    answer = fit(reply.answer, limit - frame - tg_len(lines[groups[0][0].id]) - 1)
    room = limit - tg_len(answer) - frame
    body: list[str] = []
    for ref, group in groups:
        line = lines[ref.id]
        blocks, left = _quote_blocks(group, room - tg_len(line) - 1)
        if not blocks:
            break
        body += [*blocks, line]
        room = left
    if not body:
        return preface + answer
    return preface + f"{answer}\n\n{intro}\n" + "\n".join(body)


def render_decline(reply: Reply, texts: UiTexts, *, compact: bool) -> str:
    """Why the bot does not answer, by kind: the engine's words (or ui.yaml's), and in a private chat
    a hint at what to do next (what the bot is for, or the topic list)."""
    texts = texts.for_lang(reply.lang)
    kind = decline_kind(reply)
    hint = "" if compact else texts.decline_hints.of(kind)
    budget = MESSAGE_LIMIT - (tg_len(hint) + 2 if hint else 0)
    decline = fit(reply.answer, budget) or texts.declines.of(kind)
    return f"{decline}\n\n{hint}" if hint else decline


def decline_kind(reply: Reply) -> str:
    """The Reply's decline kind; an engine that does not tell yet is read from what it found."""
    if reply.decline is not None:
        return reply.decline
    return "not_found" if reply.matched is not None else "off_topic"


def render_reply(reply: Reply, texts: UiTexts, *, compact: bool = False) -> str:
    """HTML for any kind of Reply; `compact` (groups, inline) keeps one quote and no hints."""
    if reply.kind == "answer":
        return render_answer(reply, texts, max_quotes=1 if compact else None)
    if reply.kind == "clarify":
        return fit(reply.answer, MESSAGE_LIMIT) or texts.for_lang(reply.lang).clarify_fallback
    if reply.kind == "smalltalk":
        return fit(reply.answer, MESSAGE_LIMIT)
    return render_decline(reply, texts, compact=compact)


# -- the documents ---------------------------------------------------------------------------------


def _date(source: Source) -> str:
    return f"{source.meta.date:{_DATE}}"


def document_name(source: Source, texts: UiTexts) -> str:
    """A document as the greeting and /topics name it: «title» (kind, date), kind in `texts`' language."""
    meta = source.meta
    return fill(texts.document, title=meta.title, kind=texts.source_kind(meta.kind), date=_date(source))


def render_greeting(sources: Sequence[Source], texts: UiTexts) -> str:
    if len(sources) == 1:
        return fill_markup(texts.greeting, document=Markup(document_name(sources[0], texts)))
    documents = Markup("\n".join(f"• {document_name(source, texts)}" for source in sources))
    return fill_markup(texts.greeting_many, count=len(sources), documents=documents)


def render_sources(sources: Sequence[Source], texts: UiTexts) -> str:
    """/source: each document with its title, kind and date."""
    items = Markup(
        "\n\n".join(
            fill(texts.source_item, title=s.meta.title, kind=texts.source_kind(s.meta.kind), date=_date(s))
            for s in sources
        )
    )
    if len(sources) == 1:
        return fill_markup(texts.sources_one, items=items)
    return fill_markup(texts.sources_many, count=len(sources), items=items)
