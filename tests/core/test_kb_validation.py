"""Loading and validating the knowledge base: the real one is sound, every broken copy is caught."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.qa.kb import KnowledgeBase, KnowledgeBaseError, Problem, load_knowledge_base, uncovered_sentences

from ._support import KNOWLEDGE_DIR, SEEDS_DIR, squash

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
    assert real_kb.replies.none.ru.strip()
    assert real_kb.replies.clarify.ru.strip()


def test_every_quote_is_verbatim_in_its_source(real_kb: KnowledgeBase) -> None:
    """Checked here independently of the loader: whitespace-collapsed substring of the source text."""
    missing = []
    for entry in real_kb.entries:
        source_text = squash((SEEDS_DIR / f"{entry.source}.txt").read_text(encoding="utf-8"))
        missing += [(entry.id, quote) for quote in entry.quotes if squash(quote) not in source_text]
    assert not missing


def test_every_entry_has_enough_question_variants(real_kb: KnowledgeBase) -> None:
    short = {e.id: len(e.questions) for e in real_kb.entries if len(e.questions) < 6}
    assert not short, f"entries with fewer than 6 questions: {short}"


def test_every_entry_has_one_or_two_short_quotes(real_kb: KnowledgeBase) -> None:
    wrong_count = {e.id: len(e.quotes) for e in real_kb.entries if not 1 <= len(e.quotes) <= 2}
    too_long = {e.id: len(q) for e in real_kb.entries for q in e.quotes if len(q) > MAX_QUOTE}
    assert not wrong_count, f"entries without 1-2 quotes: {wrong_count}"
    assert not too_long, f"quotes longer than {MAX_QUOTE} characters: {too_long}"


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


def test_real_kb_covers_every_sentence_of_its_source(real_kb: KnowledgeBase) -> None:
    assert uncovered_sentences(real_kb) == []


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
def load_problems(kb_copy) -> list[Problem]:
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


def test_yaml_syntax_error(kb_copy) -> None:
    text = kb_copy.faq_path.read_text(encoding="utf-8")
    lines = text.splitlines()
    lines.insert(5, "  - id: [unclosed")
    kb_copy.faq_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    problems = load_problems(kb_copy)
    problem = find(problems, kb_copy.faq_rel, None, "YAML")
    assert any(ch.isdigit() for ch in problem.message), "the line of the error is named"


def test_missing_answer(kb_copy) -> None:
    data = kb_copy.read_faq()
    entry = data["entries"][1]
    del entry["answer"]
    kb_copy.write_faq(data)
    find(load_problems(kb_copy), kb_copy.faq_rel, entry["id"], "answer")


@pytest.mark.parametrize(
    ("field", "value"),
    [("questions", 42), ("quotes", {"a": 1}), ("related", "not-a-list-of-ids"), ("question_kinds", ["why"])],
)
def test_field_of_the_wrong_type(kb_copy, field: str, value: object) -> None:
    data = kb_copy.read_faq()
    entry = data["entries"][2]
    entry[field] = value
    kb_copy.write_faq(data)
    find(load_problems(kb_copy), kb_copy.faq_rel, entry["id"], field)


def test_unknown_field_is_a_schema_error(kb_copy) -> None:
    data = kb_copy.read_faq()
    entry = data["entries"][0]
    entry["anwser"] = "typo in the key"
    kb_copy.write_faq(data)
    find(load_problems(kb_copy), kb_copy.faq_rel, entry["id"], "anwser")


def test_quote_not_in_source(kb_copy) -> None:
    data = kb_copy.read_faq()
    entry = data["entries"][3]
    entry["quotes"][0] = entry["quotes"][0].replace(" ", " не ", 1)
    kb_copy.write_faq(data)
    find(load_problems(kb_copy), kb_copy.faq_rel, entry["id"], entry["quotes"][0])


def test_quote_with_other_whitespace_is_still_verbatim(kb_copy) -> None:
    data = kb_copy.read_faq()
    entry = data["entries"][3]
    entry["quotes"][0] = entry["quotes"][0].replace(" ", "\n   ", 2)
    kb_copy.write_faq(data)
    load_knowledge_base(kb_copy.knowledge, kb_copy.seeds)


def test_quote_too_long(kb_copy) -> None:
    source = (kb_copy.seeds / f"{kb_copy.read_faq()['source']}.txt").read_text(encoding="utf-8")
    paragraph = max(source.split("\n\n"), key=len).strip()
    assert len(paragraph) > MAX_QUOTE
    data = kb_copy.read_faq()
    entry = data["entries"][4]
    entry["quotes"] = [paragraph]
    kb_copy.write_faq(data)
    find(load_problems(kb_copy), kb_copy.faq_rel, entry["id"], str(MAX_QUOTE))


def test_duplicate_id(kb_copy) -> None:
    data = kb_copy.read_faq()
    first, second = data["entries"][0], data["entries"][5]
    second["id"] = first["id"]
    kb_copy.write_faq(data)
    problems = load_problems(kb_copy)
    find(problems, kb_copy.faq_rel, first["id"], "id")


def test_related_id_that_does_not_exist(kb_copy) -> None:
    data = kb_copy.read_faq()
    entry = data["entries"][6]
    entry["related"] = [*entry.get("related", []), "no_such_entry"]
    kb_copy.write_faq(data)
    find(load_problems(kb_copy), kb_copy.faq_rel, entry["id"], "no_such_entry")


def test_related_to_itself(kb_copy) -> None:
    data = kb_copy.read_faq()
    entry = data["entries"][6]
    entry["related"] = [entry["id"]]
    kb_copy.write_faq(data)
    find(load_problems(kb_copy), kb_copy.faq_rel, entry["id"], "related")


def test_question_used_by_two_entries(kb_copy) -> None:
    data = kb_copy.read_faq()
    owner, thief = data["entries"][0], data["entries"][7]
    question = owner["questions"][0]
    thief["questions"].append("  " + question.upper().replace(" ", "   ") + " ")  # same question, other case
    kb_copy.write_faq(data)
    find(load_problems(kb_copy), kb_copy.faq_rel, thief["id"], owner["id"])


@pytest.mark.parametrize("blank", ["", "   ", "\n"])
def test_empty_answer(kb_copy, blank: str) -> None:
    data = kb_copy.read_faq()
    entry = data["entries"][8]
    entry["answer"] = blank
    kb_copy.write_faq(data)
    find(load_problems(kb_copy), kb_copy.faq_rel, entry["id"], "answer")


def test_empty_question_in_the_list(kb_copy) -> None:
    data = kb_copy.read_faq()
    entry = data["entries"][8]
    entry["questions"].append("   ")
    kb_copy.write_faq(data)
    find(load_problems(kb_copy), kb_copy.faq_rel, entry["id"], "questions")


def test_unknown_source(kb_copy) -> None:
    data = kb_copy.read_faq()
    data["source"] = "no_such_source"
    kb_copy.write_faq(data)
    # The source is named once per FAQ file, so the problem is the file's, not an entry's.
    find(load_problems(kb_copy), kb_copy.faq_rel, None, "no_such_source")


def test_source_without_its_text(kb_copy) -> None:
    text = sorted(kb_copy.seeds.glob("*.txt"))[0]
    text.unlink()
    problem = find(load_problems(kb_copy), f"seeds/{text.with_suffix('.yaml').name}", None, text.name)
    assert problem


@pytest.mark.parametrize("name", ["synonyms.yaml", "smalltalk.yaml", "replies.yaml"])
def test_missing_file(kb_copy, name: str) -> None:
    (kb_copy.knowledge / name).unlink()
    find(load_problems(kb_copy), f"knowledge/{name}", None)


@pytest.mark.parametrize("name", ["synonyms.yaml", "smalltalk.yaml", "replies.yaml"])
def test_file_of_the_wrong_shape(kb_copy, name: str) -> None:
    (kb_copy.knowledge / name).write_text("- just\n- a list\n", encoding="utf-8")
    find(load_problems(kb_copy), f"knowledge/{name}", None)


@pytest.mark.parametrize("name", ["synonyms.yaml", "smalltalk.yaml", "replies.yaml"])
def test_empty_file(kb_copy, name: str) -> None:
    (kb_copy.knowledge / name).write_text("# emptied by mistake\n", encoding="utf-8")
    find(load_problems(kb_copy), f"knowledge/{name}", None)


def test_empty_faq_file(kb_copy) -> None:
    kb_copy.faq_path.write_text("", encoding="utf-8")
    find(load_problems(kb_copy), kb_copy.faq_rel, None)


def test_no_faq_files(kb_copy) -> None:
    for path in (kb_copy.knowledge / "faq").glob("*.yaml"):
        path.unlink()
    assert load_problems(kb_copy)


def test_all_problems_are_listed_at_once(kb_copy) -> None:
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


def test_problems_name_the_file_relative_to_the_project(kb_copy) -> None:
    data = kb_copy.read_faq()
    data["entries"][0]["related"] = ["ghost_entry"]
    kb_copy.write_faq(data)
    (problem,) = load_problems(kb_copy)
    assert not Path(problem.file).is_absolute()
    assert str(problem).startswith(f"{kb_copy.faq_rel} [{data['entries'][0]['id']}]")
