"""Whether a question asks several things, and its clauses («Кто выступал, какой главный тезис и
какие направления обсуждали?»), each read on its own."""

from __future__ import annotations

import re

from bot.qa.kazakh import KAZAKH_LETTERS
from bot.qa.morph import shared_morphology
from bot.qa.reading.comparison import DIFFERENCE_LEMMAS
from bot.qa.reading.context import WHICH_WORDS
from bot.qa.subject import ASKED_PARTICLES
from bot.qa.text import POINTING_BACK, QUESTION_OPENERS, words

# A clause opening with a question word after a comma, a dash or «и», once a question word came before
# («кто выступал, какой главный тезис и какие направления обсуждали»): the question asks several
# things (see asks_several).
_QUESTION_WORD = (
    r"(?:кто|когда|где|какой|какая|какое|какие|каков|какова|каково|каковы|сколько|почему|зачем|"
    r"чей|чья|чь[её]|чьи|чьих|чьим|чьими|чьей|чьего|чьему|"
    r"who|when|where|which|what|how|why|кім|қашан|қайда|қандай|қанша)\b"
)
_FIRST_QUESTION = re.compile(r"\b" + _QUESTION_WORD, re.IGNORECASE)
# The oblique forms of «кто» and «какой» open a further clause too («…и кого к ней подключают?», «…? И
# какого числа это было?»), but not the first one: after «Каким словом…» a «, когда…» is a conjunction
# (round 54d), not a second question. Not «каким»: «…и каким был результат?», «…и каким законом?» ask
# a detail of the clause before it (two oos rows were answered from their first clause)
_OBLIQUE_QUESTION_WORD = r"(?:кого|кому|кем|какого|каком|какому|какую|каких)\b"
# Kazakh question words (кімдер, кімге… are forms of «кім») and what joins two clauses (see
# _kazakh_clauses)
_KAZAKH_QUESTION = re.compile(
    r"\b(?:кім\w*|не|нені|неге|неше|қай|қайсы|қашан|қайда|қандай|қанша|қалай)\b", re.IGNORECASE
)
# What a clause about the one before it consists of: a question word, a word of naming, a copula
_KAZAKH_BARE_WORDS = frozenset(
    {
        "кім",
        "кімдер",
        "не",
        "қандай",
        "қай",
        "қайсы",
        "аты",
        "жөні",
        "жөндері",
        "есімі",
        "есімдері",
        "атауы",
        "атаулары",
        "болды",
        "бар",
        "еді",
        "екен",
    }
)
_KAZAKH_JOINT = re.compile(r"\s*(?:[,;]|\bжәне\b)\s*", re.IGNORECASE)
# A yes/no question opens a clause too («Был ли X на круглом столе, и кто…», "Was X represented, and
# who…"): an auxiliary first, or a word and its «ли»; past one opening word and its comma
# («Интересно, говорили ли…», «Скажите, был ли…»).
_YES_NO_OPENING = re.compile(
    r"^\s*(?:\w+,\s*)?(?:(?:was|were|is|are|did|does|do|will|has|have)\b|\w+\s+ли\b)", re.IGNORECASE
)
# «Что…», «О чём…», «Как…», «Для чего…» opening the text open its first clause (inside a sentence «что»
# is as often a conjunction: «сказал, что…», so it opens no further clause)
_OPENING_QUESTION = re.compile(r"^\s*(?:что|о\s+ч[её]м|как|для\s+чего)\b", re.IGNORECASE)
# «…и что он говорил?»: right after «и» / «а», «что» and «о чём» open a question too (after a comma
# «что» is as often a conjunction: «сказал, что…»); so do its spoken spellings («…и чо он говорил»)
_JOINED_WHAT = r"(?:(?<=\bи\s)|(?<=\bа\s))(?:что|ч[оёе]|шо|о\s+ч[её]м)\b"
# «Для чего внедряют X — и не пострадает ли приватность?»: right after «и», «а», a dash or a semicolon,
# a word and its «ли» open a yes/no question of its own, as an auxiliary right after "and" does ("…, and
# will privacy suffer?"); not after a comma alone, where it is as often a clause the question governs
# («Кто решит, будут ли данные защищены?»)
_JOINED_YES_NO = (
    r"(?:(?:(?<=\bи\s)|(?<=\bа\s)|(?<=[—–;]\s)|(?<=\s-\s))(?:не\s+)?[а-яё]+\s+ли\b"
    r"|(?<=\band\s)(?:will|is|are|was|were|did|does|do|can|has|have)\b)"
)
_NEXT_QUESTION = re.compile(
    r"(?:[,;:—–]|\s-|\b(?:и|а|and|және))\s*("
    + "|".join((_QUESTION_WORD, _OBLIQUE_QUESTION_WORD, _JOINED_WHAT, _JOINED_YES_NO))
    + ")",
    re.IGNORECASE,
)


# «Какого числа и по какому поводу был выпущен пресс-релиз?», «Когда и с какой целью собирались…?»: two
# question phrases joined by «и» open the question and share its predicate; a phrase is a question
# word, after a preposition or not, and the noun a «какой» form asks which of («какого числа»)
# what a last clause of question words alone may add to them («и где именно?», "and where exactly?")
_TRAILING_PARTICLES = ASKED_PARTICLES | {"exactly"}
_PREPOSITION = r"(?:по|в|во|на|с|со|о|об|от|для|за|из|к|ко|при|до|после)"
_WHICH_WORD = r"(?:как(?:ой|ая|ое|ие|ого|ому|ую|им|ом|ими|их)|сколько)"
_BARE_QUESTION_WORD = r"(?:когда|где|куда|откуда|почему|зачем|кто|кого|кому|кем)"
_QUESTION_PHRASE = rf"(?:{_PREPOSITION}\s+)?(?:{_WHICH_WORD}\s+[а-яё]+|{_BARE_QUESTION_WORD})"
_COORDINATED_OPENING = re.compile(
    rf"^\s*(?P<first>{_QUESTION_PHRASE})\s+и\s+(?P<second>{_QUESTION_PHRASE})\s+(?P<rest>[а-яё].*)$",
    re.IGNORECASE | re.S,
)


def coordinated_phrases(text: str) -> list[str] | None:
    """The two questions of an opening «<phrase> и <phrase> <predicate>» (_COORDINATED_OPENING),
    each phrase with the predicate they share; None when the text does not open so, or when both
    phrases are bare question words («Когда и где…»: the clauses of _NEXT_QUESTION read those)."""
    found = _COORDINATED_OPENING.match(text)
    if found is None or all(" " not in found[side].strip() for side in ("first", "second")):
        return None
    rest = found["rest"].strip()
    return [f"{found['first']} {rest}", f"{found['second']} {rest}"]


def asks_several(text: str) -> bool:
    """«Кто выступал, какой главный тезис и какие направления обсуждали?»: a question word opens a
    further clause after the first one."""
    if len(_kazakh_clauses(text)) > 1 or coordinated_phrases(text) is not None:
        return True
    first = _first_question(text)
    if first is None or _NEXT_QUESTION.search(text, first.end()) is None:
        return False
    # «Будет ли следующий круглый стол и когда?»: a clause of its question word alone asks about the
    # clause before it; the question is one
    return all(set(words(part.casefold())) - QUESTION_OPENERS for part in clauses(text)[1:])


def clauses(text: str) -> list[str]:
    """The clauses of a question asking several things, each from its question word on («Когда был
    круглый стол и кто там выступал?»: «Когда был круглый стол», «кто там выступал?»)."""
    kazakh = _kazakh_clauses(text)
    if len(kazakh) == 1 and (coordinated := coordinated_phrases(text)) is not None:
        return coordinated
    first = _first_question(text)
    if first is None or len(kazakh) > 1:
        return kazakh
    starts = [first.start(), *(m.start(1) for m in _NEXT_QUESTION.finditer(text, first.end()))]
    ends = [*(m.start() for m in _NEXT_QUESTION.finditer(text, first.end())), len(text)]
    parts = [text[a:b].strip(" ,;:—–-") for a, b in zip(starts, ends, strict=True) if text[a:b].strip()]
    topic = _fronted_topic(text[: first.start()])
    return [f"{topic} {part}" if topic else part for part in _shared_predicates(parts)]


# How many words a topic put before the question words may have («ГП кто такой и что сказал»), and
# the punctuation that tells a sentence or an address before them, no topic
_TOPIC_WORDS = 4
_NOT_A_TOPIC = re.compile(r"[,.;:!?—–()\-]")


def _fronted_topic(before: str) -> str:
    """«ГП кто такой и че сказал», «круглый стол когда был и кто выступал»: chat puts what it asks
    about first and the question words after; that topic belongs to every clause, not to none
    (else «что сказал» alone and «кто такой» alone ask of nothing). Only a short run of words with
    no punctuation: «Скажите, …» or a sentence before is no topic."""
    if _NOT_A_TOPIC.search(before):
        return ""
    found = words(before.casefold())
    return before.strip() if 0 < len(found) <= _TOPIC_WORDS else ""


def _shared_predicates(parts: list[str]) -> list[str]:
    """«Когда и где пройдёт следующий круглый стол?», "When and where will it be held?": a clause of
    question words alone shares what the clause after it asks about; each question word asks of
    that («Когда пройдёт следующий круглый стол», «где пройдёт следующий круглый стол»), not of
    nothing (a bare «Когда» would read as the document's date)."""
    shared = list(parts)
    for i in range(len(shared) - 2, -1, -1):
        if set(words(shared[i].casefold())) - QUESTION_OPENERS:
            continue
        opener = _FIRST_QUESTION.match(shared[i + 1]) or _OPENING_QUESTION.match(shared[i + 1])
        if opener is not None and shared[i + 1][opener.end() :].strip():
            shared[i] = f"{shared[i]}{shared[i + 1][opener.end() :]}"
    return _trailing_shared(shared)


def _trailing_shared(parts: list[str]) -> list[str]:
    """«Когда прошёл круглый стол и где именно?», "When was it held and where exactly?": a last clause
    of question words alone (and «именно»), after a clause opening with a question word of its own,
    asks that word of the same predicate («где именно прошёл круглый стол»), a second question. Not
    after a yes/no clause («Будет ли следующий круглый стол и когда?»: one question, when it is)."""
    if len(parts) < 2 or set(words(parts[-1].casefold())) - QUESTION_OPENERS - _TRAILING_PARTICLES:
        return parts
    before = parts[-2]
    opener = _FIRST_QUESTION.match(before) or _OPENING_QUESTION.match(before)
    rest = before[opener.end() :].strip(" ,;:—–-?!.") if opener is not None else ""
    if not rest or not set(words(rest.casefold())) - QUESTION_OPENERS:
        return parts
    return [*parts[:-1], f"{parts[-1].strip(' ?!.')} {rest}?"]


def _kazakh_clauses(text: str) -> list[str]:
    """«Дөңгелек үстелде кімдер болды және негізгі тақырып не болды?»: a Kazakh question word ends
    its clause rather than opening it, so the clauses are what «және», a comma or a semicolon
    separate, each with a question word of its own; else the text is one clause. A later clause of
    nothing but a question word and a word of naming («…, аты-жөндері қандай?»: what are their names)
    asks about the clause before it: the question is one."""
    if not KAZAKH_LETTERS.search(text.casefold()):  # «не» is Russian too
        return [text]
    parts = [p.strip(" ?!.") for p in _KAZAKH_JOINT.split(text) if p.strip(" ?!.")]
    if len(parts) < 2 or not all(map(_KAZAKH_QUESTION.search, parts)):
        return [text]
    if any(not set(words(part)) - _KAZAKH_BARE_WORDS for part in parts[1:]):
        return [text]
    return parts


def _first_question(text: str) -> re.Match[str] | None:
    """Where a question's first clause opens: a yes/no opening or an opening «что», else its first
    question word."""
    return _YES_NO_OPENING.search(text) or _OPENING_QUESTION.search(text) or _FIRST_QUESTION.search(text)


# «чей» in its forms: after a noun and a comma it opens a relative clause about that noun
_WHOSE = re.compile(r"^(?:чей|чья|чь[её]|чьи|чьих|чьим|чьими|чьей|чьего|чьему)\b", re.IGNORECASE)
# a noun, or an adjective or participle standing for one («Уполномоченного», «выступающего»)
_NOUN_LIKE = frozenset({"NOUN", "ADJF", "PRTF"})
_NOUN_BEFORE_COMMA = re.compile(r"(\w+)\s*,\s*$")


def relative_clause(text: str, part: str) -> bool:
    """«Как зовут Уполномоченного по правам человека, чьё ведомство было представлено?»: «чей» right
    after a noun and a comma tells which one that noun is (a relative clause), asking nothing of its
    own; asked alone it would answer of the noun's office, not the question (who he is). After a
    verb («Кто выступал, чьи интересы защищают?») it opens a question of its own."""
    at = text.find(part)
    if at <= 0 or _WHOSE.match(part) is None:
        return False
    before = _NOUN_BEFORE_COMMA.search(text[:at])
    return before is not None and shared_morphology().info(before.group(1).casefold()).pos in _NOUN_LIKE


# «Что значит «нулевая терпимость» — будут ли ужесточены наказания?»: a yes/no clause right after a
# bare dash (no «и», «а») (elaborates)
_DASH_BEFORE = ("—", "–", "-")
_YES_NO_CLAUSE = re.compile(r"^(?:не\s+)?[а-яё]+\s+ли\b", re.IGNORECASE)


def elaborates(text: str, part: str) -> bool:
    """«Как будет устроена сервисная модель — появятся ли онлайн-приёмные?», «Что значит X на
    практике — будут ли ужесточены наказания?»: a yes/no clause right after a bare dash puts the
    asker's own guess of what the clause before means, the very detail wanted; when the documents do
    not say it, the message asks what they do not say, and the clause before is no question of its
    own to answer instead (as «…— и не пострадает ли приватность?», joined by «и», is)."""
    at = text.find(part)
    return at > 0 and text[:at].rstrip().endswith(_DASH_BEFORE) and _YES_NO_CLAUSE.match(part) is not None


# A leading or sceptical question opening a message before the one really asked (after_leading_doubt):
# «Не кажется ли вам, что…?», «А не обманывают ли нас?», «Разве можно…?», «Неужели…?», «Выходит, …?»,
# «Получается, …?», or a tag after a dash («Зачем им ИИ — не для слежки ли?»)
_LEADING_DOUBT = re.compile(
    r"^\s*(?:(?:а\s+)?не\s+[а-яё]+\s+ли|разве|неужели|выходит|получается"
    r"|[^?]*[—–]\s*(?:а\s+)?не\s+(?:[а-яё]+\s+){0,2}?ли)\b[^?]*\?+\s*(?P<rest>\S.*)$",
    re.IGNORECASE | re.S,
)
# «Кто так утверждает?»: the question after the doubt that points back to it is not asked alone
_POINTING_BACK_AFTER_DOUBT = POINTING_BACK | {"так", "такой", "такое", "такая", "такие", "том", "тому"}
_ASKING_SPAN = 2


def after_leading_doubt(text: str) -> str | None:
    """«Не кажется ли вам, что реформа — просто пиар? Что там сказано о правах и свободах?»: a
    leading or sceptical question (_LEADING_DOUBT) is the asker's doubt, which the documents do not
    settle; the open question after it (a question word among its first words) is what they want
    told, asked on its own. None when the message does not open so, or when that question points back
    to the doubt («…? Как это уравновешено?», «…? Кто так утверждает?»): alone it asks nothing."""
    match = _LEADING_DOUBT.match(text)
    if match is None:
        return None
    rest = match["rest"].strip()
    found = words(rest.casefold())
    morphology = shared_morphology()
    if QUESTION_OPENERS.isdisjoint(found[:_ASKING_SPAN]) or not rest.rstrip().endswith("?"):
        return None
    if _POINTING_BACK_AFTER_DOUBT.intersection(found) or any(map(morphology.anaphoric, found)):
        return None
    return rest


# «Скажите дату проведения и тему мероприятия», «нужна дата и тема»: how many words may stand between
# the first noun and «и» (its genitive complement: «проведения»), and the Russian words with their places
COMPLEMENT_SPAN = 2
AND = "и"
_RUSSIAN_WORD = re.compile(r"[а-яё]+", re.IGNORECASE)


def coordinated_nouns(text: str) -> list[tuple[list[str], tuple[str, str]]]:
    """«Скажите дату проведения и тему мероприятия», «нужна дата и тема для стенда»: two nouns in one
    case joined by «и» (the first one's genitive complement between them) are two things asked of one
    predicate, which no one entry may tell together: each is asked with the rest of the question
    («Скажите дату проведения мероприятия», «Скажите тему мероприятия»), with the two nouns; one such
    pair for each «и» joining two nouns so; none when the question compares or relates them
    («Сравните Конституцию Казахстана и России», «связь между X и Y»: the two together are asked)."""
    morphology = shared_morphology()
    found = list(_RUSSIAN_WORD.finditer(text))
    pairs: list[tuple[list[str], tuple[str, str]]] = []
    if any(_relates(token.group().casefold()) for token in found):
        return pairs
    for k in range(1, len(found) - 1):
        if found[k].group().casefold() != AND:
            continue
        second = found[k + 1].group().casefold()
        if morphology.info(second).pos != "NOUN":
            continue
        for j in range(k - 1, max(-1, k - 2 - COMPLEMENT_SPAN), -1):
            first = found[j].group().casefold()
            if morphology.info(first).pos == "NOUN" and _one_case(first, second):
                if _which_ones(found[:j]):
                    break
                parts = [
                    text[: found[k - 1].end()] + text[found[k + 1].end() :],
                    text[: found[j].start()] + text[found[k + 1].start() :],
                ]
                pairs.append((parts, (first, second)))
                break
            if not (morphology.genitive_noun(first) or morphology.genitive_adjective(first)):
                break  # no complement of a noun: what stands before «и» is no noun of its case
    return pairs


def _which_ones(before: list[re.Match[str]]) -> bool:
    """«Какие научные институты и университеты участвовали?»: a plural which-word before the first
    noun (past its adjectives) asks which members of both kinds, by name; the two nouns together are
    the one kind asked (an entry naming only one kind does not tell which of both)."""
    morphology = shared_morphology()
    for token in reversed(before):
        word = token.group().casefold()
        info = morphology.info(word)
        if info.lemma in WHICH_WORDS:
            case = morphology.case_of(word)
            return case is not None and case[1]
        if info.pos != "ADJF":
            return False
    return False


# «между X и Y», «как связаны X и Y»: the two joined as one relation asked (_relates), as lemmas
RELATING_LEMMAS = frozenset({"между", "связать", "связывать", "связь", "соотноситься", "соотношение"})


def _relates(word: str) -> bool:
    """A word of comparing or differing (comparison.DIFFERENCE_LEMMAS) or of relating («между»,
    «связаны»): the nouns joined by «и» are the sides of one comparison or relation asked."""
    return shared_morphology().info(word).lemma in DIFFERENCE_LEMMAS | RELATING_LEMMAS


# the cases a noun's likeliest reading may confuse with each other («закон»: nominative or accusative)
ALIKE_CASES = frozenset({"nomn", "accs"})


def _one_case(first: str, second: str) -> bool:
    """Two Russian nouns in one case by their likeliest readings, or in the nominative and the
    accusative where each may be read in the other («закон и порядок»)."""
    morphology = shared_morphology()
    one, other = morphology.case_of(first), morphology.case_of(second)
    if one is None or other is None:
        return False
    return one[0] == other[0] or (
        {one[0], other[0]} <= ALIKE_CASES
        and bool(morphology.noun_cases(first) & morphology.noun_cases(second) & ALIKE_CASES)
    )


# the parts of speech that ask in a message with no question word («Скажите…», «что говорится…»)
ASKING_POS = frozenset({"VERB", "INFN"})


def asks_nothing(text: str) -> bool:
    """«сервисная модель полиции и звери»: no question word or request (QUESTION_OPENERS), no «ли»
    and no verb: the message only names a thing, as a heading does, and its nouns joined by «и» may
    be one name («Дата и тема мероприятия?» asks nothing either: what it names is read by its words)."""
    morphology = shared_morphology()
    for token in _RUSSIAN_WORD.finditer(text):
        word = token.group().casefold()
        if word in QUESTION_OPENERS or word == "ли" or morphology.info(word).pos in ASKING_POS:
            return False
    return True
