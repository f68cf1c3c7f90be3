"""The command line, run as a user runs it: `python -m bot ...` in a real subprocess."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from bot.qa.kb import load_knowledge_base

from ._support import DEV, KNOWLEDGE_DIR, SEEDS_DIR, run_bot, squash

pytestmark = pytest.mark.slow  # every test runs `python -m bot` in a subprocess


def assert_clean_failure(done: subprocess.CompletedProcess[str]) -> None:
    assert done.returncode != 0
    assert "Traceback" not in done.stderr + done.stdout, done.stderr


def reply_fields_ok(data: dict) -> None:
    assert set(data) >= {"query", "kind", "answer", "quotes", "entry_id", "score", "suggestions"}
    assert data["kind"] in {"answer", "clarify", "smalltalk", "none"}
    assert isinstance(data["answer"], str)
    assert isinstance(data["score"], int | float)
    for quote in data["quotes"]:
        assert set(quote) == {"text", "source"}
        assert {"id", "title", "date"} <= set(quote["source"])
    for suggestion in data["suggestions"]:
        assert set(suggestion) == {"entry_id", "question"}


# -- ask -------------------------------------------------------------------------------------
def test_ask_json_prints_one_reply_object() -> None:
    done = run_bot("ask", "--json", "Кто участвовал в круглом столе?")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 1
    data = json.loads(lines[0])
    reply_fields_ok(data)
    assert data["query"] == "Кто участвовал в круглом столе?"
    assert data["kind"] == "answer"
    assert data["entry_id"]
    assert data["quotes"]
    source = (SEEDS_DIR / f"{data['quotes'][0]['source']['id']}.txt").read_text(encoding="utf-8")
    assert all(squash(q["text"]) in squash(source) for q in data["quotes"])
    assert "Администрации Президента" in data["answer"]
    assert data["quotes"][0]["source"]["date"] == "2026-02-27"


def test_ask_without_json_prints_readable_text() -> None:
    done = run_bot("ask", "Кто", "участвовал", "в", "круглом", "столе?")
    assert done.returncode == 0, done.stderr
    assert "Администрации Президента" in done.stdout
    assert "Источник:" in done.stdout
    assert not done.stdout.lstrip().startswith("{")


def test_ask_says_which_part_of_a_question_it_answers() -> None:
    question = "Когда прошёл круглый стол и кто на нём выступал?"
    text = run_bot("ask", question)
    assert text.returncode == 0, text.stderr
    first, answer = text.stdout.splitlines()[:2]
    assert first.startswith("В вопросе несколько частей")
    assert "«Когда прошёл круглый стол?»" in first
    assert "27 февраля 2026" in answer
    data = json.loads(run_bot("ask", "--json", question).stdout)
    assert data["preface"] == first
    assert data["entry_id"] == "event_date"


def test_ask_reads_questions_from_stdin_one_json_line_each() -> None:
    questions = ["Кто участвовал в круглом столе?", "Какая погода завтра?", "Привет"]
    done = run_bot("ask", stdin="\n".join(questions) + "\n")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 3
    replies = [json.loads(line) for line in lines]
    for reply in replies:
        reply_fields_ok(reply)
    assert [r["query"] for r in replies] == questions
    assert [r["kind"] for r in replies] == ["answer", "none", "smalltalk"]


# -- kb --------------------------------------------------------------------------------------
def test_kb_check_passes_on_the_real_kb() -> None:
    done = run_bot("kb", "check")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip()
    assert "Traceback" not in done.stderr


@pytest.fixture
def broken_env(kb_copy) -> tuple[dict[str, str], str, str]:
    data = kb_copy.read_faq()
    entry = data["entries"][2]
    entry["quotes"] = ["Этой фразы нет в пресс-релизе."]
    kb_copy.write_faq(data)
    env = {"KNOWLEDGE_DIR": str(kb_copy.knowledge), "SEEDS_DIR": str(kb_copy.seeds)}
    return env, kb_copy.faq_rel, entry["id"]


def test_kb_check_fails_on_a_broken_copy_naming_file_and_entry(broken_env) -> None:
    env, faq_file, entry_id = broken_env
    done = run_bot("kb", "check", env=env)
    assert_clean_failure(done)
    output = done.stdout + done.stderr
    assert faq_file in output
    assert entry_id in output
    assert "Этой фразы нет в пресс-релизе." in output


def test_other_commands_also_refuse_a_broken_kb_cleanly(broken_env) -> None:
    env, faq_file, entry_id = broken_env
    done = run_bot("ask", "--json", "кто участвовал", env=env)
    assert_clean_failure(done)
    assert faq_file in done.stderr
    assert entry_id in done.stderr


def test_kb_check_on_an_empty_synonyms_file(kb_copy) -> None:
    (kb_copy.knowledge / "synonyms.yaml").write_text("", encoding="utf-8")
    env = {"KNOWLEDGE_DIR": str(kb_copy.knowledge), "SEEDS_DIR": str(kb_copy.seeds)}
    done = run_bot("kb", "check", env=env)
    assert_clean_failure(done)
    assert "knowledge/synonyms.yaml" in done.stderr


def test_kb_export_json() -> None:
    done = run_bot("kb", "export", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert set(data) == {"entries"}
    kb = load_knowledge_base(KNOWLEDGE_DIR, SEEDS_DIR)
    assert [e["id"] for e in data["entries"]] == [e.id for e in kb.entries]
    for exported in data["entries"]:
        assert set(exported) == {"id", "questions", "answer", "quotes", "related", "topic"}
        entry = kb.by_id[exported["id"]]
        assert exported["questions"] == list(entry.questions)
        assert exported["answer"] == entry.answer
        assert exported["related"] == list(entry.related)
        assert exported["topic"] == entry.topic
        assert [q["text"] for q in exported["quotes"]] == list(entry.quotes)
        for quote in exported["quotes"]:
            assert set(quote) == {"text", "source"}
            assert quote["source"]["id"] == entry.source
            assert squash(quote["text"]) in squash(kb.sources[entry.source].text)


# -- eval ------------------------------------------------------------------------------------
def test_eval_with_baseline_prints_both_figures() -> None:
    done = run_bot("eval", str(DEV), "--baseline")
    assert done.returncode == 0, done.stderr
    totals = re.findall(r"^(\S.*?): (\d+) вопрос\w*, верно (\d+\.\d) %", done.stdout, flags=re.M)
    assert len(totals) == 2, done.stdout
    (engine_name, engine_rows, _), (baseline_name, baseline_rows, _) = totals
    assert engine_name.startswith("Движок")
    assert baseline_name.startswith("Базовый")
    rows = sum(1 for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip())
    assert int(engine_rows) == int(baseline_rows) == rows
    # per-category lines for both
    assert len(re.findall(r"^\s+ru\s+\d+/\d+", done.stdout, flags=re.M)) == 2


def test_eval_missing_file_is_one_clear_line(tmp_path: Path) -> None:
    missing = tmp_path / "nope.jsonl"
    done = run_bot("eval", str(missing))
    assert_clean_failure(done)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "nope.jsonl" in lines[0]


def test_eval_malformed_json_is_one_clear_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"q": "кто участвовал", "cat": "ru", "keys": ["x"]}\n{not json\n', encoding="utf-8")
    done = run_bot("eval", str(bad))
    assert_clean_failure(done)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "bad.jsonl:2" in lines[0]


def test_eval_row_of_the_wrong_shape_is_one_clear_line(tmp_path: Path) -> None:
    bad = tmp_path / "shape.jsonl"
    bad.write_text('{"q": 1}\n', encoding="utf-8")
    done = run_bot("eval", str(bad))
    assert_clean_failure(done)
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr


def test_eval_file_that_is_not_utf8(tmp_path: Path) -> None:
    bad = tmp_path / "cp1251.jsonl"
    bad.write_bytes('{"q": "кто участвовал", "cat": "ru", "keys": ["x"]}\n'.encode("cp1251"))
    done = run_bot("eval", str(bad))
    assert_clean_failure(done)
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr


# -- chat and run ----------------------------------------------------------------------------
def test_chat_answers_and_opens_a_suggestion_by_number(engine) -> None:
    done = run_bot("chat", stdin="кто участвовал\n1\n/exit\nэто уже не читается\n")
    assert done.returncode == 0, done.stderr
    output = squash(done.stdout)
    first = engine.answer("кто участвовал")
    assert first.kind == "answer"
    assert squash(first.answer) in output
    assert first.suggestions
    opened = engine.reply_for_entry(first.suggestions[0].entry_id)
    assert squash(opened.answer) in output
    assert "это уже не читается" not in output


@pytest.mark.parametrize("token", [None, "   "], ids=["no token", "blank token"])
def test_run_without_token_and_terminal_fails_in_one_line(token: str | None) -> None:
    """In a container or a service there is no one to chat with: a non-zero exit, not a silent 0
    (the console opens only in a terminal: test_console_terminal.py)."""
    done = run_bot(
        "run", stdin="Кто участвовал в круглом столе?\n", env={"BOT_TOKEN": token} if token else {}
    )
    assert_clean_failure(done)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "BOT_TOKEN" in lines[0]
    assert "python -m bot chat" in lines[0]
    assert done.stdout == ""


@pytest.mark.parametrize(
    "token",
    ["garbage-token-7f3a9c", "987601:shortsecret", "55554444:" + "Q" * 20 + " secret-tail-91"],
)
def test_run_with_a_malformed_token_fails_in_one_line(token: str) -> None:
    done = run_bot("run", stdin="", env={"BOT_TOKEN": token})
    assert_clean_failure(done)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "BOT_TOKEN" in lines[0]
    for secret_part in {token, *token.split(":"), token[-10:]}:
        assert secret_part not in done.stdout + done.stderr


def test_ask_json_carries_the_reply_language_and_the_decline_kind() -> None:
    done = run_bot("ask", "--json", "Какая завтра погода?")
    assert done.returncode == 0, done.stderr
    reply = json.loads(done.stdout)
    assert (reply["kind"], reply["lang"], reply["decline"]) == ("none", "ru", "off_topic")
    done = run_bot("ask", "--json", "--lang", "kk", "Асылов")
    reply = json.loads(done.stdout)
    assert reply["lang"] == "kk"
    assert reply["decline"] is None
