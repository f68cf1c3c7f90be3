"""The immutable search index over the knowledge base, built once at load time."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from bot.qa.analyzer import Analysis, Analyzer, Term, Vocabulary
from bot.qa.kb import KnowledgeBase
from bot.qa.text import words

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
# Variants per entry also compared on characters: the best few on terms (characters weigh only 0.15).
GRAM_CANDIDATES = 3
# A word of the same family (укрепить ~ укрепление) counts for this share of an exact match.
FAMILY_CREDIT = 0.8
# Coverage is measured against at least this much weight (about one specific term), so a question
# made only of generic words (участник, проект) cannot look fully covered by every entry.
MIN_QUESTION_WEIGHT = 2.5


@dataclass(frozen=True, slots=True)
class IndexedQuestion:
    entry_id: str
    text: str
    terms: frozenset[str]
    weight: float
    grams: frozenset[str]


@dataclass(frozen=True, slots=True)
class EntryScore:
    entry_id: str
    score: float  # 0..100
    question: str  # the variant that matched best
    coverage: float  # share of the question's weight the entry knows about
    similarity: float  # weighted F1 with the best variant


def char_grams(terms: Iterable[str]) -> frozenset[str]:
    grams: set[str] = set()
    for term in terms:
        padded = f" {term} "
        grams.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return frozenset(grams)


class Index:
    def __init__(self, kb: KnowledgeBase, base: Analyzer) -> None:
        self.kb = kb
        texts_by_entry: dict[str, list[tuple[str, bool]]] = {
            entry.id: [(q, True) for q in entry.questions]
            + [(q, True) for t in entry.translations.values() for q in t.questions]
            + [(t, False) for t in (entry.answer, *entry.quotes)]
            + [(t.answer, False) for t in entry.translations.values()]
            for entry in kb.entries
        }
        analysed = {
            eid: [(t, is_q, base.analyse(t)) for t, is_q in items] for eid, items in texts_by_entry.items()
        }
        source_analyses = [base.analyse(source.text) for source in kb.sources.values()]

        self.bags: dict[str, frozenset[str]] = {
            eid: frozenset(v for _, _, a in items for v in a.values) for eid, items in analysed.items()
        }
        doc_freq: dict[str, int] = defaultdict(int)
        for bag in self.bags.values():
            for term in bag:
                doc_freq[term] += 1
        n = len(self.bags)
        self.idf = {term: math.log((n + 1) / (df + 0.5)) for term, df in doc_freq.items()}
        self.max_idf = math.log((n + 1) / 0.5)

        surface = {w for items in analysed.values() for _, _, a in items for w in a.words}
        surface.update(w for a in source_analyses for w in a.words)
        synonyms = kb.synonyms
        for phrase in (*synonyms.stopwords, *(p for g in synonyms.groups for p in g)):
            surface.update(words(phrase))
        for phrases in synonyms.question_words.values():
            surface.update(w for phrase in phrases for w in words(phrase))
        terms = set(self.idf) | {v for a in source_analyses for v in a.values}
        self.vocabulary = Vocabulary(surface, terms)
        self.analyzer = base.with_vocabulary(self.vocabulary)

        self.questions: list[IndexedQuestion] = []
        self.postings: dict[str, list[int]] = defaultdict(list)
        for eid, items in analysed.items():
            for text, is_question, analysis in items:
                if not is_question or not analysis.values:
                    continue
                position = len(self.questions)
                self.questions.append(
                    IndexedQuestion(
                        entry_id=eid,
                        text=text,
                        terms=analysis.values,
                        weight=sum(self.idf.get(v, 0.0) for v in analysis.values),
                        grams=char_grams(analysis.values),
                    )
                )
                for value in analysis.values:
                    self.postings[value].append(position)

    def weight(self, term: Term) -> float:
        if term.known:
            return self.idf.get(term.value, self.max_idf)
        if not term.real_word:
            return self.max_idf * NOISE_WEIGHT
        return self.max_idf * UNKNOWN_POS_WEIGHT.get(term.pos or "", 1.0)

    def rank(self, analysis: Analysis) -> list[EntryScore]:
        """Entries sharing at least one term (or its word family) with the question, best first."""
        weights = {term.value: self.weight(term) for term in analysis.terms}
        total = sum(weights.values())
        if total <= 0:
            return []
        families = {value: self._family(value) for value in weights}
        overlap: dict[int, float] = defaultdict(float)
        for value, weight in weights.items():
            credit: dict[int, float] = {}
            for relative in families[value]:
                for position in self.postings.get(relative, ()):
                    credit[position] = FAMILY_CREDIT * weight
            for position in self.postings.get(value, ()):
                credit[position] = weight
            for position, amount in credit.items():
                overlap[position] += amount
        # Per entry, the variants most similar on terms; characters only refine among those.
        similar: dict[str, list[tuple[float, int]]] = defaultdict(list)
        for position, shared in overlap.items():
            question = self.questions[position]
            precision = shared / total
            recall = min(shared / question.weight, 1.0) if question.weight else 0.0
            similarity = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            similar[question.entry_id].append((similarity, position))
        query_grams = char_grams(weights)
        scores = []
        for entry_id, candidates in similar.items():
            covered = self._covered(weights, families, self.bags[entry_id])
            informed_coverage = covered / max(total, MIN_QUESTION_WEIGHT)
            best: EntryScore | None = None
            for similarity, position in sorted(candidates, reverse=True)[:GRAM_CANDIDATES]:
                question = self.questions[position]
                grams = 2 * len(query_grams & question.grams) / (len(query_grams) + len(question.grams))
                score = 100 * (0.45 * informed_coverage + 0.4 * similarity + 0.15 * grams)
                if best is None or score > best.score:
                    best = EntryScore(entry_id, score, question.text, covered / total, similarity)
            scores.append(best)
        return sorted(scores, key=lambda s: s.score, reverse=True)

    def _family(self, value: str) -> tuple[str, ...]:
        return () if " " in value else self.vocabulary.family(value)

    @staticmethod
    def _covered(
        weights: dict[str, float], families: dict[str, tuple[str, ...]], bag: frozenset[str]
    ) -> float:
        """The question's weight the entry knows about: its own words fully, their families in part."""
        covered = 0.0
        for value, weight in weights.items():
            if value in bag:
                covered += weight
            elif any(relative in bag for relative in families[value]):
                covered += FAMILY_CREDIT * weight
        return covered
