"""The legal knowledge bases the scale benchmark generates (bench/legal_kb.py) are ones `kb check`
accepts: a drafted question never rests on the knowledge base's stopwords alone («Что говорится о
сведениях?» has no word to be found by, and `kb check` rejected the 10,000-entry base for it)."""

from __future__ import annotations

import shutil
from pathlib import Path

from bench.legal_kb import Unit, build_entries, write_legal_sources
from bench.scale import load_articles
from bot.qa.engine import Engine
from bot.qa.kb import load_knowledge_base

from ._support import KNOWLEDGE_DIR, SEEDS_DIR

UNITS = [
    Unit("nk_1", "nk", "1", "1", "Статья 1", "Сведения о связи передаются в налоговый орган."),
    Unit("nk_2", "nk", "2", "1", "Статья 2", "Налогоплательщик уплачивает налог в бюджет."),
]


def test_drafted_questions_skip_the_stopwords() -> None:
    plain, _ = build_entries(UNITS)
    assert "Что говорится о сведении, связи, органе?" in plain["nk_1"][0]["questions"]
    drafted, _ = build_entries(UNITS, frozenset({"сведение", "связь"}))
    questions = drafted["nk_1"][0]["questions"]
    assert "Что говорится о органе?" in questions
    assert not any("связи" in q or "сведение" in q.casefold() for q in questions[2:]), questions


def test_every_generated_question_has_a_word_to_be_found_by(tmp_path: Path) -> None:
    """`kb check`'s own rule (Engine.unmatchable_questions) over a generated base."""
    knowledge = Path(shutil.copytree(KNOWLEDGE_DIR, tmp_path / "knowledge"))
    seeds = Path(shutil.copytree(SEEDS_DIR, tmp_path / "seeds"))
    write_legal_sources(load_articles(), 1_000, knowledge, seeds)
    engine = Engine(load_knowledge_base(knowledge, seeds), semantic=False)
    assert list(engine.unmatchable_questions()) == []
