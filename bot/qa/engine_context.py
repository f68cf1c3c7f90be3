"""What the engine's modules share: the knowledge base, the analyzer, the subjects and the reader,
and the facts of the entries the decision reads (which kinds of question each answers, the changes
they note, the names and phrases they hold, the quotes they share, where in their source they
stand), each worked out when first needed and kept (see EngineContext)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from bot.qa.analyzer import Analysis, Analyzer
from bot.qa.changes import reports_change_made
from bot.qa.kb import Entry, KnowledgeBase, collapse_ws
from bot.qa.morph import PREDICATE_POS, shared_morphology
from bot.qa.reading import QuestionReader
from bot.qa.subject import Subjects
from bot.qa.text import CLAUSE_BREAK, words

# How many terms from a term of strengthening the thing strengthened may stand (strengthens)
STRENGTHENED_SPAN = 2
# the starts of the terms of strengthening, in the three languages (strengthening)
STRENGTHENING_STEMS = ("strengthen", "reinforc", "усил", "укреп", "күш", "нығай")
# An enumeration: a sentence with this many commas or more lists three things or more (lists)
LIST_COMMAS = 2
# A list's items, apart: «;» between them after a colon, or commas with «и» before the last («A, B
# и C»); a sentence is where one list is read, a quoted name («Закон и порядок») no list (enumerated)
SENTENCE_END = re.compile(r"(?<=[.!?])\s")
QUOTED = re.compile(r"«[^»]*»")
QUOTED_HOLDER = "«»"
LAST_AND = " и "
NOMINATIVE = "nomn"
ACCUSATIVE = "accs"
# the numbers an answer says in words (by lemma), which may count a list it gives (enumerated)
NUMBER_LEMMAS = {"два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8}
# a plural genitive right after a noun qualifies it («прав граждан»): no thing the answer counts (told)
GENITIVE = "gent"
NOUN = "NOUN"
# Combinations of question kinds whose fitting entries are remembered (a handful occur in practice).
MAX_KIND_SETS = 256
# the conjuncts of a quote's sentence: what «и», "and" or a comma join (outside a name in «…»);
# only «и», "and" join two things, a comma may open a clause («Асылов отметил, что…»): see joined
CONJUNCTS = re.compile(r"(\s+(?:и|and)\s+|,\s*|;\s*)")
AND_WORDS = frozenset({"и", "and"})
CLAUSE_END = re.compile(r"[.!?:]\s+")
NAMED = re.compile(r"«[^«»]*»")
# A conjunct beside «и», read outward from it: each word's lemma, and whether it is a predicate
JoinedPhrase = tuple[tuple[str, bool], ...]


class EngineContext:
    """What the engine's modules share, made once at start-up; the facts of the entries are worked
    out when first needed (at scale most are never asked)."""

    def __init__(
        self, kb: KnowledgeBase, analyzer: Analyzer, subjects: Subjects, reader: QuestionReader
    ) -> None:
        self.kb = kb
        self.analyzer = analyzer
        self.subjects = subjects
        self.reader = reader
        self._fitting_kinds: dict[frozenset[str], frozenset[str]] = {}  # see fitting
        self._changes_made: dict[str, bool] = {}  # see change_made
        # the entries telling who took part, found when first needed: see takers
        self._takers: tuple[str, ...] | None = None
        self._names: dict[str, frozenset[str]] = {}  # see own_name
        self._quote_pairs: dict[str, frozenset[tuple[str, str]]] = {}  # see holds_phrase
        self._sentences: dict[str, tuple[frozenset[str], ...]] = {}  # see says_in_one_sentence
        self._places: dict[str, frozenset[str]] = {}  # see placed
        self._retold: dict[str, str | None] = {}  # see retelling
        self._statements = {e.id: _statements(e.quotes) for e in kb.entries}  # see quote_alike
        self._strengthened: dict[str, frozenset[str]] = {}  # see strengthens
        self._told: dict[str, frozenset[str]] = {}  # see told
        self._lists: dict[str, str | None] = {}  # see lists
        self._enumerated: dict[str, frozenset[int]] = {}  # see enumerated
        self._in_words: dict[str, frozenset[int]] = {}  # see counted_in_words
        self._joined: dict[str, tuple[JoinedPhrase, ...]] = {}  # see joined

    def takers(self) -> tuple[str, ...]:
        """The entries telling who took part (they hold every word of presence), found when first
        needed (entry_readings.when_they_met)."""
        if self._takers is None:
            subjects = self.subjects
            self._takers = tuple(
                e.id for e in self.kb.entries if all(subjects.holds(e.id, v) for v in subjects.presence)
            )
        return self._takers

    def fitting(self, kinds: frozenset[str]) -> frozenset[str]:
        """The entries that can answer every kind of question asked (when, where, how many…), worked
        out once for each combination of kinds (there are few)."""
        fits = self._fitting_kinds.get(kinds)
        if fits is None:
            fits = frozenset(e.id for e in self.kb.entries if e.answers_kinds(kinds))
            if len(self._fitting_kinds) < MAX_KIND_SETS:
                self._fitting_kinds[kinds] = fits
        return fits

    def change_made(self, entry_id: str) -> bool:
        """Whether the entry's quotes note a change already made (see changes.py); worked out when
        first asked: few questions ask about changes to come."""
        made = self._changes_made.get(entry_id)
        if made is None:
            made = reports_change_made(self.kb.by_id[entry_id].quotes, shared_morphology())
            self._changes_made[entry_id] = made
        return made

    def own_name(self, entry_id: str) -> frozenset[str]:
        """The terms of the names an entry's answer gives in «…» (a direction's, a principle's)."""
        found = self._names.get(entry_id)
        if found is None:
            quoted = re.findall(r"«([^«»]+)»", self.kb.by_id[entry_id].answer)
            found = frozenset().union(*(self.analyzer.analyse(name).values for name in quoted))
            self._names[entry_id] = found
        return found

    def placed(self, place: str | None) -> frozenset[str]:
        """The entries quoting only the opening (or the closing) paragraph of their source, for a
        question placing its answer there; empty when it names no place. Worked out when first asked."""
        if place is None:
            return frozenset()
        found = self._places.get(place)
        if found is None:
            sources = self.kb.sources.items()
            paragraph = {sid: collapse_ws(_paragraph(src.text, place)) for sid, src in sources}

            def there(entry: Entry) -> bool:
                return all(collapse_ws(q) in paragraph.get(sid, "") for q, sid in entry.quote_pairs())

            found = frozenset(e.id for e in self.kb.entries if there(e))
            self._places[place] = found
        return found

    def retelling(self, place: str) -> str | None:
        """«Что сказано в заключительной части сообщения?»: of the entries quoting only that
        paragraph, the one whose answer shares the most of its words (the outcome retells the
        closing paragraph, an entry on its principles one clause of it); the first in the knowledge
        base of those that share as many. None when no entry quotes only that paragraph, or when
        the entries that do are of several sources (which piece's paragraph is meant is unknown)."""
        if place not in self._retold:
            self._retold[place] = self._retold_entry(place)
        return self._retold[place]

    def _retold_entry(self, place: str) -> str | None:
        """The entry `retelling` gives for a place, worked out when first asked."""
        placed = self.placed(place)
        order = [e for e in self.kb.entries if e.id in placed]
        if len({sid for e in order for _, sid in e.quote_pairs()}) != 1:
            return None
        paragraph = frozenset().union(
            *(self.analyzer.analyse(_paragraph(src.text, place)).values for src in self.kb.sources.values())
        )
        return max(order, key=lambda e: len(self.analyzer.analyse(e.answer).values & paragraph)).id

    def holds_phrase(self, entry_id: str, analysis: Analysis) -> frozenset[tuple[str, str]]:
        """The pairs of the question's neighbouring terms (of real words, not the documents' whole)
        that stand side by side, in either order, in the entry's quotes or its Kazakh answer (the
        quotes' words in Kazakh: a Kazakh question's phrase is never in the Russian quotes), read as
        the question is (worked out per entry when first compared). «права защитят» is «защита
        прав» as the quotes word it: a Russian phrase's words may stand either way round."""
        pairs = self._quote_pairs.get(entry_id)
        if pairs is None:
            # (clause by clause: a long text's reading keeps each term once)
            entry = self.kb.by_id[entry_id]
            kazakh = entry.translations.get("kk")
            said = (*entry.quotes, kazakh.answer) if kazakh is not None else entry.quotes
            clauses = [c for q in said for c in CLAUSE_BREAK.split(q)]
            clauses += [shared for c in clauses for shared in _shared_heads(c)]
            read = [self.analyzer.analyse(c).terms for c in clauses if c.strip()]
            pairs = frozenset((a.value, b.value) for terms in read for a, b in itertools.pairwise(terms))
            self._quote_pairs[entry_id] = pairs
        # (not the documents' whole, «новая конституция»: every entry's frame, no evidence of one)
        frame = self.reader.context.wholes
        asked = {
            pair
            for a, b in itertools.pairwise(analysis.terms)
            if a.real_word and b.real_word and a.value not in frame and b.value not in frame
            for pair in ((a.value, b.value), (b.value, a.value))
        }
        return frozenset(asked & pairs)

    def says_in_one_sentence(self, entry_id: str, analysis: Analysis) -> bool:
        """Every term of the question (of real words) stands in one sentence of the entry's quotes:
        the entry says what is asked in one statement, not its words in statements apart
        («реформа… продолжение» in one sentence of the reform's link to the President's course,
        apart in the explanatory work's). Worked out per entry when first compared."""
        # (two terms at least: one alone is no statement, only a word the entry holds somewhere)
        asked = {t.value for t in analysis.terms if t.real_word}
        return len(asked) >= MIN_STATED_TERMS and any(asked <= said for said in self.sentences(entry_id))

    def sentences(self, entry_id: str) -> tuple[frozenset[str], ...]:
        """The values of each sentence of the entry's quotes, a compound's words too («конституционная
        реформа» says «реформа»); worked out per entry when first asked."""
        sentences = self._sentences.get(entry_id)
        if sentences is None:
            parts = (s for q in self.kb.by_id[entry_id].quotes for s in _SENTENCE_BREAK.split(q))
            read = [self.analyzer.analyse(s).values for s in parts if s.strip()]
            sentences = tuple(values | {w for v in values for w in v.split()} for values in read)
            self._sentences[entry_id] = sentences
        return sentences

    def strengthens(self, entry_id: str, bodies: frozenset[str]) -> bool:
        """The entry says each body is strengthened: in a clause of its quotes or answers (any
        language), a term of strengthening stands within STRENGTHENED_SPAN terms of the body's
        (worked out per entry when first asked: few questions ask it)."""
        found = self._strengthened.get(entry_id)
        if found is None:
            entry = self.kb.by_id[entry_id]
            texts = (*entry.quotes, entry.answer, *(t.answer for t in entry.translations.values()))
            near: set[str] = set()
            for clause in (c for text in texts for c in CLAUSE_BREAK.split(text) if c.strip()):
                terms = self.analyzer.analyse(clause).terms
                for i, term in enumerate(terms):
                    if strengthening(term.value):
                        around = terms[max(0, i - STRENGTHENED_SPAN) : i + 1 + STRENGTHENED_SPAN]
                        near.update(t.value for t in around)
            found = self._strengthened[entry_id] = frozenset(near)
        return bodies <= found

    def told(self, entry_id: str) -> frozenset[str]:
        """The things an entry's answer names in the plural (the values of its Russian plural
        nouns: «четырём направлениям», «на принципах законности…»), which it may count; not a thing
        it names once («научное и экспертное сообщество»: no count of scholars), nor the words of its
        questions, which name what it is asked of («Сколько направлений выделили участники?» counts
        directions, not participants), nor a genitive after a noun, which only qualifies it («защиты
        прав граждан»: no count of citizens). Worked out when first asked (counted questions are few)."""
        found = self._told.get(entry_id)
        if found is None:
            morphology = shared_morphology()
            words = re.findall(r"\w+", self.kb.by_id[entry_id].answer.lower())
            plural = [
                w
                for i, w in enumerate(words)
                if (case := morphology.case_of(w)) is not None
                and case[1]
                and not (case[0] == GENITIVE and i and morphology.info(words[i - 1]).pos == NOUN)
            ]
            found = frozenset().union(*(self.analyzer.analyse(w).values for w in plural))
            self._told[entry_id] = found
        return found

    def joined(self, entry_id: str) -> tuple[JoinedPhrase, ...]:
        """The conjuncts of the entry's quotes that «и», "and" joins to another («идет обсуждение
        проекта | и | информирование общества»), each read outward from its «и» (the one before it
        from its end), names in «…» left out. Worked out when first asked («кроме» questions are few;
        entry_readings.told_beside)."""
        found = self._joined.get(entry_id)
        if found is None:
            found = tuple(
                phrase for quote in self.kb.by_id[entry_id].quotes for phrase in _joined_phrases(quote)
            )
            self._joined[entry_id] = found
        return found

    def lists(self, entry_id: str) -> str | None:
        """What an entry's answer lists: the first term of an answer whose opening sentence
        enumerates (LIST_COMMAS commas or more) when it opens with the thing it lists («Участниками
        дискуссии были представители Администрации Президента, Парламента, …» lists the participants);
        None when it lists nothing. A thing named inside the list («общественных организаций») is
        listed as one item, its particular members are not. Worked out when first asked."""
        if entry_id not in self._lists:
            sentence = re.split(r"(?<=[.!?])\s", self.kb.by_id[entry_id].answer.strip(), maxsplit=1)[0]
            terms = self.analyzer.analyse(sentence).terms if sentence.count(",") >= LIST_COMMAS else ()
            self._lists[entry_id] = terms[0].value if terms else None
        return self._lists[entry_id]

    def enumerated(self, entry_id: str) -> frozenset[int]:
        """How many items each list of an entry's answer holds: after a colon, its parts split by
        «;», or «A, B и C»: the word after the last «и» and those opening the parts before it,
        back to the first part that opens in another case (the first item ends it: «основана на
        принципах законности, справедливости и уважения…»: three). A count asked for («Назовите
        три цели») fits only one of them. None when the answer says its number in words
        («четырём направлениям»): it tells the asker of another count how many there are. Worked
        out when first asked."""
        found = self._enumerated.get(entry_id)
        if found is None:
            answer = QUOTED.sub(QUOTED_HOLDER, collapse_ws(self.kb.by_id[entry_id].answer))
            morphology = shared_morphology()
            said = any(morphology.info(w).lemma in NUMBER_LEMMAS for w in re.findall(r"\w+", answer.lower()))
            counts = () if said else (_listed(part) for part in SENTENCE_END.split(answer))
            found = frozenset(n for n in counts if n is not None)
            self._enumerated[entry_id] = found
        return found

    def counted_in_words(self, entry_id: str) -> frozenset[int]:
        """The numbers an entry's answer says in words («Особое внимание уделено четырём
        направлениям»): such an answer names that many things, as a list of them does. Worked out
        when first asked."""
        found = self._in_words.get(entry_id)
        if found is None:
            morphology = shared_morphology()
            answer = self.kb.by_id[entry_id].answer.lower()
            lemmas = (morphology.info(w).lemma for w in re.findall(r"\w+", answer))
            found = frozenset(NUMBER_LEMMAS[lemma] for lemma in lemmas if lemma in NUMBER_LEMMAS)
            self._in_words[entry_id] = found
        return found

    def quote_alike(self, first: str, second: str) -> bool:
        """The two entries quote the same sentence (one quote holds the other): they answer alike.
        A heading that only introduces a list («Особое внимание уделено следующим направлениям:»)
        is no shared answer: one entry may quote it beside its own sentence, the other the list."""
        ours, theirs = self._statements[first], self._statements[second]
        return any(a in b or b in a for a in ours for b in theirs)


# where a quote's sentences end, and the fewest terms a question says in one (says_in_one_sentence)
MIN_STATED_TERMS = 2
_SENTENCE_BREAK = re.compile(r"(?<=[.!?;])\s+")


# the conjunction joining two words that share the word after them («прав и свобод граждан»)
_AND = frozenset({"и"})
_SHARED_HEAD_POS = frozenset({"NOUN", "ADJF"})


def _shared_heads(clause: str) -> list[str]:
    """«гарантий прав и свобод граждан»: two words of one part of speech and case joined by «и»
    share the noun after them, so the quote holds «прав граждан» as it holds «свобод граждан»
    (the rights of citizens, asked alone). Only nouns or adjectives alike, before a noun."""
    found = clause.casefold().split()
    morphology = shared_morphology()
    shared = []
    for i in range(1, len(found) - 2):
        if found[i] not in _AND:
            continue
        first, second, head = found[i - 1], found[i + 1], found[i + 2]
        kinds = [morphology.info(w).pos for w in (first, second, head)]
        if (
            kinds[0] in _SHARED_HEAD_POS
            and kinds[0] == kinds[1]
            and kinds[2] == "NOUN"
            and morphology.case_of(first) is not None
            and morphology.case_of(first) == morphology.case_of(second)
        ):
            shared.append(f"{first} {head}")
    return shared


def strengthening(value: str) -> bool:
    """A term of strengthening: the curated "strengthen" ("stronger"), a Russian lemma of «усилить»,
    «укрепить» and their nouns, a Kazakh stem of «күшейту», «нығайту»."""
    return value.startswith(STRENGTHENING_STEMS)


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


def _paragraph(text: str, place: str) -> str:
    """A source's opening paragraph (place "start") or its closing one (any other place)."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()] or [""]
    return paragraphs[0 if place == "start" else -1]


def _listed(sentence: str) -> int | None:
    """How many items a sentence lists (EngineContext.enumerated): the parts after a colon split
    by «;», or, in «A, B и C», the item after the last «и», the comma parts before it opening in
    its case, and the part the first item ends; None when it lists nothing so."""
    _, colon, after = sentence.partition(":")
    if colon and after.count(";"):
        return after.count(";") + 1
    head, _, last = sentence.rpartition(LAST_AND)
    parts = head.split(",")
    if len(parts) < 2 or "," in last:
        return None
    case = _case(last)
    if case is None:
        return None
    items = 2  # the last, and the first that ends the opening part
    for part in reversed(parts[1:]):
        if _case(part) != case:
            break
        items += 1
    return items if items > 2 else None


def _case(part: str) -> str | None:
    """The case of the noun or adjective opening a part of a list (singular or plural alike; the
    accusative as the nominative, whose forms a thing's share: «повышение… и укрепление…»); None
    for a pronoun («которые направлены…»: a clause, no item) or another word."""
    opening = part.split()
    if not opening:
        return None
    word = opening[0].strip(".,;:!?")
    morphology = shared_morphology()
    found = morphology.case_of(word)
    if found is None or morphology.info(word).is_function_word:
        return None
    return NOMINATIVE if found[0] == ACCUSATIVE else found[0]


def _joined_phrases(quote: str) -> list[JoinedPhrase]:
    """The conjuncts of each sentence of the quote beside an «и», "and" (see EngineContext.joined)."""
    morphology = shared_morphology()
    phrases: list[JoinedPhrase] = []
    for sentence in CLAUSE_END.split(NAMED.sub("", quote)):
        found = CONJUNCTS.split(sentence)  # conjuncts at even places, what joins them between
        for at in range(0, len(found), 2):
            read = [
                (info.lemma, info.pos in PREDICATE_POS) for info in map(morphology.info, words(found[at]))
            ]
            if at + 1 < len(found) and found[at + 1].strip() in AND_WORDS:
                phrases.append(tuple(read))
            if at > 0 and found[at - 1].strip() in AND_WORDS:
                phrases.append(tuple(reversed(read)))
    return phrases
