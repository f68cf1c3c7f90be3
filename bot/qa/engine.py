"""The answer engine: one pure function from a question to a Reply, over a pre-built index.

Two signals decide: the lexical one (lemmas, synonyms, typo repair; bot/qa/index.py) and, when
the lexical one is not already sure, a semantic one (multilingual embeddings; bot/qa/semantic.py).
Embeddings find paraphrases and other languages but cannot tell "not in the document": an answer
also needs the question's subject covered by the entry and the kind of question to fit.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import operator
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple, overload

from bot.paths import PROJECT_ROOT
from bot.qa import lang as language
from bot.qa import memory
from bot.qa.analyzer import Analysis, Analyzer, Term
from bot.qa.index import EntryScore
from bot.qa.index_cache import cached_knowledge_base, default_cache_dir, load_index
from bot.qa.kb import Entry, KnowledgeBase, SmalltalkIntent
from bot.qa.memory import paused_gc
from bot.qa.models import DeclineKind, Lang, Match, Reply, Suggestion
from bot.qa.morph import shared_morphology
from bot.qa.semantic import Embedder, SemanticIndex, entry_vectors, load_embedder
from bot.qa.smalltalk import SmalltalkMatcher
from bot.qa.text import QUESTION_OPENERS, focus, fold, has_latin, words

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
# Two entries that both could answer and are this close on the lexical score: the embedding is
# asked which one the question means, and decides when it prefers one by PREFER_MARGIN (cosine).
TIE_MARGIN = 10.0
PREFER_MARGIN = 0.02
# A question asking what an entry cannot answer (когда, где, сколько, кто, names, «кто ещё, кроме…»:
# every kind asked must be among the entry's question_kinds) keeps this share of its score.
KIND_MISMATCH_FACTOR = 0.5
SUGGESTION_MIN = 25.0
MAX_SUGGESTIONS = 3
# Parts of speech of an unknown word that name a subject (a noun, a name), not a predicate.
SUBJECT_POS = frozenset({"NOUN", None})
# Unknown nouns name the question's subject, except in a long message (this many terms) where they
# are under this share of its terms: there they are its surroundings («я студент юрфака…»).
LONG_QUESTION_TERMS = 8
UNKNOWN_SUBJECT_SHARE = 0.25
# A long message no entry answers is asked again from its question words on: at most this many tails.
MAX_TAILS = 4

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
# measured 0.01 -> 0: two more right answers, no near-miss answered (README, round 6).
LEXICAL_LEAD = 10.0
AGREE_MARGIN_WITH_LEAD = 0.0
# ... and when each signal puts it first clearly (the lexical one LEXICAL_LEAD ahead, the embedding
# AGREE_MARGIN ahead), the lexical side need cover only this much: two independent signals agree
# («дата кр стола», «Is crime prevention part of the plans?»). Calibrated on every row set: the
# same answers gained from 0.1 to 0.3, none lost (README, round 6).
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
# A term of a source's title or topics names that source's subject when at least this share of the
# entries holding it are that source's (synonyms may lend it to a stray entry of another source).
SOURCE_TERM_SHARE = 0.8
# «Какие <group>…» asks for names: the interrogative word (as lemma or stem) and how many words after
# it may name the group.
WHICH_WORDS = frozenset({"какой", "which", "қандай", "қай"})
WHICH_SPAN = 2
# «Кто представлял <group>», «кто из <group>», «who represented <group>» ask for its members too.
# «who is / was» before a participle: a passive question («who was invited»), not «who is X»
BE_FORMS = frozenset({"is", "was", "are", "were", "s"})
WHO_WORDS = frozenset({"кто", "who"})
MEMBER_WORDS = frozenset({"из", "от", "представлять", "представитель", "from", "repres"})
# «Когда состоится следующий…», «when will … be held» ask the date of something yet to come, which
# a document reporting what happened does not give: such a question gets the kind `future`, which no
# entry lists. A Russian verb in the future tense, or one of these words, marks it.
FUTURE_WORDS = frozenset({"will", "shall"})
# «какие … уже появились?»: with a verb the documents never use, what has happened since the event
ALREADY_WORDS = frozenset({"уже", "already"})
# Words that leave out what follows them («кроме генпрокурора») or, in Kazakh, what precedes them.
EXCLUDING_BEFORE = frozenset({"кроме", "помимо", "besides", "except", "apart"})
EXCLUDING_AFTER = frozenset({"басқа"})
# Words between those and what they leave out («apart from the prosecutor», «except for…»).
EXCLUDING_LINKS = frozenset({"from", "for", "the", "a", "an", "of"})
# «теорию или практику?»: the words joining two alternatives, and how many words each side may span
# before its nearest term.
ALTERNATIVE_WORDS = frozenset({"или", "либо", "or", "әлде", "немесе"})
ALTERNATIVE_SPAN = 3
# Kinds that qualify what is asked rather than ask it: «кто ещё» is a who-question, «какие именно
# X» a question for X; «когда и кто» asks two things (see _decline_kind).
# Taking part, and the past of «быть» in each language («Был ли X на круглом столе?»): see
# _asks_presence.
PRESENCE = "принять участие"
BE_PAST = frozenset({"был", "была", "были", "было", "was", "were", "болды", "болған"})
MODIFIER_KINDS = frozenset({"names", "items", "others", "future"})
# A clause opening with a question word after a comma, a dash or «и», once a question word came before
# («кто выступал, какой главный тезис и какие направления обсуждали»): the question asks several
# things (see _asks_several).
_QUESTION_WORD = (
    r"(?:кто|когда|где|какой|какая|какое|какие|сколько|почему|зачем|"
    r"who|when|where|which|what|how|why|кім|қашан|қайда|қандай|қанша)\b"
)
_FIRST_QUESTION = re.compile(r"\b" + _QUESTION_WORD, re.IGNORECASE)
_NEXT_QUESTION = re.compile(r"(?:[,;:—–]|\s-|\b(?:и|а|and|және))\s*" + _QUESTION_WORD, re.IGNORECASE)
# The speakers of a whole event: everything a press release reports is what was said there, so
# «что участники сказали про X» asks what the document says about X (see _said_by_all).
COLLECTIVE_SPEAKERS = (
    "участники",
    "participants",
    "қатысушылар",
    "круглый стол",
    "round table",
    "дөңгелек үстел",
)
# «работа полиции и других органов», "police and other bodies": «другие» joined to a list by these
# continues it; it does not ask beyond what the text names (see _without_listed_others).
LIST_LINKS = frozenset({"и", "and", "а", "или", "or", "және", "мен"})
OTHERS_ADJECTIVES = frozenset({"другой", "other"})
# «на короткий срок», "in the long term": a term with an adjective of its length asks how long, not
# when (see _term_length); «в какой срок» still asks when.
TERM_WORDS = frozenset({"срок", "term"})
# «в двух словах», «одним словом», "in a few words": how briefly to answer, not what is asked (see
# _without_brevity); a count word is a numeral or one of these.
BREVITY_NOUNS = frozenset({"слово", "word", "сөз"})
COUNT_WORDS = frozenset({"один", "пара", "one", "two", "three", "few", "couple", "бір", "екі"})
# A month as people write it in each language (the analyzer reads the forms): a document's date in a
# question that asks something else names the event (see _without_own_date).
MONTH_NAMES = (
    ("января", "january", "қаңтар"),
    ("февраля", "february", "ақпан"),
    ("марта", "march", "наурыз"),
    ("апреля", "april", "сәуір"),
    ("мая", "may", "мамыр"),
    ("июня", "june", "маусым"),
    ("июля", "july", "шілде"),
    ("августа", "august", "тамыз"),
    ("сентября", "september", "қыркүйек"),
    ("октября", "october", "қазан"),
    ("ноября", "november", "қараша"),
    ("декабря", "december", "желтоқсан"),
)
# A phrase starting with a verb names an action, not a subject («принять участие»).
PREDICATE_POS = frozenset({"VERB", "INFN", "GRND", "PRTF", "PRTS"})
# A noun most entries hold (конституция, проект) frames a question rather than naming its subject.
SUBJECT_MAX_SHARE = 0.5
# A term this share of entries hold (круглый стол, участник, проект, конституция) names what the whole
# document is about: a question made only of such terms and a verb the documents never use asks
# about that verb («Голосовали ли участники круглого стола?»).
FRAME_SHARE = 0.4
# Longer "words" are noise (a key held down) and are not embedded.
MAX_EMBEDDED_WORD = 30
# The words after «какие», «кто из» whose reading is remembered (bounded: users' words are not).
MAX_GROUP_TEXTS = 4096
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
        self._presence = base.analyse(PRESENCE).values
        # the entries telling who took part, found when first needed: see _when_they_met
        self._takers: tuple[str, ...] | None = None
        # «какие депутаты», «кто из депутатов»: the same few words after such an opener, asked again
        self._names_group = lru_cache(maxsize=MAX_GROUP_TEXTS)(self._is_named_group)
        self._source_terms = self._distinctive_source_terms()
        self._entry_number = {entry_id: i for i, entry_id in enumerate(self.index.compiled.entry_ids)}
        self._entry_statistics: list[int] = self.index.compiled.entry_statistics.tolist()
        self._statistics_using: dict[str, frozenset[int]] = {}  # see _using
        self._fitting_kinds: dict[frozenset[str], frozenset[str]] = {}  # see _fitting
        # a subject that is a word of a longer one (президент of администрация президента): see _only_within
        self._parted = frozenset(
            v for v in self._subjects if any(v in p.split() for p in self._subjects if p != v)
        )
        self._standalone: dict[str, frozenset[str]] = {}
        self._collective = frozenset(base.analyse(" ".join(COLLECTIVE_SPEAKERS)).values)
        self._own_dates = tuple(self._date_terms(source.meta.date) for source in kb.sources.values())
        self._concepts = self._rare_concepts()
        self._statements = {e.id: _statements(e.quotes) for e in kb.entries}  # see _quote_alike
        self._source_sizes: dict[str, int] = {}
        for entry in kb.entries:
            self._source_sizes[entry.source] = self._source_sizes.get(entry.source, 0) + 1
        self._frames: dict[str, frozenset[str]] = {}  # see _framing
        # words the knowledge base uses only inside a phrase («порядок» of «закон и порядок»,
        # «часть» of «вступительная часть»): not a subject the documents never name
        morphology = shared_morphology()
        phrases = [words(p) for group in synonyms.groups for p in group]
        self._phrase_words = frozenset(
            morphology.info(word).lemma for phrase in phrases if len(phrase) > 1 for word in phrase
        )
        self._kazakh_words = _kazakh_words(kb)
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
        lang = language.detect(text, analysis.text, self._kazakh_words) or fallback_lang
        reply = self._answer(question, analysis, lang)
        if reply.kind in ("none", "smalltalk") and len(analysis.terms) >= LONG_QUESTION_TERMS:
            text, reply = self._rambling(question, analysis, lang, (text, reply))
            shortened = shortened or text != question
        if shortened and reply.kind == "answer":
            note = self.kb.replies.long_question.get(lang).format(question=text.strip())
            reply = reply.model_copy(update={"note": f"long message; {note}"})
        elif shortened:
            reply = reply.model_copy(update={"note": f"long message; searched: {text.strip()}"})
        return reply

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
            tail = " ".join(found[start:])
            reply = self._answer(question, self.analyzer.analyse(tail), lang)
            if reply.kind == "answer":
                return tail, reply
        return whole

    def _date_terms(self, date: dt.date) -> tuple[frozenset[str], frozenset[str]]:
        """A document's date as the analyzer reads it: its month's terms, and all its terms."""
        month = self.analyzer.analyse(" ".join(MONTH_NAMES[date.month - 1])).values
        numbers = self.analyzer.analyse(f"{date.day} {date.year} {date:%d.%m.%Y}").values
        return month, month | numbers

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
            rest = rest if analysis.terms else ""  # «hello there»: nothing but the greeting
        if intent is None:
            analysis = self._bare_when(question, analysis)
        analysis = self._without_excluded(
            self._which_of_named(self._when_future(self._who_passive(self._without_brevity(analysis))))
        )
        analysis = self._without_own_date(self._without_unknown_alternative(analysis))
        analysis = self._term_length(self._without_listed_others(self._said_by_all(analysis)))
        analysis = self._when_they_met(analysis)
        ranked = self._rank(analysis.kinds, self.index.ranking(analysis))
        top = ranked[0] if ranked else None
        if intent is not None and not rest and (top is None or top.score < SURE):
            return self._smalltalk(question, intent, lang)
        subject = self._subject(analysis.terms, self._asks_presence(analysis))
        # an entry that lacks the question's subject cannot answer it, however many other words
        # it shares: the lexical decision is among the entries that cover the subject
        # (the decision looks at the first two only: the rest of the ~200 need no check)
        covering = (
            list(itertools.islice((s for s in ranked if self._covers(s.entry_id, subject)), 2))
            if subject.known
            else ranked
        )
        if covering and self._answerable(covering[0], subject):
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
        candidates = self._combine(ranked, cosines)
        best = candidates[0] if candidates else None
        if cosines and best is not None and self._rescued(best, ranked, analysis, subject, cosines):
            # the runner-up worth asking about covers the subject too (as in the lexical decision)
            second = next((c for c in candidates[1:] if self._covers(c.entry_id, subject)), None)
            if self._ambiguous(best.entry_id, best.score, second):
                return self._clarify(question, best, second, lang)  # type: ignore[arg-type]
            return self._entry_reply(question, self.kb.by_id[best.entry_id], best, second, lang)
        if intent is not None:  # «спасибо большое за ответ»: small talk, not a question
            return self._smalltalk(question, intent, lang)
        several = _asks_several(focus(question)[0])
        kind = self._decline_kind(analysis, subject, candidates, cosines, several=several)
        # the entries offered instead: only when the bot says it found nothing
        close = (
            [c for c in candidates[:MAX_SUGGESTIONS] if self._close(c, subject)]
            if kind == "not_found"
            else []
        )
        return self._decline(question, kind, candidates, close, lang)

    @staticmethod
    def _who_passive(analysis: Analysis) -> Analysis:
        """«Who is invited…», «who was represented…»: a participle after «who is» makes a passive
        question about who does or did something (kind `who`), not «who is X» (his role)."""
        if "who_is" not in analysis.kinds:
            return analysis
        found = analysis.words
        morphology = shared_morphology()
        for i in range(len(found) - 2):
            if (
                found[i] == "who"
                and found[i + 1] in BE_FORMS
                and morphology.info(found[i + 2]).pos in PREDICATE_POS
            ):
                return replace(analysis, kinds=(analysis.kinds - {"who_is"}) | {"who"})
        return analysis

    def _bare_when(self, question: str, analysis: Analysis) -> Analysis:
        """«Когда это всё было?», «какого числа было? 27е?»: a «when» with no word of its own asks
        the date of the document, as if its kind were named («пресс-релиз»). Beside other
        documents it is not clear which one is meant, and the question stays as asked."""
        if (
            analysis.kinds != {"when"}
            or len(self.kb.sources) != 1
            or any(t.real_word for t in analysis.terms)
        ):
            return analysis
        (source,) = self.kb.sources.values()
        return self.analyzer.analyse(f"{question} {source.meta.kind}")

    @staticmethod
    def _when_future(analysis: Analysis) -> Analysis:
        """«Когда пройдёт референдум?», «When will the next round table be held?»: the date of
        something yet to come (kind `future`), not of what the documents report."""
        if "when" not in analysis.kinds:
            return analysis
        morphology = shared_morphology()
        if any(word in FUTURE_WORDS or morphology.info(word).future for word in analysis.words):
            return replace(analysis, kinds=analysis.kinds | {"future"})
        return analysis

    def _which_of_named(self, analysis: Analysis) -> Analysis:
        """«Какие депутаты…», «какие общественные организации…», «which NGOs…», «кто представлял
        Администрацию»: asking which members of a group the documents name only as a whole asks
        for names (kind `names`)."""
        found = analysis.words
        morphology = shared_morphology()
        for i, word in enumerate(found[:-1]):
            lemma = morphology.info(word).lemma
            start = i + 1
            if lemma in WHO_WORDS and morphology.info(found[start]).lemma in MEMBER_WORDS:
                start += 1  # «кто представлял Администрацию», «кто из депутатов»: its members by name
            elif lemma not in WHICH_WORDS:
                continue
            if self._names_group(" ".join(found[start : start + WHICH_SPAN])):
                return replace(analysis, kinds=analysis.kinds | {"names"})
        return analysis

    def _is_named_group(self, text: str) -> bool:
        """The words after «какие», «кто из» name a group the documents name as a whole (its first
        term is a subject: «какие депутаты»; not «какое значение генпрокурор…»)."""
        group = self.analyzer.analyse(text).terms
        return bool(group) and group[0].value in self._subjects

    def _answerable(self, score: EntryScore, subject: _Subject) -> bool:
        """The lexical signal alone may answer with this entry: enough of the question covered,
        its subject too, and no noun the documents never use."""
        return (
            score.score >= ANSWER_MIN
            and score.coverage >= COVERAGE_MIN
            and not subject.unknown
            and self._covers(score.entry_id, subject)
        )

    def _lexical_reply(
        self,
        question: str,
        analysis: Analysis,
        ranked: Sequence[EntryScore],
        subject: _Subject,
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
                    self._ambiguous(top.entry_id, top.score, runner_up)
                    and self._covers(runner_up.entry_id, subject)
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
        if self._ambiguous(top.entry_id, top.score, runner_up):
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
        return {e: c for e, c in self.semantic.scores(text).items() if kinds <= by_id[e].question_kinds}

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
        if subject.known:  # an entry lacking the subject cannot answer: no rival either
            cosines = {e: c for e, c in cosines.items() if self._covers(e, subject)}
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
                and not (ALREADY_WORDS.intersection(analysis.words) and _unknown_predicate(analysis))
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
            and all(self._holds(score.entry_id, t.value) for t in rest)
        )

    def _rescuable(self, analysis: Analysis, ranked: Sequence[EntryScore], subject: _Subject) -> bool:
        """Whether any entry passes the lexical half of `_rescued` (readable questions), so that
        the embedding could still turn a decline into an answer: a lexical score within reach, or
        every term of the question but its generic predicates held («What is the preamble going
        to include?», where the verb lowers the score)."""
        if subject.unknown:
            return False

        def fits(s: EntryScore) -> bool:
            return (not analysis.kinds or analysis.kinds <= self.kb.by_id[s.entry_id].question_kinds) and (
                self._covers(s.entry_id, subject)
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

    def _close(self, candidate: Candidate, subject: _Subject) -> bool:
        if not self._covers(candidate.entry_id, subject):
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

    def _fitting(self, kinds: frozenset[str]) -> frozenset[str]:
        """The entries that can answer every kind of question asked (when, where, how many…), worked
        out once for each combination of kinds (there are few)."""
        fits = self._fitting_kinds.get(kinds)
        if fits is None:
            fits = frozenset(e.id for e in self.kb.entries if kinds <= e.question_kinds)
            if len(self._fitting_kinds) < MAX_KIND_SETS:
                self._fitting_kinds[kinds] = fits
        return fits

    def _without_unknown_alternative(self, analysis: Analysis) -> Analysis:
        """«Обсуждали теорию или практику?»: an alternative the documents never name, beside one
        they do, is not the question's subject; the answer tells which of the two the document
        holds. Only when no other unknown word is left, which may be what is asked («Проект примут
        в Парламенте или на референдуме?»: how it is adopted, which the text does not say)."""
        found = analysis.words
        dropped = set()
        for i, word in enumerate(found):
            if word not in ALTERNATIVE_WORDS or not 0 < i < len(found) - 1:
                continue
            left = self.analyzer.analyse(" ".join(found[max(0, i - ALTERNATIVE_SPAN) : i])).terms[-1:]
            right = self.analyzer.analyse(" ".join(found[i + 1 : i + 1 + ALTERNATIVE_SPAN])).terms[:1]
            for this, other in zip(left + right, right + left, strict=False):
                if not this.known and this.real_word and other.known:
                    dropped.add(this.value)
        kept = tuple(t for t in analysis.terms if t.value not in dropped)
        if not dropped or any(not t.known and t.real_word for t in kept):
            return analysis
        return replace(analysis, terms=kept, values=frozenset(t.value for t in kept))

    def _without_own_date(self, analysis: Analysis) -> Analysis:
        """«Кто участвовал в обсуждении 27 февраля?»: a document's own date, in a question that
        asks something else (who, what was said), names the event; it is not what is asked."""
        if not analysis.kinds or analysis.kinds & {"when", "future"}:
            return analysis
        for month, date in self._own_dates:
            if month & analysis.values:
                kept = tuple(t for t in analysis.terms if t.value not in date)
                if any(t.known for t in kept):
                    return replace(analysis, terms=kept, values=frozenset(t.value for t in kept))
        return analysis

    def _said_by_all(self, analysis: Analysis) -> Analysis:
        """«Что участники сказали про верховенство закона?»: what the participants (the round table)
        said is what the document reports, so the question asks what it says, not for an entry
        reporting someone's words. Not when it names a person or body («что сказал Токаев»)."""
        if "said" not in analysis.kinds or not self._collective & analysis.values:
            return analysis
        if any(t.value in self._subjects and t.value not in self._collective for t in analysis.terms):
            return analysis
        return replace(analysis, kinds=analysis.kinds - {"said"})

    def _without_listed_others(self, analysis: Analysis) -> Analysis:
        """«Работа полиции и других правоохранительных органов»: «другие» after «и» continues a list
        (the police and the other bodies); it does not ask beyond what the text names, as «кто
        ещё, кроме…» or «другие выступающие» do. Only when no other word asks for the others."""
        if "others" not in analysis.kinds:
            return analysis
        found = analysis.words
        morphology = shared_morphology()
        listed = {
            i
            for i, word in enumerate(found)
            if i > 0 and found[i - 1] in LIST_LINKS and morphology.info(word).lemma in OTHERS_ADJECTIVES
        }
        rest = " ".join(word for i, word in enumerate(found) if i not in listed)
        if not listed or "others" in self.analyzer.analyse(rest).kinds:
            return analysis
        return replace(analysis, kinds=analysis.kinds - {"others"})

    def _without_brevity(self, analysis: Analysis) -> Analysis:
        """«В чём суть реформы в двух словах?», "in a few words": a count of words says how briefly
        to answer; they are not what is asked («какими словами он описал…» still is)."""
        found = analysis.words
        morphology = shared_morphology()
        brief: set[int] = set()
        for i, word in enumerate(found[1:], start=1):
            count = morphology.info(found[i - 1])
            if morphology.info(word).lemma in BREVITY_NOUNS and (
                count.pos == "NUMR" or count.lemma in COUNT_WORDS
            ):
                brief |= {i - 1, i}
        if not brief:
            return analysis
        return self.analyzer.analyse(" ".join(w for i, w in enumerate(found) if i not in brief))

    def _term_length(self, analysis: Analysis) -> Analysis:
        """«Поправки рассчитаны на короткий срок?»: a term («срок») with an adjective of its length
        asks how long something is meant to last, which the text may tell («долгосрочные
        ориентиры»), not a date. «В какой срок», «срок полномочий» stay when-questions."""
        if "when" not in analysis.kinds:
            return analysis
        found = analysis.words
        morphology = shared_morphology()
        lengths = {
            i
            for i, word in enumerate(found)
            if i > 0
            and morphology.info(word).lemma in TERM_WORDS
            and morphology.info(found[i - 1]).pos == "ADJF"
            and morphology.info(found[i - 1]).lemma not in WHICH_WORDS
        }
        rest = " ".join(word for i, word in enumerate(found) if i not in lengths)
        if not lengths or "when" in self.analyzer.analyse(rest).kinds:
            return analysis
        return replace(analysis, kinds=analysis.kinds - {"when"})

    def _without_excluded(self, analysis: Analysis) -> Analysis:
        """What «кроме X», «помимо X», «besides X», «X-тан басқа» leave out is not asked about:
        «кто был, кроме генпрокурора» asks for the others (kind `others`), not for him."""
        found = analysis.words
        around = []
        for i, word in enumerate(found):
            if word in EXCLUDING_BEFORE:
                start = i + 1
                while start < len(found) and found[start] in EXCLUDING_LINKS:
                    start += 1
                around.append(" ".join(found[start : start + WHICH_SPAN]))
            elif word in EXCLUDING_AFTER and i:
                around.append(found[i - 1])
        excluded = {v for text in around for v in self.analyzer.analyse(text).values}
        if not excluded:
            return analysis
        kept = tuple(t for t in analysis.terms if t.value not in excluded)
        return replace(analysis, terms=kept, values=frozenset(t.value for t in kept))

    def _when_they_met(self, analysis: Analysis) -> Analysis:
        """«Какого числа эксперты обсуждали проект?»: the past date of what those who took part did
        there, in words an entry telling its document's date holds (the event's own: обсуждать,
        круглый стол), is the event's date; they name the event, not what is asked. Only people that
        document lists among those who took part, and no other word («Когда назначен генпрокурор?»,
        «С какого года Асылов работает генпрокурором?» ask another date)."""
        if "when" not in analysis.kinds or analysis.kinds - {"when"}:
            return analysis
        people = [t for t in analysis.terms if t.known and t.value in self._subjects | self._concepts]
        rest = [t for t in analysis.terms if t not in people and (t.known or t.pos != "ADVB")]
        if not people or not rest or not all(t.known for t in rest):
            return analysis
        if self._takers is None:
            self._takers = tuple(
                e.id for e in self.kb.entries if all(self._holds(e.id, v) for v in self._presence)
            )
        for dated in self._fitting(frozenset({"when"})):
            if not all(self._holds(dated, t.value) for t in rest):
                continue
            source = self.kb.by_id[dated].source
            takers = [e for e in self._takers if self.kb.by_id[e].source == source]
            if all(
                any(self._holds(e, t.value) and not self._only_within(e, t.value) for e in takers)
                for t in people
            ):
                kept = tuple(t for t in analysis.terms if t not in people)
                return replace(analysis, terms=kept, values=frozenset(t.value for t in kept))
        return analysis

    def _asks_presence(self, analysis: Analysis) -> bool:
        """«Присутствовал ли Токаев?», «Был ли президент (лично) на круглом столе?»: whether someone
        was there, which an entry merely naming them (the reform continues his initiatives) does not
        answer. A past «быть» with nothing but people, the event and adverbs asks that too."""
        if self._presence & analysis.values:
            return True
        if not BE_PAST & set(analysis.words):
            return False
        rest = [t for t in analysis.terms if t.value not in self._subjects and (t.known or t.pos != "ADVB")]
        return bool(rest) and all(t.known and self._framing(t.value) for t in rest)

    def _subject(self, terms: tuple[Term, ...], presence: bool = False) -> _Subject:
        """The question's subject: the people and institutions it names (synonyms.yaml,
        `subjects`: генпрокурор, Парламент, президент, омбудсмен…), and unknown nouns or names
        (a real word the document never uses: зарплата, голосование, референдум)."""
        named = self._subjects | self._concepts
        known = tuple(dict.fromkeys(t.value for t in terms if t.known and t.value in named))
        if presence and any(t.value in self._subjects for t in terms):
            # whether someone was there: only an entry saying who took part can tell
            known += tuple(v for v in self._presence if v not in known)
        unknown = tuple(
            t.value
            for t in terms
            if not t.known and t.real_word and t.pos in SUBJECT_POS and t.value not in self._phrase_words
        )
        # whether each is a dictionary noun (not a Kazakh stem read as Russian) is asked only where
        # it would decide (see _covers): the morphology of a new lemma is a parse of its own
        nouns = tuple(
            t.value
            for t in terms
            if t.known
            and not t.repaired  # a typo read as another document's word («конст» as «конт»)
            and t.value not in self._phrase_words
            and t.pos in SUBJECT_POS
        )
        framed = False
        if not unknown and self._only_frame(terms):
            # the event, the draft, its participants and a verb the documents never use: what is
            # asked is that verb (голосовать, проголосовать, vote)
            unknown = tuple(t.value for t in terms if not t.known and t.real_word and t.pos in PREDICATE_POS)
            framed = bool(unknown)
        if len(terms) >= LONG_QUESTION_TERMS:  # a long message: «я студент юрфака…» is not its subject
            if len(unknown) < UNKNOWN_SUBJECT_SHARE * len(terms):
                unknown = ()
            nouns = ()
        sources = frozenset().union(*(self._source_terms.get(t.value, frozenset()) for t in terms))
        return _Subject(known, unknown, any(t.known for t in terms), sources, nouns, framed)

    def _only_frame(self, terms: tuple[Term, ...]) -> bool:
        """Every known term of the question is one most entries of a source hold (FRAME_SHARE),
        the same source for all, and there are some."""
        known = [t.value for t in terms if t.known]
        if not known:
            return False
        common = self._framing(known[0])
        for value in known[1:]:
            if not common:
                break
            common = common & self._framing(value)
        return bool(common)

    def _framing(self, value: str) -> frozenset[str]:
        """The sources most of whose entries hold the term (FRAME_SHARE): what their document is
        about as a whole. Worked out once a term (bounded by the vocabulary)."""
        found = self._frames.get(value)
        if found is None:
            compiled = self.index.compiled
            term_id = compiled.term_ids.get(value)
            held: dict[str, int] = {}
            if term_id is not None:
                for position in compiled.entry_postings.row(term_id).tolist():
                    source = self.kb.by_id[compiled.entry_ids[position]].source
                    held[source] = held.get(source, 0) + 1
            found = frozenset(s for s, n in held.items() if n >= FRAME_SHARE * self._source_sizes[s])
            if term_id is not None:
                self._frames[value] = found
        return found

    def _rare_concepts(self) -> frozenset[str]:
        """Curated concepts of several words that few entries hold (права и свободы, нулевая
        терпимость, персональные данные): a question naming one is about it, so an answer must hold
        it too. Not the words naming the documents themselves (круглый стол, пресс-релиз), nor an
        action («принять участие»)."""
        compiled = self.index.compiled
        most = SUBJECT_MAX_SHARE * len(compiled.entry_ids)
        naming = {
            value
            for source in self.kb.sources.values()
            for text in (source.meta.title, source.meta.kind)
            for value in self.analyzer.analyse(text).values
        }
        morphology = shared_morphology()
        nominal = self._nominal_concepts()
        return frozenset(
            term
            for term, term_id in compiled.term_ids.items()
            if (" " in term or term in nominal)
            and term not in naming
            and len(compiled.entry_postings.row(term_id)) <= most
            and morphology.info(term.split()[0]).pos not in PREDICATE_POS  # not «принять участие»
        )

    def _nominal_concepts(self) -> frozenset[str]:
        """Curated single-word concepts whose synonyms are all names of things (преамбула, профилактика),
        not of actions (оценка ~ оценить)."""
        morphology = shared_morphology()
        out: set[str] = set()
        for group in self.kb.synonyms.groups:
            canonical = self.analyzer.analyse(group[0]).values
            if len(canonical) == 1 and all(
                morphology.info(word).pos not in PREDICATE_POS for phrase in group for word in words(phrase)
            ):
                out |= canonical
        return frozenset(out)

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
        if any(self._foreign(entry_id, v) and _is_noun(v) for v in subject.nouns):
            return False  # a noun the entry's document never uses: the question is about another one
        if not subject.known:
            return True
        return all(self._holds(entry_id, v) and not self._only_within(entry_id, v) for v in subject.known)

    def _only_within(self, entry_id: str, value: str) -> bool:
        """«Присутствовал ли лично Токаев?»: an entry that names the President only within «Администрация
        Президента» is about the Administration, not him. Its Russian texts are read (the phrase's
        inflected Kazakh forms come apart), once, when first asked."""
        if value not in self._parted:
            return False
        standalone = self._standalone.get(entry_id)
        if standalone is None:
            entry = self.kb.by_id[entry_id]
            texts = [*entry.questions, entry.answer, *entry.quotes]
            standalone = frozenset().union(*(self.analyzer.analyse(text).values for text in texts))
            self._standalone[entry_id] = standalone
        return value not in standalone

    def _foreign(self, entry_id: str, value: str) -> bool:
        """Whether the entry's document never uses the term though another document does («суд» of
        a law beside the round table): what counts as a noun the documents never use, per document.
        Only a source large enough for its own statistics (index.OWN_STATISTICS_MIN_ENTRIES) tells."""
        statistics = self._entry_statistics[self._entry_number[entry_id]]
        return statistics != 0 and statistics not in self._using(value)

    def _using(self, value: str) -> frozenset[int]:
        """The statistics (large sources) whose entries or text use the term, worked out once a term."""
        found = self._statistics_using.get(value)
        if found is None:
            compiled = self.index.compiled
            term_id = compiled.term_ids.get(value)
            held = compiled.own_idf.row(term_id)[0].tolist() if term_id is not None else []
            found = frozenset([*compiled.own_text_terms.get(value, ()), *held])
            if term_id is not None:  # a term of the knowledge base: bounded by its vocabulary
                self._statistics_using[value] = found
        return found

    def _holds(self, entry_id: str, value: str) -> bool:
        """Whether the entry's texts hold the term, or a word of its family."""
        holds = self.index.holds
        return holds(entry_id, value) or any(holds(entry_id, r) for r in self.analyzer_family(value))

    def missing_subject(self, question: str, entry_id: str) -> tuple[str, ...]:
        """The question's subject words that the entry does not hold (directly, through a synonym
        or a word of the family): its nouns and names (by morphology, not by the curated list the
        engine decides on), leaving out those most entries hold (конституция, проект). An answer
        from an entry that lacks one rests on other words of the question. For the evaluation."""
        compiled = self.index.compiled
        shared = SUBJECT_MAX_SHARE * len(compiled.entry_ids)
        missing = []
        for term in self.analyzer.analyse(focus(question)[0]).terms:
            if not term.real_word or not _is_noun(term.value):
                continue
            term_id = compiled.term_ids.get(term.value) if term.known else None
            if term_id is not None and len(compiled.entry_postings.row(term_id)) > shared:
                continue
            if not term.known or not self._holds(entry_id, term.value):
                missing.append(term.value)
        return tuple(dict.fromkeys(missing))

    def analyzer_family(self, value: str) -> tuple[str, ...]:
        return () if " " in value else self.index.vocabulary.family(value)

    def _ambiguous(self, entry_id: str, score: float, runner_up: EntryScore | Candidate | None) -> bool:
        """Two entries about equally likely, and resting on different evidence: worth asking.
        Entries that quote the same sentence answer alike, so picking either is safe."""
        if runner_up is None or score >= SURE or score - runner_up.score >= CLARIFY_MARGIN:
            return False
        return not self._quote_alike(entry_id, runner_up.entry_id)

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
        subject: _Subject,
        candidates: Sequence[Candidate],
        cosines: dict[str, float],
        *,
        several: bool = False,
    ) -> DeclineKind:
        best_cosine = max(cosines.values(), default=-1.0)
        if not subject.any_known:  # nothing the document talks about (an embedding is near anything)
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
        if subject.framed and "future" not in analysis.kinds:  # a future date: the text has none
            return "not_found"
        if not subject.unknown and not analysis.kinds:
            return "not_found"

        def about_subject(c: Candidate) -> bool:
            return c.lexical is not None and self._covers(c.entry_id, subject)

        if subject.unknown:
            return "not_in_document" if any(map(about_subject, candidates)) else "not_found"
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


@dataclass(frozen=True, slots=True)
class _Subject:
    known: tuple[str, ...]  # rare terms the knowledge base knows
    unknown: tuple[str, ...]  # nouns and names it never uses
    any_known: bool  # the question has at least one term the knowledge base knows
    sources: frozenset[str] = frozenset()  # sources whose own event or topic the question names
    # its nouns and names the knowledge base knows (in some document); candidates: those that are no
    # dictionary noun (_is_noun) do not count
    nouns: tuple[str, ...] = ()
    # its only unknown words are verbs beside terms most entries hold: a verb may be a paraphrase
    # (пришёл, пригласили), so the bot declines with its own finding, not «not in the document»
    framed: bool = False


_DECLINE_NOTES: dict[DeclineKind, str] = {
    "off_topic": "not about the document",
    "not_found": "no entry covers the question",
    "not_in_document": "the subject is in the document, the detail asked is not",
}


def _asks_several(text: str) -> bool:
    """«Кто выступал, какой главный тезис и какие направления обсуждали?»: a question word opens a
    further clause after the first one."""
    first = _FIRST_QUESTION.search(text)
    return first is not None and _NEXT_QUESTION.search(text, first.end()) is not None


def _unknown_predicate(analysis: Analysis) -> bool:
    """A verb or participle of the question is a real word the documents never use."""
    return any(not t.known and t.real_word and t.pos in PREDICATE_POS for t in analysis.terms)


def _readable(analysis: Analysis) -> bool:
    """Most of the question's terms are words the lexical side understands (Russian words)."""
    real = sum(term.real_word for term in analysis.terms)
    return real * 2 > len(analysis.terms)


def _kazakh_words(kb: KnowledgeBase) -> frozenset[str]:
    """Words of the Kazakh translations that are not Russian words, also as typed without Kazakh
    letters: what tells a Kazakh question typed on a Russian keyboard from a Russian one."""
    morphology = shared_morphology()
    texts = [
        text
        for entry in kb.entries
        if (kk := entry.translations.get("kk")) is not None
        for text in (kk.answer, *kk.questions)
    ]
    found = {word for text in texts for word in words(fold(text))}
    plain = {word.translate(language.PLAIN_KAZAKH) for word in found}
    return frozenset(w for w in found | plain if len(w) > 2 and w.isalpha() and not morphology.is_russian(w))


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


@lru_cache(maxsize=65536)
def _is_noun(value: str) -> bool:
    """A noun, or a phrase with a noun in it (a curated concept: «круглый стол», «закон и порядок»)."""
    morphology = shared_morphology()
    return any((info := morphology.info(word)).known and info.pos == "NOUN" for word in value.split())


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
