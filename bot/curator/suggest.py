"""`kb suggest`: the questions the bot could not answer, grouped by meaning, each group with its nearest
entries and a line to paste as a paraphrase, or "needs a new entry".

The analytics database (a SQLite file or PostgreSQL) is only read here, through the analytics' own
data-access layer (bot/analytics/store.py: read_unanswered), within the retention period; a missing
file has no questions, and a locked, corrupt, unreachable or foreign database is one clear line,
never a traceback.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

import yaml
from rapidfuzz import fuzz

from bot.analytics.location import Location, display, driver_problem
from bot.curator.errors import CuratorError
from bot.curator.sentences import shared_morph
from bot.qa.kb import Entry, KnowledgeBase
from bot.russian import count

# Two questions mean the same when at least half of their lemmas are shared (question words count:
# «где» and «кто» about the same thing are different questions).
SAME_MEANING = 0.5
PARAPHRASE = 60.0  # a group this close to an entry gets a line to paste into its questions
NEAREST = 3
_WORD = re.compile(r"[^\W_]+")
_STOP = frozenset(
    (
        "а",
        "в",
        "во",
        "и",
        "к",
        "ко",
        "на",
        "о",
        "об",
        "от",
        "по",
        "с",
        "со",
        "у",
        "за",
        "из",
        "ли",
        "же",
        "бы",
        "не",
        "ни",
        "это",
        "этот",
        "эта",
        "мне",
        "меня",
        "я",
        "ты",
        "вы",
        "он",
        "она",
        "они",
        "там",
        "тут",
        "так",
        "ещё",
        "уже",
        "был",
        "была",
        "было",
        "были",
        "есть",
        "расскажи",
        "скажи",
        "подскажи",
        "пожалуйста",
        "можно",
    )
)


@dataclass
class Group:
    questions: Counter[str] = field(default_factory=Counter)
    lemmas: str = ""
    nearest: list[tuple[str, float]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.questions.values())

    @property
    def head(self) -> str:
        return self.questions.most_common(1)[0][0]


def lemma_key(text: str) -> str:
    """The content words of a question as lemmas, sorted: what 'the same meaning' is compared on."""
    morph = shared_morph()
    lemmas = {morph.parse(word)[0].normal_form for word in _WORD.findall(text.casefold().replace("ё", "е"))}
    return " ".join(sorted(lemma for lemma in lemmas if lemma not in _STOP))


def read_unanswered(db: Location, retention_days: int) -> Counter[str]:
    """Unanswered question texts with how often each was asked."""
    if problem := driver_problem(db):
        raise CuratorError(problem, code=2)
    from bot.analytics.store import STORE_ERRORS, read_unanswered
    from bot.analytics.writer import describe

    try:
        return read_unanswered(db, retention_days)
    except STORE_ERRORS as exc:
        raise CuratorError(f"не удалось прочитать базу аналитики {display(db)}: {describe(exc)}") from None


def group_questions(asked: Counter[str]) -> list[Group]:
    """Questions of the same meaning together, the most asked group first (greedy, by similarity of
    their lemmas to each group's first question)."""
    groups: list[Group] = []
    for question, n in sorted(asked.items(), key=lambda item: (-item[1], item[0])):
        key = lemma_key(question)
        home = max(groups, key=lambda g: _overlap(key, g.lemmas), default=None)
        if home is not None and key and _overlap(key, home.lemmas) >= SAME_MEANING:
            home.questions[question] += n
        else:
            groups.append(Group(Counter({question: n}), key))
    return sorted(groups, key=lambda g: -g.total)


def _overlap(first: str, second: str) -> float:
    """Jaccard similarity of two lemma keys."""
    a, b = set(first.split()), set(second.split())
    return len(a & b) / len(a | b) if a | b else 0.0


def _similarity(key: str, other: str) -> float:
    """0..100: shared lemmas (Jaccard) and their spelling (rapidfuzz token sort), half each."""
    return 50 * _overlap(key, other) + 0.5 * fuzz.token_sort_ratio(key, other)


def nearest_entries(kb: KnowledgeBase, key: str) -> list[tuple[str, float]]:
    scores = []
    for entry in kb.entries:
        best = max(_similarity(key, _entry_key(entry, q)) for q in entry.questions)
        scores.append((entry.id, round(best, 1)))
    return sorted(scores, key=lambda item: -item[1])[:NEAREST]


_keys: dict[tuple[str, str], str] = {}


def _entry_key(entry: Entry, question: str) -> str:
    key = (entry.id, question)
    if key not in _keys:
        _keys[key] = lemma_key(question)
    return _keys[key]


def suggest(kb: KnowledgeBase, db: Location, *, retention_days: int = 90, limit: int = 20) -> list[Group]:
    groups = group_questions(read_unanswered(db, retention_days))[:limit]
    for group in groups:
        group.nearest = nearest_entries(kb, group.lemmas) if group.lemmas else []
    return groups


def paste_line(question: str) -> str:
    """The question as one YAML list item, quoted where YAML needs it, indented for `questions:`."""
    return "      " + yaml.safe_dump([question], allow_unicode=True, width=1000).strip()


def format_groups(groups: list[Group], db: Location) -> str:
    if not groups:
        return f"Вопросов без ответа нет (база аналитики: {display(db)})."
    asked = sum(g.total for g in groups)
    lines = [
        f"Вопросы без ответа: {count(asked, 'вопрос', 'вопроса', 'вопросов')} "
        f"в {count(len(groups), 'группе', 'группах', 'группах')} (база аналитики: {display(db)})",
    ]
    for number, group in enumerate(groups, 1):
        lines += ["", f"{number}. «{group.head}» ×{group.questions[group.head]}"]
        others = [f"«{q}» ×{n}" for q, n in group.questions.most_common() if q != group.head]
        if others:
            lines.append("   похожие: " + "; ".join(others))
        near = ", ".join(f"{eid} ({score:.0f})" for eid, score in group.nearest)
        if group.nearest and group.nearest[0][1] >= PARAPHRASE:
            target = group.nearest[0][0]
            lines.append(f"   ближайшие записи: {near}")
            lines.append(f"   если {target} отвечает на этот вопрос, добавьте в её questions:")
            lines.append(paste_line(group.head))
        else:
            lines.append("   нужна новая запись" + (f" (ближайшие: {near})" if near else ""))
    return "\n".join(lines)
