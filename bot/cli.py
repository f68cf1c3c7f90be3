"""Command line: console chat, one-shot questions, knowledge-base tools, evaluation, benchmarks.

Every command is a thin layer over the core; errors a user can cause end in one clear line.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from bot import argparse_ru
from bot.paths import PROJECT_ROOT
from bot.qa.kb import KnowledgeBaseError
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.qa.engine import Engine
    from bot.qa.models import Reply

DEFAULT_EVAL = PROJECT_ROOT / "tests" / "data" / "dev.jsonl"


def _engine(settings: Settings) -> Engine:
    from bot.qa.engine import load_engine

    return load_engine(settings.knowledge_dir, settings.seeds_dir)


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    from bot.console import format_reply

    engine = _engine(settings)
    questions: Iterable[str]
    if args.question:
        questions = [" ".join(args.question)]
        as_json = args.json
    else:
        questions = (line.rstrip("\n") for line in sys.stdin)
        as_json = True
    for question in questions:
        reply = engine.answer(question, fallback_lang=args.lang)
        if as_json:
            print(json.dumps(reply.model_dump(mode="json"), ensure_ascii=False), flush=True)
        else:
            print(format_reply(reply))
    return 0


def cmd_chat(args: argparse.Namespace, settings: Settings) -> int:
    from bot.console import chat

    try:
        engine = _engine(settings)
    except KeyboardInterrupt:  # Ctrl-C while loading: the user chose to leave, not an error
        print(file=sys.stderr)
        return 0
    return chat(engine)


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    if settings.bot_token is None:
        if not (sys.stdin.isatty() and sys.stdout.isatty()):
            # In a container or under a service manager: a restart loop must not look like success.
            print(
                "Ошибка: BOT_TOKEN не задан, а консольному чату нужен терминал. Задайте BOT_TOKEN "
                "(переменная окружения или файл .env) или запустите в терминале: python -m bot chat.",
                file=sys.stderr,
            )
            return 2
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
    server = settings.bot_api_server or "api.telegram.org"
    print(f"Запускаю Telegram-бота: загружаю базу знаний и подключаюсь к {server}…", file=sys.stderr)
    from bot.telegram.runner import run

    return run(settings)


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from bot.qa.evaluation import BaselineMatcher, evaluate, format_result, load_rows

    engine = _engine(settings)
    path = Path(args.file)
    rows = load_rows(path)
    print(f"== {path.name}")
    result = evaluate("Движок", rows, engine.answer, engine.kb, engine.missing_subject)
    print(format_result(result, show_failures=not args.quiet))
    if args.baseline:
        baseline = BaselineMatcher(engine.kb).tuned(rows)
        name = f"Базовый (WRatio, лучший порог {baseline.threshold:.0f})"
        print(format_result(evaluate(name, rows, baseline.answer, engine.kb), show_failures=False))
    return 0


def _progress(message: str) -> None:
    print(f"… {message}", file=sys.stderr, flush=True)


def cmd_bench(args: argparse.Namespace, settings: Settings) -> int:
    from bot.qa.bench import accuracy_table, baseline_startup, engine_start_and_rss, time_questions
    from bot.qa.engine import Engine
    from bot.qa.evaluation import (
        BaselineMatcher,
        EmbeddingMatcher,
        EvalRow,
        evaluate,
        load_rows,
    )

    _progress("загружаю движок и векторы")
    engine = _engine(settings)
    lexical = Engine(engine.kb, semantic=False)
    files = [Path(f) for f in args.files] or sorted(DEFAULT_EVAL.parent.glob("*.jsonl"))
    rows: list[EvalRow] = [row for path in files for row in load_rows(path)]
    questions = [row.q for row in rows]
    # Timed first, while every question is new to the engine (its cache of question vectors empty).
    _progress(f"замеряю скорость на {len(questions)} новых вопросах")
    cold = time_questions(engine.answer, questions, 1)
    systems: dict[str, Callable[[str], Reply]] = {"гибрид": engine.answer, "лексический": lexical.answer}
    _progress(f"базовый WRatio: подбираю порог на {len(rows)} вопросах")
    systems["WRatio"] = BaselineMatcher(engine.kb).tuned(rows).answer
    embedding_threshold = None
    if engine.semantic is not None:
        _progress("только эмбеддинги: подбираю порог")
        embeddings = EmbeddingMatcher(engine.kb, engine.semantic).tuned(rows)
        embedding_threshold = embeddings.threshold
        systems["эмбеддинги"] = embeddings.answer
    results = {}
    for name, ask in systems.items():
        _progress(f"оцениваю: {name}")
        results[name] = evaluate(name, rows, ask, engine.kb, engine.missing_subject)
    warm = time_questions(engine.answer, questions, args.rounds)
    naive = time_questions(BaselineMatcher(engine.kb).answer, questions, args.rounds)
    _progress("замеряю запуск и память (три свежих процесса)")
    start_ours, start_cpu, rss = engine_start_and_rss()
    start_naive = baseline_startup()

    print(f"Точность, % ({len(rows)} вопросов из {', '.join(p.name for p in files)})")
    if embedding_threshold is not None:
        print(f"Порог «только эмбеддинги» подобран на этих же вопросах: косинус {embedding_threshold:.3f}")
    print()
    print(accuracy_table(results))
    print(f"\nСкорость гибрида ({len(questions)} вопросов; повторные — {args.rounds} прогонов)\n")
    print("| мс: время по часам (процессорное время) | гибрид | базовый WRatio |\n|---|---|---|")
    for label, ours in (("новый вопрос", cold), ("повторный вопрос", warm)):
        for stat, mine, theirs in zip(("медиана", "p95"), ours.cells(), naive.cells(), strict=True):
            print(f"| {stat}, {label} | {mine} | {theirs} |")
    start = f"{start_ours:.2f} ({start_cpu:.2f})"
    print(f"| запуск до первого ответа (векторы в кэше), с | {start} | {start_naive:.2f} |")
    print(f"| пиковая память процесса (RSS), МБ | {rss:.0f} | — |")
    return 0


def cmd_stats(args: argparse.Namespace, settings: Settings) -> int:
    from bot.analytics import render_stats_text
    from bot.analytics.location import display, driver_problem, is_postgres

    db = settings.analytics_db
    if isinstance(db, Path) and not db.exists():
        print(f"Статистики пока нет: файл {db} ещё не создан (бот не получал вопросов).")
        return 0
    if problem := driver_problem(db):
        print(f"Ошибка: {problem}", file=sys.stderr)
        return 2
    from bot.analytics.schema import SchemaTooNewError
    from bot.analytics.store import STORE_ERRORS, AnalyticsStore
    from bot.analytics.writer import describe

    try:
        with AnalyticsStore.from_settings(settings) as store:
            report = store.stats(limit=args.limit)
    except SchemaTooNewError:
        print(
            f"Ошибка: база аналитики {display(db)} записана более новой версией бота: обновите бота.",
            file=sys.stderr,
        )
        return 1
    except STORE_ERRORS as exc:
        check = "ANALYTICS_DB и что сервер PostgreSQL запущен" if is_postgres(db) else "файл ANALYTICS_DB"
        print(
            f"Ошибка: база аналитики {display(db)} недоступна ({describe(exc)}). Проверьте {check}.",
            file=sys.stderr,
        )
        return 1
    print(render_stats_text(report))
    return 0


def cmd_webhook(args: argparse.Namespace, settings: Settings) -> int:
    from bot.telegram.webhook_admin import webhook_command

    code, line = webhook_command(settings, args.action)
    print(line, file=sys.stderr if code else sys.stdout)
    return code


def cmd_health(args: argparse.Namespace, settings: Settings) -> int:
    from bot.health import check

    problem = check(settings)
    if problem:
        print(f"Ошибка: {problem}", file=sys.stderr)
        return 1
    print("Бот работает.")
    return 0


def build_parser() -> argparse.ArgumentParser:
    argparse_ru.install()
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description="Справочный бот по документам: Telegram-бот, консольный чат, проверка базы знаний, "
        "оценка и замеры. Без BOT_TOKEN «run» открывает консольный чат (в терминале).",
    )
    sub = parser.add_subparsers(dest="command", required=True, title="команды", metavar="КОМАНДА")

    p = sub.add_parser("run", help="Telegram-бот (с BOT_TOKEN) или консольный чат (без него, в терминале)")
    p.set_defaults(func=cmd_run)
    p = sub.add_parser("health", help="проверка живости запущенного бота (для HEALTHCHECK в Docker)")
    p.set_defaults(func=cmd_health)
    p = sub.add_parser("chat", help="консольный чат")
    p.set_defaults(func=cmd_chat)
    p = sub.add_parser("ask", help="один ответ; без вопроса — по вопросу на строку из stdin, JSON на строку")
    p.add_argument("--json", action="store_true", help="ответ в JSON (с полями lang и decline)")
    p.add_argument(
        "--lang", choices=["ru", "kk", "en"], default="ru", help="язык ответа, если язык вопроса неясен"
    )
    p.add_argument("question", nargs="*", metavar="ВОПРОС", help="вопрос (можно без кавычек)")
    p.set_defaults(func=cmd_ask)

    from bot.curator.commands import register as register_kb_commands

    kb = sub.add_parser("kb", help="база знаний").add_subparsers(dest="kb_command", required=True)
    register_kb_commands(kb)

    p = sub.add_parser("eval", help="оценка на размеченных вопросах (JSONL: q, cat, keys)")
    p.add_argument(
        "file", nargs="?", default=str(DEFAULT_EVAL), metavar="ФАЙЛ", help="по умолчанию tests/data/dev.jsonl"
    )
    p.add_argument("--baseline", action="store_true", help="и то же для наивного WRatio")
    p.add_argument("--quiet", action="store_true", help="без списка ошибок")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("bench", help="скорость и качество рядом с базовым сопоставлением")
    p.add_argument("files", nargs="*", help="наборы JSONL (по умолчанию все из tests/data)")
    p.add_argument("--rounds", type=int, default=3)
    p.set_defaults(func=cmd_bench)

    p = sub.add_parser("stats", help="статистика вопросов и отзывов")
    p.add_argument("--limit", type=int, default=10, metavar="N", help="строк в каждом списке (10)")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser(
        "webhook", help="webhook Telegram для реплик: set, delete или info (один раз, не каждой репликой)"
    )
    p.add_argument("action", choices=("set", "delete", "info"))
    p.set_defaults(func=cmd_webhook)
    return parser


def _is_eval_file_error(exc: BaseException) -> bool:
    """An unreadable evaluation set; checked without importing the evaluation (and so the engine's
    dependencies) when no command loaded it: `import bot.cli` stays light."""
    evaluation = sys.modules.get("bot.qa.evaluation")
    return evaluation is not None and isinstance(exc, evaluation.EvalFileError)


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
        return int(args.func(args, settings))
    except KnowledgeBaseError as exc:
        print(f"База знаний содержит ошибки ({len(exc.problems)}):\n{exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(file=sys.stderr)  # the shell prompt comes back on a fresh line
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        if _is_eval_file_error(exc):
            print(f"Ошибка: {exc}", file=sys.stderr)
            return 1
        raise
