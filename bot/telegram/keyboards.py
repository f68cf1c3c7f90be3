"""Inline keyboards under the bot's messages: related questions, "did you mean", feedback, examples.

Every button speaks the language of the message it sits under and carries it in its callback data.
"""

from __future__ import annotations

from collections.abc import Iterable

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from aiogram.utils.deep_linking import create_deep_link

from bot.qa.kb import Entry
from bot.qa.models import Lang, Reply, Suggestion
from bot.telegram.callbacks import EntryCb, FeedbackCb, LangCb, TopicListCb
from bot.telegram.language import entry_question
from bot.telegram.texts import UiTexts

MAX_RELATED = 3
MAX_LABEL = 64  # clients cut long labels anyway; keep whole questions where possible


def label(text: str, limit: int = MAX_LABEL) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def entry_button(
    entry_id: str, question: str, *, edit: bool = False, lang: Lang | None = None
) -> InlineKeyboardButton:
    return InlineKeyboardButton(
        text=label(question), callback_data=EntryCb(id=entry_id, edit=edit, lang=lang).pack()
    )


def _suggestion_rows(
    suggestions: Iterable[Suggestion], *, edit: bool, lang: Lang
) -> list[list[InlineKeyboardButton]]:
    return [[entry_button(s.entry_id, s.question, edit=edit, lang=lang)] for s in suggestions]


def feedback_row(entry_id: str, texts: UiTexts) -> list[InlineKeyboardButton]:
    return [
        InlineKeyboardButton(text=texts.buttons.like, callback_data=FeedbackCb(id=entry_id, vote=1).pack()),
        InlineKeyboardButton(
            text=texts.buttons.dislike, callback_data=FeedbackCb(id=entry_id, vote=-1).pack()
        ),
    ]


def topics_button(texts: UiTexts) -> InlineKeyboardButton:
    return InlineKeyboardButton(
        text=texts.buttons.topics, callback_data=TopicListCb(page=0, lang=texts.lang).pack()
    )


def _markup(rows: list[list[InlineKeyboardButton]]) -> InlineKeyboardMarkup | None:
    return InlineKeyboardMarkup(inline_keyboard=rows) if rows else None


def reply_keyboard(reply: Reply, texts: UiTexts, *, compact: bool = False) -> InlineKeyboardMarkup | None:
    """Buttons for a Reply, in its language.

    answer: up to 3 related questions + 👍/👎; clarify: one button per candidate (it replaces the
    question by the answer); a decline (private chats only): the nearest entries when the engine found
    some, and the topic list, except for questions that are not about the documents at all.
    """
    texts = texts.for_lang(reply.lang)
    lang = reply.lang
    if reply.kind == "clarify":
        return _markup(_suggestion_rows(reply.suggestions, edit=True, lang=lang))
    if reply.kind == "answer":
        rows = [] if compact else _suggestion_rows(reply.suggestions[:MAX_RELATED], edit=False, lang=lang)
        if reply.entry_id:
            rows.append(feedback_row(reply.entry_id, texts))
        return _markup(rows)
    if compact or reply.decline == "off_topic":
        return None
    rows = _suggestion_rows(reply.suggestions[:MAX_RELATED], edit=False, lang=lang)
    if reply.kind == "none":
        rows.append([topics_button(texts)])
    return _markup(rows)


def examples_keyboard(entries: Iterable[Entry], texts: UiTexts) -> InlineKeyboardMarkup:
    """Example questions under the greeting, then the topic list."""
    rows = [[entry_button(e.id, entry_question(e, texts.lang), lang=texts.lang)] for e in entries]
    rows.append([topics_button(texts)])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def open_in_bot_keyboard(username: str, entry_id: str, texts: UiTexts) -> InlineKeyboardMarkup:
    """For inline results: a deep link that opens the full answer in a private chat with the bot."""
    url = create_deep_link(username, "start", entry_id)
    return InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text=texts.buttons.open_in_bot, url=url)]]
    )


def language_keyboard(texts: UiTexts) -> InlineKeyboardMarkup:
    """/lang: one button per language, each named in its own language."""
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [
                InlineKeyboardButton(text=other.language_name, callback_data=LangCb(lang=lang).pack())
                for lang, other in texts.all_langs().items()
            ]
        ]
    )
