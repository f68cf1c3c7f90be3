"""Loading and validating the knowledge base: sources, FAQ entries, synonyms, small talk.

Every problem a curator can make is collected as a `Problem` (file, entry id, message) instead of
raising at the first one, so `bot kb check` can list them all at once.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from bot.qa.models import Lang, Quote, SourceRef
from bot.qa.text import fold

# libyaml's C loader reads a large knowledge base ten times faster; the pure-Python one where it is missing.
try:
    from yaml import CSafeLoader as _YamlLoader
except ImportError:  # PyYAML built without libyaml
    from yaml import SafeLoader as _YamlLoader  # type: ignore[assignment]

QuestionKind = Literal["who", "when", "where", "how_many", "names", "others"]
MAX_QUOTE_CHARS = 400
_WS = re.compile(r"\s+")
_M = TypeVar("_M", bound=BaseModel)


def collapse_ws(text: str) -> str:
    return _WS.sub(" ", text).strip()


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Localized(_Strict):
    """A text a user reads, in each language; a plain YAML string is read as the Russian text."""

    ru: str = Field(min_length=1)
    kk: str = ""
    en: str = ""

    @model_validator(mode="before")
    @classmethod
    def _plain_string_is_russian(cls, data: object) -> object:
        return {"ru": data} if isinstance(data, str) else data

    def get(self, lang: Lang) -> str:
        """The text in `lang`, or the Russian one where no translation exists yet."""
        text: str = getattr(self, lang)
        return text or self.ru


class EntryTranslation(_Strict):
    """An entry in another language: an answer saying only what the Russian one says, and the
    questions people ask in that language (the first is shown as the entry's question)."""

    answer: str = Field(min_length=1)
    questions: tuple[str, ...] = ()


class SourceMeta(_Strict):
    id: str
    title: str = Field(min_length=1)
    kind: str = "документ"
    date: dt.date
    lang: str = "ru"
    original_file: str | None = None


class Source(BaseModel):
    model_config = ConfigDict(frozen=True)

    meta: SourceMeta
    text: str

    @property
    def ref(self) -> SourceRef:
        return SourceRef(id=self.meta.id, title=self.meta.title, date=self.meta.date)


class Entry(_Strict):
    id: str = Field(pattern=r"^[a-z0-9_]+$")
    topic: str = Field(min_length=1)
    question_kinds: frozenset[QuestionKind] = frozenset()
    questions: tuple[str, ...] = Field(min_length=1)
    answer: str = Field(min_length=1)
    quotes: tuple[str, ...] = Field(min_length=1, max_length=3)
    related: tuple[str, ...] = ()
    source: str = ""
    translations: dict[Literal["kk", "en"], EntryTranslation] = {}

    @field_validator("questions", "quotes")
    @classmethod
    def _no_blank_items(cls, items: tuple[str, ...]) -> tuple[str, ...]:
        if any(not item.strip() for item in items):
            raise ValueError("empty item in the list")
        return tuple(item.strip() for item in items)

    @property
    def canonical_question(self) -> str:
        return self.questions[0]


class FaqFile(_Strict):
    source: str
    entries: tuple[dict, ...]


class SmalltalkIntent(_Strict):
    id: str
    patterns: tuple[str, ...] = Field(min_length=1)
    reply: Localized


class SmalltalkFile(_Strict):
    intents: tuple[SmalltalkIntent, ...]


class SynonymsFile(_Strict):
    groups: tuple[tuple[str, ...], ...] = ()
    question_words: dict[QuestionKind, tuple[str, ...]] = {}
    stopwords: tuple[str, ...] = ()


class RepliesFile(_Strict):
    """The engine's own words, for replies that come from no entry."""

    none: Localized
    none_nearby: Localized
    clarify: Localized


@dataclass(frozen=True)
class Problem:
    file: str
    entry_id: str | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}" + (f" [{self.entry_id}]" if self.entry_id else "")
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class KnowledgeBase:
    sources: dict[str, Source]
    entries: tuple[Entry, ...]
    synonyms: SynonymsFile
    smalltalk: tuple[SmalltalkIntent, ...]
    replies: RepliesFile
    by_id: dict[str, Entry] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_id.update({entry.id: entry for entry in self.entries})

    def source_of(self, entry: Entry) -> Source:
        return self.sources[entry.source]

    def quotes_of(self, entry: Entry) -> tuple[Quote, ...]:
        """The entry's quotes, each with the document it comes from."""
        ref = self.source_of(entry).ref
        return tuple(Quote(text=text, source=ref) for text in entry.quotes)


class KnowledgeBaseError(Exception):
    """The knowledge base cannot be used; `problems` lists everything that is wrong."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(report(problems))


def report(problems: Iterable[Problem]) -> str:
    return "\n".join(str(problem) for problem in problems)


def _read_yaml(path: Path, root: Path, problems: list[Problem]) -> object | None:
    try:
        data: object = yaml.load(path.read_text(encoding="utf-8"), Loader=_YamlLoader)
    except FileNotFoundError:
        problems.append(Problem(_rel(path, root), None, "файл не найден"))
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(_rel(path, root), None, f"не удалось прочитать файл: {exc}"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (строка {mark.line + 1})" if mark else ""
        problems.append(Problem(_rel(path, root), None, f"ошибка синтаксиса YAML{where}"))
    else:
        if data is not None:
            return data
        problems.append(Problem(_rel(path, root), None, "файл пуст"))
    return None


def _rel(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root.parent))
    except ValueError:
        return str(path)


def _pydantic_problems(exc: ValidationError, file: str, entry_id: str | None) -> list[Problem]:
    out = []
    for err in exc.errors():
        loc = ".".join(str(part) for part in err["loc"]) or "(файл)"
        out.append(Problem(file, entry_id, f"поле {loc}: {err['msg']}"))
    return out


def load_sources(seeds_dir: Path, problems: list[Problem]) -> dict[str, Source]:
    sources: dict[str, Source] = {}
    for meta_path in sorted(seeds_dir.glob("*.yaml")):
        file = _rel(meta_path, seeds_dir)
        data = _read_yaml(meta_path, seeds_dir, problems)
        if data is None:
            continue
        try:
            meta = SourceMeta.model_validate(data)
        except ValidationError as exc:
            problems.extend(_pydantic_problems(exc, file, None))
            continue
        text_path = meta_path.with_suffix(".txt")
        if not text_path.is_file():
            problems.append(Problem(file, None, f"нет текста источника {text_path.name}"))
            continue
        sources[meta.id] = Source(meta=meta, text=text_path.read_text(encoding="utf-8"))
    if not sources and not problems:
        problems.append(Problem(str(seeds_dir), None, "нет ни одного источника (*.yaml + *.txt)"))
    return sources


def _quoted_verbatim(quote: str, source: str) -> bool:
    """The quote occurs in the source as whole words (not starting or ending mid-word)."""
    start = source.find(quote)
    while start >= 0:
        end = start + len(quote)
        before = source[start - 1] if start else " "
        after = source[end] if end < len(source) else " "
        if not (before.isalnum() and quote[0].isalnum()) and not (after.isalnum() and quote[-1].isalnum()):
            return True
        start = source.find(quote, start + 1)
    return False


def _load_entries(
    knowledge_dir: Path, sources: dict[str, Source], problems: list[Problem]
) -> list[tuple[str, Entry]]:
    loaded: list[tuple[str, Entry]] = []
    faq_files = sorted((knowledge_dir / "faq").glob("*.yaml"))
    if not faq_files:
        problems.append(Problem(_rel(knowledge_dir / "faq", knowledge_dir), None, "нет файлов FAQ"))
    for path in faq_files:
        file = _rel(path, knowledge_dir)
        data = _read_yaml(path, knowledge_dir, problems)
        if data is None:
            continue
        try:
            faq = FaqFile.model_validate(data)
        except ValidationError as exc:
            problems.extend(_pydantic_problems(exc, file, None))
            continue
        if faq.source not in sources:
            problems.append(Problem(file, None, f"неизвестный источник «{faq.source}» (нет в seeds/)"))
            continue
        if not faq.entries:
            problems.append(Problem(file, None, "в файле нет ни одной записи"))
        for index, raw in enumerate(faq.entries):
            entry_id = str(raw.get("id") or f"#{index + 1}")
            try:
                entry = Entry.model_validate({**raw, "source": faq.source})
            except ValidationError as exc:
                problems.extend(_pydantic_problems(exc, file, entry_id))
                continue
            loaded.append((file, entry))
    return loaded


def _check_entries(
    loaded: list[tuple[str, Entry]], sources: dict[str, Source], problems: list[Problem]
) -> None:
    seen_ids: dict[str, str] = {}
    seen_questions: dict[str, str] = {}
    collapsed = {sid: collapse_ws(src.text) for sid, src in sources.items()}
    for file, entry in loaded:
        if entry.id in seen_ids:
            problems.append(Problem(file, entry.id, f"id повторяется (уже есть в {seen_ids[entry.id]})"))
        seen_ids.setdefault(entry.id, file)
        for question in entry.questions:
            key = fold(collapse_ws(question))
            owner = seen_questions.get(key)
            if owner is None:
                seen_questions[key] = entry.id
            elif owner == entry.id:
                problems.append(Problem(file, entry.id, f"вопрос «{question}» повторяется в записи"))
            else:
                problems.append(Problem(file, entry.id, f"вопрос «{question}» уже есть у {owner}"))
        for quote in entry.quotes:
            if not _quoted_verbatim(collapse_ws(quote), collapsed[entry.source]):
                problems.append(Problem(file, entry.id, f"цитаты нет в источнике дословно: «{quote}»"))
            if len(quote) > MAX_QUOTE_CHARS:
                problems.append(Problem(file, entry.id, f"цитата длиннее {MAX_QUOTE_CHARS} символов"))
    for file, entry in loaded:
        for related in entry.related:
            if related not in seen_ids:
                problems.append(Problem(file, entry.id, f"related: нет записи с id «{related}»"))
            elif related == entry.id:
                problems.append(Problem(file, entry.id, "related: запись ссылается на себя"))


def _load_model(path: Path, root: Path, model: type[_M], problems: list[Problem]) -> _M | None:
    data = _read_yaml(path, root, problems)
    if data is None:
        return None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems.extend(_pydantic_problems(exc, _rel(path, root), None))
        return None


def load_knowledge_base(knowledge_dir: Path, seeds_dir: Path) -> KnowledgeBase:
    """Load and validate everything; raise KnowledgeBaseError listing every problem found."""
    problems: list[Problem] = []
    sources = load_sources(seeds_dir, problems)
    loaded = _load_entries(knowledge_dir, sources, problems)
    _check_entries(loaded, sources, problems)
    synonyms = _load_model(knowledge_dir / "synonyms.yaml", knowledge_dir, SynonymsFile, problems)
    smalltalk = _load_model(knowledge_dir / "smalltalk.yaml", knowledge_dir, SmalltalkFile, problems)
    replies = _load_model(knowledge_dir / "replies.yaml", knowledge_dir, RepliesFile, problems)
    if problems:
        raise KnowledgeBaseError(problems)
    assert synonyms is not None
    assert smalltalk is not None
    assert replies is not None
    return KnowledgeBase(
        sources=sources,
        entries=tuple(entry for _, entry in loaded),
        synonyms=synonyms,
        smalltalk=smalltalk.intents,
        replies=replies,
    )


_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+|\n+")


def source_sentences(text: str) -> list[str]:
    return [collapse_ws(part) for part in _SENTENCE_END.split(text) if collapse_ws(part)]


def uncovered_sentences(kb: KnowledgeBase) -> list[tuple[str, str]]:
    """(source id, sentence) pairs that no quote overlaps: the coverage report for curators."""
    out = []
    for source_id, source in kb.sources.items():
        quotes = [collapse_ws(q) for e in kb.entries if e.source == source_id for q in e.quotes]
        for sentence in source_sentences(source.text):
            if not any(q in sentence or sentence in q for q in quotes):
                out.append((source_id, sentence))
    return out
