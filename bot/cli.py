"""Command line: console chat, one-shot questions, knowledge-base tools, evaluation, benchmarks.

Every command is a thin layer over the core; errors a user can cause end in one clear line.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from bot.qa.evaluation import EvalFileError
from bot.qa.kb import KnowledgeBaseError
from bot.russian import count
from bot.settings import PROJECT_ROOT, Settings

if TYPE_CHECKING:
    from bot.qa.engine import Engine

DEFAULT_EVAL = PROJECT_ROOT / "tests" / "data" / "dev.jsonl"


def _engine(settings: Settings) -> Engine:
    from bot.qa.engine import load_engine

    return load_engine(settings.knowledge_dir, settings.seeds_dir)


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    from bot.console import format_reply

    engine = _engine(settings)
    if args.question:
        questions = [" ".join(args.question)]
        as_json = args.json
    else:
        questions = (line.rstrip("\n") for line in sys.stdin)
        as_json = True
    for question in questions:
        reply = engine.answer(question)
        if as_json:
            print(json.dumps(reply.model_dump(mode="json"), ensure_ascii=False), flush=True)
        else:
            print(format_reply(reply))
    return 0


def cmd_chat(args: argparse.Namespace, settings: Settings) -> int:
    from bot.console import chat

    return chat(_engine(settings))


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    if settings.bot_token is None:
        print(
            "BOT_TOKEN не задан — открываю консольный чат "
            "(Telegram-бот запустится, когда токен будет задан).",
            file=sys.stderr,
        )
        return cmd_chat(args, settings)
    problem = settings.token_problem()
    if problem:
        print(f"Ошибка: {problem}. Проверьте переменную окружения BOT_TOKEN или файл .env.", file=sys.stderr)
        return 2
    from bot.telegram.runner import run

    return run(settings)


def cmd_kb_check(args: argparse.Namespace, settings: Settings) -> int:
    from bot.qa.engine import Engine
    from bot.qa.kb import load_knowledge_base, uncovered_sentences

    kb = load_knowledge_base(settings.knowledge_dir, settings.seeds_dir)
    unmatchable = Engine(kb).unmatchable_questions()
    if unmatchable:
        print("Вопросы без слов, по которым их можно найти (переформулируйте их):", file=sys.stderr)
        for entry_id, question in unmatchable:
            print(f"  [{entry_id}] «{question}»", file=sys.stderr)
        return 1
    uncovered = uncovered_sentences(kb)
    questions = sum(len(e.questions) for e in kb.entries)
    if uncovered:
        print("Предложения источника, которые не покрывает ни одна цитата:")
        for source_id, sentence in uncovered:
            print(f"  [{source_id}] {sentence}")
    print(
        f"База знаний в порядке: {count(len(kb.entries), 'запись', 'записи', 'записей')}, "
        f"{count(questions, 'формулировка', 'формулировки', 'формулировок')} вопросов, "
        f"{count(len(kb.smalltalk), 'тема', 'темы', 'тем')} small talk, "
        f"{count(len(kb.synonyms.groups), 'группа', 'группы', 'групп')} синонимов; "
        f"не покрыто цитатами предложений: {len(uncovered)}."
    )
    return 0


def cmd_kb_export(args: argparse.Namespace, settings: Settings) -> int:
    from bot.qa.kb import load_knowledge_base

    kb = load_knowledge_base(settings.knowledge_dir, settings.seeds_dir)
    entries = []
    for entry in kb.entries:
        source = kb.source_of(entry).ref.model_dump(mode="json")
        entries.append(
            {
                "id": entry.id,
                "questions": list(entry.questions),
                "answer": entry.answer,
                "quotes": [{"text": q, "source": source} for q in entry.quotes],
                "related": list(entry.related),
                "topic": entry.topic,
            }
        )
    print(json.dumps({"entries": entries}, ensure_ascii=False, indent=2))
    return 0


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from bot.qa.evaluation import BaselineMatcher, evaluate, format_result, load_rows

    engine = _engine(settings)
    rows = load_rows(Path(args.file))
    print(format_result(evaluate("Движок", rows, engine.answer), show_failures=not args.quiet))
    if args.baseline:
        baseline = BaselineMatcher(engine.kb).tuned(rows)
        name = f"Базовый (WRatio, лучший порог {baseline.threshold:.0f})"
        print(format_result(evaluate(name, rows, baseline.answer), show_failures=False))
    return 0


def cmd_bench(args: argparse.Namespace, settings: Settings) -> int:
    from bot.qa.bench import baseline_startup, engine_startup, time_questions
    from bot.qa.evaluation import CATEGORY_NAMES, BaselineMatcher, evaluate, load_rows

    engine = _engine(settings)
    files = [Path(f) for f in args.files] or sorted(DEFAULT_EVAL.parent.glob("*.jsonl"))
    datasets = {path.stem: load_rows(path) for path in files}
    questions = [row.q for rows in datasets.values() for row in rows]
    # The first pass sees most words for the first time (cold caches), as a new user's question does.
    cold = time_questions(engine.answer, questions, 1)
    warm = time_questions(engine.answer, questions, args.rounds)
    results = {}
    for name, rows in datasets.items():
        baseline = BaselineMatcher(engine.kb).tuned(rows)
        results[name] = (evaluate(name, rows, engine.answer), evaluate(name, rows, baseline.answer))
    naive = time_questions(BaselineMatcher(engine.kb).answer, questions, args.rounds)
    start_ours, start_naive = engine_startup(), baseline_startup()

    print("Точность, % (движок / базовый WRatio с лучшим для этого набора порогом)\n")
    print("| категория | " + " | ".join(f"{n} ({len(r)})" for n, r in datasets.items()) + " |")
    print("|---" * (len(datasets) + 1) + "|")
    cats = [c for c in CATEGORY_NAMES if any(c in ours.total for ours, _ in results.values())]
    for cat in [*cats, None]:
        cells = []
        for ours, theirs in results.values():
            if cat is not None and cat not in ours.total:
                cells.append("—")
                continue
            picked = None if cat is None else [cat]
            cells.append(f"{ours.accuracy(picked):.1f} / {theirs.accuracy(picked):.1f}")
        label = "всего" if cat is None else f"{cat}: {CATEGORY_NAMES[cat]}"
        print(f"| {label} | " + " | ".join(cells) + " |")
    print(f"\nСкорость ({len(questions)} вопросов из всех наборов; повторные — {args.rounds} прогонов)\n")
    print("| | движок | базовый WRatio |\n|---|---|---|")
    print(f"| медиана, новый вопрос, мс | {cold.median_ms:.2f} | {naive.median_ms:.2f} |")
    print(f"| медиана, повторный вопрос, мс | {warm.median_ms:.2f} | {naive.median_ms:.2f} |")
    print(f"| p95, новый вопрос, мс | {cold.p95_ms:.2f} | {naive.p95_ms:.2f} |")
    print(f"| запуск до первого ответа, с | {start_ours:.2f} | {start_naive:.2f} |")
    return 0


def cmd_stats(args: argparse.Namespace, settings: Settings) -> int:
    from bot.analytics import AnalyticsStore, render_stats_text

    if not settings.analytics_db.exists():
        print(f"Статистики пока нет: файл {settings.analytics_db} ещё не создан (бот не получал вопросов).")
        return 0
    with AnalyticsStore.from_settings(settings) as store:
        print(render_stats_text(store.stats(limit=args.limit)))
    return 0


def cmd_webhook(args: argparse.Namespace, settings: Settings) -> int:
    from bot.telegram.webhook_admin import webhook_command

    code, line = webhook_command(settings, args.action)
    print(line, file=sys.stderr if code else sys.stdout)
    return code


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("run", help="Telegram-бот (с BOT_TOKEN) или консольный чат (без него)")
    p.set_defaults(func=cmd_run)
    p = sub.add_parser("chat", help="консольный чат")
    p.set_defaults(func=cmd_chat)
    p = sub.add_parser("ask", help="один ответ; без вопроса — по вопросу на строку из stdin, JSON на строку")
    p.add_argument("--json", action="store_true", help="ответ в JSON")
    p.add_argument("question", nargs="*")
    p.set_defaults(func=cmd_ask)

    kb = sub.add_parser("kb", help="база знаний").add_subparsers(dest="kb_command", required=True)
    p = kb.add_parser("check", help="проверить базу знаний")
    p.set_defaults(func=cmd_kb_check)
    p = kb.add_parser("export", help="выгрузить базу знаний")
    p.add_argument("--json", action="store_true", help="в JSON (единственный формат)")
    p.set_defaults(func=cmd_kb_export)

    p = sub.add_parser("eval", help="оценка на размеченных вопросах (JSONL: q, cat, keys)")
    p.add_argument("file", nargs="?", default=str(DEFAULT_EVAL))
    p.add_argument("--baseline", action="store_true", help="и то же для наивного WRatio")
    p.add_argument("--quiet", action="store_true", help="без списка ошибок")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("bench", help="скорость и качество рядом с базовым сопоставлением")
    p.add_argument("files", nargs="*", help="наборы JSONL (по умолчанию все из tests/data)")
    p.add_argument("--rounds", type=int, default=20)
    p.set_defaults(func=cmd_bench)

    p = sub.add_parser("stats", help="статистика вопросов и отзывов")
    p.add_argument("--limit", type=int, default=10)
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser(
        "webhook", help="webhook Telegram для реплик: set, delete или info (один раз, не каждой репликой)"
    )
    p.add_argument("action", choices=("set", "delete", "info"))
    p.set_defaults(func=cmd_webhook)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = Settings()
    except ValidationError as exc:  # a malformed environment variable; its value is not echoed
        fields = ", ".join(
            f"{str(err['loc'][0]).upper()} ({err['msg']})" for err in exc.errors() if err["loc"]
        )
        print(f"Ошибка в настройках (переменные окружения или .env): {fields}", file=sys.stderr)
        return 2
    try:
        return args.func(args, settings)
    except KnowledgeBaseError as exc:
        print(f"База знаний содержит ошибки ({len(exc.problems)}):\n{exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except EvalFileError as exc:
        print(f"Ошибка: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
