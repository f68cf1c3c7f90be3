"""The answer engine: one pure function from a question to a Reply, over a pre-built index.

Two signals decide: the lexical one (lemmas, synonyms, typo repair; bot/qa/index.py) and, when
the lexical one is not already sure, a semantic one (multilingual embeddings; bot/qa/semantic.py).
Embeddings find paraphrases and other languages but cannot tell "not in the document": an answer
also needs the question's subject covered by the entry and the kind of question to fit.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from bot.paths import PROJECT_ROOT
from bot.qa import lang as language
from bot.qa.analyzer import Analysis, Analyzer, Term
from bot.qa.index import EntryScore
from bot.qa.index_cache import cached_knowledge_base, default_cache_dir, load_index
from bot.qa.kb import Entry, KnowledgeBase, SmalltalkIntent
from bot.qa.models import DeclineKind, Lang, Match, Reply, Suggestion
from bot.qa.morph import shared_morphology
from bot.qa.semantic import Embedder, SemanticIndex, entry_vectors, load_embedder
from bot.qa.smalltalk import SmalltalkMatcher
from bot.qa.text import focus, has_latin

log = logging.getLogger(__name__)

# Lexical decision thresholds on the 0..100 score, calibrated on rows that include near-miss
# questions (see README, "Quality"): below ANSWER_MIN the lexical signal alone declines.
ANSWER_MIN = 52.0
# A question must be mostly about things the knowledge base knows (see Index.rank).
COVERAGE_MIN = 0.55
# Two different entries this close, neither of them sure: ask instead of guessing.
CLARIFY_MARGIN = 4.0
# Above this the lexical signal is sure on its own: no embedding is computed.
SURE = 80.0
# A question asking what an entry cannot answer (когда, где, сколько, кто, names, «кто ещё, кроме…»:
# every kind asked must be among the entry's question_kinds) keeps this share of its score.
KIND_MISMATCH_FACTOR = 0.5
SUGGESTION_MIN = 25.0
MAX_SUGGESTIONS = 3
# Parts of speech of an unknown word that name a subject (a noun, a name), not a predicate.
SUBJECT_POS = frozenset({"NOUN", None})

# The semantic signal: cosine of e5 vectors. Its scale is narrow (unrelated questions reach 0.8),
# so it is mapped onto 0..100 between SEM_FLOOR and SEM_CEIL before it is combined.
SEM_FLOOR = 0.82
SEM_CEIL = 0.95
# The hybrid score: the lexical score and the semantic one, weighted.
LEX_WEIGHT = 0.5
SEM_WEIGHT = 0.5
HYBRID_ANSWER_MIN = 52.0
# When both signals put the same entry first, the lexical side need cover less of the question
# (generic verbs: «что ждёт…», «что планируют сделать с…»).
AGREE_COVERAGE_MIN = 0.4
# ... and the embedding must put that entry clearly first: this far above any other entry.
AGREE_MARGIN = 0.03
# The embedding is computed for a readable question only when it can still change the decision:
# a lexical candidate within reach of answering (this score, AGREE_COVERAGE_MIN, subject, kind),
# or a "not in the document" that an entry close in meaning (SEM_NEAR) may contradict.
RESCUE_LEX_MIN = 45.0
# ... and for the latter only when an entry about the subject covers this much of the question.
GUARD_COVERAGE = 0.2
# Alone (no lexical evidence at all, e.g. Kazakh or English before their translations), the
# semantic signal answers only when it is clearly above the rest.
SEM_ALONE_MIN = 0.90
SEM_MARGIN = 0.015
# Close enough to offer as "did you mean" / nearby topics.
SEM_CLOSE = 0.86
# Below this the question is unlike anything in the knowledge base.
SEM_ON_TOPIC = 0.84

# An entry this close lexically nearly answers: never say "the document does not say this" then.
NEAR_COVERAGE = 0.5
# An entry this close in meaning: never say "the document does not say this" then either.
SEM_NEAR = 0.93
# A term of a source's title or topics names that source's subject when at least this share of the
# entries holding it are that source's (synonyms may lend it to a stray entry of another source).
SOURCE_TERM_SHARE = 0.8
# Longer "words" are noise (a key held down) and are not embedded.
MAX_EMBEDDED_WORD = 30

DEFAULT_CACHE_DIR = PROJECT_ROOT / ".cache"


class Candidate(NamedTuple):  # a named tuple: one per ranked entry, hundreds a question at scale
    entry_id: str
    score: float  # the combined 0..100 score
    lexical: EntryScore | None
    cosine: float  # -1 without the semantic signal

    @property
    def question(self) -> str:
        return self.lexical.question if self.lexical else ""


class Engine:
    def __init__(
        self,
        kb: KnowledgeBase,
        *,
        semantic: bool | Embedder = True,
        cache_dir: Path | None = DEFAULT_CACHE_DIR,
    ) -> None:
        self.kb = kb
        synonyms = kb.synonyms
        base = Analyzer(
            shared_morphology(),
            synonym_groups=synonyms.groups,
            question_words={str(kind): words for kind, words in synonyms.question_words.items()},
            stopwords=synonyms.stopwords,
        )
        self.index = load_index(kb, base, default_cache_dir())
        self.analyzer = base.with_vocabulary(self.index.vocabulary)
        self.smalltalk = SmalltalkMatcher(kb.smalltalk, self.analyzer)
        self._subjects = frozenset(v for phrase in synonyms.subjects for v in base.analyse(phrase).values)
        self._source_terms = self._distinctive_source_terms()
        grouped: dict[str, list[Entry]] = {}
        for entry in kb.entries:
            grouped.setdefault(entry.topic, []).append(entry)
        self._topics = {topic: tuple(entries) for topic, entries in grouped.items()}
        embedder = (load_embedder() if semantic else None) if isinstance(semantic, bool) else semantic
        self.semantic: SemanticIndex | None = None
        if embedder is not None:
            questions = [(e.id, q) for e in kb.entries for q in _all_questions(e)]
            answers = [(e.id, a) for e in kb.entries for a in _all_answers(e)]
            self.semantic = SemanticIndex(embedder, entry_vectors(embedder, questions, answers, cache_dir))
        elif semantic is not False:
            log.warning("answering with lexical matching only (no embedding model)")

    # -- public API -------------------------------------------------------------------------
    def answer(self, question: str, fallback_lang: Lang = "ru") -> Reply:
        text, shortened = focus(question)
        analysis = self.analyzer.analyse(text)
        lang = language.detect(text, analysis.text) or fallback_lang
        reply = self._answer(question, analysis, lang)
        if shortened and reply.kind == "answer":
            note = self.kb.replies.long_question.get(lang).format(question=text.strip())
            reply = reply.model_copy(update={"note": f"long message; {note}"})
        elif shortened:
            reply = reply.model_copy(update={"note": f"long message; searched: {text.strip()}"})
        return reply

    def reply_for_entry(self, entry_id: str, lang: Lang = "ru") -> Reply | None:
        entry = self.kb.by_id.get(entry_id)
        if entry is None:
            return None
        return self._entry_reply(_question_in(entry, lang), entry, None, None, lang)

    def topics(self) -> dict[str, tuple[Entry, ...]]:
        """Topic name -> its entries, in knowledge-base order."""
        return dict(self._topics)

    def unmatchable_questions(self) -> list[tuple[str, str]]:
        """(entry id, question) pairs with no word the matcher can use («Когда это было?»):
        such a question can never lead to its entry, so a curator should reword it. The index left
        them out when it was built; a question's words are all in the vocabulary, so only the script
        repair of Latin letters could read one differently now."""

        def matchable(entry_id: str, question: str) -> bool:
            if has_latin(question):
                return bool(self.analyzer.analyse(question).terms)
            return self.index.indexed(entry_id, question)

        return [(e.id, q) for e in self.kb.entries for q in e.questions if not matchable(e.id, q)]

    # -- decisions --------------------------------------------------------------------------
    def _answer(self, question: str, analysis: Analysis, lang: Lang) -> Reply:
        intent, rest = self.smalltalk.match(analysis)
        if intent is not None and rest:  # a greeting or thanks before the question itself
            analysis = self.analyzer.analyse(rest)
        ranked = self._rank(analysis.kinds, self.index.rank(analysis))
        top = ranked[0] if ranked else None
        if intent is not None and not rest and (top is None or top.score < SURE):
            return self._smalltalk(question, intent, lang)
        subject = self._subject(analysis.terms)
        runner_up = ranked[1] if len(ranked) > 1 else None
        if (
            top is not None
            and top.score >= ANSWER_MIN
            and top.coverage >= COVERAGE_MIN
            and self._covers(top.entry_id, subject)
        ):  # the common case: the lexical signal decides alone, no embedding is computed
            if self._ambiguous(top.entry_id, top.score, runner_up):
                return self._clarify(question, _cand(top), _cand(runner_up), lang)  # type: ignore[arg-type]
            return self._entry_reply(
                question, self.kb.by_id[top.entry_id], _cand(top), _cand(runner_up), lang
            )
        # Embeddings only where they can help: a paraphrase of something the document talks
        # about, or a language the lexical side cannot read; not for Russian words it never uses.
        wanted = subject.any_known or not _readable(analysis)
        if wanted and _readable(analysis) and not self._rescuable(analysis, ranked, subject):
            # no entry the embedding could rescue: it would only tell a "not in the document" from
            # a "not found" (an entry very close in meaning), so it is computed only for the former
            lexical = self._combine(analysis, ranked, {})
            nearby = ranked[:MAX_SUGGESTIONS]
            wanted = self._decline_kind(analysis, subject, lexical, {}) == "not_in_document" and any(
                s.coverage >= GUARD_COVERAGE and self._covers(s.entry_id, subject) for s in nearby
            )
        cosines = self._cosines(analysis) if wanted else {}
        candidates = self._combine(analysis, ranked, cosines)
        best = candidates[0] if candidates else None
        second = candidates[1] if len(candidates) > 1 else None
        if cosines and best is not None and self._rescued(best, second, analysis, subject, cosines):
            if self._ambiguous(best.entry_id, best.score, second):
                return self._clarify(question, best, second, lang)  # type: ignore[arg-type]
            return self._entry_reply(question, self.kb.by_id[best.entry_id], best, second, lang)
        if intent is not None:  # «спасибо большое за ответ»: small talk, not a question
            return self._smalltalk(question, intent, lang)
        close = [c for c in candidates[:MAX_SUGGESTIONS] if self._close(c, subject)]
        kind = self._decline_kind(analysis, subject, candidates, cosines)
        return self._decline(question, kind, candidates, close, lang)

    def _cosines(self, analysis: Analysis) -> dict[str, float]:
        """Entry id -> cosine with the question, or {} without the model or without real words
        (a run of one letter is noise, and costs the tokenizer seconds)."""
        if self.semantic is None:
            return {}
        text = " ".join(w for w in analysis.words if len(w) <= MAX_EMBEDDED_WORD)
        return self.semantic.scores(text) if text else {}

    def _combine(
        self, analysis: Analysis, ranked: list[EntryScore], cosines: dict[str, float]
    ) -> list[Candidate]:
        lexical = {s.entry_id: s for s in ranked}
        if not cosines:
            return [Candidate(s.entry_id, s.score, s, -1.0) for s in ranked]
        out = []
        for entry_id, cosine in cosines.items():
            points = 100 * min(max((cosine - SEM_FLOOR) / (SEM_CEIL - SEM_FLOOR), 0.0), 1.0)
            if analysis.kinds and not analysis.kinds <= self.kb.by_id[entry_id].question_kinds:
                points *= KIND_MISMATCH_FACTOR
            lex = lexical.get(entry_id)
            score = LEX_WEIGHT * (lex.score if lex else 0.0) + SEM_WEIGHT * points
            if lex is not None:
                score = max(score, lex.score if lex.score >= ANSWER_MIN else 0.0)
            out.append(Candidate(entry_id, score, lex, cosine))
        return sorted(out, key=lambda c: c.score, reverse=True)

    def _rescued(
        self,
        best: Candidate,
        second: Candidate | None,
        analysis: Analysis,
        subject: _Subject,
        cosines: dict[str, float],
    ) -> bool:
        """Where the lexical signal alone would not answer: both signals together are confident
        and agree, the entry covers the question's subject and fits its kind."""
        lex = best.lexical
        if not self._covers(best.entry_id, subject):
            return False
        entry = self.kb.by_id[best.entry_id]
        if analysis.kinds and not analysis.kinds <= entry.question_kinds:
            return False
        closest = max(cosines, key=lambda e: cosines[e])
        margin = best.cosine - max((c for e, c in cosines.items() if e != best.entry_id), default=0.0)
        if _readable(analysis):
            # the lexical side reads the question: it must cover most of it, and the embedding
            # must put the same entry first
            return (
                lex is not None
                and lex.coverage >= AGREE_COVERAGE_MIN
                and not subject.unknown
                and closest == best.entry_id
                and margin >= AGREE_MARGIN
                and best.score >= HYBRID_ANSWER_MIN
            )
        # a language the lexical side cannot read: the embedding alone, only when clearly first
        return closest == best.entry_id and best.cosine >= SEM_ALONE_MIN and margin >= SEM_MARGIN

    def _rescuable(self, analysis: Analysis, ranked: list[EntryScore], subject: _Subject) -> bool:
        """Whether any entry passes the lexical half of `_rescued` (readable questions), so that
        the embedding could still turn a decline into an answer."""
        if subject.unknown:
            return False
        return any(
            s.coverage >= AGREE_COVERAGE_MIN
            and s.score >= RESCUE_LEX_MIN
            and (not analysis.kinds or analysis.kinds <= self.kb.by_id[s.entry_id].question_kinds)
            and self._covers(s.entry_id, subject)
            for s in ranked
        )

    def _close(self, candidate: Candidate, subject: _Subject) -> bool:
        if not self._covers(candidate.entry_id, subject):
            return False
        lex = candidate.lexical
        if subject.unknown and (lex is None or lex.coverage < COVERAGE_MIN):
            return False  # mostly about something the document never names
        if candidate.cosine >= 0:
            return candidate.cosine >= SEM_CLOSE and candidate.score >= SUGGESTION_MIN
        return candidate.score >= SUGGESTION_MIN

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

    def _subject(self, terms: tuple[Term, ...]) -> _Subject:
        """The question's subject: the people and institutions it names (synonyms.yaml,
        `subjects`: генпрокурор, Парламент, президент, омбудсмен…), and unknown nouns or names
        (a real word the document never uses: зарплата, голосование)."""
        known = tuple(dict.fromkeys(t.value for t in terms if t.known and t.value in self._subjects))
        unknown = tuple(t.value for t in terms if not t.known and t.real_word and t.pos in SUBJECT_POS)
        sources = frozenset().union(*(self._source_terms.get(t.value, frozenset()) for t in terms))
        return _Subject(known, unknown, any(t.known for t in terms), sources)

    def _sources_of(self, entry_id: str) -> frozenset[str]:
        entry = self.kb.by_id[entry_id]
        return frozenset({entry.source, *entry.quote_sources})

    def _distinctive_source_terms(self) -> dict[str, frozenset[str]]:
        """Term -> the source it names: each source's event or topic (the terms of its title and of
        its entries' topics) counts as a subject once other sources are present. A term counts only
        when nearly all entries holding it are that source's («круглый стол» for the press release,
        «выставка» for an exhibition announcement; not «документ» or «Казахстан», which both use)."""
        if len(self.kb.sources) < 2:
            return {}
        compiled = self.index.compiled
        owners_of_entry = [
            frozenset({self.kb.by_id[e].source, *self.kb.by_id[e].quote_sources}) for e in compiled.entry_ids
        ]
        topics: dict[str, list[str]] = {}
        for entry in self.kb.entries:
            topics.setdefault(entry.source, []).append(entry.topic)
        named: dict[str, set[str]] = {}
        for source_id, source in self.kb.sources.items():
            texts = [source.meta.title, *topics.get(source_id, ())]
            for text in dict.fromkeys(texts):
                for value in self.analyzer.analyse(text).values:
                    named.setdefault(value, set()).add(source_id)
        out: dict[str, frozenset[str]] = {}
        for value, sources in named.items():
            term = compiled.term_ids.get(value)
            if term is None or len(sources) != 1:
                continue
            holders = [owners_of_entry[int(p)] for p in compiled.entry_postings.row(term)]
            own = sum(1 for owners in holders if owners & sources)
            if holders and own >= SOURCE_TERM_SHARE * len(holders):
                out[value] = frozenset(sources)
        return out

    def _covers(self, entry_id: str, subject: _Subject) -> bool:
        if subject.sources and not subject.sources & self._sources_of(entry_id):
            return False  # the question is about another source's event or topic
        if not subject.known:
            return True
        holds = self.index.holds
        return all(
            holds(entry_id, v) or any(holds(entry_id, r) for r in self.analyzer_family(v))
            for v in subject.known
        )

    def analyzer_family(self, value: str) -> tuple[str, ...]:
        return () if " " in value else self.index.vocabulary.family(value)

    def _ambiguous(self, entry_id: str, score: float, runner_up: EntryScore | Candidate | None) -> bool:
        """Two entries about equally likely, and resting on different evidence: worth asking.
        Entries that quote the same sentence answer alike, so picking either is safe."""
        if runner_up is None or score >= SURE or score - runner_up.score >= CLARIFY_MARGIN:
            return False
        first, second = self.kb.by_id[entry_id], self.kb.by_id[runner_up.entry_id]
        return not set(first.quotes) & set(second.quotes)

    # -- replies ----------------------------------------------------------------------------
    @staticmethod
    def _smalltalk(query: str, intent: SmalltalkIntent, lang: Lang) -> Reply:
        return Reply(
            query=query,
            kind="smalltalk",
            answer=intent.reply.get(lang),
            note=f"smalltalk:{intent.id}",
            lang=lang,
        )

    def _entry_reply(
        self, query: str, entry: Entry, top: Candidate | None, runner_up: Candidate | None, lang: Lang
    ) -> Reply:
        translation = entry.translations.get(lang) if lang != "ru" else None
        return Reply(
            query=query,
            kind="answer",
            answer=translation.answer if translation else entry.answer,
            quotes=self.kb.quotes_of(entry),
            entry_id=entry.id,
            score=round(min(top.score, 100.0), 1) if top else 100.0,
            suggestions=self._suggest(entry.related, lang),
            matched=self._match(top)
            if top
            else Match(entry_id=entry.id, question=entry.canonical_question, score=100),
            runner_up=self._match(runner_up) if runner_up else None,
            lang=lang,
        )

    def _clarify(self, query: str, top: Candidate, runner_up: Candidate, lang: Lang) -> Reply:
        return Reply(
            query=query,
            kind="clarify",
            answer=self.kb.replies.clarify.get(lang),
            score=round(min(top.score, 100.0), 1),
            suggestions=self._suggest([top.entry_id, runner_up.entry_id], lang),
            matched=self._match(top),
            runner_up=self._match(runner_up),
            note="close candidates",
            lang=lang,
        )

    def _decline(
        self, query: str, kind: DeclineKind, candidates: list[Candidate], close: list[Candidate], lang: Lang
    ) -> Reply:
        nearest = [c.entry_id for c in close] if kind == "not_found" else []
        replies = self.kb.replies
        text = {
            "off_topic": replies.off_topic,
            "not_in_document": replies.not_in_document,
            "not_found": replies.not_found_nearby if nearest else replies.not_found,
        }[kind]
        top = candidates[0] if candidates else None
        return Reply(
            query=query,
            kind="none",
            answer=text.get(lang),
            score=round(min(top.score, 100.0), 1) if top else 0.0,
            suggestions=self._suggest(nearest, lang),
            matched=self._match(top) if top else None,
            runner_up=self._match(candidates[1]) if len(candidates) > 1 else None,
            note=_DECLINE_NOTES[kind],
            lang=lang,
            decline=kind,
        )

    def _decline_kind(
        self, analysis: Analysis, subject: _Subject, candidates: list[Candidate], cosines: dict[str, float]
    ) -> DeclineKind:
        best_cosine = max(cosines.values(), default=-1.0)
        if not subject.any_known:
            # nothing the document talks about; in a language the lexical side cannot read, the
            # embedding tells whether the question is near the document at all
            unreadable = all(not t.real_word for t in analysis.terms)
            if unreadable and analysis.terms and best_cosine >= SEM_CLOSE:
                return "not_found"
            return "off_topic"
        # the subject is in the document: what is asked about it is not (an unknown detail, or a
        # kind of question no entry about the subject answers)
        if any(
            c.lexical is not None and c.lexical.score >= ANSWER_MIN and c.lexical.coverage >= NEAR_COVERAGE
            for c in candidates[:MAX_SUGGESTIONS]
        ):
            return "not_found"  # an entry nearly answers: the bot cannot claim the document is silent
        if best_cosine >= SEM_NEAR:
            return "not_found"  # the embedding finds an entry very close in meaning: same reason
        about_subject = [c for c in candidates if c.lexical is not None and self._covers(c.entry_id, subject)]
        if subject.unknown and about_subject:
            return "not_in_document"
        if analysis.kinds and about_subject:
            # what the question is most about cannot answer this kind of question (когда, сколько…)
            nearest = max(about_subject, key=lambda c: c.lexical.coverage if c.lexical else 0.0)
            if not analysis.kinds <= self.kb.by_id[nearest.entry_id].question_kinds:
                return "not_in_document"
        return "not_found"

    def _suggest(self, entry_ids: list[str] | tuple[str, ...], lang: Lang) -> tuple[Suggestion, ...]:
        out = []
        for entry_id in entry_ids[:MAX_SUGGESTIONS]:
            entry = self.kb.by_id[entry_id]
            out.append(Suggestion(entry_id=entry.id, question=_question_in(entry, lang)))
        return tuple(out)

    def _match(self, candidate: Candidate) -> Match:
        question = candidate.question or self.kb.by_id[candidate.entry_id].canonical_question
        return Match(
            entry_id=candidate.entry_id, question=question, score=round(min(candidate.score, 100.0), 1)
        )


@dataclass(frozen=True, slots=True)
class _Subject:
    known: tuple[str, ...]  # rare terms the knowledge base knows
    unknown: tuple[str, ...]  # nouns and names it never uses
    any_known: bool  # the question has at least one term the knowledge base knows
    sources: frozenset[str] = frozenset()  # sources whose own event or topic the question names


_DECLINE_NOTES: dict[DeclineKind, str] = {
    "off_topic": "not about the document",
    "not_found": "no entry covers the question",
    "not_in_document": "the subject is in the document, the detail asked is not",
}


def _readable(analysis: Analysis) -> bool:
    """Most of the question's terms are words the lexical side understands (Russian words)."""
    real = sum(term.real_word for term in analysis.terms)
    return real * 2 > len(analysis.terms)


def _cand(score: EntryScore | None) -> Candidate | None:
    return Candidate(score.entry_id, score.score, score, -1.0) if score else None


def _all_questions(entry: Entry) -> list[str]:
    return [*entry.questions, *(q for t in entry.translations.values() for q in t.questions)]


def _all_answers(entry: Entry) -> list[str]:
    return [entry.answer, *(t.answer for t in entry.translations.values())]


def _question_in(entry: Entry, lang: Lang) -> str:
    translation = entry.translations.get(lang) if lang != "ru" else None
    return translation.questions[0] if translation and translation.questions else entry.canonical_question


def load_engine(
    knowledge_dir: Path | None = None, seeds_dir: Path | None = None, *, semantic: bool = True
) -> Engine:
    """Load, validate and index the knowledge base; raises KnowledgeBaseError listing all problems."""
    kb = cached_knowledge_base(
        knowledge_dir or PROJECT_ROOT / "knowledge", seeds_dir or PROJECT_ROOT / "seeds", default_cache_dir()
    )
    return Engine(kb, semantic=semantic)
