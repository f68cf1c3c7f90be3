"""Dangers feared, warned of or avoided: what a thing prevents is what it is for, a purpose (kind
`reason`) an entry may state."""

from __future__ import annotations

import itertools
from dataclasses import replace

from bot.qa.analyzer import Analysis
from bot.qa.morph import shared_morphology
from bot.qa.reading.context import ReaderContext
from bot.qa.reading.edits import less, read_with
from bot.qa.reading.sayings import ABOUT_WORDS
from bot.qa.subject import ALTERNATIVE_SPAN

# «Какой риск помогает избежать X?»: a danger named beside a verb of avoiding is what is avoided,
# the question's frame («чего позволяет избежать X»), not its subject (without_avoided_danger)
DANGER_NOUNS = frozenset(
    {
        "риск",
        "угроза",
        "опасность",
        "последствие",  # «каких последствий позволяет избежать»
        "проблема",
        "опасение",  # «какие опасения снимает X»: a worry removed is a danger avoided
        "risk",
        "danger",
        "threat",
        "consequ",  # "consequences", by its stem
        "problem",
        "қауіп",
    }
)
AVOID_VERBS = frozenset(
    {
        "избежать",
        "избегать",
        "предотвратить",
        "предотвращать",
        "снизить",
        "снижать",
        # «снять риски», «устранить угрозу»: a danger removed is one avoided
        "снять",
        "снимать",
        "устранить",
        "устранять",
        "минимизировать",
        "avoid",
        "prevent",
        "reduce",
    }
)
# «нежелательные выводы», "undesirable conclusions": what is to be avoided (undesirable), as lemmas
# (English by the analyzer's stem), and the verb of avoiding it is read as
UNDESIRABLE_LEMMAS = frozenset({"нежелательный", "undesir", "unwant"})
AVOIDING = "избежать"
# "warned that X would help avoid": verbs of warning, as lemmas (warned_to_avoid)
WARNING_SAYS = frozenset(
    {"warn", "caution", "предостеречь", "предостерегать", "предупредить", "предупреждать"}
)
# «Чего опасается X, если не…»: verbs of fearing what happens unless a thing is done
FEAR_VERBS = frozenset({"опасаться", "бояться", "fear", "worri"})  # ("worry" by its stem)
# «без разъяснения», "without outreach": a thing not done, as «если не…» (see feared_without)
WITHOUT = frozenset({"без", "without"})
# «нехватка разъяснений», «отсутствие диалога»: a thing lacking is one not done, as «без» says (see
# feared_without), as lemmas; «недостаток» only before a plural genitive («недостаток разъяснений»: a
# lack; «недостаток проекта» is a flaw of it). Only in a question of what the lack leads to (a verb of
# leading to, threatening, causing). Russian only: whether the thing lacking is people («нехватка
# юристов»: no action left undone) is read from the Russian dictionary, which has no English
LACK_NOUNS = frozenset({"нехватка", "отсутствие", "дефицит"})
LACK_OR_FLAW = "недостаток"
# «недостаточное разъяснение», «слабое информирование»: a thing done too little is one lacking, as
# «недостаток разъяснений» says (as lemmas; before the noun of the thing, not of people)
LACKING_ADJECTIVES = frozenset({"недостаточный"})
LEADING_TO = frozenset({"привести", "приводить", "грозить", "угрожать", "обернуться", "повлечь", "вызвать"})
# «Чем опасно отсутствие разъяснений?»: what a lack is dangerous by is what it leads to (as lemmas)
DANGEROUS = frozenset({"опасно", "опасный"})
# «От чего предостерёг X, говоря…»: verbs of warning against a thing (with «от»; not «предупредить о»,
# to tell in advance)
WARN_VERBS = frozenset({"предостеречь", "предостерегать"})
WARN_AGAINST = frozenset({"от"})
# «От чего защищает разъяснительная работа?»: verbs of guarding against a thing, as lemmas; after
# «от чего», «от каких…» (guarded_against) what a thing guards against is what it helps avoid
GUARD_VERBS = frozenset(
    {"защищать", "защитить", "оберегать", "оберечь", "уберегать", "уберечь", "ограждать", "оградить"}
    | {"предохранять", "предохранить", "страховать", "застраховать"}
)
GUARDED_ASKED = frozenset({"чего", "каких", "какой", "какого", "каких-то"})
# and the Kazakh «неден сақтайды / қорғайды?» (from what does it keep, guard?): the ablative asking word
# right before a verb of keeping or guarding, by the verb's root (guarded_against)
KAZAKH_GUARDED_ASKED = "неден"
KAZAKH_GUARD_ROOTS = ("сақта", "қорға")
KAZAKH_PASSIVE = "л"
# «Какие опасения по поводу трактовки реформ…?», «опасаюсь, что реформу будут толковать…»: a fear of
# how a thing is read is a fear of its misreading (feared_misreading): the words of fearing and of
# reading, as lemmas (English by the analyzer's stem), and what the pair is read as
FEARING = FEAR_VERBS | {"опасение", "боязнь", "страх", "тревога", "беспокойство", "беспокоиться"}
READING_LEMMAS = frozenset(
    {"трактовка", "толкование", "интерпретация", "трактовать", "толковать", "интерпретировать", "interpret"}
    | {"interpretation", "reading"}
    # a conclusion drawn, feared, is one drawn wrong (the text's «неточных интерпретаций и выводов»)
    | {"вывод", "conclusion"}
    # and a distortion feared («Каких искажений опасается X?») is a misreading
    | {"искажение", "distortion"}
)
MISREADING = "неточная интерпретация"
FEARED_SPAN = 5


def feared_without(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Чего опасается генпрокурор, если не разъяснять реформу?»: what someone fears if a thing is not
    done is what that thing is for (what it prevents), a purpose an entry may state; the verb of
    fearing is then no subject the documents never name. Not a bare «Чего боится президент?».
    So is what someone warns against while saying a thing is to be done («От чего предостерёг
    генпрокурор, говоря о необходимости разъяснять реформу?»: an infinitive); not a bare «От
    чего предостерёг генпрокурор?». A thing done without («без разъяснения», "without outreach") is
    one not done, and a warning of what may happen then (or of a danger then: «О каком риске
    предупреждал X, если не…») is a fear of it."""
    found = analysis.words
    morphology = shared_morphology()
    lemmas = {morphology.info(word).lemma for word in found}
    fearing = lemmas & FEAR_VERBS
    # «если не разъяснять», «если реформу не разъяснять»; «без разъяснения», "without outreach"
    unless = any(word == "если" and "не" in found[i + 1 : i + 4] for i, word in enumerate(found))
    if not WITHOUT.isdisjoint(found):
        unless = True
    # what someone fears while urging a thing to be done («Чего опасается X, когда призывает
    # разъяснять реформу?»: an infinitive) is what that thing is to prevent, as «если не…» asks
    doing = any(morphology.info(word).pos == "INFN" for word in found)
    if fearing and doing:
        unless = True
    lacking = _lacks(found, lemmas)
    if lacking:  # «К каким выводам может привести недостаток разъяснений?»: as «без разъяснений»
        unless = True
        fearing = fearing | lacking | (lemmas & DANGEROUS)
    if unless:
        # "What did X warn could happen without outreach?", «О каком риске предупреждал X, если не
        # разъяснять…»: a warning of what a lack brings; a danger named then («Какая проблема
        # возникнет, если не…») is its frame
        fearing = fearing | (lemmas & WARNING_SAYS)
        fearing |= {
            morphology.info(w).lemma for w in found if not DANGER_NOUNS.isdisjoint(morphology.lemmas(w))
        }
    # what someone warns against, saying a thing is to be done («…, говоря о необходимости
    # разъяснять реформу»: an infinitive), is what that thing is to prevent
    warning = lemmas & WARN_VERBS if doing and not WARN_AGAINST.isdisjoint(found) else set()
    if warning:
        fearing = fearing | warning | {w for w in found if morphology.info(w).lemma in warning}
    elif not fearing or not unless:
        return analysis
    # (a danger the documents do name stays a word of the question)
    kept = tuple(t for t in analysis.terms if t.value not in fearing or (t.known and t.pos == "NOUN"))
    if not any(t.known and t.pos in {"NOUN", None} for t in kept):
        return analysis
    values = frozenset(t.value for t in kept)
    return replace(analysis, terms=kept, values=values, kinds=analysis.kinds | {"reason"})


def _lacks(found: tuple[str, ...], lemmas: set[str]) -> set[str]:
    """In a question of what a lack leads to (LEADING_TO, among the question's `lemmas`), the lemmas
    of the nouns of lack with a thing after them («нехватка разъяснений», «отсутствие диалога»;
    «недостаток» only before a plural genitive, else a flaw), not people («нехватка юристов»)."""
    # («Какую опасность видит X в недостатке разъяснений?»: a danger in a lack is what it leads to)
    if LEADING_TO.isdisjoint(lemmas) and DANGEROUS.isdisjoint(lemmas) and DANGER_NOUNS.isdisjoint(lemmas):
        return set()
    morphology = shared_morphology()
    lacking = set()
    for word, after in itertools.pairwise(found):
        lemma = morphology.info(word).lemma
        lack = (
            lemma in LACK_NOUNS
            or (lemma == LACK_OR_FLAW and morphology.case_of(after) == ("gent", True))
            or (lemma in LACKING_ADJECTIVES and morphology.info(after).pos == "NOUN")
        )
        if lack and not morphology.animate_noun(after):
            lacking.add(lemma)
    return lacking


def warned_of_danger(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Предупреждал ли генпрокурор о риске неверного толкования реформ?», "Did he warn of the
    danger of misreadings?", «Говорилось ли о риске неверного толкования?»: a warning of (or talk
    about) a danger of a thing the documents name asks what is to
    be avoided, which an entry stating a purpose tells («позволяет избежать неточных
    интерпретаций»); the danger and the verb of warning are its frame. Only when that thing, just
    after the danger, is a noun the knowledge base knows («о риске повышения налогов» stays
    declined)."""
    found = analysis.words
    morphology = shared_morphology()
    warning = {morphology.info(w).lemma for w in found} & WARNING_SAYS
    for i, word in enumerate(found):
        if DANGER_NOUNS.isdisjoint(morphology.lemmas(word)):
            continue
        # «Говорилось ли о риске неверного толкования?»: a danger spoken of, as one warned of
        if not warning and (i == 0 or found[i - 1] not in ABOUT_WORDS):
            continue
        after = ctx.analyzer.analyse(" ".join(found[i + 1 : i + 1 + ALTERNATIVE_SPAN])).terms
        if not after or not after[0].known or after[0].pos not in {"NOUN", None}:
            continue
        danger = ctx.analyzer.analyse(word).values
        kept = tuple(t for t in analysis.terms if t.value not in warning | danger)
        if kept == analysis.terms:
            continue
        values = frozenset(t.value for t in kept)
        return replace(analysis, terms=kept, values=values, kinds=analysis.kinds | {"reason"})
    return analysis


def warned_to_avoid(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """ "What did Asylov warn X would help avoid?", «О чём предупредил X, говоря, что Y поможет
    избежать…»: warning beside a verb of avoiding reports what the speaker said a thing avoids;
    the warning verb is a verb of saying, no subject. Only when a word the documents use is left."""
    morphology = shared_morphology()
    lemmas = {morphology.info(word).lemma for word in analysis.words}
    warning = lemmas & WARNING_SAYS
    if not warning or not AVOID_VERBS & lemmas:
        return analysis
    return less(analysis, warning)


def undesirable(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Какие выводы о реформе, по мнению генпрокурора, нежелательны?», "Which conclusions are
    undesirable?": what is undesirable is what is to be avoided, as «каких выводов следует
    избегать» asks (the text's «позволяет избежать … выводов»): the adjective is read as the verb
    of avoiding. Only when a word the documents use is left beside it."""
    morphology = shared_morphology()
    unwanted = [t for t in analysis.terms if morphology.info(t.value).lemma in UNDESIRABLE_LEMMAS]
    kept = tuple(t for t in analysis.terms if t not in unwanted)
    if not unwanted or not any(t.known for t in kept):
        return analysis
    terms = (*kept, *ctx.analyzer.analyse(AVOIDING).terms)
    return replace(analysis, terms=terms, values=frozenset(t.value for t in terms))


def without_avoided_danger(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Какой риск помогает избежать разъяснительная работа?», "What danger does it help
    avoid?": a danger the documents never name, beside a verb of avoiding, stands for what is
    avoided (as «чего позволяет избежать…» asks); what is asked about is the rest. Only when
    something the knowledge base knows is left."""
    morphology = shared_morphology()
    if not AVOID_VERBS & {morphology.info(word).lemma for word in analysis.words}:
        return analysis
    kept = tuple(t for t in analysis.terms if t.known or t.value not in DANGER_NOUNS)
    if len(kept) == len(analysis.terms) or not any(t.known and t.pos in {"NOUN", None} for t in kept):
        return analysis
    # what a thing prevents is what it is for: a purpose, which only some entries state
    return replace(
        analysis, terms=kept, values=frozenset(t.value for t in kept), kinds=analysis.kinds | {"reason"}
    )


def guarded_against(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«От чего защищает разъяснительная работа?», «От каких ошибок уберегает обсуждение?»: what a
    thing guards against is what it helps avoid, a purpose (kind `reason`): the verb of guarding is
    read as the verb of avoiding, not as the protection of rights the documents speak of. Only
    right after «от чего», «от каких»; «защищать права» stays protection; a verb the documents
    never use («оберегает») is no subject already, and stays as it is read."""
    found = analysis.words
    asked = any(w == "от" and after in GUARDED_ASKED for w, after in itertools.pairwise(found))
    if not asked:
        return _kazakh_guarded_against(ctx, analysis)
    morphology = shared_morphology()
    guarding = {i for i, word in enumerate(found) if morphology.info(word).lemma in GUARD_VERBS}
    at = {i for i in guarding if any(t.known for t in ctx.analyzer.analyse(found[i]).terms)}
    if not at:
        return analysis
    return _read_as_avoiding(ctx, analysis, at)


def _kazakh_guarded_against(ctx: ReaderContext, analysis: Analysis) -> Analysis:
    """«Жобаны ашық талқылау неден сақтайды?» (what does open discussion keep one from?): the Kazakh
    of «от чего защищает» (guarded_against), the verb right after «неден» read as avoiding, kind
    `reason`. «құқықтарын қорғайды» (guards rights, no «неден») stays protection, and so does the
    passive (_kazakh_guarding)."""
    found = analysis.words
    at = {
        i + 1
        for i, (word, verb) in enumerate(itertools.pairwise(found))
        if word == KAZAKH_GUARDED_ASKED and _kazakh_guarding(verb)
    }
    if not at:
        return analysis
    return _read_as_avoiding(ctx, analysis, at)


def _read_as_avoiding(ctx: ReaderContext, analysis: Analysis, at: set[int]) -> Analysis:
    """The verbs at `at` read as avoiding, kind `reason`, when a known word besides them is left to
    say what is avoided; else the question as it was read."""
    read = read_with(ctx, analysis, at, AVOIDING)
    if not any(t.known and t.value != AVOIDING for t in read.terms):
        return analysis
    return replace(read, kinds=read.kinds | {"reason"})


def _kazakh_guarding(verb: str) -> bool:
    """An active form of a Kazakh verb of keeping or guarding («сақтайды», «қорғайды»); not its
    passive («деректер неден қорғалады»: what the data are guarded from, their protection)."""
    root = next((r for r in KAZAKH_GUARD_ROOTS if verb.startswith(r)), None)
    return root is not None and not verb.startswith(KAZAKH_PASSIVE, len(root))


def feared_misreading(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Какие опасения по поводу трактовки реформ были озвучены?», «опасаюсь, что реформу будут
    толковать…»: a fear of how a thing is read, named a few words after it, is a fear that it is
    misread, the text's «неточных интерпретаций» (which outreach helps avoid): the word of reading is
    read as that, the word of fearing is its frame. A fear of anything else stays as it is read."""
    found = analysis.words
    morphology = shared_morphology()
    lemmas = [morphology.info(word).lemma for word in found]
    for i, lemma in enumerate(lemmas):
        if lemma not in FEARING:
            continue
        # the thing feared after the word of fearing, or before it: Russian puts a verb's object
        # first as freely («Каких выводов о реформе опасается генпрокурор?»)
        after = range(i + 1, min(len(found), i + 1 + FEARED_SPAN))
        before = range(i - 1, max(-1, i - 1 - FEARED_SPAN), -1)
        span = (*after, *before)
        read_at = next((j for j in span if lemmas[j] in READING_LEMMAS), None)
        if read_at is None:
            continue
        words = [MISREADING if k == read_at else word for k, word in enumerate(found) if k != i]
        read = ctx.analyzer.analyse(" ".join(words))
        return replace(read, kinds=analysis.kinds | read.kinds)
    return analysis
