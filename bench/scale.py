"""Scale benchmark (`make bench-scale`): the engine over generated legal knowledge bases of ~1,000 and
~10,000 entries, beside the rapidfuzz WRatio baseline, in one run.

Reports, per size: index build, cold start (no cache), warm start (from the cache), RSS, `kb check`
(with and without the cache), per-question latency (median / p95, and CPU time a question) for held-out
paraphrases and off-topic questions, top-1 on the paraphrases; then the round-table evaluation sets
alone and with 1,000 legal entries beside them, lexical and hybrid. Start-ups and the per-question
figures are the lexical engine's (QA_SEMANTIC=0): embedding a 10,000-entry base takes its model about
twenty minutes on two cores, once. Start-up figures are medians of fresh interpreters. Wall time
depends on the machine's load (printed); CPU time (user + system) much less, so both are given.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.legal_kb import Paraphrase, legal_knowledge_base, load_articles, write_legal_sources

ROOT = Path(__file__).resolve().parents[1]
SIZES = (1_000, 10_000)
SAMPLE = 500  # paraphrases asked per size
BASELINE_SAMPLE = 50  # of them asked of the baseline too (WRatio against every question takes ~1 s at 10k)
STARTS = 3  # fresh interpreters per warm start-up figure (median); a cold start is run once
OFF_TOPIC = (
    "Какая завтра погода в Алматы?",
    "Как приготовить бешбармак?",
    "Кто выиграл чемпионат мира по футболу?",
    "Посоветуй хороший фильм на вечер",
    "Сколько стоит билет на поезд до Астаны?",
    "Как научиться играть на домбре?",
    "Какой смартфон лучше купить?",
    "Как вырастить помидоры на балконе?",
    "Почему небо голубое?",
    "Расскажи анекдот про программистов",
    "Где поесть вкусный плов?",
    "Как быстро выучить английский язык?",
    "Сколько лететь до Луны?",
    "Какие упражнения помогают от боли в спине?",
    "Как почистить ноутбук от пыли?",
    "Во сколько открывается зоопарк?",
    "Какую породу собаки выбрать для квартиры?",
    "Как сварить кофе в турке?",
    "Когда начнётся сезон клубники?",
    "Как поменять колесо у машины?",
)
_START = """
import json, resource, sys, time
t0 = time.perf_counter()
from pathlib import Path
from bot.qa.engine import Engine
from bot.qa.index_cache import cached_knowledge_base, default_cache_dir
t1 = time.perf_counter()
kb = cached_knowledge_base(Path(sys.argv[1]), Path(sys.argv[2]), default_cache_dir())
t2 = time.perf_counter()
engine = Engine(kb, semantic=False)
engine.answer("прогрев")
t3 = time.perf_counter()
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"total": t3 - t0, "kb": t2 - t1, "engine": t3 - t2, "cpu": usage.ru_utime + usage.ru_stime,
                  "rss_mb": usage.ru_maxrss / 1024}))
"""


@dataclass(frozen=True)
class Latency:
    median_ms: float
    p95_ms: float
    cpu_ms: float  # CPU time a question, on average

    def cell(self) -> str:
        return f"{self.median_ms:.2f} / {self.p95_ms:.2f} ({self.cpu_ms:.2f})"


@dataclass(frozen=True)
class SizeResult:
    cold: dict[str, float]
    warm: dict[str, float]
    check: tuple[float, float, int]  # wall s, CPU s, exit code (the index cached)
    check_cold: tuple[float, float, int]  # the same without any cache
    questions: dict[str, Any]


def _env(cache: Path) -> dict[str, str]:
    return {**os.environ, "BOT_INDEX_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT), "QA_SEMANTIC": "0"}


def _start(knowledge: Path, seeds: Path, cache: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", _START, str(knowledge), str(seeds)],
        env=_env(cache),
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    figures: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return figures


def _median_start(knowledge: Path, seeds: Path, cache: Path, *, cold: bool) -> dict[str, float]:
    runs = []
    for _ in range(1 if cold else STARTS):
        if cold:
            shutil.rmtree(cache, ignore_errors=True)
        runs.append(_start(knowledge, seeds, cache))
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _kb_check(knowledge: Path, seeds: Path, cache: Path) -> tuple[float, float, int]:
    """Wall and CPU seconds of `python -m bot kb check` over the folders, and its exit code."""
    cpu, start = _children_cpu(), time.perf_counter()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "bot",
            "kb",
            "check",
            "--knowledge-dir",
            str(knowledge),
            "--seeds-dir",
            str(seeds),
        ],
        env=_env(cache),
        capture_output=True,
        cwd=ROOT,
        check=False,
    )
    return time.perf_counter() - start, _children_cpu() - cpu, done.returncode


def _latency(ask: Callable[[str], object], questions: Sequence[str]) -> Latency:
    samples = []
    cpu = time.process_time()
    for question in questions:
        start = time.perf_counter()
        ask(question)
        samples.append((time.perf_counter() - start) * 1000)
    cpu_ms = (time.process_time() - cpu) * 1000 / len(questions)
    samples.sort()
    return Latency(statistics.median(samples), samples[int(0.95 * (len(samples) - 1))], cpu_ms)


def _questions(knowledge: Path, seeds: Path, cache: Path, paraphrases: list[Paraphrase]) -> dict[str, Any]:
    """Latency and top-1 of the lexical engine and of the baseline, in this process."""
    os.environ["BOT_INDEX_CACHE_DIR"] = str(cache)
    from bot.qa.engine import load_engine
    from bot.qa.evaluation import BaselineMatcher

    engine = load_engine(knowledge, seeds, semantic=False)
    baseline = BaselineMatcher(engine.kb)
    sample = paraphrases[:: max(1, len(paraphrases) // SAMPLE)][:SAMPLE]
    base_sample = sample[:: max(1, len(sample) // BASELINE_SAMPLE)][:BASELINE_SAMPLE]
    out: dict[str, Any] = {
        "para": _latency(engine.answer, [p.question for p in sample]),
        "off": _latency(engine.answer, list(OFF_TOPIC) * 3),
        "base_para": _latency(baseline.answer, [p.question for p in base_sample]),
        "base_off": _latency(baseline.answer, OFF_TOPIC),
    }
    base_first = sum(any(q.text == p.quote for q in baseline.answer(p.question).quotes) for p in base_sample)
    ranked_first = answered = 0
    for p in sample:
        reply = engine.answer(p.question)
        answered += reply.kind == "answer" and any(q.text == p.quote for q in reply.quotes)
        ranked = engine.index.rank(engine.analyzer.analyse(p.question))
        ranked_first += bool(ranked) and p.quote in engine.kb.by_id[ranked[0].entry_id].quotes
    out["top1_ranked"] = 100 * ranked_first / len(sample)
    out["top1_answered"] = 100 * answered / len(sample)
    out["base_top1"] = 100 * base_first / len(base_sample)
    out["off_declined"] = 100 * sum(engine.answer(q).kind != "answer" for q in OFF_TOPIC) / len(OFF_TOPIC)
    out["entries"] = len(engine.kb.entries)
    out["questions"] = sum(len(e.questions) for e in engine.kb.entries)
    return out


def _round_table(tmp: Path, articles: list[dict[str, Any]]) -> list[tuple[str, int, list[float]]]:
    """Accuracy on each round-table evaluation set: lexical alone, lexical beside 1,000 legal entries,
    then the same for the hybrid engine (when the embedding model loads)."""
    from bot.qa.engine import Engine
    from bot.qa.evaluation import evaluate, load_rows
    from bot.qa.kb import load_knowledge_base
    from bot.qa.semantic import load_embedder

    os.environ["BOT_INDEX_CACHE_DIR"] = str(tmp / "rt-cache")
    knowledge = Path(shutil.copytree(ROOT / "knowledge", tmp / "rt" / "knowledge"))
    seeds = Path(shutil.copytree(ROOT / "seeds", tmp / "rt" / "seeds"))
    added, _ = write_legal_sources(articles, 1_000, knowledge, seeds)
    bases = [load_knowledge_base(ROOT / "knowledge", ROOT / "seeds"), load_knowledge_base(knowledge, seeds)]
    engines = [Engine(kb, semantic=False) for kb in bases]
    embedder = load_embedder()
    if embedder is not None:  # the legal entries' vectors are embedded once, then cached in .cache/
        engines += [Engine(kb, semantic=embedder) for kb in bases]
    out = []
    for path in sorted((ROOT / "tests" / "data").glob("*.jsonl")):
        rows = load_rows(path)
        out.append(
            (path.name, len(rows), [evaluate(path.name, rows, e.answer, e.kb).accuracy() for e in engines])
        )
    out.append(("", added, []))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.scale", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes", type=int, nargs="+", default=list(SIZES), help="knowledge base sizes (default: 1000 10000)"
    )
    parser.add_argument(
        "--no-round-table", action="store_true", help="skip the round-table sets beside 1,000 legal entries"
    )
    args = parser.parse_args(argv)
    articles = load_articles()
    load = os.getloadavg()[0]
    print(f"Машина: {os.cpu_count()} ядра, средняя загрузка {load:.1f} в начале прогона.", flush=True)
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as name:
        tmp = Path(name)
        results = []
        for size in args.sizes:
            print(f"… база на {size} записей: генерация, запуски, вопросы", flush=True)
            knowledge, seeds, _, paraphrases = legal_knowledge_base(
                size, ROOT / "knowledge", tmp / f"kb{size}", articles
            )
            cache = tmp / f"cache{size}"
            check_cold = _kb_check(knowledge, seeds, tmp / f"nocache{size}")
            cold = _median_start(knowledge, seeds, cache, cold=True)
            warm = _median_start(knowledge, seeds, cache, cold=False)
            check = _kb_check(knowledge, seeds, cache)
            figures = _questions(knowledge, seeds, cache, paraphrases)
            results.append(SizeResult(cold, warm, check, check_cold, figures))
        quality = []
        if not args.no_round_table:
            print("… круглый стол рядом с 1000 записей из законов", flush=True)
            quality = _round_table(tmp, articles)
    print(_report(results, quality, load))
    return 0


def _report(results: list[SizeResult], quality: list[tuple[str, int, list[float]]], load: float) -> str:
    lines = ["", "| | " + " | ".join(f"{int(r.questions['entries'])} записей" for r in results) + " |"]
    lines.append("|---|" + "---|" * len(results))

    def row(label: str, cell: Callable[[SizeResult], str]) -> None:
        lines.append(f"| {label} | " + " | ".join(cell(r) for r in results) + " |")

    def seconds(figures: dict[str, float]) -> str:
        return f"{figures['total']:.1f} ({figures['cpu']:.1f})"

    def check(figures: tuple[float, float, int]) -> str:
        return f"{figures[0]:.1f} ({figures[1]:.1f}), код {figures[2]}"

    row("формулировок вопросов", lambda r: f"{int(r.questions['questions'])}")
    row("построение индекса (в холодном старте), с", lambda r: f"{r.cold['engine']:.1f}")
    row("холодный старт (без кэша), с (CPU, с)", lambda r: seconds(r.cold))
    row("тёплый старт (из кэша), с (CPU, с)", lambda r: seconds(r.warm))
    row("RSS тёплого процесса, МБ", lambda r: f"{r.warm['rss_mb']:.0f}")
    row("RSS холодного процесса (пик), МБ", lambda r: f"{r.cold['rss_mb']:.0f}")
    row("`kb check` с кэшем индекса, с (CPU, с)", lambda r: check(r.check))
    row("`kb check` без кэша, с (CPU, с)", lambda r: check(r.check_cold))
    row("перефразы: медиана / p95, мс (CPU на вопрос)", lambda r: r.questions["para"].cell())
    row("  базовая WRatio: медиана / p95, мс (CPU)", lambda r: r.questions["base_para"].cell())
    row("не по теме: медиана / p95, мс (CPU)", lambda r: r.questions["off"].cell())
    row("  базовая WRatio: медиана / p95, мс (CPU)", lambda r: r.questions["base_off"].cell())
    row("top-1 перефраз: первая в ранжировании, %", lambda r: f"{r.questions['top1_ranked']:.1f}")
    row("top-1 перефраз: дан ответ этой записью, %", lambda r: f"{r.questions['top1_answered']:.1f}")
    row(
        f"  базовая WRatio: top-1 (на {BASELINE_SAMPLE} из них), %",
        lambda r: f"{r.questions['base_top1']:.1f}",
    )
    row("не по теме: отказов, %", lambda r: f"{r.questions['off_declined']:.0f}")
    if quality:
        title = "Круглый стол: точность на наборах tests/data, %: одна база и рядом записи из законов"
        lines += ["", title, ""]
        hybrid = any(len(cells) > 2 for _, _, cells in quality)
        header = "| набор | вопросов | лексический | + законы |" + (" гибрид | + законы |" if hybrid else "")
        lines += [header, "|---|---|---|---|" + ("---|---|" if hybrid else "")]
        for name, rows, cells in quality:
            if name:
                lines.append(f"| {name} | {rows} | " + " | ".join(f"{c:.1f}" for c in cells) + " |")
            else:
                lines.append(
                    f"\nДобавлено записей из законов: {rows}."
                    + ("" if hybrid else " Модель эмбеддингов не загрузилась.")
                )
    lines.append(f"\nСредняя загрузка машины в начале: {load:.1f}; в конце: {os.getloadavg()[0]:.1f}.")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
