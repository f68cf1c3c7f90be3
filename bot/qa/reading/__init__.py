"""How a question is read before it is ranked: which kinds of question it asks (who, when, what
someone said…) and which of its words are what it asks about. Each pass reads one construction
(«кроме X», «X или Y», «в двух словах», the document's own date…) and returns the analysis the engine
ranks; none of them looks at entries or scores (bot/qa/engine.py decides)."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Collection, Sequence
from dataclasses import replace
from functools import lru_cache

from bot.qa.analyzer import ENGLISH_ARTICLES, Analysis, Analyzer, Term
from bot.qa.kazakh import KAZAKH_LETTERS, YES_NO_PARTICLES
from bot.qa.kb import KnowledgeBase
from bot.qa.morph import PREDICATE_POS, shared_morphology
from bot.qa.negation import asks_what_did_not_happen
from bot.qa.subject import ALTERNATIVE_SPAN, ALTERNATIVE_WORDS, BE_PAST, PRESENCE, THROUGH_MEMBER, WHOLE_WORDS
from bot.qa.text import OBLIQUE_QUESTION_WORDS, QUESTION_OPENERS, words

# «Какие <group>…» asks for names: the interrogative word (as lemma or stem) and how many words after
# it may name the group.
WHICH_WORDS = frozenset({"какой", "which", "қандай", "қай"})
WHICH_SPAN = 2
# «Как называются <group>…», «как зовут <group>» ask the same: the group's members by their names
NAMING_VERBS = frozenset({"называться", "называть", "звать"})
# Words for a body of any kind («из каких ведомств и организаций»): which of them, not whose names
BODY_WORDS = (
    "ведомство организация структура учреждение орган институт "
    "body bodies organisation organization institution"
)
# «Кто представлял <group>», «кто из <group>», «who represented <group>» ask for its members too.
# «who is / was» before a participle: a passive question («who was invited»), not «who is X»
BE_FORMS = frozenset({"is", "was", "are", "were", "s"})
WHO_WORDS = frozenset({"кто", "who"})
# every word asking who (as lemmas, English as typed): who did or said a thing, or whose a thing is
WHO_QUESTION_WORDS = frozenset({"кто", "чей", "who", "whom", "whose", "кім", "кімдер"})
MEMBER_WORDS = frozenset({"из", "от", "представлять", "представитель", "from", "repres"})
FROM_WORDS = frozenset({"из", "от", "from"})
# colloquial words between «кто» and «от» («кто там от АП был», «кто там вообще был из…»); a past
# «быть» may stand there too («кто был от АП»: whether someone from it was there, see _which_of_named)
MEMBER_FILLERS = frozenset({"там", "тут", "же", "вообще"})
MEMBER_GAP = MEMBER_FILLERS | BE_PAST
# «Когда состоится следующий…», «when will … be held» ask the date of something yet to come, which
# a document reporting what happened does not give: such a question gets the kind `future`, which no
# entry lists. A Russian verb in the future tense, or one of these words, marks it.
FUTURE_WORDS = frozenset({"will", "shall"})
# Words that leave out what follows them («кроме генпрокурора») or, in Kazakh, what precedes them.
EXCLUDING_BEFORE = frozenset({"кроме", "помимо", "besides", "except", "apart"})
EXCLUDING_AFTER = frozenset({"басқа"})
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
ALTERNATIVE_HEAD_SPAN = 5  # «разрыв с прежним курсом»: a noun and the words that go with it
# «или только/одни чиновники», "or only officials": an alternative that would hold alone (with the
# colloquial spellings of «только»: «или тока чиновники»)
EXCLUSIVE_WORDS = frozenset(
    {"только", "тока", "токо", "лишь", "одни", "исключительно", "only", "just", "solely", "тек", "ғана"}
)
EXCLUSIVE_SPAN = 3
ADJECTIVE_POS = frozenset({"ADJF", "PRTF"})  # words that go before their noun
VERB_POS = frozenset({"VERB", "INFN"})  # a finite verb or an infinitive
# A place in a list, named beside an ordinal (Reader._item_by_position), as lemmas
LIST_PLACE_WORDS = frozenset({"пункт", "позиция", "item", "point"})
# or beside the list itself («Какой пункт списка касается…?»: Reader._item_of_list)
LIST_WORDS = frozenset({"список", "перечень"})
# A clause opening with a question word after a comma, a dash or «и», once a question word came before
# («кто выступал, какой главный тезис и какие направления обсуждали»): the question asks several
# things (see asks_several).
_QUESTION_WORD = (
    r"(?:кто|когда|где|какой|какая|какое|какие|каков|какова|каково|каковы|сколько|почему|зачем|"
    r"чей|чья|чь[её]|чьи|чьих|чьим|чьими|чьей|чьего|чьему|"
    r"who|when|where|which|what|how|why|кім|қашан|қайда|қандай|қанша)\b"
)
# a number read as a guess of a date (_date_like): a day of the month or a year
MAX_DAY = 31
MIN_YEAR, MAX_YEAR = 1900, 2100
# «чьи законные интересы»: how many words after «чей» may hold the noun (Reader._whose_the_text_says)
WHOSE_SPAN = 3
# «по сути», «по существу», «в сущности», "in essence" (Reader._without_hedge)
HEDGES = frozenset({"по сути", "по существу", "в сущности", "in essence", "in effect"})
# and a preposition of two words whose noun means no thing («в ходе обсуждения»: during it; «в течение
# года», "in the course of", "in terms of"; «по поводу изменений»: about them), dropped the same way
COMPOUND_PREPOSITIONS = frozenset(
    {"в ходе", "по ходу", "в течение", "в продолжение", "по поводу", "in the course", "in terms of"}
)
# who asked as the one acted on («кого вовлекать», «кому разъяснять», "whom"; a passive: «кто должен
# быть вовлечён», "who should be involved"): _whom
WHOM_WORDS = frozenset({"кого", "кому", "whom", "кімді", "кімге", "кімдерді", "кімдерге"})
ENGLISH_BE = frozenset({"be", "been", "being", "is", "are", "was", "were"})
ENGLISH_PARTICIPLE_ENDS = ("ed", "en", "wn")  # involved, chosen, drawn
# "What is named as X": what is called X (Reader._named_as)
NAMED_AS = frozenset({"named as", "named the"})
# "Why does he consider X important?", "Is X deemed progressive?": a verb of judging before the
# adjective it judges by frames what is asked (Reader._without_judging), by their stems
JUDGING_VERBS = frozenset({"consid", "deem", "regard"})
# "Is the reform presented as a continuation…?": a verb of presenting before "as" says how the text
# describes a thing (as "described", "portrayed", stopwords, do), by their stems; "present" alone is
# being there («присутствовать»), a word of taking part (Reader._described_as)
DESCRIBING_AS = frozenset({"present", "view", "see", "depict", "show"})
# «судя по финалу текста», "judging by the release": what the asker judges by (Reader._without_judged_by)
_JUDGED_BY = re.compile(r"(?:судя\s+по|judging\s+(?:by|from))\s+[^,?.!;—–]+", re.IGNORECASE)
# «в заключительной части сообщения», «в конце текста», "at the end of the release": a place in the
# piece being read says where the answer is (Reader._without_judged_by), not what is asked; «в
# начале Основного закона» is the preamble, so «в начале» only of the piece itself
# («в самом начале текста»); so is how the piece opens or ends («Чем заканчивается пресс-релиз — …»),
# and its closing or opening paragraph ("according to the closing paragraph")
_PIECE = r"(?:сообщени|текст|релиз|пресс-релиз|материал|документ|публикаци)\w*"
_ENGLISH_PIECE = r"(?:text|release|press\s+release|message|document)"
_PLACE_IN_PIECE = re.compile(
    r"\b(?:заключительн|последн|финальн|конечн|перв|начальн)\w*\s+(?:част|абзац|строк)\w*"
    rf"(?:\s+{_PIECE})?"
    rf"|\bв\s+(?:самом\s+)?(?:конце|начале|финале|завершении)\s+{_PIECE}"
    rf"|\b(?:заканчива|заверша|начина|открыва)\w*\s+{_PIECE}"
    rf"|\b(?:at|in)\s+the\s+(?:very\s+)?(?:end|beginning|final\s+part|closing\s+part|last\s+paragraph)\s+of\s+"
    rf"the\s+{_ENGLISH_PIECE}"
    r"|\b(?:closing|final|last|opening|first|concluding)\s+(?:paragraph|lines?|sentences?)"
    rf"(?:\s+of\s+the\s+{_ENGLISH_PIECE})?",
    re.IGNORECASE,
)
# the words of a place in the piece that name its opening (the rest name its end): see place_in_piece
_OPENING_PLACE = re.compile(r"перв|начал|начина|открыва|beginning|opening|first", re.IGNORECASE)


def place_in_piece(question: str) -> str | None:
    """«в самом конце пресс-релиза», «Кто перечислен в начале текста?», "the closing paragraph":
    "start" or "end" when the question places its answer at the opening or the end of the piece
    read (the answer is what that paragraph says), else None."""
    found = _PLACE_IN_PIECE.search(question)
    if found is None:
        return None
    return "start" if _OPENING_PLACE.search(found.group()) else "end"


# a word right before a quoted name («лозунг «Закон и порядок»», "the slogan “Law and Order”")
_KIND_BEFORE_NAME = re.compile(r"(\w+)\s+[«\"“„]([^»\"”“]+)[»\"”“]")
_FIRST_QUESTION = re.compile(r"\b" + _QUESTION_WORD, re.IGNORECASE)
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
# who…"): an auxiliary first, or a word and its «ли».
_YES_NO_OPENING = re.compile(
    r"^\s*(?:(?:was|were|is|are|did|does|do|will|has|have)\b|\w+\s+ли\b)", re.IGNORECASE
)
# «Что…», «О чём…», «Как…» opening the text open its first clause (inside a sentence «что» is as often
# a conjunction: «сказал, что…», so it opens no further clause)
_OPENING_QUESTION = re.compile(r"^\s*(?:что|о\s+ч[её]м|как)\b", re.IGNORECASE)
# «…и что он говорил?»: right after «и» / «а», «что» and «о чём» open a question too (after a comma
# «что» is as often a conjunction: «сказал, что…»)
_JOINED_WHAT = r"(?:(?<=\bи\s)|(?<=\bа\s))(?:что|о\s+ч[её]м)\b"
_NEXT_QUESTION = re.compile(
    r"(?:[,;:—–]|\s-|\b(?:и|а|and|және))\s*(" + _QUESTION_WORD + "|" + _JOINED_WHAT + ")", re.IGNORECASE
)
# The speakers of a whole event: everything a press release reports is what was said there, so
# «что участники сказали про X» asks what the document says about X (see _said_by_all).
COLLECTIVE_SPEAKERS = (
    "участники",
    "participants",
    "қатысушылар",
    "круглый стол",
    "round table",
    "дөңгелек үстел",
)
# What a question asks about: the words before it name who said it, if anyone (see _said_impersonally).
ABOUT_WORDS = frozenset({"про", "о", "об", "обо", "насчет", "насчёт"})
# verbs of saying and judging that, right after «который» in the indefinite person («продолжением
# которых считают реформу»), describe a thing by what is said of it (Reader._said_of_a_thing)
SAYING_LEMMAS = frozenset(
    {"сказать", "говорить", "заявить", "отметить", "подчеркнуть", "считать", "думать", "назвать", "оценить"}
)
# «работа полиции и других органов», "police and other bodies": «другие» joined to a list by these
# continues it; it does not ask beyond what the text names (see _without_listed_others).
LIST_LINKS = frozenset({"и", "and", "а", "или", "or", "және", "мен"})
OTHERS_ADJECTIVES = frozenset({"другой", "other"})
# «вместе с другими инициативами», "along with other initiatives": what goes with the others
ALONG_WITH = (frozenset({"вместе", "наряду", "along", "together"}), frozenset({"с", "со", "with"}))
# «на короткий срок», "in the long term": a term with an adjective of its length asks how long, not
# when (see _term_length); so does «на какой срок», "for what term" (for how long); «в какой срок»
# (by when) still asks when.
TERM_WORDS = frozenset({"срок", "term"})
DURATION_PREPOSITIONS = frozenset({"на", "for"})
# «в двух словах», «одним словом», «одной фразой», "in a few words", "in one paragraph", "a one-line
# summary": how briefly to answer, not what is asked (see _without_brevity); a count word is a numeral
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
ENGLISH_REQUESTS = frozenset({"give", "suggest", "write", "make", "propose"})
SHORT_WORDS = frozenset({"короткий", "краткий", "short", "brief", "quick"})
REQUEST_FILLERS = frozenset({"мне", "нам", "me", "us", "a", "an"})
# «предложение» is a proposal too («два предложения генпрокурора»): a length only in the form that
# says how («одним предложением», «в двух предложениях»)
PROPOSAL_NOUN = "предложение"
MANNER_ENDINGS = ("ием", "иями", "ии", "иях")
COUNT_WORDS = frozenset({"один", "пара", "one", "two", "three", "few", "couple", "бір", "екі"})
# «Объясни, о чём был круглый стол», "Explain what the Prosecutor General said": the imperative of a
# verb of explaining opening the question asks the bot to answer (see _without_request)
# "Explain what the Prosecutor General said", "Tell me what the ombudsman thinks": an English indirect
# question, «what» then the one speaking (up to this many words) then a verb of saying, asks what
# they said (kind `said`), as "What did X say?" does; not a passive ("what was said about…").
INDIRECT_SAYING = frozenset(
    {"said", "say", "says", "think", "thinks", "thought", "stated", "noted", "stressed", "emphasised",
     "emphasized", "proposed", "suggested", "argued", "mentioned", "told"}
)  # fmt: skip
INDIRECT_SPAN = 4
PASSIVE_AUXILIARIES = frozenset(
    {
        "was",
        "is",
        "were",
        "are",
        "been",
        "be",
        "being",
        "has",
        "have",
        "had",
        "will",
        "would",
        "it",
        "gets",
        "got",
    }
)
REQUEST_VERBS = frozenset({"объясни", "объясните", "поясни", "поясните", "разъясни", "разъясните", "explain"})
# «простыми словами», «своими словами», "in plain words": how plainly to answer, as a count says how
# briefly (see _without_brevity)
PLAIN_WORDS = frozenset({"простой", "понятный", "доступный", "свой", "simpl", "plain"})
# «Говорит ли что-нибудь материал о правах человека?», «какой президент упоминается в документе?»: a
# word for the piece being read, in the singular, frames a question that names something else (see
# _without_the_piece); in the plural they are things of their own («архивные материалы, документы»).
# «Текст» only with no noun after it («согласно тексту», «в тексте»): «текст преамбулы» is the wording
# of something else. Each lemma with the term it gives («релиз» is read as the press release).
PIECE_WORDS = {
    "материал": ("материал",),
    "документ": ("документ",),
    "релиз": ("пресс релиз",),
    "пресс-релиз": ("пресс релиз",),
    "сообщение": ("сообщить",),
    "текст": ("текст",),
    "releas": ("releas", "пресс релиз"),
}
WORDING_PIECE = "текст"
WORDING_PIECE_EN = "text"
# the piece being read, in the words a question names it by (_wording_of)
PIECE_NAMES = "документ материал релиз пресс-релиз сообщение публикация статья новость release document"
WHICH_PIECE = frozenset({"какой", "который", "which"})
# «согласно тексту», «по тексту», «в тексте»: the prepositions that refer to the text being read
REFERRING = frozenset({"согласно", "по", "в", "во"})
PLURAL_ENDINGS = ("ы", "ов", "ам", "ами", "ах")
# A month as people write it in each language (the analyzer reads the forms): a document's date in a
# question that asks something else names the event (see _without_own_date).
MONTH_NAMES = (
    ("января", "january", "қаңтар"),
    ("февраля", "february", "ақпан"),
    ("марта", "march", "наурыз"),
    ("апреля", "april", "сәуір"),
    ("мая", "may", "мамыр"),
    ("июня", "june", "маусым"),
    ("июля", "july", "шілде"),
    ("августа", "august", "тамыз"),
    ("сентября", "september", "қыркүйек"),
    ("октября", "october", "қазан"),
    ("ноября", "november", "қараша"),
    ("декабря", "december", "желтоқсан"),
)
# «в феврале 2026 года»: words of a date beside its month and numbers
YEAR_WORDS = "год года году year жыл жылы жылдың жылғы"
# «Это произошло в феврале?»: what happening on a date says, beside the date
HAPPENING_WORDS = "произошло состоялось прошло случилось проводилось провели happened occurred held өтті"
# The English auxiliaries that open a yes/no question ("Did it…?", "Is it true that…?")
YES_NO_AUXILIARIES = frozenset({"was", "were", "is", "are", "did", "does", "do", "will", "has", "have"})
# «Правда ли, что…», «Верно, что…», "Is it true that…": a yes/no question checking a statement.
CHECKING_WORDS = frozenset({"правда", "верно", "true", "рас"})
# «X — часть реформы?», «Входит ли X в проект?», "Is X part of the reform?": whether the document's
# reform or draft (the whole) has X in it, which is whether the document names X (see _without_the_whole).
PART_WORDS = ("часть", "входить", "part", "бөлігі")
# «в рамках конституционной реформы», «реформа аясында»: a question placed within the documents' whole
# (the reform, the draft, the constitution) asks about a thing in it (see _within_the_whole): the
# words before the whole (Russian) and the postposition after it (Kazakh)
WITHIN_BEFORE = (("в", "рамках"), ("в", "контексте"))
WITHIN_AFTER = frozenset({"аясында", "шеңберінде"})
WITHIN_SPAN = 3
# «Кто был генпрокурором до Асылова?», "Who will be president after Tokayev?": who held a post before
# or after a person the documents name is someone else, whom they never name (_other_holder)
BEFORE_AFTER = frozenset({"до", "после", "before", "after"})
OTHER_HOLDER = "предшественник преемник"
# «салық туралы», «салыққа қатысты»: the word before a Kazakh postposition of topic is a noun, what is
# spoken of (_kazakh_topic); Kazakh words get no part of speech of their own here
# as is the word quoted before «деп» («салық деп айтты»: said "tax")
KAZAKH_ABOUT = frozenset({"туралы", "жөнінде", "жайында", "жайлы", "деп"})
# the Kazakh plural suffix, which only a noun takes («фермерлер», «инспекторлары»: _kazakh_plural)
KAZAKH_PLURAL = ("лар", "лер", "дар", "дер", "тар", "тер")
# The words after «какие», «кто из» whose reading is remembered (bounded: users' words are not).
# «Какой риск помогает избежать X?»: a danger named beside a verb of avoiding is what is avoided,
# the question's frame («чего позволяет избежать X»), not its subject (_without_avoided_danger)
DANGER_NOUNS = frozenset(
    {
        "риск",
        "угроза",
        "опасность",
        "последствие",  # «каких последствий позволяет избежать»
        "проблема",
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
        "avoid",
        "prevent",
        "reduce",
    }
)
# "warned that X would help avoid": verbs of warning, as lemmas (Reader._warned_to_avoid)
WARNING_SAYS = frozenset(
    {"warn", "caution", "предостеречь", "предостерегать", "предупредить", "предупреждать"}
)
# «Где упоминается X?», «где сказано про X», "Where is X mentioned?": verbs of mentioning or writing
# something in the text (see _where_mentioned)
MENTION_VERBS = frozenset(
    {"упоминаться", "упомянуть", "упоминать", "говориться", "сказать", "написать", "писать", "mention"}
)
# «Чего опасается X, если не…»: verbs of fearing what happens unless a thing is done
FEAR_VERBS = frozenset({"опасаться", "бояться", "fear", "worri"})  # ("worry" by its stem)
# «без разъяснения», "without outreach": a thing not done, as «если не…» (see _feared_without)
WITHOUT = frozenset({"без", "without"})
# «От чего предостерёг X, говоря…»: verbs of warning against a thing (with «от»; not «предупредить о»,
# to tell in advance)
WARN_VERBS = frozenset({"предостеречь", "предостерегать"})
WARN_AGAINST = frozenset({"от"})
# "the country's …", "the nation's …": the possessive of the one country the documents are about
OWN_COUNTRY = frozenset({"country", "nation"})
OWN_COUNTRY_GENITIVE = frozenset({"страны"})
ASKING_WHICH = frozenset({"which", "what", "whose"})
MAX_GROUP_TEXTS = 4096
# «Какие органы были на круглом столе?», «что за люди собирались?», "Which bodies were there?": a
# generic word for people or bodies after an asking word, with nothing said of them but that they
# were there or gathered, asks who (see _which_ones_there). The asking words: «какой», "which",
# "what", «қандай», and «что (там) за»; the verbs: a past «быть», taking part, gathering.
AGENT_WORDS = (
    "человек люди лицо орган организация структура ведомство учреждение представитель "
    "people person persons body bodies organisation organization institution адам ұйым өкіл"
)
WHAT_WORDS = frozenset({"что", "че", "шо"})
# Words for a wording or an idea, before a quoted name (see _without_kind_of_named)
WORDING_WORDS = (
    "лозунг девиз слоган формула формулировка тезис идея концепция понятие термин выражение фраза "
    "slogan motto phrase formula notion term concept idea ұран"
)
SORT_WORD = "за"
# «…главы государства, то есть из его аппарата»: a possessive pronoun before the head of a curated
# phrase whose other words name someone the question named before it (see _possessive_phrase)
# «Какое место занимает X в…?», «какое место отводится X»: the place a thing takes asks its role
# (as «какую роль играет», whose words are stopwords), not a place: the noun and the verbs
PLACE_NOUN = "место"
PLACE_VERBS = frozenset({"занимать", "занять", "отводить", "отводиться", "отвести", "отводимый"})
# «в лице»: the lemma of its noun
THROUGH_MEMBER_NOUN = "лицо"
POSSESSIVES = frozenset({"его", "её", "ее", "их", "his", "her", "their"})
# «кто именно»: the who-question whose «именно» alone makes it ask for names (_who_exactly_there)
EXACTLY_WHO = ("кто", "именно")
GATHER_WORDS = "собираться собраться присутствовать gather gathered жиналды"


class QuestionReader:
    def __init__(
        self, kb: KnowledgeBase, analyzer: Analyzer, base: Analyzer, subjects: frozenset[str]
    ) -> None:
        """`base`: the analyzer without the index's vocabulary; `subjects`: the people and
        institutions the documents name (synonyms.yaml)."""
        self.kb = kb
        self.analyzer = analyzer
        self._subjects = subjects
        # «какие депутаты», «кто из депутатов»: the same few words after such an opener, asked again
        self._names_group = lru_cache(maxsize=MAX_GROUP_TEXTS)(self._is_named_group)
        self._collective = frozenset(base.analyse(" ".join(COLLECTIVE_SPEAKERS)).values)
        # worked out when a question first asks whose (see _owned_nouns): reading every quote of
        # 10,000 entries took 1.3 s of each start
        self._owned_found: frozenset[str] | None = None
        self._bodies = frozenset(base.analyse(BODY_WORDS).values)
        self._part = frozenset(base.analyse(" ".join(PART_WORDS)).values)
        self._whole = frozenset(base.analyse(" ".join(WHOLE_WORDS)).values)
        # the whole as the documents name it, with its adjectives («конституционная реформа»)
        self._wholes = self._whole | base.analyse("конституционная реформа новая конституция").values
        # each date once (10,000 legal entries share a few dates among 1,000 sources)
        self._own_dates = tuple(
            dict.fromkeys(self._date_terms(source.meta.date) for source in kb.sources.values())
        )
        self._dating = frozenset(base.analyse(f"{YEAR_WORDS} {HAPPENING_WORDS}").values)
        self._months = frozenset(base.analyse(" ".join(w for names in MONTH_NAMES for w in names)).values)
        self.agents = frozenset(base.analyse(AGENT_WORDS).values)  # generic words for bodies or people
        self._wordings = frozenset(base.analyse(WORDING_WORDS).values)
        self._pieces = frozenset(base.analyse(PIECE_NAMES).values)
        # the claimed phrase's lemmas, longest first, and the opposite (see _claim_opposed)
        morphology = shared_morphology()
        self._opposites = sorted(
            (
                (tuple(morphology.info(w).lemma for w in words(claimed)), opposite)
                for claimed, opposite in ((o.claimed, o.documents) for o in kb.synonyms.opposites)
            ),
            key=lambda pair: -len(pair[0]),
        )
        self._presence = self.analyzer.analyse(PRESENCE).terms
        self._there = frozenset(base.analyse(GATHER_WORDS).values) | {t.value for t in self._presence}
        self._owned = self._owned_phrases(base)

    def read(self, question: str, analysis: Analysis, *, bare_when: bool = True) -> Analysis:
        """The analysis as the engine should rank it. `bare_when`: a «when» with no word of its own
        asks the document's date (not after small talk: «спасибо, когда…» is not a bare «when»)."""
        if asks_what_did_not_happen(question):  # kind `negated`: no entry tells what did not happen
            return replace(analysis, kinds=analysis.kinds | {"negated"})
        analysis = self._kazakh_plural(self._kazakh_topic(self._claim_opposed(self._other_holder(analysis))))
        analysis = self._without_place_taken(
            self._without_in_the_person(self._possessive_phrase(self._for_what_of_a_noun(analysis)))
        )
        if bare_when:
            analysis = self._bare_when(question, analysis)
        analysis = self._without_excluded(
            self._which_bodies(
                self._which_of_named(
                    self._when_future(
                        self._who_passive(
                            self._who_exactly_there(
                                self._which_ones_there(
                                    self._what_someone_said(
                                        self._without_request(self._without_brevity(analysis))
                                    )
                                )
                            )
                        )
                    )
                )
            )
        )
        analysis = self._without_own_date(
            self._without_unknown_alternative(
                self._without_exclusive_alternative(self._whether_on_a_date(analysis))
            )
        )
        analysis = self._within_the_whole(analysis)
        analysis = self._without_the_whole(
            self._without_the_piece(
                self._wording_of(self._without_avoided_danger(self._warned_to_avoid(analysis)))
            )
        )
        analysis = self._without_own_country(
            self._feared_without(self._warned_of_danger(self._item_by_position(_item_of_list(analysis))))
        )
        analysis = self._whose_the_text_says(analysis)
        analysis = self._where_mentioned(
            self._without_kind_of_named(
                question,
                self._without_judged_by(
                    question, self._without_judging(self._described_as(self._without_hedge(analysis)))
                ),
            )
        )
        return self._term_length(
            self._without_listed_others(
                self._said_of_a_thing(
                    self._said_impersonally(self._said_by_all(_whom(self._named_as(analysis))))
                )
            )
        )

    @staticmethod
    def _named_as(analysis: Analysis) -> Analysis:
        """ "What is named as the foundation of law and order?": a thing named as something is called
        it («что названо основой…»), which asks for no one's name (kind `names` dropped)."""
        if "names" not in analysis.kinds:
            return analysis
        found = analysis.words
        if any(f"{a} {b}" in NAMED_AS for a, b in itertools.pairwise(found)):
            return replace(analysis, kinds=analysis.kinds - {"names"})
        return analysis

    def _owned_phrases(self, base: Analyzer) -> dict[str, tuple[tuple[str, str], ...]]:
        """The curated phrases of a head and whose it is («аппарат президента», «аппарат главы
        государства»): the head's lemma -> (the value of the rest, the phrase)."""
        morphology = shared_morphology()
        out: dict[str, list[tuple[str, str]]] = {}
        for group in self.kb.synonyms.groups:
            for phrase in group:
                found = words(phrase)
                if len(found) < 2 or len(base.analyse(phrase).values) != 1:
                    continue
                rest = base.analyse(" ".join(found[1:])).values
                if len(rest) == 1:
                    out.setdefault(morphology.info(found[0]).lemma, []).append((next(iter(rest)), phrase))
        return {head: tuple(pairs) for head, pairs in out.items()}

    @staticmethod
    def _without_place_taken(analysis: Analysis) -> Analysis:
        """«Какое место занимает правосознание в выступлении прокурора?»: the place a thing takes
        («какое место» with a verb of taking or giving one) is its role, which the text tells by
        what it says of the thing; «место» and the verb are no subject («В каком месте прошёл
        круглый стол?» keeps its place)."""
        morphology = shared_morphology()
        lemmas = [morphology.info(w).lemma for w in analysis.words]
        place = [
            i for i, lemma in enumerate(lemmas) if lemma == PLACE_NOUN and i and lemmas[i - 1] in WHICH_WORDS
        ]
        if not place or PLACE_VERBS.isdisjoint(lemmas):
            return analysis
        kept = tuple(t for t in analysis.terms if t.value != PLACE_NOUN and t.value not in PLACE_VERBS)
        if not kept:
            return analysis
        return replace(analysis, terms=kept, values=frozenset(t.value for t in kept))

    def _without_in_the_person(self, analysis: Analysis) -> Analysis:
        """«…орган в лице его руководителя»: «в лице» says through whom (the member standing for the
        group, bot/qa/subject.py), its «лицо» (a face) is no subject of the question."""
        found = analysis.words
        if not any(pair == THROUGH_MEMBER for pair in itertools.pairwise(found)):
            return analysis
        kept = tuple(t for t in analysis.terms if t.known or t.value != THROUGH_MEMBER_NOUN)
        return replace(analysis, terms=kept, values=frozenset(t.value for t in kept))

    def _possessive_phrase(self, analysis: Analysis) -> Analysis:
        """«Был ли кто-то от главы государства, то есть из его аппарата?»: «его аппарат» after the
        President is named is «аппарат президента», a curated phrase (the Administration), when the
        head alone is a word the documents do not use."""
        found = analysis.words
        morphology = shared_morphology()
        for i, word in enumerate(found[:-1]):
            if word not in POSSESSIVES:
                continue
            before = self.analyzer.analyse(" ".join(found[:i])).values
            head = self.analyzer.analyse(found[i + 1]).terms
            if not head or head[0].known:
                continue
            for owner, phrase in self._owned.get(morphology.info(found[i + 1]).lemma, ()):
                if owner in before:
                    text = " ".join((*found[:i], phrase, *found[i + 2 :]))
                    read = self.analyzer.analyse(text)
                    return replace(read, kinds=read.kinds | analysis.kinds)
        return analysis

    @staticmethod
    def _who_passive(analysis: Analysis) -> Analysis:
        """«Who is invited…», «who was represented…»: a participle after «who is» makes a passive
        question about who does or did something (kind `who`), not «who is X» (his role)."""
        if "who_is" not in analysis.kinds:
            return analysis
        found = analysis.words
        morphology = shared_morphology()
        for i in range(len(found) - 2):
            if (
                found[i] == "who"
                and found[i + 1] in BE_FORMS
                and morphology.info(found[i + 2]).pos in PREDICATE_POS
            ):
                return replace(analysis, kinds=(analysis.kinds - {"who_is"}) | {"who"})
        return analysis

    def _which_ones_there(self, analysis: Analysis) -> Analysis:
        """«Какие органы были на круглом столе?», «что за люди собирались?», "Which bodies were
        there?": a generic word for people or bodies right after an asking word, with nothing said of
        them but that they were there or gathered, asks who was there (kind `who`); the generic word
        is the asking word's own, no subject («Какие органы будут заниматься профилактикой?» says
        something else of them, and keeps its reading)."""
        if analysis.kinds:
            return analysis
        found = analysis.words
        morphology = shared_morphology()
        agent = None
        for i, word in enumerate(found[:-1]):
            if word in WHAT_WORDS:  # «что за люди», «чё там за люди»
                after = found[i + 1 : i + 3]
                start = i + 1 + after.index(SORT_WORD) + 1 if SORT_WORD in after else None
            else:
                start = i + 1 if morphology.info(word).lemma in WHICH_WORDS | ASKING_WHICH else None
            if start is not None and start < len(found):
                agent = self.analyzer.analyse(found[start]).values & self.agents
                break
        if not agent:
            return analysis
        rest = tuple(t for t in analysis.terms if t.value not in agent)
        there = self._there & analysis.values or BE_PAST & set(found)
        if not there or any(
            (t.pos in PREDICATE_POS and t.value not in self._there) or t.value in self._subjects | self.agents
            for t in rest
        ):
            return analysis  # something else is said of them («представители органа при главе государства»)
        # gathering is taking part, the documents' word for who was there
        rest = (*(t for t in rest if t.value not in self._there), *self._presence)
        return replace(
            analysis, terms=rest, values=frozenset(t.value for t in rest), kinds=analysis.kinds | {"who"}
        )

    def _who_exactly_there(self, analysis: Analysis) -> Analysis:
        """«Кто именно участвовал в круглом столе по проекту Конституции?»: «кто именно» (kind
        `names`) with nothing said of those asked about but that they took part, were there or
        gathered, and no group named, asks who took part (kind `who`): the document tells it by the
        bodies that sent people, and says no more of them, not by the one speaker it names. A group
        named («кто именно из депутатов участвовал?») or another verb («кто именно выступал?»), or
        another word asking for names («назовите поименно»), keeps the names asked."""
        found = analysis.words
        if "names" not in analysis.kinds or not any(
            pair == EXACTLY_WHO for pair in itertools.pairwise(found)
        ):
            return analysis
        plain = self.analyzer.analyse(" ".join(w for w in found if w != EXACTLY_WHO[1]))
        if "names" in plain.kinds or not MEMBER_WORDS.isdisjoint(found):
            return analysis
        there = self._there & analysis.values or BE_PAST & set(found)
        if not there or any(
            (t.pos in PREDICATE_POS and t.value not in self._there) or t.value in self._subjects | self.agents
            for t in analysis.terms
        ):
            return analysis
        rest = (*(t for t in analysis.terms if t.value not in self._there), *self._presence)
        return replace(
            analysis,
            terms=rest,
            values=frozenset(t.value for t in rest),
            kinds=(analysis.kinds - {"names"}) | {"who"},
        )

    def _bare_when(self, question: str, analysis: Analysis) -> Analysis:
        """«Когда это всё было?», «Когда это произошло?», «какого числа было? 27е?»: a «when» with no
        word of its own (a verb of happening is none) asks the date of the document, as if its kind
        were named («пресс-релиз»). Beside other documents it is not clear which one is meant, and
        the question stays as asked."""
        if (
            analysis.kinds != {"when"}
            or len(self.kb.sources) != 1
            # (a day or a year is the asker's guess of the date: «27-е?»)
            or any(
                t.real_word and not _date_like(t.value) and t.value not in self._dating
                for t in analysis.terms
            )
        ):
            return analysis
        (source,) = self.kb.sources.values()
        return self.analyzer.analyse(f"{question} {source.meta.kind}")

    @staticmethod
    def _when_future(analysis: Analysis) -> Analysis:
        """«Когда пройдёт референдум?», «When will the next round table be held?»: the date of
        something yet to come (kind `future`), not of what the documents report."""
        if "when" not in analysis.kinds:
            return analysis
        morphology = shared_morphology()
        if any(word in FUTURE_WORDS or morphology.info(word).future for word in analysis.words):
            return replace(analysis, kinds=analysis.kinds | {"future"})
        return analysis

    def _which_of_named(self, analysis: Analysis) -> Analysis:
        """«Какие депутаты…», «какие общественные организации…», «как называются общественные
        организации», «which NGOs…», «кто представлял Администрацию»: asking which members of a
        group the documents name only as a whole asks for names (kind `names`)."""
        found = analysis.words
        morphology = shared_morphology()
        for i, word in enumerate(found[:-1]):
            lemma = morphology.info(word).lemma
            start = i + 1
            while found[start] in MEMBER_GAP and start + 1 < len(found):
                start += 1  # «кто там от АП был», «кто там вообще был из…»
            link = morphology.info(found[start]).lemma
            if lemma in WHO_WORDS and link in MEMBER_WORDS:
                start += 1  # «кто представлял Администрацию», «кто из депутатов»: its members by name
            elif lemma == "как" and link in NAMING_VERBS:
                start += 1  # «как называются общественные организации»: which ones, by name
            elif lemma not in WHICH_WORDS:
                continue
            if self._names_group(" ".join(found[start : start + WHICH_SPAN])):
                if link in FROM_WORDS and self._only_there(analysis, found[start : start + WHICH_SPAN]):
                    # «кто от АП был?»: whether someone from it was there, as «был ли кто-то от АП»
                    # (taking part, the documents' word for it: only an entry saying who took part tells)
                    terms = (*analysis.terms, *self._presence)
                    return replace(
                        analysis,
                        terms=terms,
                        values=frozenset(t.value for t in terms),
                        kinds=analysis.kinds - {"who"},
                    )
                return replace(analysis, kinds=analysis.kinds | {"names"})
        return analysis

    def _which_bodies(self, analysis: Analysis) -> Analysis:
        """«Кто именно сидел за столом — из каких ведомств и организаций?»: «кто именно» beside
        «каких ведомств / организаций» asks which bodies took part, which the text tells, not the
        people's names (kind `names` dropped); «какие именно организации» asks the same bodies, each
        by its name the text gives (kind `items` dropped)."""
        if not {"names", "items"} & analysis.kinds:
            return analysis
        found = analysis.words
        morphology = shared_morphology()
        for i, word in enumerate(found[:-1]):
            if morphology.info(word).lemma not in WHICH_WORDS:
                continue
            named = self.analyzer.analyse(" ".join(found[i + 1 : i + 1 + WHICH_SPAN])).values
            if named & self._bodies:
                return replace(analysis, kinds=analysis.kinds - {"names", "items"})
        return analysis

    def _only_there(self, analysis: Analysis, group: tuple[str, ...]) -> bool:
        """Nothing is said of the group but that someone from it was there (a past «быть», no verb
        of taking part, speaking or representing), and no word asks for names («кто именно»)."""
        if analysis.kinds & {"names", "items"} or not BE_PAST & set(analysis.words):
            return False
        named = self.analyzer.analyse(" ".join(group)).values
        return all(t.value in named or t.pos == "ADVB" for t in analysis.terms)

    def _is_named_group(self, text: str) -> bool:
        """The words after «какие», «кто из» name a group the documents name as a whole (its first
        term is a subject: «какие депутаты»; not «какое значение генпрокурор…»)."""
        group = self.analyzer.analyse(text).terms
        return bool(group) and group[0].value in self._subjects

    def _without_unknown_alternative(self, analysis: Analysis) -> Analysis:
        """«Обсуждали теорию или практику?»: an alternative the documents never name, beside one
        they do, is not the question's subject; the answer tells which of the two the document
        holds. Only when no other unknown word is left, which may be what is asked («Проект примут
        в Парламенте или на референдуме?»: how it is adopted, which the text does not say)."""
        found = analysis.words
        dropped = set()
        for i, word in enumerate(found):
            # «или», or the «а не» of a contrast («только о теории, а не о практике?»)
            contrast = word == "не" and i > 0 and found[i - 1] == "а"
            if (word not in ALTERNATIVE_WORDS and not contrast) or not 0 < i < len(found) - 1:
                continue
            start = i - 1 if contrast else i
            before = self.analyzer.analyse(" ".join(found[max(0, start - ALTERNATIVE_SPAN) : start])).terms
            after = self.analyzer.analyse(" ".join(found[i + 1 : i + 1 + ALTERNATIVE_SPAN])).terms
            # an alternative the documents never name, next to «или», if the other one opens with a
            # word they use: an unknown word, with the unknown adjectives before it («разовая акция»)
            if after and after[0].known:
                dropped |= {t.value for t in _unknown_phrase_end(before)}
            if before and before[-1].known:
                dropped |= {t.value for t in _unknown_phrase_start(after)}
            dropped |= self._unknown_head_of_alternative(found, start)
        kept = tuple(t for t in analysis.terms if t.value not in dropped)
        if not dropped or any(not t.known and t.real_word for t in kept):
            return analysis
        return replace(analysis, terms=kept, values=frozenset(t.value for t in kept))

    def _without_exclusive_alternative(self, analysis: Analysis) -> Analysis:
        """«Учёные участвовали или только чиновники?», "…or just officials?": the alternative that
        would hold alone is answered by whether the first one holds, so its words are no subject of
        the question. Only when words the documents use are left before «или»."""
        found = analysis.words
        for i, word in enumerate(found):
            if word in ALTERNATIVE_WORDS and EXCLUSIVE_WORDS.intersection(
                found[i + 1 : i + 1 + EXCLUSIVE_SPAN]
            ):
                head = self.analyzer.analyse(" ".join(found[:i])).values
                tail = self.analyzer.analyse(" ".join(found[i + 1 :])).values - head
                kept = tuple(t for t in analysis.terms if t.value not in tail)
                if kept != analysis.terms and any(t.known for t in kept):
                    return replace(analysis, terms=kept, values=frozenset(t.value for t in kept))
        return analysis

    def _unknown_head_of_alternative(self, found: tuple[str, ...], i: int) -> set[str]:
        """«разрыв с прежним курсом или его продолжение?»: an alternative the documents never name may
        be a noun with words of its own after it; its head is the unknown noun opening the span
        before «или», when the alternative after it is a known noun."""
        left = self.analyzer.analyse(" ".join(found[max(0, i - ALTERNATIVE_HEAD_SPAN) : i])).terms
        # (the noun after «или» may follow its adjectives: «или его последовательное продолжение?»)
        after = self.analyzer.analyse(" ".join(found[i + 1 : i + 1 + ALTERNATIVE_SPAN])).terms
        right = [t for t in after if t.pos not in ADJECTIVE_POS][:1]
        if not right or not right[0].known or right[0].pos != "NOUN":
            return set()
        # the head opens the span («разрыв с прежним курсом», words the documents use after it) or
        # the run of unknown words that ends it («реформа — как разрыв с прошлым»: not the reform)
        run = list(itertools.takewhile(lambda t: not t.known, reversed(left)))[::-1]
        return {t.value for t in (*left[:1], *run[:1]) if not t.known and t.real_word and t.pos == "NOUN"}

    def _other_holder(self, analysis: Analysis) -> Analysis:
        """«Кто был генеральным прокурором до Асылова?», "Who was Prosecutor General before
        Asylov?": who, before or after a person the documents name, asks for someone else (his
        predecessor, his successor), whom they never name: an unknown subject, so that the entry
        about the one named does not answer."""
        found = analysis.words
        if WHO_WORDS.isdisjoint(found):
            return analysis
        for i, word in enumerate(found[:-1]):
            if (
                word in BEFORE_AFTER
                and self.analyzer.analyse(" ".join(found[i + 1 : i + 3])).values & self._subjects
            ):
                other = Term(OTHER_HOLDER, known=False, real_word=True, pos="NOUN")
                return replace(analysis, terms=(*analysis.terms, other))
        return analysis

    def _kazakh_topic(self, analysis: Analysis) -> Analysis:
        """«Бас прокурор салық туралы не айтты?»: what is spoken of, before «туралы», «жөнінде», is a
        noun (so is what is quoted before «деп»); a Kazakh one the knowledge base does not know is an
        unknown subject, as a Russian noun the documents never use is («Что генпрокурор сказал о
        налогах?»), and the entries lacking it do not answer. Kazakh words get no part of speech
        here, so only this place tells a noun."""
        found = analysis.words
        topics = {found[i - 1] for i, word in enumerate(found) if word in KAZAKH_ABOUT and i}
        if not topics:
            return analysis
        values = self.analyzer.analyse(" ".join(topics)).values
        terms = tuple(
            replace(t, real_word=True, pos="NOUN") if t.value in values and not t.known else t
            for t in analysis.terms
        )
        return replace(analysis, terms=terms)

    @staticmethod
    def _kazakh_plural(analysis: Analysis) -> Analysis:
        """«Жиында фермерлер болды ма?»: in a Kazakh question, a word no dictionary holds whose stem
        ends in the plural suffix is a noun (only nouns take it); one the knowledge base does not know
        is an unknown subject, as «фермеры» is in Russian, not noise the ranking may pass over."""
        found = analysis.words
        if not any(KAZAKH_LETTERS.search(w) for w in found) and not (found and found[-1] in YES_NO_PARTICLES):
            return analysis
        terms = tuple(
            replace(t, real_word=True, pos="NOUN")
            if not t.known and not t.real_word and t.value.endswith(KAZAKH_PLURAL)
            else t
            for t in analysis.terms
        )
        return replace(analysis, terms=terms)

    def _claim_opposed(self, analysis: Analysis) -> Analysis:
        """«Правда ли, что Асылов назвал изменения консервативными?», "Is it true that the reform is a
        departure from the earlier course?": a checked claim whose word is the opposite of the
        documents' (synonyms.yaml `opposites`) is asked with their word, so that the entry saying what
        they do say on that subject answers; its other words must match as any question's do («Правда ли, что
        Асылов предложил снизить налоги?» has no opposite, and stays declined)."""
        found = analysis.words
        if not _checks_claim(found):
            return analysis
        morphology = shared_morphology()
        lemmas = [morphology.info(w).lemma for w in found]
        out: list[str] = []
        i = 0
        while i < len(found):
            for claimed, opposite in self._opposites:
                if tuple(lemmas[i : i + len(claimed)]) == claimed:
                    out.append(opposite)
                    i += len(claimed)
                    break
            else:
                out.append(found[i])
                i += 1
        if out == list(found):
            return analysis
        claim = self.analyzer.analyse(" ".join(out))
        return claim if self._of_the_documents(claim) else analysis

    def _of_the_documents(self, claim: Analysis) -> bool:
        """The claim speaks of what the documents do: no noun they never use, nor an adjective they
        never use on their reform, draft or constitution («назвал налоговую реформу консервативной»
        is about another reform; «как разрыв с прежним политическим курсом» qualifies a course). A
        verb they never use is left to the gates every question passes."""
        terms = claim.terms
        for i, term in enumerate(terms):
            if term.known or not term.real_word or term.value in CHECKING_WORDS:
                continue
            if term.pos == "NOUN":
                return False
            if term.pos in ADJECTIVE_POS:
                head = next((t for t in terms[i + 1 :] if t.pos not in ADJECTIVE_POS), None)
                if head is None or head.value in self._whole:
                    return False
        return True

    def _whether_on_a_date(self, analysis: Analysis) -> Analysis:
        """«Круглый стол прошёл 15 марта?», «Правда, что он был в марте?»: whether something happened
        on a date asks its date (kind `when`), and the answer gives the date the document states; a
        month it does not name is not a detail it lacks. Only a yes/no question («Что было 15
        марта?» asks something else). With nothing but the date («Это было в феврале 2026 года?»)
        the event is the one document's."""
        found = analysis.words
        # («чему был посвящён круглый стол 27 февраля?»: an oblique form asks as «что» does)
        # ("Did it take place in January?", "Is it true that…": an auxiliary opening it asks yes or no)
        asked = [
            w
            for i, w in enumerate(found)
            if ((w in QUESTION_OPENERS and w != "ли") or w in OBLIQUE_QUESTION_WORDS)
            and not (i == 0 and w in YES_NO_AUXILIARIES)
        ]
        # «Правда, что…», «Верно ли, что…»: «что» joins what is checked, it asks nothing
        asked = [w for w in asked if w != "что" or not (set(found[: found.index(w)]) & CHECKING_WORDS)]
        if analysis.kinds or asked:
            return analysis
        dated = {t.value for t in analysis.terms if t.value in self._months}
        if not dated:
            return analysis
        dated |= {t.value for t in analysis.terms if t.pos == "NUMB" or t.value in self._dating}
        kept = tuple(t for t in analysis.terms if t.value not in dated)
        if not any(t.real_word for t in kept) and len(self.kb.sources) == 1:
            # «Это было в феврале 2026 года?»: nothing but the date, of the one document's event
            (source,) = self.kb.sources.values()
            kept = self.analyzer.analyse(source.meta.kind).terms
        if not any(t.known for t in kept):
            return analysis
        return replace(
            analysis, kinds=analysis.kinds | {"when"}, terms=kept, values=frozenset(t.value for t in kept)
        )

    def _without_own_date(self, analysis: Analysis) -> Analysis:
        """«Кто участвовал в обсуждении 27 февраля?»: a document's own date, in a question that
        asks something else (who, what was said, «чему был посвящён…»), names the event; it is not
        what is asked."""
        if analysis.kinds & {"when", "future"} or not analysis.values & self._months:
            return analysis
        if not analysis.kinds and not any(
            (w in QUESTION_OPENERS and w != "ли") or w in OBLIQUE_QUESTION_WORDS for w in analysis.words
        ):
            return analysis
        # (all of the date asked: «15 марта» is not the 5th of March of a document)
        dated = {t.value for t in analysis.terms if t.value in self._months or t.pos == "NUMB"}
        for month, date in self._own_dates:
            if month & analysis.values and dated <= date:
                kept = tuple(t for t in analysis.terms if t.value not in date)
                if any(t.known for t in kept):
                    return replace(analysis, terms=kept, values=frozenset(t.value for t in kept))
        return analysis

    def _said_by_all(self, analysis: Analysis) -> Analysis:
        """«Что участники сказали про верховенство закона?»: what the participants (the round table)
        said is what the document reports, so the question asks what it says, not for an entry
        reporting someone's words. Not when it names a person or body («что сказал Токаев»), nor when
        it asks who said it («Кто говорил о вовлечении общества в обсуждение?»: the sayer is asked);
        «чьи» / "whose" asks whose a thing is, not who said it («Чьи инициативы, по мнению участников,
        продолжает реформа?»: the participants say it)."""
        if "said" not in analysis.kinds or not self._collective & analysis.values:
            return analysis
        if "who" in analysis.kinds and not _only_whose(analysis.words):
            return analysis
        if any(t.value in self._subjects and t.value not in self._collective for t in analysis.terms):
            return analysis
        return replace(analysis, kinds=analysis.kinds - {"said"})

    def _said_impersonally(self, analysis: Analysis) -> Analysis:
        """«Что говорили про верховенство закона?», «Что отмечали о правовой культуре?»: a plural verb
        of saying with no speaker before «про / о» («что говорили», not «что учёные говорили» nor
        «что говорили учёные про…») is Russian's indefinite person, what was said: what the document
        says about the topic, as «что сказано о…», not an entry reporting someone's words."""
        if "said" not in analysis.kinds:
            return analysis
        found = analysis.words
        about = next((i for i, word in enumerate(found) if word in ABOUT_WORDS), None)
        if not about:
            return analysis
        morphology = shared_morphology()
        before = found[:about]
        if not any(morphology.plural_verb(w) for w in before) or not all(
            morphology.plural_verb(w) or morphology.info(w).is_function_word for w in before
        ):
            return analysis
        return replace(analysis, kinds=analysis.kinds - {"said"})

    @staticmethod
    def _said_of_a_thing(analysis: Analysis) -> Analysis:
        """«На что направлены инициативы, продолжением которых считают реформу?»: a plural verb of
        saying right after «который» (the indefinite person) says what the thing is held to be; it
        asks no one's words. Only when every verb of saying stands so."""
        if "said" not in analysis.kinds:
            return analysis
        found = analysis.words
        morphology = shared_morphology()
        saying = [i for i, w in enumerate(found) if morphology.info(w).lemma in SAYING_LEMMAS]
        if not saying or not all(
            i > 0 and morphology.info(found[i - 1]).lemma == "который" and morphology.plural_verb(found[i])
            for i in saying
        ):
            return analysis
        return replace(analysis, kinds=analysis.kinds - {"said"})

    def _within_the_whole(self, analysis: Analysis) -> Analysis:
        """«Что сказано об эффективности госуправления в рамках конституционной реформы?»,
        «Конституциялық реформа аясында … туралы не делінді?»: the reform, the draft or the
        constitution a question is placed within frames what it asks about; no subject of its own
        (the entry telling of the thing need not name the reform). Only when the frame is nothing but
        the documents' whole and something else the knowledge base knows is left («в рамках
        равенства перед законом» names a thing, and stays)."""
        found = analysis.words
        spans = [
            found[i + 2 : i + 2 + WITHIN_SPAN]
            for i, pair in enumerate(itertools.pairwise(found))
            if pair in WITHIN_BEFORE
        ]
        spans += [
            found[max(0, i - WITHIN_SPAN + 1) : i] for i, word in enumerate(found) if word in WITHIN_AFTER
        ]
        for span in spans:
            frame = self.analyzer.analyse(" ".join(span)).terms
            # the whole, with its adjectives («конституционной», «новой»), closing or opening the span
            whole = [t.value for t in frame if t.value in self._wholes]
            if whole:
                return _less(analysis, whole)
        return analysis

    def _without_the_whole(self, analysis: Analysis) -> Analysis:
        """«Большие данные — тоже часть реформы?», «Входит ли ИИ в проект?»: whether the reform or the
        draft has X in it is whether the document names X; the part and the whole only frame it. Only
        when something the knowledge base knows is left (X, not a person or body), and never beside a
        kind of question."""
        if analysis.kinds or not self._part & analysis.values or not self._whole & analysis.values:
            return analysis
        frame = self._part | self._whole
        kept = tuple(t for t in analysis.terms if t.value not in frame)
        if not any(t.known for t in kept) or any(t.value in self._subjects for t in kept):
            return analysis  # a body is no part of a reform («Является ли прокуратура частью реформы?»)
        return replace(analysis, terms=kept, values=frozenset(t.value for t in kept))

    def _without_listed_others(self, analysis: Analysis) -> Analysis:
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
        return self._unless_asked_elsewhere(analysis, "others", listed)

    def _unless_asked_elsewhere(
        self, analysis: Analysis, kind: str, misread: set[int], instead: str | None = None
    ) -> Analysis:
        """The kind read from the words at `misread` is taken back (or replaced by `instead`) unless
        another word of the question asks it too («кто ещё… и других»)."""
        if not misread:
            return analysis
        rest = " ".join(word for i, word in enumerate(analysis.words) if i not in misread)
        if kind in self.analyzer.analyse(rest).kinds:
            return analysis
        kinds = analysis.kinds - {kind}
        return replace(analysis, kinds=kinds | {instead} if instead else kinds)

    def _what_someone_said(self, analysis: Analysis) -> Analysis:
        """ "Explain what the Prosecutor General said", "Tell me what the President thinks": what a
        person said, asked indirectly, asks their words (kind `said`), so that only an entry
        reporting someone's words answers it (the one naming the President as the reform's
        initiator does not). Only when the words between name a person or body the documents name or
        a word they never use (someone else), and none is an auxiliary of a passive ("what was said
        about…", "what it says" ask what the documents say)."""
        found = analysis.words
        if "said" in analysis.kinds:
            return analysis
        for i, word in enumerate(found):
            if word != "what":
                continue
            ends = [
                j for j in range(i + 2, min(i + 2 + INDIRECT_SPAN, len(found))) if found[j] in INDIRECT_SAYING
            ]
            if not ends or not PASSIVE_AUXILIARIES.isdisjoint(found[i + 1 : ends[0]]):
                continue
            speaker = self.analyzer.analyse(" ".join(found[i + 1 : ends[0]])).terms
            if any(t.value in self._subjects or (not t.known and t.real_word) for t in speaker):
                return replace(analysis, kinds=analysis.kinds | {"said"})
        return analysis

    def _without_request(self, analysis: Analysis) -> Analysis:
        """«Объясни, о чём был этот круглый стол», "Explain what the Prosecutor General said": an
        imperative of explaining opening the question is addressed to the bot, which is asked to
        tell what follows; it is no subject (the documents' explanatory work is not asked about).
        Only when the words after it name something the documents know."""
        found = analysis.words
        if len(found) < 2 or found[0] not in REQUEST_VERBS:
            return analysis
        rest = self.analyzer.analyse(" ".join(found[1:]))
        if not any(t.known for t in rest.terms):
            return analysis
        return replace(rest, kinds=rest.kinds | analysis.kinds)

    def _without_brevity(self, analysis: Analysis) -> Analysis:
        """«В чём суть реформы в двух словах?», "in a few words": a count of words says how briefly
        to answer, «простыми словами», "in plain words" how plainly; they are not what is asked
        («какими словами он описал…» still is)."""
        found = analysis.words
        morphology = shared_morphology()
        brief: set[int] = set()
        for i, word in enumerate(found[1:], start=1):
            count = morphology.info(found[i - 1])
            lemma = morphology.info(word).lemma
            if (
                lemma in BREVITY_NOUNS
                and (count.pos == "NUMR" or count.lemma in COUNT_WORDS | PLAIN_WORDS)
                and (lemma != PROPOSAL_NOUN or word.endswith(MANNER_ENDINGS))
            ):
                brief |= {i - 1, i}
        brief |= self._headline_asked(found)
        if not brief:
            return analysis
        return self.analyzer.analyse(" ".join(w for i, w in enumerate(found) if i not in brief))

    @staticmethod
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

    def _term_length(self, analysis: Analysis) -> Analysis:
        """«Поправки рассчитаны на короткий срок?», «на какой срок?»: a term («срок») with an adjective
        of its length asks how long something is meant to last (kind `duration`), which only an entry
        stating a length tells («долгосрочные ориентиры»), not a date. «В какой срок», «срок
        полномочий» stay when-questions."""
        if "when" not in analysis.kinds:
            return analysis
        found = analysis.words
        morphology = shared_morphology()
        lengths = {
            i
            for i, word in enumerate(found)
            if i > 0 and morphology.info(word).lemma in TERM_WORDS and self._of_length(found, i - 1)
        }
        return self._unless_asked_elsewhere(analysis, "when", lengths, instead="duration")

    @staticmethod
    def _of_length(found: tuple[str, ...], i: int) -> bool:
        """The word before a term tells its length: an adjective («короткий»), or «какой» after «на»."""
        before = shared_morphology().info(found[i])
        if before.lemma in WHICH_WORDS:
            return i > 0 and found[i - 1] in DURATION_PREPOSITIONS
        return before.pos == "ADJF"

    def _owned_nouns(self) -> frozenset[str]:
        """_nouns_of_unnamed_owners, worked out once (two threads may both work it out: alike)."""
        if self._owned_found is None:
            self._owned_found = self._nouns_of_unnamed_owners()
        return self._owned_found

    def _nouns_of_unnamed_owners(self) -> frozenset[str]:
        """The lemmas of the nouns the entries' quotes name with their owner after them, a noun in the
        genitive that is none of the people and bodies named («законных интересов населения»:
        «интерес»; not «инициатив Президента», whose owner an entry about him tells as `who`)."""
        morphology = shared_morphology()
        owners: dict[str, set[str]] = {}  # each owner's word: the nouns named with it
        for entry in self.kb.entries:
            for quote in entry.quotes:
                for word, after in itertools.pairwise(words(quote)):
                    if morphology.info(word).pos == "NOUN" and morphology.genitive_noun(after):
                        owners.setdefault(after, set()).add(morphology.info(word).lemma)
        named = {owner for owner in owners if self.analyzer.analyse(owner).values & self._subjects}
        return frozenset(noun for owner, nouns in owners.items() if owner not in named for noun in nouns)

    def _whose_the_text_says(self, analysis: Analysis) -> Analysis:
        """«Чьи законные интересы защищают…?»: whose a thing is, where the text names the thing with
        its owner after it («защиту законных интересов населения»), is what the text says of the
        thing, not a question of who (kind `who` dropped). «Чьи интересы учтут в бюджете?» keeps
        its other words, which stay unknown."""
        if "who" not in analysis.kinds:
            return analysis
        found = analysis.words
        morphology = shared_morphology()
        for i, word in enumerate(found):
            if morphology.info(word).lemma != "чей":
                continue
            owned = next(
                (w for w in found[i + 1 : i + 1 + WHOSE_SPAN] if morphology.info(w).pos == "NOUN"), None
            )
            if owned is not None and morphology.info(owned).lemma in self._owned_nouns():
                return replace(analysis, kinds=analysis.kinds - {"who"})
        return analysis

    def _without_hedge(self, analysis: Analysis) -> Analysis:
        """«О чём по сути идёт речь…?», «по существу», «в сущности», "in essence": an adverb of how
        plainly the asker wants it said, no subject («в чём суть X» still asks the gist); so is a
        compound preposition's noun («в ходе обсуждения»: during it)."""
        found = analysis.words
        pairs = [" ".join(found[i : i + 2]) for i in range(len(found) - 1)]
        threes = [" ".join(found[i : i + 3]) for i in range(len(found) - 2)]
        said = [hedge for hedge in (*pairs, *threes) if hedge in HEDGES | COMPOUND_PREPOSITIONS]
        if not said:
            return analysis
        dropped = self.analyzer.analyse(" ".join(said)).values
        return _less(analysis, dropped)

    @staticmethod
    def _without_judging(analysis: Analysis) -> Analysis:
        """ "Why does he consider broad involvement important?", "Is the reform considered
        progressive?": a verb of judging with the adjective it judges by closing the question asks
        whether (or why) the thing is so; no subject of its own. "Will parliament consider the
        draft?" (no adjective after) keeps its verb."""
        found = analysis.words
        morphology = shared_morphology()
        if not found or morphology.info(found[-1]).pos != "ADJF":
            return analysis
        return _less(analysis, JUDGING_VERBS)

    def _described_as(self, analysis: Analysis) -> Analysis:
        """ "Is it true that the reform is presented as a departure from the earlier course?": a verb
        of presenting right before "as" frames how the text describes the thing, no subject of its
        own ("presented" is not being present at the round table). "Were NGOs present?" keeps it."""
        found = analysis.words
        morphology = shared_morphology()
        framing = [
            word
            for word, after in itertools.pairwise(found)
            if after == "as" and morphology.info(word).lemma in DESCRIBING_AS
        ]
        if not framing:
            return analysis
        return _less(analysis, self.analyzer.analyse(" ".join(framing)).values)

    def _without_judged_by(self, question: str, analysis: Analysis) -> Analysis:
        """«Какой должна стать модель, судя по финалу текста?», "judging by the release, …": what the
        asker judges by is where the answer is read, not what is asked (the words after «судя по» up
        to the clause's end); so is a place in the piece («в заключительной части сообщения», «в
        конце текста»). Only when a word the documents use is left."""
        found = [m.group() for m in (_JUDGED_BY.search(question), *_PLACE_IN_PIECE.finditer(question)) if m]
        if not found:
            return analysis
        frame = self.analyzer.analyse(" ".join(found)).values
        return _less(analysis, frame)

    @staticmethod
    def _where_mentioned(analysis: Analysis) -> Analysis:
        """«Где упоминается профилактика правонарушений?», "Where is X mentioned?": where in the text
        a thing is named is what the text says of it, not a place (kind `where` dropped, and the verb
        of mentioning). Only when something the knowledge base knows is named."""
        if "where" not in analysis.kinds:
            return analysis
        morphology = shared_morphology()
        mentioning = {w for w in analysis.words if morphology.info(w).lemma in MENTION_VERBS}
        if not mentioning:
            return analysis
        verbs = mentioning | {morphology.info(w).lemma for w in mentioning}
        kept = tuple(t for t in analysis.terms if t.value not in verbs)
        if not any(t.known and t.pos in {"NOUN", None} for t in kept):
            return analysis
        values = frozenset(t.value for t in kept)
        return replace(analysis, terms=kept, values=values, kinds=analysis.kinds - {"where"})

    @staticmethod
    def _feared_without(analysis: Analysis) -> Analysis:
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
        doing = any(morphology.info(word).pos == "INFN" for word in found)
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

    def _for_what_of_a_noun(self, analysis: Analysis) -> Analysis:
        """«Площадкой для чего стал круглый стол?», «Основой для чего служит принцип?»: a «для чего»
        just after a noun asks what that noun is for (what the thing became), not why: no kind
        `reason` from it (one asked otherwise stays: «Почему площадкой для чего-то…»)."""
        found = analysis.words
        if "reason" not in analysis.kinds:
            return analysis
        morphology = shared_morphology()
        for i in range(1, len(found) - 1):
            if found[i : i + 2] == ("для", "чего") and morphology.info(found[i - 1]).pos == "NOUN":
                rest = " ".join((*found[:i], *found[i + 2 :]))
                if "reason" not in self.analyzer.analyse(rest).kinds:
                    return replace(analysis, kinds=analysis.kinds - {"reason"})
        return analysis

    def _warned_of_danger(self, analysis: Analysis) -> Analysis:
        """«Предупреждал ли генпрокурор о риске неверного толкования реформ?», "Did he warn of the
        danger of misreadings?": a warning of a danger of a thing the documents name asks what is to
        be avoided, which an entry stating a purpose tells («позволяет избежать неточных
        интерпретаций»); the danger and the verb of warning are its frame. Only when that thing, just
        after the danger, is a noun the knowledge base knows («о риске повышения налогов» stays
        declined)."""
        found = analysis.words
        morphology = shared_morphology()
        warning = {morphology.info(w).lemma for w in found} & WARNING_SAYS
        if not warning:
            return analysis
        for i, word in enumerate(found):
            if DANGER_NOUNS.isdisjoint(morphology.lemmas(word)):
                continue
            after = self.analyzer.analyse(" ".join(found[i + 1 : i + 1 + ALTERNATIVE_SPAN])).terms
            if not after or not after[0].known or after[0].pos not in {"NOUN", None}:
                continue
            danger = self.analyzer.analyse(word).values
            kept = tuple(t for t in analysis.terms if t.value not in warning | danger)
            if kept == analysis.terms:
                continue
            values = frozenset(t.value for t in kept)
            return replace(analysis, terms=kept, values=values, kinds=analysis.kinds | {"reason"})
        return analysis

    def _without_kind_of_named(self, question: str, analysis: Analysis) -> Analysis:
        """«Что за лозунг «Закон и порядок»?», «идея „справедливого Казахстана“»: a word for a wording
        or an idea right before a quoted name the documents know says what kind of thing the name is;
        the name is what is asked about, not the word («сериал «Закон и порядок»» is another thing
        of that name, and keeps its word)."""
        dropped = set()
        for match in _KIND_BEFORE_NAME.finditer(question):
            kind = self.analyzer.analyse(match.group(1)).terms
            named = self.analyzer.analyse(match.group(2)).terms
            if len(kind) == 1 and kind[0].value in self._wordings and any(t.known for t in named):
                dropped.add(kind[0].value)
        kept = tuple(t for t in analysis.terms if t.value not in dropped)
        if len(kept) == len(analysis.terms):
            return analysis
        return replace(analysis, terms=kept, values=frozenset(t.value for t in kept))

    @staticmethod
    def _item_by_position(analysis: Analysis) -> Analysis:
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
            {morphology.info(word).lemma for word in analysis.words} & LIST_PLACE_WORDS if ordinals else set()
        )
        # (one the documents use, «первый» of «в первую очередь», may be what is asked: «первый этап»)
        kept = tuple(
            t for t in analysis.terms if (t.known or t.value not in ordinals) and t.value not in places
        )
        if len(kept) == len(analysis.terms) or not kept or not all(t.known for t in kept):
            return analysis
        return replace(analysis, terms=kept, values=frozenset(t.value for t in kept))

    def _without_own_country(self, analysis: Analysis) -> Analysis:
        """The possessive of one country ("the country's top prosecutor", "nation's") is the country
        the document is about, framing a subject named beside it; «Which countries supported…?»,
        "Which country's constitution…?" keep their word (they ask which). Only when a known noun or
        concept is left."""
        found = analysis.words
        morphology = shared_morphology()
        owner = {
            found[i]
            for i in range(len(found) - 1)
            if found[i] in OWN_COUNTRY
            and found[i + 1] == "s"
            and (i == 0 or found[i - 1] not in ASKING_WHICH)
        } | {  # «главный прокурор страны»: the genitive after a named subject
            word
            for before, word in itertools.pairwise(found)
            if word in OWN_COUNTRY_GENITIVE and self.analyzer.analyse(before).values & self._subjects
        }
        if not owner:
            return analysis
        stems = {morphology.info(word).lemma for word in owner}
        kept = tuple(t for t in analysis.terms if t.value not in stems)
        if len(kept) == len(analysis.terms) or not any(t.known and t.pos in {"NOUN", None} for t in kept):
            return analysis
        return replace(analysis, terms=kept, values=frozenset(t.value for t in kept))

    @staticmethod
    def _without_the_piece(analysis: Analysis) -> Analysis:
        """«Говорит ли материал о правах человека?»: the piece being read («материал», «документ»,
        «релиз», «согласно тексту», in the singular) frames a question that names a noun or a concept
        of its own; what is asked about is that. «О чём сообщается в материале?» keeps it: nothing
        else is named."""
        morphology = shared_morphology()
        found = analysis.words
        piece = {
            value
            for i, word in enumerate(found)
            if (lemma := morphology.info(word).lemma) in PIECE_WORDS
            and not word.endswith(PLURAL_ENDINGS)
            # («проект какого документа»: which document a thing named is of, is asked)
            and not (
                i > 1
                and morphology.info(found[i - 1]).lemma in WHICH_PIECE
                and morphology.info(found[i - 2]).pos == "NOUN"
            )
            and (lemma != WORDING_PIECE or _text_referred_to(found, i))
            for value in PIECE_WORDS[lemma]
        }
        if not piece:
            return analysis
        kept = tuple(t for t in analysis.terms if t.value not in piece)
        if not any(t.known and t.pos in {"NOUN", None} for t in kept):
            return analysis
        return replace(analysis, terms=kept, values=frozenset(t.value for t in kept))

    def _wording_of(self, analysis: Analysis) -> Analysis:
        """«Каков полный текст новой Преамбулы Конституции?», "the full text of the Preamble": the
        text of a thing other than the piece being read is that thing's wording, which the
        documents never give (they report what was said of it): «текст» there is no word they use,
        not the text an entry calls itself («Что это за текст?»), and the question is declined.
        «в тексте пресс-релиза», «согласно тексту» keep the piece read (_without_the_piece)."""
        found = analysis.words
        morphology = shared_morphology()
        for i, word in enumerate(found):
            if word != WORDING_PIECE_EN and morphology.info(word).lemma != WORDING_PIECE:
                continue
            after = list(found[i + 1 :])
            if word == WORDING_PIECE_EN:
                if after[:1] != ["of"]:
                    continue
                after = after[1:]
            # the noun it is the text of, after the adjectives («новой Преамбулы», "the new Preamble")
            at = next(
                (
                    j
                    for j, w in enumerate(after)
                    if w not in ENGLISH_ARTICLES and morphology.info(w).pos not in ADJECTIVE_POS
                ),
                None,
            )
            # (a Russian noun in the genitive: «упоминается ли в тексте президент» names the president)
            if at is None or not (
                morphology.genitive_noun(after[at])
                if word != WORDING_PIECE_EN
                else morphology.info(after[at]).pos in {"NOUN", None}
            ):
                continue
            if self.analyzer.analyse(" ".join(after[at : at + 2])).values & self._pieces:
                continue  # «текст пресс-релиза»: the piece read itself
            terms = tuple(
                replace(t, known=False) if t.value in (WORDING_PIECE, WORDING_PIECE_EN) else t
                for t in analysis.terms
            )
            return replace(analysis, terms=terms)
        return analysis

    @staticmethod
    def _warned_to_avoid(analysis: Analysis) -> Analysis:
        """ "What did Asylov warn X would help avoid?", «О чём предупредил X, говоря, что Y поможет
        избежать…»: warning beside a verb of avoiding reports what the speaker said a thing avoids;
        the warning verb is a verb of saying, no subject. Only when a word the documents use is left."""
        morphology = shared_morphology()
        lemmas = {morphology.info(word).lemma for word in analysis.words}
        warning = lemmas & WARNING_SAYS
        if not warning or not AVOID_VERBS & lemmas:
            return analysis
        return _less(analysis, warning)

    @staticmethod
    def _without_avoided_danger(analysis: Analysis) -> Analysis:
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

    def _without_excluded(self, analysis: Analysis) -> Analysis:
        """What «кроме X», «помимо X», «besides X», «X-тан басқа» leave out is not asked about:
        «кто был, кроме генпрокурора» asks for the others (kind `others`), not for him."""
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
        excluded = {v for text in around for v in self.analyzer.analyse(text).values}
        if not excluded:
            return analysis
        kept = tuple(t for t in analysis.terms if t.value not in excluded)
        kinds = analysis.kinds
        # «Кроме госорганов кто-то участвовал — общественники?»: a group the documents name, beside
        # what is left out, is the one asked about (whether it was there), not the rest of them; only
        # when the excluding word alone asks for others («другие», «ещё» still do)
        others_asked = set(found) - EXCLUDING_BEFORE - EXCLUDING_AFTER
        if any(t.value in self._subjects for t in kept) and not others_asked & OTHERS_WORDS:
            kinds = kinds - {"others"}
        return replace(analysis, terms=kept, values=frozenset(t.value for t in kept), kinds=kinds)

    def _date_terms(self, date: dt.date) -> tuple[frozenset[str], frozenset[str]]:
        """A document's date as the analyzer reads it: its month's terms, and all its terms."""
        month = self.analyzer.analyse(" ".join(MONTH_NAMES[date.month - 1])).values
        numbers = self.analyzer.analyse(f"{date.day} {date.year} {date:%d.%m.%Y}").values
        return month, month | numbers


def _less(analysis: Analysis, dropped: Collection[str]) -> Analysis:
    """The analysis less the terms of these values, when something changes and a word the documents
    use is left; else the analysis as it was."""
    kept = tuple(t for t in analysis.terms if t.value not in dropped)
    if len(kept) == len(analysis.terms) or not any(t.known for t in kept):
        return analysis
    return replace(analysis, terms=kept, values=frozenset(t.value for t in kept))


def _item_of_list(analysis: Analysis) -> Analysis:
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


def _only_whose(found: Sequence[str]) -> bool:
    """Whether the question's who-words are all «чей» / "whose": an owner of a thing is asked, not
    the one who did or said something."""
    morphology = shared_morphology()
    asking = [w for w in found if w in WHO_QUESTION_WORDS or morphology.info(w).lemma in WHO_QUESTION_WORDS]
    return bool(asking) and all(w == "whose" or morphology.info(w).lemma == "чей" for w in asking)


def _whom(analysis: Analysis) -> Analysis:
    """«Кого нужно вовлекать?», "whom", «кто должен быть вовлечён?», "who should be involved?": who
    is asked as the one acted on (kind `whom` beside `who`), which an entry naming whom (kind
    `whom`) answers, as one naming who does."""
    if "who" not in analysis.kinds:
        return analysis
    found = analysis.words
    morphology = shared_morphology()
    passive = any(morphology.info(word).pos == "PRTS" for word in found) or any(
        be in ENGLISH_BE and done.endswith(ENGLISH_PARTICIPLE_ENDS) for be, done in itertools.pairwise(found)
    )
    if passive or WHOM_WORDS & set(found):
        return replace(analysis, kinds=analysis.kinds | {"whom"})
    return analysis


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


def _unknown_phrase_start(terms: tuple[Term, ...]) -> list[Term]:
    """The first word, if the documents never use it, with the unknown noun after it when it is an
    adjective («в отдельной статье»: the article, not only «отдельной»); or a noun they never use
    with the adjectives before it, known or not («в новом разделе»: «новый» is theirs, the section
    is not)."""
    found: list[Term] = []
    for term in terms:
        if term.pos in ADJECTIVE_POS and (term.real_word or term.known):
            found.append(term)
            continue
        if _unnamed(term):
            found.append(term)
            return found
        break
    # adjectives alone: only the unknown ones («разовая» of an unknown phrase)
    return [t for t in found[:1] if not t.known]


def asks_several(text: str) -> bool:
    """«Кто выступал, какой главный тезис и какие направления обсуждали?»: a question word opens a
    further clause after the first one."""
    if len(_kazakh_clauses(text)) > 1:
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
    first = _first_question(text)
    if first is None or len(kazakh) > 1:
        return kazakh
    starts = [first.start(), *(m.start(1) for m in _NEXT_QUESTION.finditer(text, first.end()))]
    ends = [*(m.start() for m in _NEXT_QUESTION.finditer(text, first.end())), len(text)]
    return [text[a:b].strip(" ,;:—–-") for a, b in zip(starts, ends, strict=True) if text[a:b].strip()]


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


def _text_referred_to(found: tuple[str, ...], i: int) -> bool:
    """«согласно тексту», «в тексте»: «текст» after a preposition that refers to it, with no noun after
    it («в тексте преамбулы» is the wording of something else)."""
    after = i + 1 == len(found) or shared_morphology().info(found[i + 1]).pos != "NOUN"
    return i > 0 and found[i - 1] in REFERRING and after


def _checks_claim(found: Sequence[str]) -> bool:
    """«Правда ли, что…», «Верно, что…», "Is it true that…": the question checks the statement that
    follows the «что» / "that" after a checking word."""
    return any(
        word in CHECKING_WORDS and {"что", "that"}.intersection(found[i + 1 : i + 3])
        for i, word in enumerate(found)
    )


def _date_like(value: str) -> bool:
    """A number that may be a day of the month or a year («27», «2026»)."""
    return value.isdigit() and (1 <= int(value) <= MAX_DAY or MIN_YEAR <= int(value) <= MAX_YEAR)
