"""Kazakh nouns, which get no part of speech of their own here: what is spoken of before a
postposition of topic («салық туралы») and a word in the plural («фермерлер»)."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from bot.qa.analyzer import Analysis, Term
from bot.qa.kazakh import KAZAKH_LETTERS, KAZAKH_WHILE, MIN_PLAIN_STEM, YES_NO_PARTICLES, is_kazakh, stem
from bot.qa.lang import PLAIN_KAZAKH, closing_present
from bot.qa.reading.context import ReaderContext

# «салық туралы», «салыққа қатысты»: the word before a Kazakh postposition of topic is a noun, what is
# spoken of (kazakh_topic); Kazakh words get no part of speech of their own here
# as is the word quoted before «деп» («салық деп айтты»: said "tax")
KAZAKH_ABOUT = frozenset({"туралы", "жөнінде", "жайында", "жайлы", "деп"})
# the Kazakh plural suffix, which only a noun takes («фермерлер», «инспекторлары»: kazakh_plural)
KAZAKH_PLURAL = ("лар", "лер", "дар", "дер", "тар", "тер")
# the plural suffix inside a word, after a stem of at least three letters and before at most a
# possessive or a case ending («пәндер», «өкілеттіктері», «бағдарламаларын»): see kazakh_plural
_PLURAL_FORM = re.compile(
    rf"\w{{3}}(?:{'|'.join(KAZAKH_PLURAL)})(?:ы|і|ын|ін|ыны|іні|ға|ге|да|де|дан|ден|дың|дің|ды|ді|мен|ымыз|іміз)?$"
)
# «Құрметті …», «Қымбатты …» (dear …): the words of an address, before those addressed (kazakh_plural)
KAZAKH_ADDRESS = frozenset({"құрметті", "қымбатты"})
# «қанша сағат», «неше адам»: the Kazakh «how many» stands right before what it counts (kazakh_counted)
KAZAKH_HOW_MANY = frozenset({"қанша", "неше"})


def kazakh_topic(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Бас прокурор салық туралы не айтты?»: what is spoken of, before «туралы», «жөнінде», is a
    noun (so is what is quoted before «деп»); a Kazakh one the knowledge base does not know is an
    unknown subject, as a Russian noun the documents never use is («Что генпрокурор сказал о
    налогах?»), and the entries lacking it do not answer. Kazakh words get no part of speech
    here, so only this place tells a noun."""
    found = analysis.words
    topics = {found[i - 1] for i, word in enumerate(found) if word in KAZAKH_ABOUT and i}
    if not topics:
        return analysis
    return replace(analysis, terms=_unknown_as_nouns(ctx, analysis, topics))


def kazakh_plural(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Жиында фермерлер болды ма?»: in a Kazakh question, a word no dictionary holds whose stem
    ends in the plural suffix is a noun (only nouns take it); one the knowledge base does not know
    is an unknown subject, as «фермеры» is in Russian, not noise the ranking may pass over. Kazakh:
    a Kazakh letter, a yes/no particle or a Kazakh present-future closing it («Зейнеткерлер не
    алады?», typed without Kazakh letters: lang.closing_present)."""
    found = analysis.words
    kazakh = any(KAZAKH_LETTERS.search(w) for w in found) or closing_present(list(found))
    if not kazakh and not (found and found[-1] in YES_NO_PARTICLES):
        return analysis
    terms = tuple(
        replace(t, real_word=True, pos="NOUN")
        if not t.known and not t.real_word and t.value.endswith(KAZAKH_PLURAL)
        else t
        for t in analysis.terms
    )
    # (a word in Kazakh letters is stemmed past its plural: «пәндер» is «пән», «өкілеттіктері» is
    # «өкілет»; the word as typed tells)
    # (not whom a message is addressed to: «Құрметті тыңдармандар, …», dear listeners)
    addressed = {w for before, w in itertools.pairwise(found) if before in KAZAKH_ADDRESS}
    plurals = {w for w in found if is_kazakh(w) and _PLURAL_FORM.search(w)} - addressed
    if plurals:
        terms = _unknown_as_nouns(ctx, replace(analysis, terms=terms), plurals)
    return replace(analysis, terms=terms)


# the Kazakh accusative, which only a noun takes: the object of the verb right after it («салықтарды
# көздей ме», «жобаны талқылады ма»); after a vowel «-ны/-ні», a voiced consonant «-ды/-ді», a voiceless
# one «-ты/-ті» (kazakh_object)
KAZAKH_ACCUSATIVE = ("ны", "ні", "ды", "ді", "ты", "ті")
# a stem shorter than this before the ending may itself end so («айтты», «қатысты» are verbs)
ACCUSATIVE_MIN_STEM = 4
# the ending of the Kazakh verbal noun («арттыру», «қорғау»), and the fewest letters of one (_verbal_noun)
KAZAKH_VERBAL_NOUN = ("у", "ю")
VERBAL_NOUN_MIN = 5


def kazakh_object(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Ұсынылған өзгерістер салықтарды көздей ме?»: a Kazakh question puts its verb last (before
    the yes/no particle, if any); a word in the accusative right before that verb is its object, a
    noun. One the knowledge base does not know is an unknown subject (as «налоги» in «Предусматривают
    ли изменения налоги?»), not noise the other words may be answered without."""
    found = analysis.words
    if not found or not any(KAZAKH_LETTERS.search(w) for w in found):
        return analysis
    verb = len(found) - 1 - (found[-1] in YES_NO_PARTICLES)
    # (and the object of a «while» participle inside it: «Бюджетті талқылағанда…», while discussing
    # the budget), and of a verbal noun («Салықты арттыру көзделе ме?»: raising the tax)
    verbs = {verb} | {i for i, w in enumerate(found) if w.endswith(KAZAKH_WHILE) or _verbal_noun(w)}
    objects = {found[i - 1] for i in verbs if i >= 1 and _accusative(found[i - 1])}
    if not objects:
        return analysis
    terms = _unknown_as_nouns(ctx, analysis, objects)
    return replace(analysis, terms=terms) if terms != analysis.terms else analysis


def _verbal_noun(word: str) -> bool:
    """A Kazakh verbal noun («арттыру», «көтеру», «қорғау»: raising, protecting), which takes an
    object in the accusative before it as a finite verb does (in a question in Kazakh letters: the
    verbal noun may have none); long enough not to be a short noun ending so («су», water)."""
    return word.endswith(KAZAKH_VERBAL_NOUN) and len(word) >= VERBAL_NOUN_MIN


def _accusative(word: str) -> bool:
    """A word in the Kazakh accusative («салықтарды», «бюджетті»), its stem long enough not to be a
    verb ending so («айтты»)."""
    return word.endswith(KAZAKH_ACCUSATIVE) and len(word) - 2 >= ACCUSATIVE_MIN_STEM


# «профилактикаға көңіл бөлу», «салықтарға назар аудару»: attention paid to a thing in the dative
# (kazakh_attended); words of degree may stand between («көп», «ерекше»)
KAZAKH_ATTENTION = frozenset({"көңіл", "назар"})
KAZAKH_DEGREE = frozenset({"көп", "көбірек", "ерекше", "басты", "аса", "баса"})
KAZAKH_DATIVE = ("ға", "ге", "қа", "ке", "на", "не", "а", "е")
KAZAKH_WHICH = frozenset({"қай", "қандай", "кай", "кандай"})


def kazakh_attended(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Құқық қорғау органдары салықтарға көп көңіл бөле ме?»: what attention is paid to, in the
    dative before «көңіл», «назар» (past a word of degree), is a noun; one the knowledge base does
    not know is an unknown subject (as «налогам» in «Уделят ли внимание налогам?»), not noise.
    Not the noun a «қай», «қандай» before it asks for (what the answer must name)."""
    found = analysis.words
    attended = set()
    for i, word in enumerate(found):
        if word not in KAZAKH_ATTENTION:
            continue
        j = i - 1
        while j >= 0 and found[j] in KAZAKH_DEGREE:
            j -= 1
        # (not the noun a «қай», «қандай» asks for: «қай қырларына көңіл бөлді» asks which aspects)
        if j >= 0 and found[j].endswith(KAZAKH_DATIVE) and (j == 0 or found[j - 1] not in KAZAKH_WHICH):
            attended.add(found[j])
    if not attended:
        return analysis
    terms = _unknown_as_nouns(ctx, analysis, attended)
    return replace(analysis, terms=terms) if terms != analysis.terms else analysis


# the nominal half of a Kazakh compound verb, which stands between the verb and its dative
# complement («салыққа әсер ету», to affect the tax; «ықпал ету», to influence), and the «how» words
# that may stand there too («қалай», «қаншалықты»): kazakh_complement
KAZAKH_COMPOUND_NOUNS = frozenset({"әсер", "ықпал"}) | KAZAKH_ATTENTION
KAZAKH_HOW = frozenset({"қалай", "қаншалықты"})
# the dative endings that cannot be the last letter of a nominative («реформа»): kazakh_complement
KAZAKH_FULL_DATIVE = tuple(ending for ending in KAZAKH_DATIVE if len(ending) > 1)
DATIVE_MIN_STEM = 3


def kazakh_complement(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Реформа зейнетақыға қалай әсер етеді?»: a Kazakh question puts its verb last (before the
    yes/no particle, if any); the word in the dative right before it, past a «қалай» and the noun of
    a compound verb («әсер ету», to affect), is what the verb acts on, a noun; one the knowledge base
    does not know is an unknown subject (as «пенсии» in «Как реформа повлияет на пенсии?»), not
    noise the rest of the question is answered without. Not the noun a «қай», «қандай» asks for, nor a
    verbal noun in the dative, which is a verb of a modal phrase («түсінуге болады»: can be understood)."""
    found = analysis.words
    if len(found) < 2 or not any(KAZAKH_LETTERS.search(w) for w in found):
        return analysis
    j = len(found) - 2 - (found[-1] in YES_NO_PARTICLES)
    while j >= 0 and (
        found[j] in KAZAKH_HOW or found[j] in KAZAKH_DEGREE or found[j] in KAZAKH_COMPOUND_NOUNS
    ):
        j -= 1
    # (not what a «не», «қандай» asks for: «не нәрсеге бағытталған» asks what it aims at)
    if j < 0 or not _dative(found[j]) or (j and found[j - 1] in KAZAKH_WHICH | {"не"}):
        return analysis
    terms = _unknown_as_nouns(ctx, analysis, {found[j]})
    return replace(analysis, terms=terms) if terms != analysis.terms else analysis


def _dative(word: str) -> bool:
    """A word in the Kazakh dative («салыққа», «бизнеске», «құқықтарына»), its stem long enough not
    to be a short word ending so; not a verbal noun so («түсінуге», to understand)."""
    return (
        word.endswith(KAZAKH_FULL_DATIVE) and len(word) - 2 >= DATIVE_MIN_STEM and not _verbal_noun(word[:-2])
    )


def kazakh_counted(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Дөңгелек үстел қанша сағатқа созылды?»: the word right after «қанша», «неше» is what is
    counted, a noun; one the knowledge base does not know is an unknown subject (as «Сколько часов
    длился…?» has «час»), so an entry that counts something else does not answer. The question's
    last word is its verb («Қанша қатысты?»); right after «қанша» it is what is measured
    («Реформа қанша тұрады?»: what it costs, as «Сколько стоит…?»), and one the knowledge base does
    not know is such a subject too (a known verb, «қатысты», stays as it is)."""
    found = analysis.words
    counted = {found[i + 1] for i, word in enumerate(found[:-1]) if word in KAZAKH_HOW_MANY}
    if not counted:
        return analysis
    terms = _unknown_as_nouns(ctx, analysis, counted)
    return replace(analysis, terms=terms) if terms != analysis.terms else analysis


# the Kazakh third-person possessive, which only a noun takes: what is owned in «тіл мәртебесі»
# («the language's status»); after a vowel «-сы/-сі», a consonant «-ы/-і» (kazakh_owner); not where
# «-ы/-і» ends the past of a verb («қатысты», «өтті») or the accusative («жобаны»)
KAZAKH_POSSESSIVE = ("сы", "сі", "ы", "і")
NOT_POSSESSIVE = ("ды", "ді", "ты", "ті", "ны", "ні")
# the Kazakh genitive, which only a noun takes: the owner in «тілдің мәртебесі» (kazakh_owner)
KAZAKH_GENITIVE = ("ның", "нің", "дың", "дің", "тың", "тің")
GENITIVE_MIN_STEM = 3  # (a shorter word may end so: «мың», a thousand)


def kazakh_owner(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Мемлекеттік тіл мәртебесі өзгере ме?»: in a Kazakh question a word right before a noun the
    knowledge base knows in the possessive («мәртебесі»), or one in the genitive («тілдің»), is
    the owner, a noun; one the knowledge base does not know is an unknown subject (as «языка» in
    «Изменится ли статус государственного языка?»), not noise the owned word is answered without."""
    found = analysis.words
    if not any(KAZAKH_LETTERS.search(w) for w in found):
        return analysis
    known = {t.value for t in analysis.terms if t.known}
    owners = {w for w in found if w.endswith(KAZAKH_GENITIVE) and len(w) - 3 >= GENITIVE_MIN_STEM}
    for word, owned in itertools.pairwise(found):
        possessive = owned.endswith(KAZAKH_POSSESSIVE) and not owned.endswith(NOT_POSSESSIVE)
        if possessive and ctx.analyzer.analyse(owned).values & known:
            owners.add(word)
    # (not the owner a «қай», «қандай» before it asks for: «қандай мекемелердің өкілдері» asks which
    # bodies, what the answer must name)
    owners -= {word for before, word in itertools.pairwise(found) if before in KAZAKH_WHICH}
    if not owners:
        return analysis
    terms = _known_as_nouns(ctx, _unknown_as_nouns(ctx, analysis, owners), owners)
    return replace(analysis, terms=terms) if terms != analysis.terms else analysis


def _known_as_nouns(ctx: ReaderContext, terms: tuple[Term, ...], nouns: set[str]) -> tuple[Term, ...]:
    """The terms, those of these Kazakh words the knowledge base knows (in some document) with no
    part of speech made nouns: beside a second source «тіл» (language) is a word it knows, and as
    the owner it is a noun of the question all the same, which an entry whose document never uses
    it cannot answer (Subjects.covers)."""
    values = ctx.analyzer.analyse(" ".join(nouns)).values
    return tuple(
        replace(t, pos="NOUN")
        if t.value in values and t.known and t.pos is None and is_kazakh(t.value)
        else t
        for t in terms
    )


def _unknown_as_nouns(ctx: ReaderContext, analysis: Analysis, nouns: set[str]) -> tuple[Term, ...]:
    """The analysis's terms, those of these words the knowledge base does not know made real nouns
    (a subject the documents never name)."""
    values = ctx.analyzer.analyse(" ".join(nouns)).values
    return tuple(
        replace(t, real_word=True, pos="NOUN") if t.value in values and not t.known else t
        for t in analysis.terms
    )


# a word as typed, before the script is repaired (kazakh_which: whether «қай» was typed so)
_RAW_WORD = re.compile(r"\w+")
# «қай жерде», «қай жеріне»: where (kazakh_which)
KAZAKH_PLACE = "жер"


def kazakh_which(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Дөңгелек үстел қай тілде өтті?», «Қандай айыппұл бар?»: the word right after «қай», «қандай»
    (which) is the noun it asks which of; one the knowledge base does not know is an unknown subject
    (as «язык» in «На каком языке прошёл круглый стол?»), which an entry lacking it cannot answer,
    not noise the other words are answered without. Only a word in Kazakh letters, or one after a
    «қай», «қандай» typed so («қай бабында», «қандай жаза»: the asker types Kazakh letters, so a word
    without them is spelt so) whose stem the knowledge base does not know («қандай салаларына» asks
    which spheres); after a plain «кай», «багдар» may be a known word misspelt, but not «компания»
    or «гимаратта», which cannot be (_foreign); not an owner in the
    genitive («қандай мекемелердің өкілдері»: which bodies' officials, named by the answer, as the
    Russian «какие органы»); not «жер» (place): «қай жерде» asks where, which the place answers."""
    found = analysis.words
    if KAZAKH_WHICH.isdisjoint(found):
        return analysis
    typed = frozenset(w for w in _RAW_WORD.findall(question.lower()) if w in KAZAKH_WHICH and is_kazakh(w))
    asked = {
        after
        for word, after in itertools.pairwise(found)
        if word in KAZAKH_WHICH
        and (
            is_kazakh(after)
            or (word in typed and not _known_stem(ctx, after))
            or _foreign(ctx, analysis, after)
        )
        and not after.endswith(KAZAKH_GENITIVE)
        and not after.startswith(KAZAKH_PLACE)
    }
    if not asked:
        return analysis
    terms = _unknown_as_nouns(ctx, analysis, asked)
    return replace(analysis, terms=terms) if terms != analysis.terms else analysis


# a word typed in Russian letters only (_foreign)
_RUSSIAN_LETTERS = re.compile(r"[а-яё]+")


def _foreign(ctx: ReaderContext, analysis: Analysis, word: str) -> bool:
    """A word after a «кай», «кандай» typed without Kazakh letters that cannot be a misspelling of
    one the knowledge base knows («кай компания», «кай гимаратта»): a dictionary word it does not
    know, or one that no word of its begins as (its first MIN_PLAIN_STEM letters, typed plain). A
    word that begins as one of them («дайындыгын», «органдардын») may be one of them misspelt."""
    if not _RUSSIAN_LETTERS.fullmatch(word):
        return False  # (a Kazakh letter typed in Latin, «кунi»: a word misspelt, not a new one)
    values = ctx.analyzer.analyse(word).values
    if any(t.value in values and t.known for t in analysis.terms):
        return False
    dictionary = any(t.value in values and t.real_word for t in analysis.terms)
    return dictionary or word[:MIN_PLAIN_STEM] not in ctx.kazakh_openings


def _known_stem(ctx: ReaderContext, word: str) -> bool:
    """The word's Kazakh stem is one of the knowledge base's («салаларына»: «сала», a sphere)."""
    return stem(word.translate(PLAIN_KAZAKH)) in ctx.kazakh_stems


# the Kazakh suffix of a relational adjective («мемлекеттік», «құқықтық»: of the state, of law), which
# stands right before the noun it qualifies (kazakh_qualified)
KAZAKH_RELATIONAL = ("лық", "лік", "дық", "дік", "тық", "тік")
RELATIONAL_MIN_STEM = 3


def kazakh_qualified(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Мемлекеттік тіл өзгере ме?»: the word right after a Kazakh relational adjective («-лық»,
    «-тік»: «мемлекеттік», of the state) is the noun it qualifies; one in Kazakh letters the
    knowledge base does not know is an unknown subject (as «язык» in «Изменится ли государственный
    язык?»), not noise beside the adjective the documents use; one another document uses is a noun
    of the question all the same (_known_as_nouns)."""
    found = analysis.words
    qualified = {
        after
        for word, after in itertools.pairwise(found)
        if word.endswith(KAZAKH_RELATIONAL) and len(word) - 3 >= RELATIONAL_MIN_STEM and is_kazakh(after)
    }
    if not qualified:
        return analysis
    terms = _known_as_nouns(ctx, _unknown_as_nouns(ctx, analysis, qualified), qualified)
    return replace(analysis, terms=terms) if terms != analysis.terms else analysis


# the Kazakh third-person possessive followed by an oblique case, which only a noun takes: «кодексіне»
# (to its code), «бағдарламасында», «тәжірибесінен», «кодексімен» (kazakh_possessed); after a vowel the
# possessive is «-сы/-сі», after a consonant «-ы/-і»
_POSSESSED = re.compile(r"^(\w{3,}?)(?:с[ыі]|[ыі])(?:на|не|нда|нде|нан|нен|мен)$")
POSSESSED_MIN_STEM = 3
# a stem a verb made a noun of, the participle «-ған/-ген» («өзгергеніне») or the verbal noun «-у»
# («өтуіне»): a verb the clause asks of, not a thing named (kazakh_possessed)
_VERB_MADE = ("ған", "ген", "қан", "кен", "у", "ю")
# the stems of the Kazakh nouns of place, time and side that serve as postpositions («жоба төңірегінде»,
# around the draft; «соңында», at the end; «кезінде», «барысында», during; «негізінде», on the basis of):
# they say where or when, not what is asked of (kazakh_possessed)
KAZAKH_RELATION_STEMS = frozenset(
    {"төңірек", "соң", "алд", "кез", "барыс", "іші", "ара", "негіз", "нәтиж", "шеңбер", "аяс", "жағ", "тарап"}
    | {"бой", "бас", "орт", "арт", "үст", "аст", "жай", "тұс", "арқ", "орн", "шег", "рет", "жөнінде"}
)


def kazakh_possessed(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Салық кодексіне қандай өзгерістер ұсынылады?»: a Kazakh word in the possessive followed by an
    oblique case («кодексіне», to the Tax Code; «бағдарламасында», in its programme) is a noun, since
    only a noun takes them; one the knowledge base does not know is an unknown subject, as «кодекс» in
    «Какие изменения предлагаются в Налоговый кодекс?» is, not noise the rest is answered without.
    Not a verb made a noun («өзгергеніне», «өтуіне»), a noun of place or time serving as a postposition
    («төңірегінде», «кезінде»), nor the noun a «қай», «қандай» asks which of (kazakh_which reads it)."""
    found = analysis.words
    if not any(KAZAKH_LETTERS.search(w) for w in found):
        return analysis
    nouns = {
        word
        for before, word in itertools.pairwise(("", *found))
        if is_kazakh(word) and before not in KAZAKH_WHICH and _possessed(word)
    }
    if not nouns:
        return analysis
    terms = _unknown_as_nouns(ctx, analysis, nouns)
    return replace(analysis, terms=terms) if terms != analysis.terms else analysis


def _possessed(word: str) -> bool:
    """In the possessive and an oblique case, on a stem no verb made and no postposition's."""
    matched = _POSSESSED.match(word)
    if matched is None:
        return False
    base = matched.group(1)
    # (a stem in «-с» may be a shorter one and «-сы/-сі»: «несімен», by what, is «не» and no noun)
    shortest = len(base) - base.endswith("с")
    return (
        shortest >= POSSESSED_MIN_STEM
        and not base.endswith(_VERB_MADE)
        and stem(word) not in KAZAKH_RELATION_STEMS
    )
