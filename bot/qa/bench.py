"""Speed benchmark of the engine beside the naive baseline, measured in the same run."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.settings import PROJECT_ROOT

_STARTUP_SNIPPET = """
import time
t = time.perf_counter()
from bot.qa.engine import load_engine
engine = load_engine()
engine.answer("прогрев")
engine.answer("Кто выступил от прокуратуры и что он говорил?")  # a question that needs embeddings
elapsed = time.perf_counter() - t
import resource
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
print(elapsed)
"""
_BASELINE_STARTUP_SNIPPET = """
import time
t = time.perf_counter()
from bot.qa.kb import load_knowledge_base
from bot.qa.evaluation import BaselineMatcher
from bot.settings import PROJECT_ROOT
matcher = BaselineMatcher(load_knowledge_base(PROJECT_ROOT / "knowledge", PROJECT_ROOT / "seeds"))
matcher.answer("прогрев")
print(time.perf_counter() - t)
"""


@dataclass(frozen=True)
class Timing:
    median_ms: float
    p95_ms: float
    max_ms: float


def time_questions(ask: Callable[[str], object], questions: Sequence[str], rounds: int) -> Timing:
    samples = []
    for _ in range(rounds):
        for question in questions:
            start = time.perf_counter()
            ask(question)
            samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return Timing(
        median_ms=statistics.median(samples),
        p95_ms=samples[int(0.95 * (len(samples) - 1))],
        max_ms=samples[-1],
    )


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


def engine_start_and_rss(runs: int = 3) -> tuple[float, float]:
    """Median warm start (vectors cached on disk) in seconds, and peak RSS in MB, of a fresh
    process that loads the engine and answers two questions."""
    times, rss = [], []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", _STARTUP_SNIPPET],
            capture_output=True,
            text=True,
            check=True,
            cwd=PROJECT_ROOT,
        )
        lines = out.stdout.strip().splitlines()
        rss.append(float(lines[-2]))
        times.append(float(lines[-1]))
    return statistics.median(times), max(rss)
