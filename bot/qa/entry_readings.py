"""The engine's own readings of a question: those that read the entries or the people, bodies and
frames the knowledge base names, so are no passes of bot/qa/reading/ (whose passes look at no
entry). Some read the question differently before it is ranked (when_they_met, effect_or_purpose,
purpose_of); others tell a question no entry may answer (unknown_manner, unknown_doer)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from bot.qa.analyzer import ENGLISH_ARTICLES, Analysis, Term
from bot.qa.engine_context import NUMBER_LEMMAS, EngineContext, JoinedPhrase, strengthening
from bot.qa.kb import BESIDES
from bot.qa.morph import PREDICATE_POS, shared_morphology
from bot.qa.reading import WHICH_WORDS
from bot.qa.reading.context import SAID_KIND
from bot.qa.reading.form import asks_for_things
from bot.qa.subject import SUBJECT_POS, Subject

# A noun of purpose (its terms, and its English words) and verbs of pursuing one: see purpose_of
PURPOSE_TERMS = frozenset({"цель", "aim", "purpos", "goal", "point"})
PURPOSE_WORDS_EN = frozenset({"aim", "aims", "purpose", "purposes", "goal", "goals"})
# "what's the point of X": "point" right after "the" and before "of" is what X is for; not "the key
# point of X" (its gist), nor "the point of view" (_names_purpose)
POINT_OF = ("the", "point", "of")
POINT_OF_VIEW = "view"
NOUN_POS = "NOUN"
# «в Преамбуле», "in the Preamble": the prepositions of what a thing is in (an English article between)
PLACE_PREPOSITIONS = frozenset({"в", "во", "in", "into"})
PURSUING = frozenset({"преследовать", "pursu"})
LISTING = frozenset({"перечислить", "перечислять", "назвать", "называть"})
PURPOSE_PLURALS = frozenset({"цели", "целей", "целям", "целями", "целях", "aims", "purposes", "goals"})
# «по словам X», «по мнению X», "according to X": whose words a question reports, X within so many words
WHOSE_WORDS = frozenset({("по", "словам"), ("по", "мнению"), ("according", "to")})
WHOSE_WORDS_SPAN = 3
# «Как будет назначаться генпрокурор?», "How will … be appointed?": a question opening with «как»
# asks the manner of its action; an action the documents never name they cannot tell the manner of
MANNER_WORDS = frozenset({"как", "how"})
# «Каким образом (способом, путём, методом) …?», «Какими способами …?», "In what way …?": an asking
# word in the instrumental and a noun of the way a thing is done (stopwords, synonyms.yaml) ask the
# manner as «как» does (unknown_manner)
MANNER_WHICH = frozenset({"каким", "какими"})
# («путём» is read as the preposition «путем», "by means of": its lemma too)
MANNER_NOUNS = frozenset({"образ", "способ", "путь", "путем", "метод"})
MANNER_PHRASES_EN = (("in", "what", "way"), ("by", "what", "means"))
# the country the documents are about, named as the country (unknown_manner)
COUNTRY_WORDS = "страна государство country"
# «Кто …?», "Who …?" opening a question that asks nothing else (unknown_doer)
DOER_WORDS = frozenset({"кто", "who"})
# prepositions before «кто» asking with or to whom something was done («с кем», «у кого»)
OBJECT_PREPOSITIONS = frozenset({"с", "со", "у", "к", "ко", "для"})
# verbs of showing an event to an audience (as the analyzer reads them): the documents never tell
# where or how the round table was shown
BROADCAST_VERBS = frozenset(
    {"транслировать", "транслироваться", "показывать", "показать", "показываться", "вещать"}
    | {"stream", "broadcast", "televis", "livestream", "air", "webcast"}
)
# the changes the documents report, as a whole (effect_or_purpose)
CHANGES_WORDS = "изменения поправки новеллы преобразования changes amendments"
# what else a question of a body strengthened may name (strengthened_bodies): the changes that
# would strengthen it, and a generic word for the body ("the prosecutor's office")
STRENGTHENING_FRAME = f"{CHANGES_WORDS} office institution ведомство институт"
# «Какой орган будет защищать…?», "Which body will…?": an asking word and, within so many words, a
# generic word for a body (which_body)
WHICH_BODY_SPAN = 2
# «Как (будет) называться орган, который…?»: a name asked of a thing is the thing asked which of,
# as «какой орган» asks it (which_body): «как», at most one word (a «будет»), a verb of naming
NAMING_LEMMAS = frozenset({"называться", "именоваться", "зваться"})
HOW = "как"
NAMING_SPAN = 2
# «роль прокуратуры», «статус прокуратуры»: a body's own standing, asked of it (standing_of_a_voice),
# by a noun before the body's name («статус прокуратуры», «статус будет у прокуратуры»: within so many words)
STANDING_LEMMAS = frozenset({"роль", "статус", "место", "положение", "полномочие", "функция", "компетенция"})
STANDING_SPAN = 4
# the kinds a question of a body's standing may also ask: what someone said of it
SAID_OF_STANDING = frozenset({SAID_KIND})
# «сколько», "how many", «қанша»: within so many words after the words asking a count, the things
# counted (counted); an adjective is passed over («сколько основных принципов»), a verb ends them
# («Сколько участников обсуждали направления?» counts participants)
COUNTED_SPAN = 3
NOT_THINGS = frozenset({"ADJF", "ADJS", "COMP", "PRTF", "NUMR", "ADVB"})


def when_they_met(ctx: EngineContext, analysis: Analysis) -> Analysis:
    """«Какого числа эксперты обсуждали проект?», «В каком месяце эксперты собирались обсуждать
    новую Конституцию?»: the past date of what those who took part did there (a verb before an
    infinitive only sets about it: _before_infinitives), in words an entry telling its document's
    date holds (the event's own: обсуждать, круглый стол), is the event's date; they name the
    event, not what is asked. Only people that document lists among those who took part, and no
    other word («Когда назначен генпрокурор?», «С какого года Асылов работает генпрокурором?» ask
    another date). It reads the entries, so it is the engine's, not a pass of bot/qa/reading/."""
    if "when" not in analysis.kinds or analysis.kinds - {"when"}:
        return analysis
    subjects = ctx.subjects
    people = [t for t in analysis.terms if t.known and t.value in subjects.named | subjects.concepts]
    auxiliaries = _before_infinitives(analysis.terms)
    rest = [
        t for t in analysis.terms if t not in people and t not in auxiliaries and (t.known or t.pos != "ADVB")
    ]
    if not people or not rest or not all(t.known for t in rest):
        return analysis
    for dated in ctx.fitting(frozenset({"when"})):
        if not all(subjects.holds(dated, t.value) for t in rest):
            continue
        source = ctx.kb.by_id[dated].source
        takers = [e for e in ctx.takers() if ctx.kb.by_id[e].source == source]
        if all(
            any(subjects.holds(e, t.value) and not subjects.only_within(e, t.value) for e in takers)
            for t in people
        ):
            kept = tuple(t for t in analysis.terms if t not in people and t not in auxiliaries)
            return replace(analysis, terms=kept, values=frozenset(t.value for t in kept))
    return analysis


def _before_infinitives(terms: tuple[Term, ...]) -> tuple[Term, ...]:
    """«собирались обсуждать», «начали обсуждать»: a finite verb right before an infinitive only
    says that its doers set about what the infinitive names (they gathered, meant or began to do
    it); what they did is the infinitive's."""
    return tuple(t for t, after in pairwise(terms) if t.pos == "VERB" and after.pos == "INFN")


def effect_or_purpose(ctx: EngineContext, analysis: Analysis) -> Analysis:
    """«Что даёт X?»: what an entry of kind `effect` says its own «X» consists of (a direction
    of the reform: «Направление «Равенство перед законом» предполагает…») answers it when X is that
    name; of the reform or the changes as a whole, what they are aimed at (no kind: an entry
    assessing them says it too); of anything else (a part of a direction, «Что даёт искусственный
    интеллект?», the round table) it asks a purpose, which only an entry stating one answers (kind
    `reason`)."""
    if "effect" not in analysis.kinds:
        return analysis
    subjects = ctx.subjects
    asked = {t.value for t in analysis.terms if t.known and t.value in subjects.named | subjects.concepts}
    if asked and any(asked <= ctx.own_name(e) for e in ctx.fitting(frozenset({"effect"}))):
        return analysis
    whole = ctx.reader.context.wholes | ctx.analyzer.analyse(CHANGES_WORDS).values
    if analysis.values & whole and asked - whose_words(ctx, analysis.words) <= whole:
        # «Какую пользу принесут изменения?»: what the changes as a whole bring is what they are
        # aimed at, which an entry assessing them says as well as one stating the reform's aims
        return replace(analysis, kinds=analysis.kinds - {"effect"})
    return replace(analysis, kinds=(analysis.kinds - {"effect"}) | {"reason"})


def purpose_of(ctx: EngineContext, analysis: Analysis) -> Analysis:
    """«Какая цель у разъяснительной работы?», "the aim of the amendments": the purpose of a thing
    is why it is done (kind `reason`), unless an entry holds the purpose word beside everything
    else the question names (its content IS that thing's aims: «Какие цели преследует новая
    Конституция?» stays with the reform's aims). The purpose word, and a verb of pursuing one,
    are then no subject: the answer states the purpose in its own words."""
    if not _names_purpose(analysis.words) or _aims_listed(analysis) or _aims_of_named(ctx, analysis):
        return analysis
    purpose = [t for t in analysis.terms if t.value in PURPOSE_TERMS]
    others = tuple(t for t in analysis.terms if t not in purpose)
    # the purpose of what: the people, institutions and rare concepts named (not the document)
    framing = whose_words(ctx, analysis.words)
    named = tuple(v for v in ctx.subjects.of(others).known if v not in framing)
    if not purpose or not named or not all(t.known for t in others if t.pos in SUBJECT_POS):
        return analysis
    holds = ctx.subjects.holds
    # ("point" an entry holds is the gist of a speech, "the main point", never its aims)
    words = tuple(t.value for t in purpose if t.value != POINT_OF[1])
    for entry in ctx.kb.entries:
        if words and all(holds(entry.id, v) for v in (*words, *named)):
            return analysis
    kept = tuple(t for t in analysis.terms if t not in purpose and t.value not in PURSUING)
    return replace(
        analysis, terms=kept, values=frozenset(t.value for t in kept), kinds=analysis.kinds | {"reason"}
    )


def whose_words(ctx: EngineContext, found: tuple[str, ...]) -> frozenset[str]:
    """«Каковы, по словам Асылова, цели…?», "according to the prosecutor, what is the aim of…":
    the people and bodies whose words the question reports (the words after «по словам», «по
    мнению», "according to"): the frame of what is asked, not the thing whose purpose it is."""
    out: set[str] = set()
    for i in range(len(found) - 1):
        if (found[i], found[i + 1]) in WHOSE_WORDS:
            after = ctx.analyzer.analyse(" ".join(found[i + 2 : i + 2 + WHOSE_WORDS_SPAN])).terms
            out.update(ctx.subjects.of(after[:1]).known)
    return frozenset(out)


def unknown_manner(ctx: EngineContext, analysis: Analysis, subject: Subject) -> bool:
    """«Как по новому проекту будет назначаться генпрокурор?»: the question opens with «как»,
    its action is a verb the documents never use, and its other words are the people, bodies and
    concepts they name and the frame of their document (the draft, the event): the documents name
    those people as participants and speakers, and a thing as what they discuss ("How will AI be
    regulated?": one thing, not several an unknown verb may relate), and cannot tell how that
    action is done."""
    found = analysis.words
    # (not when another reading asks something else of it: «Как пишется имя Президента?» asks the name)
    if not _asks_manner(found) or analysis.kinds:
        return False
    subjects = ctx.subjects
    predicates = [t for t in analysis.terms if t.pos in PREDICATE_POS]
    others = [t for t in analysis.terms if t.pos not in PREDICATE_POS]
    # a concept they name, alone: an unknown verb between several of them may be how an entry
    # relates them («Как участники соотнесли реформу с инициативами…?»)
    named = subjects.named | (subjects.concepts if len(subject.known) == 1 else frozenset())
    # the one country the documents are about, by name or as the country, frames the question as
    # their document does («Каким путём пойдёт Казахстан?»: how it will act, which they do not tell)
    country = ctx.reader.context.own_country | ctx.analyzer.analyse(COUNTRY_WORDS).values
    return (
        named.issuperset(subject.known)
        and any(not t.known and t.real_word for t in predicates)
        and not any(t.known for t in predicates)
        and all(t.known and (t.value in named | country or subjects.frames(t.value)) for t in others)
    )


def _asks_manner(found: tuple[str, ...]) -> bool:
    """The question opens by asking how: «как», "how", or «каким способом (образом, путём,
    методом)», "in what way": the way nouns are stopwords, so without this such a question would
    lose the manner it asks and be answered as a bare question of its words («Каким способом будут
    избирать президента?» by the President's initiatives). Not «Какой путь…» (which path)."""
    if not found:
        return False
    if found[0] in MANNER_WORDS:
        return True
    lemma = shared_morphology().info(found[1]).lemma if len(found) > 1 else ""
    if found[0] in MANNER_WHICH and lemma in MANNER_NOUNS:
        return True
    return tuple(found[:3]) in MANNER_PHRASES_EN


def unknown_doer(ctx: EngineContext, analysis: Analysis) -> bool:
    """ "Who drafted the new constitution?": the question opens with «кто» / "who" and asks
    nothing else, its action is a verb the documents never use, and its other words are only
    the frame of their document (the draft, the constitution) and adjectives: the documents
    cannot tell who did what they never name. So does «Какое ведомство выпустило этот
    пресс-релиз?»: «какой» with a generic word for a body or people (the asking word's own), also
    after the thing done to, put first («А пресс-релиз какое ведомство выпустило?», «Пресс-релиз
    чей, какое ведомство его выпустило?»: «чей» asks whose too)."""
    found = analysis.words
    agent = _asked_agent(ctx, found) if analysis.kinds <= {"who"} else None
    whom = "whom" in analysis.kinds
    if agent is None and (
        not found or not _asks_who(found) or not {"who"} <= analysis.kinds <= {"who", "whom"}
    ):
        return _unknown_means(ctx, analysis)
    agent = agent or frozenset()
    # whom a named person did it to or with ("Who did the Prosecutor General meet?", «С кем
    # встретился генпрокурор?»): the person is the doer, and the documents name none of his acts' objects
    to_whom = whom or found[0] not in DOER_WORDS or _done_to(found)
    named = ctx.subjects.named if to_whom and not agent else frozenset()
    predicates = [t for t in analysis.terms if t.pos in PREDICATE_POS]
    others = [t for t in analysis.terms if t.pos not in PREDICATE_POS and t.value not in agent]
    return (
        bool(predicates)
        and all(not t.known and t.real_word for t in predicates)
        and all(
            t.known and (t.pos == "ADJF" or t.value in named or ctx.subjects.frames(t.value)) for t in others
        )
    ) or _unknown_means(ctx, analysis)


def _asks_who(found: tuple[str, ...]) -> bool:
    """The question opens with «кто» / "who" / "whom", or a form of «кто» after a preposition
    («с кем», «у кого»)."""
    morphology = shared_morphology()
    return found[0] in DOER_WORDS | {"whom"} or (
        len(found) > 1 and found[0] in OBJECT_PREPOSITIONS and morphology.info(found[1]).lemma == "кто"
    )


def _done_to(found: tuple[str, ...]) -> bool:
    """ "Who did X meet?", "Whom did X…": who is the object of the action, not its doer."""
    return found[0] == "whom" or (len(found) > 1 and found[1] in {"did", "does", "do", "will"})


def _unknown_means(ctx: EngineContext, analysis: Analysis) -> bool:
    """ "Which platform streamed the round table?", «На какой площадке транслировался круглый
    стол?»: a which-word and its noun, a verb of showing the event that the documents never use,
    and nothing else but the frame of their document (the event, the draft): the question asks
    where it was shown, and a word they use otherwise (the round table «стал площадкой» for an
    exchange of views) does not answer it. Only such verbs: an unknown verb of another kind may be
    a typo or a paraphrase of what an entry says («на какие аспекты смотрели участники»)."""
    if analysis.kinds:
        return False
    found = analysis.words
    morphology = shared_morphology()
    asked = next(
        (found[i + 1] for i, w in enumerate(found[:-1]) if morphology.info(w).lemma in WHICH_WORDS), None
    )
    if asked is None:
        return False
    thing = ctx.analyzer.analyse(asked).values
    predicates = [t for t in analysis.terms if t.pos in PREDICATE_POS]
    others = [t for t in analysis.terms if t.pos not in PREDICATE_POS and t.value not in thing]
    return (
        bool(thing)
        and bool(predicates)
        and bool(others)
        and all(not t.known and t.real_word for t in predicates)
        and any(t.value in BROADCAST_VERBS for t in predicates)
        and all(t.known and ctx.subjects.frames(t.value) for t in others)
    )


def _asked_agent(ctx: EngineContext, found: tuple[str, ...]) -> frozenset[str] | None:
    """The generic word for a body or people right after the question's first which-word («какое
    ведомство»), as its values; None when the first which-word has none after it, or there is none."""
    morphology = shared_morphology()
    for i, word in enumerate(found[:-1]):
        if morphology.info(word).lemma in WHICH_WORDS:
            return ctx.analyzer.analyse(found[i + 1]).values & ctx.reader.agents or None
    return None


def strengthened_bodies(ctx: EngineContext, analysis: Analysis, subject: Subject) -> frozenset[str]:
    """ "Will the reform create a stronger presidency?", «Усилит ли реформа Президента?», «Реформа
    Президентті күшейте ме?»: a person or body the documents name, as what a verb of strengthening
    acts on (after the verb, or right before it: "make the President stronger", Kazakh's object),
    with nothing else the question names but the reform or the changes that would do it. What the
    documents strengthen (guarantees, law and order) is no such body; an entry answers only if it
    says the body itself is strengthened (EngineContext.strengthens). Not a body that speaks of
    strengthening something named («Что генпрокурор сказал об укреплении правопорядка?»): the body
    stands right before the term of strengthening only when that term, no noun, ends the question."""
    named = ctx.subjects.named
    terms = analysis.terms
    if (
        not subject.known
        or not named.issuperset(subject.known)
        or not any(strengthening(t.value) for t in terms)
    ):
        return frozenset()
    frame = ctx.reader.context.wholes | ctx.analyzer.analyse(STRENGTHENING_FRAME).values
    if any(
        not strengthening(t.value) and t.value not in named | frame and t.pos not in PREDICATE_POS
        for t in terms
    ):
        return frozenset()  # «…об укреплении правопорядка»: another thing named is what is strengthened
    out: set[str] = set()
    for i, term in enumerate(terms):
        if strengthening(term.value):
            last = _object_before(terms[:i], named, frame) if _closing(terms, i) else ()
            out.update(t.value for t in (*last, *terms[i + 1 :]) if t.value in named)
    return frozenset(out)


def _closing(terms: tuple[Term, ...], i: int) -> bool:
    """The verb of strengthening at `i` closes the question, past at most other verbs («…усилят или
    ослабят?»: the alternative offered)."""
    return i > 0 and terms[i].pos != "NOUN" and all(t.pos in PREDICATE_POS for t in terms[i + 1 :])


def _object_before(terms: tuple[Term, ...], named: frozenset[str], frame: frozenset[str]) -> tuple[Term, ...]:
    """«Прокуратуру в новой Конституции усилят?»: the body named last before a closing verb of
    strengthening, past only the reform's or draft's words (no verb: «Генпрокурор предложил
    усилить…» names the doer), is what it strengthens, as the one right before it is."""
    for term in reversed(terms):
        if term.value in named:
            return (term,)
        if term.value not in frame or term.pos in PREDICATE_POS:
            return ()
    return ()


def which_body(ctx: EngineContext, analysis: Analysis) -> tuple[frozenset[str], ...]:
    """«Какой орган будет защищать персональные данные?», "Which body will protect personal
    data?", «Какие органы будут работать по сервисной модели?»: «какой» / "which" before a generic
    word for a body asks for a body, which only an entry naming one can give (the bodies and
    people the documents name, or a generic body word: «правоохранительных органов»); an entry on
    the thing done that names no body does not tell which one does it. As a part asked for
    (Subject.asked), which the entry must hold one of."""
    found = analysis.words
    morphology = shared_morphology()
    bodies = ctx.reader.context.bodies
    for i, word in enumerate(found[:-1]):
        if morphology.info(word).lemma not in WHICH_WORDS and not _naming(found, i):
            continue
        if ctx.analyzer.analyse(" ".join(found[i + 1 : i + 1 + WHICH_BODY_SPAN])).values & bodies:
            return (bodies | ctx.subjects.named,)
    return ()


def _naming(found: tuple[str, ...], at: int) -> bool:
    """The word at `at` is a verb of naming asked how («как называется», «как будет называться»):
    what it names is asked which of, as after «какой» (which_body)."""
    morphology = shared_morphology()
    return morphology.info(found[at]).lemma in NAMING_LEMMAS and HOW in found[max(0, at - NAMING_SPAN) : at]


def counted(ctx: EngineContext, analysis: Analysis) -> frozenset[str]:
    """«Сколько принципов лежит в основе конституционной модели?», "How many priority areas…?",
    «Қанша бағыт…?»: a count asks how many of the things named after its words there are (the
    words up to the first that asks it: «сколько», "how many", a typed «сколко»), which only an
    entry whose answer names those things in the plural can tell (EngineContext.told). Their
    values; none when the question counts nothing the knowledge base knows (other readings
    decline those)."""
    if "how_many" not in analysis.kinds:
        return frozenset()
    found = analysis.words
    at = _asked_at(ctx, found, "how_many")
    if at is None:
        return frozenset()
    things: set[str] = set()
    for term in ctx.analyzer.analyse(" ".join(found[at + 1 : at + 1 + COUNTED_SPAN])).terms:
        if term.pos in PREDICATE_POS:
            break
        if term.known and term.pos not in NOT_THINGS:
            things.add(term.value)
    return frozenset(things)


def _asked_at(ctx: EngineContext, found: tuple[str, ...], kind: str) -> int | None:
    """Where the words asking a kind of question end («сколько», "how many", a typed «сколко»;
    «назовите», «какие именно»): the first word with which the words up to it ask it."""
    return next(
        (i for i in range(len(found)) if kind in ctx.analyzer.analyse(" ".join(found[: i + 1])).kinds),
        None,
    )


def itemised(ctx: EngineContext, analysis: Analysis) -> frozenset[str]:
    """«Назовите участников дискуссии», «Какие именно участники были?»: a request for the particular
    items of a thing (kind `items`) is answered by an entry whose answer lists that very thing
    (EngineContext.lists), though it is not of that kind: the entries listing the first thing named
    after the words asking it (an adjective passed over, as a count's: see counted). Not an entry
    naming the thing as one item of its list («Назовите общественные организации…»: which ones, it
    does not say)."""
    head = items_asked(ctx, analysis)
    if head is None:
        return frozenset()
    return frozenset(e for e in ctx.kb.by_id if ctx.lists(e) == head)


def items_asked(ctx: EngineContext, analysis: Analysis) -> str | None:
    """The thing whose particular items a request for them names (kind `items`: «Назовите законы»,
    «Какие именно участники были?»): the first thing named after the words asking it, an adjective
    or a number passed over («Назовите четыре направления» asks the directions); None when it asks
    none or names a thing the knowledge base does not know."""
    if "items" not in analysis.kinds:
        return None
    found = analysis.words
    at = _asked_at(ctx, found, "items")
    if at is None:
        return None
    head = next(
        (
            t
            for t in ctx.analyzer.analyse(" ".join(found[at + 1 :])).terms
            if t.pos not in NOT_THINGS and t.value not in NUMBER_LEMMAS
        ),
        None,
    )
    return head.value if head is not None and head.known else None


def _names_purpose(found: tuple[str, ...]) -> bool:
    """A noun of purpose: «цель» in any form, or an English one followed by "of" ("the aim of X",
    "the point of X"; not the verb of "Does the reform aim to…")."""
    morphology = shared_morphology()
    return any(
        morphology.info(word).lemma == "цель"
        or (word in PURPOSE_WORDS_EN and i + 1 < len(found) and found[i + 1] == "of")
        or _point_of(found, i)
        for i, word in enumerate(found)
    )


def _point_of(found: tuple[str, ...], i: int) -> bool:
    """ "What's the point of strengthening legal awareness?": "the point of X" asks what X is for,
    as "the purpose of X"; not "the key point of the speech" (its gist) nor "the point of view"."""
    return tuple(found[i - 1 : i + 2]) == POINT_OF and found[i + 2 : i + 3] != (POINT_OF_VIEW,)


def _aims_listed(analysis: Analysis) -> bool:
    """«Какие цели изменений назвал генпрокурор?», «…перечислил…»: aims in the plural that someone
    named or listed (kind `said`, a verb of listing) are what he said the aims are, not why a thing
    is done."""
    morphology = shared_morphology()
    listed = "said" in analysis.kinds or any(morphology.info(w).lemma in LISTING for w in analysis.words)
    return listed and not PURPOSE_PLURALS.isdisjoint(analysis.words)


def _aims_of_named(ctx: EngineContext, analysis: Analysis) -> bool:
    """«генпрокурор асылов цели изменений»: aims in the plural beside a person or body the documents
    name, with no verb (a question typed as keywords), are the aims that one named, as «какие цели
    изменений назвал генпрокурор» asks (see _aims_listed), not why a thing is done."""
    if PURPOSE_PLURALS.isdisjoint(analysis.words):
        return False
    morphology = shared_morphology()
    if any(morphology.info(w).pos in PREDICATE_POS for w in analysis.words):
        return False
    return bool(analysis.values & ctx.reader.context.subjects)


def members_as_group(ctx: EngineContext, analysis: Analysis) -> Analysis:
    """«Полиция мен прокуратура қалай жұмыс істейді?», «полиция и прокуратура»: a body named beside
    a group it is a member of (the prosecution, a law-enforcement body) is named as one of that
    group, so the entries are ranked by the group, not by the member's own entries (what the
    Prosecutor General said). Only a body, a group of its own: a person beside the body he heads
    is asked of himself."""
    beside = ctx.subjects.members_beside_group(analysis.values, bodies=True, said=SAID_KIND in analysis.kinds)
    if not beside:
        return analysis
    kept = tuple(t for t in analysis.terms if t.value not in beside)
    return replace(analysis, terms=kept, values=frozenset(t.value for t in kept))


def standing_of_a_voice(ctx: EngineContext, analysis: Analysis) -> Analysis:
    """«Какая будет роль прокуратуры в новой Конституции?», «Как изменится статус прокуратуры?»:
    a noun of standing (STANDING_LEMMAS) right before a body the documents name only through its
    member (Subjects.named_through_member: the prosecution, through the Prosecutor General who
    spoke) asks of the body itself, which no entry tells: the noun is a subject no entry holds
    of it (an unknown one), not a frame («роль» is a stopword) nor a word another entry's thing
    shares («статус» of the principle «Закон и порядок»). Not when another kind is asked («Кто
    представлял прокуратуру?»), nor of a body the documents speak of («роль правоохранительных
    органов»: the entry on their service model tells it). What someone said of the standing («Что
    Асылов сказал о роли прокуратуры?») asks it all the same: his speech does not tell it."""
    if analysis.kinds - SAID_OF_STANDING:
        return analysis
    found = analysis.words
    morphology = shared_morphology()
    for i, word in enumerate(found[:-1]):
        lemma = morphology.info(word).lemma
        if lemma not in STANDING_LEMMAS:
            continue
        owners = ctx.analyzer.analyse(" ".join(found[i + 1 : i + 1 + STANDING_SPAN])).values
        if any(v in ctx.subjects.named and ctx.subjects.named_through_member(v) for v in owners):
            return _as_unknown(analysis, lemma)
    return analysis


def _as_unknown(analysis: Analysis, value: str) -> Analysis:
    """The analysis with the noun `value` a real word the knowledge base does not know."""
    unknown = Term(value, known=False, real_word=True, pos="NOUN")
    kept = tuple(t for t in analysis.terms if t.value != value)
    terms = (unknown, *kept)
    return replace(analysis, terms=terms, values=frozenset(t.value for t in terms))


def with_entry_readings(ctx: EngineContext, analysis: Analysis) -> Analysis:
    """The analysis after the reader's passes, read by the engine's own readings in their order."""
    read = members_as_group(ctx, purpose_of(ctx, effect_or_purpose(ctx, when_they_met(ctx, analysis))))
    read = informing_as_explaining(ctx, told_what_changes(ctx, standing_of_a_voice(ctx, read)))
    return only_beside(ctx, told_beside(ctx, read))


def only_beside(ctx: EngineContext, analysis: Analysis) -> Analysis:
    """«Какие ещё принципы, кроме «Закон и порядок», закреплены в Преамбуле?»: what else besides a
    thing left out (kind `besides`) a noun holds, where every sentence the documents quote with that
    noun holds the very thing left out too («…закрепление принципа «Закон и порядок» в Преамбуле…»):
    the documents name nothing else there, so the noun is read as a word they do not know (declined:
    the subject is theirs, the detail asked is not). Only a noun a thing is asked to be in («в
    Преамбуле», "in the Preamble"), beside another known term. Not a noun some other sentence tells of
    («Какие ещё направления, кроме равенства перед законом?»: the list names the others), nor a thing
    a quote lists with others («Кто ещё, кроме Парламента, участвовал?»: told_beside)."""
    left_out = analysis.excluded
    if BESIDES not in analysis.kinds or not left_out:
        return analysis
    if any(_phrase_holds(p, left_out) for e in ctx.kb.entries for p in ctx.joined(e.id)):
        return analysis
    places = _places_in(ctx, analysis.words)
    if not places:
        return analysis
    sentences = [said for e in ctx.kb.entries for said in ctx.sentences(e.id)]
    for term in analysis.terms:
        if term.value in left_out or not term.real_word or term.value not in places:
            continue
        if not any(t.known and t.value != term.value for t in analysis.terms):
            continue  # («Что ещё, кроме X, будет написано в Преамбуле?»: the place alone pulls no entry)
        holding = [said for said in sentences if term.value in said]
        if holding and all(left_out <= said for said in holding):
            return _as_unknown(analysis, term.value)
    return analysis


def told_beside(ctx: EngineContext, analysis: Analysis) -> Analysis:
    """«Что, помимо обсуждения проекта, сейчас происходит вокруг Конституции?»: the others beside a
    thing left out (kind `besides`) are told by an entry whose quote joins that very thing with
    another («идет обсуждение проекта и информирование общества»): the answer is the thing and the
    other. Read so when no entry answering the others (kind `others`, `besides`) joins it: the
    question asks then what the entry joining it tells, of no kind of its own. Not a thing no quote joins
    with another («Что, кроме налогов, обсуждали?»)."""
    left_out = analysis.excluded
    if BESIDES not in analysis.kinds or not left_out:
        return analysis
    joining = [e for e in ctx.kb.entries if any(_phrase_holds(p, left_out) for p in ctx.joined(e.id))]
    if not joining or ctx.fitting(analysis.kinds).intersection(e.id for e in joining):
        return analysis
    return replace(analysis, kinds=analysis.kinds - {BESIDES, "others"})


def _places_in(ctx: EngineContext, found: tuple[str, ...]) -> frozenset[str]:
    """The values of the nouns right after «в», "in", "into" (an article between): what a thing is
    asked to be in («в Преамбуле», «в Преамбулу», "in the Preamble")."""
    morphology = shared_morphology()
    values: set[str] = set()
    for i, word in enumerate(found[:-1]):
        if word not in PLACE_PREPOSITIONS:
            continue
        after = found[i + 2] if found[i + 1] in ENGLISH_ARTICLES and i + 2 < len(found) else found[i + 1]
        if morphology.info(after).pos == NOUN_POS:
            values.update(ctx.analyzer.analyse(after).values)
    return frozenset(values)


def _phrase_holds(phrase: JoinedPhrase, left_out: frozenset[str]) -> bool:
    """Whether the phrase, from the first word left out to its end, holds all the words left out and
    no predicate: a phrase next to «и» («обсуждение проекта и …»), not a clause whose predicate
    another «и» follows («Генеральный Прокурор подчеркнул необходимость … и …»)."""
    start = next((i for i, (lemma, _) in enumerate(phrase) if lemma in left_out), None)
    if start is None:
        return False
    rest = phrase[start:]
    return left_out <= {lemma for lemma, _ in rest} and not any(predicate for _, predicate in rest)


# «информировать общество», «рассказывать людям»: bringing word of the reform to the public
# (informing_as_explaining); a verb of telling counts only beside the public told
INFORMING_WORDS = "информирование"
TELLING_LEMMAS = frozenset({"рассказывать", "рассказать", "сообщать", "сообщить"})
DATIVE = "datv"  # the case of whom a thing is told or explained to (_public_as_addressee)
PUBLIC_WORDS = "общество люди граждане население народ public citizens"
EXPLAINING_WORDS = "разъяснительная работа"


def informing_as_explaining(ctx: EngineContext, analysis: Analysis) -> Analysis:
    """«Зачем обществу рассказывают о преобразованиях?», «Для чего информируют граждан?»: asked
    why (kind `reason`), informing the public is the explanatory work it is done by, whose purpose
    an entry states; asked whether it goes on («Информируют ли общество?») it stays the stage the
    draft is at. A verb of telling (not a term of informing) counts only beside the public told."""
    if "reason" not in analysis.kinds:
        return analysis
    morphology = shared_morphology()
    informing = ctx.analyzer.analyse(INFORMING_WORDS).values
    public = ctx.analyzer.analyse(PUBLIC_WORDS).values
    told = bool(analysis.values & public)
    replaced = tuple(
        t
        for t in analysis.terms
        if t.value in informing or (told and morphology.info(t.value).lemma in TELLING_LEMMAS)
    )
    explaining = ctx.analyzer.analyse(EXPLAINING_WORDS).terms
    if not replaced:
        return _public_as_addressee(ctx, analysis, frozenset(t.value for t in explaining), public)
    kept = tuple(t for t in analysis.terms if t not in replaced)
    terms = (*explaining, *kept)
    return replace(analysis, terms=terms, values=frozenset(t.value for t in terms))


# «объясняют, что меняется», «рассказывают, чо поменяется»: a verb of telling or explaining, a what-word
# and a verb of changing (told_what_changes)
EXPLAINING_LEMMAS = TELLING_LEMMAS | frozenset({"объяснять", "объяснить", "разъяснять", "разъяснить"})
WHAT_WORDS = frozenset({"что", "чё", "че", "чо", "шо"})
CHANGING_LEMMAS = frozenset({"меняться", "поменяться", "измениться", "изменяться"})
CHANGES_WORDS = "изменения"


def told_what_changes(ctx: EngineContext, analysis: Analysis) -> Analysis:
    """«а народу объясняют, чё меняется», «рассказывают, что поменяется?»: after a verb of telling or
    explaining, «что» + a verb of changing is a clause standing for its object, what changes: the
    changes told of, read as the noun «изменения» (a question of its own, «Что меняется?», keeps
    its verb)."""
    found = analysis.words
    if not _any_lemma(found, EXPLAINING_LEMMAS):
        return analysis
    morphology = shared_morphology()
    changing: set[str] = set()
    for i in range(len(found) - 2):
        told, what, verb = found[i : i + 3]
        if (
            what in WHAT_WORDS
            and morphology.info(told).lemma in EXPLAINING_LEMMAS
            and morphology.info(verb).lemma in CHANGING_LEMMAS
        ):
            changing |= ctx.analyzer.analyse(verb).values
    if not changing:
        return analysis
    changes = ctx.analyzer.analyse(CHANGES_WORDS).terms
    terms = tuple(t for term in analysis.terms for t in ((*changes,) if term.value in changing else (term,)))
    return replace(analysis, terms=terms, values=frozenset(t.value for t in terms))


def _any_lemma(found: Sequence[str], lemmas: frozenset[str]) -> bool:
    """Whether a word of these is one of the lemmas (cheap test of the verbs' stems first)."""
    stems = {lemma[:4] for lemma in lemmas}
    return any(w[:4] in stems and shared_morphology().info(w).lemma in lemmas for w in found)


def _public_as_addressee(
    ctx: EngineContext, analysis: Analysis, explaining: frozenset[str], public: frozenset[str]
) -> Analysis:
    """«Зачем нужно разъяснять населению новую Конституцию?»: asked why the explanatory work is done,
    the public it is done for, in the dative, is only whom it addresses (the text's outreach is to
    society at large), no subject an entry stating its purpose must name. Not "public outreach"
    (an adjective), nor «правосознание населения» (whose)."""
    if not analysis.values & explaining:
        return analysis
    morphology = shared_morphology()
    addressed = {
        v
        for w in analysis.words
        if (morphology.case_of(w) or ("", False))[0] == DATIVE
        for v in ctx.analyzer.analyse(w).values & public
    }
    kept = tuple(t for t in analysis.terms if t.value not in addressed)
    if len(kept) == len(analysis.terms):
        return analysis
    return replace(analysis, terms=kept, values=frozenset(t.value for t in kept))


# «направление», "direction", «бағыт»: the word the documents call each area of the reform by
DIRECTION_WORDS = "направление"
# the fewest words of a direction's name a question must share to name it («защита прав граждан»,
# «цифровые решения»)
DIRECTION_NAME_MIN = 2


def named_direction(ctx: EngineContext, analysis: Analysis) -> frozenset[str]:
    """«Какие задачи ставит направление, посвящённое защите прав граждан?»: a direction named by
    the words of its own name (in «…» in an entry's answer: «Приоритет защиты прав граждан») is
    the thing asked of: the entries whose own name shares the most of the question's words answer
    it (an entry stating the reform's aims, which names citizens' rights too, does not). Empty
    where the question names no direction, names it by fewer than DIRECTION_NAME_MIN words, or
    names two (a comparison, or a direction and what it protects: «цифровые решения» and «права
    граждан»)."""
    direction = ctx.analyzer.analyse(DIRECTION_WORDS).values
    if direction.isdisjoint(analysis.values):
        return frozenset()
    asked = analysis.values - direction
    # (by words: «цифровой решение» is one term of two words of the name)
    shared = {e.id: sum(len(v.split()) for v in asked & ctx.own_name(e.id)) for e in ctx.kb.entries}
    named = {e: n for e, n in shared.items() if n >= DIRECTION_NAME_MIN}
    if len({ctx.own_name(e) for e in named}) != 1:
        return frozenset()  # none, or two compared («Чем направление «Равенство…» отличается от…»)
    # and the entries telling of the directions that hold those words («Назовите направление,
    # связанное с цифровизацией»: the list of the directions names it)
    words = direction | (asked & ctx.own_name(next(iter(named))))
    index = ctx.subjects.index
    return frozenset(named) | {e.id for e in ctx.kb.entries if all(index.holds(e.id, v) for v in words)}


def count_wanted(found: Sequence[str]) -> int | None:
    """«Назовите три цели изменений», «Какие четыре направления…»: the number right after the word
    asking which things (or asking them named) says how many the asker expects (reading.form.
    without_count_wanted took it out of the subject): the question's words as typed (a request
    taken out of the analysis took its «назовите» too); None when none is said or it is no number
    the documents could say."""
    morphology = shared_morphology()
    for word, after in pairwise(found):
        if not asks_for_things(word):
            continue
        if after.isdigit():
            return int(after)
        if (number := NUMBER_LEMMAS.get(morphology.info(after).lemma)) is not None:
            return number
    return None
