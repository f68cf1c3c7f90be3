"""`kb check` and `kb export` as a curator runs them: real subprocesses, real files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from tests.conftest import KbDirs

from ._support import assert_one_clean_line, dirs_args, dirs_env, run_bot

pytestmark = pytest.mark.slow  # real `python -m bot` subprocesses


def test_kb_check_takes_the_folders_as_options(two_sources: KbDirs) -> None:
    done = run_bot("kb", "check", "--strict", *dirs_args(two_sources))
    fixture = [line for line in done.stderr.splitlines() if "archive_exhibition" in line]
    assert fixture == []
    plain = run_bot("kb", "check", *dirs_args(two_sources))
    assert plain.returncode == 0, plain.stderr
    assert "2 источника" in plain.stdout


def test_kb_check_messages_name_file_line_entry_and_a_guess(kb_dirs_copy: KbDirs) -> None:
    faq_path = next((kb_dirs_copy.knowledge / "faq").glob("*.yaml"))
    faq = yaml.safe_load(faq_path.read_text(encoding="utf-8"))
    entry = faq["entries"][2]
    entry["qoutes"] = entry.pop("quotes")
    faq_path.write_text(yaml.safe_dump(faq, allow_unicode=True, sort_keys=False), encoding="utf-8")
    done = run_bot("kb", "check", *dirs_args(kb_dirs_copy))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    problems = [line.strip() for line in done.stderr.splitlines()[1:]]
    assert len(problems) == 1, done.stderr
    (line,) = problems
    assert line.startswith(f"knowledge/faq/{faq_path.name}:")
    assert f"[{entry['id']}]" in line
    assert "может быть, «quotes»" in line
    assert "нет записи" not in done.stderr


def test_kb_check_on_a_missing_folder(tmp_path: Path) -> None:
    line = assert_one_clean_line(run_bot("kb", "check", "--knowledge-dir", tmp_path / "nope"), 2)
    assert "nope" in line


def test_kb_export_without_json_is_readable_text(two_sources: KbDirs) -> None:
    done = run_bot("kb", "export", env=dirs_env(two_sources))
    assert done.returncode == 0, done.stderr
    assert not done.stdout.lstrip().startswith("{")
    assert "ИСТОЧНИКИ" in done.stdout
    assert "=== exhibition_visit — Выставка в архиве" in done.stdout
    assert "«Вход на выставку свободный.» — «Выставка «Страницы истории в документах»" in done.stdout


def test_kb_export_json_names_each_quote_source(two_sources: KbDirs) -> None:
    done = run_bot("kb", "export", "--json", *dirs_args(two_sources))
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    sources = {q["source"]["id"] for e in data["entries"] for q in e["quotes"]}
    assert sources == {"round_table_2026_02_27", "archive_exhibition_2026_03"}


def test_strict_check_finds_a_question_that_leads_to_another_entry(kb_dirs_copy: KbDirs) -> None:
    faq_path = next((kb_dirs_copy.knowledge / "faq").glob("*.yaml"))
    faq = yaml.safe_load(faq_path.read_text(encoding="utf-8"))
    owner = next(e for e in faq["entries"] if e["id"] == "participants")
    thief = next(e for e in faq["entries"] if e["id"] == "key_directions")
    stolen = owner["questions"][0].rstrip("?") + " вообще?"
    thief["questions"].append(stolen)
    faq_path.write_text(yaml.safe_dump(faq, allow_unicode=True, sort_keys=False), encoding="utf-8")
    done = run_bot("kb", "check", "--strict", *dirs_args(kb_dirs_copy))
    assert done.returncode == 1
    lost = [line for line in done.stderr.splitlines() if "ведёт к записи" in line]
    assert len(lost) == 1, done.stderr
    assert "[key_directions]" in lost[0]
    assert stolen in lost[0]


def test_kb_check_refuses_a_member_group_or_body_that_is_no_subject(kb_dirs_copy: KbDirs) -> None:
    """synonyms.yaml `members`: a curator's member must be a subject (or a synonym of one), its
    group's phrases too, and the linking words those of a «кто из / от» question."""
    path = kb_dirs_copy.knowledge / "synonyms.yaml"
    synonyms = yaml.safe_load(path.read_text(encoding="utf-8"))
    synonyms["members"] = [
        {"member": "министр", "of": ["правительство"]},
        {"member": "прокуратура", "of": ["генпрокурор"]},
        {"member": "генпрокурор", "of": ["прокуратура"], "via": ["при"]},
    ]
    synonyms["spheres"] = [{"sphere": "правовая сфера", "bodies": ["суд"]}]
    path.write_text(yaml.safe_dump(synonyms, allow_unicode=True, sort_keys=False), encoding="utf-8")
    done = run_bot("kb", "check", *dirs_args(kb_dirs_copy))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "«министр» — не субъект" in done.stderr
    assert "«правительство»" in done.stderr
    assert "входит в группу, в которую входит сам" in done.stderr
    assert "связка «при»" in done.stderr
    assert "spheres: «суд» — не субъект" in done.stderr
