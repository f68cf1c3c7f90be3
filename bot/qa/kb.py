"""Loading and validating the knowledge base: sources, FAQ entries, synonyms, small talk.

Every problem a curator can make is collected as a `Problem` (file, entry id, message) instead of
raising at the first one, so `bot kb check` can list them all at once.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path
from typing import Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from bot.qa.kb_messages import LineMap, hint, pydantic_messages, yaml_message
from bot.qa.memory import paused_gc
from bot.qa.models import Lang, Quote, SourceRef
from bot.qa.text import fold
from bot.textfit import collapse_ws as collapse_ws  # noqa: PLC0414 - re-exported for its callers

# libyaml's C loader reads a large knowledge base ten times faster; the pure-Python one where it is missing.
try:
    from yaml import CSafeLoader as _YamlLoader
except ImportError:  # PyYAML built without libyaml
    from yaml import SafeLoader as _YamlLoader  # type: ignore[assignment]

QuestionKind = Literal[
    "who",
    "whom",
    "who_is",
    "reason",
    "effect",
    "when",
    "since",
    "duration",
    "where",
    "format",
    "how_many",
    "names",
    "items",
    "others",
    "besides",
    "said",
    "who_said",
    "objection",
    "asked",
    "replied",
    "condition",
    "who_does",
]
# Asked together, «who» and «said» ask who said something: an entry attributing what it states to
# someone («По словам участников…») answers that (kind `who_said`), though not «who» alone («Кто
# будет укреплять правосознание?» is no question about who said so).
WHO_SAID: frozenset[str] = frozenset({"who", "said"})
# «Кого вовлекать?», "whom": who is asked as the one acted on (kind `whom` beside `who`); an entry
# whose «who» is only that («whom»: whom to involve) does not tell who acts («Кто будет вовлекать?»),
# though it tells whose words it reports («Кто говорил о вовлечении общества?», with kind `said`)
WHO_KINDS: frozenset[str] = frozenset({"who", "whom"})
# «Кто будет защищать законные интересы населения?»: an entry telling which body does what it states
# (the law enforcement bodies' service model protects the population's interests) answers who does
# that (kind `who_does`), but only for an act it states (Engine._does_what_asked): not who proposed it
# or spoke of it, nor «who» asked together with «said» or «whom»
WHO_DOES = "who_does"
# «в каком формате прошёл круглый стол?», "in what format": asks what the event was held as, which
# an entry telling what it was answers (a round table, a platform for an exchange of views)
FORMAT_KIND = "format"
# «Что, кроме анализа больших данных, относится к цифровым решениям?»: the others beside a thing the
# question leaves out (kind `besides` beside `others`, reading.scope.without_excluded), which an
# entry listing that thing with others (kind `besides`) tells, as one telling the others does.
# Without a thing left out («Какие ещё цифровые решения…?») the others are beyond what it lists
BESIDES = "besides"
# «Какие ещё направления, помимо перечисленных?»: a question asking beyond the list the documents give
# (reading.scope.beyond_the_list), a kind no entry answers: they name only what they list
BEYOND_LIST = "beyond_list"
# «Не слишком ли жёстко?», "too harsh": whether a thing goes too far (reading.frames.excess_weighed),
# a judgement no entry makes: a kind none answers
EXCESS = "excess"
# «по шагам», "step by step": the steps of a course in their order (reading.frames.steps_asked), which
# no entry gives: a kind none answers
STEPS = "steps"
MAX_QUOTE_CHARS = 400
# Telegram's callback data holds at most 64 bytes, and the longest button (a vote, `f:<id>:-1`) adds
# 5 to the entry id; the rest is a margin for future buttons.
MAX_ENTRY_ID_CHARS = 48
_M = TypeVar("_M", bound=BaseModel)


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
    """One answer with the questions it answers. A quote is written either as a plain string (from the
    FAQ file's source) or as `{text: ..., source: other_id}`; `quotes` keeps the texts and
    `quote_sources` the source of each, so `KnowledgeBase.quotes_of` can name every quote's document."""

    id: str = Field(pattern=r"^[a-z0-9_]+$", max_length=MAX_ENTRY_ID_CHARS)
    topic: str = Field(min_length=1)
    question_kinds: frozenset[QuestionKind] = frozenset()
    questions: tuple[str, ...] = Field(min_length=1)
    answer: str = Field(min_length=1)
    quotes: tuple[str, ...] = Field(min_length=1, max_length=3)
    quote_sources: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    source: str = ""
    status: Literal["draft"] | None = None
    translations: dict[Literal["kk", "en"], EntryTranslation] = {}

    def answers_kinds(self, kinds: frozenset[str]) -> bool:
        """Whether the entry answers every kind of question asked (see WHO_SAID, WHO_KINDS, BESIDES,
        WHO_DOES)."""
        if WHO_DOES in self.question_kinds and "who" in kinds and kinds.isdisjoint({"whom", "said"}):
            kinds = kinds - {"who"}
        if BESIDES in kinds:
            kinds = kinds - {BESIDES, "others"} if BESIDES in self.question_kinds else kinds - {BESIDES}
        if "whom" in kinds:
            if not WHO_KINDS & self.question_kinds:
                return False
            kinds = kinds - WHO_KINDS
        elif "whom" in self.question_kinds and kinds >= WHO_SAID:
            kinds = kinds - {"who"}
        if "who_said" in self.question_kinds and kinds >= WHO_SAID:
            return kinds <= self.question_kinds | {"who"}
        return kinds <= self.question_kinds

    @model_validator(mode="before")
    @classmethod
    def _split_quotes(cls, data: object) -> object:
        if not isinstance(data, dict) or not isinstance(data.get("quotes"), list):
            return data
        texts: list[object] = []
        sources: list[object] = []
        for item in data["quotes"]:
            if isinstance(item, dict) and "text" in item and set(item) <= {"text", "source"}:
                texts.append(item["text"])
                sources.append(item.get("source") or data.get("source", ""))
            else:
                texts.append(item)
                sources.append(data.get("source", ""))
        return {**data, "quotes": texts, "quote_sources": sources}

    @field_validator("questions", "quotes")
    @classmethod
    def _no_blank_items(cls, items: tuple[str, ...]) -> tuple[str, ...]:
        if any(not item.strip() for item in items):
            raise ValueError("пустой элемент в списке")
        return tuple(item.strip() for item in items)

    @property
    def canonical_question(self) -> str:
        return self.questions[0]

    @property
    def is_draft(self) -> bool:
        return self.status == "draft"

    def quote_pairs(self) -> tuple[tuple[str, str], ...]:
        """(quote text, source id) for each quote."""
        sources = self.quote_sources or tuple(repeat(self.source, len(self.quotes)))
        return tuple(zip(self.quotes, sources, strict=True))


# The keys a curator may write, for "did you mean" on a misspelt one.
ENTRY_KEYS = tuple(name for name in Entry.model_fields if name not in {"quote_sources", "source"})
_ENTRY_FIELDS: dict[tuple[str, ...], tuple[str, ...]] = {
    (): ENTRY_KEYS,
    **{("translations", lang): tuple(EntryTranslation.model_fields) for lang in ("kk", "en")},
}


class FaqFile(_Strict):
    source: str
    entries: tuple[dict[str, object], ...]


class SmalltalkIntent(_Strict):
    id: str
    patterns: tuple[str, ...] = Field(min_length=1)
    reply: Localized


class SmalltalkFile(_Strict):
    intents: tuple[SmalltalkIntent, ...]


# The words linking «кто», "which", "anyone"… to a group in a question asking which member of it.
MEMBER_LINKS = frozenset({"из", "от", "среди", "of", "from", "among"})


class MemberOf(_Strict):
    """A person or body the documents name who is one of a larger group they name (the Prosecutor
    General heads the prosecution; the prosecution is among the law-enforcement bodies). Only a
    question asking which member of the group («кто из X», «кто-то от X», "which of the X") is
    answered from an entry about the member; «Кто руководит X?» is not."""

    member: str
    # the phrases naming the group, as the question says them (not every synonym of it: police
    # are law enforcement, and the prosecution is no police)
    of: tuple[str, ...] = Field(min_length=1)
    # the words linking the asking word to the group for which this holds («от», "from": someone from
    # the President is from his office; «кто из руководителей государства» asks which of them); none:
    # every linking word
    via: tuple[str, ...] = ()


class Sphere(_Strict):
    """A sphere the documents speak of (the legal sphere) and the bodies working in it: what is
    said of the sphere is said of them, for a question whether something is there."""

    sphere: str
    bodies: tuple[str, ...] = Field(min_length=1)


class Opposite(_Strict):
    """A claim's word and the documents' word for its opposite: a checked claim («Правда ли, что
    изменения назвали консервативными?») is asked with theirs, so the entry saying what they say
    on it answers (bot/qa/reading/claims.py, claim_opposed)."""

    claimed: str = Field(min_length=1)
    documents: str = Field(min_length=1)


class Contrast(_Strict):
    """A word a question may weigh against the documents' own («наказание» against their
    «профилактика», «разрыв» against their «продолжение»): a question contrasting the two («…или
    их предупреждением?», «…отличается от простого наказания?») asks of the documents' side, which
    they tell though they never name the other (bot/qa/declines.py, _contrasted)."""

    word: str = Field(min_length=1)
    documents: str = Field(min_length=1)


class SynonymsFile(_Strict):
    groups: tuple[tuple[str, ...], ...] = ()
    question_words: dict[QuestionKind, tuple[str, ...]] = {}
    stopwords: tuple[str, ...] = ()
    # People and institutions the documents name: a question about one of them is answered only
    # from an entry about it (the engine's subject check).
    subjects: tuple[str, ...] = ()
    # Who is one of which group (MemberOf): both a subject or a synonym of one.
    members: tuple[MemberOf, ...] = ()
    # Which bodies work in which sphere (Sphere): the bodies subjects or synonyms of one.
    spheres: tuple[Sphere, ...] = ()
    # A claim's word -> the documents' word for its opposite (Opposite), read only in checked claims.
    opposites: tuple[Opposite, ...] = ()
    # A word a question may weigh against the documents' own (Contrast): not a claim's opposite.
    contrasts: tuple[Contrast, ...] = ()


class RepliesFile(_Strict):
    """The engine's own words, for replies that come from no entry."""

    off_topic: Localized
    not_found: Localized
    not_found_nearby: Localized
    not_in_document: Localized
    clarify: Localized
    long_question: Localized
    partial_question: Localized


@dataclass(frozen=True)
class Problem:
    """One thing a curator must fix: where (file, line where known, entry id) and what, in Russian."""

    file: str
    entry_id: str | None
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = self.file + (f":{self.line}" if self.line else "")
        where += f" [{self.entry_id}]" if self.entry_id else ""
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class KnowledgeBase:
    sources: dict[str, Source]
    entries: tuple[Entry, ...]
    synonyms: SynonymsFile
    smalltalk: tuple[SmalltalkIntent, ...]
    replies: RepliesFile
    # Entries marked `status: draft`: checked, listed by `kb check`, never served.
    drafts: tuple[Entry, ...] = ()
    by_id: dict[str, Entry] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_id.update({entry.id: entry for entry in self.entries})

    def source_of(self, entry: Entry) -> Source:
        """The source of the entry's FAQ file (its quotes may also come from others: `quotes_of`)."""
        return self.sources[entry.source]

    def sources_of(self, entry: Entry) -> tuple[Source, ...]:
        """Every source the entry quotes, in the order of its quotes."""
        ids = dict.fromkeys(source_id for _, source_id in entry.quote_pairs())
        return tuple(self.sources[source_id] for source_id in ids)

    def quotes_of(self, entry: Entry) -> tuple[Quote, ...]:
        """The entry's quotes, each with the document it comes from."""
        return tuple(Quote(text=text, source=self.sources[sid].ref) for text, sid in entry.quote_pairs())


class KnowledgeBaseError(Exception):
    """The knowledge base cannot be used; `problems` lists everything that is wrong."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(report(problems))


def report(problems: Iterable[Problem]) -> str:
    return "\n".join(str(problem) for problem in problems)


def _read_yaml(path: Path, root: Path, problems: list[Problem]) -> object | None:
    file = _rel(path, root)
    try:
        text = path.read_text(encoding="utf-8")
        data: object = yaml.load(text, Loader=_YamlLoader)
    except FileNotFoundError:
        problems.append(Problem(file, None, "файл не найден"))
    except UnicodeDecodeError:
        problems.append(Problem(file, None, "файл не в кодировке UTF-8 — сохраните его в UTF-8"))
    except OSError as exc:
        problems.append(Problem(file, None, f"не удалось прочитать файл: {exc.strerror or exc}"))
    except yaml.YAMLError as exc:
        line, message = yaml_message(exc, text)
        problems.append(Problem(file, None, message, line))
    else:
        if data is not None:
            return data
        problems.append(Problem(file, None, "файл пуст"))
    return None


def _rel(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root.parent))
    except ValueError:
        return str(path)


def _pydantic_problems(
    exc: ValidationError,
    file: str,
    entry_id: str | None,
    *,
    lines: LineMap | None = None,
    prefix: tuple[int | str, ...] = (),
    fields: dict[tuple[str, ...], tuple[str, ...]] | None = None,
) -> list[Problem]:
    out = []
    for loc, message in pydantic_messages(exc, fields or {}):
        line = lines.line(*prefix, *loc) if lines else None
        out.append(Problem(file, entry_id, message, line))
    return out


def _model_fields(model: type[BaseModel]) -> dict[tuple[str, ...], tuple[str, ...]]:
    return {(): tuple(model.model_fields)}


def load_sources(
    seeds_dir: Path, problems: list[Problem], broken: set[str] | None = None
) -> dict[str, Source]:
    """The sources in `seeds_dir`; the ids (and file stems) of those that failed go into `broken`."""
    sources: dict[str, Source] = {}
    broken = set() if broken is None else broken
    for meta_path in sorted(seeds_dir.glob("*.yaml")):
        file = _rel(meta_path, seeds_dir)
        data = _read_yaml(meta_path, seeds_dir, problems)
        raw_id = data.get("id") if isinstance(data, dict) else None
        broken.update({meta_path.stem, str(raw_id)})
        if data is None:
            continue
        try:
            meta = SourceMeta.model_validate(data)
        except ValidationError as exc:
            fields = _model_fields(SourceMeta)
            problems.extend(_pydantic_problems(exc, file, None, lines=LineMap(meta_path), fields=fields))
            continue
        text_path = meta_path.with_suffix(".txt")
        if not text_path.is_file():
            problems.append(Problem(file, None, f"нет текста источника {text_path.name}"))
            continue
        broken.difference_update({meta_path.stem, meta.id})
        if meta.id in sources:
            problems.append(Problem(file, None, f"источник с id «{meta.id}» уже есть"))
            continue
        sources[meta.id] = Source(meta=meta, text=text_path.read_text(encoding="utf-8"))
    if not sources and not problems:
        problems.append(Problem(str(seeds_dir), None, "нет ни одного источника (*.yaml + *.txt)"))
    return sources


def quoted_verbatim(quote: str, source: str) -> bool:
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


@dataclass(frozen=True)
class Loaded:
    """An entry as read from its file, with where it is (for messages)."""

    file: str
    index: int
    entry: Entry
    lines: LineMap


@dataclass
class _Read:
    loaded: list[Loaded] = field(default_factory=list)
    # Ids of entries that failed validation: already reported, so not "unknown" in others' related.
    broken_ids: set[str] = field(default_factory=set)


def _load_entries(
    knowledge_dir: Path, sources: dict[str, Source], problems: list[Problem], broken_sources: set[str]
) -> _Read:
    read = _Read()
    faq_files = sorted((knowledge_dir / "faq").glob("*.yaml"))
    if not faq_files:
        problems.append(Problem(_rel(knowledge_dir / "faq", knowledge_dir), None, "нет файлов FAQ"))
    for path in faq_files:
        file = _rel(path, knowledge_dir)
        data = _read_yaml(path, knowledge_dir, problems)
        if data is None:
            continue
        lines = LineMap(path)
        try:
            faq = FaqFile.model_validate(data)
        except ValidationError as exc:
            problems.extend(_pydantic_problems(exc, file, None, lines=lines, fields=_model_fields(FaqFile)))
            continue
        if faq.source in broken_sources and faq.source not in sources:
            message = f"записи не проверены: в источнике «{faq.source}» ошибки (см. seeds/)"
            problems.append(Problem(file, None, message, lines.line("source")))
            continue
        if faq.source not in sources:
            message = f"неизвестный источник «{faq.source}» (нет в seeds/){hint(faq.source, sources)}"
            problems.append(Problem(file, None, message, lines.line("source")))
            continue
        if not faq.entries:
            problems.append(Problem(file, None, "в файле нет ни одной записи", lines.line("entries")))
        for index, raw in enumerate(faq.entries):
            entry_id = str(raw.get("id") or f"#{index + 1}")
            try:
                entry = Entry.model_validate({**raw, "source": faq.source})
            except ValidationError as exc:
                read.broken_ids.add(entry_id)
                prefix = ("entries", index)
                problems.extend(
                    _pydantic_problems(exc, file, entry_id, lines=lines, prefix=prefix, fields=_ENTRY_FIELDS)
                )
                continue
            read.loaded.append(Loaded(file, index, entry, lines))
    return read


def _problem(item: Loaded, message: str, *path: int | str) -> Problem:
    return Problem(item.file, item.entry.id, message, item.lines.line("entries", item.index, *path))


def _check_entries(read: _Read, sources: dict[str, Source], problems: list[Problem]) -> None:
    seen_ids: dict[str, Loaded] = {}
    seen_questions: dict[str, str] = {}
    collapsed = {sid: collapse_ws(src.text) for sid, src in sources.items()}
    for item in read.loaded:
        entry = item.entry
        if entry.id in seen_ids:
            problems.append(_problem(item, f"id повторяется (уже есть в {seen_ids[entry.id].file})", "id"))
        seen_ids.setdefault(entry.id, item)
        for number, question in enumerate(entry.questions):
            key = fold(collapse_ws(question))
            owner = seen_questions.get(key)
            if owner is None:
                seen_questions[key] = entry.id
            elif owner == entry.id:
                problems.append(
                    _problem(item, f"вопрос «{question}» повторяется в записи", "questions", number)
                )
            else:
                problems.append(
                    _problem(item, f"вопрос «{question}» уже есть у {owner}", "questions", number)
                )
        for number, (quote, source_id) in enumerate(entry.quote_pairs()):
            if source_id not in sources:
                message = f"цитата ссылается на неизвестный источник «{source_id}»{hint(source_id, sources)}"
                problems.append(_problem(item, message, "quotes", number))
                continue
            if not quoted_verbatim(collapse_ws(quote), collapsed[source_id]):
                where = "" if source_id == entry.source else f" {source_id}"
                message = f"цитаты нет в источнике{where} дословно: «{quote}»"
                problems.append(_problem(item, message, "quotes", number))
            if len(quote) > MAX_QUOTE_CHARS:
                message = f"цитата длиннее {MAX_QUOTE_CHARS} символов ({len(quote)})"
                problems.append(_problem(item, message, "quotes", number))
    _check_related(read, seen_ids, problems)


def _check_related(read: _Read, seen_ids: dict[str, Loaded], problems: list[Problem]) -> None:
    served = {entry_id for entry_id, item in seen_ids.items() if not item.entry.is_draft}
    for item in read.loaded:
        for number, related in enumerate(item.entry.related):
            if related == item.entry.id:
                problems.append(_problem(item, "related: запись ссылается на себя", "related", number))
            elif related in read.broken_ids:
                continue  # the entry itself is reported; "no such id" would mislead
            elif related not in seen_ids:
                guess = hint(related, [*seen_ids, *read.broken_ids])
                message = f"related: нет записи с id «{related}»{guess}"
                problems.append(_problem(item, message, "related", number))
            elif not item.entry.is_draft and related not in served:
                message = f"related: запись «{related}» — черновик, её не покажут (уберите ссылку)"
                problems.append(_problem(item, message, "related", number))


def _load_model(path: Path, root: Path, model: type[_M], problems: list[Problem]) -> _M | None:
    data = _read_yaml(path, root, problems)
    if data is None:
        return None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        file = _rel(path, root)
        problems.extend(_pydantic_problems(exc, file, None, lines=LineMap(path), fields=_model_fields(model)))
        return None


def _subject_lookup(synonyms: SynonymsFile) -> Callable[[str], str | None]:
    """The subject a phrase names (itself or through its synonym group), None if it names none."""
    canonical = {phrase: group[0] for group in synonyms.groups for phrase in group}
    subjects = set(synonyms.subjects)

    def subject_of(phrase: str) -> str | None:
        name = canonical.get(phrase, phrase)
        return name if name in subjects else None

    return subject_of


def _member_problems(synonyms: SynonymsFile, file: str) -> list[Problem]:
    """`members`: each member and each phrase naming its group is a subject or a synonym of one;
    a member is not its own group, and no chain of groups leads back to where it started."""
    subject_of = _subject_lookup(synonyms)
    problems = []
    wholes: dict[str, set[str]] = {}
    for relation in synonyms.members:
        member = subject_of(relation.member)
        if member is None:
            message = f"members: «{relation.member}» — не субъект (нет в subjects)"
            problems.append(Problem(file, None, message))
        for phrase in relation.of:
            whole = subject_of(phrase)
            if whole is None:
                message = f"members: «{phrase}» (группа «{relation.member}») — не субъект и не его синоним"
                problems.append(Problem(file, None, message))
            elif whole == member:
                problems.append(Problem(file, None, f"members: «{relation.member}» — член самого себя"))
            elif member is not None:
                wholes.setdefault(member, set()).add(whole)
        for link in relation.via:
            if link not in MEMBER_LINKS:
                known = ", ".join(sorted(MEMBER_LINKS))
                problems.append(Problem(file, None, f"members: связка «{link}» не из {known}"))
    for start in sorted(wholes):
        seen, todo = set(), list(wholes[start])
        while todo:
            whole = todo.pop()
            if whole == start:
                message = f"members: «{start}» входит в группу, в которую входит сам"
                problems.append(Problem(file, None, message))
                break
            if whole not in seen:
                seen.add(whole)
                todo.extend(wholes.get(whole, ()))
    return problems


def _sphere_problems(synonyms: SynonymsFile, file: str) -> list[Problem]:
    """`spheres`: each body is a subject or a synonym of one."""
    subject_of = _subject_lookup(synonyms)
    return [
        Problem(file, None, f"spheres: «{body}» — не субъект и не его синоним")
        for item in synonyms.spheres
        for body in item.bodies
        if subject_of(body) is None
    ]


@dataclass(frozen=True)
class Checked:
    """What `check_knowledge_base` found: the knowledge base (None if unusable), its entries with their
    places, and every problem."""

    kb: KnowledgeBase | None
    loaded: tuple[Loaded, ...]
    problems: tuple[Problem, ...]


def check_knowledge_base(knowledge_dir: Path, seeds_dir: Path) -> Checked:
    """Load and validate everything, collecting every problem instead of stopping at the first."""
    with paused_gc():  # millions of objects that all stay alive (bot/qa/memory.py)
        return _check_knowledge_base(knowledge_dir, seeds_dir)


def _check_knowledge_base(knowledge_dir: Path, seeds_dir: Path) -> Checked:
    problems: list[Problem] = []
    broken_sources: set[str] = set()
    sources = load_sources(seeds_dir, problems, broken_sources)
    read = _load_entries(knowledge_dir, sources, problems, broken_sources)
    _check_entries(read, sources, problems)
    synonyms = _load_model(knowledge_dir / "synonyms.yaml", knowledge_dir, SynonymsFile, problems)
    if synonyms is not None:
        file = _rel(knowledge_dir / "synonyms.yaml", knowledge_dir)
        problems.extend(_member_problems(synonyms, file))
        problems.extend(_sphere_problems(synonyms, file))
    smalltalk = _load_model(knowledge_dir / "smalltalk.yaml", knowledge_dir, SmalltalkFile, problems)
    replies = _load_model(knowledge_dir / "replies.yaml", knowledge_dir, RepliesFile, problems)
    kb = None
    if not problems and synonyms is not None and smalltalk is not None and replies is not None:
        entries = [item.entry for item in read.loaded]
        kb = KnowledgeBase(
            sources=sources,
            entries=tuple(entry for entry in entries if not entry.is_draft),
            synonyms=synonyms,
            smalltalk=smalltalk.intents,
            replies=replies,
            drafts=tuple(entry for entry in entries if entry.is_draft),
        )
    return Checked(kb, tuple(read.loaded), tuple(problems))


def load_knowledge_base(knowledge_dir: Path, seeds_dir: Path) -> KnowledgeBase:
    """Load and validate everything; raise KnowledgeBaseError listing every problem found.

    Entries marked `status: draft` are validated but not served (they are in `KnowledgeBase.drafts`).
    """
    checked = check_knowledge_base(knowledge_dir, seeds_dir)
    if checked.kb is None:
        raise KnowledgeBaseError(list(checked.problems) or [Problem(str(knowledge_dir), None, "нет данных")])
    return checked.kb


_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+|\n+")


def source_sentences(text: str) -> list[str]:
    return [collapse_ws(part) for part in _SENTENCE_END.split(text) if collapse_ws(part)]


def uncovered_sentences(kb: KnowledgeBase) -> list[tuple[str, str]]:
    """(source id, sentence) pairs that no quote overlaps: the coverage report for curators."""
    quoted: dict[str, list[str]] = {}
    for entry in (*kb.entries, *kb.drafts):
        for text, quote_source in entry.quote_pairs():
            quoted.setdefault(quote_source, []).append(collapse_ws(text))
    out = []
    for source_id, source in kb.sources.items():
        quotes = quoted.get(source_id, [])
        for sentence in source_sentences(source.text):
            if not any(q in sentence or sentence in q for q in quotes):
                out.append((source_id, sentence))
    return out
