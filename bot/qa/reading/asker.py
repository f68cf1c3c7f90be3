"""The asker's own sentence before the question («Я веду уроки…», «В своём эфире хочу…»): what in
it the question leans on (a person a pronoun stands for, a question told in it) is read with the
question; the rest of it is the asker's, no detail asked."""

from __future__ import annotations

import itertools
import re

from bot.qa.analyzer import Analysis
from bot.qa.morph import shared_morphology
from bot.qa.reading.context import ReaderContext
from bot.qa.reading.edits import less_words
from bot.qa.subject import is_noun
from bot.qa.text import QUESTION_OPENERS, RUSSIAN_ASKING, THIRD_POSSESSIVES, asker_sentence, words

# «…рассказать детям, на каких принципах будет строиться…»: a clause of the asker's sentence that
# opens (past a preposition) with an asking word tells a question of its own (asked_before_the_question)
ASKING_LEMMAS = frozenset(shared_morphology().info(w).lemma for w in RUSSIAN_ASKING.split())
CLAUSE_OPENING_SPAN = 2
# «нашей работе», «моей службы»: the asker's own possessive, which stands for what their sentence
# says they are or serve in (named_before_a_pronoun), as lemmas; so does the plural pronoun («Что нас
# ждёт?», «нам светит» after «Я лейтенант полиции»: the police)
ASKER_POSSESSIVES = frozenset({"наш", "мой", "мы"})
# «нашей работе» after «Я учитель»: the plural possessive of the asker's kind of people (teachers);
# «моей семьи» is the asker's own, as any citizen's (asker_of_another_kind)
GROUP_POSSESSIVE = "наш"
# «наша страна», «наше общество»: a possessive of the nation (or of the documents' whole), whose it
# is, not the asker's own trade (asker_of_another_kind), as lemmas
NATION_LEMMAS = frozenset({"страна", "государство", "общество", "народ", "республика", "казахстан", "родина"})

# the breaks between the clauses of a question («…принцип, если его внесут…»: _named_before)
_CLAUSE_BREAK = re.compile(r"[,;:—–]")
# «о том, как…», «того, что…»: a form of «тот» before the clause it announces points forward to
# that clause, not back to the asker's sentence (named_before_a_pronoun)
_CORRELATIVE = re.compile(
    r"\b(?:том|того|тому|тем)\s*,?\s*(?=(?:как|что|чтобы|ли|какой|какие|кто|где|когда|почему|зачем)\b)",
    re.IGNORECASE,
)


def named_before_a_pronoun(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«В своём эфире хочу дать тридцать секунд на позицию генпрокурора. Сформулируйте главную
    мысль его выступления.», «Я пишу статью о генпрокуроре. Что он сказал?»: after a sentence of the
    asker's own (text.asker_sentence), a pronoun of the question («его», «он») stands for the person
    or body that sentence names; the rest of it (the broadcast, its thirty seconds) is the asker's,
    no detail asked. The question is read as itself with those it names. So is the asker's own
    possessive («Я служу в полиции. Что новый проект меняет в подходе к нашей работе?»: the work is
    the police's). When the sentence names no one the documents know, the pronoun stands for the
    nearest noun there it agrees with (_antecedent: «Я с опаской отношусь к дронам. Что говорится об
    их применении?» asks of drones, which the documents never name, not of «применение» alone). Not
    one of another body («Я депутат маслихата. Участвовал ли наш маслихат?»: a deputy, but of a
    council the documents never name, not of their Parliament)."""
    split = asker_sentence(question)
    if split is None:
        return analysis
    head, rest = split
    morphology = shared_morphology()
    clauses = [words(c) for c in _CLAUSE_BREAK.split(_CORRELATIVE.sub(" ", rest.casefold()))]
    if not any(
        (morphology.anaphoric(w) and not _named_before(w, clauses[:k]))
        or morphology.info(w).lemma in ASKER_POSSESSIVES
        for k, clause in enumerate(clauses)
        for w in clause
    ):
        return analysis
    bodies = _of_another_body(ctx, head)
    if bodies:  # «наши депутаты» of a deputy of the maslikhat: the maslikhat's, asked as itself
        return ctx.analyzer.analyse(f"{rest} {' '.join(bodies)}")
    named = [t for t in ctx.analyzer.analyse(head).terms if t.value in ctx.subjects]
    if not named and (antecedent := _antecedent(ctx, head, rest)):
        return ctx.analyzer.analyse(f"{rest} {antecedent}")
    if not named:
        return _asker_of_another_kind(ctx, head, rest, analysis)
    # (their values are words the analyzer reads back as them, and the embedding reads too)
    values = " ".join(dict.fromkeys(t.value for t in named))
    return ctx.analyzer.analyse(f"{rest} {values}")


def _antecedent(ctx: ReaderContext, head: str, rest: str) -> str:
    """«Я с опаской отношусь к вычислительным машинам. Что говорится об их применении?»: a
    possessive of the question («их применение») that no noun of the question before it may stand
    for stands for a noun of the asker's sentence it agrees with: the nearest the documents know
    («Меня волнуют персональные данные клиентов. …гарантии их защиты»: the data), else the nearest
    («машинам»), with its adjectives; so the question asks of it, not of whatever its other words
    («применение») match. Empty if there is none."""
    morphology = shared_morphology()
    asked = words(rest.casefold())
    owners = [
        w
        for k, w in enumerate(asked[:-1])
        if w in THIRD_POSSESSIVES
        and morphology.info(asked[k + 1]).pos == "NOUN"
        and not any(morphology.info(o).pos == "NOUN" and morphology.agrees(w, o) for o in asked[:k])
    ]
    found = words(head.casefold())
    agreeing = [
        i
        for i, word in enumerate(found)
        if morphology.info(word).pos == "NOUN" and any(morphology.agrees(p, word) for p in owners)
    ]
    known = [i for i in agreeing if any(t.known for t in ctx.analyzer.analyse(found[i]).terms)]
    if not agreeing:
        return ""
    at = (known or agreeing)[-1]
    start = at
    while start > 0 and morphology.info(found[start - 1]).pos == "ADJF":
        start -= 1
    return " ".join(found[start : at + 1])


def _named_before(pronoun: str, clauses: list[list[str]]) -> bool:
    """«Какой статус получит принцип, если его внесут в преамбулу?»: a clause of the question before
    the pronoun's own names a noun the pronoun agrees with, which it stands for, not the asker's
    sentence (in its own clause a noun is no antecedent: «Какого числа оно прошло?»)."""
    morphology = shared_morphology()
    return any(morphology.agrees(pronoun, w) for clause in clauses for w in clause)


def _asker_of_another_kind(ctx: ReaderContext, head: str, rest: str, analysis: Analysis) -> Analysis:
    """«Я учитель. Что изменится в нашей работе?»: the asker names themselves by a person the
    documents never name (a teacher, a farmer), and their possessive stands for them: the work asked
    about is a teacher's, a category of people the documents do not speak of, read as asked with the
    asker's noun. Not a possessive of the nation or the whole («в нашей стране», «наша Конституция»:
    the country's, which the documents do speak of), nor the singular «мой» («данные моей семьи»: the
    asker's own, as any citizen's, which the documents do speak of)."""
    morphology = shared_morphology()
    found = words(rest.casefold())
    possessed = [
        after for word, after in itertools.pairwise(found) if morphology.info(word).lemma == GROUP_POSSESSIVE
    ]
    if not possessed or any(
        morphology.info(w).lemma in NATION_LEMMAS or ctx.analyzer.analyse(w).values & ctx.whole
        for w in possessed
    ):
        return analysis
    people = [
        w
        for w in words(head.casefold())
        if morphology.person(w) and not any(t.known for t in ctx.analyzer.analyse(w).terms)
    ]
    if not people:
        return analysis
    return ctx.analyzer.analyse(f"{rest} {' '.join(people)}")


def _of_another_body(ctx: ReaderContext, head: str) -> tuple[str, ...]:
    """The nouns the documents never use right after a person or body the asker's sentence names,
    in the genitive or unknown to the dictionary («депутат маслихата», «сотрудник акимата»): whose
    that person is, another body, not the one the documents name. Not a place («сотрудник полиции
    Алматы» is the police)."""
    found = words(head.casefold())
    morphology = shared_morphology()
    bodies: list[str] = []
    for word, after in itertools.pairwise(found):
        values = ctx.analyzer.analyse(word).values & ctx.subjects
        info = morphology.info(after)
        if (
            values
            and info.pos == "NOUN"
            and (morphology.genitive_noun(after) or not info.known)
            and not morphology.place_name(after)
            and not any(t.known for t in ctx.analyzer.analyse(after).terms)
        ):
            bodies.append(after)
    return tuple(bodies)


def asked_before_the_question(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Я веду уроки обществознания и хочу рассказать детям, на каких принципах будет строиться
    новая конституционная модель. Какие принципы названы?»: the asker's sentence tells, in a clause
    opening with an asking word, the question it wants answered; the short question after it («Какие
    принципы названы?») asks the same thing when it names the same thing (the principles), and is
    read with that clause («принципы» of the constitutional model, not any principle). Not when the
    two name nothing alike («Я пишу о том, как прошёл круглый стол. Какие принципы названы?»)."""
    split = asker_sentence(question)
    if split is None:
        return analysis
    head, rest = split
    asked = ctx.analyzer.analyse(rest)
    for clause in head.split(",")[1:]:
        opening = words(clause.casefold())[:CLAUSE_OPENING_SPAN]
        if not any(shared_morphology().info(w).lemma in ASKING_LEMMAS for w in opening):
            continue
        told = ctx.analyzer.analyse(clause)
        if told.values & asked.values:
            return ctx.analyzer.analyse(f"{clause.strip()} {rest}")
    return analysis


# «С точки зрения нотариуса интересно: …», "From a sociological standpoint, …": the angle the asker
# asks from, set off by a colon, a dash or a comma before the question (viewpoint_of_a_kind)
_RUSSIAN_VIEWPOINT = re.compile(
    r"^\s*с\s+точки\s+зрения\s+(?P<view>[^:,—–?!.]{2,60}?)\s*[:,—–]\s*(?P<rest>\S.*)$", re.IGNORECASE | re.S
)
_ENGLISH_VIEWPOINT = re.compile(
    r"^\s*from\s+an?\s+(?P<view>[^:,—–?!.]{2,60}?)\s+(?:angle|standpoint|perspective|viewpoint)"
    r"\s*[:,—–]\s*(?P<rest>\S.*)$",
    re.IGNORECASE | re.S,
)
# the asker's interest after the angle («с точки зрения нотариуса интересно: …»), as typed
ASKER_INTEREST = frozenset({"интересно", "важно", "любопытно", "спрошу", "хочу", "узнать", "понять", "знать"})


def viewpoint_of_a_kind(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«С точки зрения нотариуса интересно: упоминается ли законность как принцип?», "From a
    sociological standpoint, which groups were represented?": the angle of a kind of person the
    documents never name (a notary), or of words they never use at all (sociology), is the asker's
    own, no detail asked: the question after it is read as itself when it names a thing of its
    own (legality; not a bare «что изменится?», which asks for the notary). Not the angle of a person they
    name («С точки зрения генпрокурора: что важнее?» asks his view), nor of a thing they speak of
    («From a human rights perspective, what changes?» asks of rights)."""
    match = _RUSSIAN_VIEWPOINT.match(question) or _ENGLISH_VIEWPOINT.match(question)
    if match is None or any(map(shared_morphology().anaphoric, words(match["rest"].casefold()))):
        return analysis
    view = [w for w in words(match["view"].casefold()) if w not in ASKER_INTEREST]
    if not view or not _angle_of_a_kind(ctx, view, english=match.re is _ENGLISH_VIEWPOINT):
        return analysis
    asked = ctx.analyzer.analyse(match["rest"])
    # («С точки зрения экономиста: что изменится?»: what changes for the economist, the angle is
    # what is asked when the question names no thing of its own)
    if not any(t.known and t.value not in ctx.whole and is_noun(t.value) for t in asked.terms):
        return analysis
    return asked


def _angle_of_a_kind(ctx: ReaderContext, view: list[str], *, english: bool) -> bool:
    """The angle's words name a kind of person the documents do not (one noun, in the genitive:
    «нотариуса»), or, in English, nothing the documents speak of."""
    read = ctx.analyzer.analyse(" ".join(view))
    if english:
        return not any(t.known for t in read.terms)
    morphology = shared_morphology()
    return (
        len(view) == 1
        and morphology.person(morphology.info(view[0]).lemma)
        and not read.values & ctx.subjects
    )


# «…? Мы в отделе кадров думаем о тренингах.», "…? We run a small firm.": the asker's own subject
# pronoun opening a sentence after the question (closing_of_the_asker), as typed
ASKER_SUBJECT_PRONOUNS = frozenset({"я", "мы", "i", "we"})
# "…? In Poland we have a similar debate.", «…? У себя в Польше мы спорим о том же.»: the pronoun
# may follow a short opening of where or when (this many words before it)
PRONOUN_AT_MOST = 2
# "…? That matters for my business.", «…? Для меня это важно.», «…? Это важно для нашей семьи.»: a
# demonstrative standing for the question, in a closing of the asker's own first person, tells why
# the asker asks (how much it matters to them), no detail asked (_why_it_matters)
FOR_THE_QUESTION = frozenset({"that", "this", "it", "это"})
ASKER_OWN = frozenset(
    {"my", "our", "me", "us", "мне", "меня", "нам", "нас", "мой", "моя", "мои", "моё", "мое"}
    | {"моего", "моей", "моему", "моих", "моим", "наш", "наша", "наши", "наше", "нашего", "нашей"}
    | {"нашему", "наших", "нашим"}
)
# «…? Я про права мигрантов.», "…? I mean the rights of migrants.": a closing that says what is
# asked (its words are asked, though they name things the documents know)
TELLING_WHAT_IS_ASKED = frozenset(
    {"про", "о", "об", "насчёт", "насчет", "имею", "спрашиваю"}
    | {"about", "mean", "meant", "regarding", "asking"}
)


def closing_of_the_asker(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Есть ли в документе что-то о повышении правосознания? Мы в отделе кадров думаем о тренингах
    для персонала.»: a sentence after the question that opens with the asker's «я» / «мы» and asks
    nothing tells who asks and why (their office, their plans), no detail asked: the question is
    read without it. Not when it names a thing the documents know («…? Я про правосознание
    граждан.» says what is asked), nor when it asks again."""
    end = question.rfind("?")
    closing = question[end + 1 :].strip() if end >= 0 else ""
    found = words(closing.casefold())
    if "?" in closing or (
        ASKER_SUBJECT_PRONOUNS.isdisjoint(found[: PRONOUN_AT_MOST + 1]) and not _why_it_matters(found)
    ):
        return analysis
    if not QUESTION_OPENERS.isdisjoint(found):
        return analysis
    if not _of_the_asker_only(ctx, closing, question[: end + 1], found):
        return analysis
    return ctx.analyzer.analyse(question[: end + 1])


def _why_it_matters(found: list[str]) -> bool:
    """ "That matters for my business.", «Для меня это важно.»: a demonstrative among the closing's
    first words stands for the question, and the asker's own first person says whom it concerns."""
    return not FOR_THE_QUESTION.isdisjoint(found[: PRONOUN_AT_MOST + 1]) and not ASKER_OWN.isdisjoint(found)


def _of_the_asker_only(ctx: ReaderContext, closing: str, asked: str, found: list[str]) -> bool:
    """The closing names nothing the documents know that the question does not («…? Я про права
    мигрантов.» says what is asked), or tells only the asker's life though it does ("…? I'm thinking
    of my kids studying law.", "In Poland we have a similar debate.": no word saying what is
    meant, as «про», "about", "I mean")."""
    known = {t.value for t in ctx.analyzer.analyse(closing).terms if t.known and t.value not in ctx.whole}
    if not known:
        return True
    return TELLING_WHAT_IS_ASKED.isdisjoint(found) and bool(ctx.analyzer.analyse(asked).values)


# «цифровые решения в праве что конкретно чел»: the slang «чел» (man, mate) closing a message is
# the asker addressing the bot, as «бро» is (a stopword); after a noun it is the slang for «человек»
# («права чел»: a person's rights), which is asked (closing_address)
CLOSING_ADDRESSES = frozenset({"чел", "челик"})
# the parts of speech after which a closing «чел» is a noun's complement, not an address
COMPLEMENTED_POS = frozenset({"NOUN", "PREP", "ADJF", "NUMR"})


def closing_address(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """A familiar address closing the message (CLOSING_ADDRESSES), after a word it cannot complement
    (an adverb, a question word, a verb), is no detail asked: its term is dropped."""
    if not analysis.words or analysis.words[-1] not in CLOSING_ADDRESSES or len(analysis.words) < 2:
        return analysis
    if shared_morphology().info(analysis.words[-2]).pos in COMPLEMENTED_POS:
        return analysis
    return less_words(ctx, analysis, [analysis.words[-1]])


# «щас в дороге скажи быстро кто выступал…», «на обеде, подскажите…»: where the asker is (a
# preposition of place and one or two words, maybe «щас», «я») before a request to tell
# (whereabouts_before_request)
_REQUEST = re.compile(r"(?<!\w)(?:под|рас)?скажи(?:те)?(?!\w)", re.IGNORECASE)
WHEREABOUTS_PREPOSITIONS = frozenset({"в", "во", "на", "за"})
WHEREABOUTS_FILLERS = frozenset({"я", "щас", "сейчас", "вот", "пока", "тут"})
NOUN, ADJECTIVE = "NOUN", "ADJF"
# the cases of where one is («в дороге», «в пути», «за рулём»), in the singular: a plural («в
# налогах») is more often a topic than a place
PLACE_CASES = frozenset({"loct", "loc2", "ablt"})
PLACE_WORDS_MAX = 2


def whereabouts_before_request(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«щас в дороге скажи быстро кто выступал от прокуратуры», «на обеде, подскажите…»: the asker
    telling where they are before a request to tell is no detail asked: the question is read from the
    request on. Only a place the documents never name («в Преамбуле скажи, что написано» asks of the
    Preamble), in the singular («в налогах скажи…» asks of taxes), and only before «скажи»,
    «подскажите», «расскажи»."""
    if not WHEREABOUTS_PREPOSITIONS.intersection(analysis.words[:3]):
        return analysis
    request = _REQUEST.search(question)
    if request is None:
        return analysis
    head = [w for w in words(question[: request.start()].casefold()) if w not in WHEREABOUTS_FILLERS]
    if not head or head[0] not in WHEREABOUTS_PREPOSITIONS or not 1 <= len(head) - 1 <= PLACE_WORDS_MAX:
        return analysis
    morphology = shared_morphology()
    place, *before = reversed(head[1:])
    if (
        any(morphology.info(w).pos != ADJECTIVE for w in before)
        or morphology.info(place).pos != NOUN
        or PLACE_CASES.isdisjoint(morphology.noun_cases(place))
        or (case := morphology.case_of(place)) is None
        or case[1]
    ):
        return analysis
    if any(t.known for t in ctx.analyzer.analyse(" ".join(head)).terms):
        return analysis
    return ctx.analyzer.analyse(question[request.start() :])
