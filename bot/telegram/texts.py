"""The bot's UI texts in Russian, Kazakh and English: knowledge/ui.yaml loaded into validated models.

The texts are data a curator edits, so every mistake that would only show up in Telegram (a missing
language, an unknown {placeholder}, a tag Telegram rejects, an unclosed tag, a pop-up longer than
Telegram allows) is caught at start-up with the name of the field and the language.

Every text in ui.yaml is a mapping `{ru: …, kk: …, en: …}`. `load_texts` splits the file into one
`UiTexts` per language; the Russian one is returned and reaches the others with `for_lang(lang)`, so
code that only needs Russian keeps working unchanged.
"""

from __future__ import annotations

import html
import re
import string
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Annotated, Any

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    ValidationInfo,
    field_validator,
)

from bot.qa.models import LANGS, Lang
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
# Top-level sections of ui.yaml that are not per-language texts.
_GLOSSARY = "glossary"

# field -> (allowed placeholders, required placeholders)
_TEMPLATES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "greeting": (frozenset({"document"}), frozenset({"document"})),
    "greeting_many": (frozenset({"count", "documents"}), frozenset({"documents"})),
    "source_item": (frozenset({"title", "kind", "date"}), frozenset({"title", "date"})),
    "sources_one": (frozenset({"items"}), frozenset({"items"})),
    "sources_many": (frozenset({"count", "items"}), frozenset({"items"})),
    "source_line": (frozenset({"source"}), frozenset({"source"})),
    "document": (frozenset({"title", "kind", "date"}), frozenset({"title", "date"})),
    "topics_header": (frozenset({"document"}), frozenset()),
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


def _message(value: str, info: ValidationInfo) -> str:
    """A message text: known placeholders only, well-formed Telegram HTML."""
    _check_template(str(info.field_name), value)
    if problems := markup_problems(value):
        raise ValueError("; ".join(problems))
    return value


def _plain(value: str, limit: int) -> str:
    if "<" in value or ">" in value:
        raise ValueError("здесь разметка не работает: уберите теги")
    if len(value) > limit:
        raise ValueError(f"длиннее {limit} символов ({len(value)})")
    return value


def _plain_button(value: str) -> str:
    return _plain(value, MAX_BUTTON_CHARS)


def _plain_alert(value: str) -> str:
    return _plain(value, MAX_ALERT_CHARS)


def _plain_short(value: str) -> str:
    return _plain(value, MAX_SHORT_DESCRIPTION)


def _plain_description(value: str) -> str:
    return _plain(value, MAX_DESCRIPTION)


# Non-empty texts without markup, at most so many characters (buttons, pop-ups, profile).
ButtonText = Annotated[str, Field(min_length=1), AfterValidator(_plain_button)]
AlertText = Annotated[str, Field(min_length=1), AfterValidator(_plain_alert)]
ShortDescription = Annotated[str, Field(min_length=1), AfterValidator(_plain_short)]
Description = Annotated[str, Field(min_length=1), AfterValidator(_plain_description)]
MessageText = Annotated[str, Field(min_length=1)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Buttons(_Strict):
    like: ButtonText
    dislike: ButtonText
    topics: ButtonText
    back: ButtonText
    back_to_sources: ButtonText
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


class Declines(_Strict):
    """One text per kind of decline (see bot.qa.models.DeclineKind)."""

    off_topic: MessageText
    not_found: MessageText
    not_in_document: MessageText

    @field_validator("*")
    @classmethod
    def _message_text(cls, value: str, info: ValidationInfo) -> str:
        return _message(value, info)

    def of(self, kind: str) -> str:
        text: str = getattr(self, kind, self.not_found)
        return text


class InlineTexts(_Strict):
    topic_description: MessageText

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

    reload_ok: MessageText
    reload_failed: MessageText
    stats_unavailable: MessageText

    @field_validator("*")
    @classmethod
    def _message_text(cls, value: str, info: ValidationInfo) -> str:
        return _message(value, info)


class Profile(_Strict):
    """The bot's description (empty chat screen) and short description (profile, shares)."""

    short_description: ShortDescription
    description: Description


class Glossary(_Strict):
    """Knowledge-base names in Kazakh and English, by their Russian name (missing ones stay Russian)."""

    source_kinds: dict[str, dict[Lang, str]] = {}
    topics: dict[str, dict[Lang, str]] = {}

    def name(self, table: dict[str, dict[Lang, str]], russian: str, lang: Lang) -> str:
        return table.get(russian, {}).get(lang) or russian


@dataclass(eq=False)
class _Catalog:
    """What the texts of every language share: each other, and the glossary."""

    by_lang: dict[Lang, UiTexts] = field(default_factory=dict)
    glossary: Glossary = field(default_factory=Glossary)


class UiTexts(_Strict):
    """The user-facing texts of one language; message texts may hold Telegram HTML and {placeholders}."""

    lang: Lang = "ru"
    language_name: ButtonText
    greeting: MessageText
    greeting_many: MessageText
    help: MessageText
    help_group: MessageText
    source_item: MessageText
    sources_one: MessageText
    sources_many: MessageText
    source_line: MessageText
    quote_intro: MessageText
    document: MessageText
    clarify_fallback: MessageText
    declines: Declines
    decline_hints: Declines
    ask_empty: MessageText
    mention_empty: MessageText
    not_text: MessageText
    unknown_command: MessageText
    deep_link_unknown: MessageText
    no_words: MessageText
    apology: MessageText
    throttled: MessageText
    sources_header: MessageText
    topics_header: MessageText
    topic_header: MessageText
    page: MessageText
    lang_prompt: MessageText
    lang_saved: MessageText
    buttons: Buttons
    alerts: Alerts
    inline: InlineTexts
    admin: AdminTexts
    commands: Commands
    profile: Profile

    _catalog: _Catalog | None = PrivateAttr(default=None)

    @field_validator(
        "greeting",
        "greeting_many",
        "help",
        "help_group",
        "source_item",
        "sources_one",
        "sources_many",
        "source_line",
        "quote_intro",
        "document",
        "clarify_fallback",
        "ask_empty",
        "mention_empty",
        "not_text",
        "unknown_command",
        "deep_link_unknown",
        "no_words",
        "apology",
        "throttled",
        "sources_header",
        "topics_header",
        "topic_header",
        "page",
        "lang_prompt",
        "lang_saved",
    )
    @classmethod
    def _message_text(cls, value: str, info: ValidationInfo) -> str:
        return _message(value, info)

    def for_lang(self, lang: Lang) -> UiTexts:
        """The same texts in `lang` (these texts themselves when built without the other languages)."""
        if self._catalog is None:
            return self
        return self._catalog.by_lang.get(lang, self)

    def all_langs(self) -> dict[Lang, UiTexts]:
        """Every language's texts, Russian first."""
        if self._catalog is None:
            return {self.lang: self}
        return dict(self._catalog.by_lang)

    def topic_name(self, topic: str) -> str:
        """A topic of the knowledge base (named in Russian) in this language."""
        glossary = self._catalog.glossary if self._catalog else Glossary()
        return glossary.name(glossary.topics, topic, self.lang)

    def source_kind(self, kind: str) -> str:
        """A kind of source (пресс-релиз, …) in this language."""
        glossary = self._catalog.glossary if self._catalog else Glossary()
        return glossary.name(glossary.source_kinds, kind, self.lang)


class TextsError(Exception):
    """ui.yaml cannot be used; the message lists every problem, one per line."""


def _is_localized(node: object) -> bool:
    return isinstance(node, dict) and bool(node) and all(key in LANGS for key in node)


def split_languages(node: object, path: str, problems: list[str]) -> dict[Lang, Any]:
    """The tree of ui.yaml as one tree per language; every {ru, kk, en} leaf must have all three."""
    if isinstance(node, dict) and _is_localized(node):
        missing = [lang for lang in LANGS if not isinstance(node.get(lang), str) or not node[lang].strip()]
        if missing:
            problems.append(f"поле {path}: нет текста на языке {', '.join(missing)}")
        return {lang: node.get(lang) for lang in LANGS}
    if isinstance(node, dict):
        parts = {
            str(key): split_languages(value, f"{path}.{key}" if path else str(key), problems)
            for key, value in node.items()
        }
        return {lang: {key: value[lang] for key, value in parts.items()} for lang in LANGS}
    if isinstance(node, str):
        problems.append(f"поле {path}: нужен текст на трёх языках — {{ru: …, kk: …, en: …}}")
    return dict.fromkeys(LANGS, node)


def _validation_lines(exc: ValidationError, path: Path, lang: Lang) -> list[str]:
    lines = []
    for err in exc.errors():
        loc = ".".join(str(part) for part in err["loc"]) or "(файл)"
        lines.append(f"{path}: поле {loc} ({lang}): {err['msg'].removeprefix('Value error, ')}")
    return lines


def load_texts(path: Path | None = None) -> UiTexts:
    """Load and validate ui.yaml; the Russian texts, with the others behind `for_lang`.

    Raises TextsError listing every problem (missing languages, bad markup, unknown placeholders)."""
    path = path or DEFAULT_TEXTS_PATH
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise TextsError(f"{path}: не удалось прочитать файл ({exc.strerror})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (строка {mark.line + 1})" if mark else ""
        reason = getattr(exc, "problem", None)
        raise TextsError(
            f"{path}: ошибка синтаксиса YAML{where}" + (f": {reason}" if reason else "")
        ) from None
    if not isinstance(data, dict):
        raise TextsError(f"{path}: ожидался словарь текстов (ключ: значение)")
    problems: list[str] = []
    try:
        glossary = Glossary.model_validate(data.pop(_GLOSSARY, None) or {})
    except ValidationError as exc:
        problems += _validation_lines(exc, path, "ru")
        glossary = Glossary()
    trees = split_languages(data, "", problems)
    if problems:  # a missing language: say only that, not what the validators make of the gap
        raise TextsError("\n".join(f"{path}: {problem}" for problem in problems))
    catalog = _Catalog(glossary=glossary)
    for lang in LANGS:
        try:
            catalog.by_lang[lang] = UiTexts.model_validate({**trees[lang], "lang": lang})
        except ValidationError as exc:
            problems += [line for line in _validation_lines(exc, path, lang) if line not in problems]
    if problems:
        raise TextsError("\n".join(dict.fromkeys(problems)))
    for texts in catalog.by_lang.values():
        texts._catalog = catalog
    return catalog.by_lang["ru"]
