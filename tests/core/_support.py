"""Plain helpers shared by the core tests (fixtures live in conftest.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from bot.qa.evaluation import EvalRow
from bot.qa.kb import Entry, KnowledgeBase
from bot.qa.models import Reply

ROOT = Path(__file__).resolve().parents[2]
KNOWLEDGE_DIR = ROOT / "knowledge"
SEEDS_DIR = ROOT / "seeds"
DATA_DIR = ROOT / "tests" / "data"
DEV = DATA_DIR / "dev.jsonl"
REGRESSION = DATA_DIR / "regression.jsonl"
DEV2 = DATA_DIR / "dev2.jsonl"  # Kazakh, English, colloquial, near-miss rows (tuned on)
BLIND = DATA_DIR / "blind.jsonl"  # the tune half of a blind set written from the source alone
BLIND2 = DATA_DIR / "blind2.jsonl"  # its other half: untouched through round 1, worked on in round 2
UNTUNED = DATA_DIR / "untuned.jsonl"  # the same kinds, never tuned on: measured only by bot bench

KINDS = {"answer", "clarify", "smalltalk", "none"}

# The Russian ЙЦУКЕН letter (and punctuation) under each key of a US QWERTY keyboard, written out
# by hand from the physical layout, independently of bot.qa.layout.
RU_TO_QWERTY = {
    "ё": "`", "й": "q", "ц": "w", "у": "e", "к": "r", "е": "t", "н": "y", "г": "u", "ш": "i",
    "щ": "o", "з": "p", "х": "[", "ъ": "]", "ф": "a", "ы": "s", "в": "d", "а": "f", "п": "g",
    "р": "h", "о": "j", "л": "k", "д": "l", "ж": ";", "э": "'", "я": "z", "ч": "x", "с": "c",
    "м": "v", "и": "b", "т": "n", "ь": "m", "б": ",", "ю": ".", ".": "/",
    "Ё": "~", "Й": "Q", "Ц": "W", "У": "E", "К": "R", "Е": "T", "Н": "Y", "Г": "U", "Ш": "I",
    "Щ": "O", "З": "P", "Х": "{", "Ъ": "}", "Ф": "A", "Ы": "S", "В": "D", "А": "F", "П": "G",
    "Р": "H", "О": "J", "Л": "K", "Д": "L", "Ж": ":", "Э": '"', "Я": "Z", "Ч": "X", "С": "C",
    "М": "V", "И": "B", "Т": "N", "Ь": "M", "Б": "<", "Ю": ">", ",": "?",
    '"': "@", "№": "#", ";": "$", ":": "^", "?": "&",
}  # fmt: skip


def to_qwerty(text: str) -> str:
    """What comes out when Russian text is typed with the English layout switched on."""
    return "".join(RU_TO_QWERTY.get(ch, ch) for ch in text)


def squash(text: str) -> str:
    """Whitespace collapsed to single spaces: how a quote is compared with its source."""
    return " ".join(text.split())


def quote_in_source(kb: KnowledgeBase, source_id: str, quote: str) -> bool:
    return squash(quote) in squash(kb.sources[source_id].text)


def load_rows(path: Path) -> list[EvalRow]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rows.append(EvalRow.model_validate(json.loads(line)))
    return rows


def describe(reply: Reply) -> str:
    got = f"{reply.kind} {reply.entry_id or '-'} {reply.score:.0f}"
    if reply.suggestions:
        got += " [" + ", ".join(s.entry_id for s in reply.suggestions) + "]"
    return got


def check_reply(kb: KnowledgeBase, reply: Reply) -> list[str]:
    """Every invariant a channel relies on; returns what is wrong (empty when the reply is sound)."""
    problems = []
    if reply.kind not in KINDS:
        problems.append(f"unknown kind {reply.kind!r}")
    if not 0 <= reply.score <= 100:
        problems.append(f"score {reply.score} out of 0..100")
    if not reply.answer.strip():
        problems.append("empty answer text")
    for quote in reply.quotes:
        if quote.source.id not in kb.sources or not quote_in_source(kb, quote.source.id, quote.text):
            problems.append(f"quote not verbatim in its source: {quote.text!r}")
    if reply.kind == "answer":
        entry = kb.by_id.get(reply.entry_id or "")
        if entry is None:
            problems.append(f"answer from unknown entry {reply.entry_id!r}")
        elif [q.text for q in reply.quotes] != list(entry.quotes) or reply.answer != _answer_in(
            entry, reply.lang
        ):
            problems.append("answer or quotes differ from the entry's")
        if not reply.quotes:
            problems.append("answer without a quote")
    else:
        if reply.entry_id is not None:
            problems.append(f"{reply.kind} reply carries entry_id {reply.entry_id!r}")
        if reply.quotes:
            problems.append(f"{reply.kind} reply carries quotes")
    if reply.kind == "clarify" and len({s.entry_id for s in reply.suggestions}) < 2:
        problems.append("clarify with fewer than two distinct suggestions")
    for suggestion in reply.suggestions:
        entry = kb.by_id.get(suggestion.entry_id)
        if entry is None or suggestion.question != _question_in(entry, reply.lang):
            problems.append(f"suggestion of unknown entry or with a foreign question: {suggestion}")
    return problems


def _answer_in(entry: Entry, lang: str) -> str:
    """The entry's answer in the reply's language (Russian where there is no translation)."""
    translation = entry.translations.get(lang)  # type: ignore[call-overload]
    return translation.answer if translation else entry.answer


def _question_in(entry: Entry, lang: str) -> str:
    translation = entry.translations.get(lang)  # type: ignore[call-overload]
    return translation.questions[0] if translation and translation.questions else entry.canonical_question


# Settings a developer's shell may hold that would change what the CLI under test does.
CLI_ENV_KEYS = (
    "BOT_TOKEN",
    "KNOWLEDGE_DIR",
    "SEEDS_DIR",
    "ANALYTICS_DB",
    "WEBHOOK_URL",
    "ADMIN_IDS",
    "BOT_API_SERVER",
)


def run_bot(
    *args: str | Path, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`python -m bot ARGS` in a real subprocess from the project root, with a clean environment."""
    full_env = {k: v for k, v in os.environ.items() if k not in CLI_ENV_KEYS}
    full_env.update({"PYTHONIOENCODING": "utf-8", **(env or {})})
    return subprocess.run(
        [sys.executable, "-m", "bot", *map(str, args)],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=full_env,
        timeout=120,
        check=False,
    )
