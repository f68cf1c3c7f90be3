"""What frames or bounds the subject asked about: what is left out («кроме X»), the documents'
whole (the reform, the draft) a question is placed within or asks a part of, «другие» continuing a list,
the one country the documents are about, and the kind of thing a quoted name is."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from bot.qa.analyzer import Analysis
from bot.qa.kazakh import KAZAKH_WHILE
from bot.qa.kb import BESIDES, BEYOND_LIST
from bot.qa.morph import Morphology, shared_morphology
from bot.qa.reading.context import ASKING_WHICH, WHICH_SPAN, WHICH_WORDS, ReaderContext
from bot.qa.reading.edits import less, less_words, unless_asked_elsewhere
from bot.qa.reading.people import FROM_WORDS, WHO_WORDS
from bot.qa.subject import ALTERNATIVE_WORDS, CHANGE_WORDS
from bot.qa.text import GERUND_ENDING, has_cyrillic, words

# Words that leave out what follows them («кроме генпрокурора») or, in Kazakh, what precedes them.
EXCLUDING_BEFORE = frozenset({"кроме", "помимо", "besides", "except", "apart"})
EXCLUDING_AFTER = frozenset({"басқа"})
# «ещё» as typed, and Kazakh «тағы» before its which-word («тағы қандай»: what other) (which_other)
STILL_WORDS = frozenset({"ещё", "еще"})
# «уделить внимание X», "pay attention to X" (without_attention_paid): the noun and its verb's lemmas
ATTENTION = "внимание"
ATTENTION_VERBS = frozenset({"уделить", "уделять", "уделиться", "уделяться"})
KAZAKH_STILL = "тағы"
# «Что ещё будет в Преамбуле?»: «что ещё» opening a question of what is to come (a future verb)
# asks what else will be (which_other); not what else was said or done («Что ещё сказал Асылов?»,
# «Что ещё подтвердил круглый стол?»: an entry telling all of it tells the rest too)
WHAT_OPENING = "что"
# Words asking for the others beside what is left out («кто ещё, кроме…», «другие»)
OTHERS_WORDS = frozenset(
    {
        "ещё",
        "еще",
        "другой",
        "другие",
        "других",
        "другим",
        "остальные",
        "остальных",
        "other",
        "others",
        "else",
    }
)
# Words between those and what they leave out («apart from the prosecutor», «except for…»).
EXCLUDING_LINKS = frozenset({"from", "for", "the", "a", "an", "of"})
# «Укрепление чего, помимо нетерпимости к нарушениям, упоминал…?»: a phrase of leaving out set off by
# commas leaves out all it holds up to its closing comma (without_excluded), at most this many words
_EXCLUDED_CLOSED = re.compile(r"(?:^|[,—–]\s*)(?:кроме|помимо)\s+([^,.;:?!—–]+),", re.IGNORECASE)
MAX_EXCLUDED_WORDS = 6
# «помимо принципа «Закон и порядок»», 'besides the "Law and Order" principle': a name in quotation
# marks within the first words left out is left out whole, however many words it has (the first
# WHICH_SPAN words alone would leave «порядок» asked about)
_EXCLUDED_QUOTED = re.compile(
    r"\b(?:кроме|помимо|besides|except|apart)\s+(?:\w+\s+){0,2}[«\"“]([^»\"”]{1,60})[»\"”]",
    re.IGNORECASE,
)
# a phrase of leaving out to the end of its clause, and a Kazakh word left out with «басқа» after it
_LEFT_OUT_CLAUSE = re.compile(
    r"\b(?:кроме|помимо|besides|except|apart)\b[^,.;:?!—–]*|\w+\s+басқа\b", re.IGNORECASE
)
VERB_POS = frozenset({"VERB", "INFN"})  # a finite verb or an infinitive
# «образование — хотя бы юридическое?», «культура, например правовая?»: a noun, then after a dash or
# comma (and a word of narrowing) the adjective closing the question that narrows it (narrowed_after)
_NARROWED_AFTER = re.compile(
    r"(?P<noun>\w+)\s*(?:[—–,]|\s-)\s*(?:(?:хотя\s+бы|например|в\s+частности|в\s+том\s+числе|особенно|скажем)"
    r",?\s+)?(?P<adjective>\w+)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# the marks one of which _NARROWED_AFTER needs (a dash, a comma, a hyphen after a space)
NARROWING_MARKS = ("—", "–", ",", "-")
NARROWING_WORDS = frozenset(
    {"хотя", "бы", "например", "в", "частности", "том", "числе", "особенно", "скажем"}
)
# a word right before a quoted name («лозунг «Закон и порядок»», "the slogan “Law and Order”")
_KIND_BEFORE_NAME = re.compile(r"(\w+)\s+[«\"“„]([^»\"”“]+)[»\"”“]")
OPENING_QUOTES = ("«", '"', "“", "„")  # one of which _KIND_BEFORE_NAME needs
# «работа полиции и других органов», "police and other bodies": «другие» joined to a list by these
# continues it; it does not ask beyond what the text names (see without_listed_others).
LIST_LINKS = frozenset({"и", "and", "а", "или", "or", "және", "мен"})
OTHERS_ADJECTIVES = frozenset({"другой", "other"})
# «вместе с другими инициативами», "along with other initiatives": what goes with the others
ALONG_WITH = (frozenset({"вместе", "наряду", "along", "together"}), frozenset({"с", "со", "with"}))
# «в рамках конституционной реформы», «реформа аясында»: a question placed within the documents' whole
# (the reform, the draft, the constitution) asks about a thing in it (see within_the_whole): the
# words before the whole (Russian) and the postposition after it (Kazakh)
# («в свете проекта», "in the light of the draft": «свет» is no subject, a word of the frame read with it)
WITHIN_BEFORE = (("в", "рамках"), ("в", "контексте"), ("в", "свете"))
WITHIN_AFTER = frozenset({"аясында", "шеңберінде"})
WITHIN_SPAN = 3
# «В рамках какой реформы…?», «в рамках чего…?», "in the context of which reform": a frame opened by an
# asking word is itself what is asked, not where the answer is sought (within_the_whole)
FRAME_ASKING = frozenset({"какой", "который", "что", "which", "what", "whose", "қандай", "қай"})
# «на круглом столе, посвящённом проекту новой Конституции», "at the round table devoted to the new
# constitution": a participle of devotion links its noun to its topic (devoted_to); the participle's
# lemmas, and the English ones as typed
DEVOTED_LEMMAS = frozenset({"посвятить", "посвящать", "devoted", "dedicated"})
DEVOTED_SPAN = 4
DEVOTED_LINKS = frozenset({"to", "the", "a"})
PASSIVE_BE = frozenset({"is", "was", "are", "were", "be", "been", "being"})
# «круглый стол по конституционной реформе», «…о новой Конституции», "the round table on the reform",
# «реформа бойынша дөңгелек үстел»: a preposition of topic after the event, a Kazakh postposition
# before it (event_topic), and how many words of topic are read
TOPIC_PREPOSITIONS = frozenset({"по", "о", "об", "обо", "on", "about", "regarding", "concerning"})
KAZAKH_TOPIC_POSTPOSITIONS = frozenset({"бойынша", "туралы", "жөніндегі", "жөнінде"})
EVENT_TOPIC_SPAN = 4
# (the Kazakh participle of «while», «талқылағанда», while discussing: its object before it is the
# event's topic in event_topic)
# «Бұл жобада X қалай түсіндіріледі?», «Жаңа Конституцияда…»: the Kazakh locative of the whole (in the
# draft, in the constitution) places the question there as «в рамках» does; its stems and endings
KAZAKH_WHOLE_STEMS = ("жоба", "конституц", "реформа")
KAZAKH_LOCATIVE = ("да", "де", "та", "те", "нда", "нде")
# "the country's …", "the nation's …": the possessive of the one country the documents are about
OWN_COUNTRY = frozenset({"country", "nation"})
OWN_COUNTRY_GENITIVE = frozenset({"страны"})
# «в стране», «по стране», «в государстве», "in the country": the one country as the place where what
# is asked happens (its name, «в Казахстане», too: _country_as_place)
PLACE_PREPOSITIONS = frozenset({"в", "во", "по", "in", "across", "throughout"})
OWN_COUNTRY_PLACE = frozenset({"стране", "государстве", "country", "nation"})
# how many words from the country's name its whole may stand ("Kazakhstan's new draft constitution")
WHOLE_SPAN = 3
# a question who holds a post, whose title the country's name is part of (_country_after_named)
TITLE_ASKING_KINDS = frozenset({"who", "who_is"})


# «Затрагивает ли…?», "Does the reform cover…?": the marks of a yes/no question (_asks_whether)
WHETHER_PARTICLE = "ли"
WHETHER_AUXILIARIES = frozenset({"does", "do", "did", "will", "would", "is", "are", "was", "can"})


def devoted_to(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Кто участвовал в круглом столе, посвящённом проекту новой Конституции?», «Из чего складывается
    направление, посвящённое правовой культуре?», "Who spoke at the round table devoted to the new
    constitution?": a participle of devotion after its noun only links it to its topic, as «круглый
    стол по проекту», «направление правовой культуры» do: the participle is no subject, and a topic
    that is nothing but the documents' whole (the draft, the reform, the new constitution) restates
    what the event was about, no subject either. Any other topic stays asked («посвящённом
    пенсионной реформе» is judged by what it names); a predicate («чему был посвящён круглый
    стол?», "what was it devoted to?") asks the topic, and stays."""
    found = analysis.words
    for i, word in enumerate(found):
        if not _devoted_after_its_noun(found, i):
            continue
        devoted = set(ctx.analyzer.analyse(word).values)
        # the longest run of words right after it that names nothing but the whole
        return less(analysis, devoted | _whole_run(ctx, list(found[i + 1 : i + 1 + DEVOTED_SPAN])))
    return analysis


# «Какое направление посвящено технологиям?»: the nouns naming one of the text's directions, whose
# devotion to a topic is only that direction's name (direction_devoted_to)
DIRECTION_NOUNS = "направление direction area track"


def direction_devoted_to(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Какое из направлений посвящено технологиям?», "Which area is devoted to data?": a
    direction said to be devoted to X is the direction of X, as «направление, посвящённое X» is
    (devoted_to): the verb of devotion is no subject, what is asked is the direction naming X. Only
    with a direction as its subject and a word the documents know left («Какой теме посвящён
    круглый стол?» asks the event's topic, and keeps it)."""
    morphology = shared_morphology()
    devoted = [
        w
        for w in analysis.words
        if w in DEVOTED_LEMMAS or (has_cyrillic(w) and morphology.info(w).lemma in DEVOTED_LEMMAS)
    ]
    if not devoted:  # (first: most questions devote nothing, and read no direction's synonyms)
        return analysis
    directions = ctx.analyzer.analyse(DIRECTION_NOUNS).values
    if directions.isdisjoint(analysis.values):
        return analysis
    dropped = ctx.analyzer.analyse(" ".join(devoted)).values
    if not any(t.known and t.value not in dropped | directions for t in analysis.terms):
        return analysis
    return less(analysis, dropped)


def event_topic(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Кто участвовал в круглом столе по конституционной реформе?», «…о новой Конституции», "Who
    spoke at the round table on the constitutional reform?", «Конституциялық реформа бойынша
    дөңгелек үстелге кім қатысты?»: the topic named with the event by a preposition of topic (after
    it; Kazakh's postposition before it) only says which event is meant, as a participle of devotion
    does (devoted_to). When it names nothing but the documents' whole, it is no subject: the entry
    telling who took part need not name the reform. Any other topic stays asked («круглый стол по
    пенсионной реформе» is judged by what it names). Asked who took part, a single word of the
    event («в обсуждении конституционной реформы», "in the discussion of the reform",
    «реформаны талқылауға») names it too, its topic joined by a case alone."""
    if ctx.event.isdisjoint(analysis.values) and ctx.discussion.isdisjoint(analysis.values):
        return analysis  # (the event unnamed: most questions, spared reading every pair of words)
    found = analysis.words
    taking_part = not analysis.values.isdisjoint(t.value for t in ctx.presence)
    for start, end in _event_spans(ctx, found, taking_part=taking_part):
        after = [w for w in found[end : end + 1 + EVENT_TOPIC_SPAN] if w not in DEVOTED_LINKS]
        before = found[max(0, start - 1 - EVENT_TOPIC_SPAN) : start]
        if after and after[0] in TOPIC_PREPOSITIONS:
            whole = _whole_run(ctx, after[1:])
        elif before and before[-1] in KAZAKH_TOPIC_POSTPOSITIONS:
            whole = _whole_run_before(ctx, before[:-1])
        elif found[end - 1].endswith(KAZAKH_WHILE):
            # «Жаңа Конституция жобасын талқылағанда…»: while discussing it, its object before it
            whole = _whole_run_before(ctx, found[max(0, end - 2 - EVENT_TOPIC_SPAN) : end - 1])
        elif taking_part:
            whole = _whole_run(ctx, after) or _whole_run_before(ctx, before)
        else:
            continue
        if whole:
            return less(analysis, whole)
    return analysis


def _event_spans(
    ctx: ReaderContext, found: tuple[str, ...], *, taking_part: bool = False
) -> list[tuple[int, int]]:
    """Where the documents' event is named by its name of two words («круглом столе», "round
    table"): its first word and the one after its last. A word of its family alone only when
    taking part is asked: "the debate on the draft", «обсуждение проекта» is as often the country's
    exchange of views on it."""
    named = [
        (i, i + 2 + _of_its_family(ctx, found[i + 2 : i + 3]))
        for i in range(len(found) - 1)
        if ctx.event & set(ctx.analyzer.analyse(" ".join(found[i : i + 2])).values)
        # (its first word is a word of its own: «круглом», "round", not "the" of "the debate")
        and (first := ctx.analyzer.analyse(found[i]).values)
        and not ctx.event & first
    ]
    if named or not taking_part:
        return named
    family = ctx.event | ctx.discussion
    return [(i, i + 1) for i, w in enumerate(found) if family & ctx.analyzer.analyse(w).values]


def _of_its_family(ctx: ReaderContext, next_word: Sequence[str]) -> int:
    """1 when the word after the event's name is a word of its family, the noun the name qualifies
    ("the round table discussion on the reform", "round table debate"): the event's name runs on
    to it, and the topic after it is the event's; else 0."""
    family = ctx.event | ctx.discussion
    return int(bool(next_word) and bool(family & ctx.analyzer.analyse(next_word[0]).values))


def _whole_run_before(ctx: ReaderContext, before: Sequence[str]) -> frozenset[str]:
    """The longest run of words right before a point that names nothing but the whole."""
    runs = (_whole_run(ctx, list(before[i:]), longest=False) for i in range(len(before)))
    return next((run for run in runs if run), frozenset())


def _whole_run(ctx: ReaderContext, span: list[str], *, longest: bool = True) -> frozenset[str]:
    """The values of the longest run of these words from their start (`longest`), or of all of
    them, that names nothing but the documents' whole (the reform, the draft, the new constitution),
    with the country it is of («реформе Казахстана», "Kazakhstan's constitutional reform": whose it
    is, as the documents' own title says); empty if none does."""
    span = [w for w in span if w not in DEVOTED_LINKS]
    for end in range(len(span), 0, -1) if longest else (len(span),):
        frame = ctx.analyzer.analyse(" ".join(span[:end])).terms
        wholes = ctx.wholes | _kazakh_wholes(ctx, span[:end])
        if any(t.value in wholes for t in frame) and all(
            t.value in wholes or t.value in ctx.own_country for t in frame
        ):
            return frozenset(t.value for t in frame)
    return frozenset()


# the documents' whole in Kazakh, in any case: the draft, the constitution, the reform (_kazakh_wholes)
# (not «жаңа», new, as the Russian «новая» is: taken off with the topic, it left a Kazakh address
# before it, «Ағай, …», the larger part of what is asked)
KAZAKH_WHOLE_FORMS = ("жоба", "конституция", "реформа")


def _kazakh_wholes(ctx: ReaderContext, span: Sequence[str]) -> frozenset[str]:
    """The values of the Kazakh forms of the documents' whole among these words («Конституция
    жобасы бойынша»: the constitution's draft): typed without a Kazakh letter, «жобасы», «жобасын»
    read as unknown Russian nouns, not as the draft they are."""
    forms = [w for w in span if w.startswith(KAZAKH_WHOLE_FORMS)]
    return ctx.analyzer.analyse(" ".join(forms)).values if forms else frozenset()


def _devoted_after_its_noun(found: tuple[str, ...], at: int) -> bool:
    """Whether the word at `at` is a participle of devotion qualifying a noun: a Russian full
    participle, or an English one not after a form of being ("was devoted to")."""
    word = found[at]
    if word in DEVOTED_LEMMAS:
        return at > 0 and found[at - 1] not in PASSIVE_BE
    info = shared_morphology().info(word)
    return info.lemma in DEVOTED_LEMMAS and info.pos == "PRTF"


# «согласно проекту», «по этому проекту»: the whole a question's answer is sought under (by_the_whole):
# the prepositions, the case of the whole after them, and the words that may stand between
BY_PREPOSITIONS = frozenset({"согласно", "по"})
BY_CASE = "datv"
TOPIC_BY = "по"
BY_QUALIFIER_POS = frozenset({"ADJF", "NPRO", "PRTF"})


def by_the_whole(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Что меняется для полиции по этому проекту?», «Какие права, согласно проекту, усиливаются?»:
    the draft, the reform or the constitution in the dative after «согласно» or «по» is where the
    answer is sought, as «в рамках реформы» (within_the_whole): no subject of its own. Only the
    whole itself (with a pronoun or adjectives before it: «по этому проекту», «по новой
    Конституции»), not a thing of it («по сути проекта» keeps both) nor another whole («по налоговой
    реформе»), and only when a noun the documents use is left, other than the whole, the event or
    those taking part."""
    found = analysis.words
    morphology = shared_morphology()
    dropped: list[str] = []
    for i, word in enumerate(found[:-1]):
        if word not in BY_PREPOSITIONS:
            continue
        at = i + 1
        while at < len(found) - 1 and morphology.info(found[at]).pos in BY_QUALIFIER_POS:
            at += 1
        head = found[at]
        if (morphology.case_of(head) or ("", False))[0] != BY_CASE:
            continue
        values = ctx.analyzer.analyse(head).values
        # (the words before it qualify the whole itself: «по налоговой реформе» is another reform)
        span = ctx.analyzer.analyse(" ".join(found[i + 1 : at + 1])).values
        # («обмен мнениями по проекту»: a bare «по» may name the topic; «по этому проекту» refers)
        bare = word == TOPIC_BY and at == i + 1
        if values and values <= ctx.wholes and span <= ctx.wholes and not bare:
            dropped += [*found[i + 1 : at], head]
    if not dropped:
        return analysis
    kept = less_words(ctx, analysis, dropped)
    own = ctx.wholes | ctx.event | ctx.collective
    if not any(t.known and t.pos in {"NOUN", None} and t.value not in own for t in kept.terms):
        return analysis
    return kept


# «Жаңа Конституция жобасы бойынша қандай бағыттарға…?»: the Kazakh postposition «бойынша» (by, under)
# after the documents' whole opening a question (by_the_whole_kazakh), and the words that may qualify
# the whole there (new, this)
KAZAKH_BY = "бойынша"
KAZAKH_WHOLE_QUALIFIERS = frozenset({"жаңа", "бұл", "осы"})


def by_the_whole_kazakh(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Жаңа Конституция жобасы бойынша қандай бағыттарға ерекше назар аударылды?»: the draft, the
    reform or the constitution opening a question before «бойынша» is where the answer is sought,
    as the Russian «по проекту новой Конституции» (by_the_whole): no subject of its own, «жаңа»
    (new) with it. Only the whole opening the question (not «реформа бойынша дөңгелек үстел», the
    event's topic after it), and only beside a thing the knowledge base names by a curated concept,
    as the Kazakh locative of the whole (within_the_whole), no body or person («Жаңа Конституция
    бойынша Парламент бір палаталы бола ма?» asks what the whole makes of Parliament)."""
    found = analysis.words
    if KAZAKH_BY not in found:
        return analysis
    span = found[: found.index(KAZAKH_BY)]
    whole = [w for w in span if w.startswith(KAZAKH_WHOLE_STEMS)]
    if not whole or len(whole) + sum(w in KAZAKH_WHOLE_QUALIFIERS for w in span) != len(span):
        return analysis
    kept = less_words(ctx, analysis, span)
    dropped = ctx.analyzer.analyse(" ".join(span)).values
    concepts = ctx.analyzer.concepts
    if any(t.value in ctx.subjects for t in kept.terms) or not any(
        t.value in concepts and t.value not in dropped for t in kept.terms
    ):
        return analysis
    return kept


def within_the_whole(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Что сказано об эффективности госуправления в рамках конституционной реформы?»,
    «Конституциялық реформа аясында … туралы не делінді?»: the reform, the draft or the
    constitution a question is placed within frames what it asks about; no subject of its own
    (the entry telling of the thing need not name the reform). Only when the frame is nothing but
    the documents' whole and something else the knowledge base knows is left («в рамках
    равенства перед законом» names a thing, and stays). So does the Kazakh locative of the whole
    («Бұл жобада заң алдындағы теңдік қалай түсіндіріледі?»: KAZAKH_WHOLE_STEMS)."""
    found = analysis.words
    spans = [
        (pair[1], found[i + 2 : i + 2 + WITHIN_SPAN])
        for i, pair in enumerate(itertools.pairwise(found))
        if pair in WITHIN_BEFORE
    ]
    spans += [
        ("", found[max(0, i - WITHIN_SPAN + 1) : i]) for i, word in enumerate(found) if word in WITHIN_AFTER
    ]
    for framing, span in spans:
        if span and shared_morphology().info(span[0]).lemma in FRAME_ASKING:
            continue
        frame = ctx.analyzer.analyse(" ".join(span)).terms
        # the whole, with its adjectives («конституционной», «новой»), closing or opening the span
        whole = [t.value for t in frame if t.value in ctx.wholes]
        if whole:
            return less(analysis, [*whole, *ctx.analyzer.analyse(framing).values])
    located = [w for w in found if w.startswith(KAZAKH_WHOLE_STEMS) and w.endswith(KAZAKH_LOCATIVE)]
    if not located:
        return analysis
    # (only beside a thing the knowledge base names by a curated concept: «Жобада қандай жаңалықтар
    # бар?» asks what is new in the draft itself)
    dropped = ctx.analyzer.analyse(" ".join(located)).values
    concepts = ctx.analyzer.concepts
    if not any(t.value in concepts and t.value not in dropped for t in analysis.terms):
        return analysis
    return less(analysis, dropped)


# «Как генпрокурор оценил проект новой Конституции?»: the assessment's noun as the analyzer reads it
# («оценил», «оценка», "assessed"), whose object the whole is (whole_assessed)
ASSESSING_WORD = "оценка"


def whole_assessed(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Как генпрокурор оценил проект новой Конституции?», "How was the draft assessed?": the
    draft, the reform or the constitution assessed is what any assessment in the documents is of;
    the whole only frames it (the entry giving the assessment speaks of «изменения», and the
    documents' summary would draw the whole's words instead). Only beside those who assessed it."""
    assessing = ctx.analyzer.analyse(ASSESSING_WORD).values
    if not assessing & analysis.values or not ctx.wholes & analysis.values:
        return analysis
    # (only the assessment of the whole itself by whoever made it: «оценили место реформы среди…»,
    # «оценили реформу как продолжение чего» ask a thing of it)
    framing = assessing | ctx.wholes | ctx.subjects | ctx.collective
    if any(t.value not in framing for t in analysis.terms):
        return analysis
    return less(analysis, ctx.wholes)


def without_the_whole(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Большие данные — тоже часть реформы?», «Входит ли ИИ в проект?»: whether the reform or the
    draft has X in it is whether the document names X; the part and the whole only frame it. Only
    when something the knowledge base knows is left (X, not a person or body), and never beside a
    kind of question. So does a verb of touching the whole governs («Затрагивает ли реформа
    юридическое образование?»: ctx.touching), or the event, those who took part in it, or the
    changes («Касалась ли дискуссия юридического образования?»: whether it was talked of there)."""
    touching = ctx.touching if _asks_whether(analysis.words) else frozenset()
    framing = ctx.part | touching
    wholes = ctx.whole | (ctx.touchers if touching & analysis.values else frozenset())
    if analysis.kinds or not framing & analysis.values or not wholes & analysis.values:
        return analysis
    frame = framing | wholes
    kept = tuple(t for t in analysis.terms if t.value not in frame)
    if not any(t.known for t in kept) or any(t.value in ctx.subjects for t in kept):
        return analysis  # a body is no part of a reform («Является ли прокуратура частью реформы?»)
    return replace(analysis, terms=kept, values=frozenset(t.value for t in kept))


def without_attention_paid(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Уделялось ли внимание юридическому образованию?», «Будет ли уделяться внимание правовой
    культуре?»: whether attention was paid to X is whether the document speaks of X, as «Обсуждалось
    ли X?»; the frame asks nothing of its own. Only in a yes/no question («Какое внимание уделено
    X?» asks how much), and only when a word the documents use is left."""
    found = analysis.words
    if analysis.kinds or not _asks_whether(found):
        return analysis
    morphology = shared_morphology()
    paying = [w for w in found if morphology.info(w).lemma in ATTENTION_VERBS]
    attention = ctx.analyzer.analyse(ATTENTION).values
    if not paying or not attention & analysis.values:
        return analysis
    return less(analysis, attention | ctx.analyzer.analyse(" ".join(paying)).values)


def _asks_whether(found: tuple[str, ...]) -> bool:
    """A yes/no question: a «ли», or an English auxiliary opening it. Only then does a verb of
    touching frame whether the whole names a thing; «Какая статья касается данных?», "Which article
    covers data privacy?" ask which part of the whole does, which the documents never number."""
    return WHETHER_PARTICLE in found or (bool(found) and found[0] in WHETHER_AUXILIARIES)


def which_other(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Какие ещё принципы будут в Преамбуле?», «Какие ещё органы участвовали?»: «ещё» right after
    a which-word asks which other ones (kind `others`, as «какие другие» does), beyond the one an
    entry names; only an entry telling the others (or that no other is named) answers; so does
    Kazakh «тағы» right before its which-word («Преамбулада тағы қандай қағидаттар болады?»). Not «ещё»
    elsewhere, where it is "still" or "also" («его ещё обсуждают?»), nor after «кто», nor after a
    «что» other than the one opening the question («Что ещё будет в Преамбуле?» asks what else;
    «обсуждение и что ещё?» completes a list asked), and only of what is to come, by a future verb
    («Что ещё впишут в Преамбулу?»; not «Что ещё сказал Асылов?», «Что ещё подтвердил круглый
    стол?»: the entry telling all that was said or done tells what else)."""
    found = analysis.words
    if any(word in STILL_WORDS and _one_more(found, i) for i, word in enumerate(found)):
        return replace(analysis, kinds=analysis.kinds | {BEYOND_LIST})
    if "others" in analysis.kinds:
        return analysis
    morphology = shared_morphology()
    opening = len(found) > 1 and found[0] == WHAT_OPENING and any(map(morphology.surely_future, found[2:]))
    if (opening and found[1] in STILL_WORDS) or any(
        (word in STILL_WORDS and i and morphology.info(found[i - 1]).lemma in WHICH_WORDS)
        or (word == KAZAKH_STILL and i + 1 < len(found) and found[i + 1] in WHICH_WORDS)
        for i, word in enumerate(found)
    ):
        return replace(analysis, kinds=analysis.kinds | {"others"})
    return analysis


# «ещё один круглый стол»: «ещё» and «один» ask for one more thing than the one the text tells
ONE = "один"
# «ещё один раз»: once more, again, no other thing
TIME_WORD = "раз"


def _one_more(found: tuple[str, ...], i: int) -> bool:
    """«Будет ли проведён ещё один круглый стол?»: «ещё один» before a noun asks for one more of
    the thing than the text tells (another round table than the one reported), beyond what it
    names (kind BEYOND_LIST, which no entry answers); not «ещё один раз» (again)."""
    morphology = shared_morphology()
    return (
        i + 2 < len(found)
        and morphology.info(found[i + 1]).lemma == ONE
        and morphology.info(found[i + 2]).lemma != TIME_WORD
    )


def without_listed_others(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Работа полиции и других правоохранительных органов»: «другие» after «и» continues a list
    (the police and the other bodies), and after «вместе с», «наряду с» ("along with") it names
    what goes with them; it does not ask beyond what the text names, as «кто ещё, кроме…» or
    «другие выступающие» do. Only when no other word asks for the others."""
    if "others" not in analysis.kinds:
        return analysis
    found = analysis.words
    morphology = shared_morphology()
    along, linking = ALONG_WITH
    listed = {
        i
        for i, word in enumerate(found)
        if i > 0
        and (found[i - 1] in LIST_LINKS or (i > 1 and found[i - 2] in along and found[i - 1] in linking))
        and morphology.info(word).lemma in OTHERS_ADJECTIVES
    }
    return unless_asked_elsewhere(ctx, analysis, "others", listed)


def without_kind_of_named(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Что за лозунг «Закон и порядок»?», «идея „справедливого Казахстана“»: a word for a wording
    or an idea right before a quoted name the documents know says what kind of thing the name is;
    the name is what is asked about, not the word («сериал «Закон и порядок»» is another thing
    of that name, and keeps its word)."""
    if not any(mark in question for mark in OPENING_QUOTES):
        return analysis  # no quoted name (the common case): no search
    dropped = set()
    for match in _KIND_BEFORE_NAME.finditer(question):
        kind = ctx.analyzer.analyse(match.group(1)).terms
        named = ctx.analyzer.analyse(match.group(2)).terms
        if len(kind) == 1 and kind[0].value in ctx.wordings and any(t.known for t in named):
            dropped.add(kind[0].value)
    kept = tuple(t for t in analysis.terms if t.value not in dropped)
    if len(kept) == len(analysis.terms):
        return analysis
    return replace(analysis, terms=kept, values=frozenset(t.value for t in kept))


def without_own_country(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """The possessive of one country ("the country's top prosecutor", "nation's") is the country
    the document is about, framing a subject named beside it; «Which countries supported…?»,
    "Which country's constitution…?" keep their word (they ask which). Only when a known noun or
    concept is left."""
    found = analysis.words
    morphology = shared_morphology()
    owner = {
        found[i]
        for i in range(len(found) - 1)
        if found[i] in OWN_COUNTRY and found[i + 1] == "s" and (i == 0 or found[i - 1] not in ASKING_WHICH)
    } | {  # «главный прокурор страны»: the genitive after a named subject
        word
        for before, word in itertools.pairwise(found)
        if word in OWN_COUNTRY_GENITIVE and ctx.analyzer.analyse(before).values & ctx.subjects
    }
    stems = {morphology.info(word).lemma for word in owner}
    # (only when the question names the country at all: reading each word alone is a fifth of a
    # question's time at 10,000 entries)
    if ctx.own_country & analysis.values and not TITLE_ASKING_KINDS & analysis.kinds:
        stems |= _country_after_named(ctx, found)
    if ctx.own_country & analysis.values:
        stems |= _country_of_the_whole(ctx, found)
    stems |= _country_as_place(ctx, found)
    if not stems:
        return analysis
    kept = tuple(t for t in analysis.terms if t.value not in stems)
    if len(kept) == len(analysis.terms) or not any(t.known and t.pos in {"NOUN", None} for t in kept):
        return analysis
    return replace(analysis, terms=kept, values=frozenset(t.value for t in kept))


def _country_after_named(ctx: ReaderContext, found: tuple[str, ...]) -> set[str]:
    """«гп рк», «генпрокурор Казахстана»: the country the documents are about, right after a
    person or body they name, says whose post it is (as «страны» does), not what is asked; not
    in a question who holds that post («Кто сейчас Генеральный прокурор Казахстана?»), whose
    title the country is part of."""
    return {
        value
        for before, word in itertools.pairwise(found)
        if (values := ctx.analyzer.analyse(word).values)
        and values <= ctx.own_country
        and ctx.analyzer.analyse(before).values & ctx.subjects
        for value in values
    }


def _country_as_place(ctx: ReaderContext, found: tuple[str, ...]) -> set[str]:
    """«усилить правопорядок в стране», «в Казахстане», "in the country": the one country the
    documents are about, as the place where what is asked happens, frames it (everything they
    tell happens there), as its possessive does; not what is asked."""
    morphology = shared_morphology()
    out: set[str] = set()
    for i, word in enumerate(found[:-1]):
        if word not in PLACE_PREPOSITIONS:
            continue
        place = found[i + 2] if found[i + 1] == "the" and i + 2 < len(found) else found[i + 1]
        if place in OWN_COUNTRY_PLACE:
            out.add(morphology.info(place).lemma)
        elif (values := ctx.analyzer.analyse(place).values) and values <= ctx.own_country:
            out |= values
    return out


def _country_of_the_whole(ctx: ReaderContext, found: tuple[str, ...]) -> set[str]:
    """ "Kazakhstan's draft constitution", "the new constitution of Kazakhstan": the country the
    documents are about, as the owner of their whole (the draft, the constitution, the reform),
    says whose it is, as their own title does, not what is asked."""
    out: set[str] = set()
    for i, word in enumerate(found):
        values = ctx.analyzer.analyse(word).values
        if not values or not values <= ctx.own_country:
            continue
        after = found[i + 2 : i + 2 + WHOLE_SPAN] if found[i + 1 : i + 2] == ("s",) else ()
        before = found[max(0, i - 1 - WHOLE_SPAN) : i - 1] if found[i - 1 : i] == ("of",) and i else ()
        if any(ctx.analyzer.analyse(w).values & ctx.whole for w in (*after, *before)):
            out |= values
    return out


# «для всех, и для богатых, и для бедных»: everyone, then named by its kinds in a pair of «и (для) X»
# (all_by_its_kinds); the words of everyone, and the pair's joining word and prepositions
EVERYONE_WORDS = frozenset({"все", "всех", "всем", "всеми"})
PAIR_JOINER = "и"
PAIR_PREPOSITIONS = frozenset({"для", "к", "на", "о", "об", "с", "со"})
PAIR_SPAN = 2  # the words of one kind after «и» and its preposition («простых людей»)


def all_by_its_kinds(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Закон будет для всех одинаковый, и для богатых, и для бедных?»: after «все» (everyone), a
    pair «и для X, и для Y» names everyone by its kinds, as a merism does; X and Y say who all are,
    no subject an entry must share (the words the documents never use only: «и для граждан»
    keeps its word). Not without «все» («одинаковый и для чиновников, и для депутатов?» asks of
    those two)."""
    found = analysis.words
    at = next((i for i, w in enumerate(found) if w in EVERYONE_WORDS), None)
    if at is None:
        return _all_by_kazakh_kinds(ctx, analysis)
    starts = [i for i in range(at + 1, len(found)) if found[i] == PAIR_JOINER]
    if len(starts) < 2:
        return analysis
    kinds: list[str] = []
    for n, start in enumerate(starts[:2]):
        j = start + 1 + int(start + 1 < len(found) and found[start + 1] in PAIR_PREPOSITIONS)
        stop = min(starts[1] if n == 0 else len(found), j + PAIR_SPAN)
        kinds.extend(found[j:stop])
    unknown = {t.value for w in kinds for t in ctx.analyzer.analyse(w).terms if not t.known}
    if len(unknown) < 2:
        return analysis
    return less(analysis, unknown)


# «Заң алдында бәрі тең бола ма, бай да, кедей де?»: Kazakh everyone, then named by its kinds, each
# with the particle «да / де / та / те» after it (_all_by_kazakh_kinds)
KAZAKH_EVERYONE_WORDS = frozenset({"бәрі", "барлығы", "барлық", "бәріне", "барлығына", "бәрімізге"})
KAZAKH_PAIR_PARTICLES = frozenset({"да", "де", "та", "те"})


def _all_by_kazakh_kinds(ctx: ReaderContext, analysis: Analysis) -> Analysis:
    """«бәрі тең бола ма, бай да, кедей де?» ("all equal, the rich and the poor alike"): after a
    Kazakh word of everyone, two words each with «да / де» name everyone by its kinds, as «и X, и Y»
    does in Russian (all_by_its_kinds); the words the documents never use only."""
    found = analysis.words
    at = next((i for i, w in enumerate(found) if w in KAZAKH_EVERYONE_WORDS), None)
    if at is None:
        return analysis
    kinds = [found[i - 1] for i in range(at + 2, len(found)) if found[i] in KAZAKH_PAIR_PARTICLES]
    if len(kinds) < 2:
        return analysis
    unknown = {t.value for w in kinds for t in ctx.analyzer.analyse(w).terms if not t.known}
    if len(unknown) < 2:
        return analysis
    return less(analysis, unknown)


# «помимо перечисленных», «кроме тех четырёх», "besides the four listed": what is left out is the list
# itself, pointed back to by a word of listing or naming or by how many it holds (beyond_the_list)
LIST_POINTERS = frozenset(
    {
        "перечислить",
        "перечисленный",
        "вышеперечисленный",
        "назвать",
        "названный",
        "вышеназванный",
        "указанный",
        "вышеуказанный",
        "упомянуть",
        "упомянутый",
        "привести",
        "приведённый",
        "list",
        "listed",
        "mention",
        "mentioned",
        "name",
        "named",
        "above",
        "aforementioned",
    }
)
ENGLISH_NUMBERS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})
NUMBER_POS = frozenset({"NUMR", "NUMB"})
# what the excluding word leaves out: its phrase up to a comma, and a relative clause after that comma
# («помимо тех четырёх, что перечислены»; beyond_the_list)
_LEFT_OUT = re.compile(
    r"\b(?:кроме|помимо|besides|except|apart)\b([^,.;:?!—–]*)"
    r"(,\s*(?:что|которые|которых|которое|которая|that|which)\b[^,.;:?!—–]*)?",
    re.IGNORECASE,
)
# a predicate ends the phrase left out: «, помимо прав и свобод, названо…» names nothing it leaves out
PREDICATE_POS = frozenset({"VERB", "INFN", "PRTS"})


def beyond_the_list(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Какие ещё направления обсуждались, помимо перечисленных?», "Besides the four listed areas,
    what else…?": what is left out is the list the documents give, pointed back to by a word of
    listing or naming («перечисленных», «названных», "listed") or by its count («тех четырёх»), so
    the question asks for what lies beyond it, which no entry tells (the documents name only those):
    a kind no entry answers. Not «кроме генпрокурора» (a thing named, as without_excluded reads),
    nor «помимо прав и свобод, названо…» (the predicate of the question, not of what is left out)."""
    if not EXCLUDING_BEFORE.intersection(analysis.words):
        return analysis
    for found in _LEFT_OUT.finditer(question):
        left_out = _up_to_predicate(words(found.group(1))) + words(found.group(2) or "")
        if any(map(_points_to_a_list, left_out)):
            return replace(analysis, kinds=analysis.kinds | {BEYOND_LIST})
    return analysis


def _up_to_predicate(found: Sequence[str]) -> list[str]:
    """The words before the first Russian predicate («кроме прав названо»: «прав»; an English
    participle after its noun, "besides the areas listed", is one of them)."""
    morphology = shared_morphology()
    return list(itertools.takewhile(lambda w: not _russian_predicate(w, morphology), found))


def _russian_predicate(word: str, morphology: Morphology) -> bool:
    return has_cyrillic(word) and morphology.info(word).pos in PREDICATE_POS


def _points_to_a_list(word: str) -> bool:
    """A word of listing or naming («перечисленных», "listed"), or a count («четырёх», "four")."""
    info = shared_morphology().info(word)
    return (
        word in LIST_POINTERS
        or info.lemma in LIST_POINTERS
        or word in ENGLISH_NUMBERS
        or info.pos in NUMBER_POS
    )


# «негосударственные институты», "non-state groups": those not of the state, as «кроме государственных
# органов» leaves the state bodies out (non_state_as_excluded); the adjective's lemma, the English
# pair, and what each is read as
NON_STATE_LEMMA = "негосударственный"
NON_STATE_PAIRS = frozenset({("non", "state"), ("non", "government")})
NON_STATE_READ = {"ru": "кроме государственных органов", "en": "besides state bodies"}


def non_state_as_excluded(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Какие негосударственные институты были представлены?», "Which non-state groups joined?":
    bodies not of the state are the others beside the state bodies, which an entry listing those
    who took part tells as «кроме госорганов» reads (not "non-governmental organisations", the
    curated NGOs)."""
    found = list(analysis.words)
    morphology = shared_morphology()
    for i, word in enumerate(found):
        if morphology.info(word).lemma == NON_STATE_LEMMA:
            found[i : i + 1] = [NON_STATE_READ["ru"]]
            break
        if tuple(found[i : i + 2]) in NON_STATE_PAIRS:
            found[i : i + 2] = [NON_STATE_READ["en"]]
            break
    else:
        return analysis
    read = ctx.analyzer.analyse(" ".join(found))
    return replace(read, kinds=analysis.kinds | read.kinds)


def without_excluded(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """What «кроме X», «помимо X», «besides X», «X-тан басқа» leave out is not asked about:
    «кто был, кроме генпрокурора» asks for the others (kind `others`), not for him. Set off by
    commas, the phrase leaves out all it holds («, помимо нетерпимости к нарушениям,»)."""
    found = analysis.words
    around = []
    for i, word in enumerate(found):
        if word in EXCLUDING_BEFORE:
            start = i + 1
            while start < len(found) and found[start] in EXCLUDING_LINKS:
                start += 1
            around.append(" ".join(_before_verb(found[start : start + WHICH_SPAN])))
        elif word in EXCLUDING_AFTER and i:
            around.append(found[i - 1])
    closed = _EXCLUDED_CLOSED.finditer(question)
    around.extend(" ".join(words(m.group(1))[:MAX_EXCLUDED_WORDS]) for m in closed)
    if around:  # (a name in quotation marks, only where something is left out)
        around.extend(m.group(1) for m in _EXCLUDED_QUOTED.finditer(question))
    excluded = {v for text in around for v in ctx.analyzer.analyse(text).values}
    if excluded:  # (nothing left out, the common case: what stays asked outside need not be read)
        excluded -= _asked_outside(ctx, question)
    if not excluded:
        return analysis
    if _only_rhetoric(around):
        return _beyond_rhetoric(analysis, excluded)
    kept = tuple(t for t in analysis.terms if t.value not in excluded)
    kinds = analysis.kinds
    # «Кроме госорганов кто-то участвовал — общественники?»: a group the documents name, beside
    # what is left out, is the one asked about (whether it was there), not the rest of them; only
    # when the excluding word alone asks for others («другие», «ещё» still do)
    others_asked = set(found) - EXCLUDING_BEFORE - EXCLUDING_AFTER
    chosen_from = _chosen_from(ctx, found)
    named = any(t.value in ctx.subjects and t.value not in chosen_from for t in kept)
    if named and not others_asked & OTHERS_WORDS:
        kinds = kinds - {"others"}
    if "others" in kinds:  # the others beside what is left out: an entry listing it with them tells
        kinds = kinds | {BESIDES}
    values = frozenset(t.value for t in kept)
    return replace(analysis, terms=kept, values=values, kinds=kinds, excluded=_left_out_lemmas(ctx, question))


def _chosen_from(ctx: ReaderContext, found: Sequence[str]) -> frozenset[str]:
    """«Кто из Генеральной прокуратуры, кроме Асылова, выступал?»: the group after «кто из», "who
    from", is the one the others are asked among, not a group asked about beside the one left out
    (as «общественники» is in «Кроме госорганов кто-то участвовал — общественники?»). Its words up
    to the first verb or word of leaving out."""
    chosen: list[str] = []
    for i, word in enumerate(found[:-2]):
        if word in WHO_WORDS and found[i + 1] in FROM_WORDS:
            span = found[i + 2 : i + 2 + WHICH_SPAN]
            chosen.extend(_before_verb(list(itertools.takewhile(lambda w: w not in EXCLUDING_BEFORE, span))))
    return ctx.analyzer.analyse(" ".join(chosen)).values if chosen else frozenset()


def _asked_outside(ctx: ReaderContext, question: str) -> frozenset[str]:
    """«Какие ещё принципы, кроме принципа «Закон и порядок», закреплены?»: the noun a which-word
    (read with it) asks of outside the phrase left out (the kind of thing others of which are
    asked) stays asked, though the phrase names one of its kind by the same word. Outside: the
    question without each phrase of leaving out up to the end of its clause (never less)."""
    rest = words(_LEFT_OUT_CLAUSE.sub(" ", _EXCLUDED_CLOSED.sub(",", question)).casefold())
    morphology = shared_morphology()
    asked = [
        " ".join(rest[i : i + 1 + WHICH_SPAN])
        for i, word in enumerate(rest)
        if morphology.info(word).lemma in WHICH_WORDS
    ]
    return frozenset(v for text in asked for v in ctx.analyzer.analyse(text).values)


# «кроме красивых слов», «помимо лозунгов», "besides the slogans": what leaves out mere words asks for
# the substance, as «конкретно» does (_only_rhetoric): the lemmas of talk and of its epithets
RHETORIC_LEMMAS = frozenset(
    {
        "слово",
        "лозунг",
        "фраза",
        "декларация",
        "обещание",
        "болтовня",
        "риторика",
        "пафос",
        "красивый",
        "громкий",
        "общий",
        "пустой",
        "высокий",
        "правильный",
        "word",
        "words",
        "slogan",
        "slogans",
        "phrase",
        "phrases",
        "rhetoric",
        "promise",
        "promises",
        "nice",
        "fine",
        "big",
        "empty",
        "fancy",
        "pretty",
    }
)


# «опять», «снова» before words of talk: the asker's scorn («…, опять красивые слова», «чё опять
# бумажки»), no detail asked (without_scorn)
AGAIN_WORDS = frozenset({"опять", "снова", "again"})
SCORNED_LEMMAS = RHETORIC_LEMMAS | frozenset({"бумажка", "бумага", "paper", "papers"})


def without_scorn(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«ну и чо реально изменится для граждан, опять красивые слова», «чё опять бумажки, что они
    там подтвердили»: words of talk after «опять» scorn what the text says; the question is the
    rest. Not «опять» before anything else («опять повысят налоги?» asks of taxes)."""
    found = analysis.words
    scorned: list[str] = []
    for i, word in enumerate(found):
        if run := scorn_after(found, i):
            scorned += [word, *run]
    if not scorned:
        return analysis
    dropped = ctx.analyzer.analyse(" ".join(scorned)).values
    kept = tuple(t for t in analysis.terms if t.value not in dropped)
    return replace(analysis, terms=kept, values=frozenset(t.value for t in kept)) if kept else analysis


def scorn_after(found: Sequence[str], i: int) -> list[str]:
    """The words of talk scorned by the «опять» at `i` («опять красивые слова»), if they hold a
    noun; none when the word is no such «опять» («опять повысят»: a repeat)."""
    if found[i] not in AGAIN_WORDS:
        return []
    morphology = shared_morphology()
    run = list(itertools.takewhile(lambda w: morphology.info(w).lemma in SCORNED_LEMMAS, found[i + 1 :]))
    return run if any(morphology.info(w).pos == "NOUN" for w in run) else []


# «просто», «лишь», "just" before words of talk or form («просто лозунг», «лишь декларация», «просто
# формальность»): the asker's guess that a thing is mere talk (without_mere_guess); the lemmas as the
# morphology gives them (English stems: "formality" is «formal», "declaration" «declar»)
MERE_WORDS = frozenset({"просто", "лишь", "just", "merely", "simply", "mere"})
# («очередной лозунг»: one more of them)
MERE_LEMMAS = RHETORIC_LEMMAS | frozenset({"пиар", "показуха", "очередной", "declar", "slogan", "word"})
# «или нечто большее», «или чем-то большим», "or something more": the open side set against the guess
SOMETHING_WORDS = frozenset({"нечто", "что-то", "чем-то", "чём-то", "что-нибудь", "чем-нибудь", "something"})
MORE_LEMMAS = frozenset({"больший", "большой", "more"})
ENGLISH_ARTICLES = frozenset({"a", "an"})
MORE_SIDE_SPAN = 3  # «или», the pronoun and the comparative


# "rather than just punishing them", "or just fining people": "just" before a verb's "-ing" form is
# the adverb "only" (as "only", "merely", stopwords, are), not the adjective of "a just state"
JUST = "just"


def without_adverb_just(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """ "…rather than just punishing them?": "just" before an "-ing" form only weighs the deed after
    it; it names nothing and is read out ("Just Kazakhstan", "a just state" keep it: a noun follows)."""
    found = analysis.words
    if JUST not in found:
        return analysis
    adverbs = [w for w, after in itertools.pairwise(found) if w == JUST and after.endswith(GERUND_ENDING)]
    return less_words(ctx, analysis, adverbs) if adverbs else analysis


def without_mere_guess(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Является ли принцип «Закон и порядок» просто лозунгом или чем-то большим?», «Станет ли он
    просто декларацией?», "Is it just a slogan or something more?": a guess that a thing is mere
    talk or form asks what the thing is, which the documents tell in their own words (the status
    they give it); the guess, and the open «нечто большее» set against it, are no subject (the rest
    is read as it stands). Only words of talk («просто пиар», not «просто налоги»); not a formality,
    which the documents answer in their words (the round table was a place for a real exchange)."""
    found = analysis.words
    dropped: set[int] = set()
    for i, word in enumerate(found):
        if word in MERE_WORDS and (run := len(_mere_run(found[i + 1 :]))):
            more = len(_more_side(found[i + 1 + run :]))
            dropped.update(range(i, i + 1 + run + more))
        elif i not in dropped and (more := len(_more_side(found[i:]))):
            guess = len(_mere_run(found[:i][::-1]))  # «лозунг или нечто большее?», no «просто»
            dropped.update(range(i - guess, i + more) if guess else ())
    if not dropped:
        return analysis
    return less_words(ctx, analysis, [found[i] for i in sorted(dropped)])


def _mere_run(following: Sequence[str]) -> list[str]:
    """The words of talk or form these words open with (with their epithets: «красивый лозунг»), if
    they hold a noun."""
    morphology = shared_morphology()
    run = list(
        itertools.takewhile(
            lambda w: w in ENGLISH_ARTICLES or morphology.info(w).lemma in MERE_LEMMAS, following
        )
    )
    return run if any(morphology.info(w).pos == "NOUN" for w in run) else []


def _more_side(following: Sequence[str]) -> list[str]:
    """«или нечто большее», «или чем-то большим», "or something more", if these words open with it."""
    side = list(following[:MORE_SIDE_SPAN])
    if len(side) < MORE_SIDE_SPAN or side[0] not in ALTERNATIVE_WORDS or side[1] not in SOMETHING_WORDS:
        return []
    return side if shared_morphology().info(side[2]).lemma in MORE_LEMMAS else []


def _only_rhetoric(around: Sequence[str]) -> bool:
    """What is left out is nothing but words of talk and their epithets («красивых слов»)."""
    morphology = shared_morphology()
    left = [morphology.info(w).lemma for text in around for w in text.split()]
    return bool(left) and all(lemma in RHETORIC_LEMMAS for lemma in left)


def _beyond_rhetoric(analysis: Analysis, excluded: set[str]) -> Analysis:
    """The question less the words of talk it leaves out, and asking for no others."""
    kept = tuple(t for t in analysis.terms if t.value not in excluded)
    kinds = analysis.kinds - {"others", BESIDES}
    return replace(analysis, terms=kept, values=frozenset(t.value for t in kept), kinds=kinds)


# words beside what is left out, not of it: «помимо информирования общества сейчас происходит…»
NOT_LEFT_OUT_POS = frozenset({"ADVB", "VERB", "INFN", "PRTS", "GRND", "PRED"})


def _left_out_lemmas(ctx: ReaderContext, question: str) -> frozenset[str]:
    """The lemmas of the words «кроме X», «помимо X» leave out, up to a comma or a predicate, that
    are terms (the words themselves, not the concepts a synonym reads them as: «обсуждение» is not
    any «дискуссия»)."""
    morphology = shared_morphology()
    found = (w for m in _LEFT_OUT.finditer(question) for w in _up_to_predicate(words(m.group(1))))
    infos = (morphology.info(w) for w in found if ctx.analyzer.analyse(w).terms)
    return frozenset(i.lemma for i in infos if i.pos not in NOT_LEFT_OUT_POS)


def _before_verb(words: Sequence[str]) -> list[str]:
    """The words up to the first verb: «кроме госорганов участвовал» leaves out the bodies, not the
    taking part the question asks about."""
    morphology = shared_morphology()
    kept: list[str] = []
    for word in words:
        if kept and morphology.info(word).pos in VERB_POS:
            break
        kept.append(word)
    return kept


def narrowed_after(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Затрагивалось ли образование — хотя бы юридическое?»: an adjective closing the question after a
    dash or comma narrows the noun before it, as «юридическое образование» would; read so when the
    two make a subject the documents know as one («Обсуждали ли налоги — хотя бы подоходные?» names
    nothing they know, and stays as it was)."""
    if not any(mark in question for mark in NARROWING_MARKS):
        return analysis  # no dash or comma before a closing word (the common case): no search
    found = _NARROWED_AFTER.search(question)
    if found is None:
        return analysis
    morphology = shared_morphology()
    noun, adjective = found["noun"], found["adjective"]
    if morphology.info(noun).pos != "NOUN" or morphology.info(adjective).pos != "ADJF":
        return analysis
    phrase = ctx.analyzer.analyse(f"{adjective} {noun}").terms
    if len(phrase) != 1 or not phrase[0].known:
        return analysis
    words = list(analysis.words)  # (of the question as focused: the raw one may hold more)
    if noun.casefold() not in words or words[-1:] != [adjective.casefold()]:
        return analysis
    at = len(words) - 1 - words[::-1].index(noun.casefold())
    narrowed = [*words[:at], adjective.casefold(), *words[at:-1]]
    narrowed = [w for i, w in enumerate(narrowed) if i <= at + 1 or w not in NARROWING_WORDS]
    return ctx.analyzer.analyse(" ".join(narrowed))


# «подготовка юристов в вузах», "legal education at universities": the place of teaching named right
# after the teaching (taught_where); not «институт», which is also an institution the text names
TEACHING = "юридическое образование"
TEACHING_PLACES = frozenset({"вуз", "университет", "university", "universities"})
TEACHING_AT = frozenset({"в", "во", "at", "in"})
TEACHING_SPAN = 3


def taught_where(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Что говорится о подготовке юристов в вузах?», «Обсуждали ли юридическое образование в
    университетах?»: universities are where all such teaching is, so the place named right after the
    teaching (a preposition between) adds no subject; the question asks of the teaching. Not a place
    asked («в каких вузах…», «какие вузы…»: which ones the text never says), nor one named apart from
    the teaching («Какие вузы улучшат юридическое образование?»)."""
    found = analysis.words
    morphology = shared_morphology()
    places = {
        found[i + 1]
        for i in range(1, len(found) - 1)
        if found[i] in TEACHING_AT
        # (as typed too: the English lemma is a stem, «universiti»)
        and (found[i + 1] in TEACHING_PLACES or morphology.info(found[i + 1]).lemma in TEACHING_PLACES)
        and found[i - 1] not in ASKING_WHICH
    }
    if not places:
        return analysis
    teaching = ctx.analyzer.analyse(TEACHING).values
    at = [i for i, w in enumerate(found) if w in places]
    if not all(
        teaching & ctx.analyzer.analyse(" ".join(found[max(0, i - 1 - TEACHING_SPAN) : i - 1])).values
        for i in at
    ):
        return analysis
    dropped = {morphology.info(w).lemma for w in places} | places
    kept = tuple(t for t in analysis.terms if t.value not in dropped)
    return replace(analysis, terms=kept, values=frozenset(t.value for t in kept))


# «одно заменяет другое», «один другому», «друг друга»: the other of two things named, each to the
# other (reciprocal_other); lemmas («другом» is read as «друг»), within RECIPROCAL_SPAN words
ONE_LEMMA = "один"
FRIEND_LEMMA = "друг"
RECIPROCAL_LEMMAS = frozenset({"другой", FRIEND_LEMMA})
RECIPROCAL_SPAN = 3


def reciprocal_other(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Как соотносятся ИИ и защита данных — одно заменяет другое?», «противоречат ли они друг
    другу?»: «другой» after «один» (or «друг» after «друг») is the other of the two things named,
    each to the other; it does not ask beyond what the text names (kind `others`), as «кто ещё»,
    «другие выступающие» do (only when no other word asks for the others), and «друг друга» names
    no friend, a noun the documents never use."""
    found = analysis.words
    lemmas = [shared_morphology().info(w).lemma for w in found]
    reciprocal = {
        i
        for i, lemma in enumerate(lemmas)
        if lemma in RECIPROCAL_LEMMAS
        and any(
            before == ONE_LEMMA or before == lemma == FRIEND_LEMMA
            for before in lemmas[max(0, i - RECIPROCAL_SPAN) : i]
        )
    }
    if not reciprocal:
        return analysis
    read = (
        unless_asked_elsewhere(ctx, analysis, "others", reciprocal)
        if "others" in analysis.kinds
        else analysis
    )
    pronoun = [found[i] for i in range(len(found)) if lemmas[i] == FRIEND_LEMMA and {i, i + 1} & reciprocal]
    return less_words(ctx, read, pronoun) if pronoun else read


# «Какие положения проекта касаются…?»: the draft's provisions (by lemma), and the verbs that link
# them to their topic (concerning, devoted to, bearing on, bound up with), or a preposition of topic
# right after; so do the draft's changes (CHANGE_WORDS), which also say their topic with «в»
PROVISION_LEMMAS = frozenset({"положение"})
CHANGE_LEMMAS = frozenset(shared_morphology().info(w).lemma for w in words(CHANGE_WORDS) if has_cyrillic(w))
PROVISION_LINK_LEMMAS = frozenset(
    {"касаться", "коснуться", "относиться", "посвятить", "затрагивать", "связать"}
)  # fmt: skip
PROVISION_TOPIC_WORDS = frozenset({"о", "об", "про", "насчёт", "насчет"})
CHANGES_TOPIC_WORDS = PROVISION_TOPIC_WORDS | {"в", "во"}
# the words asking how a thing bears on a topic («Как изменения затрагивают экономику?», «…эти
# изменения как-то затрагивают?»), as typed
HOW_WORDS = frozenset({"как", "как-то", "каким"})
# how many words after the provisions noun its linking verb may stand («положения проекта новой
# Конституции касаются…»)
PROVISION_SPAN = 4


def provisions_on(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Какие положения проекта касаются подготовки юристов?», «Есть ли в проекте положения о
    юридическом образовании?»: the draft's provisions on a topic ask what the draft says of that
    topic, as «Что в проекте касается…?» does: the provisions noun and its linking verb are the
    frame, no subject; the topic stays asked («…касаются налогов?» is judged by its taxes). Not
    «положение» as a state of things («Как изменится положение граждан?»: no topic linked). So do
    the draft's changes on a topic («Какие новшества касаются юридического образования?», «Какие
    изменения в юридическом образовании?»), but not changes in the whole itself («Какие изменения в
    Конституции?» asks the changes), and only when the changes are what is asked (`_changes_asked`):
    «Правда ли, что поправки в тексте оцениваются положительно?» asks how they are judged."""
    found = analysis.words
    morphology = shared_morphology()
    for i, word in enumerate(found):
        lemma = morphology.info(word).lemma
        if lemma not in PROVISION_LEMMAS | CHANGE_LEMMAS or morphology.info(word).pos != "NOUN":
            continue
        if lemma in CHANGE_LEMMAS and not _changes_asked(found, i, morphology):
            continue
        after = found[i + 1 : i + 1 + PROVISION_SPAN]
        topic_words = CHANGES_TOPIC_WORDS if lemma in CHANGE_LEMMAS else PROVISION_TOPIC_WORDS
        # «изменения в Конституции»: the changes of the whole are asked, unless linked to a topic
        if (
            after[:1]
            and after[0] in topic_words
            and not (lemma in CHANGE_LEMMAS and ctx.wholes & ctx.analyzer.analyse(" ".join(after[1:])).values)
        ):
            return less_words(ctx, analysis, (word,))
        links = [w for w in after if morphology.info(w).lemma in PROVISION_LINK_LEMMAS]
        if links:
            return less_words(ctx, analysis, (word, links[0]))
    return analysis


def _changes_asked(found: tuple[str, ...], at: int, morphology: Morphology) -> bool:
    """The change noun at `at` is what is asked: a which-word right before it, or before one
    adjective of it («Какие предлагаемые изменения…»), or a how-word anywhere («Как изменения
    затрагивают экономику?»). Not «В какой мере изменения касаются…?» (how far: a degree)."""
    before = found[max(0, at - WHICH_SPAN) : at]
    if before and morphology.info(before[-1]).lemma in WHICH_WORDS:
        return True
    adjective = len(before) == WHICH_SPAN and morphology.info(before[-1]).pos in {"ADJF", "PRTF"}
    return (adjective and morphology.info(before[0]).lemma in WHICH_WORDS) or not HOW_WORDS.isdisjoint(found)


# «Какое из обсуждавшихся направлений…?», «Какое из выделенных направлений…?»: a which-word, «из» and a
# participle of the text's telling of its items (discussed, singled out, named, listed), by lemma
TOLD_ITEM_LEMMAS = frozenset(
    {"обсуждаться", "обсуждать", "обсудить", "выделить", "выделять", "назвать", "называть", "перечислить",
     "перечисленный", "упомянуть", "рассмотреть", "рассматриваться", "обозначить", "сказать",
     "прозвучать", "озвучить"}
)  # fmt: skip
PARTITIVE = "из"
# «Что из обсуждённого касается…?», «Что из сказанного…?»: what of all the text told, with no noun
WHAT_OF = "что"


def which_of_the_told(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Какое из обсуждавшихся направлений касается технологий?», «Какое из выделенных направлений
    посвящено образованию?»: which one of the items the text discussed or singled out asks which
    item, as «Какое направление…?» does; the participle only says they are the text's own, no
    subject (the directions the text lists are those discussed); so does «Что из обсуждённого
    касается X?», what of all the text told. A participle elsewhere stays («Какие вопросы
    обсуждались?» asks what was discussed)."""
    found = analysis.words
    morphology = shared_morphology()
    for i in range(2, len(found)):
        told = found[i]
        if (
            found[i - 1] == PARTITIVE
            and morphology.info(told).pos in {"PRTF", "ADJF"}
            and morphology.info(told).lemma in TOLD_ITEM_LEMMAS
            and (
                found[i - 2] == WHAT_OF
                or (
                    morphology.info(found[i - 2]).lemma in WHICH_WORDS
                    and i + 1 < len(found)
                    and morphology.info(found[i + 1]).pos == "NOUN"
                )
            )
        ):
            return less_words(ctx, analysis, (told,))
    return analysis


# «о практике применения проекта»: the noun of practice and of applying (by lemma), and how many
# words after them may name the documents' whole
PRACTICE_LEMMA = "практика"
APPLYING_LEMMA = "применение"
APPLIED_SPAN = 3


def practice_of_the_whole(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Говорили ли участники о практике применения проекта?», «…теоретизировали или говорили о
    практике применения новой Конституции?»: the practice of applying the documents' whole is its
    practical side, the text's «практических аспектах проекта»: «применение» is no subject of its
    own there. The practice of applying anything else stays asked («практика применения законов»
    is the text's uniform application; «…искусственного интеллекта», its digital direction)."""
    found = analysis.words
    morphology = shared_morphology()
    for i in range(len(found) - 2):
        if (
            morphology.info(found[i]).lemma == PRACTICE_LEMMA
            and morphology.info(found[i + 1]).lemma == APPLYING_LEMMA
            and _whole_run(ctx, list(found[i + 2 : i + 2 + APPLIED_SPAN]))
        ):
            return less_words(ctx, analysis, (found[i + 1],))
    return analysis
