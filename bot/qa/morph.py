"""Word forms to lemmas behind a small cached interface: Russian by pymorphy3, Kazakh words (spelt
with Kazakh letters) by a light suffix stripper (bot/qa/kazakh.py), English by the Snowball stemmer.

pymorphy3 returns lemmas with ё and invents lemmas for unknown words (typos), so callers ask
`is_known` before trusting a lemma, and lemmas are ё-folded here. Kazakh words are never
`known`: they are not Russian dictionary words, whatever the knowledge base holds; an English word is
known when the English dictionary (LemmInflect) holds it, which also gives its part of speech.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache

import pymorphy3
import snowballstemmer
from pymorphy3.analyzer import Parse

from bot.qa import kazakh

# Parts of speech that never carry the topic of a question.
FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "INTJ", "NPRO", "PRED"})
# A verb or participle: a phrase starting with one names an action, not a subject («принять участие»).
PREDICATE_POS = frozenset({"VERB", "INFN", "GRND", "PRTF", "PRTS"})
# Pronominal words carry none either, whatever their part of speech: pronominal adjectives (какой,
# этот, весь), demonstratives (там, тут, тогда), interrogatives (где, почему).
PRONOMINAL = frozenset({"Apro", "Dmns", "Ques"})
# How many of a word's possible lemmas a synonym phrase may be found by.
MAX_LEMMAS = 3


@dataclass(frozen=True, slots=True)
class WordInfo:
    lemma: str
    pos: str | None
    known: bool
    pronominal: bool = False
    future: bool = False  # a verb in the future tense

    @property
    def is_function_word(self) -> bool:
        return self.pronominal or self.pos in FUNCTION_POS


# A word's `info` and `lemmas` as plain data (a tuple pickles and loads far faster than a dataclass):
# lemma, pos, known, pronominal, future, lemmas.
WordReading = tuple[str, str | None, bool, bool, bool, tuple[str, ...]]


class Morphology:
    def __init__(self) -> None:
        self._morph = pymorphy3.MorphAnalyzer(lang="ru")
        self._english = snowballstemmer.stemmer("english")
        self._english_lock = threading.Lock()
        self.info = lru_cache(maxsize=65536)(self._info)
        self.lemmas = lru_cache(maxsize=65536)(self._lemmas)
        # a word's readings, kept a while: its `info` and then its `lemmas` are asked one after
        # the other (a question's new word), and pymorphy's parse is most of the cost of either
        self._parse = lru_cache(maxsize=1024)(self._parse_uncached)
        # readings worked out elsewhere (a compiled index holds its vocabulary's): see `learn`
        self._learnt: dict[str, WordReading] = {}
        self._recorded: list[str] | None = None  # see `record`

    def reading(self, word: str) -> WordReading:
        """The word's `info` and `lemmas` as plain data, for `learn`."""
        info = self.info(word)
        return (info.lemma, info.pos, info.known, info.pronominal, info.future, self.lemmas(word))

    def learn(self, words: Sequence[str], readings: Sequence[WordReading]) -> None:
        """Take these words' readings as given (`reading` made them, with this code and these
        dictionaries: the compiled index's cache key includes both), so that a word a
        knowledge base uses is never parsed again in a process that loaded its index: the parse
        is most of the cost of a question's new word."""
        self._learnt.update(zip(words, readings, strict=True))

    @contextmanager
    def record(self) -> Iterator[list[str]]:
        """The words parsed (not learnt) while in this block, in the list it gives: a start-up's
        words, whose readings a cache keeps for the next start (index_cache.startup_words)."""
        recorded: list[str] = []
        self._recorded = recorded
        try:
            yield recorded
        finally:
            self._recorded = None

    def is_russian(self, word: str) -> bool:
        """A word of the Russian dictionary, as written (a lookup: no lemma is guessed)."""
        return bool(self._morph.word_is_known(word))

    def _lemmas(self, word: str) -> tuple[str, ...]:
        """Every lemma the dictionary allows the word (at most MAX_LEMMAS), the likeliest first:
        pymorphy reads «данные» as a form of «дать» but «данных» as «данные», «основного» as
        «основный» but «основной» as itself, so a phrase is found by any of them."""
        learnt = self._learnt.get(word)
        if learnt is not None:
            return learnt[5]
        first = self.info(word).lemma
        if not word.isalpha() or word.isascii() or kazakh.is_kazakh(word):
            return (first,)
        try:
            parses = self._parse(word)
        except ValueError:
            return (first,)
        found = dict.fromkeys([first, *(p.normal_form.replace("ё", "е") for p in parses)])
        return tuple(found)[:MAX_LEMMAS]

    def plural_verb(self, word: str) -> bool:
        """A Russian verb in the plural («говорили», «считают»): with no subject of its own, the
        indefinite-personal «что говорили про…» (what was said), not what someone said."""
        parse = self._russian_parse(word)
        return parse is not None and parse.tag.POS == "VERB" and "plur" in parse.tag.grammemes

    def plural_participle(self, word: str) -> bool:
        """A Russian participle in the plural by its likeliest reading («выступавших», not the one
        speaker of «выступавшего»)."""
        parse = self._russian_parse(word)
        return parse is not None and parse.tag.POS == "PRTF" and "plur" in parse.tag.grammemes

    def case_of(self, word: str) -> tuple[str, bool] | None:
        """The case of a Russian noun, pronoun or adjective by its likeliest reading, and whether it
        is plural («продолжением»: ablt; «учёные»: nomn, plural); None for other words. A plural
        nominative can be a plural verb's subject, an instrumental the thing something is held to
        be («считают продолжением»)."""
        parse = self._russian_parse(word)
        if parse is None or parse.tag.POS not in {"NOUN", "NPRO", "ADJF"} or not parse.tag.case:
            return None
        return str(parse.tag.case), "plur" in parse.tag.grammemes

    def noun_cases(self, word: str) -> frozenset[str]:
        """The cases of every noun reading of a Russian word («закон»: nominative and accusative
        alike), empty for a word with none: two nouns joined by «и» share one of them."""
        if self._russian_parse(word) is None:
            return frozenset()
        return frozenset(str(p.tag.case) for p in self._parse(word) if p.tag.POS == "NOUN" and p.tag.case)

    def may_be_plural(self, word: str) -> bool:
        """A Russian noun with a plural reading, likeliest or not («организации»: a genitive singular
        first, a plural too; not «дату», «место»)."""
        if self._russian_parse(word) is None:
            return False
        return any(p.tag.POS == "NOUN" and "plur" in p.tag.grammemes for p in self._parse(word))

    def may_be_plural_subject(self, word: str) -> bool:
        """A Russian noun with a nominative plural reading, likeliest or not («нейросети»: first a
        genitive singular, also the plural subject of «упоминаются»)."""
        if self._russian_parse(word) is None:
            return False
        return any(p.tag.POS == "NOUN" and {"nomn", "plur"} <= p.tag.grammemes for p in self._parse(word))

    def animate_noun(self, word: str) -> bool:
        """A Russian noun naming people or animals by its likeliest reading («юристов», «граждане»):
        a lack of them is no action left undone («нехватка юристов», not «нехватка разъяснений»)."""
        parse = self._russian_parse(word)
        return parse is not None and parse.tag.POS == "NOUN" and "anim" in parse.tag.grammemes

    def imperative(self, word: str) -> bool:
        """A Russian verb in the imperative («дай», «придумайте»): the asker asks for something to be
        done, a reply of some form («дай короткий заголовок»), not what the documents did."""
        parse = self._russian_parse(word)
        return parse is not None and parse.tag.POS == "VERB" and parse.tag.mood == "impr"

    def may_be_imperative(self, word: str) -> bool:
        """A Russian word one of whose readings is an imperative («объясните» is first read as the
        future «you will explain»): where only a request makes sense, it is one."""
        if self._russian_parse(word) is None:
            return False
        return any(p.tag.POS == "VERB" and p.tag.mood == "impr" for p in self._parse(word))

    def past_predicate(self, word: str) -> bool:
        """A Russian verb or participle in the past tense («участвовал», «обсуждались», «приглашён»)."""
        parse = self._russian_parse(word)
        return parse is not None and parse.tag.POS in {"VERB", "PRTF", "PRTS"} and parse.tag.tense == "past"

    def past_verb(self, word: str) -> bool:
        """A finite Russian verb in the past tense («привлекли»), not a participle («привлечён»)."""
        parse = self._russian_parse(word)
        return parse is not None and parse.tag.POS == "VERB" and parse.tag.tense == "past"

    def personal_past_verb(self, word: str) -> bool:
        """A Russian verb in the past singular, masculine or feminine («слышал», «увидела»): opening a
        sentence with no subject of its own, the speaker's (Russian drops the «я»)."""
        parse = self._russian_parse(word)
        return (
            parse is not None
            and parse.tag.POS == "VERB"
            and parse.tag.tense == "past"
            and parse.tag.number == "sing"
            and parse.tag.gender in {"masc", "femn"}
        )

    def surely_future(self, word: str) -> bool:
        """A Russian verb in the future tense by every verb reading of it («сократят», «подпишет»,
        «будут»); not one that may also be a present («отводят»: «отвести» or «отводить»)."""
        if self._russian_parse(word) is None:
            return False
        verbs = [p for p in self._parse(word) if p.tag.POS == "VERB"]
        return bool(verbs) and all(p.tag.tense == "futr" for p in verbs)

    def place_name(self, word: str) -> bool:
        """A Russian geographical name by its likeliest reading («Алматы», «Астаны»): a place, no
        body of its own («полиции Алматы» is the police)."""
        parse = self._russian_parse(word)
        return parse is not None and "Geox" in parse.tag

    def genitive_noun(self, word: str) -> bool:
        """A Russian noun in the genitive by its likeliest reading («населения», «граждан»): after
        another noun, whose that noun is («интересов населения»)."""
        parse = self._russian_parse(word)
        return parse is not None and parse.tag.POS == "NOUN" and parse.tag.case == "gent"

    def genitive_adjective(self, word: str) -> bool:
        """A Russian adjective in the genitive by its likeliest reading («правоохранительных»): between
        a noun and its owner, part of the owner's name («работы правоохранительных органов»)."""
        parse = self._russian_parse(word)
        return parse is not None and parse.tag.POS == "ADJF" and parse.tag.case == "gent"

    def first_person_verb(self, word: str) -> bool:
        """A Russian verb in the first person («спрашиваю», «интересуюсь», «уточним»): the asker
        speaks of themselves («Как адвокат спрашиваю: …»)."""
        parse = self._russian_parse(word)
        return parse is not None and parse.tag.POS == "VERB" and parse.tag.person == "1per"

    def person(self, word: str) -> bool:
        """A Russian noun naming one person, in the nominative («специалист», «юрист», «учительница»):
        «как специалист по комплаенсу» says who the asker is («Как участники оценили…» does not)."""
        parse = self._russian_parse(word)
        return parse is not None and bool(
            parse.tag.POS == "NOUN" and {"anim", "nomn", "sing"} <= parse.tag.grammemes
        )

    def people(self, word: str) -> bool:
        """A Russian noun naming persons in the nominative plural («экскурсанты», «клиенты»)."""
        parse = self._russian_parse(word)
        return parse is not None and bool(
            parse.tag.POS == "NOUN" and {"anim", "nomn", "plur"} <= parse.tag.grammemes
        )

    def ordinal(self, word: str) -> bool:
        """A word placing one item in a sequence: a Russian ordinal («четвёртый», «первая») or
        «последний», an English one ("fourth", "last")."""
        if word.isascii():
            return word in ENGLISH_ORDINALS
        parse = self._russian_parse(word)
        if parse is None:
            return False
        # any reading, not only the likeliest: «второе» is first of all a noun (a meal's course)
        return parse.normal_form in LAST_WORDS or any(
            p.tag.POS == "ADJF" and "Anum" in p.tag.grammemes for p in self._parse(word)
        )

    def instrumental_adjective(self, word: str) -> bool:
        """A Russian full adjective that may be in the instrumental («платным», also read as a
        plural dative; «обязательной»): what a thing is claimed to become or be after «стать»,
        «быть»."""
        if self._russian_parse(word) is None:
            return False
        return any(p.tag.POS == "ADJF" and "ablt" in p.tag.grammemes for p in self._parse(word))

    def plural_adjective(self, word: str) -> bool:
        """A Russian full adjective in the plural by its likeliest reading, not in the instrumental
        («военных», «пожилым»; not «прогрессивными», a quality claimed after «считать», «стать»):
        with no noun after it, the people it names («для военных»: the military)."""
        parse = self._russian_parse(word)
        return (
            parse is not None
            and parse.tag.POS == "ADJF"
            and "plur" in parse.tag.grammemes
            and parse.tag.case != "ablt"
        )

    def qualitative_adjective(self, word: str) -> bool:
        """A Russian adjective of quality by its likeliest reading («серьёзный», «глубокий»: pymorphy's
        `Qual`), which judges a thing by degree; not one of relation («налоговый»: a kind of thing)."""
        parse = self._russian_parse(word)
        return parse is not None and parse.tag.POS == "ADJF" and "Qual" in parse.tag.grammemes

    def noun_or_pronoun(self, word: str) -> bool:
        """A Russian noun or pronoun by its likeliest reading («они», «изменения»)."""
        parse = self._russian_parse(word)
        return parse is not None and parse.tag.POS in {"NOUN", "NPRO"}

    def noun_phrase_word(self, word: str) -> bool:
        """A Russian word that may go on a noun phrase by its likeliest reading: a noun, an adjective,
        a participle, a numeral or a pronoun («военных пенсий»: the adjective has its noun)."""
        parse = self._russian_parse(word)
        return parse is not None and parse.tag.POS in {"NOUN", "ADJF", "PRTF", "NUMR", "NPRO"}

    def first_name(self, word: str) -> bool:
        """A Russian (or Kazakh, as pymorphy knows them) first name by its likeliest reading («берик»)."""
        parse = self._russian_parse(word)
        return parse is not None and "Name" in parse.tag

    def _russian_parse(self, word: str) -> Parse | None:
        """pymorphy's likeliest parse of a Russian word; None for anything else."""
        if not word.isalpha() or word.isascii() or kazakh.is_kazakh(word):
            return None
        try:
            return self._parse(word)[0]
        except (ValueError, IndexError):
            return None

    def anaphoric(self, word: str) -> bool:
        """A third-person pronoun standing for a noun said before («их», «его», «they», "it")."""
        if word.isascii():
            return word in ENGLISH_ANAPHORIC
        if not word.isalpha() or kazakh.is_kazakh(word):
            return False
        try:
            return any("Anph" in parse.tag.grammemes for parse in self._parse(word)[:1])
        except ValueError:
            return False

    def agrees(self, pronoun: str, noun: str) -> bool:
        """A third-person pronoun («его», «её», «их») may stand for this noun: some reading of each
        shares the gender (in the singular) and the number («принцип» and «его»; not «мысль»)."""
        if self._russian_parse(pronoun) is None or self._russian_parse(noun) is None:
            return False
        nouns = [p.tag for p in self._parse(noun) if p.tag.POS == "NOUN"]
        # (a pronoun's own readings, not the possessive's «его выступления», which agrees with its noun)
        for tag in (p.tag for p in self._parse(pronoun) if p.tag.POS == "NPRO" and "Anph" in p.tag.grammemes):
            for other in nouns:
                if tag.number == other.number and (tag.number == "plur" or tag.gender == other.gender):
                    return True
        return False

    def _verb_spelt(self, lemma: str) -> bool:
        """A lemma that is also a Russian verb's infinitive («стать»)."""
        return any(p.tag.POS == "INFN" and p.normal_form == lemma for p in self._parse(lemma))

    def _parse_uncached(self, word: str) -> tuple[Parse, ...]:
        return tuple(self._morph.parse(word))

    def _info(self, word: str) -> WordInfo:
        learnt = self._learnt.get(word)
        if learnt is not None:
            return WordInfo(learnt[0], learnt[1], learnt[2], learnt[3], learnt[4])
        if self._recorded is not None:
            self._recorded.append(word)
        if not word.replace("-", "").isalpha():
            return WordInfo(lemma=word, pos="NUMB" if word.isdigit() else None, known=word.isdigit())
        if kazakh.is_kazakh(word):  # not Russian: pymorphy would guess a lemma from Russian endings
            return WordInfo(lemma=kazakh.stem(word), pos=None, known=False)
        if word.isascii():  # English (transliterated Russian has become Cyrillic before this)
            if (noun := _ISATION.fullmatch(word)) is not None:
                # a noun of «-isation» names a thing or a process of its own (an organisation, not who
                # organised): Snowball would join it with its verb and the verb's doer
                return WordInfo(lemma=f"{noun['root']}ization", pos="NOUN", known=True)
            # a month's name is a noun, though the dictionary (common words only) lacks it
            pos = english_pos(word) or ("NOUN" if word in ENGLISH_MONTHS else None)
            # an irregular verb by its base form («built», «spoke», «took»: build, speak, take),
            # which Snowball cannot reach; any other word by its Snowball stem
            base = english_verb(word) if pos == "VERB" else word
            with self._english_lock:  # a Snowball stemmer keeps state while it works
                lemma = ENGLISH_APART.get(word) or ENGLISH_APART.get(base) or self._english.stemWord(base)
            return WordInfo(lemma=lemma, pos=pos, known=pos is not None)
        try:
            parses = self._parse(word)
        except ValueError:  # pymorphy3 fails on some scripts (e.g. Tangut): treat as noise
            return WordInfo(lemma=word, pos=None, known=False)
        parse = parses[0]
        if not parse.is_known and (joint := self._joint(word)) is not None:
            return joint
        if parse.tag.POS != "NPRO" and len(word) <= MAX_YO_PRONOUN and word.count("е") == 1:
            # «в нем» is «в нём» written without its ё (folded away too), not «нем» (mute): a short
            # word whose ё spelling is a pronoun is that pronoun
            parse = next((p for p in self._parse(word.replace("е", "ё")) if p.tag.POS == "NPRO"), parse)
        if parse.tag.POS == "PRTF":  # of equally likely readings, a noun over a participle:
            # «данные» is data, not a form of «дать» («Что даст…» is not about data)
            parse = next((p for p in parses if p.tag.POS == "NOUN" and p.score >= parse.score), parse)
        if parse.tag.POS == "ADJS":  # of equally likely readings, a passive participle over a
            # short adjective: «Будет ли усилен правопорядок?» is «усилить», not the rare «усильный»
            parse = next((p for p in parses if p.tag.POS == "PRTS" and p.score >= parse.score), parse)
        if parse.tag.POS == "VERB" and "impr" in parse.tag.grammemes:
            # of equally likely verbs, the indicative over the imperative: «Пришли ли депутаты?»,
            # «Какие решения нашли?» tell what was done (прийти, найти), not a request to send
            # (прислать, наслать); a request alone («скажите», «объясни») has no other reading
            parse = next(
                (
                    p
                    for p in parses
                    if p.tag.POS == "VERB" and "indc" in p.tag.grammemes and p.score >= parse.score
                ),
                parse,
            )
        if parse.tag.POS == "NOUN" and self._verb_spelt(parse.normal_form):
            # of equally likely nouns, one not spelt as a verb: «статей» is «статья», not the rare
            # «стать» (build), which would match the verb «стать» («стал площадкой») of the text
            parse = next(
                (
                    p
                    for p in parses
                    if p.tag.POS == "NOUN" and p.score >= parse.score and not self._verb_spelt(p.normal_form)
                ),
                parse,
            )
        lemma = parse.normal_form.replace("ё", "е")
        pronominal = not PRONOMINAL.isdisjoint(parse.tag.grammemes)
        pos = parse.tag.POS  # a str subclass whose comparisons run in Python: kept as a plain str
        return WordInfo(
            lemma=lemma,
            pos=None if pos is None else str(pos),
            known=parse.is_known,
            pronominal=pronominal,
            future="futr" in parse.tag.grammemes,
        )

    def _joint(self, word: str) -> WordInfo | None:
        """«соорганизатором», «сомодератор»: a noun the dictionary lacks, «со-» (co-, joint) before
        one it has, names a partner in that role, a real word (as «соавтор» is), not noise a
        question may be answered without; None for any other word."""
        rest = word.removeprefix(JOINT_PREFIX)
        if rest == word or len(rest) < MIN_JOINT_REST:
            return None
        parse = self._parse(rest)[0]
        if not parse.is_known or parse.tag.POS != "NOUN":
            return None
        return WordInfo(lemma=JOINT_PREFIX + parse.normal_form.replace("ё", "е"), pos="NOUN", known=True)


# «со-» (co-) before a noun of a role (Morphology._joint), and the shortest such noun
JOINT_PREFIX = "со"
MIN_JOINT_REST = 5

# The longest word read as a pronoun spelt without its ё («нем»: «нём»; see Morphology._info)
MAX_YO_PRONOUN = 3
_ISATION = re.compile(r"(?P<root>[a-z]{3,})i[sz]ations?")
# English third-person pronouns, which stand for a noun said before (Morphology.anaphoric).
ENGLISH_ANAPHORIC = frozenset({"he", "him", "his", "she", "her", "it", "its", "they", "them", "their"})
# Words Snowball gives the stem of another word of a different meaning, kept apart: "legislation"
# (the laws) is not "legislator", "legislative" (of Parliament), all «legisl» to Snowball; "drafted"
# (who wrote a text) is not "the draft" the documents discuss; "presented", "presents" (who showed a
# thing: "Who presented the draft?") are not "present" (there: "Were MPs present?")
ENGLISH_APART = {
    "legislation": "legislation",
    "legislations": "legislation",
    "drafted": "drafted",
    "presented": "presented",
    "presents": "presented",
    "presenting": "presented",
    # a meeting is an event, as the documents' round table; to meet someone is an action they never name
    "meeting": "meeting",
    "meetings": "meeting",
    # the adjective "willing" (ready to do a thing) is no form of the modal "will", Snowball's stem
    # of it, which reads as an auxiliary and is dropped; it is "willingness", as Snowball stems that
    "willing": "willing",
}
# The months' names, proper nouns LemmInflect's lexicon lacks (it has "march" and "may" as verbs):
# English words all the same, so that «January» is not read as transliterated Russian («януары»)
ENGLISH_MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october"}
    | {"november", "december"}
)
# Words placing an item in a sequence (see Morphology.ordinal)
ENGLISH_ORDINALS = frozenset({"first", "second", "third", "fourth", "last", "final"})
LAST_WORDS = frozenset({"последний"})

# An English word's part of speech, from the readings the dictionary gives it: a plural noun is a noun
# («articles»); else one that can be a verb is taken as the question's predicate («want», «rule»), only
# a word that is nothing but a noun as a subject («referendum»), as pymorphy names Russian ones.
_ENGLISH_POS = (("VERB", "VERB"), ("AUX", "VERB"), ("ADJ", "ADJF"), ("ADV", "ADVB"), ("NOUN", "NOUN"))


def english_pos(word: str) -> str | None:
    """The part of speech of an English dictionary word (LemmInflect's lexicon), None for a word
    the dictionary does not hold (a name, a typo). Imported on first use: its lexicon takes 0.35 s
    to load, which a start-up need not pay before the first English word."""
    import lemminflect

    readings = lemminflect.getAllLemmas(word)
    if word not in readings.get("NOUN", (word,)):  # a plural noun («articles», «salaries»)
        return "NOUN"
    return next((pos for upos, pos in _ENGLISH_POS if upos in readings), None)


@lru_cache(maxsize=4096)
def english_parts(word: str) -> frozenset[str]:
    """The parts of speech an English dictionary word can be (LemmInflect's universal tags: NOUN,
    VERB, ADJ…); empty for a word its lexicon lacks."""
    import lemminflect

    return frozenset(lemminflect.getAllLemmas(word))


def english_plural_noun(word: str) -> bool:
    """An English noun in the plural ("guarantees", "areas"): a noun whose lemma is not the word
    itself ("news", "process" are their own lemmas; "is" is no noun)."""
    import lemminflect

    lemmas = lemminflect.getAllLemmas(word).get("NOUN", ())
    return bool(lemmas) and word not in lemmas


def english_verb(word: str) -> str:
    """The base form of an English verb form (LemmInflect's lexicon), the word itself if none."""
    import lemminflect

    return next(iter(lemminflect.getAllLemmas(word).get("VERB", ())), word)


@lru_cache(maxsize=1)
def shared_morphology() -> Morphology:
    """One analyzer per process: its dictionaries take a while to load."""
    return Morphology()
