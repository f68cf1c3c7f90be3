"""/topics: browsing the knowledge base by topic, page by page, in one message edited in place."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.qa.kb import Entry
from bot.telegram.callbacks import TopicCb, TopicListCb
from bot.telegram.keyboards import entry_button, label
from bot.telegram.texts import UiTexts, fill

TOPICS_PER_PAGE = 8
QUESTIONS_PER_PAGE = 6
_T = TypeVar("_T")


@dataclass(frozen=True)
class View:
    text: str
    keyboard: InlineKeyboardMarkup


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


def topic_list(topics: dict[str, tuple[Entry, ...]], page: int, texts: UiTexts) -> View:
    names = list(topics)
    current, shown = _slice(names, page, TOPICS_PER_PAGE)
    first = current.number * TOPICS_PER_PAGE
    rows = [
        [InlineKeyboardButton(text=label(name), callback_data=TopicCb(topic=index).pack())]
        for index, name in enumerate(shown, start=first)
    ]
    if nav := _nav_row(current, texts, lambda p: TopicListCb(page=p).pack()):
        rows.append(nav)
    return View(_with_page(texts.topics_header, current, texts), InlineKeyboardMarkup(inline_keyboard=rows))


def topic_view(topics: dict[str, tuple[Entry, ...]], index: int, page: int, texts: UiTexts) -> View | None:
    """The questions of topic number `index`; None when there is no such topic (anymore)."""
    names = list(topics)
    if not 0 <= index < len(names):
        return None
    current, shown = _slice(topics[names[index]], page, QUESTIONS_PER_PAGE)
    rows = [[entry_button(entry.id, entry.canonical_question)] for entry in shown]
    if nav := _nav_row(current, texts, lambda p: TopicCb(topic=index, page=p).pack()):
        rows.append(nav)
    back = TopicListCb(page=index // TOPICS_PER_PAGE).pack()
    rows.append([InlineKeyboardButton(text=texts.buttons.back, callback_data=back)])
    text = _with_page(fill(texts.topic_header, topic=names[index]), current, texts)
    return View(text, InlineKeyboardMarkup(inline_keyboard=rows))
