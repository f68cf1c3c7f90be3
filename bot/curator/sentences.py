"""A source split into sentences (razdel), with each sentence's place and whether quotes cover it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import pymorphy3
from razdel import sentenize

from bot.qa.kb import KnowledgeBase, collapse_ws


@cache
def shared_morph() -> pymorphy3.MorphAnalyzer:
    """One Russian morphological analyzer for the curator's tools (loading it takes a second)."""
    return pymorphy3.MorphAnalyzer(lang="ru")


@dataclass(frozen=True)
class Sentence:
    text: str  # whitespace collapsed, as quotes are compared
    start: int  # offsets in the collapsed source text
    end: int


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of a source (razdel knows «т.е.», «Г. Асылов», «2.5» are not ends)."""
    collapsed = collapse_ws(text)
    out = []
    for part in sentenize(collapsed):
        sentence = collapse_ws(part.text)
        if sentence:
            out.append(Sentence(sentence, part.start, part.stop))
    return out


def quoting_entries(kb: KnowledgeBase, source_id: str) -> list[tuple[str, str]]:
    """(entry id, collapsed quote) of every entry (drafts included) quoting the source."""
    return [
        (entry.id, collapse_ws(text))
        for entry in (*kb.entries, *kb.drafts)
        for text, quote_source in entry.quote_pairs()
        if quote_source == source_id
    ]


def covering(sentence: str, quotes: list[tuple[str, str]]) -> list[str]:
    """Ids of the entries whose quote overlaps the sentence (one holds the other)."""
    return list(dict.fromkeys(eid for eid, quote in quotes if quote in sentence or sentence in quote))
