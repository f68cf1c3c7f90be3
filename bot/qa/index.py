"""The immutable search index over the knowledge base: built once (or read from the cache), then ranked.

Building (`compile_index`) turns the knowledge base into plain arrays that pickle quickly; `Index`
wraps them for ranking. The analyzer is passed in by the caller, as retrieval libraries keep the
tokenizer apart from the scorer: the same analyzer (with the vocabulary the index exposes) must
analyse users' questions so that both sides end up in the same terms.
"""

from __future__ import annotations

import itertools
import math
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple, overload

import numpy as np
import numpy.typing as npt

from bot.qa.analyzer import Analysis, Analyzer, Term, Vocabulary
from bot.qa.kb import KnowledgeBase
from bot.qa.morph import WordReading
from bot.qa.text import words

# Bump when the compiled layout or what goes into it changes (the cache key includes it).
INDEX_VERSION = 9

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
# Each source's terms weigh as if it were the only source, so that documents added beside it do not
# move its weights: a source with at least this many entries has its own document frequencies. A
# smaller one has too few entries for them to mean anything and takes the whole knowledge base's.
# With one source the two are the same.
OWN_STATISTICS_MIN_ENTRIES = 20
# A word of the same family (укрепить ~ укрепление) counts for this share of an exact match.
FAMILY_CREDIT = 0.8
# A word an entry says only inside a curated phrase, read as the phrase's concept («прав» of «прав и
# свобод граждан», «интерпретаций» of «неточных интерпретаций»), and one the phrase is a kind of
# (Term.parts), counts for this share of an exact match: the entry speaks of the word, as of a more
# specific thing than the question names.
PART_CREDIT = 0.5
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
# A ranking's rows are made this many at a time at first (twice as many as made so far after that).
RANKING_CHUNK = 16
# The questions' trigram ids are also kept as a matrix padded to the longest question while it is at
# most this many times the ids themselves (2.7 for the 10,000-entry benchmark base)
GRAM_MATRIX_MAX_SIZE = 4
# What a question holding the term only inside a phrase (level 1), a term's relative (2) or the term
# itself (3) credits of its weight.
_LEVEL_FACTOR = np.array([0.0, PART_CREDIT, FAMILY_CREDIT, 1.0])

IntArray = npt.NDArray[np.int32]
FloatArray = npt.NDArray[np.float64]
_NO_IDS: IntArray = np.zeros(0, dtype=np.int32)


class EntryScore(NamedTuple):
    """One ranked entry (a named tuple: hundreds are made per question, and a tuple is made in C)."""

    entry_id: str
    score: float  # 0..100
    question: str  # the variant that matched best
    coverage: float  # share of the question's weight the entry knows about
    similarity: float  # weighted F1 with the best variant


class KindMismatched(EntryScore):
    """An entry that cannot answer the kind of question asked (when, where, how many, who, names…:
    Engine._rank), its score lowered: ranked and offered, never the answer itself, whatever its
    score (a perfect match of the words is no answer to «где?» from an entry telling «когда»)."""

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class Postings:
    """For each id (row), the sorted positions it occurs at, packed as one array (CSR layout)."""

    starts: IntArray  # row i is data[starts[i] : starts[i + 1]]
    data: IntArray

    @classmethod
    def pack(cls, rows: Sequence[Iterable[int]]) -> Postings:
        lists = [sorted(set(row)) for row in rows]
        starts = np.zeros(len(lists) + 1, dtype=np.int32)
        np.cumsum(np.fromiter(map(len, lists), dtype=np.int64, count=len(lists)), out=starts[1:])
        flat = np.fromiter(itertools.chain.from_iterable(lists), dtype=np.int32, count=int(starts[-1]))
        return cls(starts, flat)

    def row(self, i: int) -> IntArray:
        return self.data[self.starts[i] : self.starts[i + 1]]

    def lengths(self) -> IntArray:
        return np.diff(self.starts).astype(np.int32)


class _Rows:
    """A Postings' rows read with plain int bounds (numpy scalar indexing costs more than the
    slice): for the postings read many times a question."""

    __slots__ = ("data", "starts")

    def __init__(self, postings: Postings) -> None:
        self.data = postings.data
        self.starts: list[int] = postings.starts.tolist()

    def row(self, i: int) -> IntArray:
        return self.data[self.starts[i] : self.starts[i + 1]]


@dataclass(frozen=True, slots=True)
class SparseRows:
    """For each id (row), some columns with a value each, packed as arrays (CSR layout)."""

    starts: IntArray
    columns: IntArray
    values: FloatArray

    @classmethod
    def pack(cls, rows: Sequence[Sequence[tuple[int, float]]]) -> SparseRows:
        starts = np.zeros(len(rows) + 1, dtype=np.int32)
        np.cumsum([len(row) for row in rows], out=starts[1:])
        cells = [cell for row in rows for cell in row]
        columns = np.array([column for column, _ in cells], dtype=np.int32)
        return cls(starts, columns, np.array([value for _, value in cells], dtype=np.float64))

    def row(self, i: int) -> tuple[IntArray, FloatArray]:
        start, end = self.starts[i], self.starts[i + 1]
        return self.columns[start:end], self.values[start:end]


@dataclass(frozen=True, slots=True)
class CompiledIndex:
    """Everything ranking needs, as plain data: what the cache stores."""

    version: int
    entry_ids: tuple[str, ...]
    question_texts: tuple[str, ...]  # the knowledge base's questions, grouped by entry
    question_entry: IntArray  # entry number of each question (non-decreasing)
    question_weight: FloatArray  # sum of the idf of each question's terms (in its entry's statistics)
    term_ids: dict[str, int]  # every term of an entry (its questions, answer, quotes)
    idf: FloatArray  # by term id, over the whole knowledge base
    max_idf: float
    # Statistics: 0 is the whole knowledge base's, s >= 1 a large source's own (OWN_STATISTICS_MIN_ENTRIES).
    entry_statistics: IntArray  # by entry
    statistics_max_idf: FloatArray  # by statistics: the weight of a term none of its entries holds
    own_idf: SparseRows  # term id -> (statistics >= 1 whose entries hold it, its idf there)
    own_text_terms: dict[str, tuple[int, ...]]  # term of a large source's text but of no entry of it
    entry_postings: Postings  # term id -> entries whose bag holds it
    question_postings: Postings  # term id -> questions that hold it
    # the words said only inside a curated phrase (Term.parts), each with its own ids
    part_ids: dict[str, int]
    part_entry_postings: Postings  # part id -> entries whose texts hold it inside a phrase
    part_question_postings: Postings  # part id -> questions that hold it inside a phrase
    gram_ids: dict[str, int]  # every character trigram of the questions' terms
    question_grams: Postings  # question -> its trigram ids (interned: a few thousand distinct)
    surface_words: tuple[str, ...]  # for the vocabulary: words users' typos are repaired onto
    vocabulary_terms: tuple[str, ...]
    surface_readings: tuple[WordReading, ...]  # each surface word's morphology (Morphology.learn)
    term_families: tuple[tuple[str, ...], ...]  # each vocabulary term's Vocabulary.family


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
    parts: frozenset[str]  # the words they say inside a curated phrase (Term.parts)


def _analyse_entries(kb: KnowledgeBase, analyzer: Analyzer) -> list[_AnalysedEntry]:
    out = []
    for entry in kb.entries:
        texts = [*entry.questions, *(q for t in entry.translations.values() for q in t.questions)]
        others = [entry.answer, *entry.quotes, *(t.answer for t in entry.translations.values())]
        # each text once (an answer may repeat a quote); kept only while the entry is read
        analysed = {text: analyzer.analyse(text) for text in dict.fromkeys([*texts, *others])}
        questions = [(text, analysed[text]) for text in texts]
        bag = frozenset(v for a in analysed.values() for v in a.values)
        surface = frozenset(w for a in analysed.values() for w in a.words)
        out.append(_AnalysedEntry(entry.id, questions, bag, surface, _parts(analysed.values())))
    return out


def _parts(analyses: Iterable[Analysis]) -> frozenset[str]:
    """The words the texts say inside a curated phrase, which their terms hold as its concept."""
    return frozenset(part for analysis in analyses for term in analysis.terms for part in term.parts)


def _posting_rows(ids: Mapping[str, int], holders: Iterable[Iterable[str]]) -> list[list[int]]:
    """An inverted index: for each key's id, the positions of the holders that hold the key."""
    rows: list[list[int]] = [[] for _ in ids]
    for position, held in enumerate(holders):
        for key in held:
            rows[ids[key]].append(position)
    return rows


def _part_postings(
    entries: Sequence[_AnalysedEntry], questions: Sequence[Analysis]
) -> tuple[dict[str, int], Postings, Postings]:
    """Each word said inside a phrase: its id, the entries and the questions saying it so."""
    question_parts = [_parts((analysis,)) for analysis in questions]
    ids = {
        part: i for i, part in enumerate(sorted(set().union(*(e.parts for e in entries), *question_parts)))
    }
    entry_rows = _posting_rows(ids, (entry.parts for entry in entries))
    question_rows = _posting_rows(ids, question_parts)
    return ids, Postings.pack(entry_rows), Postings.pack(question_rows)


def _idf(bags: Iterable[frozenset[str]]) -> dict[str, float]:
    """Inverse document frequency of each term over entries (BM25's smoothing)."""
    doc_freq: dict[str, int] = defaultdict(int)
    n = 0
    for bag in bags:
        n += 1
        for term in bag:
            doc_freq[term] += 1
    return {term: math.log((n + 1) / (df + 0.5)) for term, df in doc_freq.items()}


def _max_idf(entries: int) -> float:
    return math.log((entries + 1) / 0.5)


@dataclass(frozen=True, slots=True)
class _Statistics:
    """Which document frequencies weigh each entry's terms (see OWN_STATISTICS_MIN_ENTRIES)."""

    of_entry: list[int]  # 0: the whole knowledge base's; s >= 1: own_sources[s - 1]'s
    own_sources: list[str]

    @classmethod
    def of(cls, kb: KnowledgeBase) -> _Statistics:
        sizes: dict[str, int] = defaultdict(int)
        for entry in kb.entries:
            sizes[entry.source] += 1
        own = sorted(s for s, n in sizes.items() if n >= OWN_STATISTICS_MIN_ENTRIES) if len(sizes) > 1 else []
        number = {source: i for i, source in enumerate(own, start=1)}
        return cls([number.get(entry.source, 0) for entry in kb.entries], own)


def _own_statistics(
    stats: _Statistics,
    entries: Sequence[_AnalysedEntry],
    term_ids: dict[str, int],
    text_terms: list[frozenset[str]],
) -> tuple[list[dict[str, float]], SparseRows, dict[str, tuple[int, ...]]]:
    """Each large source's idf, packed by term; and its text's terms that none of its entries holds."""
    bags: list[list[frozenset[str]]] = [[] for _ in range(len(stats.own_sources) + 1)]
    for entry, number in zip(entries, stats.of_entry, strict=True):
        bags[number].append(entry.bag)
    own = [_idf(group) for group in bags[1:]]
    cells: list[list[tuple[int, float]]] = [[] for _ in term_ids]
    for number, idf in enumerate(own, start=1):
        for term, value in idf.items():
            cells[term_ids[term]].append((number, value))
    only_text: dict[str, list[int]] = defaultdict(list)
    for number, (terms, idf) in enumerate(zip(text_terms, own, strict=True), start=1):
        for term in sorted(terms - idf.keys()):
            only_text[term].append(number)
    return own, SparseRows.pack(cells), {term: tuple(numbers) for term, numbers in only_text.items()}


def _vocabulary_words(
    kb: KnowledgeBase,
    source_analyses: Sequence[Analysis],
    entries: Sequence[_AnalysedEntry],
    term_ids: dict[str, int],
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Surface words users' words are repaired onto, and every term the knowledge base knows."""
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
    """Each question's trigram ids: the union of its terms' (a term's are worked out once)."""
    gram_ids: dict[str, int] = {}
    of_term: dict[str, list[int]] = {}
    rows = []
    for analysis in questions:
        row: set[int] = set()
        for value in analysis.values:
            ids = of_term.get(value)
            if ids is None:
                ids = of_term[value] = [gram_ids.setdefault(g, len(gram_ids)) for g in char_grams((value,))]
            row.update(ids)
        rows.append(row)
    return gram_ids, Postings.pack(rows)


def compile_index(kb: KnowledgeBase, analyzer: Analyzer) -> CompiledIndex:
    """Analyse every entry with `analyzer` (no vocabulary yet) and pack what ranking needs."""
    entries = _analyse_entries(kb, analyzer)
    idf_of = _idf(entry.bag for entry in entries)
    term_ids = {term: i for i, term in enumerate(sorted(idf_of))}
    idf = np.array([idf_of[term] for term in term_ids], dtype=np.float64)
    source_analyses = {source_id: analyzer.analyse(source.text) for source_id, source in kb.sources.items()}
    stats = _Statistics.of(kb)
    text_terms = [source_analyses[source].values for source in stats.own_sources]
    own, own_idf, own_text_terms = _own_statistics(stats, entries, term_ids, text_terms)
    texts: list[str] = []
    analyses: list[Analysis] = []
    owner: list[int] = []
    for number, entry in enumerate(entries):
        for text, analysis in entry.questions:
            if analysis.values:  # a question with no usable word can never match
                texts.append(text)
                analyses.append(analysis)
                owner.append(number)
    entry_rows = _posting_rows(term_ids, (entry.bag for entry in entries))
    question_rows = _posting_rows(term_ids, (analysis.values for analysis in analyses))
    weights = []
    for analysis, number in zip(analyses, owner, strict=True):
        scale = stats.of_entry[number]
        weights.append(sum(idf_of[v] if scale == 0 else own[scale - 1][v] for v in analysis.values))
    gram_ids, question_grams = _grams(analyses)
    part_ids, part_entry_postings, part_question_postings = _part_postings(entries, analyses)
    surface, vocabulary_terms = _vocabulary_words(kb, list(source_analyses.values()), entries, term_ids)
    sizes = [len(entries), *(stats.of_entry.count(i) for i in range(1, len(own) + 1))]
    return CompiledIndex(
        version=INDEX_VERSION,
        entry_ids=tuple(entry.entry_id for entry in entries),
        question_texts=tuple(texts),
        question_entry=np.array(owner, dtype=np.int32),
        question_weight=np.array(weights, dtype=np.float64),
        term_ids=term_ids,
        idf=idf,
        max_idf=_max_idf(len(entries)),
        entry_statistics=np.array(stats.of_entry, dtype=np.int32),
        statistics_max_idf=np.array([_max_idf(n) for n in sizes], dtype=np.float64),
        own_idf=own_idf,
        own_text_terms=own_text_terms,
        entry_postings=Postings.pack(entry_rows),
        question_postings=Postings.pack(question_rows),
        part_ids=part_ids,
        part_entry_postings=part_entry_postings,
        part_question_postings=part_question_postings,
        gram_ids=gram_ids,
        question_grams=question_grams,
        surface_words=surface,
        vocabulary_terms=vocabulary_terms,
        surface_readings=tuple(map(analyzer.morphology.reading, surface)),
        term_families=tuple(map(Vocabulary(surface, vocabulary_terms).family, vocabulary_terms)),
    )


# -- Ranking -----------------------------------------------------------------------------------------
class Index:
    def __init__(self, compiled: CompiledIndex) -> None:
        self.compiled = compiled
        families = dict(zip(compiled.vocabulary_terms, compiled.term_families, strict=True))
        words_in_phrases = (part for part in compiled.part_ids if " " not in part)
        known = (
            word
            for word, reading in zip(compiled.surface_words, compiled.surface_readings, strict=True)
            if reading[2]
        )
        self.vocabulary = Vocabulary(
            compiled.surface_words, compiled.vocabulary_terms, families, words_in_phrases, known
        )
        self._position = {entry_id: i for i, entry_id in enumerate(compiled.entry_ids)}
        self._question_statistics = compiled.entry_statistics[compiled.question_entry]
        self._entries = _Side(compiled.entry_postings, compiled.entry_statistics)
        self._entry_row_starts: list[int] = compiled.entry_postings.starts.tolist()  # for `holds`
        self._own_idf_starts: list[int] = compiled.own_idf.starts.tolist()  # for `_weights`
        self._asking = _Rows(_entries_asking(compiled.question_postings, compiled.question_entry))
        self._question_rows = _Rows(compiled.question_postings)
        self._part_entries = _Rows(compiled.part_entry_postings)
        self._part_asking = _Rows(_entries_asking(compiled.part_question_postings, compiled.question_entry))
        self._part_questions = _Rows(compiled.part_question_postings)
        # entry i's questions are positions _entry_questions[i] : _entry_questions[i + 1]
        self._entry_questions = np.searchsorted(
            compiled.question_entry, np.arange(len(compiled.entry_ids) + 1)
        ).astype(np.int32)
        self._question_counts = np.diff(self._entry_questions).astype(np.int32)
        self._gram_lengths = compiled.question_grams.lengths()
        # the questions' trigram ids in the narrowest type that holds them: ~12,000 are gathered a
        # question at 10,000 entries, at random places, and half the bytes read faster
        narrow = np.uint16 if len(compiled.gram_ids) < np.iinfo(np.uint16).max else np.int32
        self._question_gram_ids: npt.NDArray[np.integer] = compiled.question_grams.data.astype(narrow)
        # ... and as a matrix, one row a question padded with an id no query holds
        # (padded to the longest question: kept only while the padding stays small, since one very
        # long question would make every row as long)
        width = int(self._gram_lengths.max(initial=0))
        self._gram_matrix: npt.NDArray[np.integer] | None = None
        if len(self._gram_lengths) * width <= GRAM_MATRIX_MAX_SIZE * len(self._question_gram_ids):
            self._gram_matrix = np.full(
                (len(self._gram_lengths), width), len(compiled.gram_ids), dtype=narrow
            )
            self._gram_matrix[np.arange(width) < self._gram_lengths[:, None]] = self._question_gram_ids
        self._gram_ones = np.ones(width)
        self._indexed: set[tuple[str, str]] | None = None  # built on first use (only `kb check` asks)
        # a term's character trigram ids, worked out once a term (bounded, as the weights)
        self._term_grams = lru_cache(maxsize=65536)(self._grams_of)
        # a term's weights depend on the term alone: worked out once (bounded: users' typos are not)
        self.weights = lru_cache(maxsize=65536)(self._weights)
        # a term's ids and the entries and questions it reaches: the same for every question with it
        self._reach = lru_cache(maxsize=65536)(self._reach_of)

    @classmethod
    def build(cls, kb: KnowledgeBase, analyzer: Analyzer) -> Index:
        return cls(compile_index(kb, analyzer))

    def _weights(self, term: Term) -> FloatArray:
        """The term's weight in each statistics (OWN_STATISTICS_MIN_ENTRIES): its idf where entries hold
        it; elsewhere the weight of the rarest term, less for noise or a word that seldom names a
        subject (UNKNOWN_POS_WEIGHT), unless the knowledge of those statistics knows the word."""
        c = self.compiled
        factor = NOISE_WEIGHT if not term.real_word else UNKNOWN_POS_WEIGHT.get(term.pos or "", 1.0)
        out: FloatArray = c.statistics_max_idf * factor
        term_id = c.term_ids.get(term.value)
        if term.known:
            out[0] = c.idf[term_id] if term_id is not None else c.max_idf
        if len(out) > 1:
            known_text = c.own_text_terms.get(term.value)
            if known_text:
                out[list(known_text)] = c.statistics_max_idf[list(known_text)]
            if term_id is not None:
                start, end = self._own_idf_starts[term_id], self._own_idf_starts[term_id + 1]
                if end > start:
                    out[c.own_idf.columns[start:end]] = c.own_idf.values[start:end]
        out.flags.writeable = False  # shared by every question with the term
        return out

    def indexed(self, entry_id: str, question: str) -> bool:
        """Whether the question is among the entry's indexed ones (a question with no usable word is not)."""
        if self._indexed is None:
            c = self.compiled
            self._indexed = {
                (c.entry_ids[entry], text)
                for entry, text in zip(c.question_entry.tolist(), c.question_texts, strict=True)
            }
        return (entry_id, question) in self._indexed

    def holds(self, entry_id: str, value: str) -> bool:
        """Whether the entry's questions, answer or quotes hold the term."""
        term = self.compiled.term_ids.get(value)
        if term is None:
            return False
        start, end = self._entry_row_starts[term], self._entry_row_starts[term + 1]
        if start == end:
            return False
        row, position = self.compiled.entry_postings.data[start:end], self._position[entry_id]
        return bool(row[min(int(row.searchsorted(position)), end - start - 1)] == position)

    def rank(self, analysis: Analysis) -> list[EntryScore]:
        """The best entries sharing a term (or its word family) with a question variant, best first."""
        return list(self.ranking(analysis))

    def ranking(self, analysis: Analysis) -> Sequence[EntryScore]:
        """`rank`, each entry's row made when it is read (a decision reads a few of ~200).

        Coverage is summed over every entry the question's terms reach (entry postings); the finer
        signals only over the questions of the MAX_CANDIDATES entries with the most of it, found
        without touching every question a common term is in."""
        weights = {term.value: self.weights(term) for term in analysis.terms}
        if not weights:
            return []
        complements: dict[str, tuple[str, str]] = {}
        for term in analysis.terms:
            complements.setdefault(term.value, (term.complement, term.qualifier))
        c = self.compiled
        total = np.zeros(len(c.statistics_max_idf), dtype=np.float64)  # the question's weight in each
        for row in weights.values():
            total += row
        reaches = [self._reach(value, *complements[value]) for value in weights]
        term_weights = np.array(list(weights.values()))  # by term and statistics
        covered = self._entries.coverage(len(c.entry_ids), reaches, term_weights)
        asked = np.zeros(len(c.entry_ids), dtype=bool)
        asked[np.concatenate([reach.asking for reach in reaches])] = True
        positions = self._candidate_questions(covered, asked)
        shared = self._shared(positions, reaches, term_weights)
        # (`take` and `compress` rather than fancy indexing: the same result, less overhead)
        sharing = shared > 0
        positions, shared = positions.compress(sharing), shared.compress(sharing)
        if not len(positions):
            return []
        total = total.take(self._question_statistics.take(positions))  # in its entry's statistics
        similarity = _f1(shared / total, shared / c.question_weight.take(positions))
        keep, entries = self._best_variants(positions, similarity)
        positions, similarity, total = positions.take(keep), similarity.take(keep), total.take(keep)
        grams = self._gram_similarity(positions, weights)
        entry_covered = covered.take(entries)
        informed = entry_covered / np.maximum(total, MIN_QUESTION_WEIGHT)
        score = 100 * (COVERAGE_WEIGHT * informed + SIMILARITY_WEIGHT * similarity + GRAMS_WEIGHT * grams)
        # per entry its best variant, the first in this order on ties (lexsort is stable)
        best = _first_per_group(entries, np.lexsort((-score, entries)))
        order = best.take((-score.take(best)).argsort(kind="stable"))
        return _Ranking(
            order,
            ids=c.entry_ids,
            entries=entries,
            texts=c.question_texts,
            positions=positions,
            numbers=(score, entry_covered / total, similarity),
        )

    def _reach_of(self, value: str, complement: str = "", qualifier: str = "") -> _Reach:
        """The term's reach; a word said inside phrases only where they are of its complement and
        agree with its qualifier (_part_rows)."""
        ids = self.compiled.term_ids
        family = () if " " in value else self.vocabulary.family(value)
        exact, relatives = ids.get(value), [ids[r] for r in family if r in ids]
        part = self._part_rows(value, complement, qualifier)
        asking = [self._asking.row(term_id) for term_id in relatives]
        if exact is not None:
            asking.append(self._asking.row(exact))
        if part is not None:
            asking.append(part[1])
        held = [self._entries.rows.row(exact)] if exact is not None else []
        related_entries = None
        related_questions: tuple[IntArray, ...] = ()
        if relatives:
            # the entries holding a relative, not the term itself (sorted, each once; rows are short)
            related_entries = _without(_union([self._entries.rows.row(r) for r in relatives]), held)
            related_questions = tuple(self._question_rows.row(relative) for relative in relatives)
            held.append(related_entries)
        return _Reach(
            exact=exact,
            asking=asking[0] if len(asking) == 1 else np.concatenate([_NO_IDS, *asking]),
            related_entries=related_entries,
            questions=() if exact is None else (self._question_rows.row(exact),),
            related_questions=related_questions,
            # the entries saying it only inside a phrase: neither it nor a relative
            part_entries=None if part is None else _without(part[0], held),
            part_questions=() if part is None else (part[2],),
        )

    def _part_rows(
        self, value: str, complement: str, qualifier: str
    ) -> tuple[IntArray, IntArray, IntArray] | None:
        """The entries saying the word inside a phrase (of its complement, when it has one), the
        entries asking it so and those questions (positions); with a qualifier (Term.qualifier), only
        where the entry holds the qualifier too, or the phrase does: a word matched only as a part of
        a phrase is weak evidence, and «религиозные объединения» are no kind of the text's
        «общественные объединения», while «содержательный обмен» is the one the text calls so."""
        c = self.compiled
        part = c.part_ids.get(f"{value} {complement}" if complement else value)
        if part is None:
            return None
        rows = self._part_of(part)
        if not qualifier:
            return rows
        holder = c.term_ids.get(qualifier)
        holders = _NO_IDS if holder is None else self._entries.rows.row(holder)
        entries, asking, questions = rows
        kept = (
            _common(entries, holders),
            _common(asking, holders),
            questions.compress(np.isin(c.question_entry.take(questions), holders)),
        )
        own = c.part_ids.get(f"{value} {qualifier}")
        if own is None:
            return kept
        entries, asking, questions = (_union([a, b]) for a, b in zip(kept, self._part_of(own), strict=True))
        return entries, asking, questions

    def _part_of(self, part: int) -> tuple[IntArray, IntArray, IntArray]:
        """A phrase word's rows (by its part id): the entries saying it, those asking it, the questions."""
        return self._part_entries.row(part), self._part_asking.row(part), self._part_questions.row(part)

    def _candidate_questions(self, covered: FloatArray, asked: npt.NDArray[np.bool_]) -> IntArray:
        """Every question (sorted positions) of the MAX_CANDIDATES entries with the most shared weight,
        among the entries with a question holding a term of the question."""
        entries = asked.nonzero()[0]
        if len(entries) > MAX_CANDIDATES:
            entries = entries.take((-covered.take(entries)).argpartition(MAX_CANDIDATES)[:MAX_CANDIDATES])
            entries.sort()
        starts: IntArray = self._entry_questions.take(entries)
        counts: IntArray = self._question_counts.take(entries)
        ends: IntArray = counts.cumsum(dtype=np.int32)
        total = int(ends[-1]) if len(ends) else 0
        positions: IntArray = np.arange(total, dtype=np.int32) + (starts - (ends - counts)).repeat(counts)
        return positions

    def _shared(self, positions: IntArray, reaches: list[_Reach], term_weights: FloatArray) -> FloatArray:
        """The question's weight each question (by position) holds: a term's weight (in the
        question's statistics) where it holds the term, FAMILY_CREDIT of it where only a relative,
        PART_CREDIT where it says it only inside a phrase; added term by term, in the question's
        order (one addition a term: adding 0.0 where it holds neither leaves a sum as it is)."""
        n = len(positions)
        shared = np.zeros(n, dtype=np.float64)
        if not n:
            return shared
        # per term and position, 3 where the question holds the term, 2 where only a relative, 1
        # where only inside a phrase: the weaker marked first, so that the stronger override them
        levels = np.zeros((len(reaches), n), dtype=np.int8)
        for level in (1, 2, 3):
            short: list[IntArray] = []  # rows shorter than the positions: looked up all at once
            owners: list[int] = []
            for number, reach in enumerate(reaches):
                for row in _question_rows(reach, level):
                    if len(row) > n:  # each position looked up in the row
                        held = row.take(row.searchsorted(positions), mode="clip") == positions
                        levels[number][held] = level
                    elif len(row):
                        short.append(row)
                        owners.append(number)
            if short:
                items = np.concatenate(short)
                at = positions.searchsorted(items)
                found = positions.take(at, mode="clip") == items
                owner = np.array(owners).repeat([len(row) for row in short])
                levels[owner.compress(found), at.compress(found)] = level
        statistics = self._question_statistics.take(positions)
        weights = term_weights.take(statistics, axis=1)  # by term and position
        # x 1.0 is exact, FAMILY_CREDIT x a weight is what a relative credits, PART_CREDIT x it what a
        # phrase does (weights are finite)
        credit = _LEVEL_FACTOR.take(levels) * weights
        for row in credit:
            shared += row
        return shared

    def _best_variants(self, positions: IntArray, similarity: FloatArray) -> tuple[IntArray, IntArray]:
        """Per entry, the GRAM_CANDIDATES variants most similar on terms (later variant on ties): where
        they are among the positions, and their entries."""
        entries = self.compiled.question_entry.take(positions)
        # the positions ascend: sorted backwards (lexsort is stable), a later variant comes first on ties
        order = len(positions) - 1 - np.lexsort((-similarity[::-1], entries[::-1]))
        entries = entries.take(order)
        # within an entry's run, the variant GRAM_CANDIDATES places on belongs to the same entry
        within = np.ones(len(order), dtype=bool)
        np.not_equal(entries[GRAM_CANDIDATES:], entries[:-GRAM_CANDIDATES], out=within[GRAM_CANDIDATES:])
        return order.compress(within), entries.compress(within)

    def _grams_of(self, value: str) -> tuple[frozenset[str], tuple[int, ...]]:
        """A term's character trigrams, and the ids of those the questions use."""
        grams = char_grams((value,))
        ids = self.compiled.gram_ids
        return grams, tuple(ids[g] for g in grams if g in ids)

    def _gram_similarity(self, positions: IntArray, values: Iterable[str]) -> FloatArray:
        """Dice coefficient of each variant's trigrams with those of the question's terms."""
        c = self.compiled
        if not len(positions):
            return np.zeros(0, dtype=np.float64)
        query_grams: set[str] = set()
        query_ids: list[int] = []
        for value in values:
            grams, ids = self._term_grams(value)
            query_grams |= grams
            query_ids += ids
        common: npt.NDArray[np.integer] | FloatArray
        if self._gram_matrix is None:
            flags = np.zeros(len(c.gram_ids) + 1, dtype=np.int64)  # summed as taken: no cast
            flags[query_ids] = 1
            # every indexed question has trigrams, so no run is empty
            grams_at, counts, offsets = _gather(
                c.question_grams.starts, self._gram_lengths, self._question_gram_ids, positions
            )
            common = np.add.reduceat(flags.take(grams_at), offsets)
        else:
            known = np.zeros(len(c.gram_ids) + 1, dtype=np.float64)  # (small counts: sums are exact)
            known[query_ids] = 1.0
            common = known.take(self._gram_matrix.take(positions, axis=0)).dot(self._gram_ones)
            counts = self._gram_lengths.take(positions)
        result: FloatArray = 2 * common / (len(query_grams) + counts)
        return result


class _Ranking(Sequence[EntryScore]):
    """Ranked entries, made into EntryScore rows RANKING_CHUNK at a time as they are read, and kept:
    each row's fields picked (by `order`) from the candidates' arrays only when its chunk is made."""

    __slots__ = ("_entries", "_ids", "_numbers", "_order", "_positions", "_rows", "_texts")

    def __init__(
        self,
        order: npt.NDArray[np.intp],
        *,
        ids: Sequence[str],
        entries: IntArray,
        texts: Sequence[str],
        positions: IntArray,
        numbers: tuple[FloatArray, FloatArray, FloatArray],
    ) -> None:
        self._order = order  # candidate indices, best first
        self._ids, self._entries = ids, entries  # each candidate's entry id is ids[entries[i]]
        self._texts, self._positions = texts, positions  # its matched question texts[positions[i]]
        self._numbers = numbers  # each candidate's score, coverage and similarity
        self._rows: list[EntryScore] = []

    def __len__(self) -> int:
        return len(self._order)

    def _make(self, end: int) -> list[EntryScore]:
        """The rows up to `end` made (rounded up to a chunk); all rows made so far."""
        rows, start = self._rows, len(self._rows)
        if end > start:
            end = max(end, 2 * start, start + RANKING_CHUNK)
            picked = self._order[start:end]
            ids, texts = self._ids, self._texts
            score, coverage, similarity = (column.take(picked).tolist() for column in self._numbers)
            fields = zip(
                [ids[i] for i in self._entries.take(picked).tolist()],
                score,
                [texts[i] for i in self._positions.take(picked).tolist()],
                coverage,
                similarity,
                strict=True,
            )
            # A named tuple made by tuple.__new__ directly: no Python frame for each entry.
            rows += map(tuple.__new__, itertools.repeat(EntryScore), fields)
        return rows

    @overload
    def __getitem__(self, index: int) -> EntryScore: ...

    @overload
    def __getitem__(self, index: slice) -> list[EntryScore]: ...

    def __getitem__(self, index: int | slice) -> EntryScore | list[EntryScore]:
        if isinstance(index, slice):
            stop = (
                index.stop if index.stop is not None and index.stop >= 0 and index.step is None else len(self)
            )
            return self._make(stop)[index]
        return self._make(index + 1 if index >= 0 else len(self))[index]

    def __iter__(self) -> Iterator[EntryScore]:
        start = 0
        while start < len(self):
            rows = self._make(start + 1)
            yield from rows[start:]
            start = len(rows)


class _Reach(NamedTuple):
    """What a term reaches, the same for every question with it (Index._reach)."""

    exact: int | None  # its id, if an entry holds it
    asking: IntArray  # the entries with a question holding it or a relative (an entry maybe twice)
    related_entries: IntArray | None  # the entries holding a relative but not the term (None: no relatives)
    questions: tuple[IntArray, ...]  # the questions holding it (none or one row)
    related_questions: tuple[IntArray, ...]  # for each relative, the questions holding it
    # the entries saying it only inside a phrase, neither it nor a relative (None: no entry says so)
    part_entries: IntArray | None
    part_questions: tuple[IntArray, ...]  # the questions saying it inside a phrase (none or one row)


def _question_rows(reach: _Reach, level: int) -> tuple[IntArray, ...]:
    """The rows of the questions a term reaches at a level of _LEVEL_FACTOR."""
    if level == 1:
        return reach.part_questions
    return reach.related_questions if level == 2 else reach.questions


class _Side:
    """Postings (term id -> positions: entries or questions), with the statistics of each position."""

    __slots__ = ("rows", "statistics")

    def __init__(self, postings: Postings, statistics: IntArray) -> None:
        self.rows = _Rows(postings)
        self.statistics = statistics  # by position

    def coverage(self, size: int, reaches: list[_Reach], weights: FloatArray) -> FloatArray:
        """By position, the question's weight it holds: a term's weight (in the position's
        statistics) where it occurs, FAMILY_CREDIT of it where only a relative does, PART_CREDIT
        where only a phrase with it; added term by term, in the question's order (np.add.at adds in
        the order it is given)."""
        rows = self.rows
        places: list[IntArray] = []
        owners: list[int] = []
        factors: list[float] = []
        for number, reach in enumerate(reaches):
            if reach.part_entries is not None:
                places.append(reach.part_entries)
                owners.append(number)
                factors.append(PART_CREDIT)
            if reach.related_entries is not None:
                places.append(reach.related_entries)
                owners.append(number)
                factors.append(FAMILY_CREDIT)
            if reach.exact is not None:
                places.append(rows.row(reach.exact))
                owners.append(number)
                factors.append(1.0)  # x 1.0 is exact
        acc = np.zeros(size, dtype=np.float64)
        if not places:
            return acc
        at = np.concatenate(places)
        lengths = [len(place) for place in places]
        owner = np.array(owners).repeat(lengths)
        weight = weights.ravel().take(owner * weights.shape[1] + self.statistics.take(at))
        np.add.at(acc, at, np.array(factors).repeat(lengths) * weight)
        return acc


def _entries_asking(questions: Postings, question_entry: IntArray) -> Postings:
    """Term id -> the entries with a question holding it: the question postings mapped to their
    entries (non-decreasing within a row, as questions are grouped by entry), each entry once."""
    lengths = questions.lengths()
    row_of = np.repeat(np.arange(len(lengths)), lengths)
    entries = question_entry[questions.data]
    first = np.ones(len(entries), dtype=bool)
    first[1:] = (entries[1:] != entries[:-1]) | (row_of[1:] != row_of[:-1])
    starts = np.zeros(len(lengths) + 1, dtype=np.int32)
    np.cumsum(np.bincount(row_of[first], minlength=len(lengths)), out=starts[1:])
    return Postings(starts, entries[first].astype(np.int32))


def _gather(
    starts: IntArray, lengths: IntArray, data: npt.NDArray[np.integer], rows: IntArray
) -> tuple[npt.NDArray[np.integer], IntArray, IntArray]:
    """The rows' items one after another (one gather over the packed `data`, row i being
    data[starts[i] : starts[i] + lengths[i]]), each row's count and where each row's items begin."""
    starts = starts.take(rows)
    counts = lengths.take(rows)
    offsets = counts.cumsum(dtype=np.int32)
    total = int(offsets[-1]) if len(offsets) else 0
    offsets -= counts
    at = np.arange(total, dtype=np.int32) + (starts - offsets).repeat(counts)
    return data.take(at), counts, offsets


def _f1(precision: FloatArray, recall: FloatArray) -> FloatArray:
    recall = np.minimum(recall, 1.0)
    result: FloatArray = 2 * precision * recall / (precision + recall)
    return result


def _without(items: IntArray, rows: list[IntArray]) -> IntArray:
    """The sorted items that none of the sorted rows holds."""
    for row in rows:
        if len(row) and len(items):
            items = items.compress(row.take(row.searchsorted(items), mode="clip") != items)
    return items


def _common(items: IntArray, row: IntArray) -> IntArray:
    """The sorted items that the sorted row holds too."""
    if not len(items) or not len(row):
        return _NO_IDS
    return items.compress(row.take(row.searchsorted(items), mode="clip") == items)


def _union(rows: list[IntArray]) -> IntArray:
    """The sorted distinct items of sorted rows (one row as it is)."""
    return rows[0] if len(rows) == 1 else _distinct_sorted(np.sort(np.concatenate(rows)))


def _distinct_sorted(values: IntArray) -> IntArray:
    """The distinct values of a sorted array (np.unique without its sort)."""
    if not len(values):
        return values
    return values[_starts_of_runs(values)]


def _first_per_group(groups: IntArray, order: npt.NDArray[np.intp]) -> npt.NDArray[np.intp]:
    """Indices of the first element of each group in `order` (which sorts by group first)."""
    sorted_groups = groups[order]
    return order[_starts_of_runs(sorted_groups)]


def _starts_of_runs(values: IntArray) -> npt.NDArray[np.bool_]:
    """Where each run of equal values begins (values non-empty)."""
    first = np.empty(len(values), dtype=bool)
    first[0] = True
    np.not_equal(values[1:], values[:-1], out=first[1:])
    return first
