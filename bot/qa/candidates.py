"""The candidates of a decision: the entries either signal ranked, each with its combined score (the
lexical ranking alone when no embedding was computed)."""

from __future__ import annotations

import itertools
import operator
from collections.abc import Iterator, Sequence
from typing import NamedTuple, overload

from bot.qa.index import EntryScore
from bot.qa.thresholds import ANSWER_MIN, LEX_WEIGHT, SEM_CEIL, SEM_FLOOR, SEM_WEIGHT

ENTRY_ID = operator.itemgetter(0)  # of an EntryScore
SCORE = operator.itemgetter(1)


class Candidate(NamedTuple):  # a named tuple: one per ranked entry, hundreds a question at scale
    entry_id: str
    score: float  # the combined 0..100 score
    lexical: EntryScore | None
    cosine: float  # -1 without the semantic signal

    @property
    def question(self) -> str:
        return self.lexical.question if self.lexical else ""


def candidate_of(score: EntryScore | None) -> Candidate | None:
    return Candidate(score.entry_id, score.score, score, -1.0) if score else None


def combine(ranked: Sequence[EntryScore], cosines: dict[str, float]) -> Sequence[Candidate]:
    """Every entry either signal found, by the combined score (an entry without a cosine, one
    that cannot answer the question's kind, keeps its lexical score alone)."""
    if not cosines:  # hundreds of entries a question at scale, of which a decline reads a few
        return _Lexical(ranked)
    lexical = {s.entry_id: s for s in ranked}
    out = []
    for entry_id in dict.fromkeys([*cosines, *lexical]):
        cosine = cosines.get(entry_id, -1.0)
        points = 100 * min(max((cosine - SEM_FLOOR) / (SEM_CEIL - SEM_FLOOR), 0.0), 1.0)
        lex = lexical.get(entry_id)
        score = LEX_WEIGHT * (lex.score if lex else 0.0) + SEM_WEIGHT * points
        if lex is not None:
            score = max(score, lex.score if lex.score >= ANSWER_MIN else 0.0)
        out.append(Candidate(entry_id, score, lex, cosine))
    return sorted(out, key=lambda c: c.score, reverse=True)


class _Lexical(Sequence[Candidate]):
    """The lexical ranking as candidates (no cosine), each made when it is read: a decline reads
    the first few of ~200 at scale, and scans them all only when it must."""

    __slots__ = ("_ranked",)

    def __init__(self, ranked: Sequence[EntryScore]) -> None:
        self._ranked = ranked

    def __len__(self) -> int:
        return len(self._ranked)

    @overload
    def __getitem__(self, index: int) -> Candidate: ...

    @overload
    def __getitem__(self, index: slice) -> list[Candidate]: ...

    def __getitem__(self, index: int | slice) -> Candidate | list[Candidate]:
        if isinstance(index, slice):
            return list(_candidates(self._ranked[index]))
        score = self._ranked[index]
        return Candidate(score.entry_id, score.score, score, -1.0)

    def __iter__(self) -> Iterator[Candidate]:
        return _candidates(self._ranked)


def _candidates(ranked: Sequence[EntryScore]) -> Iterator[Candidate]:
    """Made in C: no Python frame for each entry."""
    fields = zip(map(ENTRY_ID, ranked), map(SCORE, ranked), ranked, itertools.repeat(-1.0))
    return map(tuple.__new__, itertools.repeat(Candidate), fields)
