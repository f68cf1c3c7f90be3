"""The answer engine: one pure function from a question to a Reply, over a pre-built index.

Two signals decide: the lexical one (lemmas, synonyms, typo repair; bot/qa/index.py) and, when
the lexical one is not already sure, a semantic one (multilingual embeddings; bot/qa/semantic.py).
Embeddings find paraphrases and other languages but cannot tell "not in the document": an answer
also needs the question's subject covered by the entry and the kind of question to fit.
"""

from __future__ import annotations

import itertools
import logging
import operator
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple, overload

from bot.paths import PROJECT_ROOT
from bot.qa import kazakh, memory
from bot.qa import lang as language
from bot.qa.analyzer import Analysis, Analyzer
from bot.qa.changes import asks_change_to_come, reports_change_made
from bot.qa.index import EntryScore
from bot.qa.index_cache import cached_knowledge_base, default_cache_dir, load_index, startup_words
from bot.qa.kb import Entry, KnowledgeBase, SmalltalkIntent, collapse_ws
from bot.qa.memory import paused_gc
from bot.qa.models import DeclineKind, Lang, Match, Reply, Suggestion
from bot.qa.morph import PREDICATE_POS, shared_morphology
from bot.qa.reading import WHICH_WORDS, QuestionReader, asks_several, clauses, place_in_piece
from bot.qa.semantic import Embedder, SemanticIndex, entry_vectors, load_embedder
from bot.qa.smalltalk import SmalltalkMatcher
from bot.qa.subject import LONG_QUESTION_TERMS, SUBJECT_POS, Subject, Subjects
from bot.qa.text import ASIDE_OPENERS, ASIDE_PAIRS, QUESTION_OPENERS, focus, fold, has_latin, words

log = logging.getLogger(__name__)

# Lexical decision thresholds on the 0..100 score, calibrated on rows that include near-miss
# questions (see docs/quality-history.md): below ANSWER_MIN the lexical signal alone declines.
ANSWER_MIN = 52.0
# A question must be mostly about things the knowledge base knows (see Index.rank).
COVERAGE_MIN = 0.55
# Two different entries this close, neither of them sure: ask instead of guessing.
CLARIFY_MARGIN = 4.0
# Above this the lexical signal is sure on its own: no embedding is computed.
SURE = 80.0
# Two entries that both could answer and are this close on the lexical score: the embedding is
# asked which one the question means, and decides when it prefers one by PREFER_MARGIN (cosine).
TIE_MARGIN = 10.0
PREFER_MARGIN = 0.02
# A question asking what an entry cannot answer (когда, где, сколько, кто, names, «кто ещё, кроме…»:
# every kind asked must be among the entry's question_kinds) keeps this share of its score.
KIND_MISMATCH_FACTOR = 0.5
SUGGESTION_MIN = 25.0
MAX_SUGGESTIONS = 3
# Of the entries closest in meaning, this many are checked for noting a change already made, when a
# question asks about one to come (the rest are too far to be chosen or offered).
MAX_CHECKED_COSINES = 10
# A long message no entry answers is asked again from its question words on: at most this many tails.
# Long: this many terms, or this many words (a story told in few terms the documents know: «мне
# соседка говорила что теперь будут за нами следить… что там про наши личные данные говорили…»).
MAX_TAILS = 4
LONG_MESSAGE_WORDS = 24

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
# ... or first by less, when the lexical signal too puts it clearly first (this far ahead of the
# next entry that answers otherwise): two signals each ranking the same entry first. Round 6
# measured 0.01 -> 0: two more right answers, no near-miss answered (docs/quality-history.md, round 6).
LEXICAL_LEAD = 10.0
AGREE_MARGIN_WITH_LEAD = 0.0
# ... and when each signal puts it first clearly (the lexical one LEXICAL_LEAD ahead, the embedding
# AGREE_MARGIN ahead), the lexical side need cover only this much: two independent signals agree
# («дата кр стола», «Is crime prevention part of the plans?»). Calibrated on every row set: the
# same answers gained from 0.1 to 0.3, none lost (docs/quality-history.md, round 6).
STRONG_COVERAGE_MIN = 0.25
# The embedding is computed for a readable question only when it can still change the decision:
# a lexical candidate within reach of answering (this score, AGREE_COVERAGE_MIN, subject, kind).
RESCUE_LEX_MIN = 42.0
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
# Kinds of question an entry's description may answer in its own words though it is not labelled
# so: a purpose («…с акцентом на профилактику», «направлены на…») is told by what a thing is for.
IMPLICIT_KINDS = frozenset({"reason"})
# A noun of purpose (its terms, and its English words) and verbs of pursuing one: see Engine._purpose_of
PURPOSE_TERMS = frozenset({"цель", "aim", "purpos", "goal"})
PURPOSE_WORDS_EN = frozenset({"aim", "aims", "purpose", "purposes", "goal", "goals"})
PURSUING = frozenset({"преследовать", "pursu"})
LISTING = frozenset({"перечислить", "перечислять", "назвать", "называть"})
PURPOSE_PLURALS = frozenset({"цели", "целей", "целям", "целями", "целях", "aims", "purposes", "goals"})
# «по словам X», «по мнению X», "according to X": whose words a question reports, X within so many words
WHOSE_WORDS = frozenset({("по", "словам"), ("по", "мнению"), ("according", "to")})
WHOSE_WORDS_SPAN = 3
# «какие … уже появились?»: with a verb the documents never use, what has happened since the event
ALREADY_WORDS = frozenset({"уже", "already"})
# «Одобрили ли…?», «…мақұлдады ма?»: a yes/no question asks whether its action happened; an action the
# documents never name is the very detail asked, which no entry close in meaning tells
YES_NO_WORDS = frozenset({"ли"}) | kazakh.YES_NO_PARTICLES
# with either, an unknown predicate is the detail asked, which the embedding may not rescue
ACTION_ASKED_WORDS = ALREADY_WORDS | YES_NO_WORDS
# «Как будет назначаться генпрокурор?», "How will … be appointed?": a question opening with «как»
# asks the manner of its action; an action the documents never name they cannot tell the manner of
MANNER_WORDS = frozenset({"как", "how"})
# «Кто …?», "Who …?" opening a question that asks nothing else (Engine._unknown_doer)
DOER_WORDS = frozenset({"кто", "who"})
# Kinds that qualify what is asked rather than ask it: «кто ещё» is a who-question, «какие именно
# X» a question for X; «когда и кто» asks two things (see _decline_kind).
MODIFIER_KINDS = frozenset({"names", "items", "others", "future", "negated"})
# Longer "words" are noise (a key held down) and are not embedded.
MAX_EMBEDDED_WORD = 30
# Combinations of question kinds whose fitting entries are remembered (a handful occur in practice).
MAX_KIND_SETS = 256

DEFAULT_CACHE_DIR = PROJECT_ROOT / ".cache"


_ENTRY_ID = operator.itemgetter(0)  # of an EntryScore
_SCORE = operator.itemgetter(1)


class Candidate(NamedTuple):  # a named tuple: one per ranked entry, hundreds a question at scale
    entry_id: str
    score: float  # the combined 0..100 score
    lexical: EntryScore | None
    cosine: float  # -1 without the semantic signal

    @property
    def question(self) -> str:
        return self.lexical.question if self.lexical else ""


class Engine:
    @paused_gc()  # millions of objects that all stay alive at scale (bot/qa/memory.py)
    def __init__(
        self,
        kb: KnowledgeBase,
        *,
        semantic: bool | Embedder = True,
        cache_dir: Path | None = DEFAULT_CACHE_DIR,
    ) -> None:
        self.kb = kb
        folder = default_cache_dir()
        with startup_words(kb, shared_morphology(), folder) as key:
            self._start(kb, folder, key)
        self._fitting_kinds: dict[frozenset[str], frozenset[str]] = {}  # see _fitting
        self._changes_made: dict[str, bool] = {}  # see _change_made
        # the entries telling who took part, found when first needed: see _when_they_met
        self._takers: tuple[str, ...] | None = None
        self._names: dict[str, frozenset[str]] = {}  # see _own_name
        self._quote_pairs: dict[str, frozenset[tuple[str, str]]] = {}  # see _holds_phrase
        self._places: dict[str, frozenset[str]] = {}  # see _placed
        self._statements = {e.id: _statements(e.quotes) for e in kb.entries}  # see _quote_alike
        self._kazakh_words = _kazakh_words(kb)
        self._spellings = kazakh.Spellings(_kazakh_texts(kb))
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

    def _start(self, kb: KnowledgeBase, folder: Path | None, key: str | None) -> None:
        synonyms = kb.synonyms
        base = Analyzer(
            shared_morphology(),
            synonym_groups=synonyms.groups,
            question_words={str(kind): words for kind, words in synonyms.question_words.items()},
            stopwords=synonyms.stopwords,
        )
        self.index = load_index(kb, base, folder, key)
        self.analyzer = base.with_vocabulary(self.index.vocabulary)
        self.smalltalk = SmalltalkMatcher(kb.smalltalk, self.analyzer)
        self.subjects = Subjects(kb, self.index, self.analyzer, base)
        self.reader = QuestionReader(kb, self.analyzer, base, self.subjects.named)

    # -- public API -------------------------------------------------------------------------
    def answer(self, question: str, fallback_lang: Lang = "ru") -> Reply:
        text, shortened = focus(question)
        analysis = self.analyzer.analyse(text)
        lang = language.detect(text, analysis.text, self._kazakh_words) or fallback_lang
        if lang == "kk" and (spelt := self._spellings.apart(self._spellings.restore(text))) != text:
            # typed without Kazakh letters, or two words written as one
            text, analysis = spelt, self.analyzer.analyse(spelt)
        if lang == "kk":
            analysis = self._kazakh_verbs(analysis)
        reply = self._answer(question, analysis, lang)
        long = len(analysis.terms) >= LONG_QUESTION_TERMS or len(analysis.words) >= LONG_MESSAGE_WORDS
        if reply.kind in ("none", "smalltalk") and long:
            text, reply = self._rambling(question, analysis, lang, (text, reply))
            shortened = shortened or text != question
        if reply.kind == "none" and reply.decline != "off_topic" and asks_several(text):
            part, reply = self._one_of_several(text, lang, reply)
            if part is not None:
                preface = self.kb.replies.partial_question.get(lang).format(question=_asked(part))
                return reply.model_copy(
                    update={
                        "query": question,
                        "note": f"several questions; answered: {part}",
                        "preface": preface,
                    }
                )
        if shortened and reply.kind == "answer":
            preface = self.kb.replies.long_question.get(lang).format(question=text.strip())
            reply = reply.model_copy(update={"note": f"long message; {preface}", "preface": preface})
        elif shortened:
            reply = reply.model_copy(update={"note": f"long message; searched: {text.strip()}"})
        return reply

    def _kazakh_verbs(self, analysis: Analysis) -> Analysis:
        """A Kazakh question's verb before its yes/no particle (kazakh.verbs_before_particle) that the
        knowledge base does not know is read as a verb, not as the Russian noun its letters may
        spell: it names no subject the documents never use."""
        verbs = kazakh.verbs_before_particle(analysis.words)
        if not verbs:
            return analysis
        values = {t.value for word in verbs for t in self.analyzer.analyse(word).terms if not t.known}
        terms = tuple(
            replace(t, pos="VERB") if t.value in values and not t.known and t.pos in SUBJECT_POS else t
            for t in analysis.terms
        )
        return replace(analysis, terms=terms) if terms != analysis.terms else analysis

    def _rambling(
        self, question: str, analysis: Analysis, lang: Lang, whole: tuple[str, Reply]
    ) -> tuple[str, Reply]:
        """A long message no entry answers whole («слушайте, я тут читал… вот хотел спросить, а что
        он говорил про закон и порядок»): its question is in there, its words diluted by the story
        around it. Asked again from each question word on (the longest such tail first, at most
        MAX_TAILS), the first tail that gets an answer is the question; else the whole message's reply."""
        found = analysis.words
        # «есть ли»: the question starts a word before its «ли»
        starts = [i - (word == "ли") for i, word in enumerate(found) if i > 1 and word in QUESTION_OPENERS]
        for start in list(dict.fromkeys(starts))[:MAX_TAILS]:
            tail = " ".join(found[start : _aside(found, start)])
            reply = self._answer(question, self.analyzer.analyse(tail), lang)
            if reply.kind == "answer":
                return tail, reply
        return whole

    def _one_of_several(self, text: str, lang: Lang, whole: Reply) -> tuple[str | None, Reply]:
        """«Когда был круглый стол и кто там выступал?»: no entry answers both, each may answer one.
        Each clause is asked on its own, through every gate; the first one answered is the reply
        (its note names the clause), else the whole question's decline. A clause whose pronoun
        stands for a noun of another clause is not asked alone."""
        morphology = shared_morphology()
        for part in clauses(text):
            if any(map(morphology.anaphoric, words(part.casefold()))):
                continue  # «…и кто их представлял?»: what it asks about is in another clause
            reply = self._answer(part, self.analyzer.analyse(part), lang)
            if reply.kind == "answer":
                return part, reply
        return None, whole

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

    def missing_subject(self, question: str, entry_id: str) -> tuple[str, ...]:
        """The question's nouns and names the entry does not hold (for the evaluation)."""
        return self.subjects.missing(question, entry_id)

    # -- decisions --------------------------------------------------------------------------
    def _answer(self, question: str, analysis: Analysis, lang: Lang) -> Reply:
        intent, rest = self.smalltalk.match(analysis)
        if intent is not None and rest:  # a greeting or thanks before the question itself
            analysis = self.analyzer.analyse(rest)
            rest = rest if analysis.terms else ""  # «hello there»: nothing but the greeting
        if (intent is None or rest) and (spoken := self.smalltalk.speaking_with(analysis)) is not None:
            return self._smalltalk(question, spoken, lang)  # "Whom am I speaking with?"
        analysis = self._purpose_of(
            self._effect_or_purpose(
                self._when_they_met(self.reader.read(question, analysis, bare_when=intent is None))
            )
        )
        # numbers alone ask nothing («123»), whatever a law's article numbers: nothing is ranked
        numbers_only = all(t.pos == "NUMB" for t in analysis.terms)
        ranked = [] if numbers_only else self._rank(analysis.kinds, self.index.ranking(analysis))
        to_come = asks_change_to_come(analysis.words, shared_morphology())
        if to_come:  # an entry noting a change already made contradicts the question (changes.py)
            ranked = [s for s in ranked if not self._change_made(s.entry_id)]
        if intent is not None and not rest:
            return self._smalltalk(question, intent, lang)
        placed = self._placed(place_in_piece(question))
        if placed:  # «Какие ценности названы в самом конце пресс-релиза?»: that paragraph answers
            ranked = [s for s in ranked if s.entry_id in placed]
        subjects = self.subjects
        subject = subjects.of(
            analysis.terms,
            subjects.asks_presence(analysis),
            attendance=subjects.attendance(analysis),
            groups=subjects.member_groups(analysis),
            whether=subjects.whether_there(analysis),
            alternatives=subjects.alternatives(analysis),
            kinds_of_whole=subjects.another_whole(analysis),
            parts=subjects.asked_parts(analysis),
            to_come=subjects.to_come(analysis),
            fate=subjects.fate(analysis),
            means=subjects.means(analysis),
        )
        # an entry that lacks the question's subject cannot answer it, however many other words
        # it shares (a name, or the event of another document: a law's «проведение» is not the
        # round table's): the lexical decision is among the entries that cover the subject
        # (the decision looks at the first two only: the rest of the ~200 need no check)
        covering = list(itertools.islice((s for s in ranked if self.subjects.covers(s.entry_id, subject)), 2))
        manner = self._unknown_manner(analysis, subject) or self._unknown_doer(analysis)
        if covering and self._answerable(covering[0], subject) and not manner:
            return self._lexical_reply(question, analysis, covering, subject, lang)
        # Embeddings only where they can help: a paraphrase of something the document talks
        # about, or a language the lexical side cannot read; not for a question with no word the
        # knowledge base knows (even in a language the lexical side reads badly, an on-topic
        # question shares a name or a term with its entry). Where no entry could be rescued the
        # embedding would only choose the words of the decline, so it is not computed (on 639 rows
        # it changed one decline in 77 calls, 15 ms each).
        wanted = (
            self.semantic is not None
            and subject.any_known
            and (not _readable(analysis) or self._rescuable(analysis, ranked, subject))
        )
        cosines = self._cosines(analysis) if wanted else {}
        if placed:
            cosines = {e: c for e, c in cosines.items() if e in placed}
        if to_come and cosines:
            closest = sorted(cosines, key=cosines.__getitem__, reverse=True)[:MAX_CHECKED_COSINES]
            cosines = {e: c for e, c in cosines.items() if e not in closest or not self._change_made(e)}
        candidates = self._combine(ranked, cosines)
        best = candidates[0] if candidates else None
        if (
            cosines
            and best is not None
            and not manner
            and self._rescued(best, ranked, analysis, subject, cosines)
        ):
            # the runner-up worth asking about covers the subject too (as in the lexical decision)
            second = next((c for c in candidates[1:] if self.subjects.covers(c.entry_id, subject)), None)
            if self._ambiguous(best.entry_id, best.score, second, analysis):
                return self._clarify(question, best, second, lang)  # type: ignore[arg-type]
            return self._entry_reply(question, self.kb.by_id[best.entry_id], best, second, lang)
        # «спасибо большое за ответ»: small talk, not a question; but a greeting before a question
        # naming a subject the documents know («Добрый день… что сказал генпрокурор…»), or asking
        # about something they talk of («Здравствуйте! … кто именно собирался на этом круглом
        # столе…»), is declined as that question, not greeted back («Добрый день, хочу спросить
        # про реформу» asks nothing yet)
        asks = subject.known or (subject.any_known and not QUESTION_OPENERS.isdisjoint(analysis.words))
        if intent is not None and not (rest and asks):
            return self._smalltalk(question, intent, lang)
        several = asks_several(focus(question)[0])
        kind = self._decline_kind(analysis, subject, candidates, cosines, several=several)
        # the entries offered instead: only when the bot says it found nothing
        close = (
            [c for c in candidates[:MAX_SUGGESTIONS] if self._close(c, subject)]
            if kind == "not_found"
            else []
        )
        return self._decline(question, kind, candidates, close, lang)

    def _placed(self, place: str | None) -> frozenset[str]:
        """The entries quoting only the opening (or the closing) paragraph of their source, for a
        question placing its answer there; empty when it names no place. Worked out when first asked."""
        if place is None:
            return frozenset()
        found = self._places.get(place)
        if found is None:
            at = 0 if place == "start" else -1
            paragraph = {
                sid: collapse_ws(([p for p in source.text.split("\n\n") if p.strip()] or [""])[at])
                for sid, source in self.kb.sources.items()
            }

            def there(entry: Entry) -> bool:
                return all(collapse_ws(q) in paragraph.get(sid, "") for q, sid in entry.quote_pairs())

            found = frozenset(e.id for e in self.kb.entries if there(e))
            self._places[place] = found
        return found

    def _unknown_manner(self, analysis: Analysis, subject: Subject) -> bool:
        """«Как по новому проекту будет назначаться генпрокурор?»: the question opens with «как»,
        its action is a verb the documents never use, and its other words are the people and bodies
        they name and the frame of their document (the draft, the event): the documents name those
        people as participants and speakers and cannot tell how that action is done."""
        found = analysis.words
        # (not when another reading asks something else of it: «Как пишется имя Президента?» asks the name)
        if not found or found[0] not in MANNER_WORDS or analysis.kinds or not subject.known:
            return False
        subjects = self.subjects
        predicates = [t for t in analysis.terms if t.pos in PREDICATE_POS]
        others = [t for t in analysis.terms if t.pos not in PREDICATE_POS]
        return (
            subjects.named.issuperset(subject.known)
            and any(not t.known and t.real_word for t in predicates)
            and not any(t.known for t in predicates)
            and all(t.known and (t.value in subjects.named or subjects.frames(t.value)) for t in others)
        )

    def _unknown_doer(self, analysis: Analysis) -> bool:
        """ "Who drafted the new constitution?": the question opens with «кто» / "who" and asks
        nothing else, its action is a verb the documents never use, and its other words are only
        the frame of their document (the draft, the constitution) and adjectives: the documents
        cannot tell who did what they never name. So does «Какое ведомство выпустило этот
        пресс-релиз?»: «какой» with a generic word for a body or people (the asking word's own)."""
        found = analysis.words
        agent: frozenset[str] = frozenset()
        if len(found) > 1 and not analysis.kinds and shared_morphology().info(found[0]).lemma in WHICH_WORDS:
            agent = self.analyzer.analyse(found[1]).values & self.reader.agents
            if not agent:
                return False
        elif not found or found[0] not in DOER_WORDS or analysis.kinds != {"who"}:
            return False
        predicates = [t for t in analysis.terms if t.pos in PREDICATE_POS]
        others = [t for t in analysis.terms if t.pos not in PREDICATE_POS and t.value not in agent]
        return (
            bool(predicates)
            and all(not t.known and t.real_word for t in predicates)
            and all(t.known and (t.pos == "ADJF" or self.subjects.frames(t.value)) for t in others)
        )

    def _change_made(self, entry_id: str) -> bool:
        """Whether the entry's quotes note a change already made (see changes.py); worked out when
        first asked: few questions ask about changes to come."""
        made = self._changes_made.get(entry_id)
        if made is None:
            made = reports_change_made(self.kb.by_id[entry_id].quotes, shared_morphology())
            self._changes_made[entry_id] = made
        return made

    def _answerable(self, score: EntryScore, subject: Subject) -> bool:
        """The lexical signal alone may answer with this entry: enough of the question covered,
        its subject too, and no noun the documents never use."""
        return (
            score.score >= ANSWER_MIN
            and score.coverage >= COVERAGE_MIN
            and not subject.unknown
            and self.subjects.covers(score.entry_id, subject)
        )

    def _lexical_reply(
        self,
        question: str,
        analysis: Analysis,
        ranked: Sequence[EntryScore],
        subject: Subject,
        lang: Lang,
    ) -> Reply:
        """The common case: the lexical signal answers, no embedding is computed. Only when two
        entries both could answer and are close on it does the embedding tell them apart, if it
        clearly prefers one; else they are offered as "did you mean" (unless they quote alike). A
        runner-up too weak to answer alone but close enough to be offered is such an entry too."""
        top, runner_up = ranked[0], (ranked[1] if len(ranked) > 1 else None)
        if (
            runner_up is not None
            and top.score - runner_up.score < TIE_MARGIN
            and not self._quote_alike(top.entry_id, runner_up.entry_id)  # they answer alike anyway
            and (
                self._answerable(runner_up, subject)
                or (
                    self._ambiguous(top.entry_id, top.score, runner_up, analysis)
                    and self.subjects.covers(runner_up.entry_id, subject)
                )
            )
            and (cosines := self._cosines(analysis))
            and top.entry_id in cosines
            and runner_up.entry_id in cosines
        ):
            first, second = sorted((top, runner_up), key=lambda s: cosines[s.entry_id], reverse=True)
            closest = max(cosines, key=lambda e: cosines[e])
            preferred = cosines[first.entry_id] - cosines[second.entry_id] >= PREFER_MARGIN
            if preferred and closest == first.entry_id:
                entry = self.kb.by_id[first.entry_id]
                return self._entry_reply(question, entry, _cand(first), _cand(second), lang)
        if self._ambiguous(top.entry_id, top.score, runner_up, analysis):
            return self._clarify(question, _cand(top), _cand(runner_up), lang)  # type: ignore[arg-type]
        return self._entry_reply(question, self.kb.by_id[top.entry_id], _cand(top), _cand(runner_up), lang)

    def _cosines(self, analysis: Analysis) -> dict[str, float]:
        """Entry id -> cosine with the question, for the entries that can answer its kind of
        question (one close in meaning that cannot answer it does not nearly answer it); {} without
        the model or without real words (a run of one letter is noise, and costs the tokenizer
        seconds)."""
        if self.semantic is None:
            return {}
        text = " ".join(w for w in analysis.words if len(w) <= MAX_EMBEDDED_WORD)
        if not text:
            return {}
        kinds, by_id = analysis.kinds, self.kb.by_id
        return {e: c for e, c in self.semantic.scores(text).items() if by_id[e].answers_kinds(kinds)}

    @staticmethod
    def _combine(ranked: Sequence[EntryScore], cosines: dict[str, float]) -> Sequence[Candidate]:
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

    def _rescued(
        self,
        best: Candidate,
        ranked: Sequence[EntryScore],
        analysis: Analysis,
        subject: Subject,
        cosines: dict[str, float],
    ) -> bool:
        """Where the lexical signal alone would not answer: both signals together are confident
        and agree, the entry covers the question's subject and fits its kind."""
        lex = best.lexical
        if not self.subjects.covers(best.entry_id, subject):
            return False
        entry = self.kb.by_id[best.entry_id]
        if analysis.kinds and not entry.answers_kinds(analysis.kinds):
            return False
        if subject.known:  # an entry lacking the subject cannot answer: no rival either
            cosines = {e: c for e, c in cosines.items() if self.subjects.covers(e, subject)}
        closest = max(cosines, key=lambda e: cosines[e])
        # the embedding's first may be an entry quoting the same sentence: it answers alike
        first = closest == best.entry_id or self._quote_alike(closest, best.entry_id)
        # the margin over entries that answer otherwise (not over one quoting the same sentence)
        others = (
            c for e, c in cosines.items() if e != best.entry_id and not self._quote_alike(e, best.entry_id)
        )
        margin = best.cosine - max(others, default=0.0)
        if _readable(analysis):
            # the lexical side reads the question: it must cover most of it (or each signal puts
            # the entry clearly first), and the embedding must put the same entry first
            leads = lex is not None and self._leads(lex, ranked)
            return (
                lex is not None
                and (
                    self._agrees(lex, analysis)
                    or (leads and lex.coverage >= STRONG_COVERAGE_MIN and margin >= AGREE_MARGIN)
                )
                and not subject.unknown
                and not (ACTION_ASKED_WORDS.intersection(analysis.words) and _unknown_predicate(analysis))
                and first
                and margin >= (AGREE_MARGIN_WITH_LEAD if leads else AGREE_MARGIN)
                and best.score >= HYBRID_ANSWER_MIN
            )
        # a language the lexical side cannot read: the embedding alone, only when clearly first
        return first and best.cosine >= SEM_ALONE_MIN and margin >= SEM_MARGIN

    def _leads(self, score: EntryScore, ranked: Sequence[EntryScore]) -> bool:
        """The entry is the lexical signal's first, LEXICAL_LEAD ahead of any entry that answers
        otherwise (one quoting the same sentence answers alike)."""
        if not ranked or ranked[0].entry_id != score.entry_id:
            return False
        others = (
            s.score
            for s in ranked
            if s.entry_id != score.entry_id and not self._quote_alike(s.entry_id, score.entry_id)
        )
        return score.score - max(others, default=0.0) >= LEXICAL_LEAD

    def _agrees(self, score: EntryScore, analysis: Analysis) -> bool:
        """The lexical half of an agreement with the embedding: the entry covers most of the
        question, or every term of it but its predicates, each a verb the documents use elsewhere
        («What will happen to the preamble?», «Does the reform strengthen…»): a generic predicate,
        where an unknown one («голосовали ли…») may be the very detail asked."""
        return score.coverage >= AGREE_COVERAGE_MIN or self._holds_all_but_predicates(score, analysis)

    def _holds_all_but_predicates(self, score: EntryScore, analysis: Analysis) -> bool:
        predicates = [t for t in analysis.terms if t.pos in PREDICATE_POS]
        rest = [t for t in analysis.terms if t.pos not in PREDICATE_POS]
        return (
            bool(rest)
            and all(t.known for t in predicates)
            and all(self.subjects.holds(score.entry_id, t.value) for t in rest)
        )

    def _rescuable(self, analysis: Analysis, ranked: Sequence[EntryScore], subject: Subject) -> bool:
        """Whether any entry passes the lexical half of `_rescued` (readable questions), so that
        the embedding could still turn a decline into an answer: a lexical score within reach, or
        every term of the question but its generic predicates held («What is the preamble going
        to include?», where the verb lowers the score)."""
        if subject.unknown:
            return False

        def fits(s: EntryScore) -> bool:
            return (not analysis.kinds or self.kb.by_id[s.entry_id].answers_kinds(analysis.kinds)) and (
                self.subjects.covers(s.entry_id, subject)
            )

        # the lexical signal clearly first: the embedding may agree strongly (STRONG_COVERAGE_MIN)
        first = ranked[0] if ranked else None
        if first and first.coverage >= STRONG_COVERAGE_MIN and self._leads(first, ranked) and fits(first):
            return True
        return any(
            (s.score >= RESCUE_LEX_MIN or self._holds_all_but_predicates(s, analysis))
            and self._agrees(s, analysis)
            and fits(s)
            for s in ranked
        )

    def _close(self, candidate: Candidate, subject: Subject) -> bool:
        if not self.subjects.covers(candidate.entry_id, subject):
            return False
        lex = candidate.lexical
        if subject.unknown and (lex is None or lex.coverage < COVERAGE_MIN):
            return False  # mostly about something the document never names
        if candidate.cosine >= 0:
            return candidate.cosine >= SEM_CLOSE and candidate.score >= SUGGESTION_MIN
        return candidate.score >= SUGGESTION_MIN

    def _rank(self, kinds: frozenset[str], ranked: Sequence[EntryScore]) -> Sequence[EntryScore]:
        if not kinds:
            return ranked
        fits = self._fitting(kinds)
        adjusted = [
            s
            if s.entry_id in fits
            else EntryScore(s.entry_id, s.score * KIND_MISMATCH_FACTOR, s.question, s.coverage, s.similarity)
            for s in ranked
        ]
        return sorted(adjusted, key=_SCORE, reverse=True)

    def _when_they_met(self, analysis: Analysis) -> Analysis:
        """«Какого числа эксперты обсуждали проект?»: the past date of what those who took part did
        there, in words an entry telling its document's date holds (the event's own: обсуждать,
        круглый стол), is the event's date; they name the event, not what is asked. Only people that
        document lists among those who took part, and no other word («Когда назначен генпрокурор?»,
        «С какого года Асылов работает генпрокурором?» ask another date). It reads the entries, so it
        is the engine's, not a pass of bot/qa/reading/."""
        if "when" not in analysis.kinds or analysis.kinds - {"when"}:
            return analysis
        subjects = self.subjects
        people = [t for t in analysis.terms if t.known and t.value in subjects.named | subjects.concepts]
        rest = [t for t in analysis.terms if t not in people and (t.known or t.pos != "ADVB")]
        if not people or not rest or not all(t.known for t in rest):
            return analysis
        if self._takers is None:
            self._takers = tuple(
                e.id for e in self.kb.entries if all(subjects.holds(e.id, v) for v in subjects.presence)
            )
        for dated in self._fitting(frozenset({"when"})):
            if not all(subjects.holds(dated, t.value) for t in rest):
                continue
            source = self.kb.by_id[dated].source
            takers = [e for e in self._takers if self.kb.by_id[e].source == source]
            if all(
                any(subjects.holds(e, t.value) and not subjects.only_within(e, t.value) for e in takers)
                for t in people
            ):
                kept = tuple(t for t in analysis.terms if t not in people)
                return replace(analysis, terms=kept, values=frozenset(t.value for t in kept))
        return analysis

    def _effect_or_purpose(self, analysis: Analysis) -> Analysis:
        """«Что даёт X?»: what an entry of kind `effect` says its own «X» consists of (a direction
        of the reform: «Направление «Равенство перед законом» предполагает…») answers it when X is that
        name; of anything else (a part of a direction, «Что даёт искусственный интеллект?», the round
        table) it asks a purpose, which only an entry stating one answers (kind `reason`)."""
        if "effect" not in analysis.kinds:
            return analysis
        subjects = self.subjects
        asked = {t.value for t in analysis.terms if t.known and t.value in subjects.named | subjects.concepts}
        if asked and any(asked <= self._own_name(e) for e in self._fitting(frozenset({"effect"}))):
            return analysis
        return replace(analysis, kinds=(analysis.kinds - {"effect"}) | {"reason"})

    def _purpose_of(self, analysis: Analysis) -> Analysis:
        """«Какая цель у разъяснительной работы?», "the aim of the amendments": the purpose of a thing
        is why it is done (kind `reason`), unless an entry holds the purpose word beside everything
        else the question names (its content IS that thing's aims: «Какие цели преследует новая
        Конституция?» stays with the reform's aims). The purpose word, and a verb of pursuing one,
        are then no subject: the answer states the purpose in its own words."""
        if not _names_purpose(analysis.words) or _aims_listed(analysis):
            return analysis
        purpose = [t for t in analysis.terms if t.value in PURPOSE_TERMS]
        others = tuple(t for t in analysis.terms if t not in purpose)
        # the purpose of what: the people, institutions and rare concepts named (not the document)
        framing = self._whose_words(analysis.words)
        named = tuple(v for v in self.subjects.of(others).known if v not in framing)
        if not purpose or not named or not all(t.known for t in others if t.pos in SUBJECT_POS):
            return analysis
        holds = self.subjects.holds
        for entry in self.kb.entries:
            if all(holds(entry.id, v) for v in (*(t.value for t in purpose), *named)):
                return analysis
        kept = tuple(t for t in analysis.terms if t not in purpose and t.value not in PURSUING)
        return replace(
            analysis, terms=kept, values=frozenset(t.value for t in kept), kinds=analysis.kinds | {"reason"}
        )

    def _whose_words(self, found: tuple[str, ...]) -> frozenset[str]:
        """«Каковы, по словам Асылова, цели…?», "according to the prosecutor, what is the aim of…":
        the people and bodies whose words the question reports (the words after «по словам», «по
        мнению», "according to"): the frame of what is asked, not the thing whose purpose it is."""
        out: set[str] = set()
        for i in range(len(found) - 1):
            if (found[i], found[i + 1]) in WHOSE_WORDS:
                after = self.analyzer.analyse(" ".join(found[i + 2 : i + 2 + WHOSE_WORDS_SPAN])).terms
                out.update(self.subjects.of(after[:1]).known)
        return frozenset(out)

    def _own_name(self, entry_id: str) -> frozenset[str]:
        """The terms of the names an entry's answer gives in «…» (a direction's, a principle's)."""
        found = self._names.get(entry_id)
        if found is None:
            quoted = re.findall(r"«([^«»]+)»", self.kb.by_id[entry_id].answer)
            found = frozenset().union(*(self.analyzer.analyse(name).values for name in quoted))
            self._names[entry_id] = found
        return found

    def _fitting(self, kinds: frozenset[str]) -> frozenset[str]:
        """The entries that can answer every kind of question asked (when, where, how many…), worked
        out once for each combination of kinds (there are few)."""
        fits = self._fitting_kinds.get(kinds)
        if fits is None:
            fits = frozenset(e.id for e in self.kb.entries if e.answers_kinds(kinds))
            if len(self._fitting_kinds) < MAX_KIND_SETS:
                self._fitting_kinds[kinds] = fits
        return fits

    def _ambiguous(
        self, entry_id: str, score: float, runner_up: EntryScore | Candidate | None, analysis: Analysis
    ) -> bool:
        """Two entries about equally likely, and resting on different evidence: worth asking.
        Entries that quote the same sentence answer alike, so picking either is safe; and when the
        first one's quotes hold a phrase of the question word for word («укрепление правопорядка»)
        that the other's do not, the evidence is not equal: the first answers."""
        if runner_up is None or score >= SURE or score - runner_up.score >= CLARIFY_MARGIN:
            return False
        if self._quote_alike(entry_id, runner_up.entry_id):
            return False
        return not (self._holds_phrase(entry_id, analysis) - self._holds_phrase(runner_up.entry_id, analysis))

    def _holds_phrase(self, entry_id: str, analysis: Analysis) -> frozenset[tuple[str, str]]:
        """The pairs of the question's neighbouring terms (of real words, not the documents' whole)
        that stand side by side in the entry's quotes, read as the question is (worked out per entry
        when first compared)."""
        pairs = self._quote_pairs.get(entry_id)
        if pairs is None:
            # (clause by clause: a long text's reading keeps each term once)
            clauses = [c for q in self.kb.by_id[entry_id].quotes for c in _CLAUSE_BREAK.split(q)]
            read = [self.analyzer.analyse(c).terms for c in clauses if c.strip()]
            pairs = frozenset((a.value, b.value) for terms in read for a, b in itertools.pairwise(terms))
            self._quote_pairs[entry_id] = pairs
        # (not the documents' whole, «новая конституция»: every entry's frame, no evidence of one)
        frame = self.reader.context.wholes
        asked = {
            (a.value, b.value)
            for a, b in itertools.pairwise(analysis.terms)
            if a.real_word and b.real_word and a.value not in frame and b.value not in frame
        }
        return frozenset(asked & pairs)

    def _quote_alike(self, first: str, second: str) -> bool:
        """The two entries quote the same sentence (one quote holds the other): they answer alike.
        A heading that only introduces a list («Особое внимание уделено следующим направлениям:»)
        is no shared answer: one entry may quote it beside its own sentence, the other the list."""
        ours, theirs = self._statements[first], self._statements[second]
        return any(a in b or b in a for a in ours for b in theirs)

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
        self,
        query: str,
        kind: DeclineKind,
        candidates: Sequence[Candidate],
        close: list[Candidate],
        lang: Lang,
    ) -> Reply:
        nearest = [c.entry_id for c in close]
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
        self,
        analysis: Analysis,
        subject: Subject,
        candidates: Sequence[Candidate],
        cosines: dict[str, float],
        *,
        several: bool = False,
    ) -> DeclineKind:
        best_cosine = max(cosines.values(), default=-1.0)
        if not subject.any_known:  # nothing the document talks about (an embedding is near anything)
            return "off_topic"
        if analysis.kinds & {"negated", "objection"}:  # what did not happen, or an objection no
            return "not_found"  # entry reports: the document may not report everything said
        # the subject is in the document: what is asked about it is not (an unknown detail, or a
        # kind of question no entry about the subject answers)
        if any(
            c.lexical is not None and c.lexical.score >= ANSWER_MIN and c.lexical.coverage >= NEAR_COVERAGE
            for c in candidates[:MAX_SUGGESTIONS]
        ):
            return "not_found"  # an entry nearly answers: the bot cannot claim the document is silent
        if best_cosine >= SEM_NEAR:
            return "not_found"  # the embedding finds an entry very close in meaning: same reason
        if subject.framed and "future" not in analysis.kinds:  # a future date: the text has none
            return "not_found"
        if not subject.unknown and not analysis.kinds:
            return "not_found"

        def about_subject(c: Candidate) -> bool:
            return c.lexical is not None and self.subjects.covers(c.entry_id, subject)

        if subject.unknown:
            return "not_in_document" if any(map(about_subject, candidates)) else "not_found"
        if analysis.kinds & IMPLICIT_KINDS and any(
            self._holds_all(c, subject) for c in candidates[:MAX_SUGGESTIONS]
        ):
            return "not_found"  # «Для чего X?» where an entry describes X in every word asked
        # what the question is about cannot answer this kind of question (когда, сколько…), and no
        # entry that can answer it shares a word with the question (the kind is checked first: it
        # is cheaper than the subject)
        # a question asking two things («когда это было и кто там был»): the document answering
        # one of them is enough not to call it silent
        if several:  # a kind asked in one of its clauses says nothing of the others' subjects
            return "not_found"
        asked = analysis.kinds - MODIFIER_KINDS
        qualifiers = analysis.kinds & MODIFIER_KINDS
        parts = [frozenset({kind}) | qualifiers for kind in asked] if len(asked) > 1 else [analysis.kinds]
        for part in parts:
            fits = self._fitting(part)
            if any(c.entry_id in fits and about_subject(c) for c in candidates):
                return "not_found"
        return "not_in_document" if any(map(about_subject, candidates)) else "not_found"

    def _holds_all(self, candidate: Candidate, subject: Subject) -> bool:
        """The entry holds every term of the question and covers its subject."""
        lex = candidate.lexical
        return lex is not None and lex.coverage >= 1.0 and self.subjects.covers(candidate.entry_id, subject)

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
    fields = zip(map(_ENTRY_ID, ranked), map(_SCORE, ranked), ranked, itertools.repeat(-1.0))
    return map(tuple.__new__, itertools.repeat(Candidate), fields)


_DECLINE_NOTES: dict[DeclineKind, str] = {
    "off_topic": "not about the document",
    "not_found": "no entry covers the question",
    "not_in_document": "the subject is in the document, the detail asked is not",
}


def _aside(found: tuple[str, ...], start: int) -> int:
    """Where the asker's reason for asking begins after `start` (text.ASIDE_OPENERS), else the end:
    a tail of a long message ends there."""
    for i in range(start + 1, len(found)):
        if found[i] in ASIDE_OPENERS or (found[i - 1], found[i]) in ASIDE_PAIRS:
            return i - (found[i] not in ASIDE_OPENERS)
    return len(found)


def _names_purpose(found: tuple[str, ...]) -> bool:
    """A noun of purpose: «цель» in any form, or an English one followed by "of" ("the aim of X";
    not the verb of "Does the reform aim to…")."""
    morphology = shared_morphology()
    return any(
        morphology.info(word).lemma == "цель"
        or (word in PURPOSE_WORDS_EN and i + 1 < len(found) and found[i + 1] == "of")
        for i, word in enumerate(found)
    )


def _aims_listed(analysis: Analysis) -> bool:
    """«Какие цели изменений назвал генпрокурор?», «…перечислил…»: aims in the plural that someone
    named or listed (kind `said`, a verb of listing) are what he said the aims are, not why a thing
    is done."""
    morphology = shared_morphology()
    listed = "said" in analysis.kinds or any(morphology.info(w).lemma in LISTING for w in analysis.words)
    return listed and not PURPOSE_PLURALS.isdisjoint(analysis.words)


def _unknown_predicate(analysis: Analysis) -> bool:
    """A verb or participle of the question is a real word the documents never use."""
    return any(not t.known and t.real_word and t.pos in PREDICATE_POS for t in analysis.terms)


def _readable(analysis: Analysis) -> bool:
    """Most of the question's terms are words the lexical side understands (Russian words)."""
    real = sum(term.real_word for term in analysis.terms)
    return real * 2 > len(analysis.terms)


def _kazakh_translations(kb: KnowledgeBase) -> list[str]:
    """The questions and answers of the entries' Kazakh translations."""
    return [
        text
        for entry in kb.entries
        if (kk := entry.translations.get("kk")) is not None
        for text in (kk.answer, *kk.questions)
    ]


def _kazakh_texts(kb: KnowledgeBase) -> list[str]:
    """The Kazakh translations and the curated synonyms (their Kazakh phrases): the Kazakh words the
    knowledge base spells."""
    return _kazakh_translations(kb) + [phrase for group in kb.synonyms.groups for phrase in group]


def _kazakh_words(kb: KnowledgeBase) -> frozenset[str]:
    """Words of the Kazakh translations that are not Russian words, also as typed without Kazakh
    letters: what tells a Kazakh question typed on a Russian keyboard from a Russian one."""
    morphology = shared_morphology()
    found = {word for text in _kazakh_translations(kb) for word in words(fold(text))}
    plain = {word.translate(language.PLAIN_KAZAKH) for word in found}
    return frozenset(w for w in found | plain if len(w) > 2 and w.isalpha() and not morphology.is_russian(w))


# where a quote's clauses end, for the pairs of words side by side in them (Engine._holds_phrase)
_CLAUSE_BREAK = re.compile(r"[.,;:!?()«»\"–—]")


def _statements(quotes: Sequence[str]) -> tuple[str, ...]:
    """The quotes without a closing heading that only introduces a list (a sentence ending with
    «:»), which says nothing by itself; a quote that is nothing but such a heading is left out."""
    out = []
    for quote in quotes:
        text = quote.rstrip()
        if text.endswith(":"):
            text = text[: text.rfind(". ") + 1] if ". " in text else ""
        if text:
            out.append(text)
    return tuple(out)


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
    """Load, validate and index the knowledge base; raises KnowledgeBaseError listing all problems.
    The engine serves until the process ends or a reload: what it holds is kept out of the garbage
    collector's way (bot/qa/memory.py)."""
    with paused_gc():
        knowledge, seeds = knowledge_dir or PROJECT_ROOT / "knowledge", seeds_dir or PROJECT_ROOT / "seeds"
        kb = cached_knowledge_base(knowledge, seeds, default_cache_dir())
        engine = Engine(kb, semantic=semantic)
    memory.keep()
    return engine


def _asked(part: str) -> str:
    """A question as the reply names it: from a capital letter, ending in its question mark
    («кто там выступал» of «Когда был круглый стол и кто там выступал?» → «Кто там выступал?»)."""
    text = part.strip().rstrip(".,;:!?—– ")
    return f"{text[:1].upper()}{text[1:]}?" if text else text
