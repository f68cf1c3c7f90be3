"""The immutable search index over the knowledge base: built once (or read from the cache), then ranked.

Building (`compile_index`) turns the knowledge base into plain arrays that pickle quickly; `Index`
wraps them for ranking. The analyzer is passed in by the caller, as retrieval libraries keep the
tokenizer apart from the scorer: the same analyzer (with the vocabulary the index exposes) must
analyse users' questions so that both sides end up in the same terms.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from bot.qa.analyzer import Analysis, Analyzer, Term, Vocabulary
from bot.qa.kb import KnowledgeBase
from bot.qa.text import words

# Bump when the compiled layout or what goes into it changes (the cache key includes it).
INDEX_VERSION = 3

# -- The score -------------------------------------------------------------------------------------
# An entry's score for a question, 0..100, is 100 * (COVERAGE_WEIGHT * coverage
# + SIMILARITY_WEIGHT * similarity + GRAMS_WEIGHT * grams), each signal in 0..1.
#
# Coverage: the share of the question's weight the entry knows about anywhere (questions, answer,
# quotes). The strongest evidence: an entry that knows every specific word of the question is about it.
COVERAGE_WEIGHT = 0.45
# Similarity: weighted F1 of terms with the entry's closest question variant. It rewards a variant that
# asks the same thing (not just an entry that mentions the words), and penalises a question that adds
# what no variant asks.
SIMILARITY_WEIGHT = 0.40
# Grams: Dice coefficient of the character trigrams of the terms with that variant. It catches what
# lemmas miss (unrepaired typos, compounds, foreign words) but is noisy, so it only refines.
GRAMS_WEIGHT = 0.15

# -- Term weights --------------------------------------------------------------------------------
# A term the knowledge base never uses counts against a question with the weight of the rarest
# term: a real Russian word (голосование) is strong evidence the question is about something else;
# unrecognised noise (a leftover typo, a foreign word) is weaker evidence.
NOISE_WEIGHT = 0.5
# The topic of a question is carried by its nouns and names; an unfamiliar verb or adverb is
# more often a generic predicate («что планируют сделать с …») than a new subject.
UNKNOWN_POS_WEIGHT = {
    "VERB": 0.35, "INFN": 0.35, "GRND": 0.35, "ADVB": 0.35, "COMP": 0.35,
    "ADJF": 0.6, "ADJS": 0.6, "PRTF": 0.6, "PRTS": 0.6,
}  # fmt: skip
# A word of the same family (укрепить ~ укрепление) counts for this share of an exact match.
FAMILY_CREDIT = 0.8
# Coverage is measured against at least this much weight (about one specific term), so a question
# made only of generic words (участник, проект) cannot look fully covered by every entry.
MIN_QUESTION_WEIGHT = 2.5

# -- Bounds on the work per question ---------------------------------------------------------------
# Only the entries with the most shared weight are scored finely: common words (налог, статья) reach
# nearly every entry of a large knowledge base, and the fine score of an entry that shares only
# those can never win. At 10,000 entries this cap changed none of 500 replies (issue 9).
MAX_CANDIDATES = 200
# Variants per entry also compared on characters: the best few on terms (characters weigh only 0.15).
GRAM_CANDIDATES = 3

IntArray = npt.NDArray[np.int32]
FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class EntryScore:
    entry_id: str
    score: float  # 0..100
    question: str  # the variant that matched best
    coverage: float  # share of the question's weight the entry knows about
    similarity: float  # weighted F1 with the best variant


@dataclass(frozen=True, slots=True)
class Postings:
    """For each id (row), the sorted positions it occurs at, packed as one array (CSR layout)."""

    starts: IntArray  # row i is data[starts[i] : starts[i + 1]]
    data: IntArray

    @classmethod
    def pack(cls, rows: Sequence[Iterable[int]]) -> Postings:
        lists = [sorted(set(row)) for row in rows]
        starts = np.zeros(len(lists) + 1, dtype=np.int32)
        np.cumsum([len(row) for row in lists], out=starts[1:])
        flat = [position for row in lists for position in row]
        return cls(starts, np.array(flat, dtype=np.int32))

    def row(self, i: int) -> IntArray:
        return self.data[self.starts[i] : self.starts[i + 1]]

    def lengths(self) -> IntArray:
        return np.diff(self.starts).astype(np.int32)


@dataclass(frozen=True, slots=True)
class CompiledIndex:
    """Everything ranking needs, as plain data: what the cache stores."""

    version: int
    entry_ids: tuple[str, ...]
    question_texts: tuple[str, ...]  # the knowledge base's questions, grouped by entry
    question_entry: IntArray  # entry number of each question (non-decreasing)
    question_weight: FloatArray  # sum of the idf of each question's terms
    term_ids: dict[str, int]  # every term of an entry (its questions, answer, quotes)
    idf: FloatArray  # by term id
    max_idf: float
    entry_postings: Postings  # term id -> entries whose bag holds it
    question_postings: Postings  # term id -> questions that hold it
    gram_ids: dict[str, int]  # every character trigram of the questions' terms
    question_grams: Postings  # question -> its trigram ids (interned: a few thousand distinct)
    surface_words: tuple[str, ...]  # for the vocabulary: words users' typos are repaired onto
    vocabulary_terms: tuple[str, ...]


def char_grams(terms: Iterable[str]) -> frozenset[str]:
    grams: set[str] = set()
    for term in terms:
        padded = f" {term} "
        grams.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return frozenset(grams)


# -- Building --------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _AnalysedEntry:
    entry_id: str
    questions: list[tuple[str, Analysis]]
    bag: frozenset[str]  # terms of its questions, answer and quotes
    surface: frozenset[str]  # their words


def _analyse_entries(kb: KnowledgeBase, analyzer: Analyzer) -> list[_AnalysedEntry]:
    out = []
    for entry in kb.entries:
        texts = [*entry.questions, *(q for t in entry.translations.values() for q in t.questions)]
        questions = [(text, analyzer.analyse(text)) for text in texts]
        translated = tuple(t.answer for t in entry.translations.values())
        others = [analyzer.analyse(text) for text in (entry.answer, *entry.quotes, *translated)]
        analyses = [*(a for _, a in questions), *others]
        bag = frozenset(v for a in analyses for v in a.values)
        out.append(_AnalysedEntry(entry.id, questions, bag, frozenset(w for a in analyses for w in a.words)))
    return out


def _idf(bags: Sequence[frozenset[str]]) -> tuple[dict[str, int], FloatArray, float]:
    """Term ids and inverse document frequencies over entries (BM25's smoothing)."""
    doc_freq: dict[str, int] = defaultdict(int)
    for bag in bags:
        for term in bag:
            doc_freq[term] += 1
    n = len(bags)
    term_ids = {term: i for i, term in enumerate(sorted(doc_freq))}
    idf = np.array([math.log((n + 1) / (doc_freq[term] + 0.5)) for term in term_ids], dtype=np.float64)
    return term_ids, idf, math.log((n + 1) / 0.5)


def _vocabulary_words(
    kb: KnowledgeBase, analyzer: Analyzer, entries: Sequence[_AnalysedEntry], term_ids: dict[str, int]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Surface words users' words are repaired onto, and every term the knowledge base knows."""
    source_analyses = [analyzer.analyse(source.text) for source in kb.sources.values()]
    surface = {w for entry in entries for w in entry.surface}
    surface.update(w for a in source_analyses for w in a.words)
    synonyms = kb.synonyms
    phrases = [*synonyms.stopwords, *(p for g in synonyms.groups for p in g)]
    phrases.extend(p for group in synonyms.question_words.values() for p in group)
    for phrase in phrases:
        surface.update(words(phrase))
    terms = set(term_ids) | {v for a in source_analyses for v in a.values}
    return tuple(sorted(surface)), tuple(sorted(terms))


def _grams(questions: Sequence[Analysis]) -> tuple[dict[str, int], Postings]:
    gram_ids: dict[str, int] = {}
    rows = []
    for analysis in questions:
        rows.append([gram_ids.setdefault(g, len(gram_ids)) for g in char_grams(analysis.values)])
    return gram_ids, Postings.pack(rows)


def compile_index(kb: KnowledgeBase, analyzer: Analyzer) -> CompiledIndex:
    """Analyse every entry with `analyzer` (no vocabulary yet) and pack what ranking needs."""
    entries = _analyse_entries(kb, analyzer)
    term_ids, idf, max_idf = _idf([entry.bag for entry in entries])
    texts: list[str] = []
    analyses: list[Analysis] = []
    owner: list[int] = []
    for number, entry in enumerate(entries):
        for text, analysis in entry.questions:
            if analysis.values:  # a question with no usable word can never match
                texts.append(text)
                analyses.append(analysis)
                owner.append(number)
    entry_rows: list[list[int]] = [[] for _ in term_ids]
    for number, entry in enumerate(entries):
        for term in entry.bag:
            entry_rows[term_ids[term]].append(number)
    question_rows: list[list[int]] = [[] for _ in term_ids]
    for position, analysis in enumerate(analyses):
        for term in analysis.values:
            question_rows[term_ids[term]].append(position)
    weights = [sum(float(idf[term_ids[v]]) for v in a.values) for a in analyses]
    gram_ids, question_grams = _grams(analyses)
    surface, vocabulary_terms = _vocabulary_words(kb, analyzer, entries, term_ids)
    return CompiledIndex(
        version=INDEX_VERSION,
        entry_ids=tuple(entry.entry_id for entry in entries),
        question_texts=tuple(texts),
        question_entry=np.array(owner, dtype=np.int32),
        question_weight=np.array(weights, dtype=np.float64),
        term_ids=term_ids,
        idf=idf,
        max_idf=max_idf,
        entry_postings=Postings.pack(entry_rows),
        question_postings=Postings.pack(question_rows),
        gram_ids=gram_ids,
        question_grams=question_grams,
        surface_words=surface,
        vocabulary_terms=vocabulary_terms,
    )


# -- Ranking -----------------------------------------------------------------------------------------
class Index:
    def __init__(self, compiled: CompiledIndex) -> None:
        self.compiled = compiled
        self.vocabulary = Vocabulary(compiled.surface_words, compiled.vocabulary_terms)
        self._gram_counts = compiled.question_grams.lengths()

    @classmethod
    def build(cls, kb: KnowledgeBase, analyzer: Analyzer) -> Index:
        return cls(compile_index(kb, analyzer))

    def weight(self, term: Term) -> float:
        c = self.compiled
        if term.known:
            term_id = c.term_ids.get(term.value)
            return float(c.idf[term_id]) if term_id is not None else c.max_idf
        if not term.real_word:
            return c.max_idf * NOISE_WEIGHT
        return c.max_idf * UNKNOWN_POS_WEIGHT.get(term.pos or "", 1.0)

    def rank(self, analysis: Analysis) -> list[EntryScore]:
        """The best entries sharing a term (or its word family) with a question variant, best first."""
        weights = {term.value: self.weight(term) for term in analysis.terms}
        total = sum(weights.values())
        if total <= 0:
            return []
        c = self.compiled
        covered = np.zeros(len(c.entry_ids), dtype=np.float64)
        shared = np.zeros(len(c.question_texts), dtype=np.float64)
        for value, weight in weights.items():
            exact, relatives = self._term_ids(value)
            _credit(covered, c.entry_postings, exact, relatives, weight)
            _credit(shared, c.question_postings, exact, relatives, weight)
        positions = self._candidate_questions(covered, shared)
        if not len(positions):
            return []
        similarity = _f1(shared[positions] / total, shared[positions] / c.question_weight[positions])
        positions, similarity = self._best_variants(positions, similarity)
        grams = self._gram_similarity(positions, char_grams(weights))
        entries = c.question_entry[positions]
        informed = covered[entries] / max(total, MIN_QUESTION_WEIGHT)
        score = 100 * (COVERAGE_WEIGHT * informed + SIMILARITY_WEIGHT * similarity + GRAMS_WEIGHT * grams)
        best = _first_per_group(entries, np.lexsort((np.arange(len(score)), -score, entries)))
        order = best[np.argsort(-score[best], kind="stable")]
        rows = zip(
            entries[order].tolist(),
            score[order].tolist(),
            positions[order].tolist(),
            (covered[entries[order]] / total).tolist(),
            similarity[order].tolist(),
            strict=True,
        )
        return [
            EntryScore(c.entry_ids[entry], value, c.question_texts[position], coverage, similar)
            for entry, value, position, coverage, similar in rows
        ]

    def _term_ids(self, value: str) -> tuple[int | None, list[int]]:
        ids = self.compiled.term_ids
        family = () if " " in value else self.vocabulary.family(value)
        return ids.get(value), [ids[r] for r in family if r in ids]

    def _candidate_questions(self, covered: FloatArray, shared: FloatArray) -> IntArray:
        """Questions sharing a term, of the MAX_CANDIDATES entries with the most shared weight."""
        positions = np.flatnonzero(shared).astype(np.int32)
        entries = _distinct_sorted(self.compiled.question_entry[positions])
        if len(entries) > MAX_CANDIDATES:
            keep = entries[np.argpartition(-covered[entries], MAX_CANDIDATES)[:MAX_CANDIDATES]]
            chosen = np.zeros(len(covered), dtype=bool)
            chosen[keep] = True
            positions = positions[chosen[self.compiled.question_entry[positions]]]
        return positions

    def _best_variants(self, positions: IntArray, similarity: FloatArray) -> tuple[IntArray, FloatArray]:
        """Per entry, the GRAM_CANDIDATES variants most similar on terms (later variant on ties)."""
        entries = self.compiled.question_entry[positions]
        order = np.lexsort((-positions, -similarity, entries))
        entries = entries[order]
        group_start = np.flatnonzero(np.r_[True, entries[1:] != entries[:-1]])
        group_size = np.diff(np.r_[group_start, len(order)])
        rank_in_group = np.arange(len(order)) - np.repeat(group_start, group_size)
        keep = order[rank_in_group < GRAM_CANDIDATES]
        return positions[keep], similarity[keep]

    def _gram_similarity(self, positions: IntArray, query_grams: frozenset[str]) -> FloatArray:
        """Dice coefficient of each variant's trigrams with the question's."""
        c = self.compiled
        known = np.zeros(len(c.gram_ids) + 1, dtype=bool)
        known[[c.gram_ids[g] for g in query_grams if g in c.gram_ids]] = True
        starts = c.question_grams.starts[positions]
        counts = self._gram_counts[positions]
        owner = np.repeat(np.arange(len(positions)), counts)
        offsets = np.arange(len(owner)) - np.repeat(np.cumsum(counts) - counts, counts)
        hits = known[c.question_grams.data[np.repeat(starts, counts) + offsets]]
        common = np.bincount(owner, weights=hits, minlength=len(positions))
        result: FloatArray = 2 * common / (len(query_grams) + counts)
        return result


def _credit(
    acc: FloatArray, postings: Postings, exact: int | None, relatives: list[int], weight: float
) -> None:
    """Add the term's weight where it occurs, FAMILY_CREDIT of it where only a relative does."""
    hit = postings.row(exact) if exact is not None else np.empty(0, dtype=np.int32)
    if relatives:
        related = np.zeros(len(acc), dtype=bool)
        for relative in relatives:
            related[postings.row(relative)] = True
        related[hit] = False
        acc[related] += FAMILY_CREDIT * weight
    acc[hit] += weight


def _f1(precision: FloatArray, recall: FloatArray) -> FloatArray:
    recall = np.minimum(recall, 1.0)
    result: FloatArray = 2 * precision * recall / (precision + recall)
    return result


def _distinct_sorted(values: IntArray) -> IntArray:
    """The distinct values of a sorted array (np.unique without its sort)."""
    if not len(values):
        return values
    return values[np.r_[True, values[1:] != values[:-1]]]


def _first_per_group(groups: IntArray, order: npt.NDArray[np.intp]) -> npt.NDArray[np.intp]:
    """Indices of the first element of each group in `order` (which sorts by group first)."""
    sorted_groups = groups[order]
    first = np.r_[True, sorted_groups[1:] != sorted_groups[:-1]]
    return order[first]
