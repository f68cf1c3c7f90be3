"""Alternatives («X или Y»): one the documents never name beside one they do, and one that would
hold alone («или только чиновники»), are not the question's subject."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from bot.qa.analyzer import Analysis, Term
from bot.qa.morph import PREDICATE_POS, shared_morphology
from bot.qa.reading.claims import BEING_LEMMAS, FOR_AGAINST, OBJECTING_LEMMAS
from bot.qa.reading.claims import with_opposites as _with_opposites
from bot.qa.reading.context import ADJECTIVE_POS, SAID_KIND, ReaderContext
from bot.qa.reading.edits import less_words
from bot.qa.reading.frames import DEEMING_LEMMAS
from bot.qa.subject import ALTERNATIVE_SPAN, ALTERNATIVE_WORDS, BE_PAST
from bot.qa.text import words

ALTERNATIVE_HEAD_SPAN = 5  # «разрыв с прежним курсом»: a noun and the words that go with it
# «или только/одни чиновники», "or only officials": an alternative that would hold alone (with the
# colloquial spellings of «только»: «или тока чиновники»; and spoken «один» as «only», in every form:
# «или одну теорию как всегда», «один генпрокурор или ещё кто-то»)
EXCLUSIVE_WORDS = frozenset(
    {"только", "тока", "токо", "лишь", "одни", "исключительно", "only", "just", "solely", "тек", "ғана"}
    | {"один", "одна", "одно", "одну", "одной", "одного", "одним", "одних"}
)
EXCLUSIVE_SPAN = 3
# «речь шла лишь о поправках к действующей Конституции, а не о новом документе?», «участвовали
# исключительно госслужащие, а общественность не позвали?»: before a contrast («а не», or «а» and
# the other side's clause) the exclusive alternative may run longer, up to this many words
CONTRAST_EXCLUSIVE_SPAN = 7
CONTRAST_WORD = "а"
# the two words opening the other side of a contrast (without_unknown_alternative)
CONTRASTS = frozenset({("а", "не"), ("rather", "than"), ("instead", "of")})


def only_these_there(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Правда ли, что на круглом столе присутствовали исключительно государственные чиновники?»,
    «На круглом столе были только чиновники?»: whether only some people were there is answered by
    who was there (taking part), which tells whether others were too: the people claimed alone are
    no subject (as an exclusive alternative's are, without_exclusive_alternative). Only when every
    word claimed alone is one the documents use, and the question says nothing but that they were
    there («…только журналисты?», «…только иностранные эксперты?» keep the word they never use)."""
    found = analysis.words
    there = ctx.there & analysis.values or BE_PAST.intersection(found)
    at = next((i for i, w in enumerate(found) if w in EXCLUSIVE_WORDS), None)
    if not there or at is None or ALTERNATIVE_WORDS.intersection(found):
        return analysis
    alone = ctx.analyzer.analyse(" ".join(found[at + 1 :])).terms
    if not alone or any(not t.known or t.pos in PREDICATE_POS or t.value in ctx.there for t in alone):
        return analysis
    dropped = {t.value for t in alone}
    kept = (*(t for t in analysis.terms if t.value not in dropped | ctx.there), *ctx.presence)
    return replace(analysis, terms=kept, values=frozenset(t.value for t in kept))


# «реформа норм или нет?»: spoken Russian's «норм» (for «нормально», "all right") before a yes/no
# tail is the question's own judging word, «хороший», not the genitive plural of «норма»
# (slang_fine_or_not)
SLANG_FINE = frozenset({"норм", "нормас"})
OR_WORD = "или"
YES_NO_TAIL = frozenset({"нет", "не"})
# (and in English: "…or not?"), which negates the one side named and offers no other
NEGATED_SIDE = YES_NO_TAIL | {"not"}
# or before a spoken word for the opposite, "rubbish" («норм или фигня», «норм или ерунда»): the same
# yes/no judging of the thing, whose other side is no subject of its own
# (or a word of danger: «норм или риски?», «норм или опасно?», the same judging of it as safe or not;
# the slang «кринж», «треш»: «норм или кринж?»)
SLANG_BAD = frozenset(
    {
        "фигня",
        "ерунда",
        "чушь",
        "отстой",
        "туфта",
        "лажа",
        "фуфло",
        "риск",
        "риски",
        "опасно",
        "плохо",
        "стрёмно",
        "стремно",
        "кринж",
        "кринжово",
        "треш",
        "трэш",
    }
)
FINE_READ_AS = "хороший"
# «норм или так себе?»: the spoken "so-so", the other side of the same judging
SO_SO = ("так", "себе")


def _judged_tail(found: tuple[str, ...], at: int) -> bool:
    """At `at` begins «или нет», «или не…», «или фигня», «или так себе», or the closing «или как»
    ("or what?"): a yes/no question's tail after the judging word."""
    if found[at : at + 1] != (OR_WORD,):
        return False
    after = found[at + 1 : at + 3]
    return bool(after) and (
        after[0] in YES_NO_TAIL | SLANG_BAD or after == SO_SO or (after == ("как",) and at + 2 == len(found))
    )


def slang_fine_or_not(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«генпрок как оценил реформу норм или нет», «проект норм или не очень?»: «норм» right before
    «или нет» / «или не…» asks whether the thing is all right (a yes/no question's judging word, as
    «нормально или нет» is; so does «норм или фигня», its other side no subject), not of legal
    norms: the term read from it («норма», which the documents never name) is read as «хороший»
    («Хорошая ли это реформа?»). «применение норм или законов» keeps it (no yes/no tail)."""
    found = analysis.words
    for i, word in enumerate(found):
        if word in SLANG_FINE and _judged_tail(found, i + 1):
            tail = found[i + 2 : i + 2 + len(SO_SO)]
            dropped = [*SLANG_BAD.intersection(tail[:1]), *(SO_SO if tail == SO_SO else ())]
            kept = less_words(ctx, analysis, [word, *dropped])
            terms = (*kept.terms, *ctx.analyzer.analyse(FINE_READ_AS).terms)
            return replace(kept, terms=terms, values=frozenset(t.value for t in terms))
    return analysis


# «…— на теории или на чём-то другом?», «…или что-нибудь иное?»: an alternative left open, an
# indefinite pronoun with «другой», «иной» or «ещё» (open_alternative); as typed, and by lemma
INDEFINITE_SUFFIXES = ("-то", "-нибудь", "-либо")
OTHER_LEMMAS = frozenset({"другой", "иной", "ещё", "еще", "друг"})  # («другом» is parsed as «друг»)
OPEN_ASKING = frozenset({"что", "чем", "чём", "кто", "как", "какой", "какая", "какие", "где", "куда"})
# «…выступал министр юстиции или кто-то другой?»: the open side a person («кто-то», «кого-нибудь»);
# a guess at who did it with someone else left open asks who did it, asking word or not
INDEFINITE_PERSON = ("кто-", "кого-", "кому-", "кем-")
WHO_KIND, OTHERS_KIND = "who", "others"


def open_alternative(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«На чём сосредоточились участники — на теории или на чём-то другом?»: a question asking what
    (an asking word), then a guess at the answer offered with an open alternative («или на чём-то
    другом»), asks what, whatever the guess: the open side and the guess the documents never name
    are no subject; the answer tells what they hold. Not without the asking word («Обсуждали
    пенсии или что-то другое?» asks of pensions, never named), nor with an unknown word left. A
    person left open («выступал министр юстиции или кто-то другой?») asks who, with no asking word:
    the guess is at who did what the documents tell of (not «что-то другое»: the thing named)."""
    found = analysis.words
    morphology = shared_morphology()
    at = next((i for i, w in enumerate(found) if w in ALTERNATIVE_WORDS), None)
    if at is None:
        return analysis
    after = found[at + 1 :]
    if not any(w.endswith(INDEFINITE_SUFFIXES) for w in after):
        return analysis
    person = any(w.startswith(INDEFINITE_PERSON) for w in after)
    if OPEN_ASKING.isdisjoint(found[:at]) and not person:
        return analysis
    other = [w for w in after if morphology.info(w).lemma in OTHER_LEMMAS]
    if not other:
        return analysis
    before = ctx.analyzer.analyse(" ".join(found[max(0, at - ALTERNATIVE_SPAN) : at])).terms
    dropped = {t.value for t in _unknown_phrase_end(before)}
    dropped |= {t.value for w in other for t in ctx.analyzer.analyse(w).terms}
    kept = tuple(t for t in analysis.terms if t.value not in dropped)
    if not kept or any(not t.known and t.real_word for t in kept):
        return analysis
    kinds = analysis.kinds - {OTHERS_KIND} | {WHO_KIND} if person else analysis.kinds
    return replace(analysis, terms=kept, values=frozenset(t.value for t in kept), kinds=kinds)


def opposed_alternative(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Считает ли генпрокурор поправки шагом вперёд или скорее консервативными?»: an alternative
    whose one side is the opposite of the documents' word (synonyms.yaml `opposites`) asks which of
    the two holds, and the documents' word tells it: that side is asked with their word, and the
    words the documents never use closing the other side (its own wording of their word, «шаг
    вперёд»: a noun of theirs, «шаг», and an adverb) are no subject. Not when those words hold a
    noun or an adjective the documents never use («налоговыми или консервативными» names a kind of
    its own), nor when one is left elsewhere."""
    found = analysis.words
    for i, word in enumerate(found):
        if word not in ALTERNATIVE_WORDS or not 0 < i < len(found) - 1:
            continue
        before = found[max(0, i - ALTERNATIVE_SPAN) : i]
        after = found[i + 1 : i + 1 + ALTERNATIVE_SPAN]
        if _claims_opposite(ctx, after):
            other = _unknown_phrase_end(ctx.analyzer.analyse(" ".join(before)).terms)
        elif _claims_opposite(ctx, before):
            other = _unknown_phrase_start(ctx.analyzer.analyse(" ".join(after)).terms)
        else:
            continue
        if any(t.pos in {*ADJECTIVE_POS, "NOUN"} and not _judging(t) for t in other):
            return analysis  # («налоговыми или консервативными»: a kind of its own, never named)
        dropped = {t.value for t in other}
        claim = ctx.analyzer.analyse(" ".join(_with_opposites(ctx, found)))
        kept = tuple(t for t in claim.terms if t.value not in dropped)
        if not dropped or any(_unnamed(t) and t.pos in {*ADJECTIVE_POS, "NOUN"} for t in kept):
            return analysis
        return replace(analysis, terms=kept, values=frozenset(t.value for t in kept))
    return analysis


def _judging(term: Term) -> bool:
    """«косметические или действительно серьёзные?»: an adjective of quality (by its lemma) judges the
    thing by degree, the other side of the claimed one, as the documents' word does; no kind of its
    own («налоговые» is one)."""
    return not term.known and shared_morphology().qualitative_adjective(term.value)


def _claims_opposite(ctx: ReaderContext, side: tuple[str, ...]) -> bool:
    """A claimed phrase (synonyms.yaml `opposites`) among these words."""
    return _with_opposites(ctx, side) != list(side)


def without_unknown_alternative(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Обсуждали теорию или практику?»: an alternative the documents never name, beside one
    they do, is not the question's subject; the answer tells which of the two the document
    holds. Only when no other unknown word is left, which may be what is asked («Проект примут
    в Парламенте или на референдуме?»: how it is adopted, which the text does not say), and not
    beside an alternative that would hold alone («или только чиновники»: _exclusive_at)."""
    found = analysis.words
    dropped = set()
    for i, word in enumerate(found):
        # «или», or the «а не» of a contrast («только о теории, а не о практике?», "on prevention
        # rather than punishment", "instead of")
        contrast = i > 0 and (found[i - 1], word) in CONTRASTS
        if (word not in ALTERNATIVE_WORDS and not contrast) or not 0 < i < len(found) - 1:
            continue
        if _exclusive_at(found, i):
            continue  # «фермеры или только чиновники?»: the one asked is the other (see below)
        if not contrast and found[i + 1] in NEGATED_SIDE:
            continue  # «повысят зарплаты или не повысят?», "…or not?": a yes/no tail, no other side
        start = i - 1 if contrast else i
        opened = _clause_start(question, found, start)
        before = ctx.analyzer.analyse(" ".join(found[max(opened, start - ALTERNATIVE_SPAN) : start])).terms
        after = ctx.analyzer.analyse(" ".join(found[i + 1 : i + 1 + ALTERNATIVE_SPAN])).terms
        # an alternative the documents never name, next to «или», if the other one opens with a
        # word they use: an unknown word, with the unknown adjectives before it («разовая акция»)
        # («или часть более широкого курса»: the part of a whole opens the side, which names the whole)
        named = tuple(itertools.dropwhile(lambda t: t.value in ctx.part, after))
        if named and named[0].known:
            dropped |= {t.value for t in _unknown_phrase_end(before)}
        if before and before[-1].known:
            dropped |= {t.value for t in _unknown_phrase_start(after)}
        dropped |= _unknown_head_of_alternative(ctx, found, start, opened)
        if contrast and dropped:
            # ("rather", "instead": the contrast's own word, which the documents never use)
            dropped |= ctx.analyzer.analyse(found[i - 1]).values
    kept = tuple(t for t in analysis.terms if t.value not in dropped)
    if not dropped or any(
        not t.known and t.real_word and t.value not in ctx.part and not _linking(t) for t in kept
    ):
        return analysis
    return replace(analysis, terms=kept, values=frozenset(t.value for t in kept))


# verbs that only link a thing to what it is or is deemed (by lemma): «Считаются ли изменения
# прогрессивными или консервативными?», «Является ли реформа продолжением или разрывом?»
LINKING_LEMMAS = DEEMING_LEMMAS | BEING_LEMMAS


def _linking(term: Term) -> bool:
    """A verb of being or deeming left beside the alternative asks nothing of its own: the question is
    which of the two sides the thing is, or is called, which the side the documents name tells (not
    «Проект примут в Парламенте или на референдуме?»: adopting is a deed of its own, never told)."""
    return term.pos in PREDICATE_POS and term.value in LINKING_LEMMAS


def without_exclusive_alternative(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Учёные участвовали или только чиновники?», "…or just officials?", «одни чиновники или были и
    учёные?»: the alternative that would hold alone is answered by whether the other one holds, so
    its words are no subject of the question. So is the one a contrast sets aside as not alone
    («упор на предупреждение, а не только на наказание?»). Only when words the documents use are
    left."""
    found = analysis.words
    for i, word in enumerate(found):
        contrast = word == "не" and i > 0 and found[i - 1] == CONTRAST_WORD
        if (
            word == CONTRAST_WORD
            and (start := _exclusive_before(found, i, CONTRAST_EXCLUSIVE_SPAN)) is not None
        ):
            # «исключительно госслужащие, а общественность не позвали?»: the exclusive alternative
            # ends at the contrast's «а»; the other side is what the documents tell
            alone = ctx.analyzer.analyse(" ".join(found[start + 1 : i])).values
            alone -= ctx.analyzer.analyse(" ".join((*found[:start], *found[i + 1 :]))).values
        elif word not in ALTERNATIVE_WORDS and not contrast:
            continue
        elif EXCLUSIVE_WORDS.intersection(found[i + 1 : i + 1 + EXCLUSIVE_SPAN]):
            if (extent := _extent_of_one_thing(ctx, analysis, found, i)) is not None:
                return extent
            head = ctx.analyzer.analyse(" ".join(found[:i])).values
            alone = ctx.analyzer.analyse(" ".join(found[i + 1 :])).values - head
        elif (start := _exclusive_before(found, i)) is not None:
            # «одни чиновники или были и учёные?»: the alternative that would hold alone comes first
            rest = ctx.analyzer.analyse(" ".join((*found[:start], *found[i + 1 :]))).values
            alone = ctx.analyzer.analyse(" ".join(found[start + 1 : i])).values - rest
        else:
            continue
        kept = tuple(t for t in analysis.terms if t.value not in alone)
        if kept != analysis.terms and any(t.known for t in kept):
            return replace(analysis, terms=kept, values=frozenset(t.value for t in kept))
    return analysis


def _extent_of_one_thing(
    ctx: ReaderContext, analysis: Analysis, found: tuple[str, ...], i: int
) -> Analysis | None:
    """«Речь о полном переходе на ИИ или только о его элементах?»: the alternative that would hold
    alone points back («его», «их») to the thing the other one names, so both are of one thing and
    the question asks how far it goes; the documents' own word for that («элементы») answers it, and
    the other alternative's nouns and adjectives they never use («полный переход») are no subject.
    Only when every word of the exclusive alternative is theirs; a verb they never use stays asked
    («Проект отменят целиком или только его часть?»)."""
    rest = found[i + 1 :]
    if not any(map(shared_morphology().anaphoric, rest)):
        return None
    if not all(t.known for t in ctx.analyzer.analyse(" ".join(rest)).terms):
        return None
    head = ctx.analyzer.analyse(" ".join(found[:i])).terms
    unknown = {t.value for t in head if not t.known and t.pos in {*ADJECTIVE_POS, "NOUN"}}
    if not unknown or any(not t.known and t.value not in unknown for t in head):
        return None
    kept = tuple(t for t in analysis.terms if t.value not in unknown)
    if not any(t.known for t in kept):
        return None
    return replace(analysis, terms=kept, values=frozenset(t.value for t in kept))


def _exclusive_at(found: tuple[str, ...], i: int) -> bool:
    """A word of exclusion on either side of the «или» at `i`: one alternative would hold alone
    (without_exclusive_alternative), so the other one is what is asked, known or not («Были ли
    фермеры или только чиновники?» asks about farmers, whom the documents never name)."""
    return bool(EXCLUSIVE_WORDS.intersection(found[i + 1 : i + 1 + EXCLUSIVE_SPAN])) or (
        _exclusive_before(found, i) is not None
    )


def _exclusive_before(found: tuple[str, ...], i: int, span: int = EXCLUSIVE_SPAN) -> int | None:
    """Where a word of exclusion («одни», «только») opens the alternative just before the «или» at
    `i` («одни чиновники или…»), if one does, within `span` words."""
    return next((j for j in range(max(0, i - span), i) if found[j] in EXCLUSIVE_WORDS), None)


# a dash or a colon opening the alternatives («Кто был организатором — Генпрокуратура или
# Парламент?»): what stands before it is what is asked of them, not one of them
ALTERNATIVES_OPENED = re.compile(r"[—–:]|\s-\s")


def _clause_start(question: str, found: tuple[str, ...], i: int) -> int:
    """Where the alternatives around the «или» at `i` may start: after the last dash or colon
    before it («организатором круглого стола — Генпрокуратура или Парламент»: the organiser is
    asked, not offered), or at the first word. Only when the question's pieces count the same
    words as the analysis (a respelled question may not)."""
    pieces = [len(words(piece.lower())) for piece in ALTERNATIVES_OPENED.split(question)]
    if sum(pieces) != len(found):
        return 0
    ends = list(itertools.accumulate(pieces))
    return max((end for end in ends[:-1] if end <= i), default=0)


def _unknown_head_of_alternative(
    ctx: ReaderContext, found: tuple[str, ...], i: int, opened: int = 0
) -> set[str]:
    """«разрыв с прежним курсом или его продолжение?»: an alternative the documents never name may
    be a noun with words of its own after it; its head is the unknown noun opening the span
    before «или» (not before `opened`, a dash opening the alternatives), when the alternative
    after it is a known noun."""
    left = ctx.analyzer.analyse(" ".join(found[max(opened, i - ALTERNATIVE_HEAD_SPAN) : i])).terms
    # (the noun after «или» may follow its adjectives: «или его последовательное продолжение?»)
    after = ctx.analyzer.analyse(" ".join(found[i + 1 : i + 1 + ALTERNATIVE_SPAN])).terms
    right = [t for t in after if t.pos not in ADJECTIVE_POS][:1]
    if not right or not right[0].known or not _noun(right[0]):
        return set()
    # the head opens the span («разрыв с прежним курсом», words the documents use after it) or
    # the run of unknown words that ends it («реформа — как разрыв с прошлым»: not the reform)
    run = list(itertools.takewhile(lambda t: not t.known, reversed(left)))[::-1]
    nouns = _after_an_article(ctx, found[max(0, i - ALTERNATIVE_HEAD_SPAN - 1) : i])
    heads = {
        t.value
        for t in (*left[:1], *run[:1])
        if not t.known and t.real_word and (t.pos == "NOUN" or t.value in nouns)
    }
    return heads | _head_after_adjectives(left)


def _noun(term: Term) -> bool:
    """A noun, or a concept of the synonyms named by one noun («профилактика»: a concept keeps no
    part of speech)."""
    if term.pos is None and " " not in term.value:
        return shared_morphology().info(term.value).pos == "NOUN"
    return term.pos == "NOUN"


# "a break with the past": an English word right after an article is a noun, whatever the
# dictionary's first reading of it ("break" as a verb)
ARTICLES = frozenset({"a", "an", "the"})


def _after_an_article(ctx: ReaderContext, span: tuple[str, ...]) -> frozenset[str]:
    """The values of the words right after an English article in the span."""
    return frozenset(
        v
        for before, word in itertools.pairwise(span)
        if before in ARTICLES
        for v in ctx.analyzer.analyse(word).values
    )


def _head_after_adjectives(left: tuple[Term, ...]) -> set[str]:
    """«уже окончательный текст Конституции или проект?»: a noun in the span may follow unknown
    adjectives of its own, words the documents use after it (its owner); the adjectives and the
    noun are the alternative the documents never name (a thing they name, of a kind they never
    do). The first such noun."""
    for j, term in enumerate(left):
        if not _unnamed_adjective(term) or (j and _unnamed_adjective(left[j - 1])):
            continue  # (only where a run of them opens)
        opening = list(itertools.takewhile(_unnamed_adjective, left[j:]))
        head = left[j + len(opening) : j + len(opening) + 1]
        if head and head[0].real_word and head[0].pos == "NOUN":
            return {t.value for t in (*opening, *head)}
    return set()


def _unnamed_adjective(term: Term) -> bool:
    """An adjective the documents never use."""
    return not term.known and term.real_word and term.pos in ADJECTIVE_POS


def _unnamed(term: Term) -> bool:
    """A word the documents never use: a dictionary word, or a Kazakh word (read by its stem, with
    no part of speech: «теориялық па, әлде практикалық па?»), not noise."""
    return not term.known and (term.real_word or term.pos is None)


def _unknown_phrase_end(terms: tuple[Term, ...]) -> list[Term]:
    """The last word, if the documents never use it, with the unknown adjectives just before it
    («разовая акция»; not the verb of «примут на референдуме») and the unknown nouns listed before
    it as alternatives too («брифинг, конференция или круглый стол?»)."""
    found: list[Term] = []
    for term in reversed(terms):
        if not _unnamed(term) or (found and term.pos not in {*ADJECTIVE_POS, "NOUN"}):
            break
        found.append(term)
    return found


# what may open an alternative before its noun (_unknown_phrase_start): adjectives, and adverbs
ALTERNATIVE_OPENING_POS = ADJECTIVE_POS | {"ADVB"}


def _unknown_phrase_start(terms: tuple[Term, ...]) -> list[Term]:
    """The first word, if the documents never use it, with the unknown noun after it when it is an
    adjective («в отдельной статье»: the article, not only «отдельной»); or a noun they never use
    with the adjectives before it, known or not («в новом разделе»: «новый» is theirs, the section
    is not). An adverb may open it as an adjective does («или опять обман?», «или снова пиар?»)."""
    found: list[Term] = []
    for term in terms:
        if term.pos in ALTERNATIVE_OPENING_POS and (term.real_word or term.known):
            found.append(term)
            continue
        if _unnamed(term):
            found.append(term)
            return found
        break
    # adjectives alone: only the unknown ones («разовая» of an unknown phrase), the first past the
    # adverbs opening the side («или, наоборот, консервативными?», «или скорее формальными?»)
    opening = sum(1 for _ in itertools.takewhile(lambda t: t.pos == "ADVB", found))
    return [t for t in found[: opening + 1] if not t.known]


OBJECTION_KIND = "objection"
# verbs of praising: set against a verb of objecting by «или» («изменения хвалили или критиковали?»,
# "were they praised or criticised") they ask how the thing was judged, as a verb of saying does
PRAISE_WORDS = frozenset(
    {
        "хвалил",
        "хвалила",
        "хвалили",
        "похвалил",
        "похвалила",
        "похвалили",
        "хвалят",
        "хвалит",
        "praised",
        "praise",
        "praising",
    }
)


def judged_or_objected(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«генпрок оценил изменения или критиковал», "did he assess it or criticise it": a verb of
    saying or judging set against a verb of objecting by «или» asks how the one named judged the
    thing, which of the two; what he said of it answers (kind `said`), not only an objection
    reported (kind `objection` dropped). A lone objection («кто критиковал изменения?») stays one."""
    kinds = analysis.kinds
    praised = not PRAISE_WORDS.isdisjoint(analysis.words)
    if (
        OBJECTION_KIND not in kinds
        or (SAID_KIND not in kinds and not praised)
        or ALTERNATIVE_WORDS.isdisjoint(analysis.words)
    ):
        return analysis
    return replace(analysis, kinds=(kinds - {OBJECTION_KIND}) | {SAID_KIND})


# «прокурор поддержал реформу?», "did he endorse the draft": a verb of taking a side (STANCE_VERBS),
# or «за … или против», asks how the one named judged the thing (stance_as_assessment)
STANCE_VERBS = frozenset(
    {"поддержать", "поддерживать", "одобрить", "одобрять", "support", "endorse", "approve", "back", "қолдау"}
)
ASSESSMENT_READ_AS = "оценка"
ALL_WORDS = frozenset({"все", "всё", "all", "every", "барлық", "бәрі"})


def _takes_a_side(analysis: Analysis) -> bool:
    """A verb of support or approval among the terms, or «за» and «против» both asked (not beside a
    verb of saying: «высказался за открытый диалог или против» asks what he said of the dialogue)."""
    if STANCE_VERBS & analysis.values:
        return True
    found = set(analysis.words)
    sides = all(side & found for side in FOR_AGAINST) and not ALTERNATIVE_WORDS.isdisjoint(found)
    return sides and SAID_KIND not in analysis.kinds


def _one_speaker(ctx: ReaderContext, analysis: Analysis) -> bool:
    """One whose words the documents report takes the side, not a group («Все ли участники
    поддержали проект?») nor one named only as taking part («Сенат одобрил проект?»)."""
    many = ctx.collective | ctx.bodies
    named = analysis.values & ctx.speakers
    return bool(named) and not analysis.values & many and ALL_WORDS.isdisjoint(analysis.words)


def stance_as_assessment(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Скажите прямо: прокурор поддержал реформу или нет?», «прокурор за реформу или против»,
    "did the prosecutor endorse the reform": whether someone is for a thing is told by how he judged
    it (kind `said`, read as «оценка», as «как оценил реформу» is). A verb of objecting set beside by
    «или» («поддерживает новеллы или критикует их?») is the other side of the same question. Only
    when every other word is one the documents use: «Поддержал ли прокурор отмену смертной казни?»
    keeps its unknown subject."""
    if not _takes_a_side(analysis) or not _one_speaker(ctx, analysis):
        return analysis
    offered = not ALTERNATIVE_WORDS.isdisjoint(analysis.words)
    sides = STANCE_VERBS | OBJECTING_LEMMAS if offered else STANCE_VERBS
    rest = [t for t in analysis.terms if t.value not in sides]
    if not rest or not all(t.known for t in rest):
        return analysis
    terms = (*rest, *ctx.analyzer.analyse(ASSESSMENT_READ_AS).terms)
    return replace(
        analysis, terms=terms, values=frozenset(t.value for t in terms), kinds=analysis.kinds | {SAID_KIND}
    )
