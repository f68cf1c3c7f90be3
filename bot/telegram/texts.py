"""The bot's Russian UI texts: knowledge/ui.yaml loaded into a validated pydantic model.

The texts are data a curator edits, so every mistake that would only show up in Telegram (an unknown
{placeholder}, a tag Telegram rejects, an unclosed tag, a pop-up longer than Telegram allows) is
caught at start-up with the name of the field.
"""

from __future__ import annotations

import html
import re
import string
from html.parser import HTMLParser
from pathlib import Path
from typing import Annotated

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
)

from bot.settings import PROJECT_ROOT

DEFAULT_TEXTS_PATH = PROJECT_ROOT / "knowledge" / "ui.yaml"

# Tags Telegram accepts in HTML parse mode (https://core.telegram.org/bots/api#html-style).
TELEGRAM_TAGS = frozenset(
    {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "blockquote"}
    | {"tg-spoiler", "tg-emoji", "span"}
)
MAX_ALERT_CHARS = 200  # answerCallbackQuery text
MAX_BUTTON_CHARS = 64
MAX_SHORT_DESCRIPTION = 120
MAX_DESCRIPTION = 512
COMMAND_NAME = re.compile(r"^[a-z0-9_]{1,32}$")

# field -> (allowed placeholders, required placeholders)
_TEMPLATES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "greeting": (frozenset({"sources"}), frozenset({"sources"})),
    "source_info": (frozenset({"title", "kind", "date"}), frozenset({"title", "date"})),
    "source_line": (frozenset({"source"}), frozenset({"source"})),
    "document": (frozenset({"title", "kind", "date"}), frozenset({"title", "date"})),
    "topic_header": (frozenset({"topic"}), frozenset({"topic"})),
    "page": (frozenset({"page", "pages"}), frozenset({"page", "pages"})),
    "topic_description": (frozenset({"topic"}), frozenset()),
    "reload_ok": (frozenset({"entries", "questions"}), frozenset()),
    "reload_failed": (frozenset({"count", "report"}), frozenset({"report"})),
}


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def fill(template: str, **values: object) -> str:
    """Fill a template from ui.yaml, HTML-escaping every value (the template's own markup stays)."""
    return template.format(**{key: html.escape(str(value), quote=False) for key, value in values.items()})


class _MarkupChecker(HTMLParser):
    """Well-formedness check of our own markup: only Telegram's tags, every tag closed in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.stack: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in TELEGRAM_TAGS:
            self.errors.append(f"тег <{tag}> Telegram не поддерживает")
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"лишний или не по порядку закрытый тег </{tag}>")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if "<" in data or ">" in data:
            self.errors.append("символы < и > нужно писать как &lt; и &gt;")


def markup_problems(text: str) -> list[str]:
    checker = _MarkupChecker()
    checker.feed(text)
    checker.close()
    problems = list(checker.errors)
    if checker.stack:
        problems.append(f"не закрыт тег <{checker.stack[-1]}>")
    return problems


def _check_template(field: str, value: str) -> None:
    try:
        found = placeholders(value)
    except ValueError as exc:
        raise ValueError(f"ошибка в фигурных скобках: {exc}") from None
    allowed, required = _TEMPLATES.get(field, (frozenset(), frozenset()))
    if field not in _TEMPLATES and found:
        raise ValueError(f"в этом тексте не бывает подстановок, а найдено: {sorted(found)}")
    if unknown := found - allowed:
        raise ValueError(f"неизвестные подстановки {sorted(unknown)}; можно: {sorted(allowed)}")
    if missing := required - found:
        raise ValueError(f"нет обязательных подстановок {sorted(missing)}")


def _plain(value: str, limit: int) -> str:
    if "<" in value or ">" in value:
        raise ValueError("здесь разметка не работает: уберите теги")
    if len(value) > limit:
        raise ValueError(f"длиннее {limit} символов ({len(value)})")
    return value


def _plain_text(limit: int) -> object:
    """A non-empty text without markup, at most `limit` characters (buttons, pop-ups, profile)."""
    return Annotated[str, Field(min_length=1), AfterValidator(lambda value: _plain(value, limit))]


ButtonText = _plain_text(MAX_BUTTON_CHARS)
AlertText = _plain_text(MAX_ALERT_CHARS)
ShortDescription = _plain_text(MAX_SHORT_DESCRIPTION)
Description = _plain_text(MAX_DESCRIPTION)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Buttons(_Strict):
    like: ButtonText
    dislike: ButtonText
    topics: ButtonText
    back: ButtonText
    prev: ButtonText
    next: ButtonText
    open_in_bot: ButtonText


class Alerts(_Strict):
    """Callback-query pop-ups: plain text, Telegram cuts them at 200 characters."""

    feedback_thanks: AlertText
    feedback_already: AlertText
    entry_gone: AlertText
    topics_changed: AlertText
    apology: AlertText


class InlineTexts(_Strict):
    topic_description: str = Field(min_length=1)

    @field_validator("*")
    @classmethod
    def _template(cls, value: str, info: ValidationInfo) -> str:
        _check_template(str(info.field_name), value)
        return _plain(value, 256)


class Commands(_Strict):
    """Command name -> description shown in Telegram's menu."""

    private: dict[str, str] = Field(min_length=1)
    group: dict[str, str] = Field(min_length=1)
    admin: dict[str, str] = Field(min_length=1)  # added to the private menu of admins only

    @field_validator("private", "group", "admin")
    @classmethod
    def _valid_commands(cls, value: dict[str, str]) -> dict[str, str]:
        for name, description in value.items():
            if not COMMAND_NAME.match(name):
                raise ValueError(f"имя команды «{name}»: только a-z, 0-9 и _, до 32 символов")
            if not 1 <= len(description.strip()) <= 256:
                raise ValueError(f"описание команды {name}: от 1 до 256 символов")
        return {name: description.strip() for name, description in value.items()}


class AdminTexts(_Strict):
    """Replies to admin commands (/reload, /stats); {report} is the validation report, escaped."""

    reload_ok: str = Field(min_length=1)
    reload_failed: str = Field(min_length=1)
    stats_unavailable: str = Field(min_length=1)

    @field_validator("*")
    @classmethod
    def _message_text(cls, value: str, info: ValidationInfo) -> str:
        _check_template(str(info.field_name), value)
        if problems := markup_problems(value):
            raise ValueError("; ".join(problems))
        return value


class Profile(_Strict):
    """The bot's description (empty chat screen) and short description (profile, shares)."""

    short_description: ShortDescription
    description: Description


class UiTexts(_Strict):
    """All user-facing texts; message texts may hold Telegram HTML and {placeholders}."""

    greeting: str = Field(min_length=1)
    help: str = Field(min_length=1)
    help_group: str = Field(min_length=1)
    source_info: str = Field(min_length=1)
    source_line: str = Field(min_length=1)
    document: str = Field(min_length=1)
    clarify_fallback: str = Field(min_length=1)
    none_fallback: str = Field(min_length=1)
    none_hint: str = Field(min_length=1)
    group_none: str = Field(min_length=1)
    ask_empty: str = Field(min_length=1)
    mention_empty: str = Field(min_length=1)
    not_text: str = Field(min_length=1)
    unknown_command: str = Field(min_length=1)
    deep_link_unknown: str = Field(min_length=1)
    no_words: str = Field(min_length=1)
    apology: str = Field(min_length=1)
    throttled: str = Field(min_length=1)
    topics_header: str = Field(min_length=1)
    topic_header: str = Field(min_length=1)
    page: str = Field(min_length=1)
    buttons: Buttons
    alerts: Alerts
    inline: InlineTexts
    admin: AdminTexts
    commands: Commands
    profile: Profile

    @field_validator(
        "greeting",
        "help",
        "help_group",
        "source_info",
        "source_line",
        "document",
        "clarify_fallback",
        "none_fallback",
        "none_hint",
        "group_none",
        "ask_empty",
        "mention_empty",
        "not_text",
        "unknown_command",
        "deep_link_unknown",
        "no_words",
        "apology",
        "throttled",
        "topics_header",
        "topic_header",
        "page",
    )
    @classmethod
    def _message_text(cls, value: str, info: ValidationInfo) -> str:
        _check_template(str(info.field_name), value)
        if problems := markup_problems(value):
            raise ValueError("; ".join(problems))
        return value


class TextsError(Exception):
    """ui.yaml cannot be used; the message lists every problem, one per line."""


def load_texts(path: Path | None = None) -> UiTexts:
    path = path or DEFAULT_TEXTS_PATH
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise TextsError(f"{path}: не удалось прочитать файл ({exc.strerror})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (строка {mark.line + 1})" if mark else ""
        raise TextsError(f"{path}: ошибка синтаксиса YAML{where}") from None
    try:
        return UiTexts.model_validate(data)
    except ValidationError as exc:
        lines = []
        for err in exc.errors():
            loc = ".".join(str(part) for part in err["loc"]) or "(файл)"
            lines.append(f"{path}: поле {loc}: {err['msg'].removeprefix('Value error, ')}")
        raise TextsError("\n".join(lines)) from None
