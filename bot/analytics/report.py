"""Human-readable reports: plain Russian text for the console, HTML for Telegram (≤ 4096 characters)."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from dataclasses import dataclass, field

from bot.analytics.models import Stats
from bot.russian import plural
from bot.textfit import shorten, utf16_len

TELEGRAM_LIMIT = 4096
HTML_QUESTION_CHARS = 200

KIND_LABELS = {
    "answer": "с ответом",
    "clarify": "с уточняющим вопросом",
    "smalltalk": "приветствия и разговоры",
    "none": "без ответа",
}
CHAT_LABELS = {
    "private": "личные чаты",
    "group": "группы",
    "supergroup": "супергруппы",
    "channel": "каналы",
    "inline": "инлайн-режим",
    "console": "консоль",
    "other": "прочее",
}


def _times(n: int) -> str:
    return f"{n} {plural(n, 'раз', 'раза', 'раз')}"


def _date(value: dt.datetime) -> str:
    return f"{value:%d.%m.%Y}"


@dataclass(frozen=True)
class _Style:
    esc: Callable[[str], str]
    bold: Callable[[str], str]
    code: Callable[[str], str]
    question_chars: int | None


_TEXT = _Style(esc=str, bold=str, code=str, question_chars=None)
_HTML = _Style(
    esc=html.escape,
    bold=lambda s: f"<b>{s}</b>",
    code=lambda s: f"<code>{s}</code>",
    question_chars=HTML_QUESTION_CHARS,
)


@dataclass
class _Section:
    title: str
    items: list[str]
    hidden: int = 0  # items that exist beyond `items` (e.g. cut by the stats limit)
    shown: int = field(init=False)

    def __post_init__(self) -> None:
        self.shown = len(self.items)

    def lines(self) -> list[str]:
        if not self.items:
            return []
        out = [self.title, *self.items[: self.shown]]
        rest = len(self.items) - self.shown + self.hidden
        if rest > 0:
            out.append(f"  … и ещё {rest}")
        return out


def _head(stats: Stats, st: _Style) -> list[str]:
    lines = [st.bold("Статистика бота")]
    if stats.period_start and stats.period_end:
        lines.append(f"Период: {_date(stats.period_start)} – {_date(stats.period_end)} (UTC).")
    lines.append(
        f"Данные хранятся {stats.retention_days} {plural(stats.retention_days, 'день', 'дня', 'дней')}."
    )
    if stats.is_empty:
        lines.append("Пока нет данных.")
        return lines
    n = stats.total_questions
    lines += ["", st.bold(f"Всего вопросов: {n}")]
    lines += [f"  • {KIND_LABELS.get(k, st.esc(k))} — {stats.by_kind.get(k, 0)}" for k in KIND_LABELS]
    if stats.answer_rate is not None:
        lines.append(f"Доля вопросов с ответом: {stats.answer_rate:.0%} (без учёта приветствий).")
    if stats.by_chat_type:
        parts = (f"{st.esc(CHAT_LABELS.get(k, k))} — {v}" for k, v in stats.by_chat_type.items())
        lines.append("По типам чатов: " + ", ".join(parts) + ".")
    return lines


def _quote(text: str, st: _Style) -> str:
    if st.question_chars is not None:
        text = shorten(text, st.question_chars)
    return f"«{st.esc(text)}»"


def _sections(stats: Stats, st: _Style) -> list[_Section]:
    top = _Section(
        st.bold("Чаще всего отвечали по записям:"),
        [
            f"  {i}. {st.code(st.esc(e.entry_id))} — {_times(e.count)}"
            for i, e in enumerate(stats.top_entries, 1)
        ],
    )
    unanswered = _Section(
        st.bold(f"Вопросы без ответа (разных: {stats.unanswered_distinct}, сначала частые):"),
        [
            f"  {i}. {_quote(q.text, st)} — {_times(q.count)}, последний раз {_date(q.last_seen)}"
            for i, q in enumerate(stats.unanswered, 1)
        ],
        hidden=max(0, stats.unanswered_distinct - len(stats.unanswered)),
    )
    votes = _Section(
        st.bold(f"Оценки ответов: 👍 {stats.feedback_up}, 👎 {stats.feedback_down}"),
        [
            f"  • {st.code(st.esc(f.entry_id)) if f.entry_id else 'без записи'}: 👍 {f.up}, 👎 {f.down}"
            for f in stats.feedback
        ],
    )
    return [top, unanswered, votes]


def _render(head: list[str], sections: list[_Section]) -> str:
    lines = list(head)
    for section in sections:
        if section.items:
            lines += ["", *section.lines()]
    return "\n".join(lines)


def render_stats_text(stats: Stats) -> str:
    """Full plain-text report in Russian for `python -m bot stats`."""
    if stats.is_empty:
        return _render(_head(stats, _TEXT), [])
    return _render(_head(stats, _TEXT), _sections(stats, _TEXT))


def render_stats_html(stats: Stats, limit: int = TELEGRAM_LIMIT) -> str:
    """Report for Telegram's HTML parse mode; every dynamic value is escaped. Lists are cut, longest
    section first, until the message fits `limit` characters."""
    head = _head(stats, _HTML)
    sections = [] if stats.is_empty else _sections(stats, _HTML)
    text = _render(head, sections)
    while utf16_len(text) > limit:
        candidates = [s for s in sections if s.shown > 0]
        if not candidates:
            break
        longest = max(candidates, key=lambda s: sum(map(utf16_len, s.items[: s.shown])))
        longest.shown -= 1
        text = _render(head, sections)
    return text
