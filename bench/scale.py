"""Scale benchmark (`make bench-scale`): the engine over generated legal knowledge bases of ~1,000 and
~10,000 entries, beside the rapidfuzz WRatio baseline, in one run.

Reports, per size: index build, cold start (no cache), warm start (from the cache), RSS, `kb check`
time, per-question latency (median / p95) for held-out paraphrases and off-topic questions, top-1 on
the paraphrases; then the round-table evaluation sets with and without 1,000 legal entries beside them.
Start-up figures are medians of fresh interpreters; figures depend on the machine's load, which is printed.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

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
engine = Engine(kb)
engine.answer("прогрев")
t3 = time.perf_counter()
print(json.dumps({"total": t3 - t0, "kb": t2 - t1, "engine": t3 - t2,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _env(cache: Path, knowledge: Path | None = None, seeds: Path | None = None) -> dict[str, str]:
    env = {**os.environ, "BOT_INDEX_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT)}
    if knowledge and seeds:
        env |= {"KNOWLEDGE_DIR": str(knowledge), "SEEDS_DIR": str(seeds)}
    return env


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


def _kb_check(knowledge: Path, seeds: Path, cache: Path) -> tuple[float, int]:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "bot", "kb", "check"],
        env=_env(cache, knowledge, seeds),
        capture_output=True,
        cwd=ROOT,
        check=False,
    )
    return time.perf_counter() - start, done.returncode


def _latency(ask: Callable[[str], object], questions: Sequence[str]) -> tuple[float, float]:
    samples = []
    for question in questions:
        start = time.perf_counter()
        ask(question)
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(0.95 * (len(samples) - 1))]


def _questions(knowledge: Path, seeds: Path, cache: Path, paraphrases: list[Paraphrase]) -> dict[str, float]:
    """Latency and top-1 of the engine and of the baseline, in this process."""
    os.environ["BOT_INDEX_CACHE_DIR"] = str(cache)
    from bot.qa.engine import load_engine
    from bot.qa.evaluation import BaselineMatcher

    engine = load_engine(knowledge, seeds)
    baseline = BaselineMatcher(engine.kb)
    sample = paraphrases[:: max(1, len(paraphrases) // SAMPLE)][:SAMPLE]
    texts = [p.question for p in sample]
    off = list(OFF_TOPIC) * 3
    figures: dict[str, float] = {}
    figures["para_med"], figures["para_p95"] = _latency(engine.answer, texts)
    figures["off_med"], figures["off_p95"] = _latency(engine.answer, off)
    base_sample = sample[:: max(1, len(sample) // BASELINE_SAMPLE)][:BASELINE_SAMPLE]
    figures["base_para_med"], figures["base_para_p95"] = _latency(
        baseline.answer, [p.question for p in base_sample]
    )
    figures["base_off_med"], figures["base_off_p95"] = _latency(baseline.answer, OFF_TOPIC)
    base_first = sum(any(q.text == p.quote for q in baseline.answer(p.question).quotes) for p in base_sample)
    ranked_first = answered = 0
    for p in sample:
        reply = engine.answer(p.question)
        answered += reply.kind == "answer" and any(q.text == p.quote for q in reply.quotes)
        ranked = engine.index.rank(engine.analyzer.analyse(p.question))
        ranked_first += bool(ranked) and p.quote in engine.kb.by_id[ranked[0].entry_id].quotes
    figures["top1_ranked"] = 100 * ranked_first / len(sample)
    figures["top1_answered"] = 100 * answered / len(sample)
    figures["base_top1"] = 100 * base_first / len(base_sample)
    figures["off_declined"] = 100 * sum(engine.answer(q).kind != "answer" for q in OFF_TOPIC) / len(OFF_TOPIC)
    figures["entries"] = len(engine.kb.entries)
    figures["questions"] = sum(len(e.questions) for e in engine.kb.entries)
    return figures


def _round_table(tmp: Path, articles: list[dict[str, object]]) -> list[tuple[str, float, float, int]]:
    """Accuracy on each round-table evaluation set, alone and with 1,000 legal entries beside it."""
    from bot.qa.engine import load_engine
    from bot.qa.evaluation import evaluate, load_rows

    knowledge = Path(shutil.copytree(ROOT / "knowledge", tmp / "rt" / "knowledge"))
    seeds = Path(shutil.copytree(ROOT / "seeds", tmp / "rt" / "seeds"))
    added, _ = write_legal_sources(articles, 1_000, knowledge, seeds)
    alone = load_engine(ROOT / "knowledge", ROOT / "seeds")
    beside = load_engine(knowledge, seeds)
    out = []
    for path in sorted((ROOT / "tests" / "data").glob("*.jsonl")):
        rows = load_rows(path)
        before = evaluate(path.name, rows, alone.answer)
        after = evaluate(path.name, rows, beside.answer)
        out.append((path.name, before.accuracy(), after.accuracy(), len(rows)))
    out.append(("(legal entries added)", 0.0, 0.0, added))
    return out


def main() -> int:
    articles = load_articles()
    load = os.getloadavg()[0]
    print(f"Машина: {os.cpu_count()} ядра, средняя загрузка {load:.1f} в начале прогона.", flush=True)
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as name:
        tmp = Path(name)
        results = []
        for size in SIZES:
            print(f"… база на {size} записей: генерация, запуски, вопросы", flush=True)
            knowledge, seeds, _, paraphrases = legal_knowledge_base(
                size, ROOT / "knowledge", tmp / f"kb{size}", articles
            )
            cache = tmp / f"cache{size}"
            cold = _median_start(knowledge, seeds, cache, cold=True)
            warm = _median_start(knowledge, seeds, cache, cold=False)
            check_s, check_rc = _kb_check(knowledge, seeds, cache)
            figures = _questions(knowledge, seeds, cache, paraphrases)
            results.append((size, cold, warm, check_s, check_rc, figures))
        print("… круглый стол рядом с 1000 записей из законов", flush=True)
        quality = _round_table(tmp, articles)
    print(_report(results, quality, load))
    return 0


def _report(
    results: list[tuple[int, dict[str, float], dict[str, float], float, int, dict[str, float]]],
    quality: list[tuple[str, float, float, int]],
    load: float,
) -> str:
    lines = ["", "| | " + " | ".join(f"{int(r[5]['entries'])} записей" for r in results) + " |"]
    lines.append("|---|" + "---|" * len(results))

    def row(
        label: str,
        cell: Callable[[tuple[int, dict[str, float], dict[str, float], float, int, dict[str, float]]], str],
    ) -> None:
        lines.append(f"| {label} | " + " | ".join(cell(r) for r in results) + " |")

    row("формулировок вопросов", lambda r: f"{int(r[5]['questions'])}")
    row("построение индекса, с", lambda r: f"{r[1]['engine']:.1f}")
    row("холодный старт (без кэша), с", lambda r: f"{r[1]['total']:.1f}")
    row("тёплый старт (из кэша), с", lambda r: f"{r[2]['total']:.1f}")
    row("RSS тёплого процесса, МБ", lambda r: f"{r[2]['rss_mb']:.0f}")
    row("RSS холодного процесса (пик), МБ", lambda r: f"{r[1]['rss_mb']:.0f}")
    row("`kb check`, с (код выхода)", lambda r: f"{r[3]:.1f} ({r[4]})")
    row("перефразы: медиана / p95, мс", lambda r: f"{r[5]['para_med']:.2f} / {r[5]['para_p95']:.2f}")
    row(
        "  базовая WRatio: медиана / p95, мс",
        lambda r: f"{r[5]['base_para_med']:.2f} / {r[5]['base_para_p95']:.2f}",
    )
    row("не по теме: медиана / p95, мс", lambda r: f"{r[5]['off_med']:.2f} / {r[5]['off_p95']:.2f}")
    row(
        "  базовая WRatio: медиана / p95, мс",
        lambda r: f"{r[5]['base_off_med']:.2f} / {r[5]['base_off_p95']:.2f}",
    )
    row("top-1 перефраз: первая в ранжировании, %", lambda r: f"{r[5]['top1_ranked']:.1f}")
    row("top-1 перефраз: дан ответ этой записью, %", lambda r: f"{r[5]['top1_answered']:.1f}")
    row(f"  базовая WRatio: top-1 (на {BASELINE_SAMPLE} из них), %", lambda r: f"{r[5]['base_top1']:.1f}")
    row("не по теме: отказов, %", lambda r: f"{r[5]['off_declined']:.0f}")
    lines += [
        "",
        "Круглый стол: точность на наборах tests/data, одна база и рядом 1000 записей из законов",
        "",
    ]
    lines += ["| набор | вопросов | только круглый стол, % | + записи из законов, % |", "|---|---|---|---|"]
    for name, before, after, rows in quality:
        if name.startswith("("):
            lines.append(f"| добавлено записей из законов | {rows} | | |")
        else:
            lines.append(f"| {name} | {rows} | {before:.1f} | {after:.1f} |")
    lines.append(f"\nСредняя загрузка машины в начале: {load:.1f}; в конце: {os.getloadavg()[0]:.1f}.")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
