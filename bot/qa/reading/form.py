"""The form asked rather than the subject: a request addressed to the bot, how briefly or plainly
to answer (a headline asked for too), whom the answer is for (a journalist's readers), an item asked
by its place in a list or by its rank among the others, a term asked by its length."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from bot.qa.analyzer import Analysis
from bot.qa.kb import FORMAT_KIND
from bot.qa.morph import english_pos, shared_morphology
from bot.qa.reading.context import WHICH_WORDS, ReaderContext
from bot.qa.reading.edits import less, less_words, unless_asked_elsewhere
from bot.qa.subject import ALTERNATIVE_WORDS
from bot.qa.text import (
    CLOSING_PLEASE,
    QUESTION_OPENERS,
    kazakh_request_closing,
    telling_asked_of_you,
    told_audience,
)

# «Какое направление самое важное?», "Which area got the most attention?", «Қай бағыт ең маңызды?»: one
# thing asked as the first of several by some measure (ranked_first). The asking words (lemmas, and the
# partitive «что из», «кто из»; «какое из», "which of" ask one), their plural forms (which ask for
# several: the ones given special attention are an answer), and the superlatives: «самый» or «наиболее»
# before an adjective, a comparative before «всего» / «всех», "most" / "least", Kazakh «ең»; not «самое
# главное» (the gist)
RANK_ASKING = frozenset({"какой", "который", "which", "қай", "қандай"})
RANK_PARTITIVE = frozenset({("что", "из"), ("кто", "из")})
RANK_OF = frozenset({"из", "of"})
RANK_PLURALS = frozenset({"какие", "каких", "каким", "какими", "которые", "которых", "которым", "которыми"})
RANK_SUPERLATIVE = frozenset({"самый", "наиболее", "наименее", "most", "least", "ең"})
RANK_ALL = frozenset({"всего", "всех"})
RANK_GIST = frozenset({"главный", "основной", "главное"})
RANKING_KIND = "ranking"
# the parts of speech after «самый» that name no measure («в самом начале», «на самом деле»)
RANK_NOT_QUALITY = frozenset({"NOUN", "PREP", "CONJ", "PRCL"})
# A place in a list, named beside an ordinal (item_by_position), as lemmas
LIST_PLACE_WORDS = frozenset({"пункт", "позиция", "item", "point"})
# «второе по порядку», «третий по счёту»: «по» and one of these beside an ordinal say it is a place
# in a list, as a place word does (item_by_position)
COUNTING_WORDS = frozenset({"порядку", "счёту", "счету"})
# or beside the list itself («Какой пункт списка касается…?»: item_of_list)
LIST_WORDS = frozenset({"список", "перечень"})
# «на короткий срок», "in the long term": a term with an adjective of its length asks how long, not
# when (see term_length); so does «на какой срок», "for what term" (for how long); «в какой срок»
# (by when) still asks when.
TERM_WORDS = frozenset({"срок", "term"})
DURATION_PREPOSITIONS = frozenset({"на", "for"})
# «Какой срок у ориентиров — краткосрочный или долгосрочный?»: a length offered in the question (the
# value of its words, synonyms.yaml) says the term asked is one of length; «срок действия» is how long
# a thing holds (the noun by lemma)
LENGTH_WORD = "долгосрочный"
# the adjectives of a term's length read as that word («на долгий срок»: _length_named)
LENGTH_ADJECTIVES = frozenset({"долгий", "длительный", "продолжительный", "короткий", "краткий"})
HOLDING = "действие"
NUMERAL = "NUMR"  # a numeral's part of speech
# «сроки, на которые рассчитаны…»: the relative that asks the same (_term_meant_for)
RELATIVE_WHICH = "который"
# «в двух словах», «одним словом», «одной фразой», "in a few words", "in one paragraph", "a one-line
# summary": how briefly to answer, not what is asked (see without_brevity); a count word is a numeral
# or one of these.
BREVITY_NOUNS = frozenset(
    {
        *("слово", "word", "сөз", "sentenc", "предложение", "сөйлем", "абзац", "paragraph"),
        *("фраза", "phrase", "строка", "строчка", "line"),
    }
)
# «Дай короткий заголовок: …», "Suggest a headline for…": a headline asked for is the reply's form,
# as a count of words is; the headline of the piece being read («Какой заголовок у пресс-релиза?») is
# asked of the documents. Asked for: after a request (a Russian imperative, an English request verb
# opening the question), the adjectives of its length between them.
HEADLINE_NOUNS = frozenset({"заголовок", "headline"})
# "the key takeaway", "key messages", "key remarks": "key" before an English noun names its main one,
# as "main" (a stopword) does; in the question only: the knowledge base's own "key directions" keep it
MAIN_MODIFIERS = frozenset({"key"})
# «ключевая мысль», «ключевой тезис»: the Russian "key" before a noun names its main one too, as
# «главный» (a stopword) does («ключевые направления» keep their noun); by lemma
MAIN_LEMMAS = frozenset({"ключевой"})
MAIN_WORD = "main"
ENGLISH_REQUESTS = frozenset({"give", "suggest", "write", "make", "propose"})
SHORT_WORDS = frozenset({"короткий", "краткий", "short", "brief", "quick"})
REQUEST_FILLERS = frozenset({"мне", "нам", "me", "us", "a", "an"})
# "the headline takeaway", "the headline message": "headline" before a noun is its main one, as "main"
# (a stopword) is; the noun after it (no function word: "the headline of the release") is asked
# "for our readers", "for a German audience": whom the answer is for (a journalist's readers), not what
# is asked; "for" then up to AUDIENCE_SPAN words then one of these (English, as typed)
AUDIENCE_NOUNS = frozenset(
    {"reader", "readers", "audience", "audiences", "viewers", "listeners", "subscribers", "followers"}
)
AUDIENCE_SPAN = 3
# «предложение» is a proposal too («два предложения генпрокурора»): a length only in the form that
# says how («одним предложением», «в двух предложениях»)
PROPOSAL_NOUN = "предложение"
# «в 2х словах», «в 3-х предложениях», «в 3 словах»: a count in digits, bare or with the ending of its
# case typed after it (chat writing), counts as a numeral does
DIGIT_COUNT = re.compile(r"\d+(?:-?(?:х|ух|ех|ёх|ти|ми|м))?")
# «в трёх тезисах», «в 3 тезиса»: points of a summary, a form of the reply only after «в» and a count
# («какие три тезиса выдвинул…» asks for them)
FORM_NOUNS = frozenset({"тезис"})
FORM_IN = frozenset({"в", "во"})
MANNER_ENDINGS = ("ием", "иями", "ии", "иях")
COUNT_WORDS = frozenset({"один", "пара", "one", "two", "three", "few", "couple", "coupl", "бір", "екі"})
# "a couple of sentences": the count may stand before "of" ("coupl": "couple" by its stem)
COUNT_OF = "of"
# «двух или трёх», "two or three": the words joining two counts of a range (_counts_before)
COUNT_JOINERS = frozenset({"или", "либо", "or"})
# «Какие две главные мысли…», «Назовите три направления»: a number right after a word asking which
# things (or asking them named) is how many the asker wants (without_count_wanted); by lemma
NAMING_LEMMAS = frozenset({"назвать", "перечислить"})
# «Объясни, о чём был круглый стол», "Explain what the Prosecutor General said": the imperative of a
# verb of explaining opening the question asks the bot to answer (see without_request)
REQUEST_VERBS = frozenset(
    {
        *("объясни", "объясните", "поясни", "поясните", "разъясни", "разъясните", "explain"),
        # typed with «ь» for «ъ», as often as not in chat
        *("обьясни", "обьясните", "разьясни", "разьясните"),
        *("уточни", "уточните", "clarify"),
        # «Подтвердите дату…», "Confirm the date…": a detail asked to be confirmed is asked told
        *("подтверди", "подтвердите", "confirm"),
        # «Сравните X и Y»: a comparison asked of the bot, which tells what each is
        *("сравни", "сравните", "сопоставь", "сопоставьте", "compare"),
        # «Приведите цели…», «Приведи пример…»: things asked to be cited, as «назовите» asks them named
        *("приведи", "приведите"),
    }
)
# «Прошу изложить основные выводы», «Просим предоставить информацию о…»: a formal request, «прошу» and
# the infinitive of what the bot is to do, asks what follows as an imperative does; the information
# asked for («информацию», «сведения») names no subject either
FORMAL_REQUESTS = frozenset({"прошу", "просим"})
INFORMATION_WORDS = frozenset({"информация", "сведение", "данные", "справка"})
# information about a thing, spoken («инфа», parsed «инф»; «инфо») or not, before «про», «о» (see
# without_information_about)
SPOKEN_INFORMATION = frozenset({"информация", "сведение", "инфа", "инф", "инфо"})
ABOUT_WORDS = frozenset({"про", "о", "об", "насчёт", "насчет"})
# "The Embassy would be grateful for clarification as to whether…", "We would appreciate it if you
# could tell us what…": an English formal request, a word of thanks in advance within its first
# GRATEFUL_SPAN words, asks what its first question word opens
GRATEFUL_WORDS = frozenset({"grateful", "appreciate", "appreciated", "obliged"})
GRATEFUL_SPAN = 6
ENGLISH_ASKING = frozenset({"whether", "what", "who", "which", "when", "where", "how", "why"})
# «простыми словами», «своими словами», "in plain words": how plainly to answer, as a count says how
# briefly (see without_brevity)
PLAIN_WORDS = frozenset({"простой", "понятный", "доступный", "свой", "simpl", "plain"})
# «по-простому», «попроще», «проще говоря», "simply put": an adverb of plainness says how plainly to
# answer, as «простыми словами» does, with a word stressing it just before («совсем по-простому»);
# as phrases of the folded words («по-простому» folds to «по простому»)
PLAIN_PHRASES = (
    ("по", "простому"),
    ("по", "простецки"),
    ("попроще",),
    ("попросту",),
    ("проще", "говоря"),
    ("simply", "put"),
    ("in", "simple", "terms"),
    ("in", "plain", "terms"),
    # the Kazakh «қарапайым тілмен», «түсінікті тілмен» (in plain, clear language), «қарапайым сөзбен»
    ("қарапайым", "тілмен"),
    ("түсінікті", "тілмен"),
    ("қарапайым", "сөзбен"),
    ("қарапайым", "сөздермен"),
    # «без воды», «без лишних слов», «без лишней воды»: spoken "no padding", how tersely to answer
    ("без", "воды"),
    ("без", "лишней", "воды"),
    ("без", "лишних", "слов"),
)
PLAIN_STRESS = frozenset({"совсем", "совершенно", "максимально", "предельно", "очень", "very"})
# «по пунктам», «списком», "point by point": the reply asked as a list, how to answer (as a count of
# words is), not what is asked (see without_brevity); as phrases of the folded words
# «кто участвовал список»: the bare noun closing a question asked with these (_trailing_list), past
# at least two other words
LIST_TAIL = "список"
LIST_ASKERS = frozenset({"кто", "какие", "каких", "какой", "что"})
LIST_TAIL_MIN = 2
LIST_FORM_PHRASES = (
    ("по", "пунктам"),
    ("пунктами",),
    ("пункт", "за", "пунктом"),
    ("списком",),
    ("в", "виде", "списка"),
    ("point", "by", "point"),
    ("as", "a", "list"),
    ("in", "bullet", "points"),
)

# «О чём в целом был круглый стол?», «В общих чертах о чём…», "What was it about overall?": words of
# breadth say how broadly to answer a question asking what something is about (see
# without_breadth), as a count of words says how briefly; as phrases of the folded words
BREADTH_PHRASES = (
    ("в", "целом"),
    ("в", "общем"),
    ("в", "общих", "чертах"),
    ("в", "основном"),
    ("overall",),
    ("in", "general"),
    ("generally",),
    ("broadly",),
    ("on", "the", "whole"),
)
# «о чём», «про что»: a question asking what something is about (English: "about" with no word of
# its own after it but words of breadth, "What was the round table about overall?")
TOPIC_ASKING = (("о", "чем"), ("об", "чем"), ("про", "что"))
ENGLISH_TOPIC = "about"
# «общий итог», "the overall outcome", «итог в целом»: the outcome of the whole is the outcome, as the
# gist of it is what it is about (the concept the outcome's words read as; see the synonyms)
OUTCOME_CONCEPT = "итог"
# the adjectives of breadth right before the outcome's word
BREADTH_ADJECTIVES = frozenset({"общий", "общего", "общим", "общем", "overall", "general"})


# «Скажите честно, …», «Ответьте откровенно: …», "Tell me honestly, …": an adverb of frankness beside
# a request to tell says how the bot is to tell, no thing asked (without_frankness); as typed
FRANK_WORDS = frozenset({"честно", "откровенно", "начистоту", "по-честному", "прямо", "honestly", "frankly"})
COURTESY = frozenset({"пожалуйста", "please", "мне", "нам", "me", "us"})
TELLING_REQUESTS = frozenset(
    {
        *("скажи", "скажите", "ответь", "ответьте", "расскажи", "расскажите", "объясни", "объясните"),
        *("поясни", "поясните", "признайтесь", "признайся", "tell", "answer"),
    }
)


def without_frankness(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Скажите честно, что эти изменения должны улучшить?», «Честно скажите: кто участвовал?»:
    an adverb of frankness right before or after a request to tell asks how the bot tells, not
    of what; it is no subject. Not one of the question's own («Честно ли прошли выборы?», «прямо
    упоминается ли…»: what is asked, no request beside it)."""
    # («Скажите, пожалуйста, честно»: the courtesy between is no word of its own)
    if FRANK_WORDS.isdisjoint(analysis.words):
        return analysis  # no adverb of frankness (the common case)
    found = [w for w in analysis.words if w not in COURTESY]
    beside = [set(found[max(0, i - 1) : i]) | set(found[i + 1 : i + 2]) for i in range(len(found))]
    frank = [w for w, near in zip(found, beside, strict=True) if w in FRANK_WORDS and near & TELLING_REQUESTS]
    return less_words(ctx, analysis, frank) if frank else analysis


# «Каких выводов следует избегать?», «Кого стоит шире вовлекать?»: the impersonal forms of «следовать»
# and «стоить» that, before an infinitive, say only that a thing ought to be done (as «нужно»), and
# the adverbs that may stand between them and it (ought_to_do)
OUGHT_WORDS = frozenset({"следует", "следовало", "стоит", "стоило"})
OUGHT_BETWEEN = frozenset({"ADVB", "PRCL"})
# «Какую роль может сыграть X?», «Как могут измениться…?»: the present and past of «мочь» before an
# infinitive say only that the deed is possible (as «сыграет»); as typed, not «смочь» («Смогут ли
# граждане высказаться?» is the text's own question)
CAN_WORDS = frozenset({"может", "могут", "мог", "могла", "могло", "могли"})
INFINITIVE = "INFN"
# «как следует» is also "properly", and «как их следует обсуждать» asks a manner: a «как» this close
# before the modal keeps it (ought_to_do)
OUGHT_MANNER = "как"
OUGHT_MANNER_SPAN = 2


def ought_to_do(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Каких выводов, по мнению прокурора, следует избегать?», «Кого стоит шире вовлекать в
    обсуждение?»: an impersonal «следует» or «стоит» before an infinitive says that a thing ought to
    be done, as «нужно» does, which is no subject; what is asked is the deed. Not the verbs of their
    own: «Сколько стоит реформа?», «Что стоит за принципом?», «Что следует из доклада?» (no
    infinitive after); nor after a near «как» («как их следует обсуждать»: a manner asked, and «как
    следует» is also "properly"). So «может / могут» before an infinitive («Какую роль может
    сыграть X?»): a deed possible is asked as the deed."""
    found = analysis.words
    ought = [
        w
        for i, w in enumerate(found)
        if (
            w in CAN_WORDS
            or (w in OUGHT_WORDS and OUGHT_MANNER not in found[max(0, i - OUGHT_MANNER_SPAN) : i])
        )
        and _infinitive_after(found, i)
    ]
    return less_words(ctx, analysis, ought) if ought else analysis


# "How are the changes expected to affect public administration?": the English "expected" before "to"
# and a verb says only that the deed is to come, as "will" does; it is no subject (expected_to_do)
EXPECTED_WORD = "expected"
ENGLISH_TO = "to"


def expected_to_do(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """ "How are the changes expected to affect public administration?": "expected" before "to" and
    a verb of its own says only that the deed is to come, as "will" does; what is asked is the deed.
    Not before a noun ("the results expected", "What is expected from the amendments?") nor before a
    verb that says nothing of itself ("expected to be", "to do": a stopword)."""
    found = analysis.words
    if EXPECTED_WORD not in found:
        return analysis  # (the common case)
    expected = any(
        w == EXPECTED_WORD and found[i + 1] == ENGLISH_TO and _own_english_verb(ctx, found[i + 2])
        for i, w in enumerate(found[:-2])
    )
    return less_words(ctx, analysis, (EXPECTED_WORD,)) if expected else analysis


def _own_english_verb(ctx: ReaderContext, word: str) -> bool:
    """An English verb that is no stopword ("affect", not "be", "do")."""
    return english_pos(word) == "VERB" and not ctx.analyzer.is_stopword(word)


def _infinitive_after(found: Sequence[str], i: int) -> bool:
    """An infinitive right after the word at i, or after adverbs or particles between («следует
    шире вовлекать», «стоит ли ожидать»)."""
    morphology = shared_morphology()
    for word in found[i + 1 :]:
        pos = morphology.info(word).pos
        if pos == INFINITIVE:
            return True
        if pos not in OUGHT_BETWEEN:
            return False
    return False


def without_request(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Объясни, о чём был этот круглый стол», "Explain what the Prosecutor General said",
    «Уточните имя…», «Прошу изложить выводы…»: a request opening the question is addressed to
    the bot, which is asked to tell what follows; it is no subject (the documents' explanatory
    work is not asked about). Only when the words after it name something the documents know. The
    request's words are taken out of the question as read so far: what the passes before read in
    the rest («поднять … на конституционный уровень»: at_a_level) stays read."""
    found = analysis.words
    opening = _request_opening(found)
    if not opening:
        return _without_kazakh_request(ctx, analysis)
    if len(found) <= opening:
        return analysis
    rest = ctx.analyzer.analyse(" ".join(found[opening:]))
    if not any(t.known for t in rest.terms):
        return analysis
    # (the request's terms as read in it, "tell us" among them, unless the rest asks them too)
    read = less(analysis, ctx.analyzer.analyse(" ".join(found[:opening])).values - rest.values)
    # (its words go too: «уточните», read as a future, would make a later pass ask of the future)
    return replace(read, text=rest.text, words=rest.words, kinds=rest.kinds | analysis.kinds)


def _without_kazakh_request(ctx: ReaderContext, analysis: Analysis) -> Analysis:
    """«…не айтылғанын түсіндіріп беріңізші», «…не үшін керек, түсіндіріңізші»: Kazakh puts the
    request last; a verb of explaining or telling closing the question (text.kazakh_request_closing)
    asks the bot to tell what comes before it, as «объясните» opening a Russian one does: no
    subject (the documents' explanatory work, «түсіндіру жұмысы», is not asked about)."""
    closing = kazakh_request_closing(analysis.words)
    if not closing:
        return analysis
    rest = ctx.analyzer.analyse(" ".join(analysis.words[:-closing]))
    if not any(t.known for t in rest.terms):
        return analysis
    request = ctx.analyzer.analyse(" ".join(analysis.words[-closing:])).values - rest.values
    return less(analysis, request)


def _request_opening(found: tuple[str, ...]) -> int:
    """How many of the opening words are the request (see without_request): an imperative of
    explaining or clarifying, «прошу» and an infinitive, with the information asked for
    («Прошу предоставить информацию о…»), or an English formal request up to its question word
    ("would be grateful for clarification as to"); 0 when the question opens otherwise."""
    if found[:1] and found[0] in REQUEST_VERBS:
        return 1
    if asked_of_you := telling_asked_of_you(found):
        return asked_of_you
    if not GRATEFUL_WORDS.isdisjoint(found[:GRATEFUL_SPAN]):
        return next((i for i, word in enumerate(found) if word in ENGLISH_ASKING), 0)
    morphology = shared_morphology()
    if len(found) < 3 or found[0] not in FORMAL_REQUESTS or morphology.info(found[1]).pos != "INFN":
        return 0
    return 3 if morphology.info(found[2]).lemma in INFORMATION_WORDS else 2


# "Quick question: …", "hey, quick q - …", «Быстрый вопрос: …»: an opening saying the question is
# short (a word of shortness, then a word for the question) says nothing of what is asked; after a
# greeting at most (_quick_opening); by lemma
QUICK_LEMMAS = frozenset(
    {"quick", "short", "brief", "быстрый", "короткий", "краткий", "маленький", "небольшой"}
)
ASKING_NOUNS = frozenset({"question", "q", "one", "вопрос", "вопросик"})
# "Quick summary pls: what will…", «Краткое резюме: что…»: a short summary asked for before a question
# of its own (its asking word next, a «please» aside) is the reply's form; "a quick summary of the
# press release" asks the summary itself
SUMMARY_NOUNS = frozenset({"summary", "summari", "резюме", "выжимка"})
# ("q" alone is read as the Cyrillic letter it looks like)
REPAIRED_Q = "к"
GREETING_OPENERS = frozenset({"hey", "hi", "hello", "ok", "okay", "so", "привет", "здравствуйте", "слушай"})


def _quick_opening(found: Sequence[str]) -> set[int]:
    """Where the question opens by saying it is quick ("Quick question: is…", "hey quick q - is…"):
    those two words, when more follow; else none."""
    morphology = shared_morphology()
    start = 1 if found[:1] and found[0] in GREETING_OPENERS else 0
    pair = found[start : start + 2]
    if (
        len(found) > start + 2
        and len(pair) == 2
        and morphology.info(pair[0]).lemma in QUICK_LEMMAS
        and (
            morphology.info(pair[1]).lemma in ASKING_NOUNS
            or pair[1] == REPAIRED_Q
            or (pair[1] in SUMMARY_NOUNS and _asks_next(found[start + 2 :]))
        )
    ):
        return {start, start + 1}
    return set()


def _asks_next(rest: Sequence[str]) -> bool:
    """The words after an opening begin a question of their own: its asking word first, after
    any word of «please» («pls», «плз»)."""
    asked = list(itertools.dropwhile(CLOSING_PLEASE.__contains__, rest))
    return bool(asked) and (asked[0] in ENGLISH_ASKING or asked[0] in QUESTION_OPENERS)


def without_brevity(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«В чём суть реформы в двух словах?», "in a few words": a count of words says how briefly
    to answer, «простыми словами», "in plain words", «совсем по-простому» how plainly, «по
    пунктам», «списком» in what form; they are not what is asked («какими словами он описал…»
    still is)."""
    found = analysis.words
    morphology = shared_morphology()
    brief: set[int] = set()
    for i, word in enumerate(found[1:], start=1):
        # ("in a couple of sentences": the count before "of")
        at = i - 2 if found[i - 1] == COUNT_OF and i > 1 else i - 1
        count = morphology.info(found[at])
        lemma = morphology.info(word).lemma
        counted = count.pos == NUMERAL or DIGIT_COUNT.fullmatch(found[i - 1]) is not None
        form = lemma in FORM_NOUNS and counted and i > 1 and found[i - 2] in FORM_IN
        if form or (
            lemma in BREVITY_NOUNS
            and (counted or count.lemma in COUNT_WORDS | PLAIN_WORDS)
            and (lemma != PROPOSAL_NOUN or word.endswith(MANNER_ENDINGS))
        ):
            brief |= set(range(at, i + 1)) | _counts_before(found, at)
    brief |= _headline_asked(found) | _plainly(found) | _quick_opening(found)
    brief |= {i for phrase in LIST_FORM_PHRASES for i in _phrase_at(found, phrase)}
    brief |= _trailing_list(found)
    main = _headline_as_main(ctx, found) - brief
    if not brief and not main:
        return analysis
    # the main one is read as "main" (a stopword), which still tells "the key point of X" (its gist)
    # from "the point of X" (what X is for: entry_readings.purpose_of)
    kept = (MAIN_WORD if i in main else w for i, w in enumerate(found) if i not in brief)
    return ctx.analyzer.analyse(" ".join(kept))


def _trailing_list(found: tuple[str, ...]) -> set[int]:
    """«круглый стол кто участвовал список»: a bare «список» closing a question asked with «кто»,
    «какие» (chat typing for «списком») asks for the reply as a list; «какой список?», «список
    участников» ask of a list."""
    if len(found) > LIST_TAIL_MIN and found[-1] == LIST_TAIL and not LIST_ASKERS.isdisjoint(found[:-2]):
        return {len(found) - 1}
    return set()


def _counts_before(found: tuple[str, ...], count: int) -> set[int]:
    """«в трёх-четырёх предложениях», «в двух или трёх словах», "in two or three sentences": a range
    of counts before the count of a length (at `count`) says how briefly too, each count (a numeral
    or COUNT_WORDS) with «или», "or" between them; the positions of those before it."""
    morphology = shared_morphology()
    before: set[int] = set()
    i = count - 1
    while i >= 0:
        joined = found[i] in COUNT_JOINERS and i > 0
        at = i - 1 if joined else i
        info = morphology.info(found[at])
        if not (info.pos == NUMERAL or info.lemma in COUNT_WORDS):
            break
        before |= {at, i}
        i = at - 1
    return before


def _plainly(found: tuple[str, ...]) -> set[int]:
    """The positions of an adverb of plainness (PLAIN_PHRASES) and of a word stressing it just
    before («совсем по-простому»)."""
    plain = {i for phrase in PLAIN_PHRASES for i in _phrase_at(found, phrase)}
    return plain | {i - 1 for i in plain if i > 0 and i - 1 not in plain and found[i - 1] in PLAIN_STRESS}


def without_breadth(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«О чём в целом был круглый стол?», «В общих чертах о чём говорили?», "What was the round
    table about overall?": in a question asking what something is about, a word of breadth says
    how broadly to answer, not what is asked; it is taken out. Elsewhere it stays a word of the
    question («Как в целом оценили изменения?»: the overall assessment the document gives)."""
    found = analysis.words
    broad = {i for phrase in BREADTH_PHRASES for i in _phrase_at(found, phrase)}
    if OUTCOME_CONCEPT in analysis.values:
        broad |= _outcome_breadth(ctx, found)
    elif not broad or not _asks_topic(found, broad):
        return analysis
    if not broad:
        return analysis
    rest = ctx.analyzer.analyse(" ".join(w for i, w in enumerate(found) if i not in broad))
    if not any(t.known for t in rest.terms):
        return analysis
    return replace(rest, kinds=rest.kinds | analysis.kinds)


def _outcome_breadth(ctx: ReaderContext, found: tuple[str, ...]) -> set[int]:
    """The adjectives of breadth right before a word of the outcome («общий итог», "the overall
    outcome"): they say the outcome of the whole is asked, which is the outcome."""
    return {
        i
        for i in range(len(found) - 1)
        if found[i] in BREADTH_ADJECTIVES and OUTCOME_CONCEPT in ctx.analyzer.analyse(found[i + 1]).values
    }


def _phrase_at(found: tuple[str, ...], phrase: tuple[str, ...]) -> set[int]:
    """The positions of every occurrence of the phrase among the words."""
    if not phrase or phrase[0] not in found:
        return set()  # (the common case: its first word absent, no scan of the word runs)
    n = len(phrase)
    return {j for i in range(len(found) - n + 1) if found[i : i + n] == phrase for j in range(i, i + n)}


def _asks_topic(found: tuple[str, ...], broad: set[int]) -> bool:
    """The question asks what something is about: «о чём», «про что», or an English "about" with
    nothing after it but the words of breadth (at `broad`)."""
    if any(_phrase_at(found, phrase) for phrase in TOPIC_ASKING):
        return True
    return any(
        word == ENGLISH_TOPIC and all(j in broad for j in range(i + 1, len(found)))
        for i, word in enumerate(found)
    )


def _headline_asked(found: tuple[str, ...]) -> set[int]:
    """The positions of a headline asked for as the reply («дай короткий заголовок», "give me a
    short headline for"), with the request and the adjectives of its length: the form of the
    reply, not what is asked."""
    morphology = shared_morphology()
    for i, word in enumerate(found):
        if morphology.info(word).lemma not in HEADLINE_NOUNS:
            continue
        start = i
        while start > 0 and (
            found[start - 1] in REQUEST_FILLERS or morphology.info(found[start - 1]).lemma in SHORT_WORDS
        ):
            start -= 1
        request = start > 0 and (
            morphology.imperative(found[start - 1]) or (start == 1 and found[0] in ENGLISH_REQUESTS)
        )
        if request:
            end = i + 1 + (i + 1 < len(found) and found[i + 1] == "for")
            return set(range(start - 1, end))
    return set()


def _headline_as_main(ctx: ReaderContext, found: tuple[str, ...]) -> set[int]:
    """ "What is the headline takeaway of the event?": "headline" before a noun names the main one
    of it, not a headline of the piece ("What was the headline of the release?" keeps it); so does
    "key" ("the key takeaway": MAIN_MODIFIERS), which the words of key_directions otherwise draw, and
    Russian «ключевой» («какую ключевую мысль он озвучил?»: MAIN_LEMMAS)."""
    morphology = shared_morphology()
    return {
        i
        for i, word in enumerate(found[:-1])
        if ((_english_main(word) and found[i + 1].isascii()) or morphology.info(word).lemma in MAIN_LEMMAS)
        and ctx.analyzer.is_content_word(found[i + 1])
    }


def _english_main(word: str) -> bool:
    """ "headline" or "key" (MAIN_MODIFIERS), which before an English noun names its main one."""
    return (
        word in HEADLINE_NOUNS
        or word in MAIN_MODIFIERS
        or shared_morphology().info(word).lemma in HEADLINE_NOUNS
    )


def asks_for_things(word: str) -> bool:
    """A word asking which things («какие», "which") or asking them named («назовите»), by lemma: a
    number right after it is how many the asker wants."""
    return shared_morphology().info(word).lemma in WHICH_WORDS | NAMING_LEMMAS


def without_count_wanted(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Какие две главные мысли можно выделить в выступлении генпрокурора?», «Назовите три
    направления»: a number right after the word asking which things (or asking them named) says how
    many the asker wants, no subject of its own: the entry telling the things answers, with as many
    as the documents give. A number elsewhere («в двух предложениях», «сколько двух…») is read by
    other passes."""
    found = analysis.words
    morphology = shared_morphology()
    counts = [
        found[i + 1]
        for i in range(len(found) - 2)
        if asks_for_things(found[i]) and morphology.info(found[i + 1]).pos == NUMERAL
    ]
    return less_words(ctx, analysis, counts) if counts else analysis


def without_audience(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """ "For our readers, what was the outcome?", "what is the takeaway for German readers?": whom
    the answer is for is the asker's audience, not a subject the documents lack (no false «not in
    the document»): "for" and the words up to the audience are taken out."""
    found = analysis.words
    dropped: list[str] = []
    for i, word in enumerate(found):
        if word != "for":
            continue
        end = next(
            (j for j in range(i + 1, min(i + 2 + AUDIENCE_SPAN, len(found))) if found[j] in AUDIENCE_NOUNS),
            None,
        )
        if end is not None:
            dropped += found[i + 1 : end + 1]
    dropped += told_audience(found)  # «…можно рассказать школьникам?»
    return less_words(ctx, analysis, dropped) if dropped else analysis


def term_length(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Поправки рассчитаны на короткий срок?», «на какой срок?», «о сроках, на которые рассчитаны
    изменения»: a term («срок») with an adjective of its length, or the term something is meant
    for, asks how long something is meant to last (kind `duration`), which only an entry stating a
    length tells («долгосрочные ориентиры»), not a date. «В какой срок», «срок
    полномочий» stay when-questions."""
    if "when" not in analysis.kinds:
        return analysis
    found = analysis.words
    morphology = shared_morphology()
    offered = bool(analysis.values & ctx.analyzer.analyse(LENGTH_WORD).values)
    lengths = {
        i
        for i, word in enumerate(found)
        if morphology.info(word).lemma in TERM_WORDS
        and ((i > 0 and _of_length(found, i - 1)) or _term_meant_for(found, i) or offered)
    }
    read = unless_asked_elsewhere(ctx, analysis, "when", lengths, instead="duration")
    if read is not analysis:
        read = _length_named(ctx, read, [found[i - 1] for i in lengths if i > 0])
        if _length_beyond_named(found, lengths):
            read = replace(read, kinds=read.kinds | {"how_many"})
    # («срок действия»: how long a thing holds, the term's own complement, no subject)
    holding = [
        found[i + 1] for i in lengths if i + 1 < len(found) and morphology.info(found[i + 1]).lemma == HOLDING
    ]
    return less_words(ctx, read, holding) if holding and read is not analysis else read


def _length_beyond_named(found: tuple[str, ...], lengths: set[int]) -> bool:
    """«На какой срок рассчитаны долгосрочные ориентиры?»: the question names the length itself
    («долгосрочные», what the text says) and asks «на какой срок» beyond it, a figure of years the
    text never gives (read as a count, kind `how_many`). Offered as one of several («— краткосрочные
    или долгосрочные?») it is the length asked."""
    morphology = shared_morphology()
    return (
        ALTERNATIVE_WORDS.isdisjoint(found)  # («краткосрочные или долгосрочные?»: one offered)
        and any(i > 0 and morphology.info(found[i - 1]).lemma in WHICH_WORDS for i in lengths)
        and any(morphology.info(word).lemma == LENGTH_WORD for word in found)
    )


def _length_named(ctx: ReaderContext, analysis: Analysis, before: list[str]) -> Analysis:
    """«на долгий срок», «на короткий срок»: the adjective of a term's length names the horizon the
    text's «долгосрочные» tells (synonyms.yaml: asked either way), read as that word."""
    morphology = shared_morphology()
    named = [w for w in before if morphology.info(w).lemma in LENGTH_ADJECTIVES]
    if not named:
        return analysis
    kept = less_words(ctx, analysis, named)
    terms = (*kept.terms, *ctx.analyzer.analyse(LENGTH_WORD).terms)
    return replace(kept, terms=terms, values=frozenset(t.value for t in terms))


def _term_meant_for(found: tuple[str, ...], i: int) -> bool:
    """«о сроках, на которые рассчитаны изменения»: the term is followed by «на который» (the term
    something is meant for), its length asked as «на какой срок» asks it."""
    after = found[i + 1 : i + 3]
    return (
        len(after) == 2
        and after[0] in DURATION_PREPOSITIONS
        and shared_morphology().info(after[1]).lemma == RELATIVE_WHICH
    )


def _of_length(found: tuple[str, ...], i: int) -> bool:
    """The word before a term tells its length: an adjective («короткий»), or «какой» after «на»."""
    before = shared_morphology().info(found[i])
    if before.lemma in WHICH_WORDS:
        return i > 0 and found[i - 1] in DURATION_PREPOSITIONS
    return before.pos == "ADJF"


def ranked_first(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Какое направление самое важное?», «Какому направлению уделили больше всего внимания?»,
    "Which area got the most attention?": which one thing comes first among several by a measure
    (kind `ranking`) is asked, which a text listing them unranked does not tell. Several asked
    («Какие направления наиболее важны?», "Which areas got the most attention?": those given special
    attention answer) and the gist («что самое главное») stay."""
    found = analysis.words
    if RANKING_KIND in analysis.kinds or not _ranks_one(found):
        return analysis
    return replace(analysis, kinds=analysis.kinds | {RANKING_KIND})


def _ranks_one(found: tuple[str, ...]) -> bool:
    """A singular asking word (or a partitive) and a superlative not of the gist, or a comparative
    beside the partitive («Какое из направлений приоритетнее?»)."""
    morphology = shared_morphology()
    lemmas = [morphology.info(w).lemma for w in found]
    asking = [i for i, lemma in enumerate(lemmas) if lemma in RANK_ASKING]
    partitive = any(
        (a, b) in RANK_PARTITIVE or (lemma in RANK_ASKING and b in RANK_OF)
        for (a, b), lemma in zip(itertools.pairwise(found), lemmas, strict=False)
    )
    if not asking and not partitive:
        return False
    if any(found[i] in RANK_PLURALS or _english_plural_after(found, i) for i in asking) and not partitive:
        return False
    for i, lemma in enumerate(lemmas):
        after = found[i + 1] if i + 1 < len(found) else ""
        comparative = morphology.info(found[i]).pos == "COMP"
        # («в самом начале» is a place, not a rank: «самый» before an adjective only)
        superlative = (
            lemma in RANK_SUPERLATIVE
            and bool(after)
            and lemmas[i + 1] not in RANK_GIST
            and (after.isascii() or morphology.info(after).pos not in RANK_NOT_QUALITY)
        )
        if superlative or (comparative and (after in RANK_ALL or partitive)):
            return True
    return False


def _english_plural_after(found: tuple[str, ...], i: int) -> bool:
    """ "Which areas…": the English noun right after "which" is plural (asks for several)."""
    return found[i] == "which" and i + 1 < len(found) and found[i + 1].endswith("s") and found[i + 1] != "is"


def item_by_position(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Какое направление было последним, четвёртым?», "What was the first direction?": an
    ordinal beside nouns the documents use asks one item of a list by its place, which the entry
    listing them answers; the ordinal itself is no subject (the text numbers nothing). Only when
    every other word is one the documents use, and nothing else is asked (when, where…): «А
    последнее направление какое, про образование?» still names the item by what it is about."""
    if analysis.kinds - {"items"} or (
        all(t.known for t in analysis.terms) and not analysis.values & LIST_PLACE_WORDS
    ):
        return analysis  # (nothing it could drop: no unknown word, no place in a list)
    morphology = shared_morphology()
    ordinals = {morphology.info(word).lemma for word in analysis.words if morphology.ordinal(word)}
    # a place in the list beside an ordinal («вторым пунктом», "the second item") is the list's
    # item the entry holds, no subject of its own
    places = (
        {morphology.info(word).lemma for word in analysis.words} & LIST_PLACE_WORDS | _counted(analysis.words)
        if ordinals
        else set()
    )
    # (one the documents use, «первый» of «в первую очередь», may be what is asked: «первый этап»)
    kept = tuple(t for t in analysis.terms if (t.known or t.value not in ordinals) and t.value not in places)
    if len(kept) == len(analysis.terms) or not kept or not all(t.known for t in kept):
        return analysis
    return replace(analysis, terms=kept, values=frozenset(t.value for t in kept))


# «Какую цель преследует последнее из перечисленных направлений?», «Какую задачу решает третье
# направление?», "What is the aim of the last direction?": the purpose of an item of the list asked by
# its place (see purpose_of_an_item). The items' nouns, the purpose's nouns and the verbs of pursuing
# it, by lemma (English as typed)
ITEM_NOUNS = frozenset({"направление", "пункт", "позиция", "direction", "area", "item", "point"})
PURPOSE_NOUNS = frozenset({"цель", "задача", "aim", "purpose", "goal", "task"})
PURSUING_VERBS = frozenset({"преследовать", "решать", "ставить", "pursue", "pursues", "serve", "serves"})


def purpose_of_an_item(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Какую цель преследует последнее из перечисленных направлений?»: what one item of the text's
    list is for is what the list says of it (each direction names what it works towards), so the
    purpose asked is no subject, nor a reason (kind `reason` taken back: an entry stating the
    reform's aims does not tell one direction's); the item's place is left to item_by_position.
    Only with an ordinal and a noun of an item of a list; «Какова цель второго этапа реформы?»
    (a stage, no item of the list) keeps its reading."""
    morphology = shared_morphology()
    found = analysis.words
    lemmas = {w: morphology.info(w).lemma for w in found}
    # (the noun first: a set test on lemmas read already, before the parses an ordinal needs)
    if not any(w in ITEM_NOUNS or lemma in ITEM_NOUNS for w, lemma in lemmas.items()) or not any(
        morphology.ordinal(w) for w in found
    ):
        return analysis
    framing = [w for w, lemma in lemmas.items() if {w, lemma} & (PURPOSE_NOUNS | PURSUING_VERBS)]
    if not any({w, lemmas[w]} & PURPOSE_NOUNS for w in framing):
        return analysis
    kept = less_words(ctx, analysis, framing)
    if kept is analysis:
        return analysis
    return replace(kept, kinds=kept.kinds - {"reason"})


def _counted(found: tuple[str, ...]) -> set[str]:
    """The lemmas of «по порядку», «по счёту» in the question (a place in a list, beside an
    ordinal)."""
    morphology = shared_morphology()
    return {
        morphology.info(word).lemma
        for before, word in itertools.pairwise(found)
        if before == "по" and word in COUNTING_WORDS
    }


# «Какие темы главные были?», "What were the main topics?": the topics in the plural (several, as
# against the one the round table was devoted to) are the text's list of directions (topics_listed),
# as the practical aspects asked which of are (practical_ones_asked)
TOPIC_LEMMA = "тема"
TOPICS_ENGLISH = frozenset({"topics"})
TOPICS_READ_AS = "направления"
# «X был в теме?»: among the topics, spoken (_in_the_topic)
IN_TOPIC, IN_TOPIC_FORM = "в", "теме"


def topics_listed(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«А вот по пунктам — какие темы главные были на круглом столе?», "What were the main topics
    at the round table?": several topics of the event are the directions the text lists as given
    special attention, not the one topic it was devoted to («Какой теме посвящён…?», "the main
    topic"): the plural topic noun reads as «направления». The plural by the noun's own form or by
    a plural word beside it («какие темы»: «темы» alone may be a genitive singular)."""
    found = analysis.words
    topic = ctx.analyzer.analyse(TOPIC_LEMMA).values
    if not topic & analysis.values:
        return analysis
    plural = [
        w
        for i, w in enumerate(found)
        if w in TOPICS_ENGLISH or _plural_topic(found, i) or _in_the_topic(found, i)
    ]
    if not plural:
        return analysis
    read = ctx.analyzer.analyse(TOPICS_READ_AS).terms
    at = next(i for i, t in enumerate(analysis.terms) if t.value in topic)
    terms = (*analysis.terms[:at], *read, *analysis.terms[at + 1 :])
    return replace(analysis, terms=terms, values=frozenset(t.value for t in terms))


def _in_the_topic(found: tuple[str, ...], i: int) -> bool:
    """«Профилактика правонарушений была в теме?»: a thing «в теме» closing the question, spoken for
    «среди тем», whether it was among the subjects discussed (the text's list of directions)."""
    return i == len(found) - 1 and i > 1 and found[i - 1] == IN_TOPIC and found[i] == IN_TOPIC_FORM


def _plural_topic(found: tuple[str, ...], i: int) -> bool:
    """The word at `i` is «тема» in the plural: by its own likeliest form, beside a plural, or
    after a number («четыре темы», «4 темы»: several, whatever case the number asks of it)."""
    morphology = shared_morphology()
    if morphology.info(found[i]).lemma != TOPIC_LEMMA:
        return False
    own = morphology.case_of(found[i])
    if own is not None and own[1] and own[0] != "gent":
        return True
    if i and (found[i - 1].isdigit() or morphology.info(found[i - 1]).pos == NUMERAL):
        return True
    beside = [found[j] for j in (i - 1, i + 1) if 0 <= j < len(found)]
    return any((case := morphology.case_of(w)) is not None and case[1] for w in beside)


# «какие практические аспекты», «что за практические вопросы», "what practical aspects": which of
# the practical aspects (practical_ones_asked). The asking words right before the adjective, the
# adjective's stem (typed short too: «практич»), the nouns of an aspect (lemmas)
WHICH_PLURALS = frozenset({"какие", "каких", "каким", "какими", "what", "which"})
PRACTICAL_STEMS = ("практич", "прикладн", "practical")
ASPECT_NOUNS = frozenset({"аспект", "сторона", "вопрос", "aspect", "aspects", "side", "sides", "issues"})
WHAT_WORDS = frozenset({"что", "че", "чё", "чо"})  # «что за», colloquially «чё за»


def practical_ones_asked(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Что за практические аспекты обсуждали?», "What practical aspects did the participants focus
    on?": which of the practical aspects, asked by the asking word right before «практические» and an
    aspect, are the directions the text goes on to list as given special attention; that the
    aspects were practical the question already says. The adjective and its noun read as
    «направления» («На чём сосредоточились?», «теоретические или практические?» keep the practical
    focus)."""
    found = analysis.words
    morphology = shared_morphology()
    for i in range(len(found) - 2):
        asking = found[i] in WHICH_PLURALS or (found[i] == "за" and i > 0 and found[i - 1] in WHAT_WORDS)
        practical = found[i + 1].startswith(PRACTICAL_STEMS)
        noun = found[i + 2] in ASPECT_NOUNS or morphology.info(found[i + 2]).lemma in ASPECT_NOUNS
        if asking and practical and noun:
            words = (*found[: i + 1], TOPICS_READ_AS, *found[i + 3 :])
            read = ctx.analyzer.analyse(" ".join(words))
            return replace(read, kinds=analysis.kinds | read.kinds)
    return analysis


def item_of_list(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Какой пункт списка касается цифровых решений?»: a place in a list named beside the list
    («пункт списка», «пункт из перечня») is one of the items the list holds, asked by what it is about;
    the place is no subject of its own (the text numbers nothing), as beside an ordinal."""
    morphology = shared_morphology()
    # («пункт из перечня», «пункт из списка»: the list after «из» too)
    lemmas = [morphology.info(word).lemma for word in analysis.words if word != "из"]
    places = {a for a, b in itertools.pairwise(lemmas) if a in LIST_PLACE_WORDS and b in LIST_WORDS}
    kept = tuple(t for t in analysis.terms if t.known or t.value not in places)
    if len(kept) == len(analysis.terms) or not kept:
        return analysis
    return replace(analysis, terms=kept, values=frozenset(t.value for t in kept))


# «итог круглого стола какой по факту»: spoken «по факту» ("in fact", "actually") closing or beside a
# question is a filler, as «реально» is (a stopword); not «по факту нарушения» ("on the fact of"), whose
# genitive names the thing (without_in_fact)
IN_FACT = ("по", "факту")


def without_information_about(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«инфа есть про ИИ?», «информация про реформу до людей доходит?»: the information (spoken
    «инфа», «инфо») about a thing, followed by what it is about, is the asking's own word, no
    subject (as a formal request's «информацию о…»); «данные о…» stay (data are a subject)."""
    found = analysis.words
    morphology = shared_morphology()
    meta = [
        word
        for i, word in enumerate(found)
        if morphology.info(word).lemma in SPOKEN_INFORMATION and _about_after(found, i + 1)
    ]
    return less_words(ctx, analysis, meta) if meta else analysis


# «инфа есть про ИИ?», «информация там какая про реформу?»: the words that may stand between the
# information and what it is about (without_information_about), as typed
INFORMATION_BETWEEN = frozenset({"есть", "имеется", "там", "какая", "какая-то", "какая-нибудь", "вообще"})


def _about_after(found: Sequence[str], start: int) -> bool:
    """A word of what about («про», «о») at `start`, past the words that may stand between."""
    rest = itertools.dropwhile(lambda w: w in INFORMATION_BETWEEN, found[start:])
    return next(rest, "") in ABOUT_WORDS


def without_in_fact(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«итог круглого стола какой по факту», «по факту что изменится»: the filler «по факту»
    ("actually") says nothing of what is asked; the fact a genitive after it names stays («Завели ли
    дело по факту нарушения?»)."""
    found = analysis.words
    morphology = shared_morphology()
    filler = [
        i + 1
        for i in range(len(found) - 1)
        if (found[i], found[i + 1]) == IN_FACT
        and not (i + 2 < len(found) and morphology.genitive_noun(found[i + 2]))
    ]
    return less_words(ctx, analysis, [found[i] for i in filler]) if filler else analysis


# «что за тема», spoken «чё за тема»: "what is this about", the noun of a topic after «что за»; and
# the idiom «что за зверь» ("what sort of beast is it": what the thing is), whose beast is no subject
TOPIC_ASKED_LEMMAS = frozenset({"тема", "тематика", "зверь"})
DEMONSTRATIVE = "это"


def what_topic_is(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«нулевая терпимость это чё за тема», «что за тема сервисная модель»: «что за тема» beside a
    thing the question names asks what that thing is, as «что это такое» does; the topic noun is
    the asking's own word, no subject. Alone («что за тема была?») it stays: the event's topic."""
    found = analysis.words
    morphology = shared_morphology()
    # «что за тема», «что это за зверь»: the demonstrative may stand between «что» and «за»
    unglued = [
        w for i, w in enumerate(found) if not (w == DEMONSTRATIVE and i > 0 and found[i - 1] in WHAT_WORDS)
    ]
    asked = [
        unglued[i + 2]
        for i in range(len(unglued) - 2)
        if unglued[i] in WHAT_WORDS
        and unglued[i + 1] == "за"
        and morphology.info(unglued[i + 2]).lemma in TOPIC_ASKED_LEMMAS
    ]
    return less_words(ctx, analysis, asked) if asked else analysis


# «В каком формате обсуждался проект?»: the format asked of the passive verb of discussing asks how
# they discussed it (the active verb, the event's own word: «обсуждали»), not whether a topic was
# touched upon («обсуждаться» as «затрагиваться»)
DISCUSSED_PASSIVE = "обсуждаться"
DISCUSS_ACTIVE = "обсуждать"


def format_of_discussing(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """A question in what format something was discussed reads the passive verb as the active
    one, which names the discussion held (synonyms.yaml `question_words`, `format`)."""
    if FORMAT_KIND not in analysis.kinds or DISCUSSED_PASSIVE not in analysis.values:
        return analysis
    active = ctx.analyzer.analyse(DISCUSS_ACTIVE).terms
    read = (active if t.value == DISCUSSED_PASSIVE else (t,) for t in analysis.terms)
    terms = tuple(itertools.chain.from_iterable(read))
    return replace(analysis, terms=terms, values=frozenset(t.value for t in terms))
