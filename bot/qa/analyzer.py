"""From raw text to matchable terms: script repair, question kind, lemmas, typos, synonyms.

The same pipeline analyses the knowledge base's questions (without a vocabulary) and users'
questions (with the vocabulary of the knowledge base, for typo and word-family repair), so both
sides always end up in the same terms.
"""

from __future__ import annotations

import copy
import html
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from itertools import pairwise, product

import numpy as np
from rapidfuzz import fuzz, process

from bot.qa import kazakh
from bot.qa.layout import from_qwerty
from bot.qa.morph import PREDICATE_POS, Morphology, WordInfo, english_parts
from bot.qa.text import MONTH_NAMES, WHOLE_WORDS, clean, fold, has_cyrillic, has_latin, words
from bot.qa.translit import to_cyrillic

# Tags and entities pasted into a question are not words of it.
_MARKUP = re.compile(r"</?[a-zA-Z][^<>]{0,80}>")
# A Russian contraction: the word's start, a hyphen and its last letters («конст-я», «гос-во»)
_CONTRACTION = re.compile(r"\b([а-я]{3,})-([а-я]{1,3})\b")
# A word cut short with a period inside a sentence («уполномоч. по правам чел.», «перс. данные»)
_CUT_WORD = re.compile(r"\b([а-я]{3,})\.(?=\s*[а-я0-9])")
# A number with its Russian case ending («27го», «27-го», «27-е», «в 2026-м»): the number
_ORDINAL_ENDING = re.compile(r"\b(\d+)-?(?:ого|го|ое|ей|ой|ом|ым|му|е|й|м)\b")
# A date as people shorten it: a day and its month cut to three or four letters («27 февр», «27 фев.»),
# or in digits («27.02.2026», «27.02»): written as the text writes a date («27 февраля 2026»)
_MONTH_GENITIVES = tuple(names[0] for names in MONTH_NAMES)
_MONTH_CUTS = {cut: month for month in _MONTH_GENITIVES for cut in (month[:3], month[:4]) if cut != month}
_MONTH_CUT_WORDS = "|".join(sorted(_MONTH_CUTS, key=len, reverse=True))
_DATE_CUT = re.compile(r"\b(0?[1-9]|[12]\d|3[01])\s*(" + _MONTH_CUT_WORDS + r")\b\.?")
# (without the year only two digits each: «1.05 млн» is a number)
_DATE_DIGITS = re.compile(
    r"\b(?:(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.((?:19|20)\d\d)|(0[1-9]|[12]\d|3[01])\.(0[1-9]|1[0-2]))\b(?!\.\d)"
)
# A run of Russian letters long enough to be two words typed without the space between them
_GLUED = re.compile(r"\b[а-я]{7,}\b")
GLUED_PART_MIN = 3
# «проку рор»: the words of which two pieces of one word split by a space are looked for (_unsplit)
_CYRILLIC_WORD = re.compile(r"[а-яё]+")
# «О чём идёт речь, когда говорят о…», «What did he say, when…»: after a question word, «когда»
# opening a clause is a conjunction, not the question's «when»
_CLAUSE_WHEN = re.compile(r",\s*(?:когда|when)\b")
# «где попало», «кому попало», «когда угодно»: a question word with «попало» or «угодно» as an
# indefinite adverb or object (anywhere, to anyone, any time), no question asked; not «что попало»,
# whose «попало» may be the verb («Что попало в проект?»: what got into it), nor the subject «кто
# угодно» («Кто угодно может участвовать?» asks who may)
_INDEFINITE = re.compile(r"\b(?:где|куда|откуда|кого|кому|кем|как|когда)\s+(?:попало|угодно)\b")
# «…? ия или нет», «иа или жок»: the Kazakh «иә» (yes) typed on a Russian keyboard, set against «нет» /
# «жоқ» (no), asks yes or no, as «да или нет» does; not «ия» alone, whose lemma is that of «ИИ»
_YES_OR_NO = re.compile(r"\bи[яа]\s+(?=(?:или|әлде|алде)\s+(?:нет|жоқ|жок)\b)")
# «в эпоху цифровизации», «в эру ИИ»: in the time of a thing, read as «при» (a frame of time, no
# detail asked; not «новая эпоха», a thing of its own)
_IN_THE_ERA = re.compile(r"\bв\s+(?:эпоху|эру)\b")
IN_THE_TIME_OF = "при"
# «Что и когда обсуждали?»: words joining «когда» to the question word, and the parts of speech of a
# clause's verb (Analyzer._unmarked_clause_when)
_WHEN_JOINED = frozenset({"и", "а", "или"})
_CLAUSE_VERB_POS = frozenset({"VERB", "PRTS"})
_BARE_WHEN = re.compile(r"(?<!,)\s+когда\b")
# "How will personal data be protected when AI is introduced?": the English "when" typed without
# the comma (_unmarked_english_when); not after a word joining it to the question word ("where and
# when") or a preposition ("since when", "until when")
_BARE_ENGLISH_WHEN = re.compile(r"(?<!,)\s+when\b")
_ENGLISH_WHEN_JOINED = frozenset({"and", "or", "but", "since", "until", "till", "by", "from"})
_ENGLISH_ASKING = frozenset(
    words("who what how which why where will would is are was were do does did can could should")
)
# the fewest words of the clause after the conjunction ("when AI arrives")
CLAUSE_MIN_WORDS = 2
# "When they bring in AI, does the draft protect data?": a "when" opening the question with a clause
# of its own (no asking word right after it, as in "When was it held?") up to a comma, and the
# question asked after the comma (_opening_english_when)
_OPENING_ENGLISH_WHEN = re.compile(r"^\s*when\b([^,?]*),")
# «…свернуть разъяснение, раз всё и так понятно?»: «раз» opening a clause is "since", a conjunction,
# not the noun «раз» (a time: «в который раз», «сколько раз»)
_CLAUSE_SINCE = re.compile(r",\s*раз\b(?!\s+(?:в|за)\b)")
# «КС тоже выступал на круглом столе?»: the chat shortening «кс» stands for the round table only
# when the message does not name the round table in full; beside its full name it is the other
# body the letters stand for in Kazakhstan's law, the Constitutional Court (which the document
# never mentions, so the detail is declined rather than read as the round table)
_ROUND_TABLE_SHORT = re.compile(r"(?<![\w-])кс(?![\w-])")
_ROUND_TABLE_IN_FULL = re.compile(r"\b(?:кругл\w* стол|кр\.? стол|дөңгелек үстел|round table)")
_ROUND_TABLE_SHORT_ELSE = "конституционный суд"
# «КС участвовал в обсуждении?», «кс чё думает про проект», «а КС что по проекту сказал?», «а чо с КС
# будет», «а что с КС по новому проекту»: «кс» doing what only a body or person does (taking part,
# speaking, thinking; a singular verb of its own after it, past at most a topic «по/про/о» and its
# noun, an adjective before it) or asked what becomes of it («что (будет) с кс») is the Court, not
# the event (which is discussed, not discussing; nobody asks what becomes of a past event)
_ROUND_TABLE_SHORT_ACTING = re.compile(
    r"(?<![\w-])кс(?:\s+(?:что|чё|че|чо|что-нибудь|что\s+нибудь|тоже|вообще|сам"
    r"|(?:по|про|о|об)(?:\s+\w+(?:ой|ому|ом|ей|ую|ые|ых|ым))?\s+\w+))*\s+"
    r"(?:участвовал|выступал|выступил|сказал|говорил|заявил|думает|считает|высказ\w*"
    r"|(?:будет|станет)\s+с\s+ним)\b"
    r"|\b(?:что|чо|чё|че)\s+(?:(?:будет|станет)\s+)?с\s+кс\b|\bс\s+кс\s+(?:будет|станет)\b"
    # («что изменится для КС», «роль КС в новом проекте»: what a thing is for, or what the draft or
    # constitution holds, is a body; a past event neither gains nor stands in the draft)
    r"|\bдля\s+кс\b|(?<![\w-])кс\s+в\s+(?:\w+\s+)?(?:проект|конституц)\w*"
)
# "practical matters", "legal matters": the plural noun after an adjective names the issues, the
# aspects of a thing, not the verb of "Why does X matter?" (to be important): _matters_as_aspects
_MATTERS_AFTER = re.compile(r"\b([a-z]+)\s+matters\b")
ENGLISH_ASPECTS = "aspects"
# "How does the draft deal with legal culture?": how a thing deals with X asks what it says of X, as
# "concerning" (a stopword) frames it. Only after an opening "how": "Which article deals with
# personal data?" asks which part, which the documents never number; "What deal was made" is a noun.
_DEALING_WITH = re.compile(r"(?<=\bhow\b)(?P<head>[^.?!]*?)\bdeal(?:s|t|ing)?\s+with\b")
_CONCERNING = "concerning"
# "the Speaker of the Mazhilis", «спикер Сената»: the speaker of a chamber is its presiding officer, a
# post (the chairman), not one who speaks at an event («спикер», "speaker" alone are the speaker)
_CHAMBER_SPEAKER = re.compile(
    r"\b(?:speakers?(?=\s+of\s+(?:the\s+)?(?:mazhilis|majilis|senate|parliament|house|chamber)\b)"
    r"|спикер(?P<ending>а|у|ом|е|ы|ов|ам|ами|ах)?(?=\s+(?:мажилис|сенат|парламент|палат)))"
)
_CHAIRMAN = "chairman"
_CHAIRMAN_RU = "председател"
_CHAIRMAN_ENDING = {"": "ь", "ы": "и", "ом": "ем"}
# «что там про цифру», «по цифре что», «всё в цифру переведут»: the colloquial «цифра» after a
# preposition of topic or of going over names the digital sphere (its digitalisation), not a number
# (a number is asked of by a which-word or with its own noun: «какая цифра», «цифра участников»)
_DIGITAL_SPHERE = re.compile(r"\b(про|в|о|об|по)\s+цифр(?:у|е)\b(?!\s*\d)")
_DIGITAL_SPHERE_CASE = {"про": "цифровизацию", "в": "цифровизацию"}
_DIGITAL_SPHERE_ELSE = "цифровизации"
# «Какие ценности названы?», «На каких ценностях основана модель?»: values in the plural are the
# principles the text lists (законность, справедливость…); one value in the singular («станет
# конституционной ценностью», «статус ценности») is the status «Закон и порядок» gets, the text's own
# word. The plural forms, «ценности» only after a plural modifier or a numeral («какие (ещё)
# ценности», «две ценности»; not «о ценности», «конституционной ценности»); each ending -> «принцип»'s
_VALUES_PLURAL = re.compile(
    r"(?:\b(?P<before>\w+)\s+(?:(?:ещё|еще)\s+)?)?\bценност(?P<ending>и|ей|ям|ями|ях)\b"
)
_PRINCIPLE_ENDING = {"и": "ы", "ей": "ов", "ям": "ам", "ями": "ами", "ях": "ах"}
_NUMERAL_POS = "NUMR"
# «Какое значение приобретёт принцип, если его закрепить в преамбуле?»: a significance a thing
# acquires or gets (the object of the verb, a parenthesis between) is the standing it is given, its
# status; not «значение» of a word («что значит»), nor one a thing has («какое значение имеет»)
# (so is the weight it gets: «Какой вес получит принцип, если его записать в преамбулу?»)
_SIGNIFICANCE_GOT = re.compile(r"\b(?:значение|вес)\b(?=(?:\s*,[^,.;:?!]*,)?\s+(?:приобрет|получ|обрет)\w*)")
_STANDING = "статус"
# «На чём в первую очередь сосредоточились участники — на теории или на практике?»: «в первую
# очередь», first of all, before two sides offered weighs them as «преимущественно» and "primarily"
# (stopwords) do, no first thing or queue of its own. Not without sides («Что изменится в первую
# очередь?» may ask the priority directions), nor beside a which-word («Какие правонарушения
# подпадут под нулевую терпимость в первую очередь?» asks which come first: an order never given)
_FIRST_OF_ALL = re.compile(r"\bв\s+первую\s+очередь\b")
_WHICH = re.compile(r"\bкак(?:ой|ая|ое|ие|ую|их|ого|ому|им|ими|ом|ой)\b")
_CHIEFLY = "преимущественно"
# «закрепить в отдельной статье или во вступлении?»: a thing put in the introduction of the law is put
# in its preamble; only where (the locative after «в»), never «вступление в силу» (coming into force),
# nor the introduction to a thing named («во вступлении к своей речи»; «к Конституции» is a synonym)
_IN_INTRODUCTION = re.compile(r"\bв(?:о)?\s+вступлении\b(?!\s+(?:в\s+силу|к)\b)")
_IN_PREAMBLE = "в преамбуле"
# «Будет ли укрепляться защита прав граждан?», «Что реформа даст людям в плане защиты их прав?»,
# "Will it strengthen the protection of rights?": the protection of rights strengthened, or given to
# people (a verb of giving or helping), is what the text calls the strengthening of the guarantees
# of rights and freedoms. Not the protection of rights asked of otherwise («что сказано о защите
# прав», «какое место отводится защите прав»: the direction «Приоритет защиты прав граждан»), nor
# protection done «лучше» (asked both ways: tried and taken back in round 72b)
_RIGHTS_PROTECTION = re.compile(
    r"\bзащит(?P<ending>а|ы|е|у|ой)\s+(?=(?:(?:их|наших|моих|своих)\s+)?прав(?:а|о|ам|ами|ах)?\b)"
    r"|\bprotection\s+of\s+(?=(?:(?:the|their|our|my|citizens'?|people'?s?)\s+)*rights\b)"
)
_GUARANTEE_ENDING = {"а": "и", "ы": "ий", "е": "иях", "у": "ии", "ой": "иями"}
_RIGHTS_STRENGTHENED = re.compile(
    r"\b(?:укреп\w*|усил\w*|дад\w*|даст|даёт|дает|дают|помо[жг]\w*"
    r"|strengthen\w*|reinforc\w*|give|gives|help|helps)\b"
)
# «Что в проекте предлагают для защиты простых людей?»: the protection of people (citizens, the
# population) is the protection of their rights, as the text says it («защиту законных интересов
# населения» is the direction «Приоритет защиты прав граждан»); not the protection of their data
# («защита данных граждан»: a thing of theirs named), nor the legal or judicial protection of
# citizens («правовая защита граждан» is that of equality before the law)
_PEOPLE_PROTECTED = re.compile(
    r"(?:\b(?P<kind>\w+)\s+)?\bзащит(?:а|ы|е|у|ой)\s+"
    r"(?=(?:(?:простых|обычных|рядовых)\s+)?(?:граждан|людей|населения|народа)\b)"
)
_PROTECTION_KINDS = ("правов", "судебн", "юридическ")
# «Что предлагается для защиты прав человека?», «Как будут защищать права людей?»: human rights
# protected, or protection proposed for them, is the protection of citizens' rights the text names
# (the direction «Приоритет защиты прав граждан»); not the institution named «по защите прав
# человека» (the ombudsman's), whose «по» no verb or «для» stands before, nor one who protected
# them («Кто защищал права человека?»: a doer asked, no measure)
_HUMAN_RIGHTS_PROTECTED = re.compile(
    r"(?P<head>(?:\bдля\s+защиты|\bзащища(?:ть|ют)(?:ся)?|\bзащит(?:ит|ят|ить))\s+"
    r"(?:(?:их|наши|наших|мои|моих|свои|своих)\s+)?прав(?:а|ам|ами|ах)?\s+)(?:человека|людей)\b"
)
_CITIZENS = "граждан"
_RIGHTS_OF = "прав "
# «Что новая Конституция даст обычным людям в плане прав?»: rights given in respect of, as the
# protection of rights given (_RIGHTS_STRENGTHENED), are their guarantees
_RIGHTS_IN_RESPECT = re.compile(
    r"\bв\s+(?:плане|части|отношении)\s+(?=(?:(?:их|наших|моих|своих)\s+)?прав\b)"
)
_GUARANTEES_OF = "гарантий "
# (their oblique cases too: «Каким словом…, когда…», «Чего опасается…, когда призывает…»)
_ASKING = frozenset(
    words("кто что чем как какой какая какое какие каков какова каковы почему зачем где сколько")
    + words("кого кому кем ком чего чему каким какими какую каких какого какому каком чей чья чьё чьи")
    + words("who what how which why where")
)
# Above every character a word holds: `start + _LAST_CHAR` bounds the words beginning with `start`
_LAST_CHAR = "\U0010ffff"
# Plausibility of a reading, per word: a Russian dictionary word (or a typo of a knowledge-base
# word) scores KNOWN_WORD, a word the knowledge base itself uses one more.
KNOWN_WORD = 1.0
# «круглова», «новова»: the adjective's genitive «-ого» / «-его» typed as it is pronounced
_SPOKEN_GENITIVE = ("ова", "ева")
# «учоных», «пчолы», «шол»: the «ё» after a hushing consonant typed as it sounds, «о» (folded, «е»)
_SPOKEN_YO = re.compile(r"(?<=[жчшщ])о")
# What a word cut with a period may stand for: the nouns and adjectives (participles) it begins
_CUT_POS = frozenset({"NOUN", "ADJF", "PRTF"})
TYPO_MIN_LEN = 4
# a first name misspelt before its surname (Analyzer._first_name_repaired): the letters it keeps from
# the start, and its least similarity with the name (two letters off in five: «берег», «берик»)
FIRST_NAME_PREFIX = 3
FIRST_NAME_MIN_SCORE = 60.0
TYPO_MIN_SCORE = 80.0
TYPO_TIES = 8  # the equally close repairs weighed against each other (Vocabulary._likeliest)
# a Kazakh stem longer than a knowledge-base word's by this many letters is a word built on it
# (a suffix added), not that word misspelt (_built_on)
DERIVED_MIN_TAIL = 3
# ... and a word with a part this long before a knowledge-base word is a compound of it (_compound_on)
COMPOUND_MIN_HEAD = 3
# A compound abbreviation of a curated phrase opens with a cut of its first word at least this long
# and goes on with at least this much of its last («гос» + «управление», «ген» + «прок»:
# _abbreviates)
ABBREVIATION_MIN_CUT = 2
ABBREVIATION_MIN_TAIL = 4
# The words joining two nouns of a synonym phrase as equals («права и свободы», «закон и порядок»)
_JOINING = frozenset({"и"})
# How many lemmas a word cut short may be read as within a synonym phrase (Analyzer._cut_readings)
MAX_CUT_READINGS = 4
# ... and a dictionary word this short may be cut short too («общ» of «общественные», «научн»)
CUT_KNOWN_MAX = 4
# a word cut short this long or longer is read as the one family of the knowledge base's words it
# begins (Analyzer._cut_word): a shorter one begins too many words to tell which
CUT_MIN_LEN = 6
# the prefix that makes a word its opposite («верный», «неверный»): no typo adds or drops it
NEGATING_PREFIX = "не"
# Two lemmas are one word family (обсуждать ~ обсуждение, конституция ~ конституционный) when they
# share a root of at least STEM_MIN_PREFIX letters and what follows it in each is suffix-sized;
# compounds keep their own meaning (правовой is not правосознание: «сознание» is a root, not a suffix).
STEM_MIN_PREFIX = 5
STEM_MAX_SUFFIX = 5


@dataclass(frozen=True, slots=True)
class Term:
    """One content term of a text. `known` terms are in the knowledge base's vocabulary."""

    value: str
    known: bool = True
    real_word: bool = True  # a dictionary word (or digits), as opposed to noise
    pos: str | None = None  # part of speech of the word (None for a synonym group's concept)
    repaired: bool = False  # read as a knowledge-base word the typed one was not (a typo repaired)
    # a concept read from a Russian synonym phrase of several words: the lemmas of the phrase's words
    # it is a kind of (Analyzer._head_words), which a question may name alone, and each with each word
    # the phrase is of («право», «право гражданин» of «прав и свобод граждан»)
    parts: tuple[str, ...] = ()
    # a word such a phrase is a kind of, asked with a noun in the genitive after it: that noun's term
    # («прокуратура» of «работа прокуратуры»: which work, Analyzer._with_complements)
    complement: str = ""
    # ... and the term of the word before it saying which one (an adjective: «религиозные объединения»;
    # a noun the knowledge base never uses it is of: «норм закона»): such a phrase lends it its word
    # only where the entry holds that term too, or the phrase does (Analyzer._qualifier)
    qualifier: str = ""


@dataclass(frozen=True, slots=True)
class Analysis:
    text: str  # the repaired, folded text
    words: tuple[str, ...]  # its words
    terms: tuple[Term, ...]  # content terms, in order
    kinds: frozenset[str]  # who / when / where / how_many, from question words
    values: frozenset[str]  # the terms' values
    # what «кроме X», «помимо X» leave out (reading.scope.without_excluded): the lemmas of X's
    # content words
    excluded: frozenset[str] = frozenset()


# A content word: its possible lemmas, the likeliest first (for synonym phrases), and its term.
_Content = tuple[tuple[str, ...], Term]


class LetterCounts:
    """A list of words with the letters each holds, counted, to find those a word may be close to
    without scoring the whole list. Two words' fuzz.ratio is 200 × their longest common subsequence
    / their summed lengths, and that subsequence holds no more letters than the two words share
    (counted with repeats); so a word sharing too few letters cannot reach the cutoff. Counting the
    shared letters over the list at once costs a sixth of rapidfuzz's pass over it, and leaves one
    or two words of a thousand to score."""

    def __init__(self, words: Sequence[str]) -> None:
        self.words = list(words)
        self._row = {letter: i for i, letter in enumerate(sorted({c for w in self.words for c in w}))}
        counts = np.zeros((len(self._row), len(self.words)), dtype=np.int32)
        for column, word in enumerate(self.words):
            for letter, n in Counter(word).items():
                counts[self._row[letter], column] = n
        self._counts = counts
        self._lengths = np.array([len(w) for w in self.words], dtype=np.int32)

    def within_reach(self, word: str, cutoff: float) -> list[str]:
        """The words that may score `cutoff` (> 0) by fuzz.ratio against `word`: every one that does,
        in the list's order (so that ties among them fall as over the whole list), and a few more."""
        wanted = Counter(self._row[c] for c in word if c in self._row)
        if not wanted:
            return []
        rows = list(wanted)
        shared = np.minimum(self._counts[rows], np.array([wanted[r] for r in rows])[:, None]).sum(axis=0)
        # (one point of slack: the scorer's own rounding decides the words at the cutoff)
        reach = np.flatnonzero(200 * shared + 1 >= cutoff * (len(word) + self._lengths))
        return [self.words[i] for i in reach]


class Vocabulary:
    """What the knowledge base says, for repairing users' words onto it."""

    def __init__(
        self,
        surface_words: Iterable[str],
        terms: Iterable[str],
        families: Mapping[str, tuple[str, ...]] | None = None,
        parts: Iterable[str] = (),
        dictionary_words: Iterable[str] = (),
    ) -> None:
        """`families`: lemmas' families as `family` gives them, worked out before (a compiled index
        holds its terms'), so that they are not looked for again. `parts`: the words the knowledge
        base says inside a phrase it reads as a concept (Term.parts). `dictionary_words`: those of
        the surface words the Russian dictionary knows (see `_correct`)."""
        self.surface = frozenset(surface_words)
        self.parts = frozenset(parts)
        self.dictionary_words = frozenset(dictionary_words)
        self._families = families or {}
        self._surface_list = sorted(self.surface)
        self.terms = frozenset(terms)
        self._by_prefix: dict[str, list[str]] = {}
        for term in self.terms:
            if " " not in term and len(term) >= STEM_MIN_PREFIX:
                self._by_prefix.setdefault(term[:STEM_MIN_PREFIX], []).append(term)
        self.correct = lru_cache(maxsize=65536)(self._correct)
        self.family = lru_cache(maxsize=65536)(self._family)
        self.starting_with = lru_cache(maxsize=65536)(self._starting_with)

    @cached_property
    def _letter_counts(self) -> LetterCounts:
        """The knowledge base's words by their letters (built on the first repair: a vocabulary made
        for word families only never repairs)."""
        return LetterCounts(self._surface_list)

    def _starting_with(self, start: str) -> tuple[str, ...]:
        """The knowledge base's words that begin with `start` («конст»: конституции, конституционный…)."""
        surface = self._surface_list
        return tuple(surface[bisect_left(surface, start) : bisect_left(surface, start + _LAST_CHAR)])

    def _correct(self, word: str) -> str | None:
        """The knowledge-base word a misspelt word most likely meant, if any is close enough."""
        if len(word) < TYPO_MIN_LEN:
            return None
        near = self._letter_counts.within_reach(word, TYPO_MIN_SCORE)
        found = process.extract(word, near, scorer=fuzz.ratio, score_cutoff=TYPO_MIN_SCORE, limit=TYPO_TIES)
        if not found:
            return None
        return self._likeliest([meant for meant, score, _ in found if score == found[0][1]])

    def _likeliest(self, closest: list[str]) -> str:
        """Of repairs equally close, a word of the dictionary before one only the curated synonyms
        spell so: «кгда» is one letter from «когда» and from the slang «кагда» alike, and the
        dictionary's word is the likelier meaning (the first in sort order otherwise)."""
        return next((meant for meant in closest if meant in self.dictionary_words), closest[0])

    def _family(self, lemma: str) -> tuple[str, ...]:
        """Knowledge-base lemmas of the same word family, closest first."""
        known = self._families.get(lemma)
        if known is not None:
            return known
        found = []
        root = _root_part(lemma)
        for term in self._by_prefix.get(lemma[:STEM_MIN_PREFIX], ()):
            if term == lemma:
                continue
            common = _common_prefix(lemma, term)
            if max(len(lemma), len(term)) - common > STEM_MAX_SUFFIX:
                continue  # (checked first: the shared root is the dearer test)
            if _common_prefix(root, _root_part(term)) >= STEM_MIN_PREFIX:
                found.append((common, term))
        return tuple(term for _, term in sorted(found, reverse=True))


# A capitalised Latin word inside a sentence (not after its end), or an abbreviation in capitals
# anywhere ("the EU", "GDPR", "the OSCE"), see _english_names
_MID_SENTENCE_CAPITAL = re.compile(r"(?:(?<=[^\s.!?…]) +([A-Z][a-z]+)|\b([A-Z]{2,6}))\b")


# «…в Семее?», «из Шымкента»: a capitalised Cyrillic word after a preposition of place, inside a
# sentence (the preposition is lower case), see _russian_names
_PLACE_AFTER_PREPOSITION = re.compile(r"(?<![^\s(«\"])(?:в|во|из|на)\s+([А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]{2,})")


# English spells a people's adjective and a language with a capital too ("the original Russian",
# "Chinese", "English"): these endings mark one, which names no thing of its own
_LANGUAGE_OR_PEOPLE = ("ian", "ish", "ese")


def _english_names(text: str) -> frozenset[str]:
    """The English words the user capitalised inside a sentence ("What did Russia's Prosecutor
    General say?") or wrote in capitals ("the EU GDPR"): names, folded as the words of the
    question are. Not a language ("which Russian term does the text use" asks the documents' own
    words)."""
    return frozenset(
        fold(name)
        for m in _MID_SENTENCE_CAPITAL.finditer(text)
        if not (name := m.group(1) or m.group(2)).endswith(_LANGUAGE_OR_PEOPLE)
    )


# the shortened adjectives opening Russian compounds («соцопрос»: социальный опрос; «госзаказ»), and
# the least length of the noun after one (Analyzer._compound_word)
COMPOUND_PREFIXES = ("соц", "гос", "полит", "нац", "спец", "проф", "мед")
COMPOUND_REST_MIN = 4


def _russian_names(text: str) -> frozenset[str]:
    """The Cyrillic words the user capitalised after a preposition of place («в Семее», «в Актобе»):
    a town the dictionary lacks, a name the documents never use, not noise (as pymorphy reads
    «в Караганде» for a place)."""
    return frozenset(fold(m.group(1)) for m in _PLACE_AFTER_PREPOSITION.finditer(text))


def _as_russian_name(term: Term) -> Term:
    """A capitalised place name the dictionary lacks (`_russian_names`) is a real word, a subject
    the documents do not cover; a known word keeps its reading («в Конституции»)."""
    if term.known or term.real_word or term.value.isascii():
        return term
    return replace(term, real_word=True, pos="NOUN")


def _as_name(word: str, term: Term) -> Term:
    """A capitalised English word the dictionary lacks is a name (a country, a person: "Russia"),
    as pymorphy names Russian ones, not noise: a subject the documents never name when they do
    not use it. One the dictionary has and can read as a noun is part of a name ("How will the
    Constitutional Court change?"), a noun, not the question's verb."""
    if term.known or not term.value.isascii():
        return term
    if not term.real_word:
        return replace(term, real_word=True)
    if term.pos != "NOUN" and "NOUN" in english_parts(word):
        return replace(term, pos="NOUN")
    return term


# English articles, and the prepositions whose object a noun after one is (see _noun_after_article)
ENGLISH_ARTICLES = frozenset({"a", "an", "the"})
# a word the dictionary takes for an adjective and nothing else ("presidential", "new"; not "public")
ADJECTIVE_ONLY = frozenset({"ADJ"})
ENGLISH_PREPOSITIONS = frozenset(
    {"with", "by", "in", "at", "on", "of", "for", "from", "about", "after", "before", "during", "under"}
    | {"to", "into", "over", "without", "through"}
)
# what a question is about ("anything about land?", "regarding taxes"): the word right after one is
# its object, a noun
ENGLISH_TOPIC_PREPOSITIONS = frozenset({"about", "regarding", "concerning"})

# "the Minister of Justice", "Will the transcript be published?": after an article, a word followed
# by "of" or a form of "be" heads a noun phrase, the subject or its head: a noun, not the predicate
ENGLISH_NOUN_FOLLOWERS = frozenset({"of", "be", "is", "are", "was", "were", "been"})
# "What is the weather now?": after a form of "be" and an article, the word is the predicate's noun
ENGLISH_COPULAS = frozenset({"is", "are", "was", "were"})
# "What is Asylov's age?", "What is his salary?": a possessive before the noun closing the question,
# the thing asked ("'s" is split off as "s"; not the "is" of "what's", "it's", "there's": ENGLISH_S_IS,
# the word before it). Not before a noun the question goes on about ("the Prosecutor General's call for
# continued explanatory work": "call" is his calling for it)
ENGLISH_POSSESSIVES = frozenset({"s", "his", "her", "its", "their", "our", "my", "your"})
ENGLISH_S_IS = frozenset(
    {"what", "it", "that", "there", "who", "where", "how", "here", "he", "she", "let", "when", "why"}
)
# "In what language…?", "Which law regulates…?": an asking determiner before its noun (after a
# preposition for "what", which alone may be the subject: "What happened?")
ENGLISH_ASKING_DETERMINERS = frozenset({"what", "which"})
# "What language was it held in?", "What fines are planned?": "what" opening the question, before a
# word and an auxiliary verb, asks which of a noun (the word), not what happened
ENGLISH_AUXILIARIES = ENGLISH_COPULAS | frozenset(
    {"do", "does", "did", "will", "would", "can", "could", "should", "shall", "may", "might", "must"}
    | {"has", "have", "had"}
)


def _without_markup(raw: str) -> str:
    """The text cleaned, its HTML entities and tags pasted into a question taken out."""
    text = html.unescape(clean(raw))
    return _MARKUP.sub(" ", text) if "<" in text else text


def _noun_next(term: Term, after: str) -> bool:
    """ "Does the draft cover the pension system?", "the tax law": after an article, a word
    followed by a noun is that noun's attribute, a noun of the phrase naming the thing, not the
    predicate; only a noun the dictionary takes for nothing else ("system", "law"), not one that
    may be the verb ("the people vote"). After "the" only: the thing asked of is a definite one,
    while "a" opens the asker's words of himself as often ("As a program officer at…")."""
    if term.known or not term.real_word or not after or not after.isascii():  # dictionary: new words only
        return False
    return english_parts(after) == frozenset({"NOUN"})


def _adjective_before(word: str) -> bool:
    """ "the presidential term", "the Russian language": an English adjective, or a word of the
    Latin alphabet the dictionary lacks (a proper adjective: its lexicon holds "russian", "kazakh"
    in no case), between "the" and a new word, which is so a noun."""
    return word.isascii() and word.isalpha() and english_parts(word) in (ADJECTIVE_ONLY, frozenset())


def _noun_after_article(word: str, term: Term, *, closing: bool = False) -> Term:
    """ "Did the discussion end with a vote?", "in the interview": an English word the knowledge base
    never uses, after a preposition and an article, is the preposition's object, a noun, when it can
    be one and cannot be an adjective (the dictionary reading alone takes a word that can be a verb
    for the question's predicate): a subject the documents never name, not an action. So is one
    after an asking determiner ("In what language…?", "Which article will…?") or a possessive
    ("What is Asylov's age?", "his salary"). Closing the question, a word that can be a noun is
    one though it can be an adjective too ("anything about the army?"): no noun follows it."""
    if term.known or not term.real_word or term.pos == "NOUN":
        return term
    parts = english_parts(word)
    if "NOUN" not in parts or ("ADJ" in parts and not closing):  # "with a quick…": the noun comes after
        return term
    return replace(term, pos="NOUN")


# "when he talks about…": a third-person subject right before an English verb in -s
ENGLISH_THIRD_PERSON = frozenset({"he", "she", "it", "who"})


def _verb_in_third_person(word: str, term: Term, before: str, after: str) -> Term:
    """ "when he talks about zero tolerance", "if the state starts using AI": an English word in -s
    that the dictionary reads first as a plural noun ("talks", "starts") but that can be a verb is the
    verb of its clause after a third-person pronoun, or before an -ing form (what one starts or keeps
    doing): an action, not a subject the documents never name. Not after an article or a possessive
    ("the talks", "its starts": nouns), and not a word the knowledge base uses."""
    if term.known or not term.real_word or term.pos != "NOUN" or not word.endswith("s"):
        return term
    if before in ENGLISH_ARTICLES or before in ENGLISH_POSSESSIVES:
        return term
    gerund_after = after.endswith("ing") and "VERB" in english_parts(after)
    if (before not in ENGLISH_THIRD_PERSON and not gerund_after) or "VERB" not in english_parts(word):
        return term
    return replace(term, pos="VERB")


# «кім», "who", before the verb it asks the doer of («Жобаны кім әзірледі?»)
KAZAKH_WHO = frozenset({"кім", "кімдер", "ким", "кимдер"})


def _kazakh_predicate(word: str, term: Term, before: str, after: str) -> Term:
    """«Қатысушылар жобаны мақұлдады ма?», «Жобаны кім әзірледі?»: a Kazakh word the knowledge base
    never uses, right before the yes/no particle or right after «кім» ending the question, is the
    question's verb, the very action asked, a real word: not noise (every Kazakh word the knowledge
    base lacks is noise to the engine, which has no Kazakh dictionary), so the documents, which
    never name that action, do not answer it (as «Одобрили ли участники проект?»)."""
    if term.known or term.real_word or not kazakh.is_kazakh(word):
        return term
    if after in kazakh.YES_NO_PARTICLES or (before in KAZAKH_WHO and not after):
        return replace(term, real_word=True, pos="VERB")
    return term


# the Kazakh suffixes of an adjective of relation («шетелдік», foreign; «халықаралық», international)
KAZAKH_RELATIONAL_ENDS = ("лық", "лік", "дық", "дік", "тық", "тік")
# and of an adjective of place or state, the locative with «-ғы/-гі» («қолданыстағы», in force, current):
# «Қолданыстағы Конституция» is another constitution than the draft the documents discuss
KAZAKH_LOCATIVE_ENDS = ("дағы", "дегі", "тағы", "тегі")
KAZAKH_QUALIFIER_ENDS = KAZAKH_RELATIONAL_ENDS + KAZAKH_LOCATIVE_ENDS
# the suffix's length, and the fewest letters of the word it is added to («шетел-дік»; «са-лық», tax, is
# a noun of its own)
KAZAKH_SUFFIX_LENGTH = 3
KAZAKH_MIN_BASE = 4


def _kazakh_qualifier(word: str, term: Term, after: str) -> Term:
    """«Шетелдік сарапшылар қатысты ма?», «Халықаралық сарапшылар…»: a Kazakh word the knowledge base
    never uses, in a suffix of an adjective of relation and followed by another word, is an
    adjective, a real word: before a noun the documents use it says what kind of those is meant,
    a kind they never name (subject._qualifiers), as «иностранные эксперты» does; not noise."""
    if term.known or term.real_word or not after or not kazakh.is_kazakh(word):
        return term
    if word.endswith(KAZAKH_QUALIFIER_ENDS) and len(word) - KAZAKH_SUFFIX_LENGTH >= KAZAKH_MIN_BASE:
        return replace(term, real_word=True, pos="ADJF")
    return term


def _readings(chunk: str) -> list[str]:
    """The chunk as typed, as the Russian layout would have typed it, and transliterated."""
    return [chunk, from_qwerty(chunk), " ".join(to_cyrillic(w) for w in chunk.split())]


# the most words a «*» of a phrase stands for: an English noun phrase with "of the" before a name of
# three words runs to seven ("the representative of the Human Rights Ombudsman"), with an "office"
# after it and an adverb ("personally") to nine
GAP_WORDS = 9


# «Будут ли правоохранительные органы работать по-другому?»: the adverb «по-другому» (so «по-иному»),
# differently, is «иначе», no other thing asked («другой» asks others); unhyphenated only at the end of
# a clause or before «или / чем» («по другому вопросу» is about another question)
_DIFFERENTLY = re.compile(
    r"\bпо-(?:другому|иному)\b|\bпо\s+(?:другому|иному)\b(?=\s*(?:$|[,.;:?!]|или\b|чем\b))"
)
_OTHERWISE = "иначе"
# «Повлияют ли изменения на качество работы госаппарата?», «насколько хорошо работает госаппарат»,
# «станет ли госаппарат работать лучше»: how well a thing works (the quality of its work, working
# well or better) is its efficiency, the text's «эффективность» («повышение эффективности
# государственного управления»), when the thing is the state's apparatus (_STATE_APPARATUS): how
# well the police work is their service model, not that efficiency; «качество» alone stays (the
# quality of education is the text's own)
_WORKS_WELL = re.compile(
    r"\bкачеств(?:о|а|е|у|ом)(?=\s+работы\b)"
    r"|\b(?:хорошо|лучше)(?=\s+(?:бы\s+)?(?:работа|функционир)\w*)"
    r"|(?<=работа)(?P<verb>\w*\s+)(?:хорошо|лучше)\b"
)
# «Не приведёт ли анализ больших данных к нарушению приватности?»: a breach of privacy or of data
# (private life, secrecy, confidentiality) is the harm their protection guards against, asked as the
# verb «нарушить» («Не нарушит ли анализ данных приватность?»), no offence of the text's «нулевой
# терпимости к правонарушениям»; a breach of a law («нарушение закона») stays an offence
_PRIVACY_BREACHED = re.compile(
    r"\bнарушени(?:е|я|ю|ем|и)(?=\s+(?:(?:их|моих|наших|своих|личн\w*|персональн\w*|частн\w*)\s+)?"
    r"(?:приватност|конфиденциальност|неприкосновенност|тайн|данн|жизн|сведени|информаци)\w*)"
)
_BREACH = "нарушить"
# «Что даёт перенос принципа «Закон и порядок» во вводную часть Конституции?»: a thing moved into the
# preamble (the noun or verb of moving, then, within a few words, «в / во» and the part) is put there,
# the text's «закрепление» (a synonym of «включение»); moving alone («перенос сроков») stays
_MOVED_INTO_PREAMBLE = re.compile(
    r"\bпере(?:нос|нес|нёс|мещ|мест)\w*(?=(?:\s+\S+){0,6}?\s+во?\s+(?:преамбул|вводн|вступлени|вступительн))"
)
_PUT_IN = "включение"
_STATE_APPARATUS = re.compile(r"\b(?:гос\w*|государств\w*|аппарат\w*|чиновник\w*|госорган\w*)\b")


def _named_as_meant(text: str) -> str:
    """Words read as what they stand for here: the colloquial «цифра» as the digital sphere, a
    chamber's speaker as its chairman, a significance acquired as a status, «по-другому» as «иначе»,
    a thing moved into the preamble as put there, a breach of privacy as the verb, how well the state
    apparatus works as its efficiency."""
    if "цифр" in text:
        text = _DIGITAL_SPHERE.sub(_digital_sphere, text)
    if "speaker" in text or "спикер" in text:
        text = _CHAMBER_SPEAKER.sub(_chamber_chairman, text)
    if "значение" in text or "вес " in text:
        text = _SIGNIFICANCE_GOT.sub(_STANDING, text)
    if "другому" in text or "иному" in text:
        text = _DIFFERENTLY.sub(_OTHERWISE, text)
    if "пере" in text and ("преамбул" in text or "вводн" in text or "вступ" in text):
        text = _MOVED_INTO_PREAMBLE.sub(_PUT_IN, text)
    if "нарушени" in text:
        text = _PRIVACY_BREACHED.sub(_BREACH, text)
    if ("работ" in text or "функционир" in text) and _STATE_APPARATUS.search(text):
        text = _WORKS_WELL.sub(_efficiency, text)
    return text


def _efficiency(found: re.Match[str]) -> str:
    """How well a thing works written as its efficiency (_WORKS_WELL): the quality of its work as
    «эффективность», working well or better as «эффективно»."""
    if found.group(0).startswith("качеств"):
        return "эффективность"
    verb = found.group("verb")
    return "эффективно" if verb is None else verb + "эффективно"


def _chamber_chairman(found: re.Match[str]) -> str:
    """The chairman a chamber's speaker is (_CHAMBER_SPEAKER), in the speaker's case."""
    if not found.group(0).startswith("спикер"):
        return _CHAIRMAN
    ending = found.group("ending") or ""
    return _CHAIRMAN_RU + _CHAIRMAN_ENDING.get(ending, ending)


def _digital_sphere(found: re.Match[str]) -> str:
    """The colloquial «цифра» after its preposition written as the digitalisation it names, in the
    case the preposition takes (_DIGITAL_SPHERE)."""
    preposition = found.group(1)
    return f"{preposition} {_DIGITAL_SPHERE_CASE.get(preposition, _DIGITAL_SPHERE_ELSE)}"


def _introduction_as_preamble(text: str) -> str:
    """Where a thing is put: «во вступлении» as «в преамбуле» (_IN_INTRODUCTION)."""
    if "вступлении" not in text:
        return text
    return _IN_INTRODUCTION.sub(_IN_PREAMBLE, text)


def _matters_as_aspects(text: str) -> str:
    """ "theory or practical matters": "matters" after an English adjective written as the aspects
    it names (_MATTERS_AFTER); after any other word ("what matters", "it matters") kept as the verb."""
    if "matters" not in text:
        return text
    return _MATTERS_AFTER.sub(_aspects_after_adjective, text)


def _aspects_after_adjective(found: re.Match[str]) -> str:
    before = found.group(1)
    return f"{before} {ENGLISH_ASPECTS}" if "ADJ" in english_parts(before) else found.group(0)


def _first_of_all_weighing(text: str) -> str:
    """«в первую очередь» before two sides offered written as «преимущественно», which weighs them
    (_FIRST_OF_ALL); beside a which-word or without sides kept."""
    if "очередь" not in text or " или " not in text or _WHICH.search(text) is not None:
        return text
    return _FIRST_OF_ALL.sub(_CHIEFLY, text)


def _rights_guaranteed(text: str) -> str:
    """The protection of rights strengthened, or given or helped to people, written as the text's
    guarantees of rights (_RIGHTS_PROTECTION), and so rights given in respect of
    (_RIGHTS_IN_RESPECT); the protection of rights asked of otherwise kept. The protection of
    people is that of their rights (_PEOPLE_PROTECTED)."""
    if "защит" in text or "защищ" in text:
        text = _PEOPLE_PROTECTED.sub(_rights_of_people, text)
        text = _HUMAN_RIGHTS_PROTECTED.sub(lambda found: found.group("head") + _CITIZENS, text)
    if ("прав" not in text and "protection" not in text) or _RIGHTS_STRENGTHENED.search(text) is None:
        return text
    text = _RIGHTS_IN_RESPECT.sub(lambda found: found[0] + _GUARANTEES_OF, text)
    return _RIGHTS_PROTECTION.sub(_guarantees_of_rights, text)


def _rights_of_people(found: re.Match[str]) -> str:
    """The protection of people written as that of their rights (_PEOPLE_PROTECTED); a legal or
    judicial one kept."""
    kind = found.group("kind")
    if kind is not None and kind.casefold().startswith(_PROTECTION_KINDS):
        return found[0]
    return found[0] + _RIGHTS_OF


def _guarantees_of_rights(found: re.Match[str]) -> str:
    """The protection of rights strengthened or given written as the text's guarantees of rights,
    in the same case (_RIGHTS_PROTECTION)."""
    ending = found.group("ending")
    if ending is None:
        return "guarantees of "
    return f"гаранти{_GUARANTEE_ENDING[ending]} "


def _lone_letter(chunk: str) -> bool:
    """«x^2», «(a)»: one Latin letter amid a Cyrillic text is a symbol (a variable, a label), no word
    typed in the wrong layout or transliterated («x» is no «кс»)."""
    return sum(c.isascii() and c.isalpha() for c in chunk) == 1


def _acronym(chunk: str) -> bool:
    """ "UN", "OSCE", "EU": a word of two or more Latin capitals and nothing else in a text typed in
    English is an abbreviation, as written: no Russian word typed in the wrong script («ун», «уса»)."""
    letters = [c for c in chunk if c.isalpha()]
    return len(letters) > 1 and all(c.isascii() and c.isupper() for c in letters)


def _phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """Any of the phrases as whole words, longest first; a «*» between words stands for one to
    GAP_WORDS words («did * say»: «did the president say», «did the representative of the Presidential
    Administration say»), a «+» for none (the phrase's words stay words of the question: «что + даёт»)."""
    alternatives = "|".join(
        re.escape(fold(p)).replace(r"\ \*\ ", rf" (?:[\w'’-]+ ){{1,{GAP_WORDS}}}").replace(r"\ \+\ ", " ")
        for p in sorted(phrases, key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


_INFINITIVE = re.compile(r"(?:ться|тись|ть|ти|чь)$")


@lru_cache(maxsize=65536)  # the knowledge base's terms, met again with each new word of their family
def _root_part(lemma: str) -> str:
    """A lemma without its infinitive ending: the root must be shared beyond it («стать» is no
    relative of «статья», «обсуждать» is one of «обсуждение»)."""
    return _INFINITIVE.sub("", lemma)


# Russian verbal prefixes, longest first: what two words share must go past one into the root
_PREFIX = re.compile(
    r"^(?:пере|пред|пре|при|про|раз|рас|под|над|воз|вос|без|бес|об|от|вы|за|на|до|по|со|из|ис)"
)
_ROOT_MIN = 3

# the suffix of the abstract noun of a person's status, office or body (гражданство, руководство)
_PERSONS_ABSTRACT = "ство"


def _shares_root(lemma: str, term: str) -> bool:
    """Whether two words of one family by their beginning share more than a prefix and a letter or
    two («прогр-амма» is no «прогр-ессив»: «про» and «гр»; «обращ-ение» is «обращ-аться»)."""
    start = _PREFIX.match(lemma)
    return _common_prefix(lemma, term) - (start.end() if start else 0) >= _ROOT_MIN


def _built_on(word: str, corrected: str) -> bool:
    """A Kazakh word whose stem is the stem of `corrected` and a derivational tail of
    DERIVED_MIN_TAIL letters or more is another word built on it, not a typo of it: «ұйымдастырды»
    ("organised", «ұйым» and the verb-forming «-дастыр») is no «ұйымдардың» ("of organisations"),
    as «қатысушылар» is no «қатысты»; a typo changes a letter or two, it does not add a suffix."""
    typed, meant = kazakh.stem(word), kazakh.stem(corrected)
    return typed.startswith(meant) and len(typed) - len(meant) >= DERIVED_MIN_TAIL


def _compound_on(lemma: str, meant: str) -> bool:
    """A word that is `meant` with a part of COMPOUND_MIN_HEAD letters or more before it is a
    compound built on it, not a typo of it: «наркопреступность» (drug crime) is no «преступность»,
    «киберзащита» no «защита»; a typo changes a letter or two, it does not add a word's part."""
    return lemma.endswith(meant) and len(lemma) - len(meant) >= COMPOUND_MIN_HEAD


def _openers(phrases: Iterable[str]) -> frozenset[str]:
    """The first words of the phrases: a phrase can only be in a text that has its first word."""
    return frozenset(words(fold(phrase))[0] for phrase in phrases)


def _phrase_parts(lemmas: tuple[str, ...], heads: tuple[int, ...]) -> tuple[str, ...]:
    """A phrase's Term.parts: the words it is a kind of, and each of them with each word it is of."""
    found = [lemmas[i] for i in heads]
    return (*found, *(f"{head} {other}" for head in found for other in lemmas if other != head))


def _abbreviates(word: str, phrase: Sequence[str]) -> bool:
    """«госуправление» of «государственное управление», «генпрок» of «генеральный прокурор»: the
    one word is a cut of the phrase's first word (shorter than it) and the start of its last."""
    first, last = phrase[0], phrase[-1]
    return any(
        last.startswith(word[cut:]) or word[cut:].startswith(last)
        for cut in range(ABBREVIATION_MIN_CUT, len(first))
        if first.startswith(word[:cut]) and len(word) - cut >= ABBREVIATION_MIN_TAIL
    )


def _negated(word: str, other: str) -> bool:
    """«верное» and «неверное», «правильно» and «неправильно»: one is the other's opposite, no typo."""
    return other == NEGATING_PREFIX + word or word == NEGATING_PREFIX + other


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _unmarked_english_when(text: str) -> str:
    """ "How will personal data be protected when AI is introduced?": typed without the comma, a
    "when" after a question opened by an asking word and words of its own, with a clause after it,
    is the conjunction ", when" is (Analyzer._normalised makes it a comma): the question asks how,
    not when. Not one the question opens with, nor one joined to the asking word ("Where and when
    was it held?", "since when"), nor one ending the question ("Who spoke, and when?")."""
    for clause in _BARE_ENGLISH_WHEN.finditer(text):
        before, after = words(text[: clause.start()]), words(text[clause.end() :])
        if len(before) < 2 or len(after) < CLAUSE_MIN_WORDS or before[-1] in _ENGLISH_WHEN_JOINED:
            continue
        if before[0] in _ENGLISH_ASKING or not _ENGLISH_ASKING.isdisjoint(before[:3]):
            return text[: clause.start()] + "," + text[clause.end() :]
    return text


def _opening_english_when(text: str) -> str:
    """ "When they bring in AI and analytics, does the draft also strengthen data protection?": a
    "when" opening a clause of its own (its subject next, not an asking word: "When was it held,
    and who spoke?" asks when), then a comma and the question asked by an asking word: the
    conjunction, not the question's "when" (made a comma, as _unmarked_english_when does)."""
    clause = _OPENING_ENGLISH_WHEN.match(text)
    if clause is None:
        return text
    inside, after = words(clause.group(1)), words(text[clause.end() :])
    if len(inside) < CLAUSE_MIN_WORDS or inside[0] in _ENGLISH_ASKING or not after:
        return text
    if after[0] not in _ENGLISH_ASKING:
        return text
    return "," + text[clause.start(1) :]


class Analyzer:
    def __init__(
        self,
        morph: Morphology,
        *,
        synonym_groups: Iterable[Iterable[str]] = (),
        question_words: Mapping[str, Iterable[str]] | None = None,
        stopwords: Iterable[str] = (),
        vocabulary: Vocabulary | None = None,
    ) -> None:
        self._morph = morph
        self._vocabulary = vocabulary
        # Question words: a word in its dictionary form by lemma (чей: чьими, чьи), a phrase (какого
        # числа) by text, a word in another form (сказал: not «скажите», not «сказано») as written;
        # such a word still counts as a word of the question too («предлагают»).
        self._kind_of_lemma: dict[str, str] = {}
        self._kind_of_form: dict[str, str] = {}
        # (kind, its phrases, their first words: a phrase can only be in a text that has its first word)
        self._kind_patterns: list[tuple[str, re.Pattern[str], frozenset[str]]] = []
        # phrases around other words («did * say») or marked to keep theirs («что + даёт»): found, but
        # the words they span or hold stay in the question
        self._kind_spans: list[tuple[str, re.Pattern[str], frozenset[str]]] = []
        for kind, phrases in (question_words or {}).items():
            multi = []
            spans = [phrase for phrase in phrases if " * " in phrase or " + " in phrase]
            if spans:
                self._kind_spans.append((kind, _phrase_pattern(spans), _openers(spans)))
            for phrase in phrases:
                found = words(fold(phrase))
                if " * " in phrase or " + " in phrase:
                    continue
                if len(found) > 1:
                    multi.append(phrase)
                elif self._lemma(found[0]) == found[0]:
                    self._kind_of_lemma[found[0]] = kind
                else:
                    self._kind_of_form[found[0]] = kind
            if multi:
                self._kind_patterns.append((kind, _phrase_pattern(multi), _openers(multi)))
        self._stop = frozenset(self._lemma(fold(word)) for word in stopwords)
        self._whole = frozenset(self._lemma(word) for word in WHOLE_WORDS)  # see _with_complements
        # the stems stopped only as an English participle ("interested": not "interests")
        self._stop_participles = self._participle_stems(stopwords)
        self._synonyms: dict[tuple[str, ...], str] = {}
        # each Russian phrase of several words (by its lemmas) -> its Term.parts
        self._parts: dict[tuple[str, ...], tuple[str, ...]] = {}
        groups = [list(group) for group in synonym_groups]
        self._learn_synonyms(groups)
        self._written_out = self._abbreviations(groups)
        self._first_names = self._names_beside_surnames(groups)
        self._max_phrase = max((len(k) for k in self._synonyms), default=1)
        self._phrase_starts = frozenset(lemmas[0] for lemmas in self._synonyms)
        # the lemmas of the curated phrases of several words (_misspelt_readings)
        self._phrase_words = frozenset(w for lemmas in self._synonyms if len(lemmas) > 1 for w in lemmas)
        self._phrase_surface = self._phrase_forms(vocabulary)
        # English words of the curated synonyms («ngos», «outreach»): English as typed, like the dictionary's
        self._english_synonyms = frozenset(w for lemmas in self._synonyms for w in lemmas if w.isascii())
        self._memoise()

    def _learn_synonyms(self, synonym_groups: list[list[str]]) -> None:
        """Each curated phrase, by its lemmas, -> its group's concept (the first phrase's lemmas)."""
        for group in synonym_groups:
            lemma_phrases = [(phrase, lemmas) for phrase in group if (lemmas := self._plain_lemmas(phrase))]
            if not lemma_phrases:
                continue
            canonical = " ".join(lemma_phrases[0][1])
            for phrase, lemmas in lemma_phrases:
                self._synonyms.setdefault(lemmas, canonical)
                if len(lemmas) > 1 and lemmas not in self._parts:
                    self._parts[lemmas] = _phrase_parts(lemmas, self._head_words(phrase))
        # then each phrase of several words by the other lemmas its words may have, so that it is
        # found in every case («персональных данных» as «персональные данные»)
        for group in synonym_groups:
            canonical = " ".join(self._plain_lemmas(next(iter(group), "")))
            for phrase in group:
                kept = [w for w in words(phrase) if self.is_content_word(w)]
                if len(kept) > 1:
                    heads = self._head_words(phrase)
                    for lemmas in product(*(self._morph.lemmas(w) for w in kept)):
                        self._synonyms.setdefault(lemmas, canonical)
                        if lemmas not in self._parts:
                            self._parts[lemmas] = _phrase_parts(lemmas, heads)
                    self._learn_object_first(kept, heads, canonical)

    def _learn_object_first(self, kept: list[str], heads: tuple[int, ...], canonical: str) -> None:
        """«мнениями обменивались», «превратно толковать», «порядок навести»: Russian puts a verb's
        object or adverb before it as freely as after, so a curated phrase of an infinitive and one
        word is found in either order (only that: a noun phrase's order tells its head)."""
        if len(kept) != 2 or self._morph.info(kept[0]).pos != "INFN":
            return
        reversed_heads = tuple(len(kept) - 1 - i for i in reversed(heads))
        for lemmas in product(*(self._morph.lemmas(w) for w in reversed(kept))):
            self._synonyms.setdefault(lemmas, canonical)
            if lemmas not in self._parts:
                self._parts[lemmas] = _phrase_parts(lemmas, reversed_heads)

    def _names_beside_surnames(self, groups: list[list[str]]) -> dict[str, str]:
        """Each surname a curated group names on its own («асылов») -> the first name the group writes
        beside it («берик асылов»): a first name by the dictionary, next to the surname alone."""
        out: dict[str, str] = {}
        for group in groups:
            alone = {fold(phrase) for phrase in group if len(words(fold(phrase))) == 1}
            for phrase in group:
                found = words(fold(phrase))
                if len(found) != 2 or found[0] == found[1]:
                    continue
                for name, surname in (found, found[::-1]):
                    if surname in alone and self._morph.first_name(name):
                        out.setdefault(surname, name)
        return out

    def _first_name_repaired(self, text: str) -> str:
        """«генеральный прокурор берег асылов»: a word right before a surname the documents name
        that misspells its first name (a letter or two off, sharing its first FIRST_NAME_PREFIX
        letters: «берег», «берега» for «берик») is that first name, not the dictionary word it
        happens to spell; another name («борис асылов») stays, and so does the name in Kazakh letters
        («Берік»: its own spelling)."""
        for surname, name in self._first_names.items():
            if surname not in text:
                continue
            found = words(text)
            for before, word in pairwise(found):
                if (
                    word.startswith(surname)
                    and before != name
                    and before[:FIRST_NAME_PREFIX] == name[:FIRST_NAME_PREFIX]
                    and abs(len(before) - len(name)) <= 1
                    and fuzz.ratio(before, name) >= FIRST_NAME_MIN_SCORE
                    and not self._morph.first_name(before)
                    and not kazakh.is_kazakh(before)
                ):
                    text = re.sub(rf"\b{re.escape(before)}(?=\s+{re.escape(word)}\b)", name, text)
        return text

    def _abbreviations(self, groups: list[list[str]]) -> dict[str, str]:
        """Each compound abbreviation of a curated phrase («госуправление»), by its lemmas -> the
        phrase of its group written out (spelt), the group's first such phrase."""
        out: dict[str, str] = {}
        for group in groups:
            phrases = [(phrase, found) for phrase in group if len(found := words(fold(phrase))) > 1]
            for word in (fold(w) for w in group if " " not in w.strip()):
                written = next((phrase for phrase, found in phrases if _abbreviates(word, found)), None)
                if written is not None:
                    out.update(dict.fromkeys(self._morph.lemmas(word), written))
        return out

    def _memoise(self) -> None:
        """Per-word and per-text caches: a knowledge base repeats its words thousands of times, users
        repeat theirs, and the readings of one question analyse its parts again and again.
        Bounded, since users' typos are unbounded; per vocabulary, since repair depends on it."""
        self._reading = lru_cache(maxsize=65536)(self._read_word)
        self._analysed = lru_cache(maxsize=4096)(self._analyse)

    @property
    def morphology(self) -> Morphology:
        return self._morph

    @property
    def concepts(self) -> frozenset[str]:
        """The canonical terms of the curated synonym groups: people, institutions, named ideas."""
        return frozenset(self._synonyms.values())

    @property
    def vocabulary(self) -> Vocabulary | None:
        """What the knowledge base says, when this analyzer repairs users' words onto it."""
        return self._vocabulary

    def with_vocabulary(self, vocabulary: Vocabulary) -> Analyzer:
        """The same analyzer, repairing users' words onto the knowledge base's vocabulary."""
        clone = copy.copy(self)
        clone._vocabulary = vocabulary
        clone._phrase_surface = clone._phrase_forms(vocabulary)
        clone._memoise()
        return clone

    def _phrase_forms(self, vocabulary: Vocabulary | None) -> LetterCounts:
        """The knowledge base's words that are forms of a curated phrase's words (_misspelt_readings)."""
        if vocabulary is None:
            return LetterCounts(())
        phrase_words = self._phrase_words
        return LetterCounts([w for w in vocabulary.surface if self._morph.info(w).lemma in phrase_words])

    # -- pipeline ---------------------------------------------------------------------------
    def folded(self, raw: str) -> str:
        """The text as `analyse` gives it (Analysis.text), without reading its words: small talk's
        patterns need no more, and a start-up then loads no English dictionary for them."""
        return " ".join(words(self._normalised(_without_markup(raw))))

    def analyse(self, raw: str) -> Analysis:
        """The text's words, content terms and question kinds. Memoised: the readings of one
        question analyse the same parts of it many times over."""
        return self._analysed(raw)

    def _analyse(self, raw: str) -> Analysis:
        text = _without_markup(raw)
        named = _english_names(text)
        places = _russian_names(text)
        text = self._normalised(text)
        all_words = tuple(words(text))
        present = set(all_words)
        kinds = {
            kind
            for kind, pattern, openers in (*self._kind_patterns, *self._kind_spans)
            if not openers.isdisjoint(present) and pattern.search(text)
        }
        content_words: Iterable[str] = all_words
        if kinds:  # question-word phrases (какого числа) are no content
            stripped = text
            for _, pattern, _ in self._kind_patterns:
                stripped = pattern.sub(" ", stripped)
            content_words = words(stripped)
        content: list[_Content] = []
        after_content: list[bool] = []  # whether each content word follows another with nothing between
        typed: list[str] = []  # each content word as written
        previous = False
        prior = ("", "")  # the two words before
        content_words = tuple(content_words)
        for at, word in enumerate(content_words):
            form_kind = self._kind_of_form.get(word)
            if form_kind is not None:  # «сказал» asks what was said, and is a word of the question too
                kinds.add(form_kind)
            kind, found = self._reading(word)
            if found is not None and word in named:
                found = (found[0], _as_name(word, found[1]))
            if found is not None and word in places:
                found = (found[0], _as_russian_name(found[1]))
            after = content_words[at + 1] if at + 1 < len(content_words) else ""
            if found is not None and (
                (
                    prior[1] in ENGLISH_ARTICLES
                    and (
                        prior[0] in ENGLISH_PREPOSITIONS
                        or prior[0] in ENGLISH_COPULAS
                        or after in ENGLISH_NOUN_FOLLOWERS
                        or (prior[1] == "the" and _noun_next(found[1], after))
                        # "Did the round table address the weather?": "the" and a new word closing
                        # the question, the object of its verb
                        or (prior[1] == "the" and not after)
                    )
                )
                or (
                    prior[1] in ENGLISH_ASKING_DETERMINERS
                    and (
                        prior[0] in ENGLISH_PREPOSITIONS
                        or prior[1] == "which"
                        or (not prior[0] and after in ENGLISH_AUXILIARIES)
                    )
                )
                or (
                    prior[1] in ENGLISH_POSSESSIVES
                    and not after
                    and (prior[1] != "s" or prior[0] not in ENGLISH_S_IS)
                )
                # "Does the text say anything about land?": the object of a preposition of topic
                or prior[1] in ENGLISH_TOPIC_PREPOSITIONS
                # "Will the presidential term change?": after "the" and an adjective, the noun (a new
                # word only: the dictionary is not loaded for the words the knowledge base knows)
                or (prior[0] == "the" and not found[1].known and _adjective_before(prior[1]))
                # "the estimated cost of…", "the planned budget is…": after "the" and a participle,
                # before "of" or a form of "be", a new word is the noun the participle qualifies
                or (
                    prior[0] == "the"
                    and after in ENGLISH_NOUN_FOLLOWERS
                    and prior[1].endswith("ed")
                    and not found[1].known
                )
            ):
                found = (found[0], _noun_after_article(word, found[1], closing=not after))
            if found is not None:
                found = (found[0], _verb_in_third_person(word, found[1], prior[1], after))
                found = (found[0], _kazakh_predicate(word, found[1], prior[1], after))
                found = (found[0], _kazakh_qualifier(word, found[1], after))
            prior = (prior[1], word)
            if kind is not None:
                kinds.add(kind)
            elif found is not None:
                content.append(found)
                after_content.append(previous)
                typed.append(word)
            previous = kind is None and found is not None
        terms = self._terms(self._with_complements(content, after_content, typed), after_content)
        return Analysis(
            text=" ".join(all_words),
            words=all_words,
            terms=terms,
            kinds=frozenset(kinds),
            values=frozenset(term.value for term in terms),
        )

    def _normalised(self, text: str) -> str:
        """The text folded, its script repaired, and written as the knowledge base writes it:
        contractions expanded, cut words and glued words restored, conjunctions («, когда», «, раз»)
        that ask nothing made commas, «кс» beside the written-out round table or asked what will
        become of it read as the Constitutional Court, plural values as principles, a significance
        acquired as a status, a chamber's speaker as its chairman, the protection of rights
        strengthened as their guarantees, «в первую очередь» before two sides as weighing them, a
        thing «во вступлении» as in the preamble, Kazakh postpositions of topic dropped, indefinite
        adverbs («где попало», «кому попало») dropped, «в эпоху X» read as «при X», "matters" after an
        adjective as aspects."""
        text = fold(self.repair_script(text))
        if "-" in text:
            text = _CONTRACTION.sub(self._expand, text)
        if any(ch.isdigit() for ch in text):
            text = _DATE_DIGITS.sub(_date_in_words, _DATE_CUT.sub(_date_in_words, text))
        if "." in text:
            text = _CUT_WORD.sub(self._uncut, text)
        text = _ORDINAL_ENDING.sub(r"\1", text)
        if self._vocabulary is not None:
            text = _GLUED.sub(self._unglued, text)
            text = self._unsplit(text)
        text = _yes_or_no(text)
        if "эпоху" in text or "эру" in text:
            text = _IN_THE_ERA.sub(IN_THE_TIME_OF, text)  # «в эпоху X»: «при X»
        if "попало" in text or "угодно" in text:
            text = _INDEFINITE.sub(" ", text)  # «где попало»: anywhere, no «where?»
        if (clause := _CLAUSE_WHEN.search(text)) and not _ASKING.isdisjoint(words(text[: clause.start()])):
            text = text[: clause.start()] + "," + text[clause.end() :]  # a conjunction, not «when?»
        if "когда" in text:
            text = self._unmarked_clause_when(text)
        if " when " in text:
            text = _unmarked_english_when(text)
        if text.lstrip().startswith("when "):
            text = _opening_english_when(text)
        if ", раз" in text or ",раз" in text:
            text = _CLAUSE_SINCE.sub(",", text)
        if "deal" in text:
            text = _DEALING_WITH.sub(rf"\g<head>{_CONCERNING}", text)
        text = _named_as_meant(text)
        text = self._first_name_repaired(text)
        if "ценност" in text:
            text = _VALUES_PLURAL.sub(self._values_as_principles, text)
        text = _first_of_all_weighing(_introduction_as_preamble(text))
        text = _rights_guaranteed(text)
        text = _matters_as_aspects(text)
        if (
            "кс" in text
            and _ROUND_TABLE_SHORT.search(text)
            and (_ROUND_TABLE_IN_FULL.search(text) or _ROUND_TABLE_SHORT_ACTING.search(text))
        ):
            text = _ROUND_TABLE_SHORT.sub(_ROUND_TABLE_SHORT_ELSE, text)
        return kazakh.as_present(kazakh.without_postpositions(kazakh.as_offence(text)))

    def _values_as_principles(self, found: re.Match[str]) -> str:
        """Plural values written as the principles they are (_VALUES_PLURAL); one value kept."""
        ending, before = found.group("ending"), found.group("before")
        if ending == "и" and not (
            before is not None
            and (self._morph.plural_adjective(before) or self._morph.info(before).pos == _NUMERAL_POS)
        ):
            return found.group(0)
        head = found.group(0)[: found.start("ending") - found.start(0) - len("ценност")]
        return f"{head}принцип{_PRINCIPLE_ENDING[ending]}"

    def _unmarked_clause_when(self, text: str) -> str:
        """«что будет с персональными данными когда внедрят искусственный интеллект»: typed without
        the comma, a «когда» after a question word and words of its own, then opening a clause (a
        verb next), is the conjunction «, когда» is. Not one right after the question word or «и»
        («Кто когда выступал?», «Что и когда обсуждали?»), nor one ending the question."""
        for clause in _BARE_WHEN.finditer(text):
            before, after = words(text[: clause.start()]), words(text[clause.end() :])
            if len(before) < 2 or not after or before[-1] in _ASKING or before[-1] in _WHEN_JOINED:
                continue
            if not _ASKING.isdisjoint(before) and self._morph.info(after[0]).pos in _CLAUSE_VERB_POS:
                return text[: clause.start()] + "," + text[clause.end() :]
            if self._between_verbs(before, after):
                return text[: clause.start()] + "," + text[clause.end() :]
        return text

    def _between_verbs(self, before: list[str], after: list[str]) -> bool:
        """«защиту данных усилят когда ии внедрят»: a yes/no question typed without «ли» or comma,
        whose own verb stands right before «когда» and whose clause after it has a verb of its own
        within two words: «когда» joins the two clauses (when AI comes in), no «when?» asked. Not
        «Выступал когда генпрокурор?», «Примут когда проект?» (no verb after it: when is asked)."""
        if len(after) < CLAUSE_MIN_WORDS or self._morph.info(before[-1]).pos != "VERB":
            return False
        return any(self._morph.info(w).pos in _CLAUSE_VERB_POS for w in after[:CLAUSE_MIN_WORDS])

    def _expand(self, found: re.Match[str]) -> str:
        """«конст-я» as «конституция»: a start that is no word of its own and a hyphenated ending
        stand for the one noun of the knowledge base that has both (of its words that do, the
        nouns: «новая конст-я» is not «конституционная»); else the text stays as typed. A start the
        dictionary knows may still be cut, when the knowledge base writes it as a word of its own
        («гос», the curated short form: «гос-ва» is «государства», not «гос» and «ва»). It reads as
        the knowledge base's form of the noun ending so, keeping its case, else as the lemma."""
        start, end = found.group(1), found.group(2)
        vocab = self._vocabulary
        if vocab is None or found.group(0) in vocab.surface:
            return found.group(0)
        if self._morph.info(start).known and start not in vocab.surface:
            return found.group(0)
        noun = self._only_lemma(
            vocab,
            start,
            lambda word, info: (
                info.pos == "NOUN"
                and end in (word[-len(end) :], info.lemma[-len(end) :])
                and len(info.lemma) > len(start) + len(end)
            ),
        )
        if noun is None:
            return found.group(0)
        # (the form the ending was typed of, when the knowledge base writes one: «гос-ва» keeps the
        # genitive of «государства», whose owner of rights a reading looks for)
        forms = [
            w for w in vocab.starting_with(start) if w.endswith(end) and self._morph.info(w).lemma == noun
        ]
        return min(forms, key=len, default=noun)

    def _uncut(self, found: re.Match[str]) -> str:
        """«уполномоч.», «чел.»: a start cut with a period stands for the one noun or adjective
        of the knowledge base that begins so (as its lemma); a word the knowledge base uses, or a
        start several of its words share, stays as typed."""
        start = found.group(1)
        vocab = self._vocabulary
        if vocab is None or start in vocab.surface:
            return found.group(0)
        lemma = self._only_lemma(
            vocab,
            start,
            lambda _, info: (
                info.pos in _CUT_POS and info.lemma.startswith(start) and len(info.lemma) > len(start) + 1
            ),
        )
        return found.group(0) if lemma is None else f"{lemma} "

    def _unglued(self, found: re.Match[str]) -> str:
        """«круглыйстол», «генпрокурорсказал»: a word no dictionary knows that is exactly two words
        the knowledge base uses, typed without the space, is those two words (when only one
        split makes two such words), unless it is a typo of one knowledge-base word; else it stays as
        typed (a typo is repaired later)."""
        word = found.group(0)
        vocab = self._vocabulary
        if vocab is None or word in vocab.surface or self._morph.info(word).known:
            return word
        if vocab.correct(word) is not None:  # «правасознание»: one word misspelt, not two glued
            return word
        splits = [
            (word[:i], word[i:])
            for i in range(GLUED_PART_MIN, len(word) - GLUED_PART_MIN + 1)
            if word[:i] in vocab.surface and word[i:] in vocab.surface
        ]
        return " ".join(splits[0]) if len(splits) == 1 else word

    def _unsplit(self, text: str) -> str:
        """«проку рор», «прокур ор»: a word split by a space, where a half is no word the dictionary
        knows and neither half one the knowledge base uses, while the two together are a word it
        uses, is that word; else both stay as typed («асы лов»: two dictionary words)."""
        vocab = self._vocabulary
        if vocab is None:
            return text
        found = list(_CYRILLIC_WORD.finditer(text))
        cuts = [
            (one.end(), two.start())
            for one, two in pairwise(found)
            if two.start() == one.end() + 1
            and text[one.end()] == " "
            and one.group() + two.group() in vocab.surface
            and one.group() not in vocab.surface
            and two.group() not in vocab.surface
            and not (self._morph.info(one.group()).known and self._morph.info(two.group()).known)
        ]
        for end, start in reversed(cuts):
            text = text[:end] + text[start:]
        return text

    def _only_lemma(self, vocab: Vocabulary, start: str, fits: Callable[[str, WordInfo], bool]) -> str | None:
        """The lemma of the knowledge base's words beginning with `start` whose reading `fits`,
        when they all share one; None when none fits or they stand for several words."""
        lemmas = {
            info.lemma for word in vocab.starting_with(start) if fits(word, info := self._morph.info(word))
        }
        return lemmas.pop() if len(lemmas) == 1 else None

    def _read_word(self, word: str) -> tuple[str | None, _Content | None]:
        """The question kind a word asks, or its lemma and term if it is a content word, or neither."""
        if len(word) < 2 and not word.isdigit():  # one-letter words are prepositions and noise
            return None, None
        typed = self._morph.info(word)
        if self._compound(word, typed):  # «наркопреступность»: a word of its own, no typo
            typed = replace(typed, known=True)
        info = self._repaired(word, typed) or typed
        kind = self._kind_of_lemma.get(info.lemma)
        if kind is not None:
            return kind, None
        if info.is_function_word or self._stopped(word, info):
            return None, None
        term = self._term(info)
        lemmas = self._morph.lemmas(word) if info is typed else self._cut_readings(word, info.lemma)
        if info is typed and len(word) <= CUT_KNOWN_MAX and not word.isascii():
            # «общ организации»: a short dictionary word («общ», of «общий») may be a longer one
            # cut short, read so within a synonym phrase only («общественная организация»)
            lemmas = tuple(dict.fromkeys([*lemmas, *self._cut_readings(word, info.lemma)[1:]]))
        if info is typed and info.known:
            lemmas = (*lemmas, *self._misspelt_readings(word, lemmas))
        return None, (lemmas, term if info is typed else replace(term, repaired=True))

    def _misspelt_readings(self, word: str, lemmas: tuple[str, ...]) -> tuple[str, ...]:
        """«на кругом столе»: a dictionary word the knowledge base never uses may be another word
        misspelt into it (a letter dropped from «круглом»); it is read as the knowledge-base word one
        typo away within a curated phrase only, which its neighbours must complete (on its own it
        stays the word typed: «кругом» is «around»)."""
        vocab = self._vocabulary
        if vocab is None or word.isascii() or word in vocab.surface:
            return ()
        # (the whole vocabulary is searched only for a word near some phrase's: most are near none)
        reach = self._phrase_surface.within_reach(word, TYPO_MIN_SCORE)
        near = process.extractOne(word, reach, scorer=fuzz.ratio, score_cutoff=TYPO_MIN_SCORE)
        if near is None:
            return ()
        corrected = vocab.correct(word)
        if corrected is None or len(corrected) < len(word) or _negated(word, corrected):
            # (a letter typed too many spells no dictionary word as often: «статья» is no «стать»)
            return ()
        lemma = self._morph.info(corrected).lemma
        return (lemma,) if lemma in self._phrase_words and lemma not in lemmas else ()

    def _cut_readings(self, word: str, lemma: str) -> tuple[str, ...]:
        """A repaired word's lemma and, if the word is cut short, the lemmas of the other knowledge-base
        words it begins, for a synonym phrase only («научн сообщ»: «сообщ» is read as «сообщить» on
        its own, but beside «научн» it is the «научное сообщество» the phrase names)."""
        vocab = self._vocabulary
        if vocab is None:
            return (lemma,)
        others = (self._morph.info(w).lemma for w in vocab.starting_with(word))
        return tuple(dict.fromkeys([lemma, *others]))[:MAX_CUT_READINGS]

    def repair_script(self, text: str) -> str:
        """Latin words become Cyrillic when the wrong layout or transliteration explains them.
        Each word is read on its own (an English question may name «Berik Asylov»); in a text
        with no Cyrillic, ties go to the reading that explains the whole text best."""
        if not has_latin(text):
            return text
        chunks = text.split(" ")
        mixed = has_cyrillic(text)
        readings = [
            _readings(c) if has_latin(c) and not has_cyrillic(c) and not (mixed and _lone_letter(c)) else None
            for c in chunks
        ]
        scores = [[self._plausibility(r) for r in options] if options else [] for options in readings]
        prior = 0
        if not has_cyrillic(text):
            totals = [sum(chunk_scores[i] for chunk_scores in scores if chunk_scores) for i in range(3)]
            prior = max(range(3), key=lambda i: (totals[i], -i))
        repaired = []
        for chunk, options, chunk_scores in zip(chunks, readings, scores, strict=True):
            if not options:
                repaired.append(chunk)
                continue
            best = max(range(3), key=lambda i: (chunk_scores[i], i == prior, -i))
            # in a text that reads as typed (English), an English word stays English («day» is not
            # «дай», «here» not «руку», «data» not «дата»); another word (a name: «Asylov», «Tokayev»)
            # is read in Cyrillic when that reading is a word
            # (Latin capitals stay an abbreviation in a text with no Cyrillic only: «AСТЙ DS» is typed
            # in the wrong layout, whatever the case)
            acronym = not mixed and _acronym(chunk)
            english = prior == 0 and (acronym or all(self._is_english(w) for w in words(chunk)))
            if chunk_scores[best] > 0 and not english:
                repaired.append(options[best])
            elif prior and not self._is_english(chunk):
                # a word nothing explains, in a text read in another script, is read so too: a
                # later typo repair may know it («zashishat», «щ» typed as «sh», is «зашишат»)
                repaired.append(options[prior])
            else:
                repaired.append(chunk)
        return " ".join(repaired)

    def _plausibility(self, candidate: str) -> float:
        found = words(candidate)
        if not found:
            return 0.0
        total = 0.0
        for word in found:
            vocab = self._vocabulary
            if vocab and word in vocab.surface:
                total += KNOWN_WORD + 1
            elif has_cyrillic(word) and (self._morph.info(word).known or (vocab and vocab.correct(word))):
                total += KNOWN_WORD
            elif self._is_english(word):
                # an English word is as plausible as typed as a Russian one transliterated
                total += KNOWN_WORD
        return total / len(found)

    def _is_english(self, word: str) -> bool:
        """A word of the English dictionary, or an English word of the curated synonyms or stopwords
        («ngos», «who»)."""
        if not (word.isascii() and word.isalpha()):
            return False
        info = self._morph.info(word)
        return info.known or info.lemma in self._english_synonyms or info.lemma in self._stop

    def _terms(self, content: list[_Content], after_content: list[bool]) -> tuple[Term, ...]:
        """Each content word's term, a synonym phrase's words (longest first) replaced by its concept.
        `after_content`: whether each content word follows the one before it with nothing between."""
        starts = self._phrase_starts
        if all(starts.isdisjoint(lemmas) for lemmas, _ in content):  # the common case
            return tuple(term for _, term in content)
        terms: list[Term] = []
        i = 0
        while i < len(content):
            lemmas, term = content[i]
            if (
                after_content[i]
                and terms
                and " " in terms[-1].value
                and terms[-1].value.rsplit(" ", 1)[1] in lemmas
            ):
                # the concept's own head noun right after a word read as it («правоохранит органах»:
                # the word cut short is read as «правоохранитель», law enforcement, and «органах»
                # is its noun said again)
                i += 1
                continue
            if (shared := self._shared_head(content, i)) is not None:
                terms.append(shared)
                i += 1
                continue
            if starts.isdisjoint(lemmas):  # no synonym phrase starts here
                terms.append(term)
                i += 1
                continue
            for size in range(min(self._max_phrase, len(content) - i), 0, -1):
                key = self._phrase(content[i : i + size])
                if key is not None:
                    parts = self._parts.get(key, ())
                    terms.append(Term(self._synonyms[key], parts=parts))
                    i += size
                    break
            else:
                past = self._phrase_past_adjective(content, i)
                terms.extend(past or (term,))
                i += 3 if past else 1
        return tuple(terms)

    def _phrase_past_adjective(self, content: list[_Content], i: int) -> tuple[Term, Term] | None:
        """«обучение будущих юристов», «подготовка молодых юристов»: an adjective between the noun of a
        curated two-word phrase and the noun after it («обучение юристов») leaves the phrase named;
        the adjective, a word the knowledge base knows, is read as a word of its own after it."""
        if i + 2 >= len(content) or content[i][1].pos != "NOUN" or content[i + 1][1].pos != "ADJF":
            return None
        if not content[i + 1][1].known:
            return None  # («подготовка иностранных юристов»: a kind of them the documents never name)
        key = self._phrase([content[i], content[i + 2]])
        if key is None:
            return None
        return Term(self._synonyms[key], parts=self._parts.get(key, ())), content[i + 1][1]

    def _shared_head(self, content: list[_Content], i: int) -> Term | None:
        """«некоммерческие и гражданские объединения»: an adjective the knowledge base never uses,
        coordinated before a synonym phrase of words, shares that phrase's noun; it is read as the
        phrase it makes with the noun, when that phrase is curated («некоммерческое объединение»).
        Only a word the knowledge base lacks (its own text is read as written: «научного и
        экспертного сообщества» names one phrase in its entries)."""
        term = content[i][1]
        if term.known or term.pos != "ADJF":
            return None
        for size in range(min(self._max_phrase, len(content) - i - 1), 1, -1):
            window = content[i + 1 : i + 1 + size]
            if self._phrase(window) is not None:
                key = self._phrase([content[i], *window[1:]])
                return None if key is None else Term(self._synonyms[key], parts=self._parts.get(key, ()))
        return self._shared_noun(content, i)

    def _shared_noun(self, content: list[_Content], i: int) -> Term | None:
        """«некоммерческие и общественные структуры»: the adjective before another adjective and its
        noun shares that noun too, though the second one and the noun make no curated phrase; it is
        read as the curated phrase it makes with the noun («некоммерческая структура»)."""
        if i + 2 >= len(content) or content[i + 1][1].pos != "ADJF" or content[i + 2][1].pos != "NOUN":
            return None
        key = self._phrase([content[i], content[i + 2]])
        return None if key is None else Term(self._synonyms[key], parts=self._parts.get(key, ()))

    def _phrase(self, window: list[_Content]) -> tuple[str, ...] | None:
        """The synonym phrase (its lemmas, a key of _synonyms) these words make, by their likeliest
        lemmas first."""
        likeliest = tuple(lemmas[0] for lemmas, _ in window)
        if likeliest in self._synonyms:
            return likeliest
        if all(len(lemmas) == 1 for lemmas, _ in window):
            return None
        if len(window) == 1:  # a dictionary word by its likeliest lemma only; a word the dictionary
            # lacks (slang: «нейронки») by any of the lemmas guessed for it, all as doubtful
            lemmas, term = window[0]
            guesses = () if term.real_word else lemmas[1:]
            return next(((lemma,) for lemma in guesses if (lemma,) in self._synonyms), None)
        return next(
            (key for key in product(*(lemmas for lemmas, _ in window)) if key in self._synonyms), None
        )

    def _with_complements(
        self, content: list[_Content], after_content: list[bool], typed: list[str]
    ) -> list[_Content]:
        """Each word the knowledge base says inside a phrase (Vocabulary.parts) with the words asked
        with it that say which one is meant, which a phrase lending it must agree with (Term.complement,
        Term.qualifier): a noun in the genitive right after it, whose it is («работа прокуратуры» is
        the prosecutor's office's work, no kind of the text's «разъяснительная работа»; «права граждан»
        are the rights of «прав и свобод граждан»), not the documents' whole (WHOLE_WORDS), which
        every entry is of («интерпретации реформы» are the text's «неточных интерпретаций» of the
        reform); an adjective right before it; a noun it is in the genitive after that the knowledge
        base never uses («нормы закона» are no kind of the text's «Основной Закон»)."""
        parts = self._vocabulary.parts if self._vocabulary is not None else frozenset()
        if not parts:
            return content
        out = content
        for i, (lemmas, term) in enumerate(content):
            if term.value not in parts:
                continue
            complement = qualifier = ""
            if (
                i + 1 < len(content)
                and after_content[i + 1]
                and content[i + 1][1].value not in self._whole
                and self._morph.genitive_noun(typed[i + 1])
            ):
                complement = content[i + 1][1].value
            if i and after_content[i]:
                qualifier = self._qualifier(content[i - 1][1], typed[i])
            if complement or qualifier:
                out = out if out is not content else list(content)
                out[i] = (lemmas, replace(term, complement=complement, qualifier=qualifier))
        return out

    def _qualifier(self, before: Term, typed: str) -> str:
        """The term of the word before a phrase's word that says which one is meant (Term.qualifier):
        an adjective (by its concept: «религиозные объединения», «содержательный обмен»), or a noun
        the knowledge base never uses that the word is in the genitive after («норм закона»)."""
        if before.pos == "ADJF":
            return self._synonyms.get((before.value,), before.value)
        if before.pos == "NOUN" and not before.known and self._morph.genitive_noun(typed):
            return before.value
        return ""

    def _head_words(self, phrase: str) -> tuple[int, ...]:
        """The places (among its content words) of the words a Russian synonym phrase names a kind of:
        its head noun, the words before it and the nouns joined to it by «и» («неточная
        интерпретация» is an interpretation, «права и свободы» are rights), not the words it is of (a
        noun after the head, any word after a preposition: «уполномоченный по правам человека» is no
        kind of right, «администрация президента» no kind of president). None of a phrase with a word
        the Russian dictionary lacks (English, Kazakh: their word order tells other heads)."""
        found = words(phrase)
        if not all(self._morph.is_russian(word) for word in found):
            return ()
        heads: list[int] = []
        place = 0
        noun = joined = False
        for word in found:
            info = self._morph.info(word)
            if info.pos == "PREP" or (noun and not joined and info.pos == "NOUN"):
                break
            joined = word in _JOINING or (joined and not self.is_content_word(word))
            if self.is_content_word(word):
                heads.append(place)
                place += 1
                noun = noun or info.pos == "NOUN"
        return tuple(heads)

    def spelt(self, word: str) -> str:
        """The knowledge-base word a misspelt word is read as («принцыпы»: «принципы»), else the
        word as typed: the embedding reads the words, and a typo it has never seen moves a
        question away from its entry though the lexical side reads it right."""
        typed = self._morph.info(word)
        if not typed.known and (written := self._written(word)) is not None:
            return written
        if self._compound(word, typed):
            return word
        return self._meant(word, typed) or word

    def _written(self, word: str) -> str | None:
        """The curated phrase a compound abbreviation no dictionary holds stands for («госуправления»:
        «государственное управление»), written out when the knowledge base uses the phrase: the
        embedding reads such a coinage far from the phrase the lexical side reads it as (one the
        dictionary holds, «генпрокурор», «госорган», is a word of its own the model knows too)."""
        vocab = self._vocabulary
        if vocab is None:
            return None
        lemmas = (lemma for lemma in self._morph.lemmas(word) if lemma in self._written_out)
        phrase = next((self._written_out[lemma] for lemma in lemmas), None)
        if phrase is None or self._synonyms.get(self._plain_lemmas(phrase)) not in vocab.terms:
            return None
        return phrase

    def _repaired(self, word: str, info: WordInfo) -> WordInfo | None:
        """The dictionary entry of the knowledge-base word a typo most likely meant, if any."""
        meant = self._meant(word, info)
        return None if meant is None else replace(self._morph.info(meant), known=True)

    def _meant(self, word: str, info: WordInfo) -> str | None:
        """The knowledge-base word a typo most likely meant, if any; «-ова» for the adjective's
        «-ого» as it is pronounced («круглова стола»: not the surname)."""
        vocab = self._vocabulary
        if vocab is None or word in vocab.surface:
            return None
        if kazakh.is_kazakh(word) and info.lemma in vocab.terms:
            return None  # a form of a Kazakh word the knowledge base uses: its stem is the reading
        if word.endswith(_SPOKEN_GENITIVE) and (written := word[:-3] + word[-3] + "го") in vocab.surface:
            return written
        if not info.known and (spelt := self._yo_spelt(word)) is not None:
            return spelt
        # a word the curated synonyms know is no typo, however close another document's word is
        # («персданными» is «персональные данные», not «переданными»)
        if not info.known and self._phrase_starts.isdisjoint(self._morph.lemmas(word)):
            corrected = vocab.correct(word)
            if corrected is None and info.lemma != word and info.pos is not None and not word.isascii():
                # a form the knowledge base never uses, misspelt («эфективнее»): its guessed lemma
                # («эфективный») may be a misspelt lemma the knowledge base does use
                corrected = vocab.correct(info.lemma)
            if (
                corrected is not None
                and self._onto_kazakh(word, corrected)
                and not self._kazakh_typo(word, corrected)
            ):
                corrected = None
            if corrected is not None and (corrected.startswith(word) or not vocab.starting_with(word)):
                # (a word some of the knowledge base's words begin with is cut short, not misspelt:
                # «конст» is no law's «конт»)
                return corrected
            return self._cut_word(word)
        return None

    def _cut_word(self, word: str) -> str | None:
        """«по констит», «правосоз»: a Russian word no dictionary knows, CUT_MIN_LEN letters or more,
        that the knowledge base's words of one family begin (конституции, конституционный) is that
        family's word cut short: the first of them whose lemma is the family's shortest («конституции»
        of «конституция»); None when they are of several families or none."""
        vocab = self._vocabulary
        if vocab is None or len(word) < CUT_MIN_LEN or word.isascii() or kazakh.is_kazakh(word):
            return None
        begun = vocab.starting_with(word)
        if not begun:
            return None
        lemmas = {w: self._morph.info(w).lemma for w in begun}
        root = min(lemmas.values(), key=lambda lemma: (len(lemma), lemma))
        family = {root, *vocab.family(root)}
        if not family.issuperset(lemmas.values()):
            return None
        return next(w for w, lemma in lemmas.items() if lemma == root)

    def _yo_spelt(self, word: str) -> str | None:
        """«учоных» for «учёных»: a word no dictionary knows whose «о» after a hushing consonant,
        written «ё» (folded «е»), gives one the dictionary does know."""
        if not _SPOKEN_YO.search(word):
            return None
        spelt = _SPOKEN_YO.sub("е", word)
        return spelt if self._morph.info(spelt).known else None

    def _compound(self, word: str, info: WordInfo) -> bool:
        """A Russian word no dictionary holds that a knowledge-base word of the dictionary closes,
        after a part of its own («наркопреступностью»: «нарко» and «преступность»), is a compound
        of it (_compound_on), a real word of its own rather than a typo of the word it closes."""
        vocab = self._vocabulary
        if vocab is None or info.known or info.pos is None or word in vocab.surface or word.isascii():
            return False
        corrected = vocab.correct(word) or vocab.correct(info.lemma)
        if corrected is None:
            return False
        meant = self._morph.info(corrected)
        return meant.known and _compound_on(info.lemma, meant.lemma)

    def _onto_kazakh(self, word: str, corrected: str) -> bool:
        """The repair is of a Kazakh word, or onto one typed without its letters (the knowledge
        base's «тендик» of «заң алдындағы теңдік» typed so): «енди» («енді», "now") is no «тендик»."""
        if kazakh.is_kazakh(word):
            return True
        return not corrected.isascii() and not self._morph.is_russian(corrected)

    def _kazakh_typo(self, word: str, corrected: str) -> bool:
        """Whether a Kazakh word unknown to the knowledge base may be a typo of `corrected`: not
        when the first letter differs («салық», "tax", is no «халық») nor when it would be read as a
        stopword (the light verb «етеді» is one letter from «енеді», "enters")."""
        return (
            corrected[0] == word[0]
            and self._lemma(corrected) not in self._stop
            and not _built_on(word, corrected)
        )

    def _term(self, info: WordInfo) -> Term:
        vocab = self._vocabulary
        if vocab is None or info.lemma in vocab.terms:
            return Term(info.lemma, pos=info.pos)
        if info.known and not info.lemma.isascii():  # Snowball's stems already join English families
            family = [
                term
                for term in vocab.family(info.lemma)
                if _shares_root(info.lemma, term)
                and not self._noun_as_adjective(info, term)
                and not self._thing_as_person(info, term)
                and not self._body_as_act(info, term)
                and not self._person_as_act(info, term)
            ]
            if family:
                return Term(family[0], pos=info.pos)
        if not info.known and self._compound_word(info.lemma):
            return Term(info.lemma, known=False, real_word=True, pos="NOUN")
        return Term(info.lemma, known=False, real_word=info.known, pos=info.pos)

    def _compound_word(self, lemma: str) -> bool:
        """«соцопрос», «госзаказ», «политпартия»: a Russian compound of a shortened adjective and a
        noun the dictionary lacks is a real word (a social poll, a subject of its own) when the rest
        is a noun the dictionary has, not a typo of a word the documents use."""
        prefix = next((p for p in COMPOUND_PREFIXES if lemma.startswith(p)), None)
        if prefix is None or len(lemma) - len(prefix) < COMPOUND_REST_MIN:
            return False
        rest = self._morph.info(lemma[len(prefix) :])
        return rest.known and rest.pos == "NOUN"

    def _noun_as_adjective(self, info: WordInfo, term: str) -> bool:
        """A noun the documents never use is not their adjective of its family: «в избирательной
        системе» names a system, not the text's «системная (работа)», "systematic"; the adjective
        says how a thing is done, the noun names another thing (whose kind the question asks)."""
        return info.pos == "NOUN" and self._morph.info(term).pos == "ADJF"

    def _body_as_act(self, info: WordInfo, term: str) -> bool:
        """A noun in «-ство» the documents never use is not their verb of its family: it names a
        body, a status or a collective («сообщество», a community), not the act the verb names
        («сообщить», to report), so «Какие сообщества были представлены?» asks of communities, not of
        what someone reported."""
        return (
            info.pos == "NOUN"
            and info.lemma.endswith(_PERSONS_ABSTRACT)
            and self._morph.info(term).pos in PREDICATE_POS
        )

    def _person_as_act(self, info: WordInfo, term: str) -> bool:
        """A noun of a person the documents never use is not their verb of its family: it names who
        one is («призывник», a conscript), not the act the verb names («призывать», to call on), so
        «Изменится ли что-нибудь для призывников?» asks of conscripts, not of a call to take part."""
        return (
            info.pos == "NOUN"
            and self._morph.info(term).pos in PREDICATE_POS
            and self._morph.animate_noun(info.lemma)
        )

    def _thing_as_person(self, info: WordInfo, term: str) -> bool:
        """A noun the documents never use that names a thing is not their noun of a person of its
        family: «президиум» (a body sitting at a meeting) is no «президент», and a question of who sat
        in it asks of a thing the documents never name, not of the President. The abstract noun in
        «-ство» of a person is the exception: it names that person's status or office, or those
        persons as a body («гражданство», «президентство», «руководство»). (A person's noun is read
        as the thing of its family, «прокурор» as «прокуратура»: the person belongs to it.)"""
        return (
            info.pos == "NOUN"
            and not info.lemma.endswith(_PERSONS_ABSTRACT)
            and not self._morph.animate_noun(info.lemma)
            and self._morph.animate_noun(term)
        )

    def _plain_lemmas(self, phrase: str) -> tuple[str, ...]:
        return tuple(self._morph.info(word).lemma for word in words(phrase) if self.is_content_word(word))

    def is_content_word(self, word: str) -> bool:
        """Not a function word (a preposition, pronoun, particle…) nor a stopword."""
        info = self._morph.info(word)
        return not info.is_function_word and not self._stopped(word, info)

    def is_stopword(self, word: str) -> bool:
        """A curated stopword: a filler, a familiar address («бро», «братан»), a frame of asking."""
        return self._stopped(word, self._morph.info(word))

    def _stopped(self, word: str, info: WordInfo) -> bool:
        """A stopword, as its lemma; but not an English plural noun of a stem listed only as a
        participle: the asker's "interested" is no word of the question, someone's "interests"
        are (the stem "interest" is both)."""
        if info.lemma not in self._stop:
            return False
        return not (
            info.lemma in self._stop_participles
            and word.isascii()
            and info.pos == "NOUN"
            and word.endswith("s")
        )

    def _lemma(self, word: str) -> str:
        return self._morph.info(word).lemma

    def _participle_stems(self, stopwords: Iterable[str]) -> frozenset[str]:
        """The lemmas of the stopwords listed only as English participles in "-ed"."""
        forms: dict[str, set[str]] = {}
        for word in stopwords:
            forms.setdefault(self._lemma(fold(word)), set()).add(fold(word))
        return frozenset(
            lemma for lemma, found in forms.items() if all(f.isascii() and f.endswith("ed") for f in found)
        )


def _yes_or_no(text: str) -> str:
    """«…? ия или нет» read as «…? да или нет» (_YES_OR_NO)."""
    if " или " not in text or ("ия" not in text and "иа" not in text):
        return text
    return _YES_OR_NO.sub("да ", text)


def _date_in_words(found: re.Match[str]) -> str:
    """«27 февр», «27.02.2026» as the text writes a date: «27 февраля», «27 февраля 2026» (_DATE_CUT,
    _DATE_DIGITS)."""
    parts = [g for g in found.groups() if g is not None]
    day, month, year = parts[0], parts[1], parts[2] if len(parts) > 2 else None
    name = _MONTH_GENITIVES[int(month) - 1] if month.isdigit() else _MONTH_CUTS[month]
    return f"{int(day)} {name} {year}" if year else f"{int(day)} {name}"
