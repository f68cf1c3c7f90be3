"""Phrases that look like a question of their own but ask another: the place a thing takes
(«какое место занимает X»: its role), «для чего» after a noun (what the thing is for, not why), the
English "in what respect", "in what connection" (how, of what, not a thing), and «что будет, если…»
(the consequence of a condition, not what a thing is)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from bot.qa.analyzer import Analysis, Term
from bot.qa.kb import EXCESS, STEPS
from bot.qa.morph import PREDICATE_POS, english_plural_noun, shared_morphology
from bot.qa.reading.comparison import DIFFERENCE_LEMMAS
from bot.qa.reading.context import SAID_KIND, WHICH_WORDS, ReaderContext
from bot.qa.reading.edits import less, less_words, read_with
from bot.qa.reading.people import PEOPLE_AT_LARGE, reports_words
from bot.qa.subject import ALTERNATIVE_WORDS, TOPIC_PREPOSITIONS
from bot.qa.text import ENGLISH_AUXILIARIES, IDIOM_DEMONSTRATIVES, POINTING_IDIOMS, THIRD_POSSESSIVES

# «Какое место занимает X в…?», «какое место отводится X»: the place a thing takes asks its role
# (as «какую роль играет», whose words are stopwords), not a place: the noun and the verbs
PLACE_NOUN = "место"
# (and of giving it as attention is given: «Какое место уделено правам человека?»)
PLACE_VERBS = frozenset(
    {"занимать", "занять", "отводить", "отводиться", "отвести", "отводимый"}
    | {"уделить", "уделять", "уделяться"}
)
# «Нашлось ли на обсуждении место для гражданского сектора?»: a place found for a thing («место для»
# with a verb of finding one) is whether it was given room there, asked as whether it was discussed
PLACE_FOR = "для"
PLACE_FOUND_VERBS = frozenset({"найтись", "находиться", "найти", "отыскаться", "отвести", "выделить"})
# (a place for holding or meeting, «место для проведения / встречи», is a venue)
HOLDING_NOUNS = frozenset({"проведение", "встреча", "собрание", "заседание"})
# «поднимать X до уровня преамбулы», «возвести X в ранг ценности»: raising a thing to a rank (the
# preposition and the rank noun) is placing it there (raised_to_a_rank); the verbs by lemma
RANKS = frozenset({("до", "уровень"), ("в", "ранг"), ("на", "уровень")})
RAISING_VERBS = frozenset({"поднимать", "поднять", "возводить", "возвести", "повышать", "повысить"})
RAISING_SPAN = 6
PLACING = "закрепить"

# «Затрагивалась ли проблема неодинакового применения законов?», «обсуждался ли вопрос X»: a generic
# noun of a topic, before the genitive that names it, in a question whether it was discussed, is the
# topic named (topic_noun); the nouns and the verbs of discussing, by lemma («шла ли речь о проблеме X»)
TOPIC_NOUNS = frozenset({"проблема", "вопрос", "проблематика", "аспект"})
# «Какое место в дискуссии заняла тема прав человека?»: the place a topic took there (without_place_taken)
# asks of it as whether it was discussed does, and there «тема» before its genitive is such a noun too
# (in «обсуждалась ли тема X» it stays: the entry listing the discussion's topics answers that)
PLACE_TOPIC_NOUNS = TOPIC_NOUNS | {"тема"}
DISCUSSING_LEMMAS = frozenset(
    {"обсуждаться", "обсуждать", "обсудить", "затрагиваться", "затрагивать", "затронуть", "подниматься",
     "поднимать", "поднять", "рассматриваться", "рассматривать", "рассмотреть", "речь", "говорить"}
)  # fmt: skip
# «на конституционном уровне», «на законодательном уровне»: a level named by its adjective is the
# domain the adjective names (at_a_level)
LEVEL_NOUN = "уровень"
AT_LEVEL = frozenset({"на"})
CONSTITUTION = "конституция"
# the Constitution and the part of it the documents place a principle in («на уровне преамбулы»: in
# the Preamble itself, as «на уровне Конституции» is the constitutional level)
CONSTITUTION_PARTS = f"{CONSTITUTION} преамбула"

# "In what respect to be strengthened?", "In which connection is X mentioned?", "In what
# form will data be protected?": the noun after "in what / which" asks how or in what context, as "in
# what way" does, not about respect, connections or forms (English as typed)
MANNER_FRAME_OPENERS = ("in",)
ENGLISH_WHICH = frozenset({"what", "which"})
MANNER_FRAME_NOUNS = frozenset({"respect", "respects", "connection", "connections", "sense", "form", "way"})

# «в сфере юридического образования», «в области цифровизации», «в отрасли…»: a noun of a domain
# before the genitive naming it is no subject (without_domain_frame); after «в», by lemma. «в правовой
# сфере» (no genitive after it) keeps its sphere. «в плане защиты прав» is the compound preposition
# "as regards" («в плане» with a genitive), not a plan: it frames its genitive as «в сфере» does; so does
# «в деятельности правоохранительных органов» (in their work: the bodies are what is asked of), and
# «в части юридического образования» ("as regards", not a part of a thing: «в заключительной части
# текста» has its adjective between)
DOMAIN_NOUNS = frozenset({"сфера", "область", "отрасль", "план", "деятельность", "часть"})
DOMAIN_PREPOSITIONS = frozenset({"в", "во"})
# the verb of proposing beside a domain frame («Что предлагается в сфере защиты прав граждан?»), by lemma
DOMAIN_PROPOSING = frozenset({"предлагаться", "предлагать", "предложить", "предполагаться"})
# the nouns of measures asked in a domain («Какие меры в сфере образования упомянуты?»), by lemma
DOMAIN_MEASURES = frozenset({"мера", "шаг"})
# the words a genitive may open with before its noun (_genitive_after)
GENITIVE_QUALIFIER_POS = frozenset({"ADJF", "PRTF"})

# «Что будет, если нарушить…?», "What happens if…?", «…бұзса не болады?»: what follows from a condition
# (kind `consequence`), which a report of a round table and a draft's aims does not tell; no entry is of
# that kind. The heads of such a question, then the word of the condition within CONDITION_SPAN words;
# as typed
CONSEQUENCE_HEADS = frozenset(
    {("что", "будет"), ("что", "случится"), ("что", "произойдёт"), ("что", "произойдет"), ("что", "грозит"),
     ("чем", "грозит"), ("what", "happens"), ("what", "happen"), ("what", "if")}
)  # fmt: skip
CONDITION_WORDS = frozenset({"если", "if"})
CONDITION_SPAN = 3
# Kazakh: a verb in the conditional (-са, -се) before «не болады» (what will be)
KAZAKH_CONDITIONAL = ("са", "се")
KAZAKH_CONSEQUENCE = ("не", "болады")
CONSEQUENCE_KIND = "consequence"


# «На достижение каких результатов направлены изменения?», «на решение каких задач нацелена
# реформа?»: after «на», a verbal noun of attaining and a which-word before a noun of a result or a
# goal, with a verb of aiming, ask what the thing is aimed at, as «на что направлены» (aimed_at_attaining)
ATTAINING_NOUNS = frozenset({"достижение", "решение", "реализация", "выполнение", "осуществление"})
RESULT_NOUNS = frozenset({"результат", "цель", "задача", "итог"})
AIMING_LEMMAS = frozenset({"направить", "направлять", "нацелить", "нацеливать", "ориентировать"})
AIMED_AT = frozenset({"на"})


def aimed_at_attaining(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«На достижение каких результатов, по словам Асылова, направлены изменения?»: what a thing
    is aimed at attaining is what it is aimed at («на что направлены изменения»); the noun of
    attaining and the result's noun frame the question (an entry saying what the changes are
    «направлены на» answers it in its own words: «итог» would draw the round table's outcome
    instead). Only with a verb of aiming in the question."""
    found = analysis.words
    morphology = shared_morphology()
    lemmas = [morphology.info(w).lemma for w in found]
    if AIMING_LEMMAS.isdisjoint(lemmas):
        return analysis
    for i in range(len(found) - 3):
        if (
            found[i] in AIMED_AT
            and lemmas[i + 1] in ATTAINING_NOUNS
            and lemmas[i + 2] in WHICH_WORDS
            and lemmas[i + 3] in RESULT_NOUNS
        ):
            return less_words(ctx, analysis, (found[i + 1], found[i + 3]))
    return analysis


# «Ставит ли проект цель укрепить правопорядок?», «преследует задачу повысить…», «имеет целью…»: a
# verb of setting or pursuing an aim and the aim's noun (by lemma) before an infinitive (aim_set_to_do)
AIM_SETTING_LEMMAS = frozenset(
    {"ставить", "ставиться", "поставить", "преследовать", "иметь", "видеть", "определять", "определить"}
)
AIM_NOUNS = frozenset({"цель", "задача"})


def aim_set_to_do(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Ставит ли проект цель укрепить правопорядок?», «Преследует ли реформа задачу повысить
    эффективность госуправления?»: an aim set to do a thing is the thing the text says the changes
    are aimed at («направлены на укрепление правопорядка»); the verb of setting it and the aim's
    noun frame the question, the infinitive after them is what is asked. Only with the infinitive
    right after the noun: «Какую цель ставит проект?» asks the aim itself."""
    found = analysis.words
    morphology = shared_morphology()
    infos = [morphology.info(w) for w in found]
    for i in range(1, len(found) - 1):
        if infos[i].lemma in AIM_NOUNS and infos[i + 1].pos == INFINITIVE:
            setting = [found[j] for j in range(len(found)) if infos[j].lemma in AIM_SETTING_LEMMAS]
            if setting:
                return less_words(ctx, analysis, [found[i], *setting])
    return analysis


# «Правда ли, что реформа ведёт к ослаблению прав?», «Приведут ли изменения к усилению гарантий?»: a
# verb of leading (by lemma) and «к» before a noun of what comes of it (leading_to)
LEADING_LEMMAS = frozenset({"вести", "привести", "приводить"})
LEADING_TOWARDS = frozenset({"к", "ко"})


# «по замыслу реформы», «по задумке авторов»: what a thing is meant to do, after «по» and a noun of
# intent (by lemma), is what it does, as the text tells it (by_design)
INTENT_NOUNS = frozenset({"замысел", "задумка"})
BY_INTENT = "по"


def leading_to(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Правда ли, что реформа ведёт к ослаблению прав граждан?», «Приведёт ли реформа к усилению
    гарантий?»: that a thing leads to an act («к усилению») is that it does it («усилит»), which
    the text tells in its own words; the verb of leading frames the claim, no subject. Only with a
    noun after «к»: «К чему приведёт реформа?» asks what comes of it."""
    found = analysis.words
    morphology = shared_morphology()
    verbs = [w for w in found if morphology.info(w).lemma in LEADING_LEMMAS]
    if not verbs:
        return analysis
    start = found.index(verbs[0])
    towards = any(
        found[i] in LEADING_TOWARDS and morphology.info(found[i + 1]).pos == "NOUN"
        for i in range(start + 1, len(found) - 1)
    )
    return less_words(ctx, analysis, verbs[:1]) if towards else analysis


# «Делается ли упор на предупреждение правонарушений?», «Ставится ли акцент на X?»: the light verb of
# an emphasis (by lemma), a noun of emphasis, and «на» before the thing emphasised (emphasis_on_a_thing)
LIGHT_EMPHASIS_VERBS = frozenset({"делаться", "ставиться", "сделать", "делать", "ставить"})
LIGHT_EMPHASIS_NOUNS = frozenset({"упор", "акцент"})
LIGHT_EMPHASIS_ON = "на"
# «делать ставку на X»: the stake (by lemma) within so many words of a light verb is the emphasis too
STAKE = "ставка"
STAKE_SPAN = 2


def emphasis_on_a_thing(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Делается ли упор на предупреждение правонарушений?»: the light verb of an emphasis on a thing
    named after it («упор на X») asks whether X is emphasised; the verb is no subject of its own. Not
    «На что делается упор в обоих?», which names no thing after the emphasis."""
    found = analysis.words
    morphology = shared_morphology()
    staked = _stake_words(found)
    if staked:  # («ставка» of a tax is a rate: only beside a light verb is it the emphasis)
        analysis = less_words(ctx, analysis, staked)
    for i, word in enumerate(found[:-2]):
        if morphology.info(word).lemma not in LIGHT_EMPHASIS_VERBS:
            continue
        nouns = [j for j in range(i + 1, min(len(found) - 1, i + 3)) if found[j] in LIGHT_EMPHASIS_NOUNS]
        if nouns and found[nouns[0] + 1] == LIGHT_EMPHASIS_ON:
            return less_words(ctx, analysis, [word])
    return analysis


def _stake_words(found: tuple[str, ...]) -> list[str]:
    """«На чём должна делаться ставка…?», «делают ставку на профилактику»: «ставка» within a word of
    a light verb of emphasis is the emphasis, as «упор» (a stopword) is: no subject of its own."""
    morphology = shared_morphology()
    lemmas = [morphology.info(w).lemma for w in found]
    return [
        found[i]
        for i, lemma in enumerate(lemmas)
        if lemma == STAKE
        and not LIGHT_EMPHASIS_VERBS.isdisjoint(lemmas[max(0, i - STAKE_SPAN) : i + STAKE_SPAN + 1])
    ]


# «Чем займутся правоохранители?», «Чем будет заниматься полиция?»: a verb of being occupied (by
# lemma) with «чем» asks what a body does, its work (occupied_with)
OCCUPIED_LEMMAS = frozenset({"заниматься", "заняться"})
OCCUPIED_WITH = "чем"


def occupied_with(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Правоохранители чем займутся по-новому?», «Чем будет заниматься прокуратура?»: what a body
    is to be occupied with is what its work is to be, which the entry on that body's work tells; the
    verb frames the question (as «Как изменится работа…»), no subject of its own. Only with «чем»:
    «Кто займётся профилактикой?» asks who, and the verb's thing after it is a subject."""
    found = analysis.words
    if OCCUPIED_WITH not in found:
        return analysis
    morphology = shared_morphology()
    verbs = [w for w in found if morphology.info(w).lemma in OCCUPIED_LEMMAS]
    return less_words(ctx, analysis, verbs[:1]) if verbs else analysis


# «Помогут ли изменения навести порядок?»: a verb of helping (by lemma) right before an infinitive
# (helping_to_do)
# (after «ли», the thing helping comes first: so many words at most, «ли» included)
# («Будет ли реформа способствовать тому, чтобы…»: furthering a thing is helping it)
HELPING_LEMMAS = frozenset({"помочь", "помогать", "способствовать", "содействовать"})
# «способствовать тому, чтобы государство управлялось…»: the clause of what is helped, as typed
HELPED_CLAUSE = ("тому", "чтобы")
INFINITIVE = "INFN"
HELPED_SPAN = 6
WHO_KINDS = frozenset({"who", "whom"})


def helping_to_do(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Помогут ли изменения навести порядок в стране?», «Поможет ли реформа построить Справедливый
    Казахстан?»: whether a thing helps to do something is whether it does it, as the text tells it
    (the changes are aimed at «укрепление правопорядка»); the verb of helping before an infinitive
    frames the question, no subject (not the text's contribution, «внести вклад», its synonym); the
    infinitive comes right after it or after its «ли» and the thing helping. Not who helps («Кто
    помог провести круглый стол?»: the helper is asked), nor help without an infinitive."""
    if not WHO_KINDS.isdisjoint(analysis.kinds):
        return analysis
    morphology = shared_morphology()
    found = analysis.words
    frame = [
        word
        for i, word in enumerate(found)
        if morphology.info(word).lemma in HELPING_LEMMAS
        and (_infinitive_helped(found, i) or found[i + 1 : i + 3] == HELPED_CLAUSE)
    ]
    return less_words(ctx, analysis, frame[:1]) if frame else analysis


# «Чем новая Конституция поможет простым людям?»: what a thing helps people with is what it gives
# them (helping_with), read with the verb of giving
HELPED_WITH = "чем"
GIVING = "даст"
# the helped, a person: a pronoun in the dative or an animate noun in it («простым людям»)
HELPED_PRONOUNS = frozenset({"мне", "нам", "вам", "тебе", "ему", "ей", "им"})
DATIVE = "datv"


def helping_with(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Чем новая Конституция поможет простым людям?», «чем эта реформа мне поможет»: what a thing
    helps someone with, asked by «чем» before the verb of helping, is what it gives them (the
    changes «дают гражданам» the strengthening of their rights' guarantees); the verb is read as
    giving, the helped stay the subject (a group the documents never name still declines). Only
    help to a person (not «Чем Генпрокуратура поможет разъяснению реформы?»); not help to do a
    thing (helping_to_do), nor help without «чем» («Спасибо, помогло»)."""
    found = analysis.words
    if HELPED_WITH not in found or not any(_person_helped(w) for w in found):
        return analysis
    morphology = shared_morphology()
    start = found.index(HELPED_WITH)
    at = [
        i
        for i in range(start + 1, len(found))
        if morphology.info(found[i]).lemma in HELPING_LEMMAS
        and not _infinitive_helped(found, i)
        and found[i + 1 : i + 3] != HELPED_CLAUSE
    ]
    return read_with(ctx, analysis, at[:1], GIVING) if at else analysis


def _person_helped(word: str) -> bool:
    """A person helped: a dative pronoun or an animate noun in the dative («людям», «гражданам»)."""
    if word in HELPED_PRONOUNS:
        return True
    morphology = shared_morphology()
    case = morphology.case_of(word)
    return case is not None and case[0] == DATIVE and morphology.animate_noun(word)


def _infinitive_helped(found: tuple[str, ...], i: int) -> bool:
    """An infinitive right after the verb of helping at `i`, or after its «ли» and the thing helping."""
    morphology = shared_morphology()
    after = found[i + 1 : i + HELPED_SPAN] if found[i + 1 : i + 2] == ("ли",) else found[i + 1 : i + 2]
    return any(morphology.info(w).pos == INFINITIVE for w in after)


def by_design(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Какие гарантии, по замыслу реформы, должны стать прочнее?»: by the reform's design is what
    the reform is to do, as the text says it; the noun of intent is no subject (the reform after it
    stays). Only after «по»: «Каков замысел реформы?» asks the design itself."""
    morphology = shared_morphology()
    frame = [
        word
        for before, word in itertools.pairwise(analysis.words)
        if before == BY_INTENT and morphology.info(word).lemma in INTENT_NOUNS
    ]
    return less_words(ctx, analysis, frame) if frame else analysis


def consequence_of_a_condition(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Что будет, если нарушить нулевую терпимость?», "What happens if the principle is broken?",
    «Заңды бұзса не болады?»: what follows from a condition is asked (kind `consequence`), not what
    the thing named is; «Что будет с преамбулой?» (no condition) asks of the thing and stays."""
    found = analysis.words
    if CONSEQUENCE_KIND in analysis.kinds or not _conditional(found):
        return analysis
    return replace(analysis, kinds=analysis.kinds | {CONSEQUENCE_KIND})


def _conditional(found: tuple[str, ...]) -> bool:
    """A head of consequence with a condition after it, or a Kazakh conditional before «не болады»."""
    for i in range(len(found) - 1):
        pair = (found[i], found[i + 1])
        if pair in CONSEQUENCE_HEADS and not CONDITION_WORDS.isdisjoint(found[i : i + 2 + CONDITION_SPAN]):
            return True
        if pair == KAZAKH_CONSEQUENCE and i > 0 and found[i - 1].endswith(KAZAKH_CONDITIONAL):
            return True
    return False


# «При каком условии…?», «при каких условиях», "under what conditions", "on which condition": the
# condition on which a thing is done is asked (kind `condition`), which an entry stating one («при
# одновременном усилении гарантий») lists; the noun of the frame is no subject. The openers, the asking
# words (Russian by lemma, English as typed); the nouns are ReaderContext.conditions
CONDITION_OPENERS = frozenset({"при", "under", "on"})
CONDITION_WHICH = frozenset({"какой", "what", "which"})
CONDITION_KIND = "condition"
# «каким условием сопровождается X», «какое условие ставится»: the verbs of a condition attached to a
# thing, by lemma (_condition_opening)
CONDITION_VERBS = frozenset({"сопровождаться", "ставиться", "обусловливаться", "обуславливаться"})


def condition_asked(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Какую роль отводят ИИ и при каком условии?», "Under what conditions will AI be used?": the
    condition of the rest is asked (kind `condition`), which only an entry stating a condition
    answers; «условие» is the frame, not a thing asked of («При каких условиях примут
    Конституцию?» stays declined: no entry states one for that)."""
    found = analysis.words
    morphology = shared_morphology()
    frame = [
        found[i + 2]
        for i in range(len(found) - 2)
        if found[i] in CONDITION_OPENERS
        and (found[i + 1] in CONDITION_WHICH or morphology.info(found[i + 1]).lemma in CONDITION_WHICH)
        and ctx.analyzer.analyse(found[i + 2]).values & ctx.conditions
    ]
    if not frame:
        frame = _condition_opening(ctx, found)
    if not frame or _act_unnamed(ctx, found[found.index(frame[-1]) + 1 :]):
        return analysis
    return replace(less_words(ctx, analysis, frame), kinds=analysis.kinds | {CONDITION_KIND})


def _condition_opening(ctx: ReaderContext, found: tuple[str, ...]) -> list[str]:
    """«Каким условием сопровождается внедрение ИИ?», «Какое условие ставится…?»: a question opening
    with an asking word and the condition's noun asks it as «при каком условии» does; a verb of
    accompanying right after them is the frame's too (the words of the frame, or none)."""
    morphology = shared_morphology()
    if len(found) < 2 or morphology.info(found[0]).lemma not in CONDITION_WHICH:
        return []
    if not ctx.analyzer.analyse(found[1]).values & ctx.conditions:
        return []
    frame = [found[1]]
    if len(found) > 2 and morphology.info(found[2]).lemma in CONDITION_VERBS:
        frame.append(found[2])
    return frame


def _act_unnamed(ctx: ReaderContext, after: tuple[str, ...]) -> bool:
    """«При каком условии анализ больших данных будет запрещён?»: the condition is of the act the
    clause after the frame names; a verb there the documents never use (a real word, not a typo) is
    an act of which no entry states a condition (the one they state is of introducing it), so
    «условие» stays a word of the question that no entry holds. (A verb before the frame is of
    another clause: «Какую роль отводят ИИ и при каком условии?».)"""
    return any(
        not t.known and t.real_word and not t.repaired and t.pos in PREDICATE_POS
        for t in ctx.analyzer.analyse(" ".join(after)).terms
    )


def without_manner_frame(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """ "In what respect is equality before the law to be strengthened?", "In what connection is
    a Just Kazakhstan mentioned?": the noun of "in what respect", "in which connection", "in what
    sense" frames a question of how or of the context, which the entry on the thing answers; it is
    no subject («уважение» of the text's «уважения к правам человека» is not asked)."""
    found = analysis.words
    frame = [
        found[i + 2]
        for i in range(len(found) - 2)
        if found[i] in MANNER_FRAME_OPENERS
        and found[i + 1] in ENGLISH_WHICH
        and found[i + 2] in MANNER_FRAME_NOUNS
    ]
    return less_words(ctx, analysis, frame) if frame else analysis


def without_domain_frame(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Что именно предлагается в сфере юридического образования?», «…в области юридического
    образования?»: the noun of a domain frames the genitive after it, which names the domain asked
    about (legal education); the domain noun is no subject, nor a word the entry about the domain
    must share («правовой сфере» of another entry). Not without a genitive after it («в правовой
    сфере» names the sphere itself)."""
    found = analysis.words
    morphology = shared_morphology()
    frame = [
        word
        for i, word in enumerate(found[1:], start=1)
        if found[i - 1] in DOMAIN_PREPOSITIONS
        and morphology.info(word).lemma in DOMAIN_NOUNS
        and _genitive_after(found, i + 1)
    ]
    if frame:  # «Что предлагается в сфере X?»: what is proposed there is what the documents say of X
        frame += [word for word in found if morphology.info(word).lemma in DOMAIN_PROPOSING]
        frame += _measures_before(found, found.index(frame[0]))
    return less_words(ctx, analysis, frame) if frame else analysis


# «для» after a verb of proposing: what a thing is proposed for (proposed_for)
PURPOSE_PREPOSITION = "для"


def proposed_for(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Что в проекте предлагают для защиты простых людей?», «Что предлагается для развития
    правовой культуры?»: what is proposed for a purpose named after «для» (a genitive) is what the
    documents say of that purpose, as «Что предлагается в сфере X?» asks of X (without_domain_frame):
    the verb of proposing frames the question, no word an entry must share (the draft proposes
    all it holds). Not without «для» after the verb («Кто предложил…?», «Что предлагают
    изменить?»)."""
    found = analysis.words
    if PURPOSE_PREPOSITION not in found:
        return analysis
    morphology = shared_morphology()
    purpose = found.index(PURPOSE_PREPOSITION)
    proposing = [w for w in found[:purpose] if morphology.info(w).lemma in DOMAIN_PROPOSING]
    if not proposing or not _genitive_after(found, purpose + 1):
        return analysis
    return less_words(ctx, analysis, proposing)


def _measures_before(found: tuple[str, ...], domain: int) -> list[str]:
    """«Какие меры в сфере образования…?», «Какие шаги в области…?»: the noun of measures right
    before «в» and the domain noun asks what is done in the domain, as «Что предлагается в сфере X?»
    does; not one with a genitive of its own («меры ответственности в сфере…»: measures of a kind
    the documents must name)."""
    morphology = shared_morphology()
    at = domain - 2
    if at < 0 or morphology.info(found[at]).lemma not in DOMAIN_MEASURES:
        return []
    return [found[at]]


# «в долгосрочном плане», «в правовом смысле»: «в» + an adjective + these nouns (as typed, the
# prepositional case) is the adverb the adjective makes ("in the long term", "legally"), no plan or
# sense (in_a_respect)
RESPECT_FORMS = frozenset({"плане", "смысле"})


def in_a_respect(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Какое значение будут иметь поправки для развития страны в долгосрочном плане?»: «в
    долгосрочном плане» says «долгосрочно», as «в правовом смысле» says «юридически»: the adjective
    is the word asked, the noun after it no subject (not a plan the documents never name). Only with
    an adjective the knowledge base knows: «в финансовом плане» keeps what the documents do not give."""
    found = analysis.words
    morphology = shared_morphology()
    dropped = [
        found[i]
        for i in range(2, len(found))
        if found[i] in RESPECT_FORMS
        and found[i - 2] in DOMAIN_PREPOSITIONS
        and morphology.info(found[i - 1]).pos in GENITIVE_QUALIFIER_POS
        and _known_word(ctx, found[i - 1])
    ]
    return less_words(ctx, analysis, dropped) if dropped else analysis


# Kazakh «қандай / қай мағынада» ("in what sense", the locative of «мағына», meaning): asking what a
# thing said means, as «в каком смысле» does (sense_asked); as typed
KAZAKH_SENSE_FORM = "мағынада"
KAZAKH_WHICH = frozenset({"қандай", "қай"})


def sense_asked(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Нөлдік төзімділік дегенді Бас прокурор қандай мағынада айтты?» (in what sense did the Prosecutor
    General speak of zero tolerance): «мағынада» after «қандай / қай» is the frame of the question,
    what the thing said means, no subject of its own (the knowledge base has no Kazakh word of
    sense, so it would read as one the documents never use). Only after those question words:
    «мағынасы» (its meaning) is left as it stands."""
    found = analysis.words
    return _less_word_where(
        ctx, analysis, KAZAKH_SENSE_FORM, lambda i: i > 0 and found[i - 1] in KAZAKH_WHICH
    )


def _less_word_where(
    ctx: ReaderContext, analysis: Analysis, word: str, framed: Callable[[int], bool]
) -> Analysis:
    """The analysis less each occurrence of `word` whose position `framed` accepts (by its
    neighbours): a word of a frame taken out, the same word elsewhere kept."""
    if word not in analysis.words:
        return analysis
    dropped = [w for i, w in enumerate(analysis.words) if w == word and framed(i)]
    return less_words(ctx, analysis, dropped) if dropped else analysis


# «задавать / задать вопрос(ы)» (to ask a question): the noun and the verb as typed and by lemma
# (asking_a_question)
QUESTION_FORMS = frozenset({"вопрос", "вопросы", "вопросов"})
ASKING_LEMMAS = frozenset({"задавать", "задать"})


def asking_a_question(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Внучок сказал, тебе можно вопросы задавать», «Можно задать вопрос о…?»: «задавать» with
    «вопрос» beside it is asking (the asker's own question, or someone's), not the text's
    «изменения задают ориентиры» (sets a course): the verb is no word an entry must share. The
    asking itself, someone's reported questions, is kind `asked` (the question words) and stays."""
    found = analysis.words
    if QUESTION_FORMS.isdisjoint(found) or "asked" in analysis.kinds:
        return analysis
    morphology = shared_morphology()
    nouns = [i for i, word in enumerate(found) if word in QUESTION_FORMS]
    verbs = {
        found[i]
        for i in range(len(found))
        if any(abs(i - j) == 1 for j in nouns) and morphology.info(found[i]).lemma in ASKING_LEMMAS
    }
    if not verbs:
        return analysis
    values = {v for word in verbs for v in ctx.analyzer.analyse(word).values}
    terms = tuple(t for t in analysis.terms if t.value not in values)
    return replace(analysis, terms=terms, values=frozenset(t.value for t in terms))


# English "list" as a request ("List the participants.", "Could you list the areas?"): the imperative,
# not the noun a determiner or "of" marks ("on the list", "a list of deputies")
LIST_REQUEST = "list"
LIST_NOUN_BEFORE = frozenset(
    {"the", "a", "an", "this", "that", "their", "its", "his", "her", "our", "your", "on", "in"}
)


def list_requested(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """The request to list ("List the participants.") is the form of the question, as «назовите» is,
    no word an entry must share: the curated "list of priority areas" would otherwise outweigh the
    participants asked. "Which area comes second on the list?" and "a list of deputies" keep the
    noun."""
    found = analysis.words
    return _less_word_where(
        ctx,
        analysis,
        LIST_REQUEST,
        lambda i: (i == 0 or found[i - 1] not in LIST_NOUN_BEFORE) and found[i + 1 : i + 2] != ("of",),
    )


# «в применении к правоохранительным органам», «в приложении к…» ("as applied to"): the verbal noun in
# the prepositional case between «в» and «к» is the compound preposition «применительно к» (a stopword),
# not the use of a thing (applied_to); as typed
APPLIED_FORMS = frozenset({"применении", "приложении"})
APPLIED_TO = frozenset({"к", "ко"})


def applied_to(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Что значит «сервисная модель» в применении к правоохранительным органам?»: «в применении к
    X» says of X what «применительно к X» does; the noun is no subject (the entry on the bodies'
    service model never speaks of applying anything). Only between «в» and «к»: «применение законов»,
    «в применении законов» keep the application asked of."""
    found = analysis.words
    dropped = [
        found[i]
        for i in range(1, len(found) - 1)
        if found[i] in APPLIED_FORMS and found[i - 1] in DOMAIN_PREPOSITIONS and found[i + 1] in APPLIED_TO
    ]
    return less_words(ctx, analysis, dropped) if dropped else analysis


def on_this_score(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Не пострадает ли приватность? Что на этот счёт говорится?», «Что по этому поводу сказано?»:
    «на этот счёт», «по этому поводу» say «об этом»: the noun of the idiom is no subject (no account,
    no occasion the documents never name). Only after a demonstrative: «по поводу реформы» names what
    is asked of, «по какому поводу» asks the reason, «за счёт чего» asks the means."""
    found = analysis.words
    dropped = [
        found[i]
        for i in range(2, len(found))
        if (found[i - 2], found[i]) in POINTING_IDIOMS and found[i - 1] in IDIOM_DEMONSTRATIVES
    ]
    return less_words(ctx, analysis, dropped) if dropped else analysis


# «в сторону обслуживания граждан» ("towards"), «со стороны Администрации Президента» ("from",
# "on behalf of"): the compound prepositions of a side with a genitive after it (towards_a_thing),
# as typed
SIDE_PREPOSITIONS = frozenset({("в", "сторону"), ("во", "сторону"), ("со", "стороны")})


def towards_a_thing(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Планируется ли менять работу полиции в сторону обслуживания граждан?»: «в сторону» before a
    genitive is the preposition "towards", naming where a thing moves (the genitive after it);
    «Кто был представлен со стороны президентской вертикали?»: «со стороны» is "from", naming who
    acts or is sent; the side is no subject. Not a side of a thing («с другой стороны», «сторона
    обвинения»)."""
    found = analysis.words
    frame = [
        found[i]
        for i in range(1, len(found))
        if (found[i - 1], found[i]) in SIDE_PREPOSITIONS and _genitive_after(found, i + 1)
    ]
    return less_words(ctx, analysis, frame[:1]) if frame else analysis


# «Как реформа повлияет на правопорядок?», «Как реформа скажется на правопорядке?»: a verb of effect (by
# lemma) and «на» right after it (effect_on)
EFFECT_LEMMAS = frozenset({"повлиять", "влиять", "сказаться", "сказываться", "отразиться", "отражаться"})
EFFECT_ON = frozenset({"на"})


def effect_on(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Как реформа повлияет на правопорядок в стране?», «Как реформа скажется на правопорядке?»: the
    effect asked on a thing is what the text says the reform does to it (its strengthening); the verb
    of effect frames the question, no word the entry must share (it had led to the entry whose
    question asks the effect on the economy). Only with «на» and a word the documents use after it."""
    found = analysis.words
    morphology = shared_morphology()
    frame = [
        found[i]
        for i in range(len(found) - 2)
        if morphology.info(found[i]).lemma in EFFECT_LEMMAS
        and found[i + 1] in EFFECT_ON
        and any(t.known for t in ctx.analyzer.analyse(found[i + 2]).terms)
    ]
    return less_words(ctx, analysis, frame) if frame else analysis


# «в тексте проекта», «в тексте новой Конституции», «в тексте Основного Закона»: the text of the draft
# is the draft (text_of_the_draft); not the text of a law or of the Preamble, whose wording is asked
TEXT_LEMMA = "текст"
DRAFT_LEMMAS = frozenset({"проект", "конституция"})
BASIC_LAW = ("основной", "закон")
DRAFT_SPAN = 3


def text_of_the_draft(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Какое место в тексте проекта отводится…?», «Что сказано в тексте проекта о…?»: «в тексте»
    before the draft's genitive is in the draft; «текст» is no subject (it had led to the entry on
    what the document is). «в тексте закона», «в тексте преамбулы» keep it: their wording is asked."""
    found = analysis.words
    morphology = shared_morphology()
    lemmas = [morphology.info(w).lemma for w in found]
    frame = [
        found[i]
        for i in range(1, len(found))
        if found[i - 1] in DOMAIN_PREPOSITIONS and lemmas[i] == TEXT_LEMMA and _draft_after(lemmas, i + 1)
    ]
    return less_words(ctx, analysis, frame) if frame else analysis


def _draft_after(lemmas: list[str], at: int) -> bool:
    """The draft named at `at`: «проекта», «(новой) Конституции», «Основного Закона»."""
    after = lemmas[at : at + DRAFT_SPAN]
    return not DRAFT_LEMMAS.isdisjoint(after[:2]) or tuple(after[:2]) == BASIC_LAW


# «полный текст Преамбулы», "the full wording of the Preamble", «толық мәтіні»: the whole text of a
# document part, which the press release never gives (it reports what was said of the Preamble, not
# the Preamble): the words of wholeness (Russian by lemma; English and Kazakh as typed) right before
# a noun of wording. Not «точная формулировка», «дословно»: a phrase the text does quote is asked
WHOLE_LEMMAS = frozenset({"полный", "full", "complete", "entire", "whole", "толық"})
WORDING_LEMMAS = frozenset(
    {"текст", "формулировка", "редакция", "text", "wording", "version", "мәтін", "мәтіні", "мәтінін"}
)
WHOLE_TEXT = "полный текст"
# the document itself, whose text the asker holds (asking it leads to the entry on what it is): its
# words anywhere in the question (Russian by lemma, English as typed)
DOCUMENT_WORDS = frozenset({"пресс-релиз", "релиз", "документ", "press", "release", "document"})


# «Как дословно звучит новая Преамбула?», «точная формулировка Преамбулы», «Преамбула целиком»,
# "the exact wording of the preamble": the Preamble's own words asked exactly (words of exactness, by
# lemma or as typed), which the press release never quotes; not the Preamble as where a principle is
# put («точную формулировку: какой статус… в преамбуле»: a place preposition before it), whose words
# («Закон и порядок») it does quote
EXACT_LEMMAS = frozenset({"дословно", "дословный", "целиком", "verbatim", "exact", "exactly", "точный"})
PART_LEMMAS = frozenset({"преамбула", "preamble"})
PART_PLACE = frozenset({"в", "во", "in", "into"})


# "word for word", the Kazakh «сөзбе-сөз» (split at its hyphen), as typed
EXACT_PHRASES = ("word for word", "сөзбе сөз")
# the Kazakh Preamble with its endings («Преамбуласы», «Преамбуланың»), as typed; not the locative
# «Преамбулада» (in the Preamble: a place, as «в преамбуле» is)
KAZAKH_PART = "преамбула"
KAZAKH_PLACE_ENDINGS = ("да", "де", "та", "те")


# «Как дословно сформулирован принцип … в Преамбуле?», «Преамбулада дәл қандай сөздермен
# жазылады?»: a verb of wording (Russian by lemma, English as typed, Kazakh by stem) asks how the
# words stand in the Preamble, so that the Preamble as a place is the part worded too. «дәл қандай
# сөз…» (with exactly which words) is the Kazakh word of exactness
WORDING_VERBS = frozenset(
    {"сформулировать", "формулироваться", "звучать", "записать", "изложить", "прописать"}
)
WORDING_WORDS = frozenset({"worded", "phrased", "formulated"})
WORDING_STEMS = ("жазыл",)
KAZAKH_EXACT = "дәл қандай сөз"


def _worded(found: Sequence[str], lemmas: Sequence[str]) -> bool:
    return (
        not WORDING_VERBS.isdisjoint(lemmas)
        or not WORDING_WORDS.isdisjoint(found)
        or any(w.startswith(WORDING_STEMS) for w in found)
    )


def _part_worded_exactly(found: Sequence[str], lemmas: Sequence[str]) -> bool:
    """A word of exactness and the Preamble named not as a place (EXACT_LEMMAS, PART_LEMMAS; the
    Kazakh «Преамбуласы сөзбе-сөз қалай жазылады?» too), or as a place with a verb of wording."""
    if EXACT_LEMMAS.isdisjoint(lemmas):
        joined = " ".join(found)
        if not any(phrase in joined for phrase in (*EXACT_PHRASES, KAZAKH_EXACT)):
            return False
    if _worded(found, lemmas):
        named = zip(found, lemmas, strict=True)
        return any(lemma in PART_LEMMAS or w.startswith(KAZAKH_PART) for w, lemma in named)
    return any(
        (lemma in PART_LEMMAS and (i == 0 or found[i - 1] not in PART_PLACE))
        or (
            found[i].startswith(KAZAKH_PART)
            and found[i] != KAZAKH_PART
            and not found[i].endswith(KAZAKH_PLACE_ENDINGS)
        )
        for i, lemma in enumerate(lemmas)
    )


def whole_text(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Каков полный текст новой Преамбулы?», "What is the full wording of the new Preamble?": the
    documents quote no document part in full; an unknown subject, so that the entry on what was said
    of the Preamble does not answer. The press release's own text («полный текст пресс-релиза») is
    the document, asked of the entry on what it is."""
    found = analysis.words
    morphology = shared_morphology()
    lemmas = [morphology.info(w).lemma if not w.isascii() else w for w in found]
    if not (
        any(
            lemmas[i] in WHOLE_LEMMAS and (found[i + 1] in WORDING_LEMMAS or lemmas[i + 1] in WORDING_LEMMAS)
            for i in range(len(found) - 1)
        )
        or _part_worded_exactly(found, lemmas)
    ) or not DOCUMENT_WORDS.isdisjoint(lemmas):
        return analysis
    whole = Term(WHOLE_TEXT, known=False, real_word=True, pos="NOUN")
    return replace(analysis, terms=(*analysis.terms, whole))


# «Насколько снизилась преступность?», "By how much will crime fall?": how much a thing grew or fell
# asks a measure of the change, which the documents never give (they name aims: strengthening,
# raising, zero tolerance). The words asking how much, and the verbs of growing and falling (Russian by
# lemma, English as typed, Kazakh by stem), within a few words after them
HOW_MUCH_WORDS = frozenset({"насколько", "қаншалықты", "қанша"})
CHANGE_LEMMAS = frozenset(
    {"снизиться", "снижаться", "уменьшиться", "уменьшаться", "сократиться", "сокращаться", "понизиться"}
    | {"вырасти", "расти", "возрасти", "увеличиться", "увеличиваться", "повыситься", "повышаться", "упасть"}
    | {"усилиться", "усиливаться", "снизить", "сократить", "уменьшить", "увеличить", "повысить"}
)
CHANGE_WORDS = frozenset(
    {"decrease", "decreased", "decline", "declined", "drop", "dropped", "fall", "fell", "fallen"}
    | {"reduce", "reduced", "increase", "increased", "rise", "rose", "risen", "grow", "grew", "grown"}
)
CHANGE_STEMS = ("төменде", "азай", "қысқар")
CHANGE_SPAN = 4
MEASURE = "величина изменения"


def measure_of_change(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Насколько снизилась преступность после внедрения принципа?», "How much did crime fall?": the
    amount of a change is no aim the text names; an unknown subject, so that the entry on the
    principle does not answer. «Насколько важен диалог?» (no verb of change) stays."""
    found = analysis.words
    starts = [i + 1 for i, w in enumerate(found) if w in HOW_MUCH_WORDS]
    starts += [i + 2 for i in range(len(found) - 1) if found[i : i + 2] == ("how", "much")]
    if not any(_changing(w) for i in starts for w in found[i : i + CHANGE_SPAN]):
        return analysis
    measure = Term(MEASURE, known=False, real_word=True, pos="NOUN")
    return replace(analysis, terms=(*analysis.terms, measure))


def _changing(word: str) -> bool:
    """A verb of growing or falling: as typed, by Kazakh stem, by lemma."""
    if word in CHANGE_WORDS or word.startswith(CHANGE_STEMS):
        return True
    return shared_morphology().info(word).lemma in CHANGE_LEMMAS


# "their proposals", "my suggestions", "citizens' proposals": proposals someone owns are that one's,
# sent in on the draft, not what the draft proposes (the stem "propos" it shares with "proposed"); the
# documents never tell of proposals sent in (the Russian «свои предложения» is a word they lack too)
PROPOSAL_WORDS = frozenset({"proposal", "proposals", "suggestion", "suggestions"})
PROPOSAL_OWNERS = frozenset({"my", "your", "their", "our", "his", "her", "citizens", "citizen", "public"})
OWN_PROPOSALS = "предложения граждан"


def owned_proposals(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """ "How can citizens submit their proposals on the draft?": proposals of the asker or of citizens
    are none the text reports; the stem shared with the draft's "proposed" changes leaves, an unknown
    subject comes. "What does the draft propose?" stays."""
    found = analysis.words
    owned = [
        found[i]
        for i in range(1, len(found))
        if found[i] in PROPOSAL_WORDS and found[i - 1] in PROPOSAL_OWNERS
    ]
    if not owned:
        return analysis
    read = less_words(ctx, analysis, owned)
    return replace(read, terms=(*read.terms, Term(OWN_PROPOSALS, known=False, real_word=True, pos="NOUN")))


# «как относиться к нарушителям», «как он относится к критике»: the verb of an attitude before «к» and
# what it is towards frames that thing as the noun «отношение к» does (a stopword): the attitude to it
# is asked, whatever the documents call it (attitude_to); by lemma
ATTITUDE_VERB = "относиться"
ATTITUDE_PREPOSITIONS = frozenset({"к", "ко"})
# whose words the documents report besides the people and bodies they name: the participants, the
# event (attitude_to); and the unknown subject standing for one whose attitude they never report
REPORTED_SAYERS = "участник круглый стол"
UNREPORTED_HOLDER = "отношение неназванных"


def attitude_to(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Говорили ли о том, как относиться к нарушителям?»: «относиться к X» asks the attitude to X,
    which an entry telling it (the text's zero tolerance of offences) gives without the verb; the
    verb is no word the entry must share. Not without «к» («что относится к направлениям» keeps
    it: that asks what belongs to them)."""
    found = analysis.words
    morphology = shared_morphology()
    frame = [
        word
        for word, after in itertools.pairwise(found)
        if after in ATTITUDE_PREPOSITIONS and morphology.info(word).lemma == ATTITUDE_VERB
    ]
    if not frame:
        return analysis
    framed = less_words(ctx, analysis, frame)
    if not _someones_attitude(frame):
        return framed
    said = replace(framed, kinds=framed.kinds | {SAID_KIND})
    if not _held_by_the_unreported(ctx, analysis.words):
        return said
    holder = Term(UNREPORTED_HOLDER, known=False, real_word=True, pos="NOUN")
    return replace(said, terms=(*said.terms, holder))


# «Какое отношение реформа имеет к правам человека?»: «иметь отношение к» (to have to do with) asks how a
# thing relates to another; «отношение» is a stopword, the verb «иметь» (by lemma) frames it too
HAVING_LEMMA = "иметь"
RELATION_WORD = "отношение"


def relation_had(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Какое отношение реформа имеет к правам человека?», «Имеет ли Токаев отношение к реформе?»:
    what a thing has to do with another asks how the two relate, which an entry naming both tells;
    the verb «иметь» of the idiom is no word the entry must share (only a curated question worded
    the same way holds it). Only with the noun «отношение» and «к» after the verb."""
    found = analysis.words
    if RELATION_WORD not in found or ATTITUDE_PREPOSITIONS.isdisjoint(found):
        return analysis
    morphology = shared_morphology()
    having = [w for w in found if morphology.info(w).lemma == HAVING_LEMMA]
    return less_words(ctx, analysis, having[:1]) if having else analysis


def _held_by_the_unreported(ctx: ReaderContext, found: tuple[str, ...]) -> bool:
    """«Как граждане относятся к новой Конституции?», «Как общество относится к реформе?»: the one
    holding the attitude (a noun in the nominative outside what it is towards, with the words after
    it: «глава прокуратуры», «представители Парламента») is one whose words the documents never
    report (no person or body they name, nor the participants or the event, whose words they do):
    the attitude asked is not theirs to tell, whatever they say of citizens."""
    morphology = shared_morphology()
    towards = next((i for i, w in enumerate(found) if w in ATTITUDE_PREPOSITIONS), len(found))
    first = next(
        (
            i
            for i, w in enumerate(found[:towards])
            if morphology.info(w).pos == "NOUN" and (morphology.case_of(w) or ("", False))[0] == "nomn"
        ),
        None,
    )
    if first is None:
        return False
    # (the holder's noun with the words after it: «глава прокуратуры» is the Prosecutor General)
    values = ctx.analyzer.analyse(" ".join(found[first:towards])).values
    reported = ctx.subjects | ctx.analyzer.analyse(REPORTED_SAYERS).values
    return bool(values) and values.isdisjoint(reported)


def _someones_attitude(frame: list[str]) -> bool:
    """«Как омбудсмен относится к проекту?»: the verb in a person («относится», «относились»), not
    the infinitive of how one should («как относиться к нарушителям»), asks the attitude someone
    holds, which is what they said of the thing (kind `said`): an entry that only names them among
    the participants does not tell it."""
    return any(shared_morphology().info(word).pos == "VERB" for word in frame)


# «позиция Парламента», «мнение омбудсмена», "the Senate's stance": a noun of someone's stance near
# whose it is; by lemma, English as typed. Not «по мнению X» (whose words a question reports: the
# frame, not what is asked), nor the English "position", as often the office one holds ("What
# position does Asylov hold?")
STANCE_NOUNS = frozenset({"позиция", "мнение", "взгляд", "stance", "stances", "opinion", "opinions"})
STANCE_SPAN = 4  # the words around the noun («of the Presidential Administration») where whose it is
# after the noun, a verb of voicing and a delegate may come first («позицию озвучил представитель
# института Уполномоченного по правам человека»): the span after it is that much longer
STANCE_SPAN_AFTER = 8
REPORTING = "по"


def stance_of_named(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Сравните позиции Администрации Президента и Парламента», «Какова позиция Парламента?»: the
    stance of a person or body the documents name is what they said (kind `said`, as «как X
    относится к Y» is: attitude_to): an entry naming them only among the participants does not tell
    it; one reporting their words does («Какова позиция генпрокурора?»)."""
    if SAID_KIND in analysis.kinds:
        return analysis
    found = analysis.words
    morphology = shared_morphology()
    for i, word in enumerate(found):
        lemma = word if word.isascii() else morphology.info(word).lemma
        if lemma not in STANCE_NOUNS or (i and found[i - 1] == REPORTING):
            continue
        near = " ".join(found[max(0, i - STANCE_SPAN) : i + 1 + STANCE_SPAN_AFTER])
        if any(t.value in ctx.subjects for t in ctx.analyzer.analyse(near).terms):
            return replace(analysis, kinds=analysis.kinds | {SAID_KIND})
    return analysis


# «о борьбе с неверными трактовками», «как бороться с правонарушениями»: fighting a thing, before «с»
# and what is fought, frames that thing (struggle_against): what is said of it is asked; by lemma
STRUGGLE_LEMMAS = frozenset({"борьба", "бороться"})
STRUGGLE_PREPOSITIONS = frozenset({"с", "со"})


def struggle_against(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Что сказано о борьбе с неверными трактовками реформы?»: «борьба с X» asks what is said of
    countering X, which an entry telling how X is avoided gives without the word; «борьба» is no
    subject of its own. What is fought must still be the documents' («о борьбе с коррупцией» keeps
    its corruption, never named, and declines); not without «с» («борьба мнений»)."""
    morphology = shared_morphology()
    return _less_before(
        ctx,
        analysis,
        lambda word, after: after in STRUGGLE_PREPOSITIONS and morphology.info(word).lemma in STRUGGLE_LEMMAS,
    )


# «больше теоретические вопросы или практика?»: «больше», «меньше» right before an adjective are its
# degree (as the stopwords «более», «менее» are), not an amount (degree_of_a_quality); as typed
DEGREE_WORDS = frozenset({"больше", "меньше"})
DEGREE_OF_POS = frozenset({"ADJF", "ADJS", "PRTF"})


def degree_of_a_quality(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Обсуждались ли больше теоретические вопросы или практика?»: «больше» before an adjective
    says how much of that quality, as «более» does, and is no word an entry must share. Not before
    a noun («Будет ли больше полиции?»: more of a thing, which the documents never promise)."""
    morphology = shared_morphology()
    return _less_before(
        ctx,
        analysis,
        lambda word, after: word in DEGREE_WORDS and morphology.info(after).pos in DEGREE_OF_POS,
    )


# «Какую степень терпимости…?», «Какой уровень терпимости к нарушениям…?»: a noun of degree or level
# right after «какой», before the thing it measures (which_degree_of), by lemma
DEGREE_NOUNS = frozenset({"степень", "уровень"})
DEGREE_WHICH = WHICH_WORDS | {"каковой"}


def which_degree_of(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Какую степень терпимости к правонарушениям он имел в виду?»: which degree or level of a
    thing the documents name only with its degree asks which of that thing they speak of (the
    text's «нулевой терпимости», as which the analyzer reads «терпимости»), as «Какую терпимость…?»
    does: the noun of degree is no subject an entry must hold. Only right after «какой» («каков») and
    right before a word read as such a phrase of the documents (not «Какой уровень преступности?», a
    figure they never give, nor «Какой уровень участников?», «учёная степень», «на каком уровне»)."""
    found = analysis.words
    morphology = shared_morphology()
    for i in range(1, len(found) - 1):
        if morphology.info(found[i]).lemma not in DEGREE_NOUNS:
            continue
        if morphology.info(found[i - 1]).lemma not in DEGREE_WHICH:
            continue
        after = ctx.analyzer.analyse(found[i + 1]).terms
        if len(after) == 1 and after[0].known and " " in after[0].value:
            return less_words(ctx, analysis, [found[i]])
    return analysis


# the verbs of talking of a thing, by lemma, whose degree «больше» may weigh (degree_of_talk)
TALK_LEMMAS = frozenset(
    {"говорить", "обсуждать", "обсуждаться", "рассказывать", "упоминать", "затрагивать", "говориться"}
    | {"talk", "discuss", "speak"}
)
# English "more" / "less" weigh talk as «больше / меньше» do ("Did they talk more about theory or about
# practice?"); only in degree_of_talk: before an adjective they form its comparative, which an English
# question keeps
TALK_DEGREE_WORDS = DEGREE_WORDS | {"more", "less"}


def degree_of_talk(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Участники больше про теорию или про практику говорили?», «про что больше говорили?»:
    «больше» beside a verb of talking, or before what is talked of in a question with one, says
    where the talk went (what it focused on), as «сосредоточились» does; it is no amount of a
    thing an entry must share. Only with such a verb («Больше станет полиции?» keeps it), or right
    before a topic's preposition: «Круглый стол был больше о теории или о практике?», «Реформа больше
    про права граждан или про государство?» weigh what a thing is about, a verb of talking or not.
    English "more" / "less" weigh talk the same way ("Did they talk more about theory or about
    practice?")."""
    found = analysis.words
    if TALK_DEGREE_WORDS.isdisjoint(found):
        return analysis
    morphology = shared_morphology()
    talk = {i for i, w in enumerate(found) if morphology.info(w).lemma in TALK_LEMMAS}
    degree = [
        word
        for i, word in enumerate(found)
        if word in TALK_DEGREE_WORDS
        and (
            i - 1 in talk
            or i + 1 in talk
            or (
                i + 1 < len(found)
                and found[i + 1] in TOPIC_PREPOSITIONS
                and (talk or _weighed_about(ctx, found, i))
            )
        )
    ]
    return less_words(ctx, analysis, degree) if degree else analysis


def _weighed_about(ctx: ReaderContext, found: tuple[str, ...], i: int) -> bool:
    """«больше о X или о Y»: «больше» at `i` before a topic's preposition, with an alternative after
    it opened by one too, whose topic the documents name: two topics weighed against each other,
    which they can weigh («больше про права человека или про порядок?» keeps it: «порядок» alone
    is no topic of theirs, and the question would be read as one about rights alone)."""
    return any(
        word in ALTERNATIVE_WORDS
        and j + 2 < len(found)
        and found[j + 1] in TOPIC_PREPOSITIONS
        and _known_word(ctx, found[j + 2])
        for j, word in enumerate(found[i + 2 :], start=i + 2)
    )


# «слишком жёстко», «чересчур строгий», "too harsh", "overly strict", «тым қатаң»: a word of excess
# before the quality it weighs (excess_weighed)
# right before that word, nothing between ("the economy too, or just politics?": also)
_EXCESS = re.compile(r"\b(слишком|чересчур|излишне|too|overly|excessively|тым)\s+(\w+)", re.IGNORECASE)
# a conjunction after "too" joins another thing to the one it follows ("the economy too or politics")
JOINING_WORDS = frozenset({"or", "and", "but", "или", "и", "но", "а"})


def excess_weighed(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Нулевая терпимость — это не слишком жёстко?», "Is zero tolerance too harsh?": a word of
    excess before another word weighs whether a thing goes too far, a judgement the documents never
    make of what they report (they tell what was said, not whether it is too much): a kind no entry
    answers (EXCESS). Not a closing "too" ("Was the Senate there too?", "the economy too, or…": also)."""
    weighed = (m.group(2).lower() for m in _EXCESS.finditer(question))
    if all(word in JOINING_WORDS for word in weighed):
        return analysis
    return replace(analysis, kinds=analysis.kinds | {EXCESS})


# «по шагам», «шаг за шагом», «пошагово», «поэтапно», "step by step", «кезең-кезеңімен»: the steps of
# a course asked in their order (steps_asked)
_STEPS = re.compile(
    r"\b(?:по\s+шагам|шаг\s+за\s+шагом|пошагов\w*|поэтапн\w*|по\s+этапам|этап\s+за\s+этапом"
    r"|step[\s-]+by[\s-]+step|stage[\s-]+by[\s-]+stage|кезең[\s-]+кезеңімен|қадам[\s-]+қадаммен)\b",
    re.IGNORECASE,
)


# «Как конкретно будет работать…?», "How exactly will … work?": the way a thing works asked
# concretely (steps_asked); the verbs of working and of being put in place, by lemma, and those of
# being measured («Как именно будет измеряться X?»: the course of measuring, never described), and
# of carrying out (DOING_LEMMAS)
_HOW_CONCRETELY = re.compile(
    r"^\W*(?:как|how)\s+(?:конкретно|именно|exactly|specifically|concretely)\b", re.IGNORECASE
)
WORKING_LEMMAS = frozenset(
    {"работать", "функционировать", "действовать", "внедряться", "реализовываться", "осуществляться"}
    | {"устроить", "work", "function", "operate", "implemented"}
    | {"измерять", "измеряться", "measure", "measured"}
)
# «Как именно будут совершенствовать механизмы правовой защиты?», «Как конкретно будет устроен
# механизм…?»: the documents name what is to be improved, ensured, strengthened, developed, put in
# place or created, never how: «как именно» with a verb of carrying out asks the course of doing it
# (not «Как именно звучит принцип?», its wording); «устроен» is read by the dictionary as an adjective.
# So are organising and planning («Как именно будет организована работа?», «Как именно сообщество
# планирует внести вклад?»): the documents name the work and the aim, never how it is organised
DOING_LEMMAS = frozenset(
    {"совершенствовать", "усовершенствовать", "совершенствоваться", "улучшать", "улучшить"}
    | {"обеспечивать", "обеспечить", "укреплять", "укрепить", "развивать", "развиваться"}
    | {"внедрять", "внедрить", "создавать", "создать", "реализовать", "устроенный"}
    | {"организовать", "организовывать", "планировать"}
    | {"improve", "improved", "ensure", "ensured", "strengthen", "strengthened", "develop", "developed"}
)
# «Как будет работать сервисная модель на практике?», "How will it work in practice?": a how-question
# (as entry_readings._asks_manner opens it) asking about practice asks the course of the working too
_HOW_OPENING = re.compile(
    r"^\W*(?:как|how|каким\s+(?:образом|способом|путём|путем|методом)|in\s+what\s+way)\b", re.IGNORECASE
)
_IN_PRACTICE = re.compile(r"\b(?:на\s+практике|на\s+деле|in\s+practice)\b", re.IGNORECASE)
# the Kazakh «…іс жүзінде қалай жұмыс істейді?»: «қалай» (how) and «іс жүзінде», «тәжірибеде» (in
# practice) anywhere in one sentence, as Kazakh puts the asking word before its closing verb
_KAZAKH_HOW_IN_PRACTICE = re.compile(
    r"(?:іс\s+жүзінде|тәжірибеде|практикада)[^?.!]*\bқалай\b|\bқалай\b[^?.!]*(?:іс\s+жүзінде|тәжірибеде)",
    re.IGNORECASE,
)


def steps_asked(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Как именно будет внедряться сервисная модель, по шагам?», "step by step": the steps of a
    course asked in their order, which the documents never give (they name directions and aims, not
    a sequence of steps): a kind no entry answers (STEPS), whatever else the question shares. So is
    «Как конкретно будет работать сервисная модель?»: how a thing works, asked concretely, is the
    course of its working (not «Как именно звучит принцип?», its wording)."""
    if (
        _STEPS.search(question) is None
        and not _working_concretely(question, analysis)
        and not _how_in_practice(question)
    ):
        return analysis
    return replace(analysis, kinds=analysis.kinds | {STEPS})


def _working_concretely(question: str, analysis: Analysis) -> bool:
    """The question opens with «как конкретно», "how exactly", and asks how a thing works or is put
    in place (a verb of WORKING_LEMMAS)."""
    if _HOW_CONCRETELY.search(question) is None:
        return False
    morphology = shared_morphology()
    course = WORKING_LEMMAS | DOING_LEMMAS
    return any(w in course or morphology.info(w).lemma in course for w in analysis.words)


def _how_in_practice(question: str) -> bool:
    """«Как будет работать сервисная модель на практике?», «Каким способом на практике будет
    обеспечено…?»: how a thing is done in practice is the course of doing it, which the documents
    never describe (they name directions); «Что означает на практике приоритет…?» (what it means)
    and «на теории или на практике?» (no how) keep their entries. So the Kazakh «іс жүзінде қалай…»."""
    if _HOW_OPENING.search(question) is not None and _IN_PRACTICE.search(question) is not None:
        return True
    return "қалай" in question.casefold() and _KAZAKH_HOW_IN_PRACTICE.search(question) is not None


# «Какие механизмы … конкретно будут усовершенствованы?»: the plural «какие» opening a question and
# «конкретно», «именно» later in it, away from it (specific_items_apart)
WHICH_PLURAL = frozenset({"какие", "каких", "каким", "какими"})
SPECIFIC_ADVERBS = frozenset({"конкретно", "именно"})
ITEMS = "items"


def specific_items_apart(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Какие механизмы правовой защиты конкретно будут усовершенствованы?»: «конкретно», «именно»
    further on in a question opening with the plural «какие» ask, as «какие конкретно механизмы»
    does, for the particular items (kind `items`), which only an entry listing them tells."""
    found = analysis.words
    if not found or found[0] not in WHICH_PLURAL or SPECIFIC_ADVERBS.isdisjoint(found[2:]):
        return analysis
    return replace(analysis, kinds=analysis.kinds | {ITEMS})


# "Which interpretations did he have in mind specifically?": the English adverbs of particularity
# later in a question opening with "which" or "what" and a plural noun (specific_items_apart_en)
SPECIFIC_ADVERBS_EN = frozenset({"specifically", "exactly", "precisely", "concretely"})
# the plural noun is the first or second word after the which-word ("which inaccurate interpretations")
_PLURAL_REACH = 3


def specific_items_apart_en(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """ "Which interpretations did the Prosecutor General have in mind specifically?": "specifically",
    "exactly" further on in a question opening with "which" or "what" and a plural noun ask, as
    "which specific interpretations" does, for the particular items (kind `items`): the English of
    specific_items_apart. Not before a singular ("What exactly does X mean?" asks its meaning)."""
    found = analysis.words
    if not found or found[0] not in ENGLISH_WHICH:
        return analysis
    reach = range(1, min(_PLURAL_REACH, len(found)))
    plural = next((i for i in reach if english_plural_noun(found[i])), None)
    if plural is None or SPECIFIC_ADVERBS_EN.isdisjoint(found[plural + 1 :]):
        return analysis
    return replace(analysis, kinds=analysis.kinds | {ITEMS})


# "What exact guarantees…?", "Which concrete measures…?": the English adjectives of particularity
# right between "what" or "which" and a plural noun (as «какие конкретные» are, see synonyms.yaml
# `items`; "what specific" is there already); not before a singular ("What exact date…?" asks one)
PARTICULAR_EN = frozenset({"exact", "concrete", "precise", "particular"})
ENGLISH_WHICH = frozenset({"what", "which"})
# the plural noun may come after words modifying it ("What exact personal data protection guarantees
# are written…?"): within so many words, before the verb (an auxiliary) ends the noun phrase
PARTICULAR_REACH = 4


def particular_items_en(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """ "What concrete punishments were proposed?", "What exact guarantees are written into the
    draft?": an adjective of particularity before a plural noun asks for the particular items (kind
    `items`), which only an entry listing them tells, as «какие конкретные наказания» does."""
    found = analysis.words
    if not any(
        word in ENGLISH_WHICH
        and found[i + 1] in PARTICULAR_EN
        and _plural_head(found[i + 2 : i + 2 + PARTICULAR_REACH])
        for i, word in enumerate(found[:-2])
    ):
        return analysis
    return replace(analysis, kinds=analysis.kinds | {ITEMS})


def _plural_head(phrase: Sequence[str]) -> bool:
    """A plural noun in the English noun phrase opening `phrase`, the words before it modifying it
    ("personal data protection guarantees"); an auxiliary ends the phrase ("What exact date was…")."""
    for word in phrase:
        if word in ENGLISH_AUXILIARIES:
            return False
        if english_plural_noun(word):
            return True
    return False


# «Какие меры профилактики правонарушений…?»: the nouns of means whose kinds a «какие» before the
# genitive of a named thing asks (kinds_of_a_named_means), by lemma
MEANS_NOUNS = DOMAIN_MEASURES | {"механизм", "способ", "инструмент"}


def kinds_of_a_named_means(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Какие меры профилактики правонарушений предусмотрены?»: the plural «какие» before a noun of
    means and the genitive naming whose means they are asks for the particular means (kind
    `items`), which only an entry listing them tells. Not a noun of means the documents use
    themselves: their «совершенствование механизмов правовой защиты» answers «Какие механизмы
    правовой защиты будут усовершенствованы?» (test_round_54c). «Какие меры по
    совершенствованию…» (no genitive) keeps its entry."""
    found = analysis.words
    if len(found) < 3 or found[0] not in WHICH_PLURAL:
        return analysis
    if shared_morphology().info(found[1]).lemma not in MEANS_NOUNS or not _genitive_after(found, 2):
        return analysis
    means = ctx.analyzer.analyse(found[1]).values
    if not means or any(means <= quoted for quoted in ctx.quoted_values()):
        return analysis
    return replace(analysis, kinds=analysis.kinds | {ITEMS})


# «основное внимание», «главный упор», «первостепенное внимание»: an adjective of primacy before a
# noun of attention says how much attention (primacy_of_attention); «особое внимание» is the text's own
PRIMACY_LEMMAS = frozenset({"основной", "основный", "главный", "первостепенный", "пристальный"})
ATTENTION_LEMMAS = frozenset({"внимание", "акцент", "упор", "фокус"})


def primacy_of_attention(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«На чём сосредоточили основное внимание?», «Где сделан главный упор?»: an adjective of
    primacy before a noun of attention is part of saying where attention went, as «больше» before
    an adjective says how much of it (degree_of_a_quality); it is no word an entry must share
    («основные направления» keep theirs: no noun of attention)."""
    morphology = shared_morphology()
    return _less_before(
        ctx,
        analysis,
        lambda word, after: (
            morphology.info(word).lemma in PRIMACY_LEMMAS and morphology.info(after).lemma in ATTENTION_LEMMAS
        ),
    )


# "What will law enforcement emphasize?": a verb of emphasis a few words after "will" is what a body
# is to put its emphasis on (its focus), not what a speaker stressed, which the documents report only
# in the past (emphasis_ahead); English as typed
FUTURE_AUXILIARIES = frozenset({"will", "shall"})
EMPHASIS_VERBS = frozenset({"emphasize", "emphasise"})
EMPHASIS_SPAN = 4
FOCUS_WORD = "focus"


def emphasis_ahead(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """ "What will law enforcement emphasize under the new approach?": what a body will emphasize is
    what it is to focus on (the text's «с акцентом на»), as "What will it focus on?" asks; so is
    what the documents' whole emphasizes ("Does the reform emphasize prevention?": a draft says
    nothing, it puts its focus). "What did the prosecutor emphasize?" (the past, a speaker) keeps
    its reported words."""
    found = analysis.words
    at = [
        i
        for i, word in enumerate(found)
        if word in EMPHASIS_VERBS
        and (
            not FUTURE_AUXILIARIES.isdisjoint(before := found[max(0, i - EMPHASIS_SPAN) : i])
            or _whole_before(ctx, before)
        )
    ]
    return read_with(ctx, analysis, at, FOCUS_WORD) if at else analysis


def _whole_before(ctx: ReaderContext, before: Sequence[str]) -> bool:
    """The words before a verb of emphasis end with the documents' whole as its subject ("does the
    reform", "does the new constitution"), no speaker after it."""
    return bool(before) and bool(ctx.analyzer.analyse(before[-1]).values & ctx.whole)


# "Where does the draft stand right now?", "Where do things stand with the reform?": the English idiom
# asks the stage a thing has reached, not a place; the verb within so many words of "where does / do"
# (the present: "Where will the parliament stand?" is a place), not before "on" (a stance on a thing)
STAND_WORDS = frozenset({"stand", "stands"})
STAND_AUXILIARIES = frozenset({"does", "do"})
STANCE_AFTER = frozenset({"on", "regarding", "towards", "toward"})
STAND_SPAN = 6
STAGE_WORD = "stage"


def stage_where_it_stands(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """ "Where does the draft constitution stand?": where a thing stands is the stage it is at, as
    "What stage is the draft at?" asks; no place is asked ("Where was the round table held?" keeps
    its place), nor a stance ("Where does he stand on taxes?")."""
    found = analysis.words
    if "where" not in analysis.kinds or STAND_WORDS.isdisjoint(found) or "where" not in found:
        return analysis
    at = found.index("where")
    if found[at + 1 : at + 2] and found[at + 1] not in STAND_AUXILIARIES:
        return analysis
    stand = next(
        (i for i in range(at + 1, min(len(found), at + STAND_SPAN + 1)) if found[i] in STAND_WORDS), None
    )
    if stand is None or not STANCE_AFTER.isdisjoint(found[stand + 1 : stand + 2]):
        return analysis
    asked = " ".join("what" if i == at else STAGE_WORD if i == stand else w for i, w in enumerate(found))
    read = ctx.analyzer.analyse(asked)
    return replace(read, kinds=(analysis.kinds - {"where"}) | read.kinds)


# «Какие формы вовлечения…», «Какой аспект цифровизации…», «характер обмена мнениями»: a word for the
# forms, the aspects or the character of a thing, before the thing (forms_of_a_thing)
FORM_LEMMAS = frozenset({"форма", "аспект", "характер"})


def forms_of_a_thing(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Какие формы вовлечения общества упоминаются?», «Какой аспект цифровизации касается…?»: the
    forms, an aspect or the character of a thing named right after in the genitive, one the
    documents use, ask what they say of it, as «способы вовлечения» do («способ» frames every
    question). Not where a quote says it of the thing itself («практических аспектах проекта»,
    «изменения носят прогрессивный характер»: the word is the text's), nor before a thing the
    documents never name («форма правления», «формы собственности»). Nor where others are asked
    («Какие аспекты цифровизации, помимо технологий, …?»): the word names the kind of the others
    counted beside those left out, and the question keeps it."""
    if "others" in analysis.kinds:
        return analysis
    morphology = shared_morphology()

    def frames(word: str, after: str) -> bool:
        if morphology.info(word).lemma not in FORM_LEMMAS or not morphology.genitive_noun(after):
            return False
        thing = ctx.analyzer.analyse(after)
        if not any(t.known for t in thing.terms):
            return False
        said = ctx.analyzer.analyse(word).values | thing.values
        return not any(said <= quoted for quoted in ctx.quoted_values())

    return _less_before(ctx, analysis, frames)


# «роль учёных в создании модели»: the role someone plays in making a thing (role_in_making), by
# the lemmas of the role and of the nouns of making
ROLE_LEMMA = "роль"
MAKING_LEMMAS = frozenset({"создание", "разработка", "подготовка", "построение", "выработка", "становление"})
IN_WORDS = frozenset({"в", "во"})


def role_in_making(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Какова роль учёных в создании новой конституционной модели?»: the role someone plays in
    making a thing is their part in that thing, which the text tells by what they bring to it
    («внести вклад в формирование…»); the noun of making after «роль … в» is part of asking the
    role («роль учёных в модели»), no subject an entry must share. Only after «роль»: «Предусмотрено
    ли создание нового органа?» asks the making itself."""
    morphology = shared_morphology()
    found = analysis.words
    role = next((i for i, w in enumerate(found) if morphology.info(w).lemma == ROLE_LEMMA), None)
    if role is None:
        return analysis
    making = [
        after
        for before, after in itertools.pairwise(found[role:])
        if before in IN_WORDS and morphology.info(after).lemma in MAKING_LEMMAS
    ]
    if making:
        return less_words(ctx, analysis, making[:1])
    return _role_in_the_whole(ctx, analysis, role)


def _role_in_the_whole(ctx: ReaderContext, analysis: Analysis, role: int) -> Analysis:
    """«Какая роль у научного сообщества в конституционной реформе?», «Какую роль в реформе
    участники отводят научному сообществу?»: the role of a community the text says will contribute
    («готовность научного и экспертного сообщества внести вклад») in the documents' whole (the
    reform, the new Constitution) is that contribution: «в» and the whole are read as «вклад», no
    subject an entry must share. Only with such a community named («Какую роль в реформе играет
    защита прав?» keeps the reform), and not a reform of another thing («в реформе налогов»)."""
    values = analysis.values
    if not values & ctx.analyzer.analyse(CONTRIBUTING).values:
        return analysis
    found = analysis.words
    morphology = shared_morphology()
    for i in range(len(found) - 1):
        if found[i] not in IN_WORDS:
            continue
        for span in (2, 1):
            whole = " ".join(found[i + 1 : i + 1 + span])
            read = ctx.analyzer.analyse(whole).values
            after = found[i + 1 + span] if i + 1 + span < len(found) else None
            if after is not None and morphology.genitive_noun(after):
                continue  # («в реформе налогов»: a reform of another thing)
            if len(found) > i + span and read and read <= ctx.wholes:
                text = " ".join((*found[:i], CONTRIBUTION, *found[i + 1 + span :]))
                contributed = ctx.analyzer.analyse(text)
                return replace(contributed, kinds=analysis.kinds | contributed.kinds)
    return analysis


# the communities whose contribution the text tells (_role_in_the_whole)
CONTRIBUTING = "научное сообщество экспертное сообщество"
# ... and what the text says they bring, read in place of «в реформе» (_role_in_the_whole)
CONTRIBUTION = "вклад"


# the verbs of supporting a thing, by lemma («поддерживает», «поддержали») or English stem ("supports")
# (support_as_contribution), and what they are read as
SUPPORT_LEMMAS = frozenset({"поддерживать", "поддержать"})
SUPPORT_STEM = "support"
# ... and what may be named besides the whole: the draft, the work on it, the readiness, the text read
SUPPORTED_WORDS = "проект работа готовность текст draft work willingness text"
SUPPORT_READ = {"ru": "готово внести вклад в", "en": "ready to contribute to"}


def support_as_contribution(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Поддерживает ли научное сообщество реформу?», "Did academia signal willingness to support
    the reform?": whether a community the text says will contribute («подтвердил готовность научного
    и экспертного сообщества внести вклад в формирование…») supports a thing is asked as its
    readiness to contribute to it, which is all the text tells of its stance; the verb is read so, no
    subject of its own. What is supported must still be the documents' («…поддерживает отмену
    Сената?» keeps the Senate and declines); not a body the text tells no readiness of («Поддерживает
    ли Парламент реформу?»)."""
    found = analysis.words
    english = [i for i, w in enumerate(found) if w.startswith(SUPPORT_STEM)]
    if not english and not any(w.startswith("поддерж") for w in found):
        return analysis
    communities = analysis.values & ctx.analyzer.analyse(CONTRIBUTING).values
    if not communities or analysis.kinds:  # («Кого поддерживают эксперты?» asks whom)
        return analysis
    # what is supported is the documents' whole or their draft, the piece read or nothing named
    # («…поддерживают идею двухпалатного парламента?» asks of a thing the text tells no stance on)
    supported = ctx.wholes | ctx.pieces | ctx.analyzer.analyse(SUPPORTED_WORDS).values | communities
    if any(t.value not in supported and (t.known or t.pos not in PREDICATE_POS) for t in analysis.terms):
        return analysis
    morphology = shared_morphology()
    russian = [
        i for i, w in enumerate(found) if not w.isascii() and morphology.info(w).lemma in SUPPORT_LEMMAS
    ]
    at, read = (english, SUPPORT_READ["en"]) if english else (russian, SUPPORT_READ["ru"])
    return read_with(ctx, analysis, at[:1], read) if at else analysis


# "in rule-of-law terms": English "in", a curated phrase and "terms" (in_phrase_terms), as "in terms of"
TERMS_WORD = "terms"
TERMS_IN = "in"
TERMS_OF = "in terms of"
MAX_TERMS_PHRASE = 4


def in_phrase_terms(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """ "Does the release frame the reform in rule-of-law terms?": a curated phrase between "in" and
    "terms" is what "in terms of" names after it; read in that order, the phrase is no longer taken
    for a modifier of an unknown noun "terms". Only a curated phrase of several words ("in legal
    terms", "in economic terms" are left as they are)."""
    found = analysis.words
    if TERMS_WORD not in found:
        return analysis
    end = found.index(TERMS_WORD)
    for start in range(max(0, end - MAX_TERMS_PHRASE - 1), end - 1):
        if found[start] != TERMS_IN:
            continue
        phrase = found[start + 1 : end]
        terms = ctx.analyzer.analyse(" ".join(phrase)).terms
        if len(terms) != 1 or " " not in terms[0].value:
            continue
        read = ctx.analyzer.analyse(" ".join((*found[:start], TERMS_OF, *phrase, *found[end + 1 :])))
        return replace(read, kinds=analysis.kinds | read.kinds)
    return analysis


# «Какую роль сыграл круглый стол?», "What role did the round table play?": the role of the event
# itself (role_of_the_event), asked as what it became (the text's «стал площадкой…»)
ENGLISH_ROLE = "role"
EVENT_BECAME = "чем стал круглый стол"
# «Какова цель круглого стола?», «Зачем проводили круглый стол?», "the purpose of the round table":
# the nouns of a purpose, and the verbs of holding the event or needing it (role_of_the_event)
PURPOSE_WORDS = "цель задача назначение purpose aim goal"
HOLDING_WORDS = "проводить провести проводиться собраться собирать организовать нужный нужен"
REASON_KIND = "reason"
# «Чем полезен круглый стол?», «Что дал круглый стол?»: what the event gave, its use (kind `effect`,
# with the words of usefulness or giving), is what it served as too
EFFECT_KIND = "effect"
USE_WORDS = "полезный полезен польза дать давать принести приносить useful benefit"
# "What did the round table become?", "…turn into?": what the event became, the text's «стал»
BECAME_WORDS = "become"


def role_of_the_event(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Какую роль сыграл круглый стол, судя по пресс-релизу?», "What role did the round table
    play?", «Зачем проводили круглый стол?»: the role or the purpose of the event itself, with
    nothing else named but the piece, is what the event served as, which the text tells («стал
    площадкой для содержательного обмена мнениями»; it states no purpose of its own): read as «Чем
    стал круглый стол?»; so is what it gave («Чем полезен круглый стол?») or became ("What did the
    round table turn into?"). The documents' whole may be
    named beside a role («…в реформе?»). Not the role of
    someone named («Какую роль сыграли учёные?»), nor the purpose of anything else («Зачем нужна
    реформа?»: the reform's aims)."""
    morphology = shared_morphology()
    found = analysis.words
    purpose = ctx.analyzer.analyse(PURPOSE_WORDS).values
    role = any(w == ENGLISH_ROLE or morphology.info(w).lemma == ROLE_LEMMA for w in found)
    asked = {REASON_KIND, EFFECT_KIND} & analysis.kinds
    became = analysis.values & ctx.analyzer.analyse(BECAME_WORDS).values
    if not (role or asked or became or analysis.values & purpose):
        return analysis
    framing = ctx.event | ctx.pieces | purpose | became | ctx.analyzer.analyse(HOLDING_WORDS).values
    if EFFECT_KIND in asked:  # («чем полезен круглый стол»; not «чем полезен круглый стол для бизнеса»)
        framing |= ctx.analyzer.analyse(USE_WORDS).values
    if role:  # («Какую роль играет круглый стол в реформе?»; not «для чего обсуждение проекта»)
        framing |= ctx.wholes
    if not analysis.values & ctx.event or analysis.values - framing:
        return analysis
    read = ctx.analyzer.analyse(EVENT_BECAME)
    return replace(read, kinds=(analysis.kinds - asked) | read.kinds)


def _less_before(ctx: ReaderContext, analysis: Analysis, frames: Callable[[str, str], bool]) -> Analysis:
    """The analysis without the words that `frames` (a word and the one after it) says frame the rest."""
    frame = [word for word, after in itertools.pairwise(analysis.words) if frames(word, after)]
    return less_words(ctx, analysis, frame) if frame else analysis


def _genitive_after(found: tuple[str, ...], start: int) -> bool:
    """The words from `start` on open with a genitive noun, or with adjectives or participles and then
    one («юридического образования», «неодинакового применения»), or a possessive «их», «его», «её»
    before those («в плане их прав»)."""
    morphology = shared_morphology()
    for at, word in enumerate(found[start:]):
        if morphology.genitive_noun(word):
            return True
        if morphology.info(word).pos not in GENITIVE_QUALIFIER_POS and not (
            at == 0 and word in THIRD_POSSESSIVES
        ):
            return False
    return False


# «разъяснение сути новелл», «понимание сущности реформы»: the essence of a thing, before the genitive
# naming it, is that thing (essence_of); «суть» in the nominative reads as the verb «быть» already
ESSENCE_NOUNS = frozenset({"суть", "сущность"})


def essence_of(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Кто подчеркнул необходимость разъяснения сути новелл обществу?»: the essence of a thing
    the documents name («сути новелл») is that thing, no subject of its own (as the nominative
    «суть реформы» already reads). Only before a genitive; the thing named is asked as it is."""
    found = analysis.words
    morphology = shared_morphology()
    essence = [
        word
        for i, word in enumerate(found)
        if morphology.info(word).lemma in ESSENCE_NOUNS and _genitive_after(found, i + 1)
    ]
    return less_words(ctx, analysis, essence) if essence else analysis


# «Какие задачи стоят перед полицией?», «Какие задачи ставит реформа перед полицией?»: the tasks
# standing or set before someone are what they are to do (tasks_before_someone); lemmas, and the
# preposition naming whose they are; the words the verb may stand from the noun and «перед» from
# the verb (the one setting them between: «ставит реформа перед…»)
TASK_NOUNS = frozenset({"задача"})
STANDING = frozenset({"стоять", "ставить", "ставиться", "поставить"})
BEFORE_SOMEONE = "перед"
TASK_VERB_SPAN = 2
# «ставит перед собой задачи»: the tasks one sets oneself are its own aims, no one else's to do
ONESELF = frozenset({"собой", "себя"})


def tasks_before_someone(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Какие задачи стоят перед правоохранительными органами?», «Какие задачи ставит реформа перед
    правоохранительной системой?»: the tasks standing or set «перед» someone are what they are to
    do, as «что должны делать правоохранительные органы» asks: the noun and its verb are no subject
    (the one named after «перед» is). Not the tasks of a thing that solves them («Какие задачи
    решает реформа?», «Какие задачи ставит перед собой реформа?»: nothing «перед» anyone else)."""
    found = analysis.words
    morphology = shared_morphology()
    lemmas = [morphology.info(w).lemma for w in found]
    for i, lemma in enumerate(lemmas):
        if lemma not in TASK_NOUNS:
            continue
        for j in range(i + 1, min(i + 1 + TASK_VERB_SPAN, len(found))):
            after = found[j + 1 : j + 2 + TASK_VERB_SPAN]
            if (
                lemmas[j] in STANDING
                and BEFORE_SOMEONE in after[:TASK_VERB_SPAN]
                and ONESELF.isdisjoint(after)
            ):
                return less_words(ctx, analysis, (found[i], found[j]))
    return analysis


# «цели изменений», «Какие цели преследуют поправки?»: the goals of the changes are what the text
# says they are «направлены на» (goals_of_the_changes); the words as read: the goal noun, the changes
# (any word of their synonym group), and the text's word of aiming
GOAL = "цель"
CHANGES = "изменения"
AIMED = "направлены"
# «преследовать цели»: the verb pursuing a goal says no more than the goal does
PURSUING = "преследовать"


def goals_of_the_changes(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Каковы три цели предлагаемых изменений, по словам Генерального прокурора?», «цели поправок
    какие по словам генпрока»: the goals of the changes are what the text says the changes are
    aimed at («направлены на…»), read so: the entry saying it shares no word «цель» with the
    question, and the speech or the reform's aims (which the President's initiatives have) won.
    Only with the changes asked: the goals of any other thing keep the word. The verb pursuing
    them («Какие цели преследуют изменения?») goes with the goal noun: it names nothing more."""
    changes = ctx.analyzer.analyse(CHANGES).values
    at = next((i for i, t in enumerate(analysis.terms) if t.value == GOAL), None)
    if at is None or not changes & analysis.values or _goal_of_another(ctx, analysis.words, changes):
        return analysis
    aimed = ctx.analyzer.analyse(AIMED).terms
    rest = [t for t in analysis.terms[at + 1 :] if t.value != PURSUING]
    terms = (*analysis.terms[:at], *aimed, *rest)
    # («Какие цели преследуют изменения, по оценке генпрокурора?»: goals in someone's words are
    # what they said the changes are aimed at, asked as «каковы цели…, по словам…» is, no reason)
    reported = "said" in analysis.kinds or reports_words(analysis.words)
    kinds = analysis.kinds - {"reason"} if reported else analysis.kinds
    # («Назовите цели изменений»: the goals named one by one are what the changes are aimed at,
    # each of which the entry saying so names: no list of its own asked for)
    kinds = kinds - {ITEMS}
    return replace(analysis, terms=terms, values=frozenset(t.value for t in terms), kinds=kinds)


def _goal_of_another(ctx: ReaderContext, found: tuple[str, ...], changes: frozenset[str]) -> bool:
    """«Какова цель разъяснительной работы по нововведениям?»: the goal's own genitive noun, right
    after it (past its adjectives: «цели предлагаемых изменений»), is another thing than the
    changes: the goal asked is that thing's (the explanatory work's), the changes only what it is
    about. A preposition after the goal («цели, по словам генпрокурора, …», «цели, кроме…») opens
    no such noun."""
    morphology = shared_morphology()
    for i, word in enumerate(found):
        if morphology.info(word).lemma != GOAL:
            continue
        own = next((w for w in found[i + 1 :] if morphology.info(w).pos not in GOAL_QUALIFIER_POS), None)
        if own is None or morphology.info(own).pos != "NOUN" or not morphology.genitive_noun(own):
            return False
        return not ctx.analyzer.analyse(own).values & changes
    return False


# the adjectives and participles before the goal's own noun («цели предлагаемых изменений»)
GOAL_QUALIFIER_POS = frozenset({"ADJF", "PRTF"})


# "progressive in nature", "in character", "the nature of the changes": English names a thing's kind
# (the text's «носят прогрессивный характер») by "nature" or "character" only in these frames; alone,
# "nature" is the natural world («природа»), which the documents never name (character_of_a_thing)
CHARACTER_NOUNS = frozenset({"nature", "character"})
CHARACTER_BEFORE = "in"
CHARACTER_AFTER = "of"
CHARACTER = "характер"


def character_of_a_thing(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """ "Are the amendments progressive in nature?", "How did he assess the overall nature of the
    proposed changes?": "nature" or "character" after "in" (ending the clause) or before "of" is the
    text's «характер» of the changes, not the natural world: read as that word. Not "nature" alone
    ("Will the reform protect nature?", "nature conservation")."""
    found = analysis.words
    framed = [
        word
        for i, word in enumerate(found)
        if word in CHARACTER_NOUNS
        and (
            (i and found[i - 1] == CHARACTER_BEFORE and i + 1 == len(found))
            or (i + 1 < len(found) and found[i + 1] == CHARACTER_AFTER)
        )
    ]
    if not framed:
        return analysis
    dropped = ctx.analyzer.analyse(" ".join(framed)).values
    read = ctx.analyzer.analyse(CHARACTER).terms
    terms = [t for t in analysis.terms if t.value not in dropped]
    at = next((i for i, t in enumerate(analysis.terms) if t.value in dropped), len(terms))
    kept = (*terms[:at], *read, *terms[at:])
    return replace(analysis, terms=kept, values=frozenset(t.value for t in kept))


# «краткое содержание выступления», «резюме выступления генпрокурора»: the summary of a thing (by the
# lemma of the summary's noun) before the genitive naming it (summary_of_a_thing); the summary as
# the analyzer reads it (synonyms.yaml: «краткое содержание», «резюме», «выжимка»)
SUMMARY_NOUNS = frozenset({"резюме", "содержание", "изложение", "выжимка", "пересказ"})
SUMMARY = "краткое содержание"
SUMMARY_QUALIFIERS = "краткий"


def summary_of_a_thing(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Дайте краткое резюме выступления Генерального прокурора», «Каково краткое содержание
    выступления генпрокурора?»: the summary of a thing named in the genitive after it is what the
    documents say of that thing; the summary is no subject (an entry on the piece as a whole holds
    it). Not the summary of the piece itself («краткое содержание пресс-релиза»: that entry
    answers), and only when the thing is a word the documents use."""
    summary = ctx.analyzer.analyse(SUMMARY).values
    if not summary <= analysis.values:
        return analysis
    found = analysis.words
    morphology = shared_morphology()
    at = next((i for i, w in enumerate(found) if morphology.info(w).lemma in SUMMARY_NOUNS), None)
    if at is None or not _genitive_after(found, at + 1):
        return analysis
    thing = ctx.analyzer.analyse(" ".join(found[at + 1 : at + 3]))
    if not any(t.known for t in thing.terms) or thing.values & (ctx.pieces | summary):
        return analysis
    return less(analysis, summary | ctx.analyzer.analyse(SUMMARY_QUALIFIERS).values)


# «носила практический характер»: a thing "bears" a quality «характер» (held_character), by lemma
BEARING_LEMMA = "носить"
CHARACTER_QUALITY_POS = frozenset({"ADJF", "PRTF"})


def held_character(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Носила ли дискуссия теоретический характер?»: a thing that «носит X характер» is X (a
    light verb and its noun around an adjective), so the verb and «характер» are no subject an
    entry must share: the thing and its quality are asked («дискуссия практическая»), not the
    text's one «характер», that of the changes. Not where a quote says it so
    («изменения носят прогрессивный характер»: the words are the text's)."""
    morphology = shared_morphology()
    found = analysis.words
    lemmas = [morphology.info(w).lemma for w in found]
    if BEARING_LEMMA not in lemmas:
        return analysis
    qualities = [
        found[i - 1]
        for i, lemma in enumerate(lemmas)
        if lemma == CHARACTER and i and morphology.info(found[i - 1]).pos in CHARACTER_QUALITY_POS
    ]
    if not qualities:
        return analysis
    frame = [found[lemmas.index(BEARING_LEMMA)], found[lemmas.index(CHARACTER)]]
    said = ctx.analyzer.analyse(" ".join([*frame, *qualities])).values
    if any(said <= quoted for quoted in ctx.quoted_values()):
        return analysis
    return less_words(ctx, analysis, frame)


def without_place_taken(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Какое место занимает правосознание в выступлении прокурора?»: the place a thing takes
    («какое место» with a verb of taking or giving one) is its role, which the text tells by
    what it says of the thing; «место» and the verb are no subject («В каком месте прошёл
    круглый стол?» keeps its place)."""
    morphology = shared_morphology()
    lemmas = [morphology.info(w).lemma for w in analysis.words]
    if not _place_taken(lemmas):
        return analysis
    kept = tuple(
        t for t in analysis.terms if t.value != PLACE_NOUN and t.value not in PLACE_VERBS | PLACE_FOUND_VERBS
    )
    if not kept:
        return analysis
    return replace(analysis, terms=kept, values=frozenset(t.value for t in kept))


def _place_taken(lemmas: list[str]) -> bool:
    """«Какое место занимает X»: «место» right after an asking «какой», with a verb of taking or
    giving a place somewhere in the question (the role of X, not a place)."""
    place = any(lemma == PLACE_NOUN and i and lemmas[i - 1] in WHICH_WORDS for i, lemma in enumerate(lemmas))
    return (place and not PLACE_VERBS.isdisjoint(lemmas)) or _place_found(lemmas)


def _place_found(lemmas: list[str]) -> bool:
    """«Нашлось ли место для X?»: «место для» with a verb of finding a place in the question is room
    given to X; not a venue, «место для проведения / встречи» (where a thing is held)."""
    return any(
        lemma == PLACE_NOUN
        and i + 2 < len(lemmas)
        and lemmas[i + 1] == PLACE_FOR
        and lemmas[i + 2] not in HOLDING_NOUNS
        for i, lemma in enumerate(lemmas)
    ) and not PLACE_FOUND_VERBS.isdisjoint(lemmas)


# «стал местом для обмена мнениями»: the instrumental of «место» before «для», what a thing became or
# served as (place_become), read as the text's word for it, «площадкой для…»
PLACE_BECOME = "местом"
PLATFORM = "площадкой"


def place_become(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Стало ли мероприятие местом для настоящего диалога?»: a place for an activity that a thing
    became or served as (the instrumental «местом для», after «стать», «служить», «оказаться») is a
    platform for it, the text's «стал площадкой для содержательного обмена мнениями»; «место» is read
    as «площадка». Not a venue for holding a thing («местом для проведения»), nor «место» in another
    case («Какое место занимает…», «место в Преамбуле»)."""
    found = analysis.words
    if PLACE_BECOME not in found:
        return analysis
    morphology = shared_morphology()
    at = {
        i
        for i, word in enumerate(found[:-2])
        if word == PLACE_BECOME
        and found[i + 1] == PLACE_FOR
        and morphology.info(found[i + 2]).lemma not in HOLDING_NOUNS
    }
    return read_with(ctx, analysis, at, PLATFORM) if at else analysis


# «Какую функцию выполнил круглый стол?»: the function a thing serves, asked by «какой» and a verb of
# serving one, is its role (without_function_served), as the place it takes is; by lemma
FUNCTION_NOUN = "функция"
FUNCTION_VERBS = frozenset({"выполнять", "выполнить", "исполнять", "исполнить", "нести"})


def without_function_served(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Какую функцию, по итогам, выполнил круглый стол?»: the function a thing served («какую
    функцию» with a verb of serving it) is its role (as «какую роль сыграл», whose words are
    stopwords), which the text tells by what it says the thing was or did; the noun and the verb
    are no subject. Not of the people and bodies the documents name («Какую функцию выполняет
    прокуратура?»: the function of an institution, which they never state), nor without a verb
    of serving («Какие функции у прокуратуры?»)."""
    morphology = shared_morphology()
    lemmas = [morphology.info(w).lemma for w in analysis.words]
    asked = any(
        lemma == FUNCTION_NOUN and i and lemmas[i - 1] in WHICH_WORDS for i, lemma in enumerate(lemmas)
    )
    if not asked or FUNCTION_VERBS.isdisjoint(lemmas):
        return analysis
    kept = tuple(t for t in analysis.terms if t.value != FUNCTION_NOUN and t.value not in FUNCTION_VERBS)
    if not kept or any(t.value in ctx.subjects for t in kept):
        return analysis
    return replace(analysis, terms=kept, values=frozenset(t.value for t in kept))


# «Реформа для чего вообще?», «Реформа для чего нужна?»: words that, closing a «X для чего», ask X's
# purpose (for_what_of_a_noun): why X is at all, why it is needed. A bare «Ориентиры для чего?» asks
# what X is for (of what development), as «Площадкой для чего стал…» does
PURPOSE_TAIL = frozenset({"вообще", "ваще", "нужна", "нужен", "нужно", "нужны", "надо"})


# «Зачем поправки?», «Для чего нужны изменения?», "Why the amendments?": the changes the draft
# proposes asked why, with nothing else (need words aside), are asked what they are aimed at
# (changes_asked_why), by language: the changes' words and the documents' word of aiming
CHANGES_AIMED = (("изменение", "направлены"), ("өзгеріс", "бағытталған"), ("changes", "aimed"))
CHANGES_WORDS = " ".join(changes for changes, _ in CHANGES_AIMED)
NEED_WORDS = "нужный необходимость надо need needed қажет"


def changes_asked_why(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Зачем поправки вообще?», «Для чего нужны изменения?», «Өзгерістер не үшін қажет?»: the reason
    for the changes the draft proposes is what the documents say they are aimed at («изменения …
    направлены на…», kind `reason` dropped, the word of aiming added), not the reason for
    explaining them («Зачем объяснять поправки?» keeps its verb, «поправки в налоговый кодекс»
    another law): only when the changes, and words of need, are all the question names. (The
    reform's aims are the President's initiatives' («реформа рассмотрена как продолжение
    инициатив…, направленных на…»), another list.)"""
    if "reason" not in analysis.kinds:
        return analysis
    changes = ctx.analyzer.analyse(CHANGES_WORDS).values
    need = ctx.analyzer.analyse(NEED_WORDS).values
    if not changes & analysis.values or not analysis.values <= changes | need:
        return analysis
    aimed = next(
        (aim for words, aim in CHANGES_AIMED if ctx.analyzer.analyse(words).values & analysis.values), ""
    )
    added = tuple(t for t in ctx.analyzer.analyse(aimed).terms if t.value not in analysis.values)
    kept = tuple(t for t in analysis.terms if t.value not in need)
    terms = (*kept, *added)
    return replace(
        analysis, terms=terms, values=frozenset(t.value for t in terms), kinds=analysis.kinds - {"reason"}
    )


# «Почему цифровые решения идут вместе с усилением гарантий?»: the words pairing one thing with
# another (as typed), after which the other side stands (paired_why)
PAIRING = (("вместе", "с"), ("одновременно", "с"), ("наряду", "с"), ("together", "with"))


def paired_why(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Почему цифровые решения идут вместе с усилением конституционных гарантий?», "Why does AI come
    together with data protection?": why one thing goes with another asks their pairing, which the
    text tells when it sets them together («…при одновременном усилении гарантий»), not a reason of
    its own (kind `reason` dropped). Only when each side names things the documents know, no person
    or body («Почему реформа идёт вместе с налогами?», «…генпрокурор вместе с учёными?» keep it)."""
    if "reason" not in analysis.kinds:
        return analysis
    found = analysis.words
    at = next((i for i, pair in enumerate(itertools.pairwise(found)) if pair in PAIRING), None)
    if at is None:
        return analysis
    sides = (found[:at], found[at + 2 :])
    for side in sides:
        terms = ctx.analyzer.analyse(" ".join(side)).terms
        if (
            not terms
            or not all(t.known and t.value not in ctx.subjects for t in terms)
            or not any(t.pos in {"NOUN", None} for t in terms)
        ):
            return analysis
    return replace(analysis, kinds=analysis.kinds - {"reason"})


# «Какие аргументы в пользу реформы привёл генпрокурор?», "arguments for the reform": the nouns of an
# argument (lemmas), the words between them and the thing argued for, the whole or the changes argued
# for, and what else the question may name: who gave them or where («со стороны генпрокуратуры», «на
# круглом столе», «в релизе») and the verbs of giving or voicing them (case_for_the_changes)
ARGUMENT_LEMMAS = frozenset({"аргумент", "довод", "argument"})
IN_FAVOUR = (("в", "пользу"), ("for",), ("in", "favour", "of"), ("in", "favor", "of"))
ARGUED_FOR = "реформа проект изменение конституция новая конституция reform draft"
ARGUED_SKIPPED = frozenset({"the", "this", "a"})
ARGUERS = (
    "генеральный прокурор прокуратура участник круглый стол пресс-релиз текст документ prosecutor "
    "participants привести приводиться звучать выдвигать выдвинуть сторона give put forward"
)


def case_for_the_changes(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Какие аргументы в пользу реформы привёл Генеральный прокурор?», «Какие доводы в пользу
    проекта приводятся в релизе?": the case the documents make for the reform is their assessment
    of the changes it proposes («изменения носят прогрессивный характер и направлены на…»), not a
    reason why it is done (kind `reason` dropped): read as what the changes are aimed at, the
    speaker kept. Only when the arguments are for the whole or its changes and nothing but who gave
    them, or where, is named («аргументы в пользу открытого обсуждения» keep their thing; arguments
    against are no reason asked)."""
    if "reason" not in analysis.kinds:
        return analysis
    found = analysis.words  # (folded already)
    morphology = shared_morphology()
    at = next((i for i, w in enumerate(found) if morphology.info(w).lemma in ARGUMENT_LEMMAS), None)
    if at is None:
        return analysis
    start = next((at + 1 + len(p) for p in IN_FAVOUR if tuple(found[at + 1 : at + 1 + len(p)]) == p), None)
    if start is None:
        return analysis
    while start < len(found) and found[start] in ARGUED_SKIPPED:
        start += 1
    argued_for = ctx.analyzer.analyse(ARGUED_FOR).values
    if start == len(found) or not ctx.analyzer.analyse(found[start]).values & argued_for:
        return analysis
    arguers = ctx.analyzer.analyse(ARGUERS).values
    if not analysis.values <= argued_for | arguers:
        return analysis
    kept = tuple(t for t in analysis.terms if t.value not in argued_for and t.value in ctx.subjects)
    terms = (*kept, *ctx.analyzer.analyse(" ".join(CHANGES_AIMED[0])).terms)
    return replace(
        analysis, terms=terms, values=frozenset(t.value for t in terms), kinds=analysis.kinds - {"reason"}
    )


# «Чего должны добиться изменения?», "What are the amendments supposed to achieve?": a verb of achieving
# (changes_to_achieve), by lemma or English stem and Kazakh «қол жеткізу» (its two stems); words that ask
# what is achieved (not «какого понимания… добиться»: a named thing); words of obligation or intent
# around the verb, and «в итоге» (finally), which say no more than that the changes are to achieve it
ACHIEVING_WORDS = "добиться добиваться достигнуть достигать achieve accomplish қол жеткізу"
WHAT_ACHIEVED = frozenset({"чего", "what", "неге", "нені", "цель", "результат"})
BOUND_WORDS = "должны suppose intend тиіс керек итог"
# the reform, whose aims are another list (reform_aims)
REFORM_WORDS = "реформа reform"


def changes_to_achieve(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Чего должны добиться изменения?», "What else are the amendments supposed to achieve?",
    «Өзгерістер неге қол жеткізуі тиіс?»: what the changes are to achieve is what the documents say
    they are aimed at («изменения… направлены на…», as changes_asked_why reads «Зачем поправки?»):
    the verb of achieving and the words binding the changes to it give way to the word of aiming.
    Only when the changes do the achieving and what is achieved is asked («Какого понимания
    нововведений хотят добиться?» names it), and not of the reform (its aims are the President's
    initiatives')."""
    achieving = ctx.analyzer.analyse(ACHIEVING_WORDS).values
    if not achieving & analysis.values:
        return analysis
    changes = ctx.analyzer.analyse(CHANGES_WORDS).values
    if not changes & analysis.values or ctx.analyzer.analyse(REFORM_WORDS).values & analysis.values:
        return analysis
    morphology = shared_morphology()
    found = analysis.words
    lemmas = {morphology.info(w).lemma for w in found}
    if WHAT_ACHIEVED.isdisjoint(lemmas | set(found)):
        return analysis
    aimed = next(
        (aim for words, aim in CHANGES_AIMED if ctx.analyzer.analyse(words).values & analysis.values), ""
    )
    bound = achieving | ctx.analyzer.analyse(BOUND_WORDS).values
    kept = tuple(t for t in analysis.terms if t.value not in bound)
    added = tuple(t for t in ctx.analyzer.analyse(aimed).terms if t.value not in analysis.values)
    terms = (*kept, *added)
    return replace(analysis, terms=terms, values=frozenset(t.value for t in terms))


# «дают ли людям информацию», «инфо про реформу дают»: a verb of giving with a noun of information as
# its object is informing (informing_given); the verbs' lemmas, the nouns' lemmas, the word read for
# them, and «что» (asked, «Что даёт информирование?» makes the noun the giver: what it yields)
GIVING_LEMMAS = frozenset({"давать", "дать", "предоставлять", "предоставить"})
INFORMATION_LEMMAS = frozenset({"информация", "информирование", "сведение", "инфа", "инф", "инфо"})
INFORMING = "информируют"
WHAT_GIVES = frozenset({"что", "what"})


def informing_given(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Дают ли людям информацию о реформе?», «инфо для людей про реформу дают»: giving information
    is informing, read as such; the verb of giving is no subject of its own («Что даёт открытое
    обсуждение?» asks a result, and keeps it)."""
    found = analysis.words
    morphology = shared_morphology()
    lemmas = [morphology.info(w).lemma for w in found]
    # (a finite verb only: «Прошу предоставить сведения о…», «дайте информацию о…» request the
    # information itself, about what follows)
    giving = [
        i
        for i, lemma in enumerate(lemmas)
        if lemma in GIVING_LEMMAS
        and morphology.info(found[i]).pos == "VERB"
        and not morphology.may_be_imperative(found[i])
    ]
    if not giving or WHAT_GIVES & set(lemmas) or not INFORMATION_LEMMAS & set(lemmas):
        return analysis
    return read_with(ctx, analysis, giving, INFORMING)


# «Какой результат должен дать обмен мнениями?», «Какой эффект принесёт разъяснение?»: a result a
# thing yields (result_yielded): the asking word, the result's nouns and the verbs of yielding (lemmas)
YIELDED_RESULTS = frozenset({"результат", "эффект", "итог", "result", "effect"})
YIELDING_LEMMAS = frozenset({"дать", "давать", "принести", "приносить", "yield", "bring", "give"})


def result_yielded(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Какой результат должен дать широкий обмен мнениями?», «Какой эффект принесёт
    разъяснение?»: the result a thing is to yield, asked by «какой», is what it is for (as «Для
    чего нужен обмен мнениями?»), which an entry stating its purpose tells: kind `reason`; the
    result's noun and the verb of yielding no subjects («итог» would draw the event's outcome)."""
    found = analysis.words
    morphology = shared_morphology()
    lemmas = [morphology.info(w).lemma for w in found]
    for i in range(len(found) - 1):
        if lemmas[i] in WHICH_WORDS and lemmas[i + 1] in YIELDED_RESULTS:
            yielding = [w for w, lemma in zip(found, lemmas, strict=True) if lemma in YIELDING_LEMMAS]
            if not yielding:
                return analysis
            read = less_words(ctx, analysis, (found[i + 1], *yielding))
            if read is analysis:
                return analysis
            return replace(read, kinds=read.kinds | {"reason"})
    return analysis


# «Каких результатов ждут от изменений?», «какой эффект от поправок ожидается», "what benefits are
# expected from the amendments?": results expected of a thing (results_expected), the nouns of a result
# asked by a which-word (or "what", "what other") and the verbs of expecting (lemmas); read as a thing
# aimed at («на что направлены изменения»)
EXPECTED_RESULTS = YIELDED_RESULTS | {"benefit", "outcome"}
EXPECTING_LEMMAS = frozenset({"ждать", "ожидать", "ожидаться", "expect"})
ASKING_RESULTS = WHICH_WORDS | {"what"}
RESULTS_SPAN = 2
AIMED = "направлены"
# «Чего ждут от изменений?», "What is expected from the amendments?": the asking word itself is the
# result when what is expected comes «от» a thing (the words of asking and of the source, by lemma)
ASKING_WHAT = frozenset({"что", "what"})
EXPECTED_FROM = frozenset({"от", "from"})


def results_expected(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Каких результатов ждут от изменений?», "What other benefits are expected from the
    amendments?": what is expected of a thing, asked as its results or effects, is what the thing
    is aimed at, which the text says («направлены на…»); the verb of expecting is read as one of
    aiming and the result's noun no subject («итог» would draw the event's outcome). Not of the
    event (what is expected of a round table is its outcome, which the text tells), nor of or by a
    person or body («чего ждут граждане от прокуратуры»: no aim of theirs is stated)."""
    if analysis.values & (ctx.event | ctx.subjects | ctx.collective | ctx.agents):
        return analysis
    found = analysis.words
    morphology = shared_morphology()
    lemmas = [morphology.info(w).lemma for w in found]
    expecting = [i for i, lemma in enumerate(lemmas) if lemma in EXPECTING_LEMMAS]
    if not expecting:
        return analysis
    results = [
        i
        for i, lemma in enumerate(lemmas)
        if lemma in EXPECTED_RESULTS and ASKING_RESULTS & set(lemmas[max(0, i - RESULTS_SPAN) : i])
    ]
    read = read_with(ctx, analysis, expecting, AIMED)
    if results:
        return less_words(ctx, read, (found[results[0]],))
    if ASKING_WHAT & set(lemmas) and EXPECTED_FROM & set(found[expecting[0] + 1 :]):
        return read
    return analysis


# «Какими генпрокурор назвал изменения?», «генпрок назвал изменения какими»: a verb of naming (lemmas)
# with the asking word in the instrumental asks what a thing was called, how it was characterised
# (named_what); the verb read for it
NAMING_LEMMAS = frozenset({"назвать", "называть"})
ASKING_INSTRUMENTAL = frozenset({"каким", "какими", "какою"})
CHARACTERISING = "оценил"
HOW = "как"


def _instrumental_noun(word: str) -> bool:
    """A noun in the instrumental («словом», «образом»), which an asking word before it qualifies."""
    case = shared_morphology().case_of(word)
    return shared_morphology().info(word).pos == "NOUN" and case is not None and case[0] == "ablt"


def named_what(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Какими генпрокурор назвал изменения?»: what a thing was called, asked by «каким», is how it
    was characterised, the assessment made of it; the verb of naming is read as one of assessing
    (not a name asked: «Как называется направление?» has no «каким»)."""
    found = analysis.words
    morphology = shared_morphology()
    # (the asking word alone: «каким словом назван…» asks the word, «каким образом» the manner)
    asked = [
        i
        for i, w in enumerate(found)
        if w in ASKING_INSTRUMENTAL and not (i + 1 < len(found) and _instrumental_noun(found[i + 1]))
    ]
    naming = [i for i, w in enumerate(found) if morphology.info(w).lemma in NAMING_LEMMAS]
    if not asked or not naming:
        return analysis
    # («Какими генпрокурор…» is no «which prosecutors»: the asking word read as «как»)
    return read_with(ctx, read_with(ctx, analysis, naming, CHARACTERISING), asked, HOW)


# «кому она нужна», «кому нужен этот круглый стол»: «кому» and the short adjective «нужен» asking who
# needs a thing ask what it is for (who_needs_it); «кому нужно разъяснять» (with an infinitive: whom
# one must explain to) asks whom
WHO_NEEDS = "кому"
NEEDED_FORMS = frozenset({"нужен", "нужна", "нужны", "нужно"})
WHO_NEEDS_SPAN = 3
WHO_KINDS_ASKED = frozenset({"who", "whom"})


def who_needs_it(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Зачем вообще эта новая конституция, кому она нужна?», «че за реформа и кому она нужна»:
    who needs a thing, spoken, asks what it is for (kind `reason`), not a person. Not before an
    infinitive («Кому нужно разъяснять реформу?»: whom one must explain to) nor with a person of the
    documents named («кому из участников…»: no «из» between)."""
    found = analysis.words
    if WHO_NEEDS not in found or NEEDED_FORMS.isdisjoint(found):
        return analysis
    morphology = shared_morphology()
    for i, word in enumerate(found):
        if word != WHO_NEEDS:
            continue
        span = found[i + 1 : i + 1 + WHO_NEEDS_SPAN]
        at = next((j for j, w in enumerate(span) if w in NEEDED_FORMS), None)
        if at is None or "из" in span[:at]:
            continue
        needed = i + 1 + at
        if any(morphology.info(w).pos == "INFN" for w in found[needed + 1 : needed + 2]):
            continue
        return replace(analysis, kinds=(analysis.kinds - WHO_KINDS_ASKED) | {"reason"})
    return analysis


def for_what_of_a_noun(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Площадкой для чего стал круглый стол?», «Основой для чего служит принцип?»: a «для чего»
    just after a noun asks what that noun is for (what the thing became), not why: no kind
    `reason` from it (one asked otherwise stays: «Почему площадкой для чего-то…»). Closed by «вообще»
    or «нужна» («Реформа для чего вообще?») it asks the noun's purpose: why it is, the kind stays."""
    found = analysis.words
    if "reason" not in analysis.kinds:
        return analysis
    morphology = shared_morphology()
    for i in range(1, len(found) - 1):
        if found[i : i + 2] == ("для", "чего") and morphology.info(found[i - 1]).pos == "NOUN":
            if found[i + 2 :] and set(found[i + 2 :]) <= PURPOSE_TAIL:
                continue  # «Реформа для чего вообще?»: the question ends on it, the thing's purpose
            rest = " ".join((*found[:i], *found[i + 2 :]))
            if "reason" not in ctx.analyzer.analyse(rest).kinds:
                return replace(analysis, kinds=analysis.kinds - {"reason"})
    return analysis


# «Почему изменения называют прогрессивными?», «Почему участники считают изменения долгосрочными?»:
# verbs of naming or deeming a thing something (by lemma), and the parts of speech of the quality
# (grounds_of_a_name)
# («считаются», «называются», «именуют»: the same deeming, impersonal or in other words)
DEEMING_LEMMAS = frozenset(
    {
        "называть",
        "назвать",
        "считать",
        "счесть",
        "признавать",
        "признать",
        "считаться",
        "называться",
        "именовать",
        "именоваться",
        "расценивать",
        "расцениваться",
    }
)
# the same deeming in English and Kazakh, by form («неге … деп есептеледі», "Why are they seen as…")
DEEMING_FORMS = frozenset(
    {"seen", "considered", "called", "regarded", "viewed", "deemed", "есептеледі", "аталады", "саналады"}
)
# the words asking why, of which a deeming asks what the text says of the thing (grounds_of_a_name);
# not «зачем», «для чего»: a purpose asked is a reason whatever verb follows
WHY_ASKED = frozenset({"почему", "why", "неге", "неліктен"})
# «Почему генпрокурор считает важным разъяснять…?», «қажет деп саналады»: a thing deemed worth doing,
# the worth beside the verb (within WORTH_SPAN), asks a reason, the worth's (not «считают, что
# изменения имеют стратегическое значение»: a significance the changes have, said of them); and
# «Почему проект назвали…?», a name once given, the namer's motive (perfective lemmas)
WORTH_WORDS = "важный необходимый нужный important necessary needed қажет"
WORTH_SPAN = 2
NAMED_ONCE = frozenset({"назвать", "счесть", "признать"})
# «Почему реформу называют последовательной, а не разовой мерой?»: the quality before the alternative
# the asker weighs it against («а не», «вместо») closes what is asked (_quality_words)
WEIGHED_AGAINST = (("а", "не"), ("вместо",))
WEIGHED_SPAN = 2
QUALITY_POS = frozenset({"ADJF", "ADJS", "ADVB", "PRTS"})
THING_POS = frozenset({"NOUN", None})


def grounds_of_a_name(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Почему изменения называют прогрессивными?», «Почему участники считают, что изменения
    рассчитаны надолго?»: why a thing is called or deemed what a quote of the text calls it
    («носят прогрессивный характер», «задают долгосрочные ориентиры») asks what the text says of it
    in calling it so, which is the grounds it gives, told with that word: no kind `reason` an entry
    must answer. Only with the text's own adjective or adverb for the quality, read as itself (not
    «необходимыми», read as the text's «необходимость» of other things), closing the question (not
    «Почему генпрокурор считает важным продолжать разъяснять…?»: why a thing is worth doing is a
    reason asked); «Почему изменения называют поспешными?» keeps its reading."""
    if "reason" not in analysis.kinds:
        return analysis
    morphology = shared_morphology()
    found = analysis.words
    if not any(_deeming(w) for w in found):
        return analysis
    # (not the alternative weighed against the quality: «…, а не разовой мерой»)
    cut = _weighed_at(found)
    said = ctx.analyzer.analyse(" ".join(found[:cut])).values if cut is not None else analysis.values
    things = {
        t.value
        for t in analysis.terms
        if t.known and t.pos in THING_POS and t.value not in ctx.subjects and t.value in said
    }
    for word in _quality_words(found):
        if _own_quality(ctx, word) and _quoted_with(ctx, morphology.info(word).lemma, things):
            return _without_the_deeming(ctx, replace(analysis, kinds=analysis.kinds - {"reason"}), cut)
    if (
        WHY_ASKED.isdisjoint(found)
        or any(morphology.info(w).lemma in NAMED_ONCE for w in found)
        or _deemed_worth(ctx, found)
        or _named_deemer(ctx, found)
        or any(_own_quality(ctx, w) for w in _quality_words(found))
        or not _said_of_anything(ctx, found)
    ):
        return analysis
    # («Почему реформа считается долгосрочной?», "Why are the changes seen as long-term?": any other
    # quality or name a thing is held to have, asked why, asks what the text says of it: an entry
    # saying it answers, and one that does not cover the thing and quality declines; only a quality
    # the text says of something: «Почему генпрокурор считает изменения опасными?» asks a reason)
    return _without_the_deeming(ctx, replace(analysis, kinds=analysis.kinds - {"reason"}), cut)


# «Почему так важно, что «Закон и порядок» окажется в преамбуле?», «Почему закрепление … считают
# важным шагом?»: the worth of a thing the documents name, asked why, is the frame of the question
# (what the thing brings, which its entry tells), no subject of its own (worth_of_a_named_thing); not
# the text's own «важное значение», nor a thing worth doing («Почему важно разъяснять реформу?»)
WORTH_LEMMAS = frozenset({"важный", "важно", "значимый"})
WORTH_OWN_PHRASE = frozenset({"значение"})


def worth_of_a_named_thing(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """Why a thing named by the documents' own nouns is important (the lemma of a WORTH_LEMMAS
    word) asks why it is so, the reason its entry gives: the word of worth is dropped, the kind
    `reason` kept. Only with two or more other nouns the documents use left, an infinitive not
    right after the worth (a thing worth doing keeps its reading: frames.grounds_of_a_name), and
    not «важное значение», which the text says of the dialogue."""
    found = analysis.words
    if "reason" not in analysis.kinds or WHY_ASKED.isdisjoint(found):
        return analysis
    morphology = shared_morphology()
    at = next((i for i, w in enumerate(found) if morphology.info(w).lemma in WORTH_LEMMAS), None)
    if at is None:
        return analysis
    # (nor a thing wished, «важно, чтобы…», nor one worth doing a few words on: «важным и дальше
    # разъяснять»)
    after = [morphology.info(w) for w in found[at + 1 : at + 4]]
    if "чтобы" in found[at + 1 : at + 3] or any(info.pos == INFINITIVE for info in after):
        return analysis
    if after and after[0].lemma in WORTH_OWN_PHRASE:
        return analysis
    worth = ctx.analyzer.analyse(found[at]).values
    nouns = [t for t in analysis.terms if t.known and t.pos in THING_POS and t.value not in worth]
    if len(nouns) < 2:
        return analysis
    return less_words(ctx, analysis, [found[at]])


def _own_quality(ctx: ReaderContext, word: str) -> bool:
    """An adjective or adverb read as itself: the quality the loop above weighs against the things
    it is said of (a thing the text does not call so: «Почему реформу называют прогрессивной?»)."""
    info = shared_morphology().info(word)
    return info.pos in QUALITY_POS and ctx.analyzer.analyse(word).values == {info.lemma}


def _named_deemer(ctx: ReaderContext, found: tuple[str, ...]) -> bool:
    """One the documents name, not those present as a whole, holds the thing so, before the verb
    of deeming («Почему Асылов считает реформу прогрессивной?»): his own grounds are asked, which
    the text must give (not «Почему участники считают…», «Почему реформа считается…»)."""
    first = min(i for i, w in enumerate(found) if _deeming(w))
    named = ctx.analyzer.analyse(" ".join(found[:first])).values & ctx.subjects
    return bool(named - ctx.collective)


def _said_of_anything(ctx: ReaderContext, found: tuple[str, ...]) -> bool:
    """What the thing is held to be, after the last verb of deeming (before an alternative weighed
    against it: «…надолго, а не на год-два»), is all words the documents use, its last term one a
    quote of the text says («долгосрочный»; the President of «курса Токаева»); not «опасными»,
    «поспешными», «опасными для прав граждан»."""
    last = max(i for i, w in enumerate(found) if _deeming(w))
    held = ctx.analyzer.analyse(" ".join(found[last + 1 : _weighed_at(found)])).terms
    return bool(held) and all(t.known for t in held) and _quoted_with(ctx, held[-1].value, set())


def _deemed_worth(ctx: ReaderContext, found: tuple[str, ...]) -> bool:
    """A word of worth or need (WORTH_WORDS) within WORTH_SPAN of a verb of deeming: «считает
    важным», "considered necessary", «қажет деп саналады»."""
    worth = ctx.analyzer.analyse(WORTH_WORDS).values
    return any(
        worth & ctx.analyzer.analyse(" ".join(found[max(0, i - WORTH_SPAN) : i + WORTH_SPAN + 1])).values
        for i, w in enumerate(found)
        if _deeming(w)
    )


def _deeming(word: str) -> bool:
    """A verb of naming or deeming a thing something, by its lemma or (English, Kazakh) its form."""
    return word in DEEMING_FORMS or shared_morphology().info(word).lemma in DEEMING_LEMMAS


def _without_the_deeming(ctx: ReaderContext, analysis: Analysis, cut: int | None) -> Analysis:
    """The grounds of the text's own quality asked: the verb of deeming («считается») and the
    alternative weighed against the quality, closing the question in a few words («а не разовой
    мерой»: WEIGHED_SPAN; «…, а не разовой мерой в экономике» names more, and keeps it), are no
    subject the entry must hold; only when a word the documents use is left."""
    found = analysis.words
    dropped = [w for w in found if _deeming(w)]
    if cut is not None:
        start = cut + next(len(m) for m in WEIGHED_AGAINST if tuple(found[cut : cut + len(m)]) == m)
        if len(found) - start <= WEIGHED_SPAN:
            dropped += found[start:]
    return less_words(ctx, analysis, dropped)


def _weighed_at(found: tuple[str, ...]) -> int | None:
    """Where an alternative weighed against the quality opens (WEIGHED_AGAINST: «а не», «вместо»),
    past the question's first word; None when it has none."""
    return next(
        (
            i
            for i in range(1, len(found))
            if any(tuple(found[i : i + len(marker)]) == marker for marker in WEIGHED_AGAINST)
        ),
        None,
    )


def _quality_words(found: tuple[str, ...]) -> tuple[str, ...]:
    """The word closing the question, and the one right before an alternative weighed against it
    («…последовательной, а не разовой мерой?»), where the quality may stand."""
    cut = _weighed_at(found)
    return (*found[-1:], *((found[cut - 1],) if cut is not None else ()))


def _quoted_with(ctx: ReaderContext, value: str, things: set[str]) -> bool:
    """A quote of the entries holds the value, alone or as a word of one of its phrases
    («долгосрочный» of «долгосрочный ориентир»), and the things the question calls so, so too (the
    text calls the changes progressive, not the reform; the constitutional reform consistent)."""
    return any(
        _in_quote(value, quote) and all(_in_quote(thing, quote) for thing in things)
        for quote in ctx.quoted_values()
    )


def _in_quote(value: str, quote: frozenset[str]) -> bool:
    """The quote holds the value, alone or as a word of one of its phrases («реформа» of
    «конституционная реформа»)."""
    return value in quote or any(value in v.split() for v in quote)


def topic_noun(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Затрагивалась ли проблема неодинакового применения законов?», «Обсуждался ли вопрос защиты
    данных?»: whether a topic was discussed, named by a generic noun («проблема», «вопрос») before
    the genitive that says which, asks whether that was discussed: the noun is no subject of its own.
    The same for the place a topic took («Какое место заняла тема прав человека?»).
    «Какие проблемы применения законов назвали?» (the problems asked for, with an asking word) and a
    noun with no genitive after it keep it («Какие темы обсуждались?»)."""
    found = analysis.words
    morphology = shared_morphology()
    lemmas = [morphology.info(w).lemma for w in found]
    place = _place_taken(lemmas)
    if DISCUSSING_LEMMAS.isdisjoint(lemmas) and not place:
        return analysis
    nouns = PLACE_TOPIC_NOUNS if place else TOPIC_NOUNS
    dropped = [
        found[i]
        for i in range(len(found) - 1)
        if lemmas[i] in nouns
        and (i == 0 or lemmas[i - 1] not in WHICH_WORDS)
        and _genitive_after(found, i + 1)
    ]
    return less_words(ctx, analysis, dropped) if dropped else analysis


def at_a_level(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Что предлагается делать с персональными данными на конституционном уровне?»: a level named
    by an adjective the documents use («конституционный») is the domain the adjective names, no
    subject of its own. With an adjective they never use («на региональном уровне») the level
    stays: a detail they do not give. So is the Constitution's level named by the noun after it, in
    the genitive («на уровне Конституции»: the constitutional level; «на уровне преамбулы»: in the
    Preamble); not another's («на уровне закона», «на уровне человека»: a level the documents never
    speak of)."""
    found = analysis.words
    morphology = shared_morphology()
    dropped = [
        found[i + 2]
        for i in range(len(found) - 2)
        if found[i] in AT_LEVEL
        and morphology.info(found[i + 2]).lemma == LEVEL_NOUN
        and morphology.info(found[i + 1]).pos == "ADJF"
        and _known_word(ctx, found[i + 1])
    ]
    dropped += [
        found[i + 1]
        for i in range(len(found) - 2)
        if found[i] in AT_LEVEL
        and morphology.info(found[i + 1]).lemma == LEVEL_NOUN
        and morphology.genitive_noun(found[i + 2])
        and _constitution_part(ctx, found[i + 2])
    ]
    return less_words(ctx, analysis, dropped) if dropped else analysis


def _constitution_part(ctx: ReaderContext, word: str) -> bool:
    """The word names the Constitution or its Preamble (CONSTITUTION_PARTS), nothing else."""
    values = ctx.analyzer.analyse(word).values
    return bool(values) and values <= ctx.analyzer.analyse(CONSTITUTION_PARTS).values


def _known_word(ctx: ReaderContext, word: str) -> bool:
    """The word reads as terms, each one the knowledge base knows."""
    terms = ctx.analyzer.analyse(word).terms
    return bool(terms) and all(t.known for t in terms)


# «поднимать уровень правовой грамотности», «повысить уровень правосознания»: a verb of raising with
# «уровень» and the genitive after it raises that thing, the text's «повышение» (level_raised)
RAISED = "повышение"


def level_raised(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Как участники предлагают поднимать уровень правовой грамотности?»: raising the level of a
    thing is raising the thing (the text's «повышение качества…»): the level is no subject of its
    own, and the verb of raising is read as the text's noun. Only right before a genitive («поднимать
    уровень образования»); «до уровня преамбулы» is a rank (raised_to_a_rank). What is raised must
    still be the documents' («уровень жизни» keeps its life, never named, and declines)."""
    morphology = shared_morphology()
    found = analysis.words
    for i, (word, after) in enumerate(itertools.pairwise(found)):
        if (
            morphology.info(word).lemma in RAISING_VERBS
            and morphology.info(after).lemma == LEVEL_NOUN
            and _genitive_after(found, i + 2)
        ):
            dropped = ctx.analyzer.analyse(f"{word} {after}").values
            kept = tuple(t for t in analysis.terms if t.value not in dropped)
            if not kept:
                return analysis
            raised = ctx.analyzer.analyse(RAISED).terms
            return replace(analysis, terms=kept + raised, values=frozenset(t.value for t in kept + raised))
    return analysis


def raised_to_a_rank(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Зачем принцип поднимать до уровня преамбулы?», «возвести его в ранг конституционной
    ценности»: a verb of raising with a rank («до уровня», «в ранг») a few words on asks about placing
    the thing there, as «закрепить в преамбуле» does: the verb and the rank noun are read as that one
    verb. Not a level of its own («уровень преступности», «поднимать уровень образования»: no
    preposition of reaching)."""
    morphology = shared_morphology()
    found = analysis.words
    lemmas = [morphology.info(w).lemma for w in found]
    for i, lemma in enumerate(lemmas):
        if lemma not in RAISING_VERBS:
            continue
        after = range(i + 1, min(i + 1 + RAISING_SPAN, len(found) - 1))
        rank = next((r for r in (_rank_at(found, lemmas, j) for j in after) if r is not None), None)
        if rank is None:
            continue
        dropped = ctx.analyzer.analyse(f"{found[i]} {found[rank]}").values
        placing = ctx.analyzer.analyse(PLACING).terms
        kept = tuple(t for t in analysis.terms if t.value not in dropped) + placing
        return replace(analysis, terms=kept, values=frozenset(t.value for t in kept))
    return analysis


# «до конституционного уровня»: the preposition of a rank reached, whose rank may stand past an adjective
REACHING = "до"


def _rank_at(found: tuple[str, ...], lemmas: list[str], at: int) -> int | None:
    """Where the rank noun of a preposition at `at` stands: right after it («до уровня»), or, after
    «до», past one adjective («до конституционного уровня»). «на конституционный уровень» stays as
    read before (what raising the principle there means, not placing it in the Preamble)."""
    for j in (at + 1, at + 2) if found[at] == REACHING else (at + 1,):
        if j >= len(found):
            return None
        if (found[at], lemmas[j]) in RANKS:
            return j
        if shared_morphology().info(found[j]).pos != "ADJF":
            return None
    return None


# «что даст реформа людям?»: the people as a whole (people.PEOPLE_AT_LARGE), to whom a thing gives
# what it brings
DATIVE = "datv"
EFFECT_KIND = "effect"


def given_to_people(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Что даст реформа людям?», «Что дадут изменения населению?»: what a thing brings to the
    people at large (a dative of them) is what it brings: they are whom it gives to, not what is
    asked. Only the people as a whole: «Что даст реформа пенсионерам?» asks of a group the text
    never names."""
    if EFFECT_KIND not in analysis.kinds:
        return analysis
    morphology = shared_morphology()
    given = [
        w
        for w in analysis.words
        if morphology.info(w).lemma in PEOPLE_AT_LARGE and (morphology.case_of(w) or ("", False))[0] == DATIVE
    ]
    return less_words(ctx, analysis, given) if given else analysis


# «число участковых», «число полицейских»: «число» before the genitive of the things counted asks how
# many of them there are, as «количество» does (number_of_things); not «в число участников», «из числа
# экспертов» (who is among them) nor «каким числом», «число мероприятия» (a date), as the word forms
NUMBER_FORMS = frozenset({"число", "числа", "числу", "числом", "числе"})
AMONG_PREPOSITIONS = frozenset({"в", "во", "из", "к"})
QUANTITY_WORD = "количество"
# the things counted are in the genitive plural («число депутатов»); «число мероприятия» is its date
GENITIVE_PLURAL = ("gent", True)


def number_of_things(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Увеличат ли число участковых инспекторов?»: the number of things, which the documents give
    of nothing, is asked as «количество» (a word they never use), not as the date «число» that the
    knowledge base knows («Каким числом датирован…?»). «Входил ли он в число участников?» (among
    them) stays as asked."""
    found = analysis.words
    morphology = shared_morphology()
    at = [
        i
        for i in range(len(found) - 1)
        if found[i] in NUMBER_FORMS
        and (i == 0 or found[i - 1] not in AMONG_PREPOSITIONS)
        and morphology.case_of(found[i + 1]) == GENITIVE_PLURAL
    ]
    if not at:
        return analysis
    return read_with(ctx, analysis, at, QUANTITY_WORD)


# «Какое государство строит новую модель?»: a which-word right before «государство» asks which country,
# read as «какая страна» (which_state); the lemma and the word it is read as
STATE_LEMMA = "государство"
COUNTRY_WORD = "страна"
# the state asked as the one that does or undergoes a thing («Какое государство строит…»), not whose thing
# is named («модель какого государства»: the text's name for it, Справедливый Казахстан, answers)
STATE_ASKED_CASES = frozenset({"nomn", "accs"})


def which_state(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Какое государство строит новую конституционную модель?»: «государство» after a which-word
    asks which country, as «Какая страна…?» does (the text names the Republic of Kazakhstan), not
    of the state the text speaks of («развития государства»), which the entry naming the country
    need not hold. «Каким будет государство?» (no which-word before it) and «модель какого
    государства» (whose model: the text names it «Справедливый Казахстан») keep it (and «конституции
    какого государства»: whose_whole)."""
    found = analysis.words
    morphology = shared_morphology()
    at = {
        i
        for i in range(1, len(found))
        if morphology.info(found[i]).lemma == STATE_LEMMA
        and morphology.info(found[i - 1]).lemma in WHICH_WORDS
        and (morphology.case_of(found[i]) or ("", False))[0] in STATE_ASKED_CASES
    }
    if not at:
        return analysis
    return read_with(ctx, analysis, at, COUNTRY_WORD)


# several countries asked by a which-word («Какие страны…», «каких государств», "which countries"): the
# surface forms of the English ones (after ENGLISH_WHICH), and what they are read as (several_countries)
ENGLISH_COUNTRIES = frozenset({"countries", "states", "nations"})
OTHER_COUNTRIES = "зарубежные страны"
OTHER_COUNTRIES_EN = "foreign countries"


def several_countries(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Какие страны участвовали?», "Which countries took part?": a plural which-word before a
    country asks which of several countries, while the documents speak of one, the country whose
    constitution is discussed: the question asks of other countries («зарубежные страны»), which
    the text does not name. A single one asked («Какая страна…?», «Конституция какой страны…?»)
    keeps its readings (which_state, whose_whole)."""
    found = analysis.words
    morphology = shared_morphology()
    russian = {
        i
        for i in range(1, len(found))
        if found[i - 1] in WHICH_PLURAL and morphology.info(found[i]).lemma in COUNTRY_LEMMAS
    }
    english = {
        i for i in range(1, len(found)) if found[i - 1] in ENGLISH_WHICH and found[i] in ENGLISH_COUNTRIES
    }
    if russian:
        return read_with(ctx, analysis, russian, OTHER_COUNTRIES)
    if english:
        return read_with(ctx, analysis, english, OTHER_COUNTRIES_EN)
    return analysis


# «Конституция какой страны…», «О конституции какого государства…»: the country asked as the owner of
# the documents' whole (whose_whole), by lemma; the words that, beside it, only say the whole was talked
# about; and the question it asks then
COUNTRY_LEMMAS = frozenset({COUNTRY_WORD, STATE_LEMMA})
TALKED_ABOUT = "обсуждать обсуждаться касаться рассматривать рассматриваться идти речь"
WHICH_COUNTRY = "о какой стране идёт речь"


def whose_whole(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Конституция какой страны обсуждалась?», «О конституции какого государства идёт речь?»: a
    which-word and a country right after the documents' whole (their constitution, draft, reform)
    ask whose it is, which country («О какой стране идёт речь?»: the text names the Republic of
    Kazakhstan); the whole is the frame of that question, no subject, and «государство» is read as
    «страна»; with nothing else but its being talked about, the question is that one. Not a country
    asked otherwise («Какие страны поддержали реформу?»: who supported it)."""
    found = analysis.words
    morphology = shared_morphology()
    for i in range(1, len(found) - 1):
        if (
            morphology.info(found[i]).lemma in WHICH_WORDS
            and morphology.info(found[i + 1]).lemma in COUNTRY_LEMMAS
            and ctx.analyzer.analyse(found[i - 1]).values & ctx.whole
        ):
            read = less_words(ctx, read_with(ctx, analysis, {i + 1}, COUNTRY_WORD), (found[i - 1],))
            talked = ctx.analyzer.analyse(TALKED_ABOUT).values | ctx.event | ctx.pieces
            country = ctx.analyzer.analyse(COUNTRY_WORD).values
            return ctx.analyzer.analyse(WHICH_COUNTRY) if read.values - country <= talked else read
    return analysis


# «Какой страны касается модель?», «К какой стране относится реформа?»: the verbs that, beside a
# country asked by a which-word, only ask whose a thing is (country_concerned), as lemmas
CONCERNING_LEMMAS = frozenset({"касаться", "коснуться", "относиться"})


def country_concerned(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Какой страны касается конституционная модель, о которой говорилось?», «К какому государству
    относится реформа?»: a country asked by a which-word beside a verb of concerning asks whose the
    thing named is, as «Конституционная модель какой страны?» does (the text names the Republic of
    Kazakhstan); the verb is the frame of that question, no subject the documents must use. The
    thing stays asked: «Какой страны касается пенсионная реформа?» is judged by its pension."""
    found = analysis.words
    morphology = shared_morphology()
    lemmas = [morphology.info(w).lemma for w in found]
    asked = any(a in WHICH_WORDS and b in COUNTRY_LEMMAS for a, b in itertools.pairwise(lemmas))
    verbs = [w for w in found if morphology.info(w).lemma in CONCERNING_LEMMAS]
    if not asked or not verbs:
        return analysis
    return less_words(ctx, analysis, verbs)


# «во всех случаях», «в каждом случае», «в любом случае»: a case under a word of every one, by lemma
# (in_every_case) a case, or a place of the country («во всех регионах», «в каждом городе»); so do
# «в разных регионах», «в различных случаях» when the question asks whether a thing differs across
# them or is the same (a word of DIFFERING): no one of them is asked. «Что изменится в разных
# регионах?» asks of the regions.
CASE_LEMMAS = frozenset({"случай", "регион", "район", "город", "населённый", "местность"})
EVERY_LEMMAS = frozenset({"весь", "каждый", "любой", "всякий"})
VARIETY_LEMMAS = frozenset({"разный", "различный"})
DIFFERING_LEMMAS = frozenset(
    {"отличаться", "различаться", "одинаково", "одинаковый", "единообразно", "единообразный", "унифицировать"}
)
# «ко всем, без исключений», «все без исключения»: «без» and an exception after a word of every one
WITHOUT = "без"
EXCEPTION_LEMMA = "исключение"
ALL_WORD = "все"  # the dictionary reads the bare «все» as a particle, not as «весь»


def in_every_case(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Обсуждалось ли одинаковое применение законов во всех случаях?», «…во всех регионах?»: «in
    every case», «in every region», «ко всем, без исключений» say how widely a thing holds (as
    «всегда», «везде»), and «в разных регионах» across what it may differ, naming no
    case or place of its own; its noun is no subject. A case named by what it is («случаи
    нарушений», «в случае утечки данных») or one region («в моём регионе») stays asked."""
    found = analysis.words
    morphology = shared_morphology()
    cases = [
        (before, word)
        for before, word in itertools.pairwise(found)
        if morphology.info(word).lemma in CASE_LEMMAS
    ]
    every: list[str] = []
    if cases:  # (whether the question asks of differing is read only when a case or place is named)
        differing = _differently_at(found) or any(morphology.info(w).lemma in DIFFERING_LEMMAS for w in found)
        spread = EVERY_LEMMAS | VARIETY_LEMMAS if differing else EVERY_LEMMAS
        every = [word for before, word in cases if morphology.info(before).lemma in spread]
    every += _without_exception(found)
    every += _every_place_en(found)
    every += _in_and_outside(found)
    return less_words(ctx, analysis, every) if every else analysis


# «в суде и вне его», «как в суде, так и вне суда»: a place and what lies outside it, together
# everywhere (_in_and_outside); the preposition of "outside", those of "in", and the pronouns after
# «вне» pointing back at the place
OUTSIDE_WORD = "вне"
IN_WORDS = frozenset({"в", "во"})
OUTSIDE_SPAN = 4
PLACE_BACK = frozenset({"его", "её", "ее", "их", "него", "неё", "нее", "них"})


def _in_and_outside(found: tuple[str, ...]) -> list[str]:
    """«улучшать механизмы защиты прав в суде и вне его»: a place joined by «и» to the space outside
    it («вне его», «вне суда») names both, everywhere, as «во всех случаях» does: the place is no
    subject of its own. «Что изменится в судах?», «вне суда» alone keep their noun."""
    if OUTSIDE_WORD not in found:
        return []
    morphology = shared_morphology()
    for i, word in enumerate(found):
        if word != OUTSIDE_WORD or i < 3 or found[i - 1] != "и" or i + 1 >= len(found):
            continue
        opening = next(
            (j for j in range(i - 2, max(-1, i - 2 - OUTSIDE_SPAN), -1) if found[j] in IN_WORDS), None
        )
        if opening is None:
            continue
        place = found[opening + 1]
        after = found[i + 1]
        if after in PLACE_BACK:  # «вне его»
            return [place]
        if morphology.info(after).lemma == morphology.info(place).lemma:  # «вне суда»
            return [place, after]
    return []


# «одинаково / единообразно»: the same way everywhere (applied_alike); the verbs of applying a law or
# reading it, as lemmas, and the text's word for the act the pair names
ALIKE_WORDS = frozenset({"одинаково", "единообразно"})
READING_ALIKE = frozenset({"толковать", "истолковать", "трактовать"})
APPLYING_VERBS = frozenset({"применять", "применить", "применяться"})
APPLIED = "применяли"
APPLYING_LEMMAS = APPLYING_VERBS | READING_ALIKE
ALIKE_SPAN = 3
# «в разных местах», «в различных регионах» (VARIETY_LEMMAS): the places a thing applied alike is applied
# in, as widely as «везде» (applied_alike; not without «одинаково»: «Что изменится в разных регионах?»)
PLACE_LEMMAS = CASE_LEMMAS | {"место"}


# «применяют по-разному» (typed «по-разному», read as two words): a law applied differently, the other
# side of applying it alike (applied_alike), which the same text answers
DIFFERENTLY = ("по", "разному")
ALIKE = "одинаково"


def _differently_at(found: tuple[str, ...]) -> list[int]:
    """Where «по-разному» ends (the place of «разному»)."""
    return [i for i in range(1, len(found)) if (found[i - 1], found[i]) == DIFFERENTLY]


def applied_alike(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«…чтобы все органы одинаково толковали нормы права», «чтобы органы… одинаково применяли нормы»:
    a law applied or read the same way is the text's «единообразное применение законодательства»,
    which names no one who applies it: reading it alike is applying it alike (the verb is read as
    «применять»), and a generic doer («органы», «ведомства», «люди»: ctx.agents) or the places it is
    done in («в разных местах») are no subject of their own. Not when the doer is what is asked
    («Какие органы будут одинаково применять законы?») nor a body the documents name
    («правоохранительные органы» is read as that body, no agent)."""
    found = analysis.words
    differently = _differently_at(found)
    if ALIKE_WORDS.isdisjoint(found) and not differently:
        return analysis
    morphology = shared_morphology()
    lemmas = [morphology.info(w).lemma for w in found]
    if any(lemma in WHICH_WORDS or lemma == "кто" for lemma in lemmas):
        return analysis
    alike = [i for i, w in enumerate(found) if w in ALIKE_WORDS] + differently
    verbs = {
        j
        for i in alike
        for j in range(max(0, i - ALIKE_SPAN), min(len(found), i + ALIKE_SPAN + 1))
        if lemmas[j] in APPLYING_LEMMAS
    }
    if not verbs:
        return analysis
    doers = {i for i, w in enumerate(found) if ctx.analyzer.analyse(w).values & ctx.agents}
    places = {
        k
        for i in range(1, len(found))
        if lemmas[i] in PLACE_LEMMAS and lemmas[i - 1] in VARIETY_LEMMAS
        for k in (i - 1, i)
    }
    if not doers | places and not differently and all(lemmas[j] in APPLYING_VERBS for j in verbs):
        return analysis  # nothing read otherwise
    # («по-разному»: whether a law is applied differently is whether it is applied alike)
    read_as = dict.fromkeys(differently, ALIKE) | dict.fromkeys(verbs, APPLIED)
    gone = doers | places | {i - 1 for i in differently}
    kept = [read_as.get(i, w) for i, w in enumerate(found) if i not in gone]
    read = ctx.analyzer.analyse(" ".join(kept))
    return replace(read, kinds=analysis.kinds | read.kinds)


# «инструменты (правовой) защиты»: the means of a protection, the text's «механизмов правовой защиты»
# (instruments_of_protection; not «аналитические инструменты», the digital direction's analysis)
INSTRUMENT_LEMMA = "инструмент"
PROTECTION_LEMMA = "защита"
MECHANISMS = "механизмы"
PROTECTION_SPAN = 2


def instruments_of_protection(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Шла ли речь о том, чтобы улучшить инструменты защиты прав людей?»: the instruments of a
    protection (its genitive within two words after them) are its mechanisms, as the text calls
    them; the noun is read as «механизмы». Other instruments keep their word."""
    found = analysis.words
    if not any(w.startswith(INSTRUMENT_LEMMA) for w in found):
        return analysis
    morphology = shared_morphology()
    lemmas = [morphology.info(w).lemma for w in found]
    at = {
        i
        for i, lemma in enumerate(lemmas)
        if lemma == INSTRUMENT_LEMMA and PROTECTION_LEMMA in lemmas[i + 1 : i + 1 + PROTECTION_SPAN]
    }
    return read_with(ctx, analysis, at, MECHANISMS) if at else analysis


# the same in English, as typed: "in all regions", "in every case", "from one region to another"
CASE_WORDS_EN = frozenset({"region", "regions", "city", "cities", "case", "cases", "place", "places"})
EVERY_WORDS_EN = frozenset({"all", "every", "each", "any"})
# "in different regions" as widely as "in all regions" when the question asks of a thing being the same
# or differing across them ("applied the same way in different regions"), as in Russian
VARIETY_WORDS_EN = frozenset({"different", "various"})
DIFFERING_WORDS_EN = frozenset(
    {"same", "differ", "differs", "vary", "varies", "uniform", "uniformly", "consistent"}
)
ONE_TO_ANOTHER = ("one", "to", "another")


def _every_place_en(found: tuple[str, ...]) -> list[str]:
    """ "applied the same way in all regions", "from one region to another": a case or place under a
    word of every one, or between "from one" and "to another", says how widely a thing holds."""
    if CASE_WORDS_EN.isdisjoint(found):
        return []
    dropped: list[str] = []
    spread = EVERY_WORDS_EN | VARIETY_WORDS_EN if DIFFERING_WORDS_EN.intersection(found) else EVERY_WORDS_EN
    for i, word in enumerate(found):
        if word not in CASE_WORDS_EN or i == 0:
            continue
        if found[i - 1] in spread:
            dropped.append(word)
        elif (found[i - 1], *found[i + 1 : i + 3]) == ONE_TO_ANOTHER:
            dropped += [found[i - 1], word, found[i + 2]]  # (the phrase names no one thing)
    return dropped


def _without_exception(found: tuple[str, ...]) -> list[str]:
    """«одинаково ко всем, без исключений», «все без исключения»: after a word of every one, «без
    исключения» only stresses that all are meant (as «во всех случаях»); no exception is asked. «Есть
    ли исключения?» (no «без», no word of every one before) keeps its noun."""
    morphology = shared_morphology()
    for i, (before, word) in enumerate(itertools.pairwise(found)):
        excepted = before == WITHOUT and morphology.info(word).lemma == EXCEPTION_LEMMA
        if excepted and any(w == ALL_WORD or morphology.info(w).lemma in EVERY_LEMMAS for w in found[:i]):
            return [word]
    return []


# «Конституционную модель какого государства обсуждали?», «О каком государстве идёт речь в конституционной
# модели?»: the text names the constitutional model with its country («конституционной модели Республики
# Казахстан»); the values naming it, and the country's name the which-country is read as
CONSTITUTIONAL_MODEL = frozenset({"конституционный", "модель"})
MODEL_COUNTRY = "казахстана"
# several countries asked («Какие страны поддержали…»): not the one that owns it
WHICH_PLURALS = WHICH_PLURAL | frozenset({"которые", "которых", "которым", "которыми"})
# another country's model, compared with or taken as a pattern («С моделью какого государства сравнивали»,
# «взяли за образец»), as lemmas
OTHER_MODEL_LEMMAS = DIFFERENCE_LEMMAS | frozenset(
    {"образец", "пример", "заимствовать", "перенять", "копировать"}
)


def country_of_model(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Конституционную модель какого государства обсуждали участники?»: a which-word and a country
    beside the constitutional model ask whose model it is, the country the text names with it (the
    Republic of Kazakhstan): the country is read as that name. Not a model alone («Модель какого
    государства формирует реформа?»: the text names that one «Справедливый Казахстан»), nor a country
    asked with no model («Какие страны поддержали реформу?»)."""
    if not analysis.values >= CONSTITUTIONAL_MODEL:
        return analysis
    found = analysis.words
    morphology = shared_morphology()
    if any(morphology.info(w).lemma in OTHER_MODEL_LEMMAS for w in found):
        return analysis
    at = {
        i
        for i in range(1, len(found))
        if morphology.info(found[i]).lemma in COUNTRY_LEMMAS
        and morphology.info(found[i - 1]).lemma in WHICH_WORDS
        and found[i - 1] not in WHICH_PLURALS
    }
    if not at:
        return analysis
    return read_with(ctx, analysis, at, MODEL_COUNTRY)


# «продолжить работу с населением»: work with the public that is to be continued (work_continued); the
# verbs and noun of continuing, the noun of work and the people it is done with, as lemmas
CONTINUING_LEMMAS = frozenset({"продолжать", "продолжить", "продолжение", "продолжаться"})
WORK_LEMMA = "работа"
WITH_WORDS = frozenset({"с", "со"})
PUBLIC_LEMMAS = frozenset({"население", "гражданин", "человек", "люди", "общество", "общественность"})


def work_continued(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Какую работу с населением предложил продолжить генпрокурор?»: work with the public that is to be
    continued is the work the text calls to continue, «продолжения системной разъяснительной работы»
    (with the professional and civil community); «работа с населением» is then no name of the service
    model of law enforcement (synonyms.yaml), which the text calls to develop, not to continue: the
    people it is done with are dropped and the work is read alone. Without a word of continuing
    («Как изменится работа с населением?») the phrase keeps its reading."""
    found = analysis.words
    if not any(w.startswith("продолж") for w in found):
        return analysis
    morphology = shared_morphology()
    lemmas = [morphology.info(w).lemma for w in found]
    if CONTINUING_LEMMAS.isdisjoint(lemmas):
        return analysis
    dropped = {
        k
        for i in range(len(found) - 2)
        if lemmas[i] == WORK_LEMMA and found[i + 1] in WITH_WORDS and lemmas[i + 2] in PUBLIC_LEMMAS
        for k in (i + 1, i + 2)
    }
    if not dropped:
        return analysis
    read = ctx.analyzer.analyse(" ".join(w for i, w in enumerate(found) if i not in dropped))
    return replace(read, kinds=analysis.kinds | read.kinds)


# «законные интересы жителей»: the interests of residents (residents_interests), the text's «законных
# интересов населения»; the nouns by lemma, and the word they are read as
INTEREST_LEMMA = "интерес"
RESIDENT_LEMMA = "житель"
POPULATION = "населения"


def residents_interests(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Что говорится о защите законных интересов жителей?»: the interests of the residents are those
    of the population, as the text says («защиту законных интересов населения»): «жителей» right after
    «интересы» is read as «населения». Residents named otherwise («жители сёл», «жителям разъясняют»)
    keep their word: a plain [житель, население] group answered near misses (quality history)."""
    found = analysis.words
    if not any(w.startswith("жител") for w in found):
        return analysis
    morphology = shared_morphology()
    at = {
        i
        for i in range(1, len(found))
        if morphology.info(found[i]).lemma == RESIDENT_LEMMA
        and morphology.info(found[i - 1]).lemma == INTEREST_LEMMA
    }
    return read_with(ctx, analysis, at, POPULATION) if at else analysis


# «Какие технологии упомянуты…?», «Какие меры указаны в тексте?»: the short passive participle of
# mentioning (mentioned_in_text), as lemmas; not «перечислены», whose verb the entries' sample questions
# share («Перечислите участников»: the participants' categories «перечислены в сообщении» need it)
MENTIONED_LEMMAS = frozenset({"упомянуть", "указать"})
SHORT_PARTICIPLE = "PRTS"


def mentioned_in_text(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Какие новые технологии упомянуты в связи с правовой системой?»: a thing said to be mentioned
    is a thing the text names, as «названы» (a stopword) says; the participle is no subject the
    entries must hold. Only the short passive participle («упоминал ли генпрокурор…» asks of a
    speaker, read elsewhere)."""
    dropped = [t.value for t in analysis.terms if t.pos == SHORT_PARTICIPLE and t.value in MENTIONED_LEMMAS]
    return less(analysis, dropped) if dropped else analysis
