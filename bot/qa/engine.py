"""The answer engine: one pure function from a question to a Reply, over a pre-built index.

Two signals decide: the lexical one (lemmas, synonyms, typo repair; bot/qa/index.py) and, when
the lexical one is not already sure, a semantic one (multilingual embeddings; bot/qa/semantic.py).
Embeddings find paraphrases and other languages but cannot tell "not in the document": an answer
also needs the question's subject covered by the entry and the kind of question to fit.

The engine orchestrates: it reads the question (bot/qa/reading/, then its own readings in
entry_readings.py), ranks the entries, and decides: the lexical reply here, the semantic rescue in
rescue.py, over the candidates of candidates.py and the thresholds of thresholds.py; a decline's kind
in declines.py; the replies are built in replies.py. engine_context.py holds what they share.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from bot.paths import PROJECT_ROOT
from bot.qa import kazakh, memory
from bot.qa import lang as language
from bot.qa.analyzer import Analysis, Analyzer
from bot.qa.candidates import SCORE, Candidate, candidate_of, combine
from bot.qa.changes import asks_change_made, asks_change_to_come
from bot.qa.declines import decline_kind
from bot.qa.engine_context import EngineContext
from bot.qa.entry_readings import (
    count_wanted,
    counted,
    itemised,
    items_asked,
    named_direction,
    strengthened_bodies,
    unknown_doer,
    unknown_manner,
    which_body,
    with_entry_readings,
)
from bot.qa.index import EntryScore, KindMismatched
from bot.qa.index_cache import cached_knowledge_base, default_cache_dir, load_index, startup_words
from bot.qa.kb import FORMAT_KIND, WHO_DOES, Entry, KnowledgeBase
from bot.qa.memory import paused_gc
from bot.qa.models import Lang, Reply
from bot.qa.morph import PREDICATE_POS, Morphology, shared_morphology
from bot.qa.opinion import asks_opinion
from bot.qa.reading import (
    QuestionReader,
    after_leading_doubt,
    asks_nothing,
    asks_several,
    checks_claim,
    clauses,
    coordinated_nouns,
    coordinated_phrases,
    elaborates,
    place_in_piece,
    place_phrases,
    relative_clause,
)
from bot.qa.reading.context import SAID_KIND
from bot.qa.reading.piece import without_the_piece_words
from bot.qa.reading.sayings import collective_voice_phrase
from bot.qa.replies import ReplyBuilder, asked, question_in
from bot.qa.rescue import readable, rescuable, rescued
from bot.qa.semantic import Embedder, SemanticIndex, entry_vectors, load_embedder
from bot.qa.smalltalk import SmalltalkMatcher
from bot.qa.subject import LONG_QUESTION_TERMS, SUBJECT_POS, Subject, Subjects
from bot.qa.text import (
    ASIDE_OPENERS,
    ASIDE_PAIRS,
    DEMONSTRATIVES,
    QUESTION_OPENERS,
    asks_only_what_is_said,
    demonstrative_alone,
    focus,
    fold,
    has_latin,
    they_who_speak,
    topic_points_back,
    words,
)
from bot.qa.thresholds import (
    ANSWER_MIN,
    CLARIFY_MARGIN,
    COVERAGE_MIN,
    KIND_MISMATCH_FACTOR,
    MAX_SUGGESTIONS,
    PREFER_MARGIN,
    SEM_CLOSE,
    SUGGESTION_MIN,
    SURE,
    TIE_MARGIN,
    WORDED_AS,
    WORDING_LEAD,
)

__all__ = ["Candidate", "Engine", "load_engine"]

log = logging.getLogger(__name__)

# Of the entries closest in meaning, this many are checked for noting a change already made, when a
# question asks about one to come (the rest are too far to be chosen or offered).
MAX_CHECKED_COSINES = 10
# A long message no entry answers is asked again from its question words on: at most this many tails.
# Long: this many terms, or this many words (a story told in few terms the documents know: «мне
# соседка говорила что теперь будут за нами следить… что там про наши личные данные говорили…»).
MAX_TAILS = 4
LONG_MESSAGE_WORDS = 24
# Longer "words" are noise (a key held down) and are not embedded.
MAX_EMBEDDED_WORD = 30

DEFAULT_CACHE_DIR = PROJECT_ROOT / ".cache"
# A word of a Kazakh question, as typed, and the shortest Russian noun read in it (Engine._kazakh_loans)
_WORD_RE = re.compile(r"\w+")
# the Russian third-person pronouns' forms (_with_opening: a cheap test before any parse)
# (folded, as text.words gives them: «её» as «ее»)
PRONOUN_HINTS = frozenset(
    {
        "он",
        "она",
        "оно",
        "они",
        "его",
        "ее",
        "ему",
        "ей",
        "им",
        "их",
        "ним",
        "ней",
        "них",
        "нему",
        "нем",
        "ими",
        "ними",
    }
)
MIN_LOAN = 5
# the Kazakh conjunctions joining two words that share the noun after them (_kazakh_shared_noun)
KAZAKH_CONJUNCTIONS = frozenset({"және", "мен", "бен", "пен"})
# A message's opening sentence, short, ended by «!», «.» or a comma, and the rest (_after_small_talk)
_SMALL_TALK_OPENING = re.compile(r"^\s*(?P<head>[^.!?,:]{1,40})[!.,]\s+(?P<rest>\S.*)$", re.S)


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
        # what the engine's modules share, the facts of the entries among it (engine_context.py)
        self.context = EngineContext(kb, self.analyzer, self.subjects, self.reader)
        self.replies = ReplyBuilder(kb)
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
        if not shortened and (after := self._after_small_talk(question)) is not None:
            # «Здравствуйте! Я журналист из Москвы. Когда прошёл круглый стол?»: the greeting hid
            # the asker's sentence after it, which focus drops
            cut, short = focus(after)
            text, shortened = (cut, True) if short else (text, shortened)
        analysis = self.analyzer.analyse(_with_opening(question, text) if shortened else text)
        lang = language.detect(text, analysis.text, self._kazakh_words) or fallback_lang
        if lang == "kk":
            typed = self._cyrillic(text)
            if (spelt := self._spellings.apart(self._spellings.restore(typed))) != typed:
                # typed without Kazakh letters (or in Latin ones), or two words written as one
                text, analysis = spelt, self.analyzer.analyse(spelt)
                if not shortened and (refocused := focus(spelt))[1]:
                    # the asker's opening, now that the question after it reads as Kazakh
                    text, shortened = refocused
                    analysis = self.analyzer.analyse(text)
            text, analysis = self._kazakh_loans(text, analysis)
            text, analysis = self._kazakh_shared_noun(text, analysis)
            analysis = self._kazakh_verbs(analysis)
        reply = self._answer(question, analysis, lang)
        long = len(analysis.terms) >= LONG_QUESTION_TERMS or len(analysis.words) >= LONG_MESSAGE_WORDS
        if reply.kind in ("none", "smalltalk") and long:
            text, reply = self._rambling(question, analysis, lang, (text, reply))
            shortened = shortened or text != question
        if reply.kind == "none" and reply.decline != "off_topic":
            part, reply = self._one_part(text, lang, reply)
            if part is not None:
                preface = self.kb.replies.partial_question.get(lang).format(question=asked(part))
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

    def _after_small_talk(self, question: str) -> str | None:
        """The message after an opening sentence of nothing but small talk («Здравствуйте! …»,
        «Сәлем! …», "Hello! …"), else None."""
        match = _SMALL_TALK_OPENING.match(question)
        if match is None:
            return None
        intent, rest = self.smalltalk.match(self.analyzer.analyse(match["head"]))
        return match["rest"] if intent is not None and not rest else None

    def _cyrillic(self, text: str) -> str:
        """A Kazakh question typed in Latin letters («Kim katysty?») in the Cyrillic the analyzer
        reads it in («ким катысты»), so that its Kazakh letters can be restored as those of one typed
        on a Russian keyboard are; a text with no Latin letter as it is."""
        return self.analyzer.repair_script(text) if has_latin(text) else text

    def _kazakh_loans(self, text: str, analysis: Analysis) -> tuple[str, Analysis]:
        """«Конституция преамбуласы туралы…»: a Russian noun with Kazakh endings joined to it
        («преамбуласы», «реформаны»), a form the knowledge base does not know, is read as the noun
        («преамбула») when one of its shorter forms (kazakh.shorter_forms) is a word of the Russian
        dictionary the knowledge base knows. The question's side only: the knowledge base's own
        Kazakh is indexed as it is written."""
        # (not one known as the analyzer's guess at a misspelling, «преамбуласына» as the knowledge
        # base's «преамбуласында»: that guess matches its Kazakh as indexed)
        unknown = {t.value for t in analysis.terms if not t.known}
        if not unknown:
            return text, analysis
        morphology = shared_morphology()
        loans: dict[str, str] = {}
        for word in set(words(fold(text))):
            if kazakh.is_kazakh(word) or not word.isalpha() or word.isascii():
                continue
            if not unknown & self.analyzer.analyse(word).values:
                continue
            noun = next((f for f in kazakh.shorter_forms(word) if self._known_russian(f, morphology)), None)
            if noun is not None:
                loans[word] = noun
        if not loans:
            return text, analysis
        read = _WORD_RE.sub(lambda found: loans.get(found.group(0).casefold(), found.group(0)), text)
        return read, self.analyzer.analyse(read)

    def _kazakh_shared_noun(self, text: str, analysis: Analysis) -> tuple[str, Analysis]:
        """«Ғылыми және сараптамалық қоғамдастық» (the scientific and the expert community): a word
        joined by a conjunction to a word and a noun after it shares that noun, read so when the two
        make a curated phrase («ғылыми қоғамдастық»), as «научного и экспертного сообщества» names
        two communities. The question's side only: the knowledge base's own Kazakh is indexed as it
        is written."""
        found = analysis.words
        if KAZAKH_CONJUNCTIONS.isdisjoint(found):
            return text, analysis
        read = text
        for first, conjunction, second, noun in zip(found, found[1:], found[2:], found[3:], strict=False):
            if conjunction not in KAZAKH_CONJUNCTIONS or not kazakh.is_kazakh(first + second + noun):
                continue
            terms = self.analyzer.analyse(f"{first} {noun}").terms
            if len(terms) != 1 or " " not in terms[0].value:
                continue  # no curated phrase of the two
            joined = rf"(\s+{conjunction}\s+{re.escape(second)}\s+)"
            pattern = rf"\b({re.escape(first)}){joined}({re.escape(noun)})\b"
            read = re.sub(pattern, r"\1 \3\2\3", read, count=1, flags=re.IGNORECASE)
        return (text, analysis) if read == text else (read, self.analyzer.analyse(read))

    def _known_russian(self, form: str, morphology: Morphology) -> bool:
        """A Russian dictionary noun the knowledge base knows («преамбула»), MIN_LOAN letters or more
        (a shorter form, «кай» of «кайсысы», is as likely a Kazakh root that spells a Russian word)."""
        if len(form) < MIN_LOAN or not morphology.is_russian(form):
            return False
        terms = self.analyzer.analyse(form).terms
        return len(terms) == 1 and terms[0].known and morphology.info(form).pos == "NOUN"

    def _kazakh_verbs(self, analysis: Analysis) -> Analysis:
        """A Kazakh question's verb before its yes/no particle (kazakh.verbs_before_particle), or a
        past or present-future verb closing it (kazakh.closing_verbs: «…қайда жазылады»), that the
        knowledge base does not know is read as a verb, not as the Russian noun its letters may
        spell: it names no subject the documents never use. It is a real word, the action asked,
        though spelt without a Kazakh letter («Сенат жойыла ма?»), as the analyzer reads one with
        such a letter («сақтала»): not noise the documents may just not spell."""
        verbs = kazakh.verbs_before_particle(analysis.words) | kazakh.closing_verbs(analysis.words)
        if not verbs:
            return analysis
        values = {t.value for word in verbs for t in self.analyzer.analyse(word).terms if not t.known}
        terms = tuple(
            replace(t, pos="VERB" if t.pos in SUBJECT_POS else t.pos, real_word=True)
            if t.value in values and not t.known and not t.repaired
            else t
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
            tail_words = found[start : _aside(found, start)]
            if _points_back(tail_words):
                continue  # «…: на что делается упор в каждом?»: what it asks of is named before it
            tail = " ".join(tail_words)
            # («Рыбачу…, имею дело с инспекторами и полицией. Как они должны работать с людьми?»:
            # the tail is asked with the nouns its pronoun stands for)
            read = _with_antecedent(found[:start], tail_words)
            reply = self._answer(question, self.analyzer.analyse(read), lang)
            if reply.kind == "answer":
                return tail, reply
        return whole

    def _one_part(self, text: str, lang: Lang, whole: Reply) -> tuple[str | None, Reply]:
        """A declined message that asks several things (_one_of_several), or whose question follows
        a leading doubt («Разве…? Что сказано о…?»: after_leading_doubt): the part answered, if any."""
        if asks_several(text):
            part, reply = self._one_of_several(text, lang, whole)
            if part is not None:
                return part, reply
            whole = reply  # (every clause a detail the document does not give: _all_unsaid)
        elif (joined := self._one_of_joined(text, lang)) is not None:
            return joined
        real = after_leading_doubt(text)
        if real is None:
            return None, whole
        reply = self._answer(real, self.analyzer.analyse(real), lang)
        return (real, reply) if reply.kind == "answer" else (None, whole)

    def _one_of_joined(self, text: str, lang: Lang) -> tuple[str, Reply] | None:
        """«Скажите дату проведения и тему мероприятия»: two nouns joined by «и» ask two things no
        one entry tells together; each is asked with the rest of the question, and the first one
        answered is the reply (as one clause of several is), else None. Not two words of one curated
        phrase («закон и порядок», «права и свободы»): the phrase is one thing asked. Nor a message
        that asks nothing (splitting.asks_nothing) and joins a noun the documents never use
        («сервисная модель полиции и звери»): it only names one thing, which they do not know; asked
        of («Что говорится о правопорядке и дисциплине?»), the unknown half is declined as an unknown
        clause of several is, and the other answered."""
        bare = asks_nothing(text)
        for parts, pair in coordinated_nouns(text):
            first, second = self.analyzer.analyse(pair[0]), self.analyzer.analyse(pair[1])
            if self.analyzer.analyse(" и ".join(pair)).values != first.values | second.values:
                continue
            if bare and not all(term.known for term in first.terms + second.terms):
                continue
            for part in parts:
                reply = self._answer(part, self.analyzer.analyse(part), lang)
                if reply.kind == "answer":
                    return part, reply
        return None

    def _one_of_several(self, text: str, lang: Lang, whole: Reply) -> tuple[str | None, Reply]:
        """«Когда был круглый стол и кто там выступал?»: no entry answers both, each may answer one.
        Each clause is asked on its own, through every gate; the first one answered is the reply
        (its note names the clause), else the whole question's decline. A clause whose pronoun
        stands for a noun of another clause is not asked alone."""
        morphology = shared_morphology()
        parts = clauses(text)
        if self._detail_of_another(parts, lang):
            return None, whole
        if (unsaid := self._guess_unsaid(text, parts, lang, whole)) is not None:
            return None, unsaid
        # («Какого числа и по какому поводу выпущен этот пресс-релиз?»: the parts share one predicate,
        # whose «этот» points where the whole question's does, not to another clause)
        shared = coordinated_phrases(text) is not None
        unsaid_parts: list[Reply] = []
        for part in parts:
            if not shared and any(map(morphology.anaphoric, words(part.casefold()))):
                continue  # «…и кто их представлял?»: what it asks about is in another clause
            if relative_clause(text, part):
                continue  # «Как зовут Уполномоченного, чьё ведомство…»: the clause tells of his noun
            analysis = self.analyzer.analyse(part)
            # a Kazakh clause's closing verb is read as the whole question's is («…кім жургизди,
            # модератор кім болды?»: the first clause's «жургизди» is an act the documents never name)
            analysis = self._kazakh_verbs(analysis) if lang == "kk" else analysis
            reply = self._answer(part, analysis, lang)
            if reply.kind == "answer":
                return part, reply
            if reply.decline == "not_in_document":
                unsaid_parts.append(reply)
        return None, _all_unsaid(whole, parts, unsaid_parts)

    def _guess_unsaid(self, text: str, parts: Sequence[str], lang: Lang, whole: Reply) -> Reply | None:
        """«Что значит «нулевая терпимость» — будут ли ужесточены наказания?»: a message with a
        clause putting the asker's guess after a dash (splitting.elaborates) asks that guess; when
        the documents do not say it (the whole message, or that clause alone, is declined as
        not_in_document), that decline, not an answer to the clause before; else None. A guess no
        entry answers alone either (it may not name what it guesses of: «— появятся ли мобильные
        приложения?») leaves the whole message's decline standing."""
        guesses = [part for part in parts[1:] if elaborates(text, part)]
        if not guesses:
            return None
        replies = [self._answer(part, self.analyzer.analyse(part), lang) for part in guesses]
        if any(reply.kind == "answer" for reply in replies):
            return None
        unsaid = next((r for r in replies if r.decline == "not_in_document"), None)
        if whole.decline == "not_in_document" or unsaid is None:
            return whole
        return unsaid.model_copy(update={"query": whole.query})

    def _detail_of_another(self, parts: Sequence[str], lang: Lang) -> bool:
        """«Как будет устроена сервисная модель, какие будут сроки?»: a clause of question words
        alone («какие сроки», «а когда») asks its detail of the subject of the clause before it, not
        of the document (alone, a bare «когда» reads as the document's date). Asked with that
        subject's words, when the document does not hold the detail the message asks what it does
        not say: no clause of it is answered instead."""
        subject: list[str] = []
        for part in parts:
            terms = self.analyzer.analyse(part).terms
            if terms:
                subject = [t.value for t in terms if t.pos is None or t.pos in SUBJECT_POS]
                continue
            if not subject or not DEMONSTRATIVES.isdisjoint(words(part.casefold())):
                continue  # «кто участвовал и когда это было?»: its «это» is the event, not the subject
            borrowed = f"{part} {' '.join(subject)}"
            if self._answer(borrowed, self.analyzer.analyse(borrowed), lang).decline == "not_in_document":
                return True
        return False

    def reply_for_entry(self, entry_id: str, lang: Lang = "ru") -> Reply | None:
        entry = self.kb.by_id.get(entry_id)
        if entry is None:
            return None
        return self.replies.entry_reply(question_in(entry, lang), entry, None, None, lang)

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
            return self.replies.smalltalk(question, spoken, lang)  # "Whom am I speaking with?"
        analysis = self.reader.read(question, analysis, bare_when=intent is None)
        analysis = with_entry_readings(self.context, analysis)
        # numbers alone ask nothing («123»), whatever a law's article numbers: nothing is ranked
        numbers_only = all(t.pos == "NUMB" for t in analysis.terms)
        count = counted(self.context, analysis)
        listing = itemised(self.context, analysis)
        items = items_asked(self.context, analysis)
        ranked = (
            []
            if numbers_only
            else self._rank(
                analysis.kinds,
                self.index.ranking(analysis),
                count,
                listing,
                items,
                bodies_only=self._bodies_only(analysis),
            )
        )
        to_come, made = self._changes_asked(analysis)
        ranked = [s for s in ranked if self._fits_change(s.entry_id, to_come, made)]
        if intent is not None and not rest:
            return self.replies.smalltalk(question, intent, lang)
        ranked, placed, retold = self._in_place(question, analysis, ranked, lang)
        if retold is not None:
            return retold
        subjects = self.subjects
        subject = subjects.of(
            analysis.terms,
            subjects.asks_presence(analysis),
            attendance=subjects.attendance(analysis),
            groups=subjects.member_groups(analysis),
            whether=subjects.whether_there(analysis),
            format_asked=FORMAT_KIND in analysis.kinds,
            said=SAID_KIND in analysis.kinds,
            alternatives=subjects.alternatives(analysis),
            kinds_of_whole=subjects.another_whole(analysis),
            parts=subjects.asked_parts(analysis)
            + subjects.viewpoint(analysis)
            + subjects.benefited(analysis)
            + subjects.right_to(analysis)
            + which_body(self.context, analysis)
            + subjects.named_alternative(analysis),
            to_come=subjects.to_come(analysis),
            fate=subjects.fate(analysis),
            means=subjects.means(analysis),
            foretold=subjects.foretold(analysis),
            two_sides=subjects.which_of_two(analysis),
            yet_to_be=subjects.yet_to_be(analysis),
            predicate=subjects.kazakh_predicate(analysis),
            acts=subjects.acts_asked(analysis),
            heads=subjects.which_heads(analysis),
            spoken=subjects.spoke(analysis),
            owners=subjects.rights_owners(analysis),
        )
        ranked = self._through_spheres(analysis, ranked, subject, count=count, listing=listing, items=items)
        ranked = self._as_many_as_wanted(question, ranked)
        strengthened = strengthened_bodies(self.context, analysis, subject)
        direction, acts = named_direction(self.context, analysis), self._acts_asked_who(analysis)
        ranked = [s for s in ranked if self._kept(s.entry_id, strengthened, direction, acts)]
        # an entry that lacks the question's subject cannot answer it, however many other words
        # it shares (a name, or the event of another document: a law's «проведение» is not the
        # round table's): the lexical decision is among the entries that cover the subject
        # (the decision looks at the first two only: the rest of the ~200 need no check)
        covering = list(
            itertools.islice((s for s in ranked if self.subjects.answers(s.entry_id, subject)), 3)
        )
        covering = self._holding_nouns_first(question, analysis, covering, subject, lang)[:2]
        if asks_opinion(words(question.lower())):
            return self._opinion_declined(question, ranked, subject, lang)
        manner = unknown_manner(self.context, analysis, subject) or unknown_doer(self.context, analysis)
        if (
            covering
            and not manner
            and (self._answerable(covering[0], subject) or _alone_in_place(covering, placed, subject))
        ):
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
            and (not readable(analysis) or rescuable(self.context, analysis, ranked, subject))
        )
        cosines = self._cosines(analysis, lang) if wanted else {}
        if placed:
            cosines = {e: c for e, c in cosines.items() if e in placed}
        cosines = {e: c for e, c in cosines.items() if self._kept(e, strengthened, direction, acts)}
        if count:  # «Сколько X?»: no entry that can count, but not X (entry_readings.counted)
            cosines = {e: c for e, c in cosines.items() if self._counts(e, count)}
        cosines = self._cosines_fitting_change(cosines, to_come, made)
        candidates = combine(ranked, cosines)
        best = candidates[0] if candidates else None
        if (
            cosines
            and best is not None
            and not manner
            and rescued(self.context, best, ranked, analysis, subject, cosines=cosines)
        ):
            # the runner-up worth asking about covers the subject too (as in the lexical decision)
            second = next((c for c in candidates[1:] if self.subjects.answers(c.entry_id, subject)), None)
            if self._ambiguous(best.entry_id, best.score, second, analysis, _coverage(best)):
                sayer = self._sole_sayer(best, second, analysis)
                if sayer is None or _unfit(sayer):
                    return self.replies.clarify(question, best, second, lang)  # type: ignore[arg-type]
                best, second = (sayer, best if sayer is second else second)
            return self.replies.entry_reply(question, self.kb.by_id[best.entry_id], best, second, lang)
        # «спасибо большое за ответ»: small talk, not a question; but a greeting before a question
        # naming a subject the documents know («Добрый день… что сказал генпрокурор…»), or asking
        # about something they talk of («Здравствуйте! … кто именно собирался на этом круглом
        # столе…»), is declined as that question, not greeted back («Добрый день, хочу спросить
        # про реформу» asks nothing yet)
        asks = subject.known or (subject.any_known and not QUESTION_OPENERS.isdisjoint(analysis.words))
        if intent is not None and not (rest and asks):
            return self.replies.smalltalk(question, intent, lang)
        several = asks_several(focus(question)[0])
        kind = decline_kind(
            self.context, analysis, subject, candidates, cosines, several=several, question=question
        )
        # the entries offered instead: only when the bot says it found nothing
        close = (
            [c for c in candidates[:MAX_SUGGESTIONS] if self._close(c, subject)]
            if kind == "not_found"
            else []
        )
        return self.replies.decline(question, kind, candidates, close, lang)

    def _kept(
        self,
        entry_id: str,
        strengthened: frozenset[str],
        direction: frozenset[str],
        acts: tuple[str, ...] | None,
    ) -> bool:
        """ "a stronger presidency": only an entry saying so; «направление, посвящённое защите прав
        граждан»: only that direction's entries (entry_readings.py); who does an act: only an entry
        stating that act (_does_what_asked). Any entry where none is asked."""
        if strengthened and not self.context.strengthens(entry_id, strengthened):
            return False
        if acts is not None and not self._does_what_asked(entry_id, acts):
            return False
        return not direction or entry_id in direction

    def _acts_asked_who(self, analysis: Analysis) -> tuple[str, ...] | None:
        """The terms of the verbs of a question asking who does something («Кто предложил развивать
        сервисную модель?»: предложить, развивать), by each word's morphology (a synonym's term has
        no part of speech: «выступил» is «выступление»); None when it asks no «who»."""
        if "who" not in analysis.kinds:
            return None
        morphology = shared_morphology()
        verbs = (w for w in analysis.words if morphology.info(w).pos in PREDICATE_POS)
        return tuple(v for w in verbs for v in self.analyzer.analyse(w).values)

    def _does_what_asked(self, entry_id: str, acts: tuple[str, ...]) -> bool:
        """An entry answering «who» only as who does what it states (WHO_DOES) answers a who-question
        only when it states each act asked («Кто будет защищать интересы населения?»), not «Кто
        предложил…?» nor «Кто выступил…?», which another entry tells or none; nor one asking no act
        («Кто руководитель правоохранительной системы?» asks who someone is)."""
        entry = self.kb.by_id[entry_id]
        if WHO_DOES not in entry.question_kinds or "who" in entry.question_kinds:
            return True
        return bool(acts) and all(self.subjects.holds(entry_id, v) for v in acts)

    def _through_spheres(
        self,
        analysis: Analysis,
        ranked: Sequence[EntryScore],
        subject: Subject,
        *,
        count: frozenset[str],
        listing: frozenset[str],
        items: str | None,
    ) -> Sequence[EntryScore]:
        """«ИИ в полиции будет?»: a body named where something is asked to be (Subject.within)
        is covered by an entry speaking of the sphere it works in, whose words are the sphere's,
        not the body's; such an entry is scored as for the question without the body (the
        question «ИИ будет?» in that place), not lowered for a word it need not hold."""
        if not subject.spheres:  # (most questions: no body whose sphere the documents speak of)
            return ranked
        # (as written: a reading may have merged a member into its group)
        named = self.analyzer.analyse(" ".join(analysis.words)).values & self.subjects.named
        spheres = frozenset(v for v, _ in subject.spheres)
        bodies = self._located(analysis, spheres) if len(named) == 1 else frozenset()
        rest = tuple(t for t in analysis.terms if t.value not in bodies)
        # (every other word one the documents use: «ИИ в прокуратуре заменит прокуроров?» asks
        # something their words cannot tell; one body or person named only: «ИИ в полиции и
        # прокуратуре?» asks of each, which what is said of their sphere does not tell apart)
        if not bodies or not rest or not all(t.known for t in analysis.terms if t.real_word):
            return ranked
        bare = replace(analysis, terms=rest, values=frozenset(t.value for t in rest))
        again = {
            s.entry_id: s for s in self._rank(analysis.kinds, self.index.ranking(bare), count, listing, items)
        }
        rescored = [
            again[s.entry_id]
            if s.entry_id in again
            and again[s.entry_id].score > s.score
            and again[s.entry_id].coverage >= FULL_COVERAGE  # every other word its own
            and self._in_sphere_only(s.entry_id, bodies, subject)
            else s
            for s in ranked
        ]
        return sorted(rescored, key=SCORE, reverse=True)

    def _located(self, analysis: Analysis, bodies: frozenset[str]) -> frozenset[str]:
        """The bodies named as where a thing is (after «в», "in": «ИИ в полиции»), not as what it
        acts on («…заменит прокуроров?»)."""
        found = analysis.words
        located: set[str] = set()
        for i in range(1, len(found)):
            if found[i - 1] in LOCATIVE_WORDS:
                located |= self.analyzer.analyse(" ".join(found[i : i + 2])).values & bodies
        return frozenset(located)

    def _in_sphere_only(self, entry_id: str, bodies: frozenset[str], subject: Subject) -> bool:
        """The entry holds none of the bodies, and speaks of a sphere each of them works in."""
        holds = self.subjects.holds
        return all(
            not holds(entry_id, body)
            and any(all(holds(entry_id, w) for w in sphere) for sphere in subject.within(body))
            for body in bodies
        )

    @staticmethod
    def _changes_asked(analysis: Analysis) -> tuple[bool, bool]:
        """Whether the question asks about a change to come, and about one already made (changes.py)."""
        morphology = shared_morphology()
        return asks_change_to_come(analysis.words, morphology), asks_change_made(analysis.words, morphology)

    def _fits_change(self, entry_id: str, to_come: bool, made: bool) -> bool:
        """An entry noting a change already made contradicts a question of one to come, and only
        such an entry tells of a change asked as made (changes.py)."""
        if to_come:
            return not self.context.change_made(entry_id)
        return not made or self.context.change_made(entry_id)

    def _cosines_fitting_change(
        self, cosines: dict[str, float], to_come: bool, made: bool
    ) -> dict[str, float]:
        """The cosines of the entries that fit the change asked (_fits_change): for one to come,
        of the MAX_CHECKED_COSINES closest only (the rest are too far to be chosen or offered)."""
        if made:
            return {e: c for e, c in cosines.items() if self.context.change_made(e)}
        if to_come and cosines:
            closest = sorted(cosines, key=cosines.__getitem__, reverse=True)[:MAX_CHECKED_COSINES]
            return {e: c for e, c in cosines.items() if e not in closest or not self.context.change_made(e)}
        return cosines

    def _in_place(
        self, question: str, analysis: Analysis, ranked: Sequence[EntryScore], lang: Lang
    ) -> tuple[Sequence[EntryScore], frozenset[str], Reply | None]:
        """The ranking less the entries outside the place in the piece the question names
        («Какие ценности названы в самом конце пресс-релиза?»: that paragraph answers); and, for a
        question naming nothing but that place («Что сказано в заключительной части сообщения?»),
        the reply retelling that paragraph as a whole. With the entries of that place."""
        place = place_in_piece(question)
        placed = self.context.placed(place)
        if place is None or not placed:
            return ranked, placed, None
        if self._place_only(question, analysis) and (told := self.context.retelling(place)) is not None:
            return ranked, placed, self.replies.entry_reply(question, self.kb.by_id[told], None, None, lang)
        return [s for s in ranked if s.entry_id in placed], placed, None

    def _place_only(self, question: str, analysis: Analysis) -> bool:
        """The question names nothing but a place in the piece read and the piece itself («Что
        сказано в конце текста?»): every term is one of theirs, and no kind of question is asked
        (not «Кто назван в начале текста?», nor «…в конце текста о налогах?»)."""
        if analysis.kinds or not analysis.terms:
            return False
        place = self.analyzer.analyse(place_phrases(question)).values
        pieces = self.reader.context.pieces
        return all(t.value in place or t.value in pieces for t in analysis.terms)

    def _opinion_declined(
        self, question: str, ranked: Sequence[EntryScore], subject: Subject, lang: Lang
    ) -> Reply:
        """The bot's own view asked (opinion.py): nothing found, the nearest entries offered."""
        candidates = [Candidate(s.entry_id, s.score, s, -1.0) for s in ranked[:MAX_SUGGESTIONS]]
        close = [c for c in candidates if self._close(c, subject)]
        return self.replies.decline(question, "not_found", candidates, close, lang)

    def _holding_nouns_first(
        self,
        question: str,
        analysis: Analysis,
        covering: list[EntryScore],
        subject: Subject,
        lang: Lang,
    ) -> list[EntryScore]:
        """«Какие гарантии собираются укреплять?»: the first entry lacks a noun the question asks
        of (гарантия) and wins on its other words (укреплять); one as close as a clarifying
        question would be (CLARIFY_MARGIN) that lacks none of them, and could answer alone, is
        about what is asked. The nouns are those few entries hold (Subjects.missing), less those
        a phrase of the first one's quotes holds beside their neighbour («прав и свобод граждан»
        holds «права граждан», though «прав» alone reads as «правый»)."""
        if len(covering) < 2 or covering[0].score >= SURE or lang == "kk":
            return covering
        top = covering[0]
        aside = self._circumstances(question)
        phrased = {v for pair in self.context.holds_phrase(top.entry_id, analysis) for v in pair}
        gaps = set(self.subjects.missing(question, top.entry_id)) - aside - phrased
        if not gaps:
            return covering
        for other in covering[1:]:
            if top.score - other.score >= CLARIFY_MARGIN or not self._answerable(other, subject):
                continue
            if set(self.subjects.missing(question, other.entry_id)) - aside < gaps:
                return [other, *(s for s in covering if s is not other)]
        return covering

    def _circumstances(self, question: str) -> frozenset[str]:
        """Nouns of a question that frame it rather than name what it asks of: the document
        itself («в тексте», «в пресс-релизе»), a date («27 февраля»), the parts a thing is made of."""
        morphology = shared_morphology()
        found = words(question.lower())
        dated = {morphology.info(w).lemma for d, w in itertools.pairwise(found) if d.isdigit()}
        return frozenset(dated | DOCUMENT_WORDS | MAKEUP_WORDS | self.reader.context.pieces)

    def _answerable(self, score: EntryScore, subject: Subject) -> bool:
        """The lexical signal alone may answer with this entry: enough of the question covered,
        its subject too, and no noun the documents never use; never one that cannot answer the
        kind of question asked (KindMismatched), whatever its score."""
        return (
            not isinstance(score, KindMismatched)
            and score.score >= ANSWER_MIN
            and score.coverage >= COVERAGE_MIN
            and not subject.unknown
            and self.subjects.answers(score.entry_id, subject)
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
            and not self.context.quote_alike(top.entry_id, runner_up.entry_id)  # they answer alike anyway
            and (
                self._answerable(runner_up, subject)
                or (
                    self._ambiguous(top.entry_id, top.score, runner_up, analysis, top.coverage)
                    and self.subjects.answers(runner_up.entry_id, subject)
                )
            )
            and (cosines := self._cosines(analysis, lang))
            and top.entry_id in cosines
            and runner_up.entry_id in cosines
        ):
            first, second = sorted((top, runner_up), key=lambda s: cosines[s.entry_id], reverse=True)
            closest = max(cosines, key=lambda e: cosines[e])
            preferred = cosines[first.entry_id] - cosines[second.entry_id] >= PREFER_MARGIN
            overturned = first is runner_up and _worded_closer(top, runner_up)
            if preferred and closest == first.entry_id and not overturned and not _unfit(first):
                entry = self.kb.by_id[first.entry_id]
                return self.replies.entry_reply(
                    question, entry, candidate_of(first), candidate_of(second), lang
                )
        if self._ambiguous(top.entry_id, top.score, runner_up, analysis, top.coverage):
            sayer = self._sole_sayer(top, runner_up, analysis)
            if sayer is None or _unfit(sayer):
                return self.replies.clarify(question, candidate_of(top), candidate_of(runner_up), lang)  # type: ignore[arg-type]
            top, runner_up = (sayer, top if sayer is runner_up else runner_up)
        return self.replies.entry_reply(
            question, self.kb.by_id[top.entry_id], candidate_of(top), candidate_of(runner_up), lang
        )

    def _cosines(self, analysis: Analysis, lang: Lang) -> dict[str, float]:
        """Entry id -> cosine with the question, for the entries that can answer its kind of
        question (one close in meaning that cannot answer it does not nearly answer it; see
        _fitting); {} without the model or without real words (a run of one letter is noise, and
        costs the tokenizer seconds). A misspelt word is embedded as the knowledge-base word it is
        read as (Analyzer.spelt), not in Kazakh, whose nearest word is often another case of it."""
        if self.semantic is None:
            return {}
        spelt = (lambda w: w) if lang == "kk" else self.analyzer.spelt
        found = without_the_piece_words(analysis)
        voice = collective_voice_phrase(self.reader.context, found)
        brief = {i for i, w in enumerate(found) if w in FORM_ONLY_WORDS}
        brief |= {i - 1 for i in brief if i > 0 and found[i - 1] == BRIEF_IF}  # («если коротко»)
        embedded = [w for i, w in enumerate(found) if i not in brief and i not in voice]
        text = " ".join(spelt(w) for w in embedded if len(w) <= MAX_EMBEDDED_WORD)
        if not text:
            return {}
        fits = self._fitting(analysis.kinds, itemised(self.context, analysis), self._bodies_only(analysis))
        return {e: c for e, c in self.semantic.scores(text).items() if e in fits}

    def _close(self, candidate: Candidate, subject: Subject) -> bool:
        if not self.subjects.answers(candidate.entry_id, subject):
            return False
        lex = candidate.lexical
        if subject.unknown and (lex is None or lex.coverage < COVERAGE_MIN):
            return False  # mostly about something the document never names
        if candidate.cosine >= 0:
            return candidate.cosine >= SEM_CLOSE and candidate.score >= SUGGESTION_MIN
        return candidate.score >= SUGGESTION_MIN

    def _rank(
        self,
        kinds: frozenset[str],
        ranked: Sequence[EntryScore],
        count: frozenset[str] = frozenset(),
        listing: frozenset[str] = frozenset(),
        items: str | None = None,
        *,
        bodies_only: bool = False,
    ) -> Sequence[EntryScore]:
        """The entries ranked, those that cannot answer the kind of question asked lowered and
        marked as never answering (KindMismatched; an entry that can count, but not the things a
        count asks of, among them: see _counts); an entry listing the things whose items are asked
        fits as one of kind `items` does (entry_readings.itemised). One answering requests for
        items, but not naming those asked (_names_items), is only lowered: the semantic rescue,
        which reads the kinds alone, may still find it the answer («Назовите четыре ключевых
        направления»)."""
        if not kinds:
            return ranked
        fits = self._fitting(kinds, listing, bodies_only)
        lowered = KIND_MISMATCH_FACTOR
        adjusted = [
            KindMismatched(s.entry_id, s.score * lowered, s.question, s.coverage, s.similarity)
            if s.entry_id not in fits or not self._counts(s.entry_id, count)
            else s
            if self._names_items(s.entry_id, items)
            else EntryScore(s.entry_id, s.score * lowered, s.question, s.coverage, s.similarity)
            for s in ranked
        ]
        return sorted(adjusted, key=SCORE, reverse=True)

    def _fitting(
        self, kinds: frozenset[str], listing: frozenset[str], bodies_only: bool = False
    ) -> frozenset[str]:
        """The entries that can answer every kind of question asked; those listing the things
        whose items are asked (entry_readings.itemised) can answer kind `items` too. None answers
        the purpose of a body or a person itself (see _bodies_only)."""
        if bodies_only and "reason" in kinds:
            return frozenset()
        fits = self.context.fitting(kinds)
        if listing:
            fits = fits | (listing & self.context.fitting(kinds - {"items"}))
        return fits

    def _bodies_only(self, analysis: Analysis) -> bool:
        """The question names no thing but people and bodies the documents name («Для чего нужна
        полиция?», «Зачем нужен генпрокурор?»): a purpose asked of them is that of the body itself,
        which no entry states; an entry of kind `reason` states the purpose of a thing (the service
        model of the police, legal awareness), named beside them («Для чего полиции сервисная
        модель?»)."""
        named = [t.value for t in analysis.terms if t.known and (t.pos is None or t.pos in SUBJECT_POS)]
        return bool(named) and all(v in self.reader.context.subjects for v in named)

    def _as_many_as_wanted(self, question: str, ranked: Sequence[EntryScore]) -> Sequence[EntryScore]:
        """«Назовите три цели изменений»: a number of things asked for is met by an entry whose
        answer lists as many; one listing another number («Назовите пять целей»: it gives three)
        does not answer as if it did, nor does any other. An entry listing nothing is not judged
        by it."""
        wanted = count_wanted(words(question.lower()))
        if wanted is None:
            return ranked
        enumerated = self.context.enumerated
        fitting = [s for s in ranked if not (listed := enumerated(s.entry_id)) or wanted in listed]
        # «Какие четыре направления выделены?»: an entry saying as many in words («четырём
        # направлениям») names the things counted; one beside it that does not say it does not
        # (a list of as many is no such word: «Какие три главные мысли выступления…» may be asked
        # of a speech whose answer lists nothing, beside another that lists three)
        told = [s for s in fitting if wanted in self.context.counted_in_words(s.entry_id)]
        if told:
            return told
        # (when the entries listing as many are gone, one listing nothing that ranked below one
        # listing another number gives no list of the things asked either)
        if not fitting or fitting[0] is ranked[0] or wanted in enumerated(fitting[0].entry_id):
            return fitting
        return []

    def _counts(self, entry_id: str, count: frozenset[str]) -> bool:
        """Whether the entry can tell how many of the things a count asks of there are (any of
        them: "priority areas" are areas); true when nothing is counted or it answers no count."""
        if not count or "how_many" not in self.kb.by_id[entry_id].question_kinds:
            return True
        return not count.isdisjoint(self.context.told(entry_id))

    def _names_items(self, entry_id: str, items: str | None) -> bool:
        """Whether the entry can name the particular items a request for them asks («Назовите
        законы»): one answering such requests names them in the plural (EngineContext.told) or lists
        them; one listing principles names no laws, though a law («основной закон») is in its words.
        True when no items are asked or the entry answers no such request."""
        if items is None or "items" not in self.kb.by_id[entry_id].question_kinds:
            return True
        return items in self.context.told(entry_id) or self.context.lists(entry_id) == items

    def _sole_sayer(self, top: Scored, runner_up: Scored | None, analysis: Analysis) -> Scored | None:
        """Of two close entries neither signal could choose between, the one saying every term of
        the question in one sentence of its quotes when the other does not («Каким был обмен
        мнениями на круглом столе?»: the outcome's «круглый стол стал площадкой для…обмена
        мнениями», not the call to involve the public «в обмен мнениями»): the evidence is not
        equal, it answers; the first when both do (either says what is asked); else the second when
        its quotes alone hold a phrase of the question (_phrased_closer). None otherwise: worth
        asking."""
        if runner_up is None:
            return None
        ours = self.context.says_in_one_sentence(top.entry_id, analysis)
        if ours:
            return top
        if self.context.says_in_one_sentence(runner_up.entry_id, analysis):
            return runner_up
        return runner_up if self._phrased_closer(runner_up, top, analysis) else None

    def _phrased_closer(self, one: Scored, other: Scored, analysis: Analysis) -> bool:
        """«Как новая Конституция защитит права граждан?»: `one`'s quotes hold a phrase of the
        question word for word («защиты прав граждан») and `other`'s hold none of them (its «правовой
        защиты граждан» only shares the words): the evidence is not equal, as `_ambiguous` weighs it
        for the first of two, so the one holding the phrase answers rather than asking. Not when
        `other` holds a word of the question `one` lacks («О каких гарантиях прав граждан…?»: the
        guarantees are another entry's)."""
        if self.context.holds_phrase(other.entry_id, analysis) or not self.context.holds_phrase(
            one.entry_id, analysis
        ):
            return False
        # (not the documents' whole, «новая конституция»: every entry's frame, as in holds_phrase)
        frame = self.reader.context.wholes
        asked = {t.value for t in analysis.terms if t.real_word and t.known and t.value not in frame}
        theirs = (v for v in asked if self.subjects.holds(other.entry_id, v))
        return all(self.subjects.holds(one.entry_id, v) for v in theirs)

    def _ambiguous(
        self,
        entry_id: str,
        score: float,
        runner_up: EntryScore | Candidate | None,
        analysis: Analysis,
        coverage: float = 0.0,
    ) -> bool:
        """Two entries about equally likely, and resting on different evidence: worth asking.
        Entries that quote the same sentence answer alike, so picking either is safe; and when the
        first one's quotes hold a phrase of the question word for word («укрепление правопорядка»)
        that the other's do not, the evidence is not equal: the first answers. A checked claim
        («Укрепят ли права и свободы граждан?») that both hold every word of (`coverage`: the
        first's) is confirmed or denied by either: nothing to ask."""
        if runner_up is None or score >= SURE or score - runner_up.score >= CLARIFY_MARGIN:
            return False
        if self.context.quote_alike(entry_id, runner_up.entry_id):
            return False
        if checks_claim(analysis.words) and min(coverage, _coverage(runner_up)) >= FULL_COVERAGE:
            return False
        ours = self.context.holds_phrase(entry_id, analysis)
        if (
            ours
            and checks_claim(analysis.words)
            and ours <= self.context.holds_phrase(runner_up.entry_id, analysis)
        ):
            return False  # a checked claim both quote word for word: either confirms it
        return not (ours - self.context.holds_phrase(runner_up.entry_id, analysis))


# a close entry, lexical or of both signals (Engine._sole_sayer)
Scored = TypeVar("Scored", EntryScore, Candidate)


# Words for each or both of things named before; standing alone (no noun after), they point back
DISTRIBUTIVE = frozenset({"каждый", "оба", "each", "both", "either"})
# «Какие новые права получат граждане? Перечислите все.», "…? List them all": the plural «все» closing
# the tail is all the things the message asked of before it, as a distributive word is (_points_back;
# not «зачем это всё нужно людям», where it only stresses «это»)
ALL_OF_THEM = frozenset({"все", "всех", "all"})


# The words naming a document as a text (its kinds are EngineContext.pieces), and those asking what
# a thing is made of («Из каких элементов складывается…»): a question's frame, not what it asks of
DOCUMENT_WORDS = frozenset({"текст", "text", "мәтін"})
MAKEUP_WORDS = frozenset({"элемент", "компонент", "составляющая", "element", "component"})
# the prepositions naming where a thing is: «ИИ в полиции», "AI in the police" (_located)
FULL_COVERAGE = 1.0
LOCATIVE_WORDS = frozenset({"в", "во", "in", "within"})


def _coverage(scored: EntryScore | Candidate) -> float:
    """The share of the question's terms the entry holds (none known without a lexical score)."""
    if isinstance(scored, EntryScore):
        return scored.coverage
    return scored.lexical.coverage if scored.lexical is not None else 0.0


def _unfit(scored: EntryScore | Candidate) -> bool:
    """The entry cannot answer the kind of question asked (KindMismatched): it never answers."""
    lexical = scored.lexical if isinstance(scored, Candidate) else scored
    return isinstance(lexical, KindMismatched)


def _alone_in_place(covering: Sequence[EntryScore], placed: frozenset[str], subject: Subject) -> bool:
    """«Какие принципы названы в последнем абзаце пресс-релиза?»: the question names a place in
    the piece (the ranking holds only that place's entries, Engine._in_place), and one entry of it
    alone holds every word of the question and its subject: that paragraph's answer, though a
    single word scores below ANSWER_MIN. Not when another entry of the place holds them all too,
    nor for a noun the documents never use."""
    if not placed or subject.unknown or covering[0].coverage < 1.0 or _unfit(covering[0]):
        return False
    return len(covering) < 2 or covering[1].coverage < 1.0


def _worded_closer(top: EntryScore, other: EntryScore) -> bool:
    """Both entries hold every word of the question, and the lexical first is the far closer
    wording of it (WORDING_LEAD in weighted F1 with its best question): the other one's question
    asks of more («На каких направлениях сосредоточились участники?» for «На чём сосредоточились
    участники?»), and the embedding's preference for it does not overturn the first, when that
    first's question is nearly the question itself (WORDED_AS). Where the words are not all held,
    or the first's question is worded otherwise too («Что будет в преамбуле новой Конституции?»
    for «зачем новая конституция»), the embedding still decides."""
    full = min(top.coverage, other.coverage) >= 1.0
    return full and top.similarity >= WORDED_AS and top.similarity - other.similarity >= WORDING_LEAD


def _aside(found: tuple[str, ...], start: int) -> int:
    """Where the asker's reason for asking begins after `start` (text.ASIDE_OPENERS), else the end:
    a tail of a long message ends there."""
    for i in range(start + 1, len(found)):
        if found[i] in ASIDE_OPENERS or (found[i - 1], found[i]) in ASIDE_PAIRS:
            return i - (found[i] not in ASIDE_OPENERS)
    return len(found)


def _points_back(tail: Sequence[str]) -> bool:
    """A tail of a long message that asks of each of several things the message named before it,
    by a distributive word standing alone («в каждом», «в обоих», "each", "both"; «перечислите все»,
    "list them all"): asked alone, it
    asks of nothing, and any entry its other words match answers something the message did not
    ask. So does one closing on a demonstrative that names nothing («Для меня важно, чтобы законы
    применялись одинаково. Обсуждалось ли это?»): «это» is the sentence before it. (A third-person
    pronoun is no such sign: «…а что он говорил про закон и порядок» keeps its own subject, and the
    tail is the question.)"""
    # («Для меня важно, чтобы закон был один для всех. Что об этом говорили?»: «об этом» too)
    if tail and (demonstrative_alone(tail) or topic_points_back(tail)):
        return True
    if asks_only_what_is_said(tail):
        return True  # "…at odds with privacy? What does the text actually say?": says of that
    morphology = shared_morphology()
    if tail[-1] in ALL_OF_THEM:
        return True
    for i, word in enumerate(tail):
        if morphology.info(word).lemma in DISTRIBUTIVE and (
            i + 1 == len(tail) or morphology.info(tail[i + 1]).is_function_word
        ):
            return True
    return False


def _antecedents(before: Sequence[str], asked: Sequence[str]) -> dict[str, str]:
    """A message's question whose third-person pronoun stands for nouns of the message before it
    («…имею дело с инспекторами и полицией. Как они должны работать с людьми?»): each such pronoun
    and the nouns to read in its place: the nearest noun before the question it agrees with, and the
    nouns joined to that one by «и». Asked alone, «они» leaves the question only its verbs («работать
    с людьми»), which any entry may match. A pronoun a noun of the question before it agrees with is
    left out, and so is «они» doing a verb of saying (text.they_who_speak: «Я чиновникам не верю.
    Чем они обосновывают…?» asks what the reform's backers say, not about officials)."""
    morphology = shared_morphology()

    def stands_for(pronoun: str, word: str) -> bool:
        # (a noun first: «по» has a reading as the plural noun «ПО»)
        return morphology.info(word).pos == "NOUN" and morphology.agrees(pronoun, word)

    read: dict[str, str] = {}
    for i, word in enumerate(asked):
        if not morphology.anaphoric(word) or they_who_speak(asked, i):
            continue
        if any(stands_for(word, w) for w in asked[:i]):
            continue
        j = next((k for k in range(len(before) - 1, -1, -1) if stands_for(word, before[k])), None)
        if j is None:
            continue
        nouns = [before[j]]
        for k in (j - 2, j + 2):
            joined = 0 <= k < len(before) and before[(j + k) // 2] == "и"
            if joined and morphology.info(before[k]).pos == "NOUN":
                nouns.append(before[k])
        read.setdefault(word, " ".join(nouns))
    return read


def _with_antecedent(before: Sequence[str], tail: Sequence[str]) -> str:
    """A long message's tail with the nouns its pronouns stand for in their place (_antecedents)."""
    read = _antecedents(before, tail)
    return " ".join(read.get(word, word) for word in tail)


def _with_opening(message: str, text: str) -> str:
    """The question `focus` kept of a message with the nouns of the opening it dropped that its
    pronouns stand for («Сомневаюсь, что реформа что-то изменит. Как её оценили?»: the reform), for
    reading only; the question itself where it names them or none."""
    at = message.rfind(text)
    if at <= 0 or not PRONOUN_HINTS.intersection(words(text)):
        return text
    read = _antecedents(words(message[:at]), words(text))
    if not read:
        return text
    return _WORD_RE.sub(lambda found: read.get(fold(found.group(0)), found.group(0)), text)


def _kazakh_translations(kb: KnowledgeBase) -> list[str]:
    """The questions and answers of the entries' Kazakh translations."""
    return [
        text
        for entry in kb.entries
        if (kk := entry.translations.get("kk")) is not None
        for text in (kk.answer, *kk.questions)
    ]


def _kazakh_question_words(kb: KnowledgeBase) -> list[str]:
    """The curated question words spelt with Kazakh letters («қандай қызметте», «қай лауазымда»):
    Kazakh for sure, and typed without those letters as often as the translations' words are."""
    return [
        phrase
        for phrases in kb.synonyms.question_words.values()
        for phrase in phrases
        if kazakh.KAZAKH_LETTERS.search(phrase)
    ]


def _kazakh_texts(kb: KnowledgeBase) -> list[str]:
    """The Kazakh translations, the curated synonyms (their Kazakh phrases), question words and
    stopwords spelt with Kazakh letters («өз», typed «оз»): the Kazakh words the
    knowledge base spells."""
    synonyms = [phrase for group in kb.synonyms.groups for phrase in group]
    stopwords = [word for word in kb.synonyms.stopwords if kazakh.is_kazakh(word)]
    return _kazakh_translations(kb) + synonyms + _kazakh_question_words(kb) + stopwords


def _kazakh_words(kb: KnowledgeBase) -> frozenset[str]:
    """Words of the Kazakh translations and question words that are not Russian words, also as typed
    without Kazakh letters: what tells a Kazakh question typed on a Russian keyboard from a Russian one."""
    morphology = shared_morphology()
    texts = _kazakh_translations(kb) + _kazakh_question_words(kb)
    found = {word for text in texts for word in words(fold(text))}
    plain = {word.translate(language.PLAIN_KAZAKH) for word in found}
    return frozenset(w for w in found | plain if len(w) > 2 and w.isalpha() and not morphology.is_russian(w))


def _all_questions(entry: Entry) -> list[str]:
    return [*entry.questions, *(q for t in entry.translations.values() for q in t.questions)]


def _all_answers(entry: Entry) -> list[str]:
    return [entry.answer, *(t.answer for t in entry.translations.values())]


def _all_unsaid(whole: Reply, parts: Sequence[str], unsaid: Sequence[Reply]) -> Reply:
    """«В каком городе и где именно проходил круглый стол?»: when every clause asked alone is a
    detail the document does not give of a subject it has, so is the whole message: the first
    clause's decline, else the whole's (a clause not asked alone, or one found nowhere, keeps it)."""
    if len(parts) < 2 or len(unsaid) < len(parts) or whole.decline != "not_found":
        return whole
    return unsaid[0].model_copy(update={"query": whole.query})


# «в чём суть реформы кратко плз»: words of how briefly to answer and of «please» ask nothing, but
# move the embedding towards the entries about explaining or summing up (explanation_purpose
# outranked reform_aims on «кратко»): they are not embedded
FORM_ONLY_WORDS = frozenset(
    {"кратко", "коротко", "вкратце", "короче", "briefly", "қысқаша"}
    | {"плз", "плиз", "пжл", "пжлст", "пж", "pls", "plz"}
)
BRIEF_IF = "если"


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
