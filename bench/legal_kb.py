"""Knowledge bases of any size generated from real legal text, for the scale benchmark.

One source per article (its text verbatim, in `seeds/`), one FAQ file per article; each entry quotes
one whole sentence of a paragraph verbatim, its answer is that sentence, and its questions are drafted
from the sentence's rarest nouns (as a curator's first drafts would be). For each entry one more
question, worded differently and with the nouns in other grammatical cases, is held out of the
knowledge base: the paraphrase the benchmark asks.
"""

from __future__ import annotations

import gzip
import json
import math
import re
import shutil
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import pymorphy3
import yaml

from bot.qa.kb import MAX_QUOTE_CHARS, collapse_ws
from bot.qa.text import fold

CORPUS = Path(__file__).resolve().parent / "data" / "legal_corpus.jsonl.gz"
LAW_SHORT = {"rf": "Конституции РФ", "nk": "Налогового кодекса РК"}
LAW_DATE = {"rf": "1993-12-12", "nk": "2026-01-01"}  # adoption; entry into force
_SENTENCE = re.compile(r"(?<=[.!?;])\s+")
_WORD = re.compile(r"[А-Яа-яЁё]{4,}")
# The rarest nouns of a sentence, which its questions are drafted from.
_KEYWORDS = 3


@dataclass(frozen=True)
class Unit:
    article_id: str
    law: str
    article: str
    label: str
    topic: str
    sentence: str


@dataclass(frozen=True)
class Paraphrase:
    question: str
    entry_id: str
    quote: str


@lru_cache(maxsize=1)
def _morph() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=200_000)
def _noun(word: str) -> pymorphy3.analyzer.Parse | None:
    """The word's most likely reading, if it is a dictionary noun."""
    parse = _morph().parse(word)[0]
    return parse if parse.tag.POS == "NOUN" and parse.is_known else None


def load_articles(path: Path = CORPUS) -> list[dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def _first_sentence(text: str) -> str | None:
    for part in _SENTENCE.split(collapse_ws(text)):
        if 40 <= len(part) <= MAX_QUOTE_CHARS and _WORD.search(part):
            return part
    return None


def _units(articles: list[dict[str, Any]]) -> Iterator[Unit]:
    for article in articles:
        for unit in article["units"]:
            sentence = _first_sentence(str(unit["text"]))
            if sentence:
                yield Unit(
                    article_id=_slug(str(article["id"])),
                    law=str(article["law"]),
                    article=str(article["article"]),
                    label=str(unit["label"]),
                    topic=str(article["topic"] or article["law_title"]),
                    sentence=sentence,
                )


def select_units(articles: list[dict[str, Any]], size: int) -> list[Unit]:
    """About `size` paragraphs spread evenly over the whole corpus."""
    units = list(_units(articles))
    if size >= len(units):
        return units
    step = len(units) / size
    return [units[int(i * step)] for i in range(size)]


def _nouns(sentence: str) -> list[pymorphy3.analyzer.Parse]:
    return [p for p in (_noun(word.lower()) for word in _WORD.findall(sentence)) if p is not None]


def _form(parse: pymorphy3.analyzer.Parse, case: str) -> str:
    return _inflect(parse.word, case)


@lru_cache(maxsize=200_000)
def _inflect(word: str, case: str) -> str:
    parse = _noun(word)
    inflected = parse.inflect({case}) if parse else None
    return str(inflected.word) if inflected else word


def _keywords(
    sentence: str, doc_freq: Counter[str], n_units: int, stopwords: frozenset[str] = frozenset()
) -> list[pymorphy3.analyzer.Parse]:
    """The sentence's rarest nouns (most telling), in the sentence's order; not the knowledge base's
    stopwords («сведение», «связь»), which `kb check` rejects as the only words of a question."""
    nouns = {p.normal_form: p for p in _nouns(sentence) if p.normal_form not in stopwords}
    rarest = sorted(nouns.values(), key=lambda p: math.log(n_units / doc_freq[p.normal_form]), reverse=True)
    chosen = {p.normal_form for p in rarest[:_KEYWORDS]}
    return [p for p in nouns.values() if p.normal_form in chosen]


def _questions(unit: Unit, keys: list[pymorphy3.analyzer.Parse]) -> list[str]:
    law = LAW_SHORT.get(unit.law, "закона")
    head = " ".join(unit.sentence.rstrip(".;").split()[:10])
    questions = [f"{head}?", f"Что сказано в статье {unit.article} {law} про пункт {unit.label}?"]
    if keys:
        loct = ", ".join(_form(p, "loct") for p in keys)
        questions += [
            f"Что говорится о {loct}?",
            f"{_form(keys[0], 'nomn').capitalize()}: что установлено в статье {unit.article}?",
            " ".join(p.normal_form for p in keys),
            f"Как регулируется {' '.join(_form(p, 'nomn') for p in keys[:2])}?",
        ]
    return questions


def _paraphrase(keys: list[pymorphy3.analyzer.Parse]) -> str | None:
    if len(keys) < 2:
        return None
    gent = [_form(p, "gent") for p in reversed(keys)]
    return f"Какие правила касаются {', '.join(gent[:-1])} и {gent[-1]}?"


def build_entries(
    units: list[Unit], stopwords: frozenset[str] = frozenset()
) -> tuple[dict[str, list[dict[str, Any]]], list[Paraphrase]]:
    """FAQ entries by article id, and the held-out paraphrases."""
    doc_freq: Counter[str] = Counter()
    for unit in units:
        doc_freq.update({p.normal_form for p in _nouns(unit.sentence)})
    seen: set[str] = set()
    ids: Counter[str] = Counter()
    by_article: dict[str, list[dict[str, Any]]] = {}
    paraphrases = []
    for unit in units:
        entry_id = _slug(f"{unit.article_id}_{unit.label}")
        ids[entry_id] += 1
        if ids[entry_id] > 1:  # a label repeated within an article
            entry_id = f"{entry_id}_{ids[entry_id]}"
        keys = _keywords(unit.sentence, doc_freq, len(units), stopwords)
        questions = []
        for question in _questions(unit, keys):
            key = fold(collapse_ws(question))
            if key not in seen:
                seen.add(key)
                questions.append(question)
        if not questions:
            continue
        entry = {"id": entry_id, "topic": unit.topic, "questions": questions}
        entry |= {"answer": unit.sentence, "quotes": [unit.sentence]}
        by_article.setdefault(unit.article_id, []).append(entry)
        paraphrase = _paraphrase(keys)
        if paraphrase and fold(collapse_ws(paraphrase)) not in seen:
            paraphrases.append(Paraphrase(paraphrase, entry_id, unit.sentence))
    return by_article, paraphrases


def write_legal_sources(
    articles: list[dict[str, Any]], size: int, knowledge_dir: Path, seeds_dir: Path
) -> tuple[int, list[Paraphrase]]:
    """Add about `size` entries (one source and FAQ file per article); return (entries, paraphrases)."""
    by_id = {_slug(str(a["id"])): a for a in articles}
    by_article, paraphrases = build_entries(select_units(articles, size), _stopwords(knowledge_dir))
    (knowledge_dir / "faq").mkdir(parents=True, exist_ok=True)
    seeds_dir.mkdir(parents=True, exist_ok=True)
    for article_id, entries in by_article.items():
        article = by_id[article_id]
        meta = {
            "id": article_id,
            "title": f"{article['law_title']}, статья {article['article']}",
            "kind": "закон",
            "date": LAW_DATE.get(str(article["law"]), "2026-01-01"),
            "lang": "ru",
        }
        (seeds_dir / f"{article_id}.txt").write_text(str(article["text"]), encoding="utf-8")
        (seeds_dir / f"{article_id}.yaml").write_text(_dump(meta), encoding="utf-8")
        faq = {"source": article_id, "entries": entries}
        (knowledge_dir / "faq" / f"{article_id}.yaml").write_text(_dump(faq), encoding="utf-8")
    return sum(len(e) for e in by_article.values()), paraphrases


def legal_knowledge_base(
    size: int, project_knowledge: Path, out: Path, articles: list[dict[str, Any]]
) -> tuple[Path, Path, int, list[Paraphrase]]:
    """A knowledge base of legal entries only, with the project's synonyms, small talk and replies."""
    knowledge, seeds = out / "knowledge", out / "seeds"
    shutil.copytree(project_knowledge, knowledge, ignore=shutil.ignore_patterns("faq"))
    count, paraphrases = write_legal_sources(articles, size, knowledge, seeds)
    return knowledge, seeds, count, paraphrases


def _stopwords(knowledge_dir: Path) -> frozenset[str]:
    """The stopwords of the knowledge base the entries are written into (its synonyms.yaml)."""
    path = knowledge_dir / "synonyms.yaml"
    if not path.exists():
        return frozenset()
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return frozenset(str(word) for word in data.get("stopwords", ()))


def _dump(data: object) -> str:
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False, width=1000)
