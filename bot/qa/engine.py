"""The answer engine: one pure function from a question to a Reply, over a pre-built index."""

from __future__ import annotations

from pathlib import Path

from bot.qa.analyzer import Analyzer
from bot.qa.index import EntryScore
from bot.qa.index_cache import cached_knowledge_base, default_cache_dir, load_index
from bot.qa.kb import Entry, KnowledgeBase, SmalltalkIntent
from bot.qa.models import Match, Reply, Suggestion
from bot.qa.morph import shared_morphology
from bot.qa.smalltalk import SmalltalkMatcher
from bot.settings import PROJECT_ROOT

# Decision thresholds on the 0..100 score, calibrated on rows that include near-miss questions
# (see README, "Quality"): below ANSWER_MIN the engine declines rather than guess.
ANSWER_MIN = 52.0
# A question must be mostly about things the knowledge base knows (see Index.rank).
COVERAGE_MIN = 0.55
# Two different entries this close, neither of them sure: ask instead of guessing.
CLARIFY_MARGIN = 4.0
SURE = 80.0
# A question asking what an entry cannot answer (когда, где, сколько, кто, names, «кто ещё, кроме…»:
# every kind asked must be among the entry's question_kinds) keeps this share of its score: low
# enough that such an entry is never given as the answer, it only stays a suggestion.
KIND_MISMATCH_FACTOR = 0.5
SUGGESTION_MIN = 25.0
MAX_SUGGESTIONS = 3


class Engine:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        synonyms = kb.synonyms
        base = Analyzer(
            shared_morphology(),
            synonym_groups=synonyms.groups,
            question_words=synonyms.question_words,
            stopwords=synonyms.stopwords,
        )
        self.index = load_index(kb, base, default_cache_dir())
        self.analyzer = base.with_vocabulary(self.index.vocabulary)
        self.smalltalk = SmalltalkMatcher(kb.smalltalk, self.analyzer)
        grouped: dict[str, list[Entry]] = {}
        for entry in kb.entries:
            grouped.setdefault(entry.topic, []).append(entry)
        self._topics = {topic: tuple(entries) for topic, entries in grouped.items()}

    # -- public API -------------------------------------------------------------------------
    def answer(self, question: str) -> Reply:
        analysis = self.analyzer.analyse(question)
        intent, rest = self.smalltalk.match(analysis)
        if intent is not None and rest:  # a greeting or thanks before the question itself
            analysis = self.analyzer.analyse(rest)
        ranked = self._rank(analysis.kinds, self.index.rank(analysis))
        top = ranked[0] if ranked else None
        runner_up = ranked[1] if len(ranked) > 1 else None
        if intent is not None and not rest and (top is None or top.score < SURE):
            return self._smalltalk(question, intent)
        if top is None or top.score < ANSWER_MIN or top.coverage < COVERAGE_MIN:
            if intent is not None:  # «спасибо большое за ответ»: small talk, not a question
                return self._smalltalk(question, intent)
            return self._decline(question, top, runner_up, ranked)
        if self._ambiguous(top, runner_up):
            return self._clarify(question, top, runner_up)
        return self._entry_reply(question, self.kb.by_id[top.entry_id], top, runner_up)

    def reply_for_entry(self, entry_id: str) -> Reply | None:
        entry = self.kb.by_id.get(entry_id)
        if entry is None:
            return None
        return self._entry_reply(entry.canonical_question, entry, None, None)

    def topics(self) -> dict[str, tuple[Entry, ...]]:
        """Topic name -> its entries, in knowledge-base order."""
        return dict(self._topics)

    def unmatchable_questions(self) -> list[tuple[str, str]]:
        """(entry id, question) pairs with no word the matcher can use («Когда это было?»):
        such a question can never lead to its entry, so a curator should reword it."""
        return [
            (entry.id, question)
            for entry in self.kb.entries
            for question in entry.questions
            if not self.analyzer.analyse(question).terms
        ]

    # -- decisions --------------------------------------------------------------------------
    def _rank(self, kinds: frozenset[str], ranked: list[EntryScore]) -> list[EntryScore]:
        if not kinds:
            return ranked
        adjusted = [
            s
            if kinds <= self.kb.by_id[s.entry_id].question_kinds
            else EntryScore(s.entry_id, s.score * KIND_MISMATCH_FACTOR, s.question, s.coverage, s.similarity)
            for s in ranked
        ]
        return sorted(adjusted, key=lambda s: s.score, reverse=True)

    def _ambiguous(self, top: EntryScore, runner_up: EntryScore | None) -> bool:
        """Two entries about equally likely, and resting on different evidence: worth asking.
        Entries that quote the same sentence answer alike, so picking either is safe."""
        if runner_up is None or top.score >= SURE or top.score - runner_up.score >= CLARIFY_MARGIN:
            return False
        first, second = self.kb.by_id[top.entry_id], self.kb.by_id[runner_up.entry_id]
        return not set(first.quotes) & set(second.quotes)

    @staticmethod
    def _smalltalk(query: str, intent: SmalltalkIntent) -> Reply:
        return Reply(query=query, kind="smalltalk", answer=intent.reply.ru, note=f"smalltalk:{intent.id}")

    def _entry_reply(
        self, query: str, entry: Entry, top: EntryScore | None, runner_up: EntryScore | None
    ) -> Reply:
        return Reply(
            query=query,
            kind="answer",
            answer=entry.answer,
            quotes=self.kb.quotes_of(entry),
            entry_id=entry.id,
            score=round(top.score, 1) if top else 100.0,
            suggestions=self._suggest(entry.related),
            matched=_match(top)
            if top
            else Match(entry_id=entry.id, question=entry.canonical_question, score=100),
            runner_up=_match(runner_up) if runner_up else None,
        )

    def _clarify(self, query: str, top: EntryScore, runner_up: EntryScore) -> Reply:
        return Reply(
            query=query,
            kind="clarify",
            answer=self.kb.replies.clarify.ru,
            score=round(top.score, 1),
            suggestions=self._suggest([top.entry_id, runner_up.entry_id]),
            matched=_match(top),
            runner_up=_match(runner_up),
            note="close candidates",
        )

    def _decline(
        self, query: str, top: EntryScore | None, runner_up: EntryScore | None, ranked: list[EntryScore]
    ) -> Reply:
        nearest = [s.entry_id for s in ranked[:MAX_SUGGESTIONS] if s.score >= SUGGESTION_MIN]
        return Reply(
            query=query,
            kind="none",
            answer=(self.kb.replies.none_nearby if nearest else self.kb.replies.none).ru,
            score=round(top.score, 1) if top else 0.0,
            suggestions=self._suggest(nearest),
            matched=_match(top) if top else None,
            runner_up=_match(runner_up) if runner_up else None,
            note="no entry covers the question" if top else "nothing in common with the knowledge base",
        )

    def _suggest(self, entry_ids: list[str] | tuple[str, ...]) -> tuple[Suggestion, ...]:
        out = []
        for entry_id in entry_ids[:MAX_SUGGESTIONS]:
            entry = self.kb.by_id[entry_id]
            out.append(Suggestion(entry_id=entry.id, question=entry.canonical_question))
        return tuple(out)


def _match(score: EntryScore) -> Match:
    return Match(entry_id=score.entry_id, question=score.question, score=round(min(score.score, 100.0), 1))


def load_engine(knowledge_dir: Path | None = None, seeds_dir: Path | None = None) -> Engine:
    """Load, validate and index the knowledge base; raises KnowledgeBaseError listing all problems."""
    kb = cached_knowledge_base(
        knowledge_dir or PROJECT_ROOT / "knowledge", seeds_dir or PROJECT_ROOT / "seeds", default_cache_dir()
    )
    return Engine(kb)
