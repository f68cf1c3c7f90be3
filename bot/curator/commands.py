"""The `kb …` commands: check, export, add-source, suggest, coverage.

Each prints one clear Russian line on an error a curator can make and returns 1 (the knowledge base or
the input is wrong) or 2 (the command cannot run as asked); never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.curator.errors import CuratorError
from bot.qa.kb import KnowledgeBase, Problem, load_knowledge_base
from bot.russian import count
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.curator.rules import Report

Command = Callable[[argparse.Namespace, Settings], int]


def _dirs(args: argparse.Namespace, settings: Settings) -> tuple[Path, Path]:
    knowledge = Path(args.knowledge_dir) if args.knowledge_dir else settings.knowledge_dir
    seeds = Path(args.seeds_dir) if args.seeds_dir else settings.seeds_dir
    for name, folder in (("базы знаний", knowledge), ("источников", seeds)):
        if not folder.is_dir():
            raise CuratorError(f"папка {name} не найдена: {folder}", code=2)
    return knowledge, seeds


def cmd_check(args: argparse.Namespace, settings: Settings) -> int:
    from bot.curator.rules import lost_question_problems, run_check
    from bot.qa.engine import Engine

    knowledge, seeds = _dirs(args, settings)
    report = run_check(knowledge, seeds, strict=args.strict)
    kb = report.kb
    if kb is not None:
        # The plain check's rules are lexical (no model, no embedding of the whole base); the strict one
        # asks every question of the engine as users meet it.
        engine = Engine(kb, semantic=args.strict)
        for entry_id, question in engine.unmatchable_questions():
            report.errors.append(_unmatchable(report, entry_id, question))
        if args.strict:
            served = [item for item in report.checked.loaded if not item.entry.is_draft]
            report.errors += lost_question_problems(engine, served)
    if report.drafts:
        ids = ", ".join(entry.id for entry in report.drafts)
        print(f"Черновики (не показываются пользователям, {len(report.drafts)}): {ids}")
    if report.uncovered and not args.strict:
        print("Предложения источника, которые не покрывает ни одна цитата:")
        for source_id, sentence in report.uncovered:
            print(f"  [{source_id}] {sentence}")
    if report.errors:
        mode = " (строгая проверка)" if args.strict else ""
        print(f"База знаний содержит ошибки{mode} — {len(report.errors)}:", file=sys.stderr)
        for problem in report.errors:
            print(f"  {problem}", file=sys.stderr)
        return 1
    if kb is None:  # not reached: a knowledge base that did not load has errors
        return 1
    print(_summary(kb, len(report.uncovered), strict=args.strict))
    return 0


def _unmatchable(report: Report, entry_id: str, question: str) -> Problem:
    item = next((i for i in report.checked.loaded if i.entry.id == entry_id), None)
    message = f"в вопросе «{question}» нет слов, по которым его можно найти: переформулируйте его"
    if item is None:
        return Problem("knowledge/faq", entry_id, message)
    number = item.entry.questions.index(question)
    return Problem(item.file, entry_id, message, item.lines.line("entries", item.index, "questions", number))


def _summary(kb: KnowledgeBase, uncovered: int, *, strict: bool) -> str:
    questions = sum(len(e.questions) for e in kb.entries)
    mode = "строгая проверка пройдена" if strict else "в порядке"
    return (
        f"База знаний {mode}: {count(len(kb.sources), 'источник', 'источника', 'источников')}, "
        f"{count(len(kb.entries), 'запись', 'записи', 'записей')}, "
        f"{count(questions, 'формулировка', 'формулировки', 'формулировок')} вопросов, "
        f"{count(len(kb.smalltalk), 'тема', 'темы', 'тем')} small talk, "
        f"{count(len(kb.synonyms.groups), 'группа', 'группы', 'групп')} синонимов; "
        f"не покрыто цитатами предложений: {uncovered}."
    )


def _export_data(kb: KnowledgeBase) -> dict[str, Any]:
    entries = []
    for entry in kb.entries:
        entries.append(
            {
                "id": entry.id,
                "topic": entry.topic,
                "questions": list(entry.questions),
                "answer": entry.answer,
                "quotes": [quote.model_dump(mode="json") for quote in kb.quotes_of(entry)],
                "related": list(entry.related),
            }
        )
    return {"entries": entries}


def cmd_export(args: argparse.Namespace, settings: Settings) -> int:
    knowledge, seeds = _dirs(args, settings)
    kb = load_knowledge_base(knowledge, seeds)
    if args.json:
        print(json.dumps(_export_data(kb), ensure_ascii=False, indent=2))
        return 0
    print(export_text(kb))
    return 0


def export_text(kb: KnowledgeBase) -> str:
    """The knowledge base as a curator reads it: sources, then each entry with its questions and quotes."""
    lines = ["ИСТОЧНИКИ"]
    for source in kb.sources.values():
        meta = source.meta
        lines.append(f"  [{meta.id}] {meta.kind}: «{meta.title}», {meta.date:%d.%m.%Y}")
    for entry in kb.entries:
        lines += ["", f"=== {entry.id} — {entry.topic}", "Вопросы:"]
        lines += [f"  • {question}" for question in entry.questions]
        lines += ["Ответ:", f"  {entry.answer}", "Цитаты:"]
        lines += [f"  «{quote.text}» — {quote.source.label()}" for quote in kb.quotes_of(entry)]
        if entry.related:
            lines.append("См. также: " + ", ".join(entry.related))
    return "\n".join(lines)


def cmd_add_source(args: argparse.Namespace, settings: Settings) -> int:
    from bot.curator.drafting import add_source

    knowledge, seeds = _dirs(args, settings)
    result = add_source(
        Path(args.file),
        source_id=args.id,
        title=args.title,
        date=args.date,
        kind=args.kind,
        knowledge_dir=knowledge,
        seeds_dir=seeds,
    )
    print(
        f"Источник «{args.title}» добавлен: {result.text_path}, {result.meta_path}.\n"
        f"Черновик FAQ: {result.faq_path} — "
        f"{count(result.entries, 'запись', 'записи', 'записей')} со статусом draft "
        f"из {count(result.sentences, 'предложения', 'предложений', 'предложений')}.\n"
        "Отредактируйте вопросы и ответы, уберите у готовых записей строку «status: draft» "
        "и проверьте: python -m bot kb check"
    )
    return 0


def cmd_suggest(args: argparse.Namespace, settings: Settings) -> int:
    from bot.analytics.location import parse_location
    from bot.curator.suggest import format_groups, suggest

    knowledge, seeds = _dirs(args, settings)
    try:
        db = parse_location(args.db) if args.db else settings.analytics_db
    except ValueError as exc:
        raise CuratorError(f"--db: {exc}", code=2) from None
    retention = settings.analytics_retention_days
    groups = suggest(load_knowledge_base(knowledge, seeds), db, retention_days=retention, limit=args.limit)
    print(format_groups(groups, db))
    return 0


def cmd_coverage(args: argparse.Namespace, settings: Settings) -> int:
    from bot.curator.coverage import coverage_html, coverage_stats

    knowledge, seeds = _dirs(args, settings)
    kb = load_knowledge_base(knowledge, seeds)
    target = Path(args.html)
    try:
        target.write_text(coverage_html(kb), encoding="utf-8")
    except OSError as exc:
        raise CuratorError(f"не удалось записать {target}: {exc.strerror or exc}", code=2) from exc
    covered, total = coverage_stats(kb)
    print(f"Покрытие цитатами: {covered} из {total} предложений. Страница: {target}")
    return 0


def _folders(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--knowledge-dir", metavar="ПАПКА", help="папка базы знаний (по умолчанию knowledge/, KNOWLEDGE_DIR)"
    )
    parser.add_argument(
        "--seeds-dir", metavar="ПАПКА", help="папка источников (по умолчанию seeds/ или SEEDS_DIR)"
    )


def register(kb: Any) -> None:
    """Add the `kb …` subcommands to the `kb` subparsers."""
    p = kb.add_parser("check", help="проверить базу знаний")
    p.add_argument("--strict", action="store_true", help="и строгие правила куратора")
    _folders(p)
    p.set_defaults(func=_guarded(cmd_check))

    p = kb.add_parser("export", help="выгрузить базу знаний (текстом или в JSON)")
    p.add_argument("--json", action="store_true", help="в JSON")
    _folders(p)
    p.set_defaults(func=_guarded(cmd_export))

    p = kb.add_parser("add-source", help="добавить документ и черновик FAQ по нему")
    p.add_argument("file", metavar="ФАЙЛ", help="текст документа (UTF-8)")
    p.add_argument(
        "--id", required=True, metavar="ID", help="id источника: строчные латинские буквы, цифры, _"
    )
    p.add_argument("--title", required=True, metavar="НАЗВАНИЕ", help="название документа")
    p.add_argument("--date", required=True, metavar="ГГГГ-ММ-ДД", help="дата документа, ГГГГ-ММ-ДД")
    p.add_argument("--kind", default="документ", metavar="ВИД", help="вид документа: пресс-релиз, закон, …")
    _folders(p)
    p.set_defaults(func=_guarded(cmd_add_source))

    p = kb.add_parser("suggest", help="вопросы без ответа, сгруппированные по смыслу")
    p.add_argument(
        "--db", metavar="БАЗА", help="файл аналитики или адрес postgresql://… (по умолчанию ANALYTICS_DB)"
    )
    p.add_argument("--limit", type=int, default=20, metavar="N", help="сколько групп показать")
    _folders(p)
    p.set_defaults(func=_guarded(cmd_suggest))

    p = kb.add_parser("coverage", help="HTML-страница: какие предложения источников покрыты цитатами")
    p.add_argument("--html", required=True, metavar="ФАЙЛ", help="куда записать страницу")
    _folders(p)
    p.set_defaults(func=_guarded(cmd_coverage))


def _guarded(command: Command) -> Command:
    """The command with a curator's error turned into one line and its exit code."""

    def run(args: argparse.Namespace, settings: Settings) -> int:
        try:
            return command(args, settings)
        except CuratorError as exc:
            print(f"Ошибка: {exc}", file=sys.stderr)
            return exc.code

    return run
