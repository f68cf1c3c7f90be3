"""/topics: browsing the knowledge base by document, then topic, page by page, in one message edited
in place. With one document the list of documents is skipped.

Documents and topics are addressed by stable keys (callbacks.stable_key), never by position, so an old
button opens what it showed or says the list changed.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.qa.kb import Entry, Source
from bot.telegram.callbacks import TopicCb, TopicListCb, stable_key
from bot.telegram.keyboards import entry_button, label
from bot.telegram.language import entry_question
from bot.telegram.render import Markup, document_name, fill_markup
from bot.telegram.texts import UiTexts, fill

if TYPE_CHECKING:
    from bot.qa.engine import Engine

TOPICS_PER_PAGE = 8
QUESTIONS_PER_PAGE = 6
SOURCES_PER_PAGE = 8
_T = TypeVar("_T")


@dataclass(frozen=True)
class Topic:
    key: str
    name: str  # in Russian, as in the knowledge base
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class Shelf:
    """One document and its topics, in knowledge-base order."""

    key: str
    source: Source
    topics: tuple[Topic, ...]


@dataclass(frozen=True)
class View:
    text: str
    keyboard: InlineKeyboardMarkup


_shelves: weakref.WeakKeyDictionary[Engine, tuple[Shelf, ...]] = weakref.WeakKeyDictionary()


def shelves(engine: Engine) -> tuple[Shelf, ...]:
    """The documents that have entries, each with its topics (computed once per engine)."""
    if (cached := _shelves.get(engine)) is not None:
        return cached
    grouped: dict[str, dict[str, list[Entry]]] = {}
    for entry in engine.kb.entries:
        grouped.setdefault(entry.source, {}).setdefault(entry.topic, []).append(entry)
    built = tuple(
        Shelf(
            key=stable_key(source_id),
            source=source,
            topics=tuple(
                Topic(stable_key(source_id, name), name, tuple(entries))
                for name, entries in grouped[source_id].items()
            ),
        )
        for source_id, source in engine.kb.sources.items()
        if source_id in grouped
    )
    _shelves[engine] = built
    return built


@dataclass(frozen=True)
class _Page:
    number: int  # 0-based, clamped into range
    total: int


def pages(count: int, size: int) -> int:
    return max(1, -(-count // size))


def _slice(items: Sequence[_T], page: int, size: int) -> tuple[_Page, Sequence[_T]]:
    total = pages(len(items), size)
    number = min(max(page, 0), total - 1)
    return _Page(number, total), items[number * size : (number + 1) * size]


def _with_page(text: str, page: _Page, texts: UiTexts) -> str:
    if page.total == 1:
        return text
    return f"{text}\n\n{fill(texts.page, page=page.number + 1, pages=page.total)}"


def _nav_row(page: _Page, texts: UiTexts, page_cb: Callable[[int], str]) -> list[InlineKeyboardButton]:
    row = []
    if page.number > 0:
        row.append(InlineKeyboardButton(text=texts.buttons.prev, callback_data=page_cb(page.number - 1)))
    if page.number < page.total - 1:
        row.append(InlineKeyboardButton(text=texts.buttons.next, callback_data=page_cb(page.number + 1)))
    return row


def _button(text: str, data: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(text=label(text), callback_data=data)


def start_view(all_shelves: Sequence[Shelf], texts: UiTexts) -> View:
    """What /topics opens: the topics of the only document, or the list of documents."""
    if len(all_shelves) == 1:
        return topic_list(all_shelves, all_shelves[0].key, 0, texts) or source_list(all_shelves, 0, texts)
    return source_list(all_shelves, 0, texts)


def source_list(all_shelves: Sequence[Shelf], page: int, texts: UiTexts) -> View:
    current, shown = _slice(all_shelves, page, SOURCES_PER_PAGE)
    lang = texts.lang
    rows = [
        [
            _button(
                f"{s.source.meta.title}, {s.source.meta.date:%d.%m.%Y}",
                TopicListCb(source=s.key, lang=lang).pack(),
            )
        ]
        for s in shown
    ]
    if nav := _nav_row(current, texts, lambda p: TopicListCb(page=p, lang=lang).pack()):
        rows.append(nav)
    return View(_with_page(texts.sources_header, current, texts), InlineKeyboardMarkup(inline_keyboard=rows))


def _find_shelf(all_shelves: Sequence[Shelf], key: str) -> tuple[int, Shelf] | None:
    return next(((n, s) for n, s in enumerate(all_shelves) if s.key == key), None)


def topic_list(all_shelves: Sequence[Shelf], source_key: str, page: int, texts: UiTexts) -> View | None:
    """The topics of one document; None when there is no such document (anymore)."""
    found = _find_shelf(all_shelves, source_key)
    if found is None:
        return None
    position, shelf = found
    lang = texts.lang
    current, shown = _slice(shelf.topics, page, TOPICS_PER_PAGE)
    rows = [[_button(texts.topic_name(t.name), TopicCb(topic=t.key, lang=lang).pack())] for t in shown]
    if nav := _nav_row(current, texts, lambda p: TopicListCb(page=p, source=shelf.key, lang=lang).pack()):
        rows.append(nav)
    if len(all_shelves) > 1:
        back = TopicListCb(page=position // SOURCES_PER_PAGE, lang=lang).pack()
        rows.append([InlineKeyboardButton(text=texts.buttons.back_to_sources, callback_data=back)])
    header = fill_document(texts.topics_header, shelf.source, texts)
    return View(_with_page(header, current, texts), InlineKeyboardMarkup(inline_keyboard=rows))


def fill_document(template: str, source: Source, texts: UiTexts) -> str:
    return fill_markup(template, document=Markup(document_name(source, texts)))


def topic_view(all_shelves: Sequence[Shelf], topic_key: str, page: int, texts: UiTexts) -> View | None:
    """The questions of one topic; None when there is no such topic (anymore)."""
    found = next(
        ((shelf, n, t) for shelf in all_shelves for n, t in enumerate(shelf.topics) if t.key == topic_key),
        None,
    )
    if found is None:
        return None
    shelf, position, topic = found
    lang = texts.lang
    current, shown = _slice(topic.entries, page, QUESTIONS_PER_PAGE)
    rows = [[entry_button(entry.id, entry_question(entry, lang), lang=lang)] for entry in shown]
    if nav := _nav_row(current, texts, lambda p: TopicCb(topic=topic.key, page=p, lang=lang).pack()):
        rows.append(nav)
    back = TopicListCb(page=position // TOPICS_PER_PAGE, source=shelf.key, lang=lang).pack()
    rows.append([InlineKeyboardButton(text=texts.buttons.back, callback_data=back)])
    text = _with_page(fill(texts.topic_header, topic=texts.topic_name(topic.name)), current, texts)
    return View(text, InlineKeyboardMarkup(inline_keyboard=rows))
