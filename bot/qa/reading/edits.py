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


def less(analysis: Analysis, dropped: Collection[str]) -> Analysis:
    """The analysis less the terms of these values, when something changes and a word the documents
    use is left; else the analysis as it was."""
    kept = tuple(t for t in analysis.terms if t.value not in dropped)
    if len(kept) == len(analysis.terms) or not any(t.known for t in kept):
        return analysis
    return replace(analysis, terms=kept, values=frozenset(t.value for t in kept))
