"""How a pass takes words or a kind out of an analysis, shared by the passes that do."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from bot.qa.analyzer import Analysis
from bot.qa.reading.context import ReaderContext


def unless_asked_elsewhere(
    ctx: ReaderContext, analysis: Analysis, kind: str, misread: set[int], instead: str | None = None
) -> Analysis:
    """The kind read from the words at `misread` is taken back (or replaced by `instead`) unless
    another word of the question asks it too («кто ещё… и других»)."""
    if not misread:
        return analysis
    rest = " ".join(word for i, word in enumerate(analysis.words) if i not in misread)
    if kind in ctx.analyzer.analyse(rest).kinds:
        return analysis
    kinds = analysis.kinds - {kind}
    return replace(analysis, kinds=kinds | {instead} if instead else kinds)


def read_with(ctx: ReaderContext, analysis: Analysis, at: Collection[int], word: str) -> Analysis:
    """The question read again with the words at the places `at` replaced by `word` (what they
    stand for: «к собравшимся» as «участникам»), keeping the kinds it asked."""
    read = ctx.analyzer.analyse(" ".join(word if i in at else w for i, w in enumerate(analysis.words)))
    return replace(read, kinds=analysis.kinds | read.kinds)


def less(analysis: Analysis, dropped: Collection[str]) -> Analysis:
    """The analysis less the terms of these values, when something changes and a word the documents
    use is left; else the analysis as it was."""
    kept = tuple(t for t in analysis.terms if t.value not in dropped)
    if len(kept) == len(analysis.terms) or not any(t.known for t in kept):
        return analysis
    return replace(analysis, terms=kept, values=frozenset(t.value for t in kept))


def less_words(ctx: ReaderContext, analysis: Analysis, dropped: Collection[str]) -> Analysis:
    """The analysis less one term for each of these words (the term it reads as alone), the first
    one of that value: a word of a frame is taken out, the same word asked elsewhere stays ("in
    what respect… respect for human rights"). Unchanged unless a word the documents use is left."""
    values = [v for word in dropped for v in ctx.analyzer.analyse(word).values]
    terms = list(analysis.terms)
    for value in values:
        at = next((i for i, t in enumerate(terms) if t.value == value), None)
        if at is not None:
            del terms[at]
    if len(terms) == len(analysis.terms) or not any(t.known for t in terms):
        return analysis
    return replace(analysis, terms=tuple(terms), values=frozenset(t.value for t in terms))
