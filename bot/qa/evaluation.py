"""Evaluation on labelled question rows (`q`, `cat`, `keys`), beside a naive baseline matcher."""

from __future__ import annotations

import copy
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ValidationError
from rapidfuzz import fuzz, process, utils

from bot.qa.kb import KnowledgeBase, collapse_ws
from bot.qa.models import Reply
from bot.qa.semantic import SemanticIndex
from bot.russian import count

IN_SCOPE = ("ru", "noisy", "translit", "layout", "kk", "en")
DECLINE = ("oos", "off")
CHAT = ("chat",)
CATEGORY_NAMES = {
    "ru": "по теме, литературный русский",
    "noisy": "опечатки и разговорные",
    "translit": "транслит",
    "layout": "не та раскладка",
    "kk": "казахский",
    "en": "английский",
    "oos": "по теме, но нет в документе (отказ)",
    "off": "не по теме (отказ)",
    "chat": "small talk",
}


class EvalRow(BaseModel):
    q: str
    cat: str
    keys: list[str] = []


class EvalFileError(Exception):
    pass


def load_rows(path: Path) -> list[EvalRow]:
    rows = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise EvalFileError(f"{path}: не удалось прочитать файл ({exc.strerror})") from exc
    except UnicodeDecodeError as exc:
        raise EvalFileError(f"{path}: файл не в кодировке UTF-8") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}: строка должна быть JSON-объектом с полями q, cat, keys"
        try:
            rows.append(EvalRow.model_validate(json.loads(line)))
        except json.JSONDecodeError as exc:
            raise EvalFileError(f"{where} (это не JSON: {exc.msg})") from exc
        except ValidationError as exc:
            first = exc.errors()[0]
            field = ".".join(str(part) for part in first["loc"]) or "строка"
            raise EvalFileError(f"{where} (поле {field}: {first['msg']})") from exc
    return rows


def is_correct(row: EvalRow, reply: Reply, kb: KnowledgeBase | None = None) -> bool:
    """Declines where a decline is due; else the answer (or, given `kb`, the chosen entry's
    Russian answer, for replies in Kazakh or English), its quotes or their source line (title and
    date, which the user sees under the quotes) contain a key phrase."""
    if row.cat in DECLINE:
        return reply.kind != "answer"
    if row.cat in CHAT:
        return reply.kind in ("smalltalk", "none")
    if reply.kind != "answer":
        return False
    # what the user sees: the answer, its quotes and their source line («title», date)
    sources = {q.source.id: q.source for q in reply.quotes}.values()
    texts = [
        reply.answer,
        *(q.text for q in reply.quotes),
        *(f"«{s.title}», {s.date:%d.%m.%Y} {s.date.isoformat()}" for s in sources),
    ]
    if kb is not None and reply.entry_id in kb.by_id:
        texts.append(kb.by_id[reply.entry_id].answer)
    haystack = collapse_ws(" ".join(texts)).casefold()
    return any(collapse_ws(key).casefold() in haystack for key in row.keys)


@dataclass
class EvalResult:
    name: str
    total: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    correct: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    declined: int = 0
    declined_in_scope: int = 0
    # Kazakh and English questions: how many, and how many got a reply in their own language
    lang_total: int = 0
    lang_right: int = 0
    failures: list[tuple[EvalRow, Reply]] = field(default_factory=list)
    # wrong answers whose entry lacks a subject word of the question: (row, reply, the words)
    unsupported: list[tuple[EvalRow, Reply, tuple[str, ...]]] = field(default_factory=list)

    @property
    def lang_accuracy(self) -> float | None:
        return 100.0 * self.lang_right / self.lang_total if self.lang_total else None

    @property
    def rows(self) -> int:
        return sum(self.total.values())

    def accuracy(self, cats: Iterable[str] | None = None) -> float:
        cats = list(cats) if cats is not None else list(self.total)
        total = sum(self.total[c] for c in cats)
        return 100.0 * sum(self.correct[c] for c in cats) / total if total else 0.0


# (question, entry id) -> the question's subject words the entry does not hold (Engine.missing_subject)
SubjectGap = Callable[[str, str], tuple[str, ...]]


def evaluate(
    name: str,
    rows: Sequence[EvalRow],
    ask: Callable[[str], Reply],
    kb: KnowledgeBase | None = None,
    subject_gap: SubjectGap | None = None,
) -> EvalResult:
    """Every row asked once; given `subject_gap`, wrong answers are also checked for the worst
    kind of mistake: an entry that lacks what the question is about."""
    result = EvalResult(name)
    for row in rows:
        reply = ask(row.q)
        result.total[row.cat] += 1
        if row.cat in ("kk", "en"):
            result.lang_total += 1
            result.lang_right += reply.lang == row.cat
        if reply.kind == "none":
            result.declined += 1
            result.declined_in_scope += row.cat in IN_SCOPE
        if is_correct(row, reply, kb):
            result.correct[row.cat] += 1
            continue
        result.failures.append((row, reply))
        if subject_gap is not None and reply.kind == "answer" and reply.entry_id:
            missing = subject_gap(row.q, reply.entry_id)
            if missing:
                result.unsupported.append((row, reply, missing))
    return result


class BaselineMatcher:
    """The naive matcher to beat: rapidfuzz WRatio against every knowledge-base question."""

    def __init__(self, kb: KnowledgeBase, threshold: float = 0.0) -> None:
        self.kb = kb
        self.threshold = threshold
        self._choices = [(q, e) for e in kb.entries for q in e.questions]
        self._texts = [utils.default_process(q) for q, _ in self._choices]

    def best(self, question: str) -> tuple[float, int]:
        found = process.extractOne(utils.default_process(question), self._texts, scorer=fuzz.WRatio)
        return (found[1], found[2]) if found else (0.0, -1)

    def answer(self, question: str) -> Reply:
        return self._reply(question, self.threshold)

    def _reply(self, question: str, threshold: float) -> Reply:
        score, position = self.best(question)
        if position < 0 or score < threshold:
            return Reply(query=question, kind="none", score=score)
        _, entry = self._choices[position]
        return Reply(
            query=question,
            kind="answer",
            answer=entry.answer,
            quotes=self.kb.quotes_of(entry),
            entry_id=entry.id,
            score=score,
        )

    def tuned(self, rows: Sequence[EvalRow]) -> BaselineMatcher:
        """The same matcher with the threshold that scores best on these rows (its best case)."""
        replies = [(row, self._reply(row.q, 0.0)) for row in rows]
        best_threshold, best_correct = 0.0, -1
        for threshold in range(0, 101):
            correct = sum(
                is_correct(
                    row, reply if reply.score >= threshold else reply.model_copy(update={"kind": "none"})
                )
                for row, reply in replies
            )
            if correct > best_correct:
                best_threshold, best_correct = float(threshold), correct
        tuned = copy.copy(self)
        tuned.threshold = best_threshold
        return tuned


def format_result(result: EvalResult, *, show_failures: bool = True) -> str:
    lines = [f"{result.name}: {questions(result.rows)}, верно {result.accuracy():.1f} %"]
    for cat in sorted(
        result.total, key=lambda c: list(CATEGORY_NAMES).index(c) if c in CATEGORY_NAMES else 99
    ):
        lines.append(
            f"  {cat:9} {result.correct[cat]:3}/{result.total[cat]:<3} {result.accuracy([cat]):6.1f} %"
            f"  {CATEGORY_NAMES.get(cat, '')}"
        )
    in_scope = [c for c in result.total if c in IN_SCOPE]
    declines = [c for c in result.total if c in DECLINE]
    lines.append(
        f"  по теме в целом: {result.accuracy(in_scope):.1f} %; "
        f"отказы там, где нужно: {result.accuracy(declines):.1f} %"
    )
    lines.append(
        f"  доля отказов: {100 * result.declined / max(result.rows, 1):.1f} % всех вопросов; "
        f"ошибочных отказов на вопросы по теме: {result.declined_in_scope}"
    )
    if result.lang_accuracy is not None:
        lines.append(
            f"  ответ на языке вопроса (казахский, английский): {result.lang_right}/{result.lang_total}"
            f" = {result.lang_accuracy:.1f} %"
        )
    lines.append(f"  уверенных ошибочных ответов без предмета вопроса: {len(result.unsupported)}")
    for row, reply, missing in result.unsupported if show_failures else ():
        lines.append(f"    [{row.cat}] {row.q!r} -> {reply.entry_id}: нет {', '.join(missing)}")
    if show_failures and result.failures:
        lines.append("  ошибки:")
        for row, reply in result.failures:
            got = f"{reply.kind} {reply.entry_id or reply.decline or ''} {reply.score:.0f} [{reply.lang}]"
            lines.append(f"    [{row.cat}] {row.q!r} -> {got}")
    return "\n".join(lines)


def questions(n: int) -> str:
    """«1 вопрос», «3 вопроса», «53 вопроса», «11 вопросов»."""
    return count(n, "вопрос", "вопроса", "вопросов")


class EmbeddingMatcher:
    """Embeddings alone: the entry with the nearest question (or answer) vector, above a threshold."""

    def __init__(self, kb: KnowledgeBase, semantic: SemanticIndex, threshold: float = 0.0) -> None:
        self.kb = kb
        self.semantic = semantic
        self.threshold = threshold
        self._cache: dict[str, tuple[float, str]] = {}

    def best(self, question: str) -> tuple[float, str]:
        if question not in self._cache:
            scores = self.semantic.scores(question)
            entry_id = max(scores, key=lambda e: scores[e])
            self._cache[question] = (scores[entry_id], entry_id)
        return self._cache[question]

    def answer(self, question: str) -> Reply:
        cosine, entry_id = self.best(question)
        score = max(0.0, min(100.0, 100 * cosine))
        if cosine < self.threshold:
            return Reply(query=question, kind="none", score=score)
        entry = self.kb.by_id[entry_id]
        return Reply(
            query=question, kind="answer", answer=entry.answer, quotes=self.kb.quotes_of(entry),
            entry_id=entry_id, score=score,
        )  # fmt: skip

    def tuned(self, rows: Sequence[EvalRow]) -> EmbeddingMatcher:
        """The threshold (in steps of 0.005) that scores best on these rows: its best case."""
        best_threshold, best_correct = 0.0, -1
        for step in range(140, 201):
            matcher = EmbeddingMatcher(self.kb, self.semantic, step / 200)
            matcher._cache = self._cache
            correct = sum(is_correct(row, matcher.answer(row.q)) for row in rows)
            if correct > best_correct:
                best_threshold, best_correct = step / 200, correct
        tuned = EmbeddingMatcher(self.kb, self.semantic, best_threshold)
        tuned._cache = self._cache
        return tuned
