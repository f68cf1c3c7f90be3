"""The README's worked example, end to end: add a source, curate one entry, the bot answers from it
with the new document's source line (CLI subprocesses and the engine)."""

from __future__ import annotations

import json

import pytest
import yaml

from bot.qa.engine import load_engine
from tests.conftest import KbDirs

from ._support import SHORT_TEXT, dirs_args, dirs_env, run_bot

TITLE = "Выставка «Страницы истории в документах»"
QUESTION = "Нужно ли платить за вход на выставку?"

pytestmark = pytest.mark.slow  # real `python -m bot` subprocesses


def test_add_a_source_curate_one_entry_and_the_bot_answers_from_it(kb_dirs_copy: KbDirs) -> None:
    done = run_bot(
        "kb", "add-source", SHORT_TEXT, "--id", "archive_demo", "--title", TITLE,
        "--date", "2026-03-05", "--kind", "анонс", *dirs_args(kb_dirs_copy),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr

    # Before curation the new text answers nothing: every entry is a draft.
    before = json.loads(run_bot("ask", "--json", QUESTION, env=dirs_env(kb_dirs_copy)).stdout)
    assert before["kind"] != "answer" or not before["entry_id"].startswith("archive_demo")

    # The curator edits the entry that quotes «Вход на выставку свободный.» and removes its draft mark.
    faq_path = kb_dirs_copy.knowledge / "faq" / "archive_demo.yaml"
    faq = yaml.safe_load(faq_path.read_text(encoding="utf-8"))
    entry = next(e for e in faq["entries"] if "Вход на выставку свободный." in e["quotes"])
    del entry["status"]
    entry["topic"] = "Выставка в архиве"
    entry["questions"] = [
        QUESTION,
        "Вход на выставку бесплатный?",
        "Вход на выставку платный?",
        "Выставка в архиве бесплатная?",
        "цена билета на выставку",
        "Можно ли попасть на выставку бесплатно?",
    ]
    entry["answer"] = "Нет, вход на выставку свободный."
    faq_path.write_text(yaml.safe_dump(faq, allow_unicode=True, sort_keys=False), encoding="utf-8")

    check = run_bot("kb", "check", *dirs_args(kb_dirs_copy))
    assert check.returncode == 0, check.stderr
    assert "2 источника" in check.stdout

    reply = json.loads(run_bot("ask", "--json", QUESTION, env=dirs_env(kb_dirs_copy)).stdout)
    assert reply["kind"] == "answer"
    assert reply["entry_id"] == entry["id"]
    assert reply["answer"] == "Нет, вход на выставку свободный."
    assert [q["text"] for q in reply["quotes"]] == ["Вход на выставку свободный."]
    assert reply["quotes"][0]["source"] == {"id": "archive_demo", "title": TITLE, "date": "2026-03-05"}

    engine = load_engine(kb_dirs_copy.knowledge, kb_dirs_copy.seeds)
    same = engine.answer("вход на выставку в архиве платный?")
    assert same.entry_id == entry["id"]
    assert same.quotes[0].source.label() == f"«{TITLE}», 05.03.2026"
    # The round table still answers from its own document.
    other = engine.answer("Кто участвовал в круглом столе?")
    assert other.kind == "answer"
    assert all(q.source.id != "archive_demo" for q in other.quotes)
