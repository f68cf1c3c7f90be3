"""The rulebook of the knowledge base: everything `kb check` demands, in one place.

The loader (`bot.qa.kb`) rejects what the bot cannot serve (schema, verbatim quotes, ids). On top of it:
- always: an answer's numbers and dates are in its quotes or its sources' metadata; a translation
  holds no number or name the Russian answer lacks;
- with `--strict`, the curator's stricter rules: enough paraphrases, one or two quotes, every source
  sentence quoted, whole-sentence quotes, translations present, no question repeated up to ё and
  punctuation, and every question leads to its own entry or at least offers it.
Drafts (`status: draft`) get only the loader's checks; they are listed, never served.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from bot.curator.sentences import shared_morph
from bot.qa.kb import (
    Checked,
    Entry,
    KnowledgeBase,
    Loaded,
    Problem,
    check_knowledge_base,
    collapse_ws,
    source_sentences,
    uncovered_sentences,
)

if TYPE_CHECKING:
    from bot.qa.engine import Engine

MIN_QUESTIONS = 6
MAX_QUOTES = 2
MIN_TRANSLATED_QUESTIONS = 3
TRANSLATION_LANGS: tuple[Literal["kk", "en"], ...] = ("kk", "en")
_NUMBER = re.compile(r"\d+")
_MONTHS = (
    "январ",
    "феврал",
    "март",
    "апрел",
    "ма[йя]",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
)
_MONTH_WORD = re.compile(r"\b(" + "|".join(_MONTHS) + r")", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_TRANSLIT = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
        "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
        "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
        "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    }
)  # fmt: skip


_KAZAKH = str.maketrans("әғқңөұүһі", "агкноуухи")


@dataclass
class Report:
    """What `kb check` found: errors (the check fails), drafts and uncovered sentences (listed)."""

    checked: Checked
    strict: bool
    errors: list[Problem] = field(default_factory=list)
    uncovered: list[tuple[str, str]] = field(default_factory=list)

    @property
    def kb(self) -> KnowledgeBase | None:
        return self.checked.kb

    @property
    def drafts(self) -> tuple[Entry, ...]:
        return self.kb.drafts if self.kb else ()

    @property
    def ok(self) -> bool:
        return not self.errors


def run_check(knowledge_dir: Path, seeds_dir: Path, *, strict: bool = False) -> Report:
    """Every rule over the knowledge base in the two folders."""
    checked = check_knowledge_base(knowledge_dir, seeds_dir)
    report = Report(checked, strict, errors=list(checked.problems))
    kb = checked.kb
    if kb is None:
        return report
    served = [item for item in checked.loaded if not item.entry.is_draft]
    report.errors += grounding_problems(kb, served)
    report.errors += translation_problems(served, names_from_sources(kb), strict=strict)
    report.uncovered = uncovered_sentences(kb)
    if strict:
        report.errors += strict_problems(kb, served)
        for source_id, sentence in report.uncovered:
            message = f"предложение не покрыто ни одной цитатой: «{sentence}»"
            line = text_line(kb.sources[source_id].text, sentence)
            report.errors.append(Problem(f"seeds/{source_id}.txt", None, message, line))
    return report


def text_line(text: str, sentence: str) -> int | None:
    """The 1-based line of a source text where the sentence starts."""
    head = sentence[:40]
    for number, line in enumerate(text.splitlines(), 1):
        if head in collapse_ws(line):
            return number
    return None


def _problem(item: Loaded, message: str, *path: int | str) -> Problem:
    return Problem(item.file, item.entry.id, message, item.lines.line("entries", item.index, *path))


def numbers_in(text: str) -> set[int]:
    """The numbers a text states: digits, and the months it names (27 февраля 2026 → 27, 2, 2026)."""
    found = {int(n) for n in _NUMBER.findall(text)}
    for match in _MONTH_WORD.finditer(text):
        stem = match.group(1).casefold()
        found |= {i + 1 for i, pattern in enumerate(_MONTHS) if re.fullmatch(pattern, stem)}
    return found


def _meta_numbers(kb: KnowledgeBase, entry: Entry) -> set[int]:
    out: set[int] = set()
    for source in kb.sources_of(entry):
        date = source.meta.date
        out |= {date.day, date.month, date.year} | numbers_in(source.meta.title)
    return out


def grounding_problems(kb: KnowledgeBase, items: Iterable[Loaded]) -> list[Problem]:
    """An answer's number or date must be in its quotes or in its sources' metadata (title, date)."""
    out = []
    for item in items:
        entry = item.entry
        held = numbers_in(" ".join(entry.quotes)) | _meta_numbers(kb, entry)
        missing = sorted(numbers_in(_digits_only(entry.answer)) - held)
        if missing:
            listed = ", ".join(str(n) for n in missing)
            message = (
                f"в ответе есть число или дата ({listed}), которых нет ни в цитатах, ни в данных источника"
            )
            out.append(_problem(item, message, "answer"))
    return out


def _digits_only(text: str) -> str:
    """The answer's numbers only: month names there count when a number goes with them (a date)."""
    return text if _NUMBER.search(text) else ""


def translation_problems(items: Iterable[Loaded], names: frozenset[str], *, strict: bool) -> list[Problem]:
    """Translations say only what the Russian answer says (no number, date or name of the sources that
    it lacks); with `strict`, each exists in full."""
    out = []
    for item in items:
        entry = item.entry
        russian_numbers = numbers_in(entry.answer)
        for lang in TRANSLATION_LANGS:
            translation = entry.translations.get(lang)
            if translation is None:
                if strict:
                    out.append(_problem(item, f"нет перевода на {_LANG_RU[lang]} (translations.{lang})"))
                continue
            where = ("translations", lang)
            if strict and len(translation.questions) < MIN_TRANSLATED_QUESTIONS:
                message = (
                    f"перевод на {_LANG_RU[lang]}: нужно не меньше {MIN_TRANSLATED_QUESTIONS} вопросов "
                    f"(сейчас {len(translation.questions)})"
                )
                out.append(_problem(item, message, *where, "questions"))
            extra = sorted(numbers_in(translation.answer) - russian_numbers)
            if extra:
                listed = ", ".join(str(n) for n in extra)
                message = (
                    f"в переводе на {_LANG_RU[lang]} есть число или дата ({listed}), "
                    "которых нет в русском ответе"
                )
                out.append(_problem(item, message, *where, "answer"))
            for name in _names_in(translation.answer, lang, names):
                if not _mentions(entry.answer, name):
                    message = (
                        f"в переводе на {_LANG_RU[lang]} упомянуто имя «{name.title()}…», "
                        "которого нет в русском ответе"
                    )
                    out.append(_problem(item, message, *where, "answer"))
    return out


_LANG_RU = {"kk": "казахский", "en": "английский"}


def _stem(word: str) -> str:
    word = word.casefold().replace("ё", "е")
    return word[: max(4, len(word) - 2)]


def _names_in(text: str, lang: str, names: frozenset[str]) -> list[str]:
    """Proper names of the sources (by stem) that the translation mentions: Kazakh letters read as their
    Russian neighbours, English compared with a transliteration, both on the first four letters."""
    words = [w.casefold().translate(_KAZAKH) for w in _WORD.findall(text) if w[:1].isupper()]
    found = []
    for stem in sorted(names):
        form = (stem.translate(_TRANSLIT) if lang == "en" else stem)[:4]
        if any(word.startswith(form) for word in words):
            found.append(stem)
    return found


def _mentions(russian: str, stem: str) -> bool:
    return any(word.casefold().replace("ё", "е").startswith(stem) for word in _WORD.findall(russian))


_NAME_TAGS = frozenset({"Name", "Surn", "Patr", "Geox"})


def names_from_sources(kb: KnowledgeBase) -> frozenset[str]:
    """Stems of the names (Name, Surn, Patr, Geox tags) in the sources, for the translation check."""
    morph = shared_morph()
    words = {
        word for source in kb.sources.values() for word in _WORD.findall(source.text) if word[:1].isupper()
    }
    stems = set()
    for word in words:
        if len(word) < 4:
            continue
        parse = morph.parse(word)[0]
        if _NAME_TAGS & parse.tag.grammemes:
            stems.add(_stem(parse.normal_form))
    return frozenset(stems)


def strict_problems(kb: KnowledgeBase, items: list[Loaded]) -> list[Problem]:
    """The curator's stricter rules, for every served entry."""
    out = []
    owners: dict[str, str] = {}
    spans = {sid: _sentence_bounds(source.text) for sid, source in kb.sources.items()}
    for item in items:
        entry = item.entry
        if len(entry.questions) < MIN_QUESTIONS:
            message = f"нужно не меньше {MIN_QUESTIONS} формулировок вопроса (сейчас {len(entry.questions)})"
            out.append(_problem(item, message, "questions"))
        if len(entry.quotes) > MAX_QUOTES:
            message = f"не больше {MAX_QUOTES} цитат на запись (сейчас {len(entry.quotes)}): разделите запись"
            out.append(_problem(item, message, "quotes"))
        for number, (quote, source_id) in enumerate(entry.quote_pairs()):
            collapsed, starts, ends = spans[source_id]
            if not _whole_sentences(collapse_ws(quote), collapsed, starts, ends):
                message = f"цитата должна состоять из целых предложений: «{quote}»"
                out.append(_problem(item, message, "quotes", number))
        for number, question in enumerate(entry.questions):
            key = collapse_ws(re.sub(r"[^\w\s-]", " ", question.casefold().replace("ё", "е")))
            owner = owners.setdefault(key, entry.id)
            if owner != entry.id:
                message = f"вопрос «{question}» почти совпадает с вопросом записи {owner}"
                out.append(_problem(item, message, "questions", number))
    return out


def _sentence_bounds(text: str) -> tuple[str, set[int], set[int]]:
    collapsed = collapse_ws(text)
    starts, ends, pos = set(), set(), 0
    for sentence in source_sentences(text):
        at = collapsed.find(sentence, pos)
        if at < 0:
            continue
        starts.add(at)
        ends.add(at + len(sentence))
        pos = at + len(sentence)
    return collapsed, starts, ends


def _whole_sentences(quote: str, collapsed: str, starts: set[int], ends: set[int]) -> bool:
    at = collapsed.find(quote)
    while at >= 0:
        if at in starts and at + len(quote) in ends:
            return True
        at = collapsed.find(quote, at + 1)
    return False


def lost_question_problems(engine: Engine, items: Iterable[Loaded]) -> list[Problem]:
    """A question typed exactly as an entry lists it must lead to that entry, or at least offer it:
    otherwise the curator should reword it (the engine reads it as another entry's)."""
    out = []
    for item in items:
        for number, question in enumerate(item.entry.questions):
            reply = engine.answer(question)
            if reply.entry_id == item.entry.id:
                continue
            if item.entry.id in {s.entry_id for s in reply.suggestions}:
                continue
            got = f"к записи {reply.entry_id}" if reply.entry_id else "к отказу"
            message = (
                f"вопрос «{question}» ведёт {got}, а эту запись даже не предлагает: переформулируйте его"
            )
            out.append(_problem(item, message, "questions", number))
    return out
