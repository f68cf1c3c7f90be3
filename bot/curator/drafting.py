"""`kb add-source`: a new document copied verbatim into seeds/, and a draft FAQ over it.

The draft is a starting point for a curator, not an answer for users: related sentences of a paragraph
are grouped into one entry, each quote is a whole sentence, the answer restates the quotes, and the
questions are drafted from the names and key phrases of the sentences (pymorphy3). Every entry is
`status: draft`, so the bot serves none of them until a curator edits it and removes the mark.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.curator.errors import CuratorError
from bot.curator.sentences import shared_morph, split_sentences
from bot.qa.kb import MAX_ENTRY_ID_CHARS, MAX_QUOTE_CHARS, check_knowledge_base, collapse_ws
from bot.qa.text import fold

SOURCE_ID = re.compile(r"[a-z0-9_]+")
MAX_SOURCE_ID_CHARS = MAX_ENTRY_ID_CHARS - 4  # room for "_NN" of the entries' ids
MAX_GROUP = 2  # sentences an entry quotes (the strict rule's limit)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})
_VOWELS = "аоуэи"


@dataclass(frozen=True)
class AddResult:
    text_path: Path
    meta_path: Path
    faq_path: Path
    sentences: int
    entries: int


def _validate(source_id: str, title: str, date: str) -> dt.date:
    if not SOURCE_ID.fullmatch(source_id):
        raise CuratorError(
            f"id источника «{source_id}» недопустим: только строчные латинские буквы, цифры и «_»", code=2
        )
    if len(source_id) > MAX_SOURCE_ID_CHARS:
        raise CuratorError(f"id источника длиннее {MAX_SOURCE_ID_CHARS} символов: сократите его", code=2)
    if not title.strip():
        raise CuratorError("название документа (--title) не может быть пустым", code=2)
    try:
        return dt.date.fromisoformat(date)
    except ValueError:
        raise CuratorError(f"дата «{date}» не в формате ГГГГ-ММ-ДД (например, 2026-02-27)", code=2) from None


def _read_text(path: Path) -> bytes:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise CuratorError(f"файл не найден: {path}", code=2) from None
    except IsADirectoryError:
        raise CuratorError(f"{path} — это папка, а нужен текстовый файл", code=2) from None
    except OSError as exc:
        raise CuratorError(f"не удалось прочитать {path}: {exc.strerror or exc}", code=2) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise CuratorError(f"{path} не в кодировке UTF-8: пересохраните файл в UTF-8", code=2) from None
    if not text.strip():
        raise CuratorError(f"файл {path} пуст", code=2)
    return raw


def add_source(
    file: Path,
    *,
    source_id: str,
    title: str,
    date: str,
    kind: str,
    knowledge_dir: Path,
    seeds_dir: Path,
) -> AddResult:
    """Copy the text, write its metadata and a draft FAQ; refuse to overwrite an existing source."""
    when = _validate(source_id, title, date)
    raw = _read_text(file)
    text_path, meta_path = seeds_dir / f"{source_id}.txt", seeds_dir / f"{source_id}.yaml"
    faq_path = knowledge_dir / "faq" / f"{source_id}.yaml"
    for path in (text_path, meta_path, faq_path):
        if path.exists():
            raise CuratorError(
                f"источник «{source_id}» уже есть ({path}): выберите другой --id или удалите старые файлы"
            )
    existing = check_knowledge_base(knowledge_dir, seeds_dir)
    taken = {fold(collapse_ws(q)) for item in existing.loaded for q in item.entry.questions}
    text = raw.decode("utf-8")
    entries, sentences = draft_entries(text, source_id, title.strip(), taken)
    meta = {
        "id": source_id,
        "title": title.strip(),
        "kind": kind.strip() or "документ",
        "date": when,
        "lang": "ru",
        "original_file": file.name,
    }
    faq_path.parent.mkdir(parents=True, exist_ok=True)
    text_path.write_bytes(raw)  # verbatim: the quotes are checked against exactly these bytes
    meta_path.write_text(
        f"# Metadata of the source whose text is in {text_path.name} (verbatim).\n" + _dump(meta),
        encoding="utf-8",
    )
    faq_path.write_text(
        "# Draft entries written by `python -m bot kb add-source`: edit the questions and answers,\n"
        "# then remove `status: draft` from each entry that is ready to be served.\n"
        + _dump({"source": source_id, "entries": entries}),
        encoding="utf-8",
    )
    return AddResult(text_path, meta_path, faq_path, sentences, len(entries))


def _dump(data: object) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def draft_entries(text: str, source_id: str, title: str, taken: set[str]) -> tuple[list[dict[str, Any]], int]:
    """The draft entries of a text, and how many sentences it has."""
    entries: list[dict[str, Any]] = []
    total = 0
    for paragraph in re.split(r"\n\s*\n", text):
        sentences = [quote for s in split_sentences(paragraph) for quote in _quotable(s.text)]
        total += len(sentences)
        for group in _group(sentences):
            number = len(entries) + 1
            questions = _questions(group, taken)
            entries.append(
                {
                    "id": f"{source_id}_{number:02d}",
                    "status": "draft",
                    "topic": title[:60],
                    "questions": questions,
                    "answer": " ".join(group),
                    "quotes": group,
                }
            )
    return entries, total


def _quotable(sentence: str) -> list[str]:
    """A sentence as quotes: itself, or its clauses when it is longer than a quote may be."""
    if len(sentence) <= MAX_QUOTE_CHARS:
        return [sentence]
    parts, current = [], ""
    for clause in re.split(r"(?<=[;,:])\s+", sentence):
        if current and len(current) + 1 + len(clause) > MAX_QUOTE_CHARS:
            parts.append(current)
            current = clause
        else:
            current = f"{current} {clause}".strip()
    parts.append(current)
    return [
        part[:MAX_QUOTE_CHARS].rsplit(" ", 1)[0] if len(part) > MAX_QUOTE_CHARS else part for part in parts
    ]


def _lemmas(sentence: str) -> set[str]:
    morph = shared_morph()
    out = set()
    for word in _WORD.findall(sentence):
        parse = morph.parse(word)[0]
        if {"NOUN", "ADJF", "VERB", "INFN"} & parse.tag.grammemes and len(word) > 3:
            out.add(parse.normal_form)
    return out


def _group(sentences: list[str]) -> list[list[str]]:
    """Consecutive sentences of a paragraph that share a content word, at most MAX_GROUP together."""
    groups: list[list[str]] = []
    lemmas: set[str] = set()
    for sentence in sentences:
        mine = _lemmas(sentence)
        if groups and len(groups[-1]) < MAX_GROUP and mine & lemmas:
            groups[-1].append(sentence)
            lemmas |= mine
        else:
            groups.append([sentence])
            lemmas = mine
    return groups


def _inflect(parse: Any, grammemes: set[str]) -> str:
    form = parse.inflect(grammemes)
    return str(form.word if form else parse.word)


def _people(words: list[Any]) -> list[tuple[str, bool]]:
    """(name in the nominative, is feminine) of the people the sentences name."""
    people: list[tuple[str, bool]] = []
    run: list[Any] = []
    for parse in [*words, None]:
        if parse is not None and _NAME_TAGS & parse.tag.grammemes:
            run.append(parse)
            continue
        if run:
            feminine = any("femn" in p.tag.grammemes for p in run)
            cases = {"nomn", "femn"} if feminine else {"nomn"}
            name = " ".join(
                _inflect(p, cases if "Name" not in p.tag.grammemes else {"nomn"}).capitalize() for p in run
            )
            people.append((name, feminine))
            run = []
    return list(dict.fromkeys(people))


def _phrases(words: list[Any]) -> list[tuple[str, str]]:
    """(nominative, prepositional) of the key noun phrases: the most frequent nouns, with an adjective
    right before them when there is one."""
    counts: Counter[str] = Counter()
    best: dict[str, tuple[str, str]] = {}
    for index, parse in enumerate(words):
        grammemes = parse.tag.grammemes
        if "NOUN" not in grammemes or _NAME_TAGS & grammemes or len(parse.word) < 4:
            continue
        counts[parse.normal_form] += 1
        noun_nom = _inflect(parse, {"nomn"})
        noun_loc = _inflect(parse, {"loct"})
        previous = words[index - 1] if index else None
        if previous is not None and "ADJF" in previous.tag.grammemes:
            number = parse.tag.number
            agree = {number} if number == "plur" else {g for g in (number, parse.tag.gender) if g}
            nom = f"{_inflect(previous, {'nomn', *agree})} {noun_nom}"
            loc = f"{_inflect(previous, {'loct', *agree})} {noun_loc}"
            best[parse.normal_form] = (nom, loc)
        else:
            best.setdefault(parse.normal_form, (noun_nom, noun_loc))
    return [best[lemma] for lemma, _ in counts.most_common(2)]


def _about(phrase: str) -> str:
    return ("об " if phrase[:1].casefold() in _VOWELS else "о ") + phrase


def _questions(group: list[str], taken: set[str]) -> list[str]:
    morph = shared_morph()
    words = [morph.parse(word)[0] for sentence in group for word in _WORD.findall(sentence)]
    drafts: list[str] = []
    for name, feminine in _people(words):
        drafts += [
            f"Кто {'такая' if feminine else 'такой'} {name}?",
            f"Что {'сказала' if feminine else 'сказал'} {name}?",
        ]
    for nominative, prepositional in _phrases(words):
        drafts += [
            f"Что говорится {_about(prepositional)}?",
            f"Что известно {_about(prepositional)}?",
            nominative,
        ]
    if not drafts:
        drafts.append(f"О чём говорится во фразе «{' '.join(group[0].split()[:6])}…»?")
    out = []
    for question in drafts:
        key = fold(collapse_ws(question))
        if key not in taken:
            taken.add(key)
            out.append(question)
    if not out:  # every draft question is taken: one that names the entry's first words
        out.append(f"Что сказано в тексте: «{' '.join(group[0].split()[:8])}…»?")
        taken.add(fold(out[0]))
    return out
