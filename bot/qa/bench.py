"""Speed benchmark of the engine beside the naive baseline, measured in the same run."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.paths import PROJECT_ROOT
from bot.qa.evaluation import CATEGORY_NAMES, EvalResult

# The systems that reply in a language (the baselines only pick an entry).
ENGINE_COLUMNS = ("гибрид", "лексический")

_STARTUP_SNIPPET = r"""
import time
t, cpu = time.perf_counter(), time.process_time()
from bot.qa.engine import load_engine
engine = load_engine()
engine.answer("прогрев")
engine.answer("Құқық қорғау органдары енді қалай жұмыс істейді?")  # a question that needs embeddings
elapsed, cpu = time.perf_counter() - t, time.process_time() - cpu
# the peak RSS of this process's own memory (VmHWM): ru_maxrss would carry over the parent's peak
# from the fork, on Linux, across the exec
import re, resource
try:
    with open("/proc/self/status") as status:
        print(int(re.search(r"VmHWM:\s+(\d+)", status.read()).group(1)) / 1024)
except (OSError, AttributeError):
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
print(cpu)
print(elapsed)
"""
_BASELINE_STARTUP_SNIPPET = """
import time
t = time.perf_counter()
from bot.qa.kb import load_knowledge_base
from bot.qa.evaluation import BaselineMatcher
from bot.paths import PROJECT_ROOT
from bot.qa.evaluation import CATEGORY_NAMES, EvalResult

# The systems that reply in a language (the baselines only pick an entry).
ENGINE_COLUMNS = ("гибрид", "лексический")
matcher = BaselineMatcher(load_knowledge_base(PROJECT_ROOT / "knowledge", PROJECT_ROOT / "seeds"))
matcher.answer("прогрев")
print(time.perf_counter() - t)
"""


def accuracy_table(results: dict[str, EvalResult]) -> str:
    """Accuracy per category, one column per system (the first is the engine), as a Markdown table;
    then the reply language (the engine's own columns) and the confident wrong answers whose
    entry lacks a subject word of the question."""
    first = next(iter(results.values()))
    lines = ["| категория | n | " + " | ".join(results) + " |", "|---|---" + "|---" * len(results) + "|"]
    cats = [c for c in CATEGORY_NAMES if c in first.total]
    for cat in [*cats, None]:
        picked = None if cat is None else [cat]
        n = first.rows if cat is None else first.total[cat]
        cells = " | ".join(f"{r.accuracy(picked):.1f}" for r in results.values())
        label = "всего" if cat is None else f"{cat}: {CATEGORY_NAMES[cat]}"
        lines.append(f"| {label} | {n} | {cells} |")
    lang_cells = " | ".join(
        f"{r.lang_accuracy:.1f}" if r.lang_accuracy is not None and name in ENGINE_COLUMNS else "—"
        for name, r in results.items()
    )
    lines.append(f"| ответ на языке вопроса (kk, en) | {first.lang_total} | {lang_cells} |")
    unsupported = " | ".join(str(len(r.unsupported)) for r in results.values())
    lines.append(f"| уверенные ошибочные ответы без предмета вопроса, число | {first.rows} | {unsupported} |")
    return "\n".join(lines)


@dataclass(frozen=True)
class Timing:
    """Per question, in milliseconds: wall time, and the process's CPU time (user + system), which
    other load on a shared machine does not inflate."""

    median_ms: float
    p95_ms: float
    cpu_median_ms: float
    cpu_p95_ms: float

    def cells(self) -> tuple[str, str]:
        """The median and the p95 as «wall (CPU)»."""
        median = f"{self.median_ms:.2f} ({self.cpu_median_ms:.2f})"
        return median, f"{self.p95_ms:.2f} ({self.cpu_p95_ms:.2f})"


def time_questions(ask: Callable[[str], object], questions: Sequence[str], rounds: int) -> Timing:
    wall, cpu = [], []
    for _ in range(rounds):
        for question in questions:
            start, start_cpu = time.perf_counter(), time.process_time()
            ask(question)
            cpu.append((time.process_time() - start_cpu) * 1000)
            wall.append((time.perf_counter() - start) * 1000)
    wall.sort()
    cpu.sort()
    p95 = int(0.95 * (len(wall) - 1))
    return Timing(statistics.median(wall), wall[p95], statistics.median(cpu), cpu[p95])


def startup_seconds(snippet: str, runs: int = 3) -> float:
    """Median wall time, in a fresh interpreter, from import to the first answer."""
    times = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", snippet], capture_output=True, text=True, check=True, cwd=PROJECT_ROOT
        )
        times.append(float(out.stdout.strip().splitlines()[-1]))
    return statistics.median(times)


def engine_startup() -> float:
    return startup_seconds(_STARTUP_SNIPPET)


def baseline_startup() -> float:
    return startup_seconds(_BASELINE_STARTUP_SNIPPET)


def engine_start_and_rss(runs: int = 3) -> tuple[float, float, float]:
    """Median warm start (vectors cached on disk) in seconds, wall and CPU, and peak RSS in MB, of
    a fresh process that loads the engine and answers two questions."""
    times, cpu, rss = [], [], []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", _STARTUP_SNIPPET],
            capture_output=True,
            text=True,
            check=True,
            cwd=PROJECT_ROOT,
        )
        lines = out.stdout.strip().splitlines()
        rss.append(float(lines[-3]))
        cpu.append(float(lines[-2]))
        times.append(float(lines[-1]))
    return statistics.median(times), statistics.median(cpu), max(rss)
