"""The semantic rescue: where the lexical signal alone would not answer, the embedding may turn a
decline into an answer when both signals agree on the entry (rescued), and is computed only when
some entry could still pass (rescuable)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.qa import kazakh
from bot.qa.analyzer import Analysis
from bot.qa.candidates import Candidate
from bot.qa.engine_context import EngineContext
from bot.qa.index import EntryScore, KindMismatched
from bot.qa.morph import PREDICATE_POS
from bot.qa.subject import Subject
from bot.qa.thresholds import (
    AGREE_COVERAGE_MIN,
    AGREE_MARGIN,
    AGREE_MARGIN_WITH_LEAD,
    HYBRID_ANSWER_MIN,
    LEXICAL_LEAD,
    RESCUE_LEX_MIN,
    SEM_ALONE_MIN,
    SEM_MARGIN,
    STRONG_COVERAGE_MIN,
)

# «какие … уже появились?»: with a verb the documents never use, what has happened since the event
ALREADY_WORDS = frozenset({"уже", "already"})
# «Одобрили ли…?», «…мақұлдады ма?»: a yes/no question asks whether its action happened; an action the
# documents never name is the very detail asked, which no entry close in meaning tells
YES_NO_WORDS = frozenset({"ли"}) | kazakh.YES_NO_PARTICLES
# with either, an unknown predicate is the detail asked, which the embedding may not rescue
ACTION_ASKED_WORDS = ALREADY_WORDS | YES_NO_WORDS


def rescued(
    ctx: EngineContext,
    best: Candidate,
    ranked: Sequence[EntryScore],
    analysis: Analysis,
    subject: Subject,
    *,
    cosines: dict[str, float],
) -> bool:
    """Where the lexical signal alone would not answer: both signals together are confident
    and agree, the entry covers the question's subject and fits its kind."""
    lex = best.lexical
    if isinstance(lex, KindMismatched) or not ctx.subjects.answers(best.entry_id, subject):
        return False
    entry = ctx.kb.by_id[best.entry_id]
    if analysis.kinds and not entry.answers_kinds(analysis.kinds):
        return False
    if subject.known:  # an entry lacking the subject cannot answer: no rival either
        cosines = {e: c for e, c in cosines.items() if ctx.subjects.answers(e, subject)}
    closest = max(cosines, key=lambda e: cosines[e])
    # the embedding's first may be an entry quoting the same sentence: it answers alike
    first = closest == best.entry_id or ctx.quote_alike(closest, best.entry_id)
    # the margin over entries that answer otherwise (not over one quoting the same sentence)
    others = (c for e, c in cosines.items() if e != best.entry_id and not ctx.quote_alike(e, best.entry_id))
    margin = best.cosine - max(others, default=0.0)
    if readable(analysis):
        # the lexical side reads the question: it must cover most of it (or each signal puts
        # the entry clearly first), and the embedding must put the same entry first
        leads = lex is not None and _leads(ctx, lex, ranked)
        return (
            lex is not None
            and (
                _agrees(ctx, lex, analysis)
                or (leads and lex.coverage >= STRONG_COVERAGE_MIN and margin >= AGREE_MARGIN)
            )
            and not subject.unknown
            and not (ACTION_ASKED_WORDS.intersection(analysis.words) and _unknown_predicate(analysis))
            and not _done_already_elsewhere(ctx, best.entry_id, analysis)
            and first
            and margin >= (AGREE_MARGIN_WITH_LEAD if leads else AGREE_MARGIN)
            and best.score >= HYBRID_ANSWER_MIN
        )
    # a language the lexical side cannot read: the embedding alone, only when clearly first; not
    # where the words it does read name a subject the documents never use («…кай компания
    # азирлейди?»: which company), which no entry's closeness in meaning answers
    return first and not subject.unknown and best.cosine >= SEM_ALONE_MIN and margin >= SEM_MARGIN


def _leads(ctx: EngineContext, score: EntryScore, ranked: Sequence[EntryScore]) -> bool:
    """The entry is the lexical signal's first, LEXICAL_LEAD ahead of any entry that answers
    otherwise (one quoting the same sentence answers alike)."""
    if not ranked or ranked[0].entry_id != score.entry_id:
        return False
    others = (
        s.score
        for s in ranked
        if s.entry_id != score.entry_id and not ctx.quote_alike(s.entry_id, score.entry_id)
    )
    return score.score - max(others, default=0.0) >= LEXICAL_LEAD


def _agrees(ctx: EngineContext, score: EntryScore, analysis: Analysis) -> bool:
    """The lexical half of an agreement with the embedding: the entry covers most of the
    question, or every term of it but its predicates, each a verb the documents use elsewhere
    («What will happen to the preamble?», «Does the reform strengthen…»): a generic predicate,
    where an unknown one («голосовали ли…») may be the very detail asked."""
    return score.coverage >= AGREE_COVERAGE_MIN or _holds_all_but_predicates(ctx, score, analysis)


def _holds_all_but_predicates(ctx: EngineContext, score: EntryScore, analysis: Analysis) -> bool:
    predicates = [t for t in analysis.terms if t.pos in PREDICATE_POS]
    rest = [t for t in analysis.terms if t.pos not in PREDICATE_POS]
    return (
        bool(rest)
        and all(t.known for t in predicates)
        and all(ctx.subjects.holds(score.entry_id, t.value) for t in rest)
    )


def rescuable(ctx: EngineContext, analysis: Analysis, ranked: Sequence[EntryScore], subject: Subject) -> bool:
    """Whether any entry passes the lexical half of `rescued` (readable questions), so that
    the embedding could still turn a decline into an answer: a lexical score within reach, or
    every term of the question but its generic predicates held («What is the preamble going
    to include?», where the verb lowers the score)."""
    if subject.unknown:
        return False

    def fits(s: EntryScore) -> bool:
        return (not analysis.kinds or ctx.kb.by_id[s.entry_id].answers_kinds(analysis.kinds)) and (
            ctx.subjects.answers(s.entry_id, subject)
        )

    # the lexical signal clearly first: the embedding may agree strongly (STRONG_COVERAGE_MIN)
    first = ranked[0] if ranked else None
    if first and first.coverage >= STRONG_COVERAGE_MIN and _leads(ctx, first, ranked) and fits(first):
        return True
    return any(
        (s.score >= RESCUE_LEX_MIN or _holds_all_but_predicates(ctx, s, analysis))
        and _agrees(ctx, s, analysis)
        and fits(s)
        for s in ranked
    )


def _done_already_elsewhere(ctx: EngineContext, entry_id: str, analysis: Analysis) -> bool:
    """«Какие инициативы Президента уже реализованы?»: what is already done is asked by its verb,
    which the entry must hold; one the knowledge base knows from other words («как это будет
    реализовано, в тексте не говорится») is no action this entry reports done."""
    if ALREADY_WORDS.isdisjoint(analysis.words):
        return False
    return any(
        t.real_word and t.pos in PREDICATE_POS and not ctx.subjects.holds(entry_id, t.value)
        for t in analysis.terms
    )


def _unknown_predicate(analysis: Analysis) -> bool:
    """A verb or participle of the question is a real word the documents never use."""
    return any(not t.known and t.real_word and t.pos in PREDICATE_POS for t in analysis.terms)


def readable(analysis: Analysis) -> bool:
    """Most of the question's terms are words the lexical side understands (Russian words)."""
    real = sum(term.real_word for term in analysis.terms)
    return real * 2 > len(analysis.terms)
