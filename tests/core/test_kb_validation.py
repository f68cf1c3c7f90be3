"""Loading and validating the knowledge base: the real one is sound, every broken copy is caught."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bot.curator.rules import run_check, strict_problems
from bot.qa.engine import Engine
from bot.qa.kb import (
    KnowledgeBase,
    KnowledgeBaseError,
    Problem,
    check_knowledge_base,
    load_knowledge_base,
    uncovered_sentences,
)
from tests.conftest import KbDirs

from ._support import KNOWLEDGE_DIR, SEEDS_DIR, squash
from .conftest import KbCopy

MAX_QUOTE = 400


# -- the real knowledge base -----------------------------------------------------------------
@pytest.fixture(scope="module")
def real_kb() -> KnowledgeBase:
    return load_knowledge_base(KNOWLEDGE_DIR, SEEDS_DIR)


def test_real_kb_loads(real_kb: KnowledgeBase) -> None:
    assert real_kb.entries
    assert real_kb.sources
    assert real_kb.smalltalk
    assert real_kb.synonyms.groups
    assert real_kb.replies.not_found.ru.strip()
    assert real_kb.replies.clarify.ru.strip()


def test_every_quote_is_verbatim_in_its_source(real_kb: KnowledgeBase) -> None:
    """Checked here independently of the loader: whitespace-collapsed substring of the source text."""
    missing = []
    for entry in real_kb.entries:
        for quote, source_id in entry.quote_pairs():
            source_text = squash((SEEDS_DIR / f"{source_id}.txt").read_text(encoding="utf-8"))
            missing += [(entry.id, quote)] if squash(quote) not in source_text else []
    assert not missing


def test_real_kb_passes_kb_check() -> None:
    """Every rule of `kb check` (the curator's tool is the one rulebook the tests rely on)."""
    report = run_check(KNOWLEDGE_DIR, SEEDS_DIR)
    assert report.errors == []
    assert report.uncovered == []


def test_real_kb_passes_the_strict_rules(real_kb: KnowledgeBase) -> None:
    """The curator's stricter rules: paraphrases, one or two whole-sentence quotes, every sentence
    quoted, kk and en translations."""
    report = run_check(KNOWLEDGE_DIR, SEEDS_DIR, strict=True)
    assert report.errors == []
    checked = check_knowledge_base(KNOWLEDGE_DIR, SEEDS_DIR)
    assert strict_problems(real_kb, list(checked.loaded)) == []


def test_the_second_source_fixture_passes_every_strict_rule(two_sources: KbDirs) -> None:
    report = run_check(two_sources.knowledge, two_sources.seeds, strict=True)
    fixture = [p for p in report.errors if "archive_exhibition" in p.file]
    assert fixture == []
    assert report.kb is not None
    assert len(report.kb.sources) == 2


def test_entries_are_consistent(real_kb: KnowledgeBase) -> None:
    ids = [e.id for e in real_kb.entries]
    assert len(ids) == len(set(ids))
    for entry in real_kb.entries:
        assert entry.answer.strip(), entry.id
        assert entry.topic.strip(), entry.id
        assert entry.source in real_kb.sources, entry.id
        assert entry.id not in entry.related, entry.id
        assert set(entry.related) <= set(ids), entry.id


def test_no_question_belongs_to_two_entries(real_kb: KnowledgeBase) -> None:
    """Own check, stricter than the loader's: also ё/е and punctuation-insensitive."""
    owner: dict[str, str] = {}
    clashes = []
    for entry in real_kb.entries:
        for question in entry.questions:
            key = squash(question.casefold().replace("ё", "е").rstrip("?!. "))
            if owner.setdefault(key, entry.id) != entry.id:
                clashes.append((question, owner[key], entry.id))
    assert not clashes


def test_coverage_report_lists_a_sentence_no_quote_covers_any_more(real_kb: KnowledgeBase) -> None:
    source_id, source = next(iter(real_kb.sources.items()))
    last_sentence = squash(source.text.strip().splitlines()[-1])
    kept = tuple(
        e
        for e in real_kb.entries
        if not any(squash(q) in last_sentence or last_sentence in squash(q) for q in e.quotes)
    )
    assert len(kept) < len(real_kb.entries), "no entry quotes the closing sentence"
    reduced = KnowledgeBase(
        sources=real_kb.sources,
        entries=kept,
        synonyms=real_kb.synonyms,
        smalltalk=real_kb.smalltalk,
        replies=real_kb.replies,
    )
    uncovered = uncovered_sentences(reduced)
    assert (source_id, last_sentence) in uncovered
    remaining = [squash(q) for e in kept for q in e.quotes]
    for _, sentence in uncovered:  # nothing that is still quoted is reported
        assert not any(q in sentence or sentence in q for q in remaining), sentence


# -- broken copies ---------------------------------------------------------------------------
def load_problems(kb_copy: KbCopy) -> list[Problem]:
    with pytest.raises(KnowledgeBaseError) as caught:
        load_knowledge_base(kb_copy.knowledge, kb_copy.seeds)
    problems = caught.value.problems
    assert problems
    # The message lists every problem, one per line, for `kb check`.
    assert str(caught.value).splitlines() == [str(p) for p in problems]
    return problems


def find(problems: list[Problem], file: str, entry_id: str | None, *needles: str) -> Problem:
    for problem in problems:
        same_place = problem.file == file and problem.entry_id == entry_id
        if same_place and all(n.casefold() in problem.message.casefold() for n in needles):
            return problem
    raise AssertionError(f"no problem for {file} [{entry_id}] mentioning {needles}: {problems}")


def test_yaml_syntax_error(kb_copy: KbCopy) -> None:
    text = kb_copy.faq_path.read_text(encoding="utf-8")
    lines = text.splitlines()
    lines.insert(5, "  - id: [unclosed")
    kb_copy.faq_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    problems = load_problems(kb_copy)
    problem = find(problems, kb_copy.faq_rel, None, "YAML")
    assert any(ch.isdigit() for ch in problem.message), "the line of the error is named"


def test_missing_answer(kb_copy: KbCopy) -> None:
    data = kb_copy.read_faq()
    entry = data["entries"][1]
    del entry["answer"]
    kb_copy.write_faq(data)
    find(load_problems(kb_copy), kb_copy.faq_rel, entry["id"], "answer")


@pytest.mark.parametrize(
    ("field", "value"),
    [("questions", 42), ("quotes", {"a": 1}), ("related", "not-a-list-of-ids"), ("question_kinds", ["why"])],
)
def test_field_of_the_wrong_type(kb_copy: KbCopy, field: str, value: object) -> None:
    data = kb_copy.read_faq()
    entry = data["entries"][2]
    entry[field] = value
    kb_copy.write_faq(data)
    find(load_problems(kb_copy), kb_copy.faq_rel, entry["id"], field)


def test_unknown_field_is_a_schema_error(kb_copy: KbCopy) -> None:
    data = kb_copy.read_faq()
    entry = data["entries"][0]
    entry["anwser"] = "typo in the key"
    kb_copy.write_faq(data)
    find(load_problems(kb_copy), kb_copy.faq_rel, entry["id"], "anwser")


def test_quote_not_in_source(kb_copy: KbCopy) -> None:
    data = kb_copy.read_faq()
    entry = data["entries"][3]
    entry["quotes"][0] = entry["quotes"][0].replace(" ", " не ", 1)
    kb_copy.write_faq(data)
    find(load_problems(kb_copy), kb_copy.faq_rel, entry["id"], entry["quotes"][0])


def test_quote_with_other_whitespace_is_still_verbatim(kb_copy: KbCopy) -> None:
    data = kb_copy.read_faq()
    entry = data["entries"][3]
    entry["quotes"][0] = entry["quotes"][0].replace(" ", "\n   ", 2)
    kb_copy.write_faq(data)
    load_knowledge_base(kb_copy.knowledge, kb_copy.seeds)


def test_quote_too_long(kb_copy: KbCopy) -> None:
    source = (kb_copy.seeds / f"{kb_copy.read_faq()['source']}.txt").read_text(encoding="utf-8")
    paragraph = max(source.split("\n\n"), key=len).strip()
    assert len(paragraph) > MAX_QUOTE
    data = kb_copy.read_faq()
    entry = data["entries"][4]
    entry["quotes"] = [paragraph]
    kb_copy.write_faq(data)
    find(load_problems(kb_copy), kb_copy.faq_rel, entry["id"], str(MAX_QUOTE))


def test_duplicate_id(kb_copy: KbCopy) -> None:
    data = kb_copy.read_faq()
    first, second = data["entries"][0], data["entries"][5]
    second["id"] = first["id"]
    kb_copy.write_faq(data)
    problems = load_problems(kb_copy)
    find(problems, kb_copy.faq_rel, first["id"], "id")


def test_related_id_that_does_not_exist(kb_copy: KbCopy) -> None:
    data = kb_copy.read_faq()
    entry = data["entries"][6]
    entry["related"] = [*entry.get("related", []), "no_such_entry"]
    kb_copy.write_faq(data)
    find(load_problems(kb_copy), kb_copy.faq_rel, entry["id"], "no_such_entry")


def test_related_to_itself(kb_copy: KbCopy) -> None:
    data = kb_copy.read_faq()
    entry = data["entries"][6]
    entry["related"] = [entry["id"]]
    kb_copy.write_faq(data)
    find(load_problems(kb_copy), kb_copy.faq_rel, entry["id"], "related")


def test_question_used_by_two_entries(kb_copy: KbCopy) -> None:
    data = kb_copy.read_faq()
    owner, thief = data["entries"][0], data["entries"][7]
    question = owner["questions"][0]
    thief["questions"].append("  " + question.upper().replace(" ", "   ") + " ")  # same question, other case
    kb_copy.write_faq(data)
    find(load_problems(kb_copy), kb_copy.faq_rel, thief["id"], owner["id"])


@pytest.mark.parametrize("blank", ["", "   ", "\n"])
def test_empty_answer(kb_copy: KbCopy, blank: str) -> None:
    data = kb_copy.read_faq()
    entry = data["entries"][8]
    entry["answer"] = blank
    kb_copy.write_faq(data)
    find(load_problems(kb_copy), kb_copy.faq_rel, entry["id"], "answer")


def test_empty_question_in_the_list(kb_copy: KbCopy) -> None:
    data = kb_copy.read_faq()
    entry = data["entries"][8]
    entry["questions"].append("   ")
    kb_copy.write_faq(data)
    find(load_problems(kb_copy), kb_copy.faq_rel, entry["id"], "questions")


def test_unknown_source(kb_copy: KbCopy) -> None:
    data = kb_copy.read_faq()
    data["source"] = "no_such_source"
    kb_copy.write_faq(data)
    # The source is named once per FAQ file, so the problem is the file's, not an entry's.
    find(load_problems(kb_copy), kb_copy.faq_rel, None, "no_such_source")


def test_source_without_its_text(kb_copy: KbCopy) -> None:
    text = sorted(kb_copy.seeds.glob("*.txt"))[0]
    text.unlink()
    problem = find(load_problems(kb_copy), f"seeds/{text.with_suffix('.yaml').name}", None, text.name)
    assert problem


@pytest.mark.parametrize("name", ["synonyms.yaml", "smalltalk.yaml", "replies.yaml"])
def test_missing_file(kb_copy: KbCopy, name: str) -> None:
    (kb_copy.knowledge / name).unlink()
    find(load_problems(kb_copy), f"knowledge/{name}", None)


@pytest.mark.parametrize("name", ["synonyms.yaml", "smalltalk.yaml", "replies.yaml"])
def test_file_of_the_wrong_shape(kb_copy: KbCopy, name: str) -> None:
    (kb_copy.knowledge / name).write_text("- just\n- a list\n", encoding="utf-8")
    find(load_problems(kb_copy), f"knowledge/{name}", None)


@pytest.mark.parametrize("name", ["synonyms.yaml", "smalltalk.yaml", "replies.yaml"])
def test_empty_file(kb_copy: KbCopy, name: str) -> None:
    (kb_copy.knowledge / name).write_text("# emptied by mistake\n", encoding="utf-8")
    find(load_problems(kb_copy), f"knowledge/{name}", None)


def test_empty_faq_file(kb_copy: KbCopy) -> None:
    kb_copy.faq_path.write_text("", encoding="utf-8")
    find(load_problems(kb_copy), kb_copy.faq_rel, None)


def test_no_faq_files(kb_copy: KbCopy) -> None:
    for path in (kb_copy.knowledge / "faq").glob("*.yaml"):
        path.unlink()
    assert load_problems(kb_copy)


def test_all_problems_are_listed_at_once(kb_copy: KbCopy) -> None:
    data = kb_copy.read_faq()
    entries = data["entries"]
    entries[1]["id"] = entries[0]["id"]
    entries[2]["quotes"] = ["Этой фразы в источнике нет."]
    entries[3]["related"] = ["ghost_entry"]
    del entries[4]["answer"]
    kb_copy.write_faq(data)
    (kb_copy.knowledge / "replies.yaml").unlink()

    problems = load_problems(kb_copy)
    faq = kb_copy.faq_rel
    find(problems, faq, entries[0]["id"], "id")
    find(problems, faq, entries[2]["id"], "Этой фразы в источнике нет.")
    find(problems, faq, entries[3]["id"], "ghost_entry")
    find(problems, faq, entries[4]["id"], "answer")
    find(problems, "knowledge/replies.yaml", None)


def test_problems_name_the_file_relative_to_the_project(kb_copy: KbCopy) -> None:
    data = kb_copy.read_faq()
    data["entries"][0]["related"] = ["ghost_entry"]
    kb_copy.write_faq(data)
    (problem,) = load_problems(kb_copy)
    assert not Path(problem.file).is_absolute()
    assert problem.line is not None
    assert str(problem).startswith(f"{kb_copy.faq_rel}:{problem.line} [{data['entries'][0]['id']}]")


# -- what the curator reads: Russian, with the place, and "did you mean" ------------------------
ENGLISH = ("Field required", "Input should", "Extra inputs", "Value error", "String should", "List should")


def file_line(kb_copy: KbCopy, line: int | None) -> str:
    assert line is not None
    lines: list[str] = kb_copy.faq_path.read_text(encoding="utf-8").splitlines()
    return lines[line - 1]


def test_a_misspelt_key_is_named_once_with_the_right_one(kb_copy: KbCopy) -> None:
    data = kb_copy.read_faq()
    entries = data["entries"]
    # An entry others relate to: its failure must not also produce "no entry with id" for them.
    target = next(e for e in entries if any(e["id"] in o.get("related", []) for o in entries))
    target["qoutes"] = target.pop("quotes")
    kb_copy.write_faq(data)
    problems = load_problems(kb_copy)
    assert len(problems) == 1, problems
    (problem,) = problems
    assert problem.entry_id == target["id"]
    assert "«qoutes»" in problem.message
    assert "может быть, «quotes»" in problem.message
    assert "qoutes" in file_line(kb_copy, problem.line)


def test_schema_messages_are_in_russian(kb_copy: KbCopy) -> None:
    data = kb_copy.read_faq()
    entries = data["entries"]
    del entries[0]["answer"]
    entries[1]["questions"] = 42
    entries[2]["question_kinds"] = ["why"]
    entries[3]["quotes"].append("   ")
    entries[4]["anwser"] = "x"
    entries[5]["quotes"] = []
    kb_copy.write_faq(data)
    problems = load_problems(kb_copy)
    assert len(problems) >= 6
    for problem in problems:
        assert not any(phrase in problem.message for phrase in ENGLISH), problem
        assert re.search("[а-яё]{4,}", problem.message), problem
        assert problem.line is not None, problem
    find(problems, kb_copy.faq_rel, entries[0]["id"], "answer", "обязательное поле")
    find(problems, kb_copy.faq_rel, entries[2]["id"], "допустимые значения")
    find(problems, kb_copy.faq_rel, entries[4]["id"], "anwser", "может быть, «answer»")


def test_the_line_of_a_problem_is_the_line_of_its_value(kb_copy: KbCopy) -> None:
    data = kb_copy.read_faq()
    entry = data["entries"][3]
    entry["quotes"][0] = "Этой фразы в источнике нет."
    kb_copy.write_faq(data)
    (problem,) = load_problems(kb_copy)
    assert "Этой фразы в источнике нет." in file_line(kb_copy, problem.line)


def test_a_tab_in_yaml_is_named_with_its_line(kb_copy: KbCopy) -> None:
    lines = kb_copy.faq_path.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.strip().startswith("answer:"))
    lines[at] = "\t" + lines[at].lstrip()
    kb_copy.faq_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (problem,) = load_problems(kb_copy)
    assert "табуляц" in problem.message
    assert problem.line is not None
    assert abs(problem.line - (at + 1)) <= 1


def test_invalid_yaml_gives_the_reason(kb_copy: KbCopy) -> None:
    text = kb_copy.faq_path.read_text(encoding="utf-8")
    kb_copy.faq_path.write_text(
        text.replace("related: [", "related: [oops, ", 1).replace("]", "", 1), "utf-8"
    )
    (problem,) = load_problems(kb_copy)
    assert "YAML" in problem.message
    assert "скобк" in problem.message
    assert problem.line is not None


def test_an_unknown_related_id_suggests_the_close_one(kb_copy: KbCopy) -> None:
    data = kb_copy.read_faq()
    entry, other = data["entries"][6], data["entries"][2]
    entry["related"] = [other["id"][:-1] + "x"]
    kb_copy.write_faq(data)
    find(load_problems(kb_copy), kb_copy.faq_rel, entry["id"], f"может быть, «{other['id']}»")


def test_an_entry_id_too_long_for_telegram_buttons(kb_copy: KbCopy) -> None:
    """Callback data holds 64 bytes; a vote button adds 5 to the id."""
    data = kb_copy.read_faq()
    entry = data["entries"][0]
    long_id = "a" * 60
    for other in data["entries"]:
        other["related"] = [long_id if r == entry["id"] else r for r in other.get("related", [])]
    entry["id"] = long_id
    kb_copy.write_faq(data)
    find(load_problems(kb_copy), kb_copy.faq_rel, long_id, "48")


# -- drafts ------------------------------------------------------------------------------------
def test_drafts_are_loaded_but_never_served(kb_copy: KbCopy) -> None:
    data = kb_copy.read_faq()
    draft = next(
        e for e in data["entries"] if not any(e["id"] in o.get("related", []) for o in data["entries"])
    )
    draft["status"] = "draft"
    kb_copy.write_faq(data)
    kb = load_knowledge_base(kb_copy.knowledge, kb_copy.seeds)
    assert [e.id for e in kb.drafts] == [draft["id"]]
    assert draft["id"] not in kb.by_id
    engine = Engine(kb)
    for question in draft["questions"]:
        reply = engine.answer(question)
        assert reply.entry_id != draft["id"]
        assert all(s.entry_id != draft["id"] for s in reply.suggestions)
    assert all(entry_id != draft["id"] for entry_id, _ in engine_topics_entries(engine))


def engine_topics_entries(engine: Engine) -> list[tuple[str, str]]:
    return [(entry.id, entry.topic) for entry in engine.kb.entries]


def test_a_served_entry_may_not_relate_to_a_draft(kb_copy: KbCopy) -> None:
    data = kb_copy.read_faq()
    entries = data["entries"]
    target = next(e for e in entries if any(e["id"] in o.get("related", []) for o in entries))
    target["status"] = "draft"
    kb_copy.write_faq(data)
    referrer = next(o for o in entries if target["id"] in o.get("related", []) and o is not target)
    find(load_problems(kb_copy), kb_copy.faq_rel, referrer["id"], "черновик")


# -- several sources ---------------------------------------------------------------------------
def test_an_entry_may_quote_several_sources(two_sources: KbDirs) -> None:
    faq = sorted((two_sources.knowledge / "faq").glob("round_table*.yaml"))[0]
    data = yaml.safe_load(faq.read_text(encoding="utf-8"))
    entry = data["entries"][0]
    foreign = "Вход на выставку свободный."
    entry["quotes"] = [entry["quotes"][0], {"text": foreign, "source": "archive_exhibition_2026_03"}]
    faq.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    kb = load_knowledge_base(two_sources.knowledge, two_sources.seeds)
    quotes = kb.quotes_of(kb.by_id[entry["id"]])
    assert [q.source.id for q in quotes] == [data["source"], "archive_exhibition_2026_03"]
    assert quotes[1].source.title == kb.sources["archive_exhibition_2026_03"].meta.title
    reply = Engine(kb).reply_for_entry(entry["id"])
    assert reply is not None
    assert [q.source.id for q in reply.quotes] == [data["source"], "archive_exhibition_2026_03"]


def test_a_quote_of_an_unknown_source_suggests_the_close_one(two_sources: KbDirs) -> None:
    faq = sorted((two_sources.knowledge / "faq").glob("round_table*.yaml"))[0]
    data = yaml.safe_load(faq.read_text(encoding="utf-8"))
    entry = data["entries"][0]
    entry["quotes"].append({"text": "Вход на выставку свободный.", "source": "archive_exhibition_2026"})
    faq.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as caught:
        load_knowledge_base(two_sources.knowledge, two_sources.seeds)
    (problem,) = caught.value.problems
    assert problem.entry_id == entry["id"]
    assert "может быть, «archive_exhibition_2026_03»" in problem.message


def test_a_quote_from_the_wrong_source_is_not_verbatim(two_sources: KbDirs) -> None:
    faq = sorted((two_sources.knowledge / "faq").glob("round_table*.yaml"))[0]
    data = yaml.safe_load(faq.read_text(encoding="utf-8"))
    entry = data["entries"][0]
    entry["quotes"] = [{"text": entry["quotes"][0], "source": "archive_exhibition_2026_03"}]
    faq.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as caught:
        load_knowledge_base(two_sources.knowledge, two_sources.seeds)
    assert any("archive_exhibition_2026_03" in p.message for p in caught.value.problems)


# -- the rulebook: grounding, translations, strict rules ---------------------------------------
def check(kb_copy: KbCopy, *, strict: bool = False) -> list[Problem]:
    return run_check(kb_copy.knowledge, kb_copy.seeds, strict=strict).errors


def test_an_answer_number_neither_quoted_nor_in_the_metadata(kb_copy: KbCopy) -> None:
    data = kb_copy.read_faq()
    entry = data["entries"][5]
    entry["answer"] += " Это решение вступит в силу в 2031 году."
    kb_copy.write_faq(data)
    problem = find(check(kb_copy), kb_copy.faq_rel, entry["id"], "2031")
    assert "answer" in file_line(kb_copy, problem.line)


def test_a_date_only_in_the_source_metadata_is_grounded(kb_copy: KbCopy) -> None:
    meta_path = kb_copy.seeds / f"{kb_copy.read_faq()['source']}.yaml"
    meta = yaml.safe_load(meta_path.read_text(encoding="utf-8"))
    data = kb_copy.read_faq()
    entry = data["entries"][5]
    date = meta["date"]
    entry["answer"] += f" Это было {date.day} числа, в {date.year} году."
    kb_copy.write_faq(data)
    assert check(kb_copy) == []


def translation(answer: str, *questions: str) -> dict[str, object]:
    return {"answer": answer, "questions": list(questions)}


def test_a_number_in_a_translation_that_the_russian_answer_lacks(kb_copy: KbCopy) -> None:
    data = kb_copy.read_faq()
    entry = next(e for e in data["entries"] if not re.search(r"\d", e["answer"]))
    entry["translations"] = {"en": translation("It happened in 1995.", "When?", "What year?", "Date?")}
    kb_copy.write_faq(data)
    find(check(kb_copy), kb_copy.faq_rel, entry["id"], "английский", "1995")


def test_a_name_in_a_translation_that_the_russian_answer_lacks(kb_copy: KbCopy) -> None:
    data = kb_copy.read_faq()
    entry = next(e for e in data["entries"] if "Асылов" not in e["answer"])
    entry["translations"] = {
        "kk": translation("Бұл туралы Берік Асылов айтты.", "Кім?", "Не?", "Қашан?"),
        "en": translation("Berik Asylov said so.", "Who?", "What?", "When?"),
    }
    kb_copy.write_faq(data)
    problems = check(kb_copy)
    find(problems, kb_copy.faq_rel, entry["id"], "казахский", "имя")
    find(problems, kb_copy.faq_rel, entry["id"], "английский", "имя")


def test_a_faithful_translation_passes(kb_copy: KbCopy) -> None:
    data = kb_copy.read_faq()
    entry = next(e for e in data["entries"] if "Асылов" in e["answer"])
    entry["translations"] = {"en": translation("Berik Asylov spoke about it.", "Who?", "What?", "When?")}
    kb_copy.write_faq(data)
    assert [p for p in check(kb_copy) if p.entry_id == entry["id"]] == []


@pytest.mark.parametrize("blank", ["", "   "])
def test_an_empty_translation_is_reported(kb_copy: KbCopy, blank: str) -> None:
    data = kb_copy.read_faq()
    entry = data["entries"][2]
    entry["translations"] = {"kk": translation(blank, "Бұл не?")}
    kb_copy.write_faq(data)
    find(load_problems(kb_copy), kb_copy.faq_rel, entry["id"], "translations", "kk", "answer")


def test_a_missing_translation_is_reported_by_the_strict_check(two_sources: KbDirs) -> None:
    faq = two_sources.knowledge / "faq" / "archive_exhibition_2026_03.yaml"
    data = yaml.safe_load(faq.read_text(encoding="utf-8"))
    entry = data["entries"][1]
    del entry["translations"]["kk"]
    entry["translations"]["en"]["questions"] = entry["translations"]["en"]["questions"][:1]
    faq.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    report = run_check(two_sources.knowledge, two_sources.seeds, strict=True)
    rel = "knowledge/faq/archive_exhibition_2026_03.yaml"
    find(report.errors, rel, entry["id"], "нет перевода", "казахский")
    find(report.errors, rel, entry["id"], "английский", "не меньше 3")
    assert not [p for p in run_check(two_sources.knowledge, two_sources.seeds).errors if p.file == rel]


def test_strict_rules_are_checked_only_with_strict(kb_copy: KbCopy) -> None:
    data = kb_copy.read_faq()
    entries = data["entries"]
    few = entries[3]
    few["questions"] = few["questions"][:3]
    partial = entries[4]
    partial["quotes"] = [" ".join(partial["quotes"][0].split()[:-2])]
    kb_copy.write_faq(data)
    assert check(kb_copy) == []
    problems = check(kb_copy, strict=True)
    find(problems, kb_copy.faq_rel, few["id"], "не меньше 6")
    find(problems, kb_copy.faq_rel, partial["id"], "целых предложений")


def test_an_uncovered_sentence_fails_the_strict_check(kb_copy: KbCopy) -> None:
    source = (kb_copy.seeds / f"{kb_copy.read_faq()['source']}.txt").read_text(encoding="utf-8")
    last = squash(source.strip().splitlines()[-1])
    data = kb_copy.read_faq()
    quoting = {e["id"] for e in data["entries"] if any(squash(q) in last for q in e["quotes"])}
    assert quoting
    data["entries"] = [e for e in data["entries"] if e["id"] not in quoting]
    for entry in data["entries"]:
        entry["related"] = [r for r in entry.get("related", []) if r not in quoting]
    kb_copy.write_faq(data)
    problems = check(kb_copy, strict=True)
    uncovered = [p for p in problems if "не покрыто" in p.message and p.file.startswith("seeds/")]
    assert uncovered, problems
    assert all(p.line is not None for p in uncovered)


def test_a_broken_source_is_reported_once_not_as_unknown(kb_copy: KbCopy) -> None:
    meta_path = kb_copy.seeds / f"{kb_copy.read_faq()['source']}.yaml"
    text = meta_path.read_text(encoding="utf-8")
    meta_path.write_text(
        text.replace("title:", "titel:").replace("date: 2026-02-27", "date: 27.02.2026"), "utf-8"
    )
    problems = load_problems(kb_copy)
    seeds_file = f"seeds/{meta_path.name}"
    find(problems, seeds_file, None, "«titel»", "может быть, «title»")
    find(problems, seeds_file, None, "date", "ГГГГ-ММ-ДД")
    assert not any("неизвестный источник" in p.message for p in problems), problems
    find(problems, kb_copy.faq_rel, None, "не проверены")


def test_the_longest_id_allowed_fits_every_entry_button() -> None:
    """The cap the loader enforces is the one Telegram needs: each button's callback data ≤ 64 bytes."""
    from bot.qa.kb import MAX_ENTRY_ID_CHARS
    from bot.telegram.callbacks import EntryCb, FeedbackCb

    longest = "a" * MAX_ENTRY_ID_CHARS
    for data in (EntryCb(id=longest, edit=True).pack(), FeedbackCb(id=longest, vote=-1).pack()):
        assert len(data.encode()) <= 64, data
