"""The kind of a decline: off topic (nothing the documents talk about), not found (the documents may
hold the answer, or an entry nearly answers), or not in the document (the subject is there, the detail
asked is not). Saying the document is silent when it is not is the worse error: not_in_document is
said only when entries are about the question's subject and none of them could answer what is asked."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from bot.qa.analyzer import Analysis, Term
from bot.qa.candidates import Candidate
from bot.qa.engine_context import EngineContext
from bot.qa.kb import BEYOND_LIST
from bot.qa.models import DeclineKind
from bot.qa.morph import shared_morphology
from bot.qa.reading.frames import NEEDED_FORMS, RESPECT_FORMS
from bot.qa.reading.kazakh_nouns import KAZAKH_ABOUT
from bot.qa.reading.sayings import VOICE_NOUNS, VOICE_SAYING, VOICE_SPAN
from bot.qa.reading.weighed import contrast_sides
from bot.qa.subject import ALTERNATIVE_WORDS, SUBJECT_POS, WHOLE_STEMS, Subject
from bot.qa.text import ASKER_WORK, COLLOQUIAL_WHAT, OBLIQUE_QUESTION_WORDS, RUSSIAN_ASKING
from bot.qa.thresholds import ANSWER_MIN, MAX_SUGGESTIONS

# An entry this close lexically nearly answers: never say "the document does not say this" then.
NEAR_COVERAGE = 0.5
# An entry this close in meaning: never say "the document does not say this" then either.
SEM_NEAR = 0.93
# Kinds of question an entry's description may answer in its own words though it is not labelled
# so: a purpose («…с акцентом на профилактику», «направлены на…») is told by what a thing is for.
IMPLICIT_KINDS = frozenset({"reason"})
# Kinds that qualify what is asked rather than ask it: «кто ещё» is a who-question, «какие именно
# X» a question for X; «когда и кто» asks two things (see decline_kind).
MODIFIER_KINDS = frozenset({"names", "items", "others", "besides", "future", "negated"})
# Whose voice a question asks in: «по оценке организаторов», «по словам авторов текста», "in the
# organisers' words", "according to the authors". The document tells its own and its speakers'
# views, and its voice may go by another name (its organisers, authors, press service): a source the
# document never names says nothing of whether it is silent on what is asked (attributed_only)
ATTRIBUTING_NOUNS = frozenset({"слово", "оценка", "мнение", "версия", "утверждение", "заявление", "данные"})
ATTRIBUTING_ENGLISH = (("according", "to"), ("in", "the"))
# a verb's parts of speech: a side of «или» with one is a clause of its own (_other_side_held)
VERB_POS = frozenset({"VERB", "INFN", "PRTS"})
# the parts of speech of a quality weighed beside «или» (_qualities_weighed): full and short adjectives
QUALITY_POS = frozenset({"ADJF", "ADJS"})
# the words naming the source after the opener («авторов текста»: a noun and its complement)
ATTRIBUTION_SPAN = 2
# The asker's own telling of who they are and where they heard or read of it («я диспетчер на станции
# Шу, у нас в бригаде спорят, что…», «Слышал по радио, что…», «в соцсетях пишут…», «С точки зрения
# нотариуса интересно:…»):
# first-person words and verbs of hearing or reading open it (asker_words); it runs until the
# clause the question asks (a conjunction, an asking word) or for ASKER_SPAN words (no punctuation
# is left in the analysed text)
# (only «я», «мы» before a noun: not text.FIRST_PERSON's «мне», «хочу», whose words are asked)
ROLE_PRONOUNS = frozenset({"я", "мы"})
# «я из Шымкента», colloquial «я с Атырау», «мы со Степногорска»: where the asker is from
FROM_WHERE = frozenset({"из", "с", "со"})
ASKERS_OWN = frozenset({"нас", "меня"})  # after «у»: what the asker has, where they are
HEARSAY_LEMMAS = frozenset({"слышать", "услышать", "читать", "прочитать", "прочесть", "видеть", "увидеть"})
# «пишут», «написали» with no subject: what others write somewhere (not «генпрокурор пишет в…»)
WRITTEN_LEMMAS = frozenset({"писать", "написать"})
ASKER_SPAN = 6
# «для эфира», "for the wire": the asker's work after these (English past an article)
# («вынести на стенд», «рассказать на уроке»: where the asker's work shows it)
FOR_WORK = frozenset({"для", "for", "на"})
WORK_ARTICLES = frozenset({"the", "a", "an", "my", "our"})
# first-person verbs of wanting, asking, requesting: what follows them is asked (_doing_opens)
ASKING_FIRST = frozenset(
    {
        "хотеть",
        "интересоваться",
        "спрашивать",
        "спросить",
        "просить",
        "уточнить",
        "уточнять",
        "желать",
        "мочь",
    }
)
# verbs by which an opening person's words are brought («соседка говорит», «бабушка спрашивает»)
TELLING_VERBS = frozenset(
    {"говорить", "сказать", "спрашивать", "спросить", "утверждать", "считать", "интересоваться"}
)
# verbs by which many persons bring a question of theirs («клиенты спрашивают», «студенты
# интересуются»), and how many adverbs may stand before them («часто», «постоянно»)
ASKING_VERBS = frozenset({"спрашивать", "спросить", "интересоваться"})
TELLER_ADVERBS = 2
HEARD_IN = frozenset({"по", "в", "на", "из"})
# (and the colloquial spellings of «что»: «рыбачу на каспии мне чё с этой конституции»)
CLAUSE_OPENERS = frozenset(
    {"что", "чтобы", "ли", "скажите", "подскажите", *RUSSIAN_ASKING.split(), *COLLOQUIAL_WHAT}
)
# «это бабушка, внук помог написать»: the asker named after «это» (_opening_person)
THIS = "это"
# where the question's clause opens after an opening person: an asking word in any case («волонтёр
# в НКО, чем реформа поможет…»), or the asker's need («библиотекарь, нужна дата и тема»: what they
# need is asked)
NEED_FORMS = NEEDED_FORMS | {"надо"}
PERSON_CLAUSE_OPENERS = CLAUSE_OPENERS | OBLIQUE_QUESTION_WORDS | NEED_FORMS
# Nouns that frame what is asked of a subject rather than name a detail of it: its risk, danger or
# threat, its problems, its degree, possibility, origin («Какие риски видит генпрокурор в
# недостаточном разъяснении?», «Какую степень снисходительности к правонарушениям предполагает
# принцип?», «происхождение реформы — с чем её связывают?»). The document tells these in its own
# words (what is to be avoided, zero tolerance, what the reform continues), so a question whose only
# unknown words are these is no sign it is silent. So are the names of a principle as a slogan or a
# motto («Какой лозунг получит статус конституционной ценности?»): the document calls it a
# principle. So is its mention, "reference" ("What is the reference to X about?": what is said of X).
# So is its effect («какой эффект от поправок для госуправления»: what they bring, which the text tells
# as their aims; not its number: «изменится ли количество депутатов» asks a detail the text never gives).
# (The lemmas as the analyzer gives them: «о риске» is read as «риска».)
FRAMING_NOUNS = frozenset(
    {
        "риск",
        "риска",
        "опасность",
        "угроза",
        "проблема",
        "степень",
        "возможность",
        "происхождение",
        "risk",
        "danger",
        "threat",
        "problem",
        "degre",
        "possibl",
        "origin",
        "упоминание",
        "refer",
        "mention",
        "лозунг",
        "девиз",
        "слоган",
        "slogan",
        "motto",
        "эффект",
        "effect",
    }
)


# «диспетчер такси уральск. полиция будет…», «водила из павлодара) что мне…»: a short opening
# sentence (up to ASKER_SPAN words) ended by a full stop, a bracket or a line break, with no question
# mark of its own, before the rest of the message (_opening_aside)
# third-person pronouns after it point back to the opening: then it names what is asked
# (the message is lowercased and «ё» spelt «е» first)
BACK_PRONOUNS = frozenset(
    {"он", "она", "оно", "они", "его", "ее", "их", "им", "ими", "ему", "ей", "ней", "нее", "него", "нему"}
    | {"ним", "них", "нем", "it", "they", "them", "its", "their"}
)
# «Меня волнуют налоги.», «Нам интересны пенсии.»: the asker's concern names what is asked
CONCERNED = frozenset({"меня", "мне", "нас", "нам"})
REST_MIN = 3  # words after it: fewer are a word cut by an abbreviation's full stop
OPENING_SENTENCE = re.compile(r"^\s*([^.?!)\n]+?)\s*[.)!\n]+\s+(?=\S)")
# «соседа повязали, …», «блогер я, …»: a shorter opening clause before a comma, of two to
# CLAUSE_SPAN words, with a verb or the asker's «я» / «мы» (_opening_match)
OPENING_CLAUSE = re.compile(r"^\s*([^,.?!)\n:;—–]+?)\s*,\s+(?=\S)")
CLAUSE_WORDS_MIN = 2
CLAUSE_SPAN = 4


# the Kazakh «which» (and its spellings without Kazakh letters) and the noun «жер» (place) after it:
# «қай жерде / жерге» asks where (_which_place)
WHICH_KAZAKH = frozenset({"қай", "кай", "каи", "kai", "qai", "qay"})
# (not its possessive: «Преамбуланың қай жерінде» asks which part of the Preamble)
PLACE_FORMS = frozenset({"жерге", "жерде", "жерден", "zherge", "zherde", "jerge", "jerde"})


# «в плане их прав», «в смысле защиты»: a compound preposition of respect opens with «в»
# (_in_respect_of; its nouns are frames.RESPECT_FORMS)
IN = "в"


def decline_kind(
    ctx: EngineContext,
    analysis: Analysis,
    subject: Subject,
    candidates: Sequence[Candidate],
    cosines: dict[str, float],
    *,
    several: bool = False,
    question: str = "",
) -> DeclineKind:
    best_cosine = max(cosines.values(), default=-1.0)
    if not subject.any_known:  # nothing the document talks about (an embedding is near anything)
        return "off_topic"
    if analysis.kinds & {"negated", "objection"}:  # what did not happen, or an objection no
        return "not_found"  # entry reports: the document may not report everything said
    if (
        not several
        and not subject.known
        and BEYOND_LIST not in analysis.kinds  # (its subject left out with the list: not_found below)
        and not any(t.known and _names_a_topic(ctx, t) for t in analysis.terms)
        and not any(w.startswith(WHOLE_STEMS) for w in analysis.words)
    ):
        # «Дай рецепт бешбармака», "Recommend a good movie": the only words the documents use are
        # verbs and qualifiers any request has; nothing they talk about is named, so the bot says
        # what it is for rather than that the document is silent on a subject it never had
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
        return c.lexical is not None and ctx.subjects.covers(c.entry_id, subject)

    if subject.unknown:
        if (
            _named_aside(ctx, analysis, subject)
            or _contrasted(ctx, analysis, subject, candidates)
            or _other_side_held(ctx, analysis, subject, candidates)
            or _qualities_weighed(ctx, analysis, subject)
            # how the asked thing is framed: no detail of it
            or set(subject.unknown)
            <= FRAMING_NOUNS
            | KAZAKH_ABOUT
            | _in_respect_of(ctx, analysis.words)
            | _which_place(ctx, analysis.words)
            or (
                any(t.known and _names_a_topic(ctx, t) for t in analysis.terms)
                and set(subject.unknown) <= _opening_aside(ctx, question)
            )
        ):
            return "not_found"
        return "not_in_document" if any(map(about_subject, candidates)) else "not_found"
    if analysis.kinds & IMPLICIT_KINDS and any(
        _holds_all(ctx, c, subject) for c in candidates[:MAX_SUGGESTIONS]
    ):
        return "not_found"  # «Для чего X?» where an entry describes X in every word asked
    # what the question is about cannot answer this kind of question (когда, сколько…), and no
    # entry that can answer it shares a word with the question (the kind is checked first: it
    # is cheaper than the subject)
    # a question asking two things («когда это было и кто там был»): the document answering
    # one of them is enough not to call it silent
    # a kind asked in one of its clauses says nothing of the others' subjects; a «who» an entry
    # holding every word may tell by the body it names (_names_a_doer; not «кто ещё», «кто
    # именно»: names or others the entries say they omit)
    if several or (
        analysis.kinds == {"who"}
        and any(_names_a_doer(ctx, c, subject) for c in candidates[:MAX_SUGGESTIONS])
    ):
        return "not_found"
    asked = analysis.kinds - MODIFIER_KINDS
    qualifiers = analysis.kinds & MODIFIER_KINDS
    parts = [frozenset({kind}) | qualifiers for kind in asked] if len(asked) > 1 else [analysis.kinds]
    for part in parts:
        fits = ctx.fitting(part)
        if any(c.entry_id in fits and about_subject(c) for c in candidates):
            return "not_found"
    return "not_in_document" if any(map(about_subject, candidates)) else "not_found"


def _in_respect_of(ctx: EngineContext, found: Sequence[str]) -> frozenset[str]:
    """«Что реформа даст гражданам в плане их прав?», «в смысле защиты»: the noun of a compound
    preposition of respect («в плане», «в смысле») says in what respect the thing is asked, as «в
    части» does; it is no detail (not «план» alone: «Какой план реформ?» asks a plan)."""
    nouns = [w for before, w in itertools.pairwise(found) if before == IN and w in RESPECT_FORMS]
    return frozenset(t.value for t in ctx.analyzer.analyse(" ".join(nouns)).terms) if nouns else frozenset()


def _opening_aside(ctx: EngineContext, question: str) -> frozenset[str]:
    """«Диспетчер такси, Уральск. Полиция будет профилактикой заниматься?», «мама ребенка инвалида.
    права защищать будут лучше…», «водила из павлодара) что мне с этой реформы…»: a short opening
    sentence naming nothing the documents use and asking nothing is the asker telling who or where
    they are; its words are no detail asked (the unknown terms' values; empty when the message does
    not open so). The caller also wants the message to name a topic the documents know: «Министр
    юстиции. Что он сказал?» asks of the minister (not in the document)."""
    match = _opening_match(question)
    if match is None:
        return frozenset()
    told = match.group(1)
    rest = question[match.end() :]
    following = re.findall(r"\w+", rest.lower().replace("ё", "е"))
    if "(" in told or len(following) < REST_MIN or not BACK_PRONOUNS.isdisjoint(following):
        # "governors (akims) be elected", «утечку перс. данных»: no sentence of its own; «Налоги.
        # Что о них говорили?»: the opening is what is asked
        return frozenset()
    opening = ctx.analyzer.analyse(told)
    if (
        opening.kinds
        or not opening.terms
        or any(t.known for t in opening.terms)
        or not CLAUSE_OPENERS.isdisjoint(opening.words)
        or not CONCERNED.isdisjoint(opening.words)
    ):
        return frozenset()
    # «Я налоговый инспектор. Какие изменения… в налоговую систему?»: a word the question repeats
    # is asked
    return frozenset(t.value for t in opening.terms) - ctx.analyzer.analyse(rest).values


def _opening_match(question: str) -> re.Match[str] | None:
    """The short opening sentence (OPENING_SENTENCE), or a shorter opening clause before a comma
    (OPENING_CLAUSE: «соседа повязали, в новой конст-ии чего про права граждан есть»)."""
    if "." in question or ")" in question or "\n" in question:
        match = OPENING_SENTENCE.match(question)
        if match is not None:
            return match if len(match.group(1).split()) <= ASKER_SPAN else None
    if "," not in question:
        return None
    match = OPENING_CLAUSE.match(question)
    if match is None or not CLAUSE_WORDS_MIN <= len(match.group(1).split()) <= CLAUSE_SPAN:
        return None
    # (the asker's doing or «я» / «мы»: a noun phrase alone before a comma is more often the topic,
    # «Налоги для бизнеса, что изменится…?»)
    found = re.findall(r"\w+", match.group(1).lower())
    morphology = shared_morphology()
    if ROLE_PRONOUNS.isdisjoint(found) and not any(morphology.info(w).pos == "VERB" for w in found):
        return None
    return match


def _which_place(ctx: EngineContext, found: Sequence[str]) -> frozenset[str]:
    """«Заң және тәртіп қағидаты қай жерге енгізіледі?» (into which place: where), also spelt in
    Latin letters («kai zherge»): the place after the Kazakh «which» asks where, it is no detail
    (the term's value; not «қай министр»: which minister is asked)."""
    places = [w for before, w in itertools.pairwise(found) if before in WHICH_KAZAKH and w in PLACE_FORMS]
    return frozenset(t.value for t in ctx.analyzer.analyse(" ".join(places)).terms) if places else frozenset()


def _names_a_doer(ctx: EngineContext, candidate: Candidate, subject: Subject) -> bool:
    """«Законные интересы населения кто защищать будет?»: an entry holding every word of the
    question also names a body or person the question does not (the law enforcement bodies whose
    service model protects those interests): it may tell who does what is asked, though it is not
    labelled for «who», so the bot cannot claim the document is silent."""
    if not _holds_all(ctx, candidate, subject):
        return False
    asked = set(subject.known)
    return any(ctx.subjects.holds(candidate.entry_id, v) for v in ctx.subjects.named - asked)


def _holds_all(ctx: EngineContext, candidate: Candidate, subject: Subject) -> bool:
    """The entry holds every term of the question and covers its subject."""
    lex = candidate.lexical
    return lex is not None and lex.coverage >= 1.0 and ctx.subjects.covers(candidate.entry_id, subject)


def _names_a_topic(ctx: EngineContext, term: Term) -> bool:
    """A noun or name the documents use, or a word of what they are about as a whole (the event,
    the draft, its discussion: Subjects.frames), not a verb or qualifier any request has."""
    return term.pos in SUBJECT_POS or ctx.subjects.frames(term.value)


def _named_aside(ctx: EngineContext, analysis: Analysis, subject: Subject) -> bool:
    """Every unknown word of the subject names whose voice the question asks in («Чем, по оценке
    организаторов, стал круглый стол?», "What did it confirm, in the organisers' words?") or is the
    asker's telling of themselves («Я узбек, держу магазинчик…», «Слышал по радио, что…»): the
    document may tell what is asked in its own voice under another name, and the asker's life is no
    detail asked, so the bot cannot claim it is silent. «Кто был организатором?» asks the organiser
    (not in the document); «По оценке организаторов, как изменятся налоги?», «Я пенсионер, что будет
    с пенсиями?» have an unknown word of their own (not in the document)."""
    found = analysis.words
    sources = _attribution_words(found) + _asker_words(found) + _document_voice(found)
    if not sources:
        return False
    named = {t.value for t in ctx.analyzer.analyse(" ".join(sources)).terms if not t.known}
    return set(subject.unknown) <= named


def _contrasted(
    ctx: EngineContext, analysis: Analysis, subject: Subject, candidates: Sequence[Candidate]
) -> bool:
    """Every unknown word of the subject is on a side of a contrast or an alternative that weighs a
    word against the documents' own (synonyms.yaml `contrasts`: «как разрыв или как
    преемственность?», «продолжением, а не разрывом с прошлым», «отличается от простого наказания»,
    "is prevention emphasised over punishment?"), and an entry close to the question holds theirs:
    the document tells its side (its emphasis on prevention, its «продолжение») without naming the
    other, so the bot cannot claim it is silent. Not for a word no curated contrast pairs with the
    documents' («вместо судей», «от Конституции Узбекистана»: a detail the text never gives)."""
    contrasts = ctx.reader.context.contrasts
    if not contrasts:
        return False
    held = [c.entry_id for c in candidates[:MAX_SUGGESTIONS] if c.lexical is not None]
    unknown: set[str] = set()
    for sides in contrast_sides(analysis.words):
        terms = ctx.analyzer.analyse(" ".join(w for side in sides for w in side)).terms
        values = {t.value for t in terms}
        if any(
            word <= values and any(all(ctx.subjects.holds(e, v) for v in theirs) for e in held)
            for word, theirs in contrasts
        ):
            unknown |= {t.value for t in terms if not t.known}
    return bool(unknown) and set(subject.unknown) <= unknown


def _other_side_held(
    ctx: EngineContext, analysis: Analysis, subject: Subject, candidates: Sequence[Candidate]
) -> bool:
    """«Рассказывают ли людям о грядущих преобразованиях или всё решается за закрытыми дверями?»,
    «Ограничились ли участники общими декларациями или обсуждали практическую сторону проекта?»: a
    question weighing two clauses (a verb on each side of one «или»), every unknown word on one side
    and the other naming a subject the documents know, which an entry close to the question holds:
    the document tells that side (the public is informed, the practical side was discussed) and so
    which of the two holds, though it never names the other; the bot cannot claim it is silent.
    Not alternatives within one clause («принята на референдуме или Парламентом?», «Генпрокуратура
    или Администрация?»: what is asked, how or who, is asked of both, and the text may tell
    neither), nor when both sides have a word the documents never use."""
    found = analysis.words
    at = [i for i, w in enumerate(found) if w in ALTERNATIVE_WORDS]
    if len(at) != 1:
        return False
    sides = (found[: at[0]], found[at[0] + 1 :])
    if not all(map(_has_a_verb, sides)):
        return False  # alternatives within one clause: what is asked is asked of both
    held = [c.entry_id for c in candidates[:MAX_SUGGESTIONS] if c.lexical is not None]
    unknown = set(subject.unknown)
    for side, other in (sides, sides[::-1]):
        terms = ctx.analyzer.analyse(" ".join(other)).terms
        theirs = {t.value for t in terms}
        mine = {t.value for t in ctx.analyzer.analyse(" ".join(side)).terms}
        # the documents' words on the other side, not those of their whole (реформа, проект)
        named = {t.value for t in terms if t.known} - ctx.subjects.whole
        if (
            unknown <= mine
            and not unknown & theirs
            and named
            and any(all(ctx.subjects.holds(e, v) for v in named) for e in held)
        ):
            return True
    return False


def _qualities_weighed(ctx: EngineContext, analysis: Analysis, subject: Subject) -> bool:
    """«Изменения скорее консервативные или передовые?»: every unknown word of the subject is one of
    two qualities set beside one «или» (an adjective each side, next to it): the question asks which
    the thing is, and the document may tell it in its own words («прогрессивный характер»), which no
    curated contrast may pair with the asker's, so the bot cannot claim it is silent. Not nouns
    («референдумом или Парламентом?»: what is asked may be told of neither), nor a quality set
    against a known word of the documents (_contrasted reads those)."""
    found = analysis.words
    at = [i for i, w in enumerate(found) if w in ALTERNATIVE_WORDS]
    if len(at) != 1 or at[0] == 0 or at[0] + 1 >= len(found):
        return False
    sides = (found[at[0] - 1], found[at[0] + 1])
    morphology = shared_morphology()
    if not all(morphology.info(w).pos in QUALITY_POS for w in sides):
        return False
    terms = ctx.analyzer.analyse(" ".join(sides)).terms
    if len(terms) != len(sides) or any(t.known for t in terms):
        return False
    return set(subject.unknown) <= {t.value for t in terms}


def _has_a_verb(words: Sequence[str]) -> bool:
    """The words hold a verb of their own (a clause, not a noun offered as an alternative)."""
    morphology = shared_morphology()
    return any(morphology.info(w).pos in VERB_POS for w in words)


def _attribution_words(found: Sequence[str]) -> list[str]:
    """The words after «по словам / оценке / мнению…», "according to", and those of "in the X's
    words" (the source named), up to ATTRIBUTION_SPAN of them."""
    morphology = shared_morphology()
    sources: list[str] = []
    for i, word in enumerate(found[:-1]):
        russian = word == "по" and morphology.info(found[i + 1]).lemma in ATTRIBUTING_NOUNS
        if word == "по" and _qualified_attribution(found[i + 1 : i + 3]):
            # «по официальной версии», «по общему мнению»: the voice itself, told by its qualifier
            sources += found[i + 1 : i + 3]
        elif russian or (word, found[i + 1]) == ATTRIBUTING_ENGLISH[0]:
            sources += found[i + 2 : i + 2 + ATTRIBUTION_SPAN]
        elif (word, found[i + 1]) == ATTRIBUTING_ENGLISH[1]:
            tail = found[i + 2 : i + 3 + ATTRIBUTION_SPAN]
            if "words" in tail:
                sources += tail[: tail.index("words")]
    return sources


def _document_voice(found: Sequence[str]) -> list[str]:
    """«Какой результат круглого стола отметили организаторы в заключение?», «Что, как пишут
    авторы, подтвердил круглый стол?», "What did the organisers note?": those who wrote or held what
    the document tells, beside a verb of saying, are its own voice under another name (as «по
    словам организаторов»), no detail asked. Not «Кто был организатором?» (no saying: the organiser
    asked), nor another's voice («что отметил министр»: what a minister said is asked)."""
    morphology = shared_morphology()
    return [
        word
        for i, word in enumerate(found)
        if (morphology.info(word).lemma in VOICE_NOUNS or word in VOICE_NOUNS)
        and any(
            morphology.info(w).lemma in VOICE_SAYING or w in VOICE_SAYING
            for w in found[max(0, i - VOICE_SPAN) : i + 1 + VOICE_SPAN]
        )
    ]


def _qualified_attribution(pair: Sequence[str]) -> bool:
    """An adjective and an attributing noun («официальной версии», «общему мнению»)."""
    morphology = shared_morphology()
    return (
        len(pair) == ATTRIBUTION_SPAN
        and morphology.info(pair[0]).pos == "ADJF"
        and morphology.info(pair[1]).lemma in ATTRIBUTING_NOUNS
    )


def _asker_words(found: Sequence[str]) -> list[str]:
    """The words of the asker's telling of themselves: after a first-person word, up to the clause
    asked (CLAUSE_OPENERS) or ASKER_SPAN words; where they heard or read of it («слышал по радио»,
    not «слышал про налоговую реформу»: what was heard of is asked); after «с точки зрения» and
    «для» with the asker's work («для доклада»)."""
    aside: list[str] = []
    for i, word in enumerate(found):
        if word in FOR_WORK and (work := _work_after(found[i + 1 : i + 3])):
            aside.append(work)
        elif _teller_at(found, i):  # «Соседка говорит, что…», «…, спрашивает бабушка»: whose word it is
            aside.append(word)
        elif word == "зрения" and i > 0 and found[i - 1] == "точки":
            aside += found[i + 1 : i + 1 + ATTRIBUTION_SPAN]
        elif _hearsay(word):  # where it was heard, not of what
            if i + 1 < len(found) and found[i + 1] in HEARD_IN:
                aside += found[i + 2 : i + 2 + ATTRIBUTION_SPAN]
            elif i > 1 and found[i - 2] in HEARD_IN:  # «в соцсетях пишут», «в газете прочитала»
                aside.append(found[i - 1])
        elif _opens_asker_aside(found, i):
            for follower in found[i + 1 : i + 1 + ASKER_SPAN]:
                if follower in CLAUSE_OPENERS:
                    break
                aside.append(follower)
        elif i == 0 and _doing_opens(found):  # «продаю телефоны в Алмате, скажите…»
            aside += found[1 : _clause_at(found)]
        elif i == 0 and (end := _opening_person(found) or _doing_closes(found)):
            # «волонтёр в НКО, чем…», «тренер по боксу я»; «сорян между обходами пишу, …»
            aside += found[:end]
        elif i > 0 and _many_asking(found[i:]):  # «…я. пацаны спрашивают, будет ли…»
            aside.append(word)
    return aside


def _opening_person(found: Sequence[str]) -> int:
    """«Волонтёр в НКО для пожилых, чем реформа поможет…», «Это бабушка, внук помог написать.
    Скажите, …», «тренер по боксу я. …»: the message opens with one person's noun in the nominative
    (past «это»), and the question's clause (an asking word, PERSON_CLAUSE_OPENERS) or the asker's
    «я» follows within ASKER_SPAN words: the asker tells who they are. Where the telling ends (0 when
    it does not open so)."""
    start = 1 if list(found[:1]) == [THIS] else 0
    if start >= len(found) or not shared_morphology().person(found[start]):
        return 0
    for at, word in enumerate(found[start + 1 : start + 1 + ASKER_SPAN], start + 1):
        if word in ROLE_PRONOUNS:
            return at + 1
        if word in PERSON_CLAUSE_OPENERS:
            return at
    return 0


def _many_asking(found: Sequence[str]) -> bool:
    """«пацаны спрашивают», «коллеги интересуются» inside the message: persons in the plural and a
    verb of asking bring their question, which the asker passes on (only asking: «министры
    говорили» tells what is asked)."""
    morphology = shared_morphology()
    return len(found) > 1 and morphology.people(found[0]) and morphology.info(found[1]).lemma in ASKING_VERBS


def _doing_opens(found: Sequence[str]) -> bool:
    """«Продаю телефоны в Алмате, скажите, чем…», «Работаю в школе, что…»: the message opens with
    a verb of the asker's own in the first person, not one of wanting or asking («хочу узнать про
    налоги…», «прошу сообщить…»: their words are asked), and the question's clause follows within
    ASKER_SPAN words (_clause_at): the asker tells what they do."""
    morphology = shared_morphology()
    return (
        morphology.first_person_verb(found[0])
        and morphology.info(found[0]).lemma not in ASKING_FIRST
        and _clause_at(found) > 1
    )


def _doing_closes(found: Sequence[str]) -> int:
    """«Сорян, между обходами пишу, реформу как оценили…», «с телефона пишу, …»: the message opens
    with a few words ended by a verb of the asker's own in the first person (not one of wanting or
    asking: «про налоги хочу узнать» asks them), none of them an asking word: the asker tells what
    they are doing. Where the telling ends (0 when it does not open so)."""
    morphology = shared_morphology()
    for at, word in enumerate(found[:ASKER_SPAN]):
        if word in CLAUSE_OPENERS:
            return 0
        if at and morphology.first_person_verb(word):
            return at + 1 if morphology.info(word).lemma not in ASKING_FIRST and at + 1 < len(found) else 0
    return 0


def _clause_at(found: Sequence[str]) -> int:
    """Where the question's clause opens after the first word (a CLAUSE_OPENERS word within
    ASKER_SPAN words); 0 when none does."""
    return next((i for i, w in enumerate(found[1 : 1 + ASKER_SPAN], 1) if w in CLAUSE_OPENERS), 0)


def _work_after(following: Sequence[str]) -> str | None:
    """The asker's work right after «для», "for", or past an article ("for the wire"); None when
    no work follows."""
    if following[:1] and following[0] in WORK_ARTICLES:
        following = following[1:]
    return following[0] if following[:1] and following[0] in ASKER_WORK else None


def _teller_opens(found: Sequence[str]) -> bool:
    """«Соседка говорит, что…», «Бабушка спрашивает: …»: the question opens with one person's noun
    and a verb of saying or asking: the asker brings another's words, and the person is no detail
    asked (not a noun the documents use: that one is known, never an unknown word)."""
    morphology = shared_morphology()
    at = 1
    while at < min(len(found), 1 + TELLER_ADVERBS) and morphology.info(found[at]).pos == "ADVB":
        at += 1  # «Бабушка часто спрашивает», «Экскурсанты часто спрашивают»
    if at >= len(found):
        return False
    verb = morphology.info(found[at]).lemma
    if morphology.person(found[0]):
        return verb in TELLING_VERBS
    # many askers («Экскурсанты часто спрашивают о…»): only asking, not saying («Министры говорили
    # о налогах?» asks what ministers said)
    return morphology.people(found[0]) and verb in ASKING_VERBS


def _teller_at(found: Sequence[str], i: int) -> bool:
    """The word at `i` is the person opening or closing the question as the one whose words the
    asker brings (_teller_opens, _teller_closes)."""
    return (i == 0 and _teller_opens(found)) or (i == len(found) - 1 and _teller_closes(found))


def _teller_closes(found: Sequence[str]) -> bool:
    """«Что значит правовое сознание общества, спрашивает бабушка», «…, говорит сосед»: the question
    ends with a verb of saying or asking and one person's noun, as a quotation's tag: the asker
    brings another's words, and the person is no detail asked."""
    morphology = shared_morphology()
    return (
        len(found) > 2 and morphology.person(found[-1]) and morphology.info(found[-2]).lemma in TELLING_VERBS
    )


def _hearsay(word: str) -> bool:
    """A verb of hearing or reading («слышал», «прочитала»), or the plural of writing with no one
    named («пишут», «написали»: what others write)."""
    morphology = shared_morphology()
    lemma = morphology.info(word).lemma
    return lemma in HEARSAY_LEMMAS or (lemma in WRITTEN_LEMMAS and morphology.plural_verb(word))


def _opens_asker_aside(found: Sequence[str], i: int) -> bool:
    """«я диспетчер», «мы пенсионеры» (the asker's role: a first-person pronoun and a noun), «у нас»,
    «у меня» or «я из Талдыкоргана», «я с Атырау» (where the asker is, or is from): not «я хочу
    узнать про…», «мне отправить…», whose words are asked."""
    if found[i] in ASKERS_OWN:  # «у нас в бригаде…», «у меня внук на юриста учится…»
        return i > 0 and found[i - 1] == "у"
    return (
        found[i] in ROLE_PRONOUNS
        and i + 1 < len(found)
        and (found[i + 1] in FROM_WHERE or shared_morphology().info(found[i + 1]).pos == "NOUN")
    )
