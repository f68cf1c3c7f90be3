"""What every pass of the reader shares: the reader's context (the knowledge base, the analyzer and
the words it reads once at start-up, see ReaderContext), and the words several passes read."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from functools import cached_property, lru_cache

from bot.qa import kazakh
from bot.qa.analyzer import Analysis, Analyzer
from bot.qa.kb import KnowledgeBase
from bot.qa.lang import PLAIN_KAZAKH
from bot.qa.morph import shared_morphology
from bot.qa.subject import (
    COLLECTIVE_SPEAKERS,
    EVENT,
    PART_WORDS,
    PRESENCE,
    TOUCHERS,
    TOUCHING_WORDS,
)
from bot.qa.text import MONTH_NAMES, WHOLE_WORDS, words

# «Какие <group>…» asks for names: the interrogative word (as lemma or stem) and how many words after
# it may name the group.
WHICH_WORDS = frozenset({"какой", "which", "қандай", "қай"})
WHICH_SPAN = 2
# Words for a body of any kind («из каких ведомств и организаций»): which of them, not whose names;
# a state body too («какие именно госорганы»: the phrase is read as one term, not as «орган»)
BODY_WORDS = (
    "ведомство организация структура учреждение орган институт госорган агентство "
    "body bodies organisation organization institution agency agencies"
)
ADJECTIVE_POS = frozenset({"ADJF", "PRTF"})  # words that go before their noun
# the piece being read, in the words a question names it by (piece.wording_of)
PIECE_NAMES = "документ материал релиз пресс-релиз сообщение публикация статья новость release document"
# «в феврале 2026 года»: words of a date beside its month and numbers
YEAR_WORDS = "год года году year жыл жылы жылдың жылғы"
# «Это произошло в феврале?»: what happening on a date says, beside the date
HAPPENING_WORDS = "произошло состоялось прошло случилось проводилось провели happened occurred held өтті"
ASKING_WHICH = frozenset({"which", "what", "whose"})
# The words after «какие», «кто из» whose reading is remembered (bounded: users' words are not).
MAX_GROUP_TEXTS = 4096
# «Какие органы были на круглом столе?», «что за люди собирались?», "Which bodies were there?": a
# generic word for people or bodies after an asking word, with nothing said of them but that they
# were there or gathered, asks who (see people.which_ones_there; «какие стороны участвовали»: the
# parties, not the sides of a thing). The asking words: «какой», "which",
# "what", «қандай», and «что (там) за»; the verbs: a past «быть», taking part, gathering.
AGENT_WORDS = (
    "человек люди лицо орган организация структура ведомство учреждение представитель сторона "
    "people person persons body bodies organisation organization institution agency agencies "
    "адам ұйым өкіл"
)
# Words for a wording or an idea, before a quoted name (see scope.without_kind_of_named)
WORDING_WORDS = (
    "лозунг девиз слоган формула формулировка тезис идея концепция понятие термин выражение фраза "
    "slogan motto phrase formula notion term concept idea ұран"
)
GATHER_WORDS = "собираться собраться присутствовать gather gathered жиналды"
# the noun of a condition, by lemma and English stem (frames.condition_asked)
CONDITION_NOUNS = "условие condit"
# the curated head of a body («руководитель», "head", «глава»): see people.event_head
LEADING_WORD = "руководитель"
# what people gathered for at the event, in the infinitive (people._gathered_for)
DISCUSSING_WORDS = "обсуждать обсудить"
# the English noun of discussing, which the analyzer reads by its stem, not as the event
DISCUSSION_WORD = "discussion"
# the one country the documents are about, by its name (synonyms.yaml: РК, Казахстан, ҚР…)
OWN_COUNTRY_NAME = "Казахстан"


# the kind of a question asking what was said, and of an entry telling it (kb QUESTION_KINDS)
SAID_KIND = "said"


class ReaderContext:
    """What the passes share, worked out once at start-up: the knowledge base, the analyzer, and the
    words of the documents' subjects, whole, dates and pieces as the analyzer reads them."""

    def __init__(
        self, kb: KnowledgeBase, analyzer: Analyzer, base: Analyzer, subjects: frozenset[str]
    ) -> None:
        """`base`: the analyzer without the index's vocabulary; `subjects`: the people and
        institutions the documents name (synonyms.yaml)."""
        self.kb = kb
        self.analyzer = analyzer
        self.subjects = subjects
        # «какие депутаты», «кто из депутатов»: the same few words after such an opener, asked again
        self.names_group = lru_cache(maxsize=MAX_GROUP_TEXTS)(self._is_named_group)
        self.collective = frozenset(base.analyse(" ".join(COLLECTIVE_SPEAKERS)).values)
        # worked out when a question first asks whose (see owned_nouns): reading every quote of
        # 10,000 entries took 1.3 s of each start
        self._owned_found: frozenset[str] | None = None
        self._quoted_found: tuple[frozenset[str], ...] | None = None
        self.bodies = frozenset(base.analyse(BODY_WORDS).values)
        self.part = frozenset(base.analyse(" ".join(PART_WORDS)).values)
        self.touching = frozenset(base.analyse(" ".join(TOUCHING_WORDS)).values)
        # what may touch a thing besides the whole: the event and those who took part in it
        # («Касалась ли дискуссия X?», «Затрагивали ли участники X?»), and the changes proposed
        # («Затрагивают ли изменения X?»; scope.without_the_whole)
        self.touchers = frozenset(base.analyse(" ".join(TOUCHERS)).values) | self.collective
        self.whole = frozenset(base.analyse(" ".join(WHOLE_WORDS)).values)
        # the whole as the documents name it, with its adjectives («конституционная реформа»)
        self.wholes = self.whole | base.analyse("конституционная реформа новая конституция").values
        # each date once (10,000 legal entries share a few dates among 1,000 sources)
        self.own_dates = tuple(
            dict.fromkeys(self._date_terms(source.meta.date) for source in kb.sources.values())
        )
        self.dating = frozenset(base.analyse(f"{YEAR_WORDS} {HAPPENING_WORDS}").values)
        # «году», "year", «жыл» (dates.at_a_time_to_come)
        self.years = frozenset(base.analyse(YEAR_WORDS).values)
        self.months = frozenset(base.analyse(" ".join(w for names in MONTH_NAMES for w in names)).values)
        self.agents = frozenset(base.analyse(AGENT_WORDS).values)  # generic words for bodies or people
        self.wordings = frozenset(base.analyse(WORDING_WORDS).values)
        self.pieces = frozenset(base.analyse(PIECE_NAMES).values)
        # the claimed phrase's lemmas, longest first, and the opposite (see claims.claim_opposed)
        morphology = shared_morphology()
        self.opposites = sorted(
            (
                (tuple(morphology.info(w).lemma for w in words(claimed)), opposite)
                for claimed, opposite in ((o.claimed, o.documents) for o in kb.synonyms.opposites)
            ),
            key=lambda pair: -len(pair[0]),
        )
        # the same pairs by the first lemma of the claimed phrase, in the same order: a question
        # word's lemma picks the few phrases that may start at it (claims.with_opposites)
        self.opposites_from = _by_first_lemma(self.opposites)
        # each word a question may weigh against the documents' own, and theirs (declines._contrasted)
        self.contrasts = tuple(
            (base.analyse(c.word).values, base.analyse(c.documents).values) for c in kb.synonyms.contrasts
        )
        # and the documents' word as written, read as theirs (weighed.contrast_as_theirs)
        self.contrasted = tuple((base.analyse(c.word).values, c.documents) for c in kb.synonyms.contrasts)
        # the lemmas heading the phrases of the documents' word's synonyms («предупреждение
        # правонарушений» for «профилактика»): the asker's name for their side, said alone
        # («на наказание или на предупреждение?»: weighed.contrast_as_theirs)
        self.contrast_heads = {
            c.documents: frozenset(
                morphology.info(words(phrase)[0]).lemma
                for group in kb.synonyms.groups
                if c.documents in group
                for phrase in group
                if len(words(phrase)) > 1
            )
            for c in kb.synonyms.contrasts
        }
        self.presence = self.analyzer.analyse(PRESENCE).terms
        self.there = frozenset(base.analyse(GATHER_WORDS).values) | {t.value for t in self.presence}
        self.owned = self._owned_phrases(base)
        self.own_country = base.analyse(OWN_COUNTRY_NAME).values
        self.discussing = base.analyse(DISCUSSING_WORDS).values
        # the noun of discussing, as the analyzer reads it ("discussion": scope.event_topic)
        self.discussion = frozenset(analyzer.analyse(DISCUSSION_WORD).values)
        # the documents' event («круглый стол», «мероприятие», "the meeting") and the curated head of a
        # body («руководитель», "head"), as the analyzer reads them (people.event_head, event_holder)
        self.event = frozenset(analyzer.analyse(EVENT).values)
        self.leading = frozenset(analyzer.analyse(LEADING_WORD).values)
        # the noun of a condition («условие», "condition": frames.condition_asked)
        self.conditions = frozenset(analyzer.analyse(CONDITION_NOUNS).values)

    @cached_property
    def speakers(self) -> frozenset[str]:
        """The people and bodies named in the quotes of entries telling what was said: those whose
        judgement the documents report (the Ombudsman, named only as taking part, is not one).
        Worked out when first asked (alternatives.stance_as_assessment)."""
        said = (e for e in self.kb.entries if SAID_KIND in e.question_kinds)
        named = (self.analyzer.analyse(q).values & self.subjects for e in said for q in e.quotes)
        return frozenset().union(*named)

    @cached_property
    def kazakh_stems(self) -> frozenset[str]:
        """The Kazakh stems of the knowledge base's words, spelt without Kazakh letters: a word
        typed so is one of theirs when its stem is («салаларына», «саласында»: «сал»). Worked out
        when first asked: few questions need it."""
        vocabulary = self.analyzer.vocabulary
        surface = vocabulary.surface if vocabulary is not None else frozenset()
        return frozenset(kazakh.stem(w.translate(PLAIN_KAZAKH)) for w in surface)

    @cached_property
    def kazakh_openings(self) -> frozenset[str]:
        """The first MIN_PLAIN_STEM letters of the knowledge base's words, spelt without Kazakh
        letters: a word typed so that begins as none of them is none of theirs misspelt."""
        vocabulary = self.analyzer.vocabulary
        surface = vocabulary.surface if vocabulary is not None else frozenset()
        return frozenset(w.translate(PLAIN_KAZAKH)[: kazakh.MIN_PLAIN_STEM] for w in surface)

    def _owned_phrases(self, base: Analyzer) -> dict[str, tuple[tuple[str, str], ...]]:
        """The curated phrases of a head and whose it is («аппарат президента», «аппарат главы
        государства»): the head's lemma -> (the value of the rest, the phrase)."""
        morphology = shared_morphology()
        out: dict[str, list[tuple[str, str]]] = {}
        for group in self.kb.synonyms.groups:
            for phrase in group:
                found = words(phrase)
                if len(found) < 2 or len(base.analyse(phrase).values) != 1:
                    continue
                rest = base.analyse(" ".join(found[1:])).values
                if len(rest) == 1:
                    out.setdefault(morphology.info(found[0]).lemma, []).append((next(iter(rest)), phrase))
        return {head: tuple(pairs) for head, pairs in out.items()}

    def _is_named_group(self, text: str) -> bool:
        """The words after «какие», «кто из» name a group the documents name as a whole (its first
        term is a subject: «какие депутаты»; not «какое значение генпрокурор…»)."""
        group = self.analyzer.analyse(text).terms
        return bool(group) and group[0].value in self.subjects

    def owned_nouns(self) -> frozenset[str]:
        """_nouns_of_unnamed_owners, worked out once (two threads may both work it out: alike)."""
        if self._owned_found is None:
            self._owned_found = self._nouns_of_unnamed_owners()
        return self._owned_found

    def quoted_values(self) -> tuple[frozenset[str], ...]:
        """The values of each quote of the entries, as the analyzer reads it, worked out once (two
        threads may both work it out: alike)."""
        if self._quoted_found is None:
            self._quoted_found = tuple(
                self.analyzer.analyse(quote).values for entry in self.kb.entries for quote in entry.quotes
            )
        return self._quoted_found

    def _nouns_of_unnamed_owners(self) -> frozenset[str]:
        """The lemmas of the nouns the entries' quotes name with their owner after them, a noun in the
        genitive, after its adjectives («законных интересов населения»: «интерес»; «работы
        правоохранительных органов»: «работа»), that is none of the people and bodies named, or one
        no entry holding the quote tells as `who` (not «инициатив Президента», whose owner an entry
        about him tells as `who`; but the text alone says whose the work of the police is)."""
        owned: set[str] = set()
        told_who: set[str] = set()  # the nouns some entry quotes with a named owner and tells as `who`
        for entry in self.kb.entries:
            for quote in entry.quotes:
                found = words(quote)
                for i, word in enumerate(found):
                    owner = owner_after(found, i)
                    if owner is None:
                        continue
                    lemma = shared_morphology().info(word).lemma
                    if not self.analyzer.analyse(owner).values & self.subjects:
                        owned.add(lemma)
                    elif "who" in entry.question_kinds:
                        told_who.add(lemma)
                    else:
                        owned.add(lemma)
        return frozenset(owned - told_who)

    def _date_terms(self, date: dt.date) -> tuple[frozenset[str], frozenset[str]]:
        """A document's date as the analyzer reads it: its month's terms, and all its terms."""
        month = self.analyzer.analyse(" ".join(MONTH_NAMES[date.month - 1])).values
        numbers = self.analyzer.analyse(f"{date.day} {date.year} {date:%d.%m.%Y}").values
        return month, month | numbers


def owner_after(found: Sequence[str], at: int) -> str | None:
    """The owner a noun is named with after it: a noun in the genitive, with the genitive
    adjectives before it («интересов населения»: «населения»; «работы правоохранительных органов»:
    «правоохранительных органов»); None when the word is no noun or no such owner follows."""
    morphology = shared_morphology()
    if morphology.info(found[at]).pos != "NOUN":
        return None
    end = at + 1
    while end < len(found) and morphology.genitive_adjective(found[end]):
        end += 1
    if end >= len(found) or not morphology.genitive_noun(found[end]):
        return None
    return " ".join(found[at + 1 : end + 1])


# A pass: reads one construction of the question and returns the analysis as it should be ranked.
Pass = Callable[[ReaderContext, str, Analysis], Analysis]


def _by_first_lemma(
    opposites: Sequence[tuple[tuple[str, ...], str]],
) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """The claimed phrases and their opposites, grouped by the claimed phrase's first lemma, each
    group in the order of `opposites` (longest first): the phrases that may start at a word."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for claimed, opposite in opposites:
        if claimed:
            out.setdefault(claimed[0], []).append((claimed, opposite))
    return {first: tuple(pairs) for first, pairs in out.items()}
