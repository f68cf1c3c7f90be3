"""Text normalisation shared by the index and the queries: Unicode, case, ё, punctuation, words."""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Sequence

from bot.qa import kazakh
from bot.qa.morph import PREDICATE_POS, english_parts, shared_morphology
from bot.qa.translit import to_cyrillic
from bot.textfit import collapse_ws

# The documents' whole: their reform, their draft, their constitution (see subject.Subjects.another_whole,
# analyzer.Analyzer._with_complements).
WHOLE_WORDS = ("реформа", "проект", "конституция", "reform", "draft", "constitution")
# The engine matches on at most this many characters of a question; the rest is ignored.
# Real questions are far shorter, and the cap keeps the per-question cost bounded.
MAX_QUERY_CHARS = 300
# Of a longer text, at most this many characters are looked at (blank padding included).
MAX_SCANNED_CHARS = 20_000

_INVISIBLE_CATEGORIES = {"Cc", "Cf", "Co", "Cs", "Cn"}
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


# Fast first pass over a long text (C speed): control and format characters, private use, surrogates.
def _char_class(codes: list[int]) -> re.Pattern[str]:
    """A regex matching any of the code points, written as ranges (sre scans a list of single
    characters one by one)."""
    spans: list[list[int]] = []
    for code in sorted(codes):
        if spans and code == spans[-1][1] + 1:
            spans[-1][1] = code
        else:
            spans.append([code, code])
    return re.compile("[" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in spans) + "]")


_CONTROL_OR_FORMAT = _char_class(
    [
        code
        for code in (
            *range(0x10000),
            0x110BD,
            0x110CD,
            *range(0x13430, 0x13440),
            *range(0x1BCA0, 0x1BCA4),
            *range(0x1D173, 0x1D17B),
            *range(0xE0000, 0xE0080),
        )
        if unicodedata.category(chr(code)) in {"Cc", "Cf"} and not chr(code).isspace()
    ]
)
_PRIVATE_OR_SURROGATE = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff\ud800-\udfff]")
# What `[a-z]` and `[а-яёәғқңөұүһі]` match ignoring case, spelt out: a case-insensitive class is
# checked character by character, several times slower on a text that has no match.
_LATIN = re.compile("[A-Za-z\u0130\u0131\u017f\u212a]")
_CYRILLIC = re.compile("[А-яЁёІіҒғҚқҢңҮүҰұҺһӘәӨөᲀ-ᲆ]")


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


def clean(raw: str) -> str:
    """NFKC, drop control and zero-width characters, collapse whitespace, cap the length.
    Blanks and invisible characters go, and the length is capped, before NFKC too: one character
    can expand to eighteen (U+FDFA), and normalising thousands of them is what would cost time."""
    text = raw[:MAX_SCANNED_CHARS]
    if not text.isprintable():  # else it has no control, format, private-use or surrogate character
        text = _PRIVATE_OR_SURROGATE.sub("", _CONTROL_OR_FORMAT.sub("", text))
    text = collapse_ws(text)[: MAX_QUERY_CHARS * 2]
    text = _visible(unicodedata.normalize("NFKC", text)[: MAX_QUERY_CHARS * 2])
    return text[:MAX_QUERY_CHARS].rstrip()


def _visible(text: str) -> str:
    if text.isprintable():  # the common case: no invisible character and no blank but the space
        return collapse_ws(text)
    return collapse_ws(
        "".join(ch for ch in text if ch.isspace() or unicodedata.category(ch) not in _INVISIBLE_CATEGORIES)
    )


def fold(text: str) -> str:
    """Case and ё folding: the two differences people never mean."""
    return text.casefold().replace("ё", "е")


# Particles that make one word with what precedes them: кто-то, где-нибудь, всё-таки.
_BOUND_PARTICLES = ("то", "нибудь", "либо", "таки", "ка")


# A month as people write it in each language (the analyzer reads the forms), by number: a document's
# date in a question that asks something else names the event (see reading.dates.without_own_date).
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

# Pronouns a bound particle makes indefinite (кто-то, что-нибудь, где-либо), which people type with a
# space instead of the hyphen («с АП кто то был?», «что нибудь сказали?»): joined back when only a
# space is between them. «то» only after «кто» and «что» in their cases (not «как то», «то, что»);
# «как» too («как нить улучшат»: «как-нибудь», somehow).
_INDEFINITE_STEMS = frozenset(
    {"кто", "кого", "кому", "кем", "ком", "что", "чего", "чему", "чем", "где", "куда", "когда", "как",
     "какой", "какая", "какое", "какие", "каких", "какую", "каким", "чей", "чья", "чьи"}
)  # fmt: skip
_SPACED_TO = frozenset({"кто", "кого", "кому", "кем", "что", "чего", "чему"})


# «кто-нить», «что нить»: the colloquial spelling of «-нибудь», read as it
_COLLOQUIAL_PARTICLES = {"нить": "нибудь"}
# «чё-нибудь», «чо-нить»: the colloquial «что» before such a particle (folded: «чё» is «че»)
_COLLOQUIAL_STEMS = {"че": "что", "чо": "что"}
# «чёнить», «чтонибудь», «ктонить»: the pronoun and the particle typed as one word, without the hyphen
_GLUED_PARTICLES = ("нибудь", "нить")
_GLUED_STEMS = _INDEFINITE_STEMS | frozenset(_COLLOQUIAL_STEMS)


def words(text: str) -> list[str]:
    """Folded words, punctuation and «» quotes dropped; hyphenated words split into parts
    (Касым-Жомарт, пресс-релиз) unless the last part is a bound particle (кто-нибудь), which a space
    instead of the hyphen leaves bound too («кто то»: _spaced_particle)."""
    out: list[str] = []
    folded = fold(text)
    end = 0
    for match in _WORD.finditer(folded):
        word = _with_particle_spelt(match.group(), out[-1] if out else "")
        stem = _COLLOQUIAL_STEMS.get(out[-1], out[-1]) if out else ""
        if out and _spaced_particle(stem, word, folded[end : match.start()]):
            out[-1] = f"{stem}-{word}"  # «чо нить», «чё нибудь»: «что-нибудь»
        elif "-" not in word or word.rsplit("-", 1)[-1] in _BOUND_PARTICLES:
            out.append(word)
        else:
            out.extend(part for part in word.split("-") if part)
        end = match.end()
    return out


def _with_particle_spelt(word: str, before: str) -> str:
    """«кто-нить», «кто нить»: a colloquial particle after an indefinite pronoun, in its written
    form («кто-нибудь»); «нить» alone is a thread. So is the colloquial «чё» before it
    («чё-нибудь», «чо нить»), and the two typed as one word («чёнить», «чтонибудь»)."""
    glued = next((p for p in _GLUED_PARTICLES if word.endswith(p) and len(word) > len(p)), None)
    if glued is not None and (start := word[: -len(glued)]) in _GLUED_STEMS:
        word = f"{start}-{glued}"
    stem, _, particle = word.rpartition("-")
    if stem in _COLLOQUIAL_STEMS and particle in (*_COLLOQUIAL_PARTICLES, *_BOUND_PARTICLES):
        stem = _COLLOQUIAL_STEMS[stem]
        word = f"{stem}-{particle}"
    if stem in _INDEFINITE_STEMS and particle in _COLLOQUIAL_PARTICLES:
        return f"{stem}-{_COLLOQUIAL_PARTICLES[particle]}"
    if not stem and before in _GLUED_STEMS and word in _COLLOQUIAL_PARTICLES:
        return _COLLOQUIAL_PARTICLES[word]
    return word


def _spaced_particle(before: str, word: str, gap: str) -> bool:
    """«кто то», «что нибудь», «где либо»: a pronoun, a space and the particle that makes it
    indefinite are one word typed without its hyphen; not across a comma («кто, то…»)."""
    if gap.strip() or before not in _INDEFINITE_STEMS:
        return False
    return word in ("нибудь", "либо") or (word == "то" and before in _SPACED_TO)


def has_latin(text: str) -> bool:
    return bool(_LATIN.search(text))


def has_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))


# A message longer than MAX_QUERY_CHARS is searched for its question: the sentences that end in a
# question mark, else the sentences that open with a question word.
MAX_MESSAGE_CHARS = 4096
# where a text's clauses end (punctuation and dashes): the words side by side within one
CLAUSE_BREAK = re.compile(r"[.,;:!?()«»\"–—]")
_SENTENCE = re.compile(r"[^.!?…\n]+[.!?…]*")
# Where the asker's own reason for asking begins in a long message's question («…, чтобы я мог
# объяснить детям», «…, а то по телевизору всё быстро говорят», "…, so that I can explain it"):
# the question ends there (focus, Engine._rambling).
ASIDE_OPENERS = frozenset({"чтобы", "потому", "поскольку", "ибо", "because"})
ASIDE_PAIRS = frozenset({("а", "то"), ("так", "как"), ("so", "that")})
# the openers of a clause of reason among them (_bare_reason), and the pronouns of everything that
# name no thing («всё уже понятно»)
REASON_OPENERS = frozenset({"потому", "поскольку", "ибо", "так", "because"})
ALL_WORDS = frozenset({"всё", "все", "это", "то"})
_ASIDE = re.compile(
    r",\s*(?:" + "|".join([*ASIDE_OPENERS, *(" ".join(pair) for pair in ASIDE_PAIRS)]) + r")\b[^?]*",
    re.IGNORECASE,
)
# Requests in the imperative, polite and informal: they open a question as a question word does
REQUESTS = (
    "расскажите скажите подскажите объясните поясните опишите перечислите "
    "расскажи скажи подскажи объясни поясни опиши перечисли"
)
# the Russian words asking a question of their own (QUESTION_OPENERS, ASKING_OPENERS)
RUSSIAN_ASKING = "кто когда где почему зачем как какой какая какие каким каких сколько чей чья чьи"
# the nouns of compound prepositions («в рамках какого…», «в ходе какого…»), as typed
COMPOUND_PREPOSITION_NOUNS = _word_set("рамках ходе течение результате качестве целях области сфере части")
# the asking words a preposition may put in its case (_asks_after_preposition), as lemmas
ASKING_AFTER_PREPOSITION = frozenset({"какой", "что", "кто", "чей", "сколько", "который"})
QUESTION_OPENERS = _word_set(
    f"{RUSSIAN_ASKING} что ли "
    f"{REQUESTS} "
    "who whom whose what when where why how which is are does did could can would will "
    "tell explain describe summarise summarize "
    "кім не қашан қайда неге қалай қандай қанша"
)


# A message may open with who the asker is and why, set off by a colon or a dash, before its question:
# «Как правозащитница хочу понять: что…», «Я мама школьника… — что там сказано…», «Готовлю материал
# для газеты: …». Such an opening speaks of the asker in the first person; an opening that names the
# topic instead («Вопрос про бюджет: …») is part of the question and is kept.
_PREAMBLE = re.compile(r"^(?P<head>[^:—–?!]{2,200}?)(?::|\s[—–-])\s*(?P<rest>\S.*)$", re.S)
# or a sentence of its own («Я директор школы в Кызылорде. Что в проекте…»): then the question must open
# with a question word, for a bare «Это правда?» leans on the sentence before it
_INTRODUCTION = re.compile(r"^(?P<head>[^.:—–?!]{2,200}?)\.\s+(?P<rest>\S.*)$", re.S)
# or, unpunctuated, runs up to a request in the imperative (REQUESTS: «я таксист из караганды короче
# объясни что там…»): the request opens the question as a question word after a sentence does
# «Прошу изложить…», «Просим сообщить…»: a formal request, «прошу» and an infinitive
FORMAL_REQUESTS = _word_set("прошу просим")
REQUESTS_WORDS = _word_set(REQUESTS)
POINTING_BACK = _word_set("это этого этому этим этом этот эта эту эти этих")
# («я блогер дайте 4 направления…»: «дайте», "give", opens a request there too, though no question
# word: a head holding it, «Дайте справку для сюжета: кто…», is still the asker's opening)
GIVING_REQUESTS = "дайте"
_REQUESTED = re.compile(
    r"^(?P<head>[^.:—–?!]{2,200}?)\s+(?P<rest>(?:"
    + "|".join([*REQUESTS.split(), GIVING_REQUESTS])
    + r")\b.*)$",
    re.S | re.IGNORECASE,
)
# or, unpunctuated or after a comma, runs up to a question word («я школьник нам задали про конституцию
# че там про ИИ», «пишу пост в телегу, в двух словах какие итоги…»): the question opens there. A
# spoken «что» («че», «чо», «шо») only as «что там», "what's there": a bare «что» after a verb is
# "that" («я слышал, что…»), the claim asked about
ASKING_OPENERS = f"{RUSSIAN_ASKING} какое какую"
# and in English, after a comma («I'm a teacher, who spoke…?», "I'm a journalist from Germany, could you
# sum up…"): an asking word or a request; not "is", "will", "do", which a first-person opening holds
# too ("I will be…"), nor a word inside one without its comma
ENGLISH_ASKING_OPENERS = (
    "who what when where why how which could can would please tell explain describe summarise summarize"
)
SPOKEN_WHAT = _word_set("что че чё чо шо")
# and the colloquial spellings alone («чо», not «что»: «я слышал, что нам…» is "that") before the
# asker's «нам», «нас» («я лейтенант полиции чо нам светит»: what is in store for us)
COLLOQUIAL_WHAT = _word_set("че чё чо шо")
ASKERS_US = _word_set("нам нас")
# or after the asker's own dative before it («я парикмахер в павлодаре мне че с этой реформы…»: what
# is in it for me; with the particle «то» the plain «что» too: «мне то что с этой конституции»)
ASKERS_TO_ME = _word_set("мне нам")
PARTICLE_TO = "то"
_QUESTIONED = re.compile(
    r"^(?P<head>[^.:—–?!]{2,200}?)[\s,]+(?P<rest>(?:(?:"
    + "|".join(ASKING_OPENERS.split())
    + r")|(?:"
    + "|".join(SPOKEN_WHAT)
    + r")\s+там|(?:"
    + "|".join(COLLOQUIAL_WHAT)
    + r")\s+(?:"
    + "|".join(ASKERS_US)
    + r")|(?:"
    + "|".join(ASKERS_TO_ME)
    + r")\s+(?:то\s+(?:"
    + "|".join(SPOKEN_WHAT)
    + r")|(?:"
    + "|".join(COLLOQUIAL_WHAT)
    + r")))\b.*)$",
    re.S | re.IGNORECASE,
)
_ENGLISH_QUESTIONED = re.compile(
    r"^(?P<head>[^.:—–?!]{2,200}?)\s*,\s*(?P<rest>(?:"
    + "|".join(ENGLISH_ASKING_OPENERS.split())
    + r")\b.*)$",
    re.S | re.IGNORECASE,
)
FIRST_PERSON = _word_set(
    "я мне меня мой моя мои мы нам нас наш наша хочу хотим хотела хотел готовлю готовим пишу пишем "
    "i im me my we our мен маған менің біз бізге біздің бізде"
)
# or asks the bot to help the asker understand («Помогите понять: …», «Помоги разобраться — …»): a
# request for help and a verb of understanding, nothing more (the asker's «мне» aside)
HELP_REQUESTS = _word_set("помогите помоги помочь")
UNDERSTANDING_LEMMAS = _word_set("понять разобраться уяснить осмыслить")

# or names what the asker is making, in a few words («Для эфира: …», «For my article: …», «Для дайджеста: …»,
# "For tonight's bulletin: …"): the asker's work, not the topic («Для бизнеса: что изменится?» keeps
# its opening)
ASKER_WORK = _word_set(
    "эфира эфир статьи статья газеты газета репортажа сюжета блога блог канала передачи "
    "подкаста курсовой диплома доклада реферата эссе урока лекции презентации справки записки "
    "заметки отчёта отчета обзора экзамена зачёта зачета семинара конспекта ролика видео дебатов поста "
    "заголовка заголовок лида подводки стенд стенгазета буклет листовка плакат памятка "
    "дайджеста дайджест бюллетеня бюллетень рассылки выставки выставка экспозиции экспозиция "
    "викторины викторина диссертации диссертация опроса опрос анкеты анкета исследования "
    "article broadcast report essay lecture thesis blog podcast memo note briefing exam seminar headline "
    "bulletin newsletter digest wire dissertation "
    # a news agency, the Russian "wire" («Для агентства: …»)
    "агентства агентство информагентства информагентство"
)
MAX_WORK_HEAD_WORDS = 4
# a project is the asker's work when it is on a school subject («Для проекта по обществознанию: …»,
# «для проекта по истории»): the noun, then «по» (a project of the Constitution is «проект Конституции»)
SCHOOL_PROJECT = "проект"
# English articles, which name no more of the work and do not count among its words ("For the EU
# briefing note: …" is as short as «Для записки в ЕС: …»)
WORK_ARTICLES = frozenset({"a", "an", "the"})
# or says who the asker is, after a polite opening: «Подскажите, пожалуйста, как специалист по
# комплаенсу: …», "As a lawyer: …" (one person's noun after «как», "as", and no verb; «Как изменится
# X: …», «Как участники оценили X — …» are questions)
# («будьте добры», «будь добр»: please)
POLITE = _word_set(
    "подскажите подскажи скажите скажи пожалуйста здравствуйте добрый день будьте будь добры добр "
    "please hello hi"
)
MAX_ROLE_HEAD_WORDS = 5
# the asker's own pronoun in an oblique case, after a role in that case («как юриста меня…»)
ASKER_OBLIQUE = _word_set("меня мне")
# or asks to tell it to someone, before its question («Расскажите для радиослушателей: …», «Радио
# тыңдармандарына айтып беріңізші: …», "Explain to a child: …"): a verb of telling and whom to tell
# (the asker's listeners, readers or pupils), no topic («Расскажите о бюджете: …» keeps its opening)
TELLING_LEMMAS = _word_set("рассказать пересказать объяснить пояснить растолковать сказать подсказать")
TELLING_WORDS = _word_set(
    "tell explain айтып айтыңыз айтыңызшы айтшы айтыңдаршы түсіндіріп түсіндіріңіз түсіндіріңізші "
    "беріңіз беріңізші берші беріңіздерші"
)
# the asker's listeners, readers, pupils: whom an answer is retold to («для предпринимателей» may be
# whose interests are asked about: not an audience); «объясните пожилому человеку», «бабушке»: one
# person told it
AUDIENCE_WORDS = _word_set(
    "слушатель радиослушатель телезритель зритель читатель подписчик аудитория школьник студент "
    "ученик ребёнок ребенок дети человек пенсионер бабушка дедушка "
    "child children kid kids student students pupils listeners readers viewers audience"
)
KAZAKH_AUDIENCES = ("тыңдарман", "оқырман", "көрермен", "оқушы", "студент", "бала")
# «люди», «людям»: the plural of «человек» (its lemma), people at large, not one person told (_audience)
PEOPLE_AT_LARGE = "люд"
# how far from its verb of telling the audience may stand («рассказать нашим школьникам»: told_audience)
TOLD_SPAN = 2
TOPIC_MARKERS = _word_set("о об обо про насчёт насчет about on туралы жайлы жөнінде")
MAX_AUDIENCE_WORDS = 4
# or names the asker's role before "here" ("Political officer here: …", "Teacher here — …"): a few
# words with no verb of their own ("What happened here: …?" is a question)
ROLE_HERE = "here"
# or names the asker by one person's noun, with the asker's «я» or a «тут» / «здесь» ("here") beside
# it («я блогер», «блогер я», «медсестра из Актобе тут»): a few words and no verb (_self_named).
# Without such a word a bare noun may be the topic («Генпрокурор. Что он сказал?»)
SELF_MARKERS = _word_set("я тут здесь here")
SELF_FILLERS = _word_set("вот ну короче вообще")
# or tells who else asks it, by a verb of asking or arguing («Родители в школьном чате спорят: …»,
# «Коллеги спрашивают: …», "My students wonder: …"): they ask the question, they are not its topic
ASKING_VERBS = _word_set(
    "спорить поспорить спрашивать спросить интересоваться гадать сомневаться недоумевать "
    "wonder ask argu"  # "argue" by its stem
)
# the Kazakh verb of asking in its forms («сұрайды», «сұрады», «сұрап отыр»: asks, asked), not the
# noun «сұрақ» (question): «Жамағатым сұрайды: …» (my wife asks) brings another's question
_KAZAKH_ASKING = re.compile(r"^сұра(?:й|д|п|т|ғ[ае]н)")
# the oblique forms of «что» and «кто», which ask as their nominative does («чему посвящён…»)
OBLIQUE_QUESTION_WORDS = _word_set("чего чему чем ком кого кому кем")


# A Kazakh verb in the first person ends so («айтпақпын»: I am going to say; «сұраймын», «оқыдым»);
# Kazakh puts the verb last, so only the opening's last word is looked at («кітабын» is no verb)
_KAZAKH_FIRST_PERSON = re.compile(r"^\w{3,}(?:[мп][ыі]н|[мпб][ыі]з|[дт][ыі]м|[дт][ыі]қ|[дт][ыі]к)$")


# the auxiliary «е-» in the first person past («айтып берейін деп едім»: I meant to tell), too short
# for the ending's stem
KAZAKH_FIRST_PERSON_AUXILIARIES = _word_set("едім едік едим едик")


def _kazakh_first_person(head: list[str], rest: str = "") -> bool:
    """The opening's last word is a Kazakh verb in the first person, in an opening written in Kazakh;
    or typed without Kazakh letters («Тараздан жазып отырмын.»: I am writing from Taraz) before a
    Kazakh question (_kazakh_question), the verb typed so no Russian word («крутым» is one)."""
    if not head:
        return False
    last = head[-1]
    if any(map(kazakh.is_kazakh, head)):
        return bool(_KAZAKH_FIRST_PERSON.match(last)) or last in KAZAKH_FIRST_PERSON_AUXILIARIES
    typed = bool(_KAZAKH_FIRST_PERSON_TYPED.match(last)) or last in KAZAKH_FIRST_PERSON_AUXILIARIES
    return typed and _kazakh_question(rest) and not shared_morphology().is_russian(last)


# the Kazakh question words (a Kazakh question puts its question word before the verb, at the end)
KAZAKH_QUESTION_WORDS = _word_set("кім не қашан қайда неге қалай қандай қай қанша нешінші")
# a Kazakh yes-or-no question asks its own thing when it has this many words besides its particle and
# the pointing «бұл», «осы», «сол» and «рас», «шын» ("true"): «Бұл рас па?» does not (_kazakh_yes_no)
KAZAKH_POINTING = _word_set("бұл осы сол ол рас шын шынымен")
KAZAKH_OWN_WORDS = 3


# ... in any of its case forms («кімнің бастамасы»: whose initiative; «кімге», «нені», «неден»,
# «қайсысы»): Kazakh inflects its question words as its nouns
_KAZAKH_QUESTION_FORM = re.compile(
    r"^(?:кім(?:дер)?(?:дің|нің|ге|ді|нен|мен|дерге|дерді)?|не(?:ні|ден|мен|нің|сі)|"
    r"қайсы(?:сы|сын|сына|сының)?|қайдан|неліктен|нешінші)$"
)


def _kazakh_question(rest: str) -> bool:
    """«…жазып жүрмін. Әділетті Қазақстан моделі туралы құжатта не айтылған?»: a Kazakh sentence
    asking with a question word of its own (in any case form: _KAZAKH_QUESTION_FORM) is a question,
    wherever the word stands (Kazakh puts it before the verb, not first); «Бұл рас па?» asks nothing
    of its own and leans on the sentence before it."""
    found = words(rest)
    return (
        rest.rstrip().endswith("?")
        and any(map(kazakh.is_kazakh, found))
        and (
            not KAZAKH_QUESTION_WORDS.isdisjoint(found)
            or any(map(_KAZAKH_QUESTION_FORM.match, found))
            or _kazakh_yes_no(found)
        )
    )


def _kazakh_yes_no(found: list[str]) -> bool:
    """«Заң білімінің сапасы туралы айтылды ма?»: a Kazakh yes-or-no question (its particle) that
    names enough of its own (KAZAKH_OWN_WORDS words besides the particle and pointing words) asks its
    own thing, as one with a question word does; «Бұл рас па?» leans on the sentence before it."""
    own = [w for w in found if w not in kazakh.YES_NO_PARTICLES and w not in KAZAKH_POINTING]
    return not kazakh.YES_NO_PARTICLES.isdisjoint(found) and len(own) >= KAZAKH_OWN_WORDS


# or, in Kazakh, set off by a comma («Шу қаласынан темір жол диспетчерімін, бұл дөңгелек үстел қай күні
# өтті?»): the opening's last word a verb in the first person, typed with Kazakh letters or without them
# («диспетчеримин»: «і» typed as «и»), before a Kazakh question (_kazakh_comma_opening)
_COMMA_OPENING = re.compile(r"^(?P<head>[^.:—–?!,]{2,200}?),\s*(?P<rest>\S.*)$", re.S)
_KAZAKH_FIRST_PERSON_TYPED = re.compile(
    r"^\w{3,}(?:[мп][ыіи]н|[мпб][ыіи]з|[дт][ыіи]м|[дт][ыіи]қ|[дт][ыіи]к)$"
)


def _kazakh_comma_opening(text: str) -> str | None:
    """«Шу қаласынан темір жол диспетчерімін, бұл дөңгелек үстел қай күні өтті?»: an opening that
    tells who the asker is (its last word a Kazakh verb in the first person: «I am a dispatcher»),
    set off by a comma before a Kazakh question (_kazakh_question: one asking with a question word of
    its own), is the asker's: the question after the comma, else None. The opening may be typed
    without Kazakh letters (the engine reads the message again once it has restored them in the
    question's words); the question must be Kazakh, so that a Russian opening is never read so."""
    match = _COMMA_OPENING.match(text)
    if match is None or not _kazakh_question(match["rest"]):
        return None
    head = words(match["head"])
    if not head or not (
        _KAZAKH_FIRST_PERSON_TYPED.match(head[-1]) or head[-1] in KAZAKH_FIRST_PERSON_AUXILIARIES
    ):
        return None
    return match["rest"]


# «…қорытындысын қысқаша айтып берсеңіз», «…түсіндіріп беріңізші»: a Kazakh request to be told closes
# its sentence (Kazakh puts the verb last): the verb of giving after a verb of telling, in the polite
# imperative or the conditional of a polite request, or the verb of telling itself so (_kazakh_request)
KAZAKH_REQUEST_CLOSERS = _word_set(
    "беріңіз беріңізші берші беріңіздерші берсеңіз берсеңізші берсеңіздер "
    "айтыңыз айтыңызшы айтшы айтсаңыз айтсаңызшы түсіндіріңіз түсіндіріңізші түсіндірсеңіз"
)
KAZAKH_TELLING_CONVERBS = _word_set("айтып түсіндіріп баяндап")


def _kazakh_request(rest: str) -> bool:
    """«Дөңгелек үстелдің қорытындысын қысқаша айтып берсеңіз.»: a Kazakh sentence closing with a
    request to be told asks, as a question does («Қорытындысы қандай?»), after the asker's sentence.
    Not a verb of giving alone («…беріңіз»: give what?), only after a verb of telling."""
    return kazakh_request_closing(words(rest)) > 0


def kazakh_request_closing(found: Sequence[str]) -> int:
    """How many closing words are a Kazakh request to be told (KAZAKH_REQUEST_CLOSERS: «…айтып
    беріңізші» two, «…түсіндіріңізші» one); 0 when the question closes otherwise, or with a verb of
    giving alone («…беріңіз»: give what?)."""
    if len(found) < 2 or not any(map(kazakh.is_kazakh, found)) or found[-1] not in KAZAKH_REQUEST_CLOSERS:
        return 0
    if found[-2] in KAZAKH_TELLING_CONVERBS:
        return 2
    return 0 if found[-1].startswith("бер") else 1


# «Вопрос от пенсионерки:», "Question from a teacher:": a message labelled with its asker, named in
# the third person (_labelled_asker)
ASKER_LABELS = (("вопрос", "от"), ("question", "from"))


def _labelled_asker(found: list[str]) -> bool:
    """«Вопрос от HR-менеджера: …»: the opening labels the message as a question from someone, the
    asker told in the third person; the label is no part of what is asked."""
    return tuple(found[:2]) in ASKER_LABELS and len(found) > len(ASKER_LABELS[0])


# «Слышал по радио, что…», «Увидела в телеграм-канале, что…», «Вчера прочитал в новостях…»: the
# asker's own hearing or reading, a verb in the past singular with its «я» dropped (Russian's way),
# opening the sentence after adverbs of time at most (_heard_by_asker), as lemmas
PERCEIVING_LEMMAS = frozenset(
    {"слышать", "услышать", "видеть", "увидеть", "читать", "прочитать", "прочесть", "узнать", "заметить"}
)
MAX_HEARD_OPENING = 2


def _heard_by_asker(found: list[str]) -> bool:
    """«Слышал по радио, что генпрокурор выступал…»: the sentence opens with the asker's own verb of
    hearing or reading in the past singular (its «я» dropped), no more than adverbs before it. Not
    a question («Слышал ли кто-нибудь…»), nor a verb with a subject of its own before it
    («Генпрокурор увидел…»)."""
    morphology = shared_morphology()
    for at, word in enumerate(found[:MAX_HEARD_OPENING]):
        if morphology.personal_past_verb(word):
            return (
                morphology.info(word).lemma in PERCEIVING_LEMMAS
                and found[at + 1 : at + 2] != ["ли"]
                and all(morphology.info(w).pos == "ADVB" for w in found[:at])
            )
    return False


# «а мои персональные данные какое ведомство…», «наши права кто защитит»: the asker's Russian first
# person only as the owner of a thing (no «я», no verb, no person's noun) names what is asked, not who
# asks (not English: "Sorry my English not so good - …" drops its verb)
OWNING_FIRST_PERSON = _word_set("мой моя мои моё мое моих моим моими наш наша наши наше наших")


def _owned_thing(found: list[str]) -> bool:
    """The opening's first person is only a possessive before a thing (OWNING_FIRST_PERSON), with
    no verb and no person's noun: the asker's thing, the topic of the question."""
    own = FIRST_PERSON.intersection(found)
    morphology = shared_morphology()
    return (
        bool(own)
        and own <= OWNING_FIRST_PERSON
        and not any(
            morphology.info(w).pos in PREDICATE_POS or morphology.person(w) or morphology.people(w)
            for w in found
        )
    )


def _introduces_asker(head: str, rest: str) -> bool:
    found = words(head)
    return (
        (bool(FIRST_PERSON.intersection(found)) and not _owned_thing(found))
        or _labelled_asker(found)
        or _heard_by_asker([w for w in found if w not in POLITE])
        or any(shared_morphology().first_person_verb(w) for w in found)
        or _kazakh_first_person(found, rest)
        # (not a question itself: «О чём спорили участники: …?»)
        or (
            any(shared_morphology().info(w).lemma in ASKING_VERBS or _KAZAKH_ASKING.match(w) for w in found)
            and QUESTION_OPENERS.isdisjoint(found)
            and OBLIQUE_QUESTION_WORDS.isdisjoint(found)
        )
        or _names_asker_work([w for w in found if w not in POLITE])
        or _helped_to_understand([w for w in found if w not in POLITE])
        or _names_asker_unit([w for w in found if w not in POLITE], rest)
        or _work_needs([w for w in found if w not in POLITE])
        or _names_audience([w for w in found if w not in POLITE or _telling(w)])
        or _role_here([w for w in found if w not in POLITE])
        or _self_named(found)
        or (
            _names_asker_role([w for w in found if w not in POLITE])
            # «Как генпрокурор: что он сказал?»: a pronoun after it points back to the person named
            and not any(shared_morphology().anaphoric(w) for w in words(rest))
        )
    )


def _helped_to_understand(found: list[str]) -> bool:
    """«Помогите понять», «помоги мне разобраться»: the asker asks for help in understanding what
    follows, as «Хочу понять: …» says it in the first person; no part of the question."""
    morphology = shared_morphology()
    found = [w for w in found if w not in ASKER_OBLIQUE]
    return (
        len(found) == 2
        and found[0] in HELP_REQUESTS
        and morphology.info(found[1]).lemma in UNDERSTANDING_LEMMAS
    )


def asker_sentence(text: str) -> tuple[str, str] | None:
    """«В своём эфире хочу дать тридцать секунд на позицию генпрокурора. Сформулируйте главную
    мысль его выступления.», «Для подводки к сюжету нужна мысль генпрокурора… Что он сказал?»: a
    first sentence of the asker's own (who they are, what they make: _introduces_asker, or one
    opening with the asker's work) and the message after it, whatever that one's form; None when the
    message does not open so."""
    match = _INTRODUCTION.match(text.strip()) or _questioned_by_us(text.strip())
    if match is None:
        return None
    head, rest = match["head"], match["rest"]
    opening = [w for w in words(head) if w not in POLITE and w not in WORK_ARTICLES][:MAX_WORK_HEAD_WORDS]
    if not (_introduces_asker(head, rest) or _names_asker_work(opening)):
        return None
    return head, rest


def _questioned_by_us(text: str) -> re.Match[str] | None:
    """«я лейтенант полиции чо нам светит по реформе»: an unpunctuated opening before a colloquial
    «чо нам» / «чо нас» (_questioned) is the asker's sentence, whose «нам» stands for what it names
    (asker.named_before_a_pronoun), as one before a full stop is."""
    match = _questioned(text)
    if match is None or (words(match["rest"])[:1] or [""])[0] not in COLLOQUIAL_WHAT:
        return None
    return match


# "Quick one for the wire: …", «Короткий вопрос для эфира: …»: words labelling the message itself (a
# question, a short one) before the work it is for, no more of what is asked (_names_asker_work)
MESSAGE_LABELS = _word_set(
    "quick one question short brief вопрос вопросик короткий быстрый небольшой срочный"
)


def _names_asker_work(found: list[str]) -> bool:
    """«Для эфира», «Подскажите для заголовка» (after a polite word), "For the EU briefing note",
    "Quick one for the wire" (after words labelling the message: MESSAGE_LABELS): what the asker is
    making."""
    found = [w for w in found if w not in WORK_ARTICLES]
    found = list(itertools.dropwhile(MESSAGE_LABELS.__contains__, found))
    return (
        len(found) <= MAX_WORK_HEAD_WORDS
        and found[:1] in (["для"], ["for"])
        # (by its lemma too: «для ролика в блоге»)
        and (
            any(w in ASKER_WORK or shared_morphology().info(w).lemma in ASKER_WORK for w in found)
            or _school_project(found)
        )
    )


def _school_project(found: list[str]) -> bool:
    """«для проекта по обществознанию»: a project named right after «для» and on a subject
    («по …»), the asker's schoolwork (SCHOOL_PROJECT)."""
    return found[2:3] == ["по"] and shared_morphology().info(found[1]).lemma == SCHOOL_PROJECT


# «Для кадровой службы акимата: что сказано о…?», "For my team: what was said about…?": the unit of
# the asker's own workplace the answer is for (as lemmas; English as typed), whose the question is,
# not what it asks of, when the question names its topic itself (_names_asker_unit)
ASKER_UNITS = _word_set(
    "служба пресс-служба коллега команда кафедра руководство начальство начальник шеф "
    "team boss colleagues desk editor editors"
)


def _names_asker_unit(found: list[str], rest: str) -> bool:
    """«Для кадровой службы акимата: что сказано о повышении эффективности…?»: the opening names the
    unit of the asker's workplace the answer is for (ASKER_UNITS), in a few words, and the question
    after it names its own topic after «о», «про» (TOPIC_MARKERS). Not a question of nothing of its
    own («Для руководства: что изменится?» asks what changes for the management)."""
    return (
        len(found) <= MAX_WORK_HEAD_WORDS
        and found[:1] in (["для"], ["for"])
        and any(w in ASKER_UNITS or shared_morphology().info(w).lemma in ASKER_UNITS for w in found)
        and not TOPIC_MARKERS.isdisjoint(words(rest.casefold()))
    )


# «Для газеты нужна точная дата: …», "For my article I need the exact date: …": what the asker's work
# needs, told before the question that asks it (_work_needs); by lemma, English as typed
NEEDING = _word_set("нужный надо требоваться need needs")


def _work_needs(found: list[str]) -> bool:
    """«Для газеты нужна точная дата», "For my article I need a date": the asker's work
    (_names_asker_work, in its first words) and what it needs, which the question after the
    colon asks in its own words: the opening is no part of what is asked. Not an opening that
    names no work («Для бизнеса нужна ясность: …» keeps it)."""
    morphology = shared_morphology()
    at = next((i for i, w in enumerate(found) if w in NEEDING or morphology.info(w).lemma in NEEDING), None)
    return at is not None and 1 < at <= MAX_WORK_HEAD_WORDS and _names_asker_work(found[:at])


def _telling(word: str) -> bool:
    """A request to tell: «расскажите», «объясни» (a Russian imperative of telling), «айтып
    беріңізші», "tell"."""
    if word in TELLING_WORDS:
        return True
    morphology = shared_morphology()
    return morphology.info(word).lemma in TELLING_LEMMAS and morphology.may_be_imperative(word)


def _audience(word: str) -> bool:
    """A word naming the asker's listeners, readers or pupils, in any form («радиослушателям», «для
    школьников», «тыңдармандарына», "a child")."""
    if word.isascii():
        return word in AUDIENCE_WORDS
    if kazakh.is_kazakh(word) or not shared_morphology().is_russian(word):
        return any(word.startswith(stem) for stem in KAZAKH_AUDIENCES)
    if word.startswith(PEOPLE_AT_LARGE):
        return False  # («объяснят ли людям…»: people at large, whom the text would have it explained to)
    return shared_morphology().info(word).lemma in AUDIENCE_WORDS


def told_audience(found: Sequence[str]) -> list[str]:
    """«Какие мысли можно рассказать школьникам?», «что объяснить детям»: the asker's listeners
    (_audience) within TOLD_SPAN words of a verb of telling (TELLING_LEMMAS, in any form), whom the
    answer is to be retold to, and that verb: not a subject of the question («Что сказано о школьниках?» names
    them as the topic told of, and keeps them)."""
    morphology = shared_morphology()
    telling = [
        i for i, w in enumerate(found) if w in TELLING_WORDS or morphology.info(w).lemma in TELLING_LEMMAS
    ]
    if not telling and not any(w.startswith(KAZAKH_EXPLAINING) for w in found):
        return []  # no verb of telling to be told by (the common case: no audience need be read)
    told: list[str] = []
    for i, word in enumerate(found):
        if not _audience(word) or (i and found[i - 1] in TOPIC_MARKERS):
            continue  # «сказано о школьниках»: the topic
        verbs = [found[t] for t in telling if 0 < abs(i - t) <= TOLD_SPAN] or _kazakh_telling(found, i)
        # the telling too is the asker's delivery, not what is asked («Как объяснить ученикам, зачем…?»)
        told += [word, *verbs] if verbs else []
    return told


# the stem of the Kazakh verb of explaining, in any of its forms («түсіндірсем», if I explain;
# «түсіндіруге», «түсіндіремін»)
KAZAKH_EXPLAINING = "түсіндір"


def _kazakh_telling(found: Sequence[str], audience: int) -> list[str]:
    """«Оқырмандарға реформаның мақсатын қалай түсіндірсем болады?»: a Kazakh audience in the
    dative is told at the clause's end, its verb of explaining after the thing explained, farther
    than TOLD_SPAN: that verb, after a Kazakh audience word."""
    if not found[audience].startswith(KAZAKH_AUDIENCES):
        return []
    return [w for w in found[audience + 1 :] if w.startswith(KAZAKH_EXPLAINING)][:1]


def _names_audience(found: list[str]) -> bool:
    """«Расскажите для радиослушателей», «Радио тыңдармандарына айтып беріңізші»: a request to tell
    and whom to tell it to; the question that follows is what to tell, the audience is not asked
    about. Not when the opening names a topic («Расскажите о бюджете») or asks («Расскажите, кто…»)."""
    told = [w for w in found if _telling(w)]
    others = [w for w in found if w not in told]
    if not told or not others or len(others) > MAX_AUDIENCE_WORDS:
        return False
    if not QUESTION_OPENERS.isdisjoint(others) or not TOPIC_MARKERS.isdisjoint(others):
        return False
    morphology = shared_morphology()
    if any(morphology.info(w).pos in PREDICATE_POS for w in others):
        return False
    return any(map(_audience, others))


def _role_here(found: list[str]) -> bool:
    """ "Political officer here": the asker's role, a noun with its words before "here", no verb."""
    if not 2 <= len(found) <= MAX_ROLE_HEAD_WORDS or found[-1] != ROLE_HERE:
        return False
    morphology = shared_morphology()
    return QUESTION_OPENERS.isdisjoint(found) and not any(
        morphology.info(word).pos in PREDICATE_POS for word in found[:-1]
    )


# «можно коротко суть…»: asking leave to be told opens a question as a request does (_opens_question)
ASKING_LEAVE = "можно"
# «Учитель истории.»: a role sentence without «я» holds the noun and its own words (_role_sentence)
MIN_ROLE_SENTENCE_WORDS = 2
# a sentence ending inside a text: its mark, and the next sentence's start
_SENTENCE_END = re.compile(r"[.!?…]\s+\S")
# «блогер я, …», «медсестра из Актобе тут) …»: the asker named by a noun before a comma or a smile
_SELF_COMMA = re.compile(r"^(?P<head>[^,.:—–?!()]{2,80}?)\s*[,)]+\s*(?P<rest>\S.*)$", re.S)
# «Я нотариус из Шымкента. …», «Я помощник нотариуса, …»: the asker named before a full stop or a comma
_SELF_NAMING = re.compile(r"^(?P<head>[^,.:—–?!()]{2,80}?)\s*[,.]\s+(?P<rest>\S.*)$", re.S)


def _self_named_before_comma(text: str) -> re.Match[str] | None:
    """The asker named by a noun (_self_named), or told by where they work, study or live
    (_lives_where: «работаю на таможне, что нам светит…?»), before a comma, unless a pronoun after it
    points back into it («Я юрист, что это для меня значит?» is asked as a whole)."""
    match = _SELF_COMMA.match(text)
    head = words(match["head"].casefold()) if match is not None else []
    if match is None or not (_self_named(head) or _lives_where(head) or _kin_named(head)):
        return None
    if _points_back(words(match["rest"].casefold())):
        return None
    return match


def _kin_named(found: list[str]) -> bool:
    """«у меня сын школьник», «у нас мама пенсионерка»: «у меня / у нас» and persons' nouns in the
    nominative, no verb or question word: the asker tells who is in their family, for whom they ask;
    no part of the question («у меня вопрос» names no person)."""
    if found[:1] != ["у"] or found[1:2] not in (["меня"], ["нас"]):
        return False
    named = [w for w in found[2:] if w not in SELF_FILLERS]
    if not 1 <= len(named) <= MAX_ROLE_HEAD_WORDS or not QUESTION_OPENERS.isdisjoint(named):
        return False
    morphology = shared_morphology()
    return all(morphology.person(w) or morphology.people(w) for w in named)


def _points_back(found: Sequence[str]) -> bool:
    """A pronoun of the question stands for a noun before it, in the opening: not a demonstrative
    determining its noun («этой реформы»: _determiner), nor a pronoun a noun of the question before
    it agrees with («интересует правопорядок, чо там по нему»: the law and order)."""
    morphology = shared_morphology()
    for i, word in enumerate(found):
        if _determiner(found, i):
            continue
        if word in POINTING_BACK or (
            morphology.anaphoric(word) and not any(morphology.agrees(word, w) for w in found[:i])
        ):
            return True
    return False


# the demonstrative's forms before a noun it determines, the feminine oblique «этой» among them
DETERMINERS = POINTING_BACK | _word_set("этой")
# the parts of speech that may follow a demonstrative determining a noun («этих цифровых штуках»)
DETERMINED_POS = frozenset({"ADJF", "PRTF", "NOUN"})


def _determiner(found: Sequence[str], i: int) -> bool:
    """«…при всех этих цифровых штуках?»: a demonstrative before the adjective or noun it
    determines points to that noun, not back into the asker's words."""
    return (
        found[i] in DETERMINERS
        and i + 1 < len(found)
        and shared_morphology().info(found[i + 1]).pos in DETERMINED_POS
    )


def _self_named(found: list[str]) -> bool:
    """«я блогер», «медсестра из Актобе тут», «я мама троих детей»: the asker's «я» (or «тут»)
    beside one person's noun in the nominative, its words after it, and no verb or question word:
    who asks, no part of the question."""
    if SELF_MARKERS.isdisjoint(found):
        return False
    named = [w for w in found if w not in POLITE and w not in SELF_MARKERS and w not in SELF_FILLERS]
    if not 1 <= len(named) <= MAX_ROLE_HEAD_WORDS or not QUESTION_OPENERS.isdisjoint(named):
        return False
    morphology = shared_morphology()
    return morphology.person(named[0]) and not any(morphology.info(w).pos in PREDICATE_POS for w in named)


def _role_alone(found: list[str], rest: str) -> bool:
    """«Студент-первокурсник юрфака: есть ли…», «Волонтёр НКО — чем реформа поможет…»: an opening
    set off by a colon or a dash that is one person's noun in the nominative with its
    words after it, and no verb or question word (as _self_named, without the «я»): who asks, no
    part of the question. Not one a pronoun of the question points back to («Генпрокурор: что он
    сказал?»: the person asked about)."""
    named = [w for w in found if w not in POLITE and w not in SELF_FILLERS]
    if not 1 <= len(named) <= MAX_ROLE_HEAD_WORDS or not QUESTION_OPENERS.isdisjoint(named):
        return False
    morphology = shared_morphology()
    return (
        morphology.person(named[0])
        # (the words after it its own: another person's noun, a genitive, «юрфака»; not a topic
        # «Генпрокурор о «Законе и порядке» — в двух словах?»)
        and all(morphology.person(w) or morphology.genitive_noun(w) for w in named[1:])
        and not any(map(morphology.anaphoric, words(rest.casefold())))
    )


def _role_sentence(head: str, rest: str) -> bool:
    """«Учитель истории. Какие принципы обсуждали?», «учитель обществознания. в чём суть реформы»:
    a sentence of its own that is nothing but one person's noun with its words after it (_role_alone,
    the asker's «я» dropped), before a full stop: who asks, no part of the question. Not the noun
    alone («Генпрокурор. Что сказано?» may be a heading of what is asked), nor an office of a place
    or a name («Генпрокурор Казахстана. Какие принципы назвал?»: the person asked about), and only when the
    question after it opens as one (checked by _without_preamble)."""
    found = [w for w in words(head.casefold()) if w not in POLITE and w not in SELF_FILLERS]
    morphology = shared_morphology()
    return (
        len(found) >= MIN_ROLE_SENTENCE_WORDS
        and not any(map(morphology.place_name, found[1:]))
        # (nor a proper name after it: «Генпрокурор Асылов.», «Президент Республики.»)
        and not any(w[:1].isupper() for w in head.split()[1:])
        and _role_alone(found, rest)
    )


# (where the asker is, works or studies, «…школы в Кызылорде», «учусь в колледже», «работаю на заводе»,
# follows PLACE_PREPOSITIONS, below)
# («Я думаю в целом о реформе»: what the asker thinks of is asked)
THINKING_VERBS = _word_set("думать считать полагать хотеть надеяться сомневаться")


def _self_named_doing(head: str) -> bool:
    """«Я редактор агентства, проверяю факты», «Я юрист, работаю в акимате»: the asker named by a
    noun (_self_named), then clauses of what they do, each opening with a verb in the first person
    (not one of thinking: «Я юрист, думаю, что…» states a claim): who asks, no part of the question.
    So are clauses of what the asker has or undergoes, in the asker's oblique case («Я курьер, меня
    часто тормозят на дороге», «У меня ресторан, я шеф-повар»: _asker_undergoes), before or after."""
    clauses = [words(c.casefold()) for c in head.split(",")]
    named = [i for i, c in enumerate(clauses) if _self_named(_before_place(c))]
    if len(clauses) < 2 or not named:
        return False
    morphology = shared_morphology()
    return all(
        i == named[0]
        or _asker_undergoes(c)
        or (
            bool(c)
            and i > named[0]
            and morphology.first_person_verb(c[0])
            and morphology.info(c[0]).lemma not in THINKING_VERBS
        )
        for i, c in enumerate(clauses)
    )


# the asker's own oblique case opening a clause of what they have or undergo («у меня ресторан»,
# «меня часто тормозят»); not a state of mind about a topic («меня волнуют налоги», «мне кажется»,
# «мне важно»), which is what the question leans on (as lemmas and as typed)
ASKER_UNDERGOING = (("у", "меня"), ("меня",))
ASKER_STATES = _word_set(
    "волновать беспокоить интересовать тревожить пугать смущать удивлять радовать казаться "
    "важно нужно надо интересно непонятно неясно страшно хочется"
)
MAX_UNDERGOING_WORDS = 6


def _asker_undergoes(found: list[str]) -> bool:
    """«меня часто тормозят на дороге», «у меня ресторан»: a short clause opening with the asker's
    own oblique case (ASKER_UNDERGOING), no question word in it and no state of mind (ASKER_STATES):
    what the asker has or undergoes, no part of what is asked."""
    morphology = shared_morphology()
    return (
        len(found) <= MAX_UNDERGOING_WORDS
        and any(tuple(found[: len(opening)]) == opening for opening in ASKER_UNDERGOING)
        and QUESTION_OPENERS.isdisjoint(found)
        and not any(w in ASKER_STATES or morphology.info(w).lemma in ASKER_STATES for w in found)
    )


# "I am exchange student from Korea", "I'm a nurse in Almaty": the asker's English «I am» (words()
# splits "I'm" into "i", "m"), then a few words naming them before where they are from; not a state
# of mind that takes a topic ("I am worried about…", "I'm interested in…": a participle, a linking word)
ENGLISH_SELF = (("i", "am"), ("i", "m"))
ENGLISH_FROM = _word_set("from in at")
ENGLISH_STATE_LINKS = _word_set("about of with for to that if whether not")
ENGLISH_PARTICIPLE_ENDINGS = ("ed", "ing")
# an English verb's "-ing" form (reading.scope: "just punishing"; Subjects.spoke: "when speaking")
GERUND_ENDING = "ing"


def _english_self_named(found: list[str]) -> bool:
    """ "I am exchange student from Korea": the English asker named by a few words after «I am»,
    articles or not, as _self_named reads «я студент из Кореи»; no question word, and no participle or
    linking word, which would make it a state of mind about a topic the question may lean on."""
    found = [w for w in found if w not in POLITE]
    if tuple(found[:2]) not in ENGLISH_SELF:
        return False
    named = found[2:]
    at = next((i for i, w in enumerate(named) if i > 0 and w in ENGLISH_FROM), len(named))
    named = named[:at]
    return (
        1 <= len(named) <= MAX_ROLE_HEAD_WORDS
        and QUESTION_OPENERS.isdisjoint(named)
        and ENGLISH_STATE_LINKS.isdisjoint(named)
        and not any(w.endswith(ENGLISH_PARTICIPLE_ENDINGS) for w in named)
    )


def _before_place(found: list[str]) -> list[str]:
    """«я директор сельской школы в Северо-Казахстанской области»: the words before the place the
    asker names after their noun (PLACE_PREPOSITIONS), which is theirs as the noun is."""
    at = next((i for i, w in enumerate(found) if i > 1 and w in PLACE_PREPOSITIONS), len(found))
    return found[:at]


def _lives_where(found: list[str]) -> bool:
    """«Я учусь в медресе-колледже», «Работаю на заводе», «Живу в Таразе»: a sentence opening (past
    the asker's «я») with a verb in the first person and a place right after it: where the asker
    studies, works or lives, no part of the question. Not a verb of wanting or thinking with a
    clause («Я думаю, что…», «Хочу узнать о…»: no place follows)."""
    found = [w for w in found if w not in POLITE and w not in SELF_FILLERS]
    if found[:1] == ["я"]:
        found = found[1:]
    return (
        len(found) > 2
        and shared_morphology().first_person_verb(found[0])
        and shared_morphology().info(found[0]).lemma not in THINKING_VERBS
        and found[1] in PLACE_PREPOSITIONS
        and QUESTION_OPENERS.isdisjoint(found)
    )


def _making_work(found: list[str]) -> bool:
    """«Я готовлю сюжет для вечерних новостей», «Пишу статью о реформе»: the asker, in the first
    person, telling of the piece they make (ASKER_WORK): who asks and why, no part of the question."""
    morphology = shared_morphology()
    first_person = bool(FIRST_PERSON.intersection(found)) or any(map(morphology.first_person_verb, found))
    return first_person and any(_names_work(w) for w in found)


def _names_work(word: str) -> bool:
    """A word of the asker's work (ASKER_WORK), as typed or by its lemma («стенде»: «стенд»)."""
    return word in ASKER_WORK or shared_morphology().info(word).lemma in _asker_work_lemmas()


@functools.cache
def _asker_work_lemmas() -> frozenset[str]:
    """The lemmas of ASKER_WORK («сюжета», «доклада»: «сюжет», «доклад»), worked out once."""
    return frozenset(shared_morphology().info(w).lemma for w in ASKER_WORK)


def _names_asker_role(found: list[str]) -> bool:
    if found[:1] == ["as"]:
        return _english_role(found)
    if not 2 <= len(found) <= MAX_ROLE_HEAD_WORDS or found[0] != "как":
        return False
    morphology = shared_morphology()
    # «Как юриста меня интересует, …», «Как юристу мне важно, …»: the role in the case of the asker's
    # own pronoun right after it (whatever the verb then says of the asker)
    if found[2:3] and found[2] in ASKER_OBLIQUE and morphology.person(morphology.info(found[1]).lemma):
        return True
    # (and says nothing of them: «Как Президент связан с реформой: …» asks how)
    return morphology.person(found[1]) and not any(
        morphology.info(word).pos in PREDICATE_POS for word in found[2:]
    )


# "As a program officer at a German political foundation, …": an English role with where the asker
# works, up to so many words: the role's last noun before the preposition names a person by its
# ending ("officer", "journalist", "historian"; not "As a result of the reform, …")
ENGLISH_ROLE_PREPOSITIONS = frozenset({"at", "of", "from", "in", "with", "for"})
ENGLISH_PERSON_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee")
MAX_ENGLISH_ROLE_WORDS = 10


def _english_role(found: list[str]) -> bool:
    """ "As a lawyer", "As a program officer at a German political foundation": "as a" and the
    asker's role, in a few words, or in more when the role's noun names a person by its ending and
    a preposition tells where they work, or closes the role ("As a senior UN human rights officer")."""
    if not 2 <= len(found) <= MAX_ENGLISH_ROLE_WORDS or found[1] not in ("a", "an"):
        return False
    if len(found) <= MAX_ROLE_HEAD_WORDS:
        return True
    if found[-1].endswith(ENGLISH_PERSON_ENDINGS) and ENGLISH_ROLE_PREPOSITIONS.isdisjoint(found[2:]):
        return True  # "As a UN human rights officer": a longer role closing on its person's noun
    at = next((i for i, w in enumerate(found[2:], 2) if w in ENGLISH_ROLE_PREPOSITIONS), None)
    return at is not None and 2 < at <= MAX_ROLE_HEAD_WORDS and found[at - 1].endswith(ENGLISH_PERSON_ENDINGS)


# or the asker's role before a comma ("As a foreign correspondent, I'd like to know…", «Как
# журналист, скажите…»): see without_role
_ROLE_COMMA = re.compile(r"^(?P<head>[^,.:—–?!]{2,80}?),\s*(?P<rest>\S.*)$", re.S)


# «Мне как нотариусу, что…», «мне как пенсионеру что про…», «Нам, как предпринимателям, …»: the
# asker's own pronoun in an oblique case, then «как» and the role in that case (a few words, the
# last a person's noun), opening the message (without_own_role)
_OWN_ROLE = re.compile(
    r"^\s*(?:мне|нам|меня|нас)\s*,?\s+как\s+(?P<role>(?:[^\W\d_]+[\s,]+){1,3})(?P<rest>\S.*)$",
    re.S | re.IGNORECASE,
)


# "As a businessman I care about…": the English role opening, with no comma, right before the asker's
# own "I" or "we" (without_own_role)
_OWN_ROLE_EN = re.compile(
    r"^\s*as\s+an?\s+(?:[^\W\d_]+\s+){1,3}?(?P<rest>(?:i|we)\b.*)$", re.S | re.IGNORECASE
)


def without_own_role(text: str) -> str:
    """The text less an opening «мне как нотариусу», «нам как предпринимателям» (the asker's
    pronoun, «как» and their role in its case, commas or not): who asks, as «Как нотариусу мне…»
    is (_names_asker_role), not a subject the documents lack. The role ends at its first person's
    noun (by lemma: «нотариусу», «частному нотариусу»); not «Мне как понять…» (no person named).
    So the English "As a businessman I…" without a comma: the role ends at the asker's "I"."""
    match = _OWN_ROLE.match(text)
    if match is None:
        english = _OWN_ROLE_EN.match(text)
        return english["rest"] if english is not None else text
    morphology = shared_morphology()
    role = words(match["role"].casefold())
    end = next((i for i, w in enumerate(role) if morphology.person(morphology.info(w).lemma)), None)
    if end is None:
        return text
    after = re.search(rf"\b{re.escape(role[end])}\b[\s,]*", match["role"], re.IGNORECASE)
    if after is None:
        return text
    rest = match["role"][after.end() :] + match["rest"]
    # (the role ends at a comma or where the question opens: «Меня как активиста партии интересует…»
    # goes on with the role's own words)
    closed = "," in after.group() or bool(set(words(rest.casefold())[:1]) & QUESTION_OPENERS)
    return rest if closed else text


def without_role(text: str) -> str:
    """The text less an opening that names the asker's role before a comma ("As a teacher, …",
    «Как юрист, …»: _names_asker_role), whatever the rest's form ("I'd like to know what…"): the
    role is the asker's, no subject the documents lack; in English only when the rest speaks of the
    asker ("I", "my"). Not a role a pronoun after it points back to («Как генпрокурор, что он
    сказал?») nor one saying something of a person («Как Президент связан с реформой, …»). So with
    the asker's pronoun before the role (without_own_role)."""
    if (own := without_own_role(text)) != text:
        return own
    match = _ROLE_COMMA.match(text.strip())
    if match is None:
        return text
    found = [w for w in words(match["head"]) if w not in POLITE]
    asked = words(match["rest"].casefold())
    if not _names_asker_role(found) or any(map(shared_morphology().anaphoric, asked)):
        return text
    # (English names no person by its form: the rest must speak of the asker, "As a whole, was…" is
    # no role)
    if found[0] == "as" and FIRST_PERSON.isdisjoint(asked):
        return text
    return match["rest"]


# «…— можно списком?», «…: кратко, пожалуйста?», "…— as a list, please?": words asking only the
# reply's form, which after a colon or dash leave what is asked to the words before it (without_preamble)
FORM_REQUEST = _word_set(
    "можно ли пожалуйста списком список пунктами по пунктам в виде списка кратко коротко вкратце подробнее "
    "подробно please as a list in bullet points briefly short"
)


# "Could you kindly explain?", «Объясните, пожалуйста.»: a sentence of nothing but a request to explain
# or tell, which asks of what the sentence before it said (without_preamble)
BARE_REQUEST = _word_set(
    "could can would you kindly explain clarify tell me us please "
    "объясните поясните разъясните расскажите подскажите мне нам можете могли бы вы"
)

# words that only stress a question of what the piece says ("What does the text actually say?")
SAYING_STRESS = _word_set("actually really exactly на самом деле вообще")


def asks_only_what_is_said(found: Sequence[str]) -> bool:
    """A tail of a long message of nothing but a request to explain (BARE_REQUEST, FORM_REQUEST) or
    a question of what the piece says (PIECE_SAYING): it names nothing of its own, and asks of what
    the message said before it."""
    return bool(found) and set(found) <= FORM_REQUEST | BARE_REQUEST | PIECE_SAYING | SAYING_STRESS


# «…дела — про это что-то было?», "… — anything about that?": a preposition of the topic and a
# demonstrative standing alone (no noun after it) point back to what the opening said (_rest_points_back);
# not «о том» (which opens a clause: «о том, чтобы…»)
TOPIC_PREPOSITIONS = _word_set("про о об насчет насчёт about on regarding")
DEMONSTRATIVES = _word_set("это этом этого that this it")
# «на этот счёт», «по этому поводу», «на сей счёт», «по данному поводу»: the preposition and the noun
# of an idiom that, with a demonstrative between them, says «об этом» (as typed, folded)
POINTING_IDIOMS = frozenset({("на", "счет"), ("по", "поводу")})
IDIOM_DEMONSTRATIVES = _word_set("этот тот сей данный этому тому сему данному такому")


def _rest_points_back(rest: str) -> bool:
    """«про это что-то было?», «об этом говорилось?», «что на этот счёт сказано?»: the rest asks of
    the topic the opening named, by a demonstrative after a preposition of the topic with no noun
    after it (or inside an idiom of pointing back); asked alone it asks of nothing («об этом законе»
    names its own)."""
    found = words(rest)
    morphology = shared_morphology()
    for i, (before, word) in enumerate(itertools.pairwise(found)):
        # («что значит «нулевая терпимость» и кто об этом говорил?»: the rest's own noun before it)
        if morphology.info(before).pos == "NOUN":
            return False
        idiom = (before, found[i + 2] if i + 2 < len(found) else "")
        if word in IDIOM_DEMONSTRATIVES and idiom in POINTING_IDIOMS:
            return True  # «что на этот счёт сказано?», «что по этому поводу говорили?»
        if before in TOPIC_PREPOSITIONS and word in DEMONSTRATIVES:
            after = found[i + 2] if i + 2 < len(found) else None
            if after is None or morphology.info(after).pos not in ("NOUN", "ADJF"):
                return True
    return False


# a place after a demonstrative standing alone («…обсуждалось ли это на круглом столе?»), or where the
# asker is (_before_place, _lives_where): its prepositions, and the most words the place may take
PLACE_PREPOSITIONS = _word_set("в во на")
PLACE_AFTER_POINTING = 3


# a third-person personal pronoun standing for a thing or a person as the subject or after a
# preposition («он был», «на нём»), not a possessive («его должность»); a question of its own
# («кто выступал и какую должность он занимает») names what it stands for itself
PERSONAL_PRONOUNS = frozenset({"он", "она", "оно", "они", "нём", "нем", "ней", "них"})


def _last_clause(head: str) -> str:
    """The last clause of the asker's sentence («Я мама, в новостях мелькнуло про круглый стол.»:
    «в новостях мелькнуло про круглый стол.»), which names what a pronoun after it stands for."""
    clause = re.split(r"[,;:—]\s+", head.strip())[-1]
    return clause if clause.endswith((".", "!")) else f"{clause}."


# «Чем они обосновывают…?», «Что они предлагают?»: the plural «они» doing a verb of saying or
# justifying, as lemmas, is those who speak for the reform, whom the text's voice is (they_who_speak)
THEY = "они"
SPEAKING_LEMMAS = frozenset(
    {"говорить", "сказать", "обосновывать", "обосновать", "объяснять", "объяснить", "предлагать"}
    | {"предложить", "утверждать", "заявлять", "заявить", "обещать", "аргументировать", "оправдывать"}
)


def _pronoun_of_the_head(rest: str) -> bool:
    """The question after the asker's sentence holds a third-person pronoun («он», «на нём»): it
    stands for a noun of the sentence before it, which the question cannot be read without; not
    «они» doing a verb of saying (they_who_speak)."""
    found = words(rest.casefold())
    pronouns = [i for i, w in enumerate(found) if w in PERSONAL_PRONOUNS]
    return bool(pronouns) and "кто" not in found and not all(they_who_speak(found, i) for i in pronouns)


def they_who_speak(found: Sequence[str], at: int) -> bool:
    """«Я пенсионер и чиновникам не верю. Чем они обосновывают, что реформа нужна?»: «они» right
    before a verb of saying or justifying are those who speak for the reform, the text's own voice,
    whoever the asker's sentence named; the question is read alone."""
    after = found[at + 1 : at + 2]
    return found[at] == THEY and bool(after) and shared_morphology().info(after[0]).lemma in SPEAKING_LEMMAS


def topic_points_back(found: Sequence[str]) -> bool:
    """«Что об этом говорили на круглом столе?»: the words ask of the topic named before them
    (_rest_points_back), which they name nothing of alone."""
    return _rest_points_back(" ".join(found))


# English "this" pointing back: closing the question ("Did the round table address this?"), or its
# subject after an opening auxiliary before a participle ("Is this addressed in the document?", "Has
# this been discussed?"); not one determining a noun ("Is this reform good?")
ENGLISH_POINTING_BACK = "this"
# closing the question after "about", "it" and "that" point back as "this" does ("Does the document
# say anything about it?"); not elsewhere ("Was it?" is elliptical, "a continuation of it" points
# inside its own sentence)
ENGLISH_CLOSING_POINTERS = _word_set("it that")
ENGLISH_TOPIC_BEFORE_POINTER = _word_set("about regarding")
# and right after a verb of treating a topic ("Does the reform address it?", "Did they discuss that?"):
# its object is the topic the sentence before named; not after other verbs ("When did they hold it?")
ENGLISH_TREATING_TOPIC = ("address", "discuss", "mention", "cover", "tackl", "consider", "rais")
ENGLISH_PASSIVE_AFTER = _word_set("been being")
ENGLISH_AUXILIARIES = _word_set("is was are were has have had does did do will would")


def demonstrative_alone(found: Sequence[str]) -> bool:
    """«Обсуждалось ли это?», «Обсуждалось ли это на круглом столе?»: a demonstrative closing the
    question, or followed only by where it was discussed, names nothing: it stands for what the
    sentence before it said. («Что это за документ?», «это направление» are not so.) So does the
    English "this" (_english_this_alone)."""
    for i, word in enumerate(found):
        if word not in POINTING_BACK:
            continue
        rest = found[i + 1 :]
        if not rest:
            return True
        if rest[0] in PLACE_PREPOSITIONS and 1 < len(rest) <= PLACE_AFTER_POINTING + 1:
            return True
    return _english_this_alone(found)


def _english_this_alone(found: Sequence[str]) -> bool:
    """ "Did the round table address this?", "Is this addressed in the document?": "this" closing
    an English question, or its subject after the opening auxiliary before a participle (ending in
    -ed, or "been"), names nothing; it stands for the sentence before it. So do "it" and "that"
    closing it after "about" ("Does the document say anything about it?") or after a verb of treating
    a topic ("Does the reform address it?"), or before its participle ("Was it discussed?")."""
    if len(found) > 1 and found[-1] == ENGLISH_POINTING_BACK:
        return True
    if len(found) > 1 and found[-1] in ENGLISH_CLOSING_POINTERS and found[-2] in ENGLISH_TOPIC_BEFORE_POINTER:
        return True
    closing = found[-1] in ENGLISH_CLOSING_POINTERS
    if len(found) > 2 and closing and found[-2].startswith(ENGLISH_TREATING_TOPIC):
        return True
    if len(found) < 3 or found[0] not in ENGLISH_AUXILIARIES:
        return False
    if found[1] in ENGLISH_CLOSING_POINTERS:  # "Was it discussed?", not "Was it held in Astana?"
        return found[2].startswith(ENGLISH_TREATING_TOPIC)
    if found[1] != ENGLISH_POINTING_BACK:
        return False
    return found[2].endswith("ed") or found[2] in ENGLISH_PASSIVE_AFTER


# «…мои права будут защищать или как», «…усилят или нет», "…or not": a closing tag that asks yes or
# no ends a question as a question mark does (typed without one), as the folded last words
QUESTION_TAGS = (("или", "как"), ("или", "нет"), ("или", "что"), ("or", "not"))


def _spoken_what(text: str) -> bool:
    """«интересует правопорядок, чо там по нему», «мне то чё с этой конституции»: a clause opening
    with a spoken «что там» (SPOKEN_WHAT), or with the asker's dative before a colloquial «что»
    (past a «то»; past it the plain «что» too: «мне то что с этой конституции»), asks, unpunctuated
    as it is."""
    written = words(text.casefold())
    found = [w for w in written if w != PARTICLE_TO]
    return any(
        (word in SPOKEN_WHAT and after == "там") or (word in ASKERS_TO_ME and after in COLLOQUIAL_WHAT)
        for word, after in itertools.pairwise(found)
    ) or any(
        word in ASKERS_TO_ME and particle == PARTICLE_TO and after in SPOKEN_WHAT
        for word, particle, after in zip(written, written[1:], written[2:], strict=False)
    )


def _ends_as_question(text: str) -> bool:
    """The text ends with a question mark or a closing yes/no tag (QUESTION_TAGS)."""
    if text.rstrip().endswith("?"):
        return True
    return tuple(words(text.casefold())[-2:]) in QUESTION_TAGS


# «…хочу снять ролик про новую конституцию че там главное…»: the topic of the work the asker's opening
# names (ASKER_WORK, then «про», «о»: _work_topic), which a question of nothing but the gist asks of;
# the words of the gist (nouns that name no thing: «главное», «суть»), as lemmas
GIST_WORDS = _word_set("главное главный суть смысл основное gist point")
WORK_TOPIC_MARKERS = _word_set("про о об обо about on")
_WORK_TOPIC = re.compile(r"^(?P<marker>\S+)\s+(?P<topic>[^,.;:—–!?()]+)")
MAX_WORK_TOPIC_WORDS = 4


def without_preamble(text: str) -> str:
    """The question after an opening that introduces the asker (see _without_preamble), else the
    text; a question of nothing but the gist («че там главное») with the topic of the asker's work
    the opening named («ролик про новую конституцию»: _work_topic), which is what it asks the gist
    of."""
    rest = _past_asker(text)
    whole = text.strip()
    if rest == text or not whole.endswith(rest.strip()) or not _asks_only_the_gist(rest):
        return rest
    topic = _work_topic(whole[: len(whole) - len(rest.strip())])
    if topic is None:
        return rest
    asked = rest.rstrip()
    mark = "?" if asked.endswith("?") else ""
    return f"{asked.rstrip('?').rstrip()} {topic}{mark}"


def _work_topic(head: str) -> str | None:
    """«про новую конституцию» of «хочу снять ролик про новую конституцию», «о реформе» of «Пишу
    статью о реформе»: a topic marker right after a word of the asker's work and the few words after
    it, up to a punctuation mark, else None."""
    found = words(head.casefold())
    for word, after in itertools.pairwise(found):
        if after in WORK_TOPIC_MARKERS and _names_work(word):
            at = re.search(rf"\b{re.escape(word)}\s+(?={re.escape(after)}\b)", head, re.IGNORECASE)
            match = _WORK_TOPIC.match(head[at.end() :]) if at is not None else None
            if match is None:
                return None
            topic = match["topic"].split()[:MAX_WORK_TOPIC_WORDS]
            return " ".join([match["marker"], *topic])
    return None


def _asks_only_the_gist(rest: str) -> bool:
    """«че там главное в двух словах», «в чём суть?»: a question whose nouns all name the gist or
    the reply's form, no thing of its own."""
    morphology = shared_morphology()
    nouns = [w for w in words(rest.casefold()) if morphology.info(w).pos == "NOUN"]
    return bool(nouns) and all(w in FORM_OPENING or morphology.info(w).lemma in GIST_WORDS for w in nouns)


def _past_asker(text: str) -> str:
    """The question after an opening that introduces the asker (_without_preamble), or the concern
    of theirs a closing question points back to (_past_self_naming), else the text."""
    read = _without_preamble(text)
    if read == text and (concern := _past_self_naming(text.strip())) is not None:
        return concern
    return read


def _past_self_naming(text: str) -> str | None:
    """«Я нотариус из Шымкента. Для меня важно, чтобы законы применялись одинаково. Обсуждалось ли
    это?», «Я помощник нотариуса, для меня важно…»: the asker named by a noun (_self_named), then the
    concern of theirs that a closing question points back to («это», «об этом»), which is read with
    it; who asks is no part of it. None unless so."""
    match = _SELF_NAMING.match(text)
    if match is None or not _self_named(words(match["head"].casefold())):
        return None
    rest = match["rest"]
    sentences = [m.group().strip() for m in _SENTENCE.finditer(rest) if m.group().strip()]
    # («Я узбек, держу магазинчик в Сарыагаше. Для меня важно…»: more of the asker's own first)
    if len(sentences) > 2 and all(map(_of_the_asker, sentences[:-2])):
        sentences = sentences[-2:]
        rest = " ".join(sentences)
    if len(sentences) != 2 or not sentences[-1].endswith("?") or sentences[0].endswith("?"):
        return None  # (one concern stated, then the one question about it; not a story of the asker's)
    last = sentences[-1].casefold()
    return rest if demonstrative_alone(words(last)) or _rest_points_back(last) else None


def _of_the_asker(sentence: str) -> bool:
    """«держу магазинчик в Сарыагаше», «Живу в Кокшетау.»: a sentence (or the clause after the
    asker's noun) opening with a verb in the first person tells more of the asker, no question
    and no concern: «Для меня важно…» and «Мне нужно…» tell the concern."""
    opening = words(sentence.casefold())[:1]
    return bool(opening) and not sentence.endswith("?") and shared_morphology().first_person_verb(opening[0])


def _questions_only(rest: str) -> bool:
    """The message after the asker's sentence is one sentence, or only questions («Я японский
    бизнесмен. Конституция хороша для экономики? Что говорят о развитии?»: each asks, none tells
    a story of the asker's)."""
    if not _SENTENCE_END.search(rest.rstrip()):
        return True
    return all(m.group().strip().endswith("?") for m in _SENTENCE.finditer(rest) if m.group().strip())


def _without_preamble(text: str) -> str:
    """The question after an opening that introduces the asker (see _PREAMBLE), else the text."""
    text = without_role(text)
    if (kazakh_rest := _kazakh_comma_opening(text.strip())) is not None:
        return _past_asker(kazakh_rest)  # (the rest may open so too: «…деп едім: …»)
    if (reported := _reported_before_question(text.strip())) is not None:
        return reported
    if (about := _asked_what_about(text.strip())) is not None:
        return about
    match = _PREAMBLE.match(text.strip())
    if (
        match is not None
        and (
            _question_in_head(match["head"])
            # «Я юрист. Нулевая терпимость — это про что?»: what the rest asks of is before the dash
            or bool(POINTING_BACK.intersection(words(match["rest"].casefold())[:1]))
        )
    ):
        match = None  # the colon or dash is inside the question after the asker's sentence
    sentence = match is None
    if sentence:
        match = (
            _INTRODUCTION.match(text.strip())
            or _requested(text.strip())
            or _questioned(text.strip())
            or _self_named_before_comma(text.strip())
            or _briefly_asked(text.strip())
            or _asked_by_another(text.strip())
            or _asking_as_role(text.strip())
        )
    if match is not None and sentence and (claim := _hearsay_claim(match["head"], match["rest"])):
        return claim
    if match is None or not (
        _introduces_asker(match["head"], match["rest"])
        # (a person's noun alone only before a colon or a dash: «генпрокурор кто такой» asks of him)
        or (not sentence and _role_alone(words(match["head"]), match["rest"]))
        or (
            sentence
            and _INTRODUCTION.match(text.strip()) is not None
            and _role_sentence(match["head"], match["rest"])
        )
    ):
        return text
    rest = match["rest"]
    if set(words(rest)) <= FORM_REQUEST or (not sentence and _rest_points_back(rest)):
        return text  # «…перечислить участников — можно списком?»: the opening holds what is asked
    if sentence and set(words(rest.casefold())) <= FORM_REQUEST | BARE_REQUEST:
        return text  # "…whether the draft strengthens the rule of law. Could you kindly explain?"
    if sentence and demonstrative_alone(words(rest.casefold())):
        return text  # «Меня волнуют X. Обсуждалось ли это?»: «это» is the sentence before it
    if sentence and _pronoun_of_the_head(rest):
        # «…, в новостях мелькнуло про круглый стол. Какого числа он был?»: «он» is the round table
        return f"{_last_clause(match['head'])} {rest}"
    opening = _past_courtesy(words(_past_form_opening(rest)[:40]))
    # «Касались ли участники…?»: a word and its «ли» open a question as a question word does
    asks = _opens_question(opening) or _kazakh_question(rest) or _kazakh_request(rest) or _spoken_what(rest)
    # («Я блогер. Генпрокурор боится фейков?»: after the asker named by a noun alone, the one
    # sentence after it is what is asked, whatever its form; not a story of the asker's before it)
    # (so after the asker's telling of the work they make: «Я готовлю сюжет для новостей. Дата…?»)
    # («курсант я. про профилактику нарушений в проекте есть чтото»: after the asker's «я» and noun
    # alone, the one sentence after it is asked even unpunctuated, as chat drops the question mark)
    head_words = words(match["head"])
    self_named = sentence and (
        _self_named(_before_place(head_words))
        or _role_asking(head_words)
        or _kin_named(words(match["head"].casefold()))
    )
    questioned = (_ends_as_question(rest) or self_named) and (
        not sentence
        or (
            (
                self_named
                or _making_work(head_words)
                or _lives_where(head_words)
                or _self_named_doing(match["head"])
                or _english_self_named(head_words)
            )
            and _questions_only(rest)
        )
    )
    if not (questioned or asks):
        return text
    if sentence and (indirect := _indirect_question(match["head"], rest)):
        return indirect
    if sentence and _rest_points_back(rest.casefold()):
        return text  # «Для меня важно, чтобы X. Что об этом говорили?»: «об этом» is the sentence before it
    return _past_the_sentence(rest) if not sentence and not asks else rest


# "Please tell me what…", «Пожалуйста, расскажите…»: a word of courtesy before the question's opening
# word (_past_courtesy)
COURTESY_OPENERS = _word_set("please kindly пожалуйста")


def _past_courtesy(opening: list[str]) -> list[str]:
    """The opening words past a word of courtesy ("I am a businessman from China. Please tell me
    what…": the request opens the question as "Tell me what…" does)."""
    at = 0
    while at < len(opening) - 1 and opening[at] in COURTESY_OPENERS:
        at += 1
    return opening[at:]


# «Простыми словами, о чём…?», «Если коротко, кто…?», "In simple terms, what…?": an opening phrase,
# up to its comma, of nothing but how briefly or plainly to answer (as FORM_REQUEST asks the reply's
# form); the question opens past it (_past_form_opening), its words read by reading.form
FORM_OPENING = FORM_REQUEST | _word_set(
    "если говоря проще простыми простым понятными словами словах двух двумя одним словом по простому "
    "in simple plain terms words simply put short nutshell"
)
_FORM_OPENING = re.compile(r"^\s*(?P<form>[^,?!.]{1,30}),\s*(?P<rest>\S.*)$", re.S)


def _past_form_opening(rest: str) -> str:
    """The question past an opening phrase that only asks the reply's form (FORM_OPENING:
    "In simple terms, what was…?"), so that its question word opens it after the asker's sentence
    («Я пенсионер. Простыми словами, о чём…?»); else the text as it is. Not a phrase naming a
    thing («По поводу реформы, что…?»)."""
    match = _FORM_OPENING.match(rest)
    if match is None or not set(words(match["form"].casefold())) <= FORM_OPENING:
        return rest
    return match["rest"]


# «В чём суть реформы, если совсем коротко?», "What is the reform about, in short?": the same phrase
# closing the question after a comma; «совсем», «очень» only strengthen it (without_closing_form)
FORM_CLOSING = FORM_OPENING | _word_set("совсем очень")
_FORM_CLOSING = re.compile(r"^(?P<rest>.*\w)\s*,\s*(?P<form>[^,?!.]{1,30})\?\s*$", re.S)
# or without its comma, as a phrase opening with "in" or «если» ("what are the goals of the reform in
# short", «какие итоги если коротко»): after a question of three words or more
_BARE_FORM_CLOSING = re.compile(
    r"^(?P<rest>\w+(?:\W+\w+){2,}?)\s+(?P<form>(?:in|если)\s[^,?!.]{1,25}?)\s*\??\s*$", re.S | re.IGNORECASE
)
# the words of such a phrase that name no form alone
_CLOSING_QUALIFIERS = _word_set("если совсем очень говоря in")


def without_closing_form(text: str) -> str:
    """The question less a closing phrase of nothing but how briefly or plainly to answer («…, если
    коротко?»: FORM_CLOSING), which asks nothing of its own; else the text as it is. Only with a word
    of the form itself («коротко», "short"), not a bare «если совсем» («…, если совсем честно?»
    keeps its words)."""
    match = _FORM_CLOSING.match(text) or _BARE_FORM_CLOSING.match(text)
    if match is None:
        return text
    form = set(words(match["form"].casefold()))
    if not form <= FORM_CLOSING or not form & (FORM_CLOSING - _CLOSING_QUALIFIERS):
        return text
    return f"{match['rest']}?"


# "What does the release say?", «Что об этом сказано?»: a question of nothing but what the piece says,
# which after a sentence asking something indirectly asks what it says of that (_indirect_question)
PIECE_SAYING = _word_set(
    "what does do did the this release press document text article piece it say says tell us me about on "
    "что а и об о этом этому этот поводу счет там сказано говорится написано пишут в документе тексте "
    "пресс релизе"
)
# "…whether the ombudsman was represented. Was it?", "…Did they?": a question of nothing but an auxiliary
# and a pronoun, which after a sentence asking something indirectly asks that again (_indirect_question)
ELLIPTICAL_ASKING = _word_set(
    "was were is are did do does has have had will would it they he she there that so then and"
)
# «В соцсетях утверждают, что…»: a verb of saying in the indefinite person, by lemma, that reports a
# claim heard elsewhere (_hearsay_claim), and the conjunction opening the claim
CLAIMING_LEMMAS = frozenset({"утверждать", "писать", "говорить", "заявлять", "считать", "уверять"})
HEARSAY_THAT = "что"
# what the question after a claim heard may say besides PIECE_SAYING («по этому поводу в материале»)
HEARSAY_SAYING = PIECE_SAYING | _word_set("по на материале сообщении пресс-релизе")
# a claim checked, as a question opening so asks (reading.claims)
CLAIM_CHECK = "Правда ли, что"


def _hearsay_claim(head: str, rest: str) -> str | None:
    """«В соцсетях утверждают, что новая Конституция ослабит гарантии прав. Что по этому поводу
    говорится в материале?»: a claim heard elsewhere (a plural verb of saying with no subject of its
    own, and «что»), then a question of nothing but what the piece says of it, asks whether the claim
    is true: «Правда ли, что …?». None otherwise."""
    if not set(words(rest)) <= HEARSAY_SAYING:
        return None
    found = words(head)
    morphology = shared_morphology()
    for i, word in enumerate(found[:-1]):
        if (
            morphology.info(word).lemma in CLAIMING_LEMMAS
            and morphology.plural_verb(word)
            and found[i + 1] == HEARSAY_THAT
            and len(found) - i - 2 >= INDIRECT_MIN_WORDS
        ):
            said = re.search(rf"\b{word}\W+{HEARSAY_THAT}\b", head, re.IGNORECASE)
            if said is not None:
                return f"{CLAIM_CHECK} {head[said.end() :].strip(' ,')}?"
    return None


# «А говорили…?», "And did…?": a joining word before the question after a reported claim
JOINING_OPENERS = _word_set("а и но and but")


# «…это про шо», «…это о чём»: a topic preposition and an asking «что» in its case (spoken spellings
# too) close a question of what a thing is about (_asked_what_about)
ABOUT_WHAT = _word_set("что чём чем шо чо че чё")
# the words a clause told of, not asked, opens with («я слышал, что…», «я думаю, как…»)
TOLD_CLAUSE_OPENERS = _word_set("что чтобы как будто если когда потому")
MAX_FIRST_PERSON_HEAD_WORDS = 6


def _asked_what_about(text: str) -> str | None:
    """«я с ошибками пишу сорян, правовая культура это про шо в проекте»: the asker in the first
    person («я», «пишу»), a comma, and one clause asking what a thing is about («X это про что»),
    typed without a question mark: the question is the words after the comma. Not a clause told of
    («я слышал, что правовая культура — это про школы»), nor an opening that asks itself."""
    match = _COMMA_OPENING.match(text)
    # (one clause after the comma: «…, мне нужна одна фраза: о чём…?» opens the question later)
    if match is None or re.search(r"[,.:;—–]", match["rest"]):
        return None
    head = words(match["head"].casefold())
    rest = words(match["rest"].casefold())
    if not head or len(head) > MAX_FIRST_PERSON_HEAD_WORDS or not QUESTION_OPENERS.isdisjoint(head):
        return None
    morphology = shared_morphology()
    if FIRST_PERSON.isdisjoint(head) and not any(map(morphology.first_person_verb, head)):
        return None
    if not rest or rest[0] in TOLD_CLAUSE_OPENERS:
        return None
    asks = any(b in TOPIC_PREPOSITIONS and w in ABOUT_WHAT for b, w in itertools.pairwise(rest))
    return match["rest"] if asks else None


# a first sentence with the dashes and colons of its own («…, что новая Конституция — только для
# начальства. …»), before the next
_FIRST_SENTENCE = re.compile(r"^(?P<head>[^.?!]{2,200}?)\.\s+(?P<rest>\S.*)$", re.S)


def _reported_before_question(text: str) -> str | None:
    """«Соседка говорит, что новая Конституция — только для начальства. А говорили там что-нибудь
    про интересы простого населения?»: what a person near the asker says (a person's noun, a verb of
    saying and «что»), then a question of its own that ends as one: the question is asked, the claim
    is the asker's reason for asking. Not a question leaning on the claim («Это правда?», «Что он
    имел в виду?»), nor one of nothing but what the piece says of it (_hearsay_claim)."""
    sentence = _FIRST_SENTENCE.match(text)
    if sentence is None:
        return None
    rest = sentence["rest"]
    found = words(sentence["head"].casefold())
    morphology = shared_morphology()
    if len(found) < 3 or not morphology.person(found[0]) or found[2] != HEARSAY_THAT:
        return None
    if morphology.info(found[1]).lemma not in CLAIMING_LEMMAS or not _ends_as_question(rest):
        return None
    asked = words(rest.casefold())
    own = asked[1:] if asked[:1] and asked[0] in JOINING_OPENERS else asked
    if (
        not own
        or set(own) <= HEARSAY_SAYING
        or POINTING_BACK.intersection(own)
        or any(map(morphology.anaphoric, own))
    ):
        return None
    return rest


# the words opening an indirect question inside the asker's sentence ("I am curious how…", «меня
# беспокоит, что будет…»); «ли» opens it one word before («…, сохранится ли…»)
INDIRECT_OPENERS = _word_set(
    "how what whether which why when who как что какой какая какое какие каким каких почему зачем когда кто "
    "где чем сколько ли"
)
# the fewest words the indirect question holds after its opening word
INDIRECT_MIN_WORDS = 3


def _indirect_question(head: str, rest: str) -> str | None:
    """ "As a political scientist I am curious how the draft addresses the uniform application of
    legislation. What does the release say?": the asker's sentence holds the question, asked
    indirectly after a first-person word (how, what, whether…), and the question after it asks only
    what the piece says, of that: the indirect question is the one asked. None otherwise (the asker
    only introduced: "I am a teacher. What does the release say?"). So does an elliptical question
    after it ("…whether the ombudsman was represented. Was it?": ELLIPTICAL_ASKING)."""
    asked = set(words(rest))
    if not (asked <= PIECE_SAYING or asked <= ELLIPTICAL_ASKING):
        return None
    # each word's start in the head, with its folded parts (a hyphenated word is several)
    found = [(m.start(), part) for m in _WORD.finditer(head) for part in words(m.group())]
    person = next((i for i, (_, w) in enumerate(found) if w in FIRST_PERSON), None)
    if person is None:
        return None
    opener = next((i for i in range(person + 1, len(found)) if found[i][1] in INDIRECT_OPENERS), None)
    if opener is not None and found[opener][1] == "ли":
        opener = opener - 1 if opener - 1 > person else None  # «…, сохранится ли суд присяжных»
    if opener is None or len(found) - opener - 1 < INDIRECT_MIN_WORDS:
        return None
    return head[found[opener][0] :].strip()


# The Russian words that open a question, as a Russian question typed in Latin letters opens
# (without_latin_preamble): none of them is an English word written in Cyrillic letters
_RUSSIAN_OPENERS = (
    frozenset(w for w in QUESTION_OPENERS if has_cyrillic(w) and not kazakh.is_kazakh(w) and w not in {"не"})
    | REQUESTS_WORDS
)
_LATIN_WORD = re.compile(r"[A-Za-z']+")


def without_latin_preamble(text: str) -> str:
    """«ya veterinar iz Kostanaya, skazhite kakie napravleniya obsuzhdali»: Russian typed in
    Latin letters opens with who the asker is as Russian in Cyrillic does (without_preamble); read
    back in Cyrillic, the question after that opening is the one asked (in Cyrillic). Only a text
    with no Cyrillic whose question, read so, opens with a Russian question word or request (no
    English word reads as one)."""
    if has_cyrillic(text) or not has_latin(text):
        return text
    cyrillic = _LATIN_WORD.sub(lambda m: to_cyrillic(m.group()), text)
    rest = without_preamble(cyrillic)
    if rest == cyrillic or (words(rest[:40]) or [""])[0] not in _RUSSIAN_OPENERS:
        return text
    return rest


def _requested(text: str) -> re.Match[str] | None:
    """The unpunctuated opening before a request (_REQUESTED), unless a pronoun in the request
    points back into it, a demonstrative too («я про закон и порядок объясни что это»: what it asks
    is in the opening)."""
    match = _REQUESTED.match(text)
    if match is None:
        return None
    asked = words(match["rest"].casefold())
    if any(map(shared_morphology().anaphoric, asked)) or POINTING_BACK.intersection(asked):
        return None
    return match


# or, unpunctuated, runs up to the asker's word of how briefly to answer («я тракторист мне кратко ии
# будут юзать в прокуратуре??»): the asker named (_self_named) and how they want it told, before a
# question that asks without a question word (_briefly_asked)
BRIEFLY = ("кратко", "коротко", "вкратце", "в двух словах", "по-простому", "простыми словами")
_BRIEFLY = re.compile(
    r"^(?P<head>[^.:—–?!,]{2,120}?)\s+(?:" + "|".join(BRIEFLY) + r")\s+(?P<rest>\S.*)$", re.S | re.IGNORECASE
)


def _briefly_asked(text: str) -> re.Match[str] | None:
    """The unpunctuated opening that names the asker and asks to be told briefly (_BRIEFLY), before
    a question of its own that ends as one («?», «или нет») or opens with a question word («я
    диспетчер на жд мне коротко чем закончился стол»): the question is the words after the word of
    brevity. The asker's own «мне», «нам» just before that word («…мне коротко») is the asker too.
    Not an opening that names no asker by a noun («я хочу кратко узнать…»)."""
    match = _BRIEFLY.match(text)
    if match is None:
        return None
    asked = words(match["rest"].casefold())
    if not (_ends_as_question(match["rest"]) or ASKED_OPENERS.intersection(asked[:1])):
        return None
    head = words(match["head"].casefold())
    if len(head) > 1 and head[-1] in ASKERS_TO_ME:
        head = head[:-1]
    return match if _self_named(head) else None


# «Бабушка спросила, что такое…», «внучка часто спрашивает при чём тут…»: a person's noun, at most
# TELLER_ADVERBS adverbs and a verb of asking open the message (_asked_by_another)
TELLER_ADVERBS = 2
# what opens the question brought after the verb of asking: an asking word in any case, the plain
# «что» (after a verb of asking it asks: «спросила, что такое…»), or «при чём» (what X has to do with),
# «в чём» (wherein: «спрашивают, в чём суть реформы») and «о чём» (what about)
ASKED_OPENERS = QUESTION_OPENERS | OBLIQUE_QUESTION_WORDS | SPOKEN_WHAT
ASKED_PAIRS = tuple((before, what) for before in ("при", "в", "о") for what in ("чем", "чём"))
# «меня спрашивают, в чём…», «нас часто спрашивают, что такое…»: the asker as the one others ask,
# whose question the asker passes on as a person's noun opening it would
ASKED_ONES = frozenset({"меня", "нас"})


def _asked_by_another(text: str) -> re.Match[str] | None:
    """«внучка спросила при чём тут верховенство закона к реформе», «Бабушка спросила, что такое
    нулевая терпимость»: one person's noun (or persons': «клиенты спрашивают») opening the message
    and a verb of asking right after it bring another's question, which follows, punctuated or not;
    the asker passes it on, and neither the person nor the asking is a detail asked (the verb
    would read as asking what someone asked, which the documents never report). Only when the
    question after it opens as one (an asking word, «что», «при чём»): «Журналисты спрашивали
    генпрокурора о сроках?» asks what was asked."""
    morphology = shared_morphology()
    found = words(text.casefold())
    if len(found) < 3 or not (
        morphology.person(found[0]) or morphology.people(found[0]) or found[0] in ASKED_ONES
    ):
        return None
    at = 1
    while at <= TELLER_ADVERBS and at < len(found) and morphology.info(found[at]).pos == "ADVB":
        at += 1
    if at + 1 >= len(found) or morphology.info(found[at]).lemma not in ASKING_VERBS:
        return None
    asked = found[at + 1 :]
    if asked[0] not in ASKED_OPENERS and tuple(asked[:2]) not in ASKED_PAIRS:
        return None
    pattern = r"\W+".join(re.escape(w).replace("е", "[её]") for w in found[: at + 1])
    return re.match(rf"^(?P<head>\W*{pattern})[\s,:]+(?P<rest>\S.*)$", text, re.S | re.IGNORECASE)


# «муж спрашивает закон и порядок куда…», «муж говорит законы для всех одинаково будут применятся?
# правда»: one of the asker's family or acquaintances, by lemma, opening the message before a verb of
# asking or of saying (without_kin_passing_on); people the documents never name nor could
KIN_LEMMAS = _word_set(
    "муж жена сын дочь дочка мама мать папа отец брат сестра сосед соседка друг подруга коллега "
    "бабушка дедушка дед внук внучка внучек внучок тёща свекровь"
)
# the asking words a question passed on may hold past its topic («закон и порядок куда…»), and how far
KIN_ASKED_WORDS = QUESTION_OPENERS | OBLIQUE_QUESTION_WORDS | SPOKEN_WHAT | _word_set("куда откуда ли")
KIN_TOPIC_SPAN = 4
# «…? правда», «…, это правда?»: the closing that asks whether the claim passed on is true
_TRUE_CLOSING = re.compile(r"[\s,?!.—–-]*(?:(?:это|ли)\s+)?правда\s*\??\s*$", re.IGNORECASE)


def without_kin_passing_on(text: str) -> str:
    """«муж спрашивает закон и порядок куда в конституции хотят вписать», «муж говорит законы для
    всех одинаково будут применятся? правда»: one of the asker's family or acquaintances (KIN_LEMMAS)
    and a verb of asking or saying open the message: the asker passes on another's question, which
    is asked as it follows (its asking word may come after its topic, as chat puts it), or another's
    claim, which is asked as «Правда ли, что …?». Neither the person nor the verb is a detail asked
    (the documents report nothing any family said). Not a question with no asking word after the
    verb of asking, nor a claim too short to check."""
    found = words(text.casefold())
    morphology = shared_morphology()
    if len(found) < INDIRECT_MIN_WORDS + 2 or morphology.info(found[0]).lemma not in KIN_LEMMAS:
        return text
    verb = morphology.info(found[1]).lemma
    head = re.match(rf"^\W*{re.escape(found[0])}\W+{re.escape(found[1])}[\s,:—–-]+", text, re.IGNORECASE)
    if head is None:
        return text
    rest = text[head.end() :].strip()
    said = found[2:]
    if verb in ASKING_VERBS:
        opener = next((i for i, w in enumerate(said[: KIN_TOPIC_SPAN + 1]) if w in KIN_ASKED_WORDS), None)
        if opener is None or any(morphology.info(w).pos == "PREP" for w in said[:opener]):
            return text  # (what is asked must be asked: «муж спрашивает о реформе» tells only a topic)
        return rest
    if verb in CLAIMING_LEMMAS:
        if not (rest.endswith("?") or _TRUE_CLOSING.search(rest)):
            return text  # (a claim is asked of only as a question: «…?» or «…, правда»)
        claim = _TRUE_CLOSING.sub("", rest).strip(" ,?!.")
        if _SENTENCE_END.search(claim):
            return text  # (one sentence: «Коллега уверяет, что всё решено. Когда…?» asks the second)
        claim = re.sub(rf"^{HEARSAY_THAT}\b\s*", "", claim, flags=re.IGNORECASE)
        return f"{CLAIM_CHECK} {claim}?" if len(words(claim)) >= INDIRECT_MIN_WORDS else text
    return text


# «секретарь суда спрашиваю единообр применение законов есть в проекте»: a person's noun with its
# words, then the asker's own verb of asking in the first person, open the message unpunctuated
# (_asking_as_role); at most so many words before the verb
ROLE_ASKING_SPAN = 4


def _asking_as_role(text: str) -> re.Match[str] | None:
    """The opening of a role (_role_alone: a person's noun and its words, «секретарь суда») and the
    asker's verb of asking in the first person («спрашиваю», «интересуюсь»), before the question,
    punctuated or not: who asks and that they ask, no part of the question. Only when the question
    names a thing of its own (a noun), as _questioned asks."""
    found = words(text.casefold())
    at = next((i for i, w in enumerate(found[: ROLE_ASKING_SPAN + 1]) if _asking_myself(w)), None)
    if at is None or not _role_asking(found[: at + 1]) or at + 1 >= len(found):
        return None
    if not any(_noun(w) for w in found[at + 1 :]):
        return None  # («генпрокурор спрашиваю что сказал»: what is asked is of the person named)
    pattern = r"\W+".join(re.escape(w).replace("е", "[её]") for w in found[: at + 1])
    return re.match(rf"^(?P<head>\W*{pattern})[\s,:]+(?P<rest>\S.*)$", text, re.S | re.IGNORECASE)


def _asking_myself(word: str) -> bool:
    """A verb of asking in the first person («спрашиваю», «интересуюсь»)."""
    morphology = shared_morphology()
    return morphology.first_person_verb(word) and morphology.info(word).lemma in ASKING_VERBS


def _role_asking(found: Sequence[str]) -> bool:
    """The words are a role (_role_alone, or the asker's «я» and noun: _self_named) closed by the
    asker's verb of asking in the first person («секретарь суда спрашиваю»)."""
    if len(found) < 2 or not _asking_myself(found[-1]):
        return False
    named = list(found[:-1])
    return _self_named(named) or _role_alone(named, "")


def _questioned(text: str) -> re.Match[str] | None:
    """The unpunctuated opening before a question word (_QUESTIONED), when the question after it
    names a thing of its own (a noun: «что там будет» leaves what it asks in the opening, «меня
    интересует ИИ что там будет») and no pronoun in it points back into the opening; and when the
    opening asks nothing itself («расскажи, что будет с данными, когда внедрят ИИ»: that «когда» is
    "when" inside the question)."""
    match = _QUESTIONED.match(text) or _english_questioned(text)
    if match is None:
        return None
    if not QUESTION_OPENERS.isdisjoint(words(match["head"].casefold())):
        return None
    asked = words(match["rest"].casefold())
    if _points_back(asked):
        return None
    if not any(_noun(w) for w in asked[1:]):
        return None
    return match


def _english_questioned(text: str) -> re.Match[str] | None:
    """The English opening before a comma and an asking word (_ENGLISH_QUESTIONED), when the asker
    speaks of themselves in it ("I'm a teacher, who…?"): a role alone may be no asker's ("As a
    teacher, what are the main points?" is kept whole, as without_role keeps it)."""
    match = _ENGLISH_QUESTIONED.match(text)
    if match is None or FIRST_PERSON.isdisjoint(words(match["head"])):
        return None
    return match


def _noun(word: str) -> bool:
    """A noun by its likeliest Russian reading, or an English word that can be one ("table", read
    first as the verb)."""
    if word.isascii():
        return "NOUN" in english_parts(word)
    return shared_morphology().info(word).pos == "NOUN"


def _question_in_head(head: str) -> bool:
    """«Я методист детского сада. Затрагивалось ли образование — хотя бы юридическое?»: the text
    before the first colon or dash already holds the asker's sentence and the opening of the
    question after it, so that dash is inside the question (what follows it qualifies what is asked),
    not the end of an opening."""
    inner = _INTRODUCTION.match(head.strip())
    return inner is not None and _opens_question(words(inner["rest"][:40]))


# "Was the ombudsman involved?", "Were scholars there?", "Has the draft been published?": an English
# auxiliary opening a yes-no question, as "is", "did", "will" (QUESTION_OPENERS) do; opening a
# sentence only (an asker's own sentence opens with a subject: "I was…", "We have…")
ENGLISH_AUXILIARY_OPENERS = _word_set("was were do has have had should shall may might must")


# the question words any of whose forms opens a question (_opens_question): «Чьих инициатив…»
ASKING_LEMMAS = frozenset({"какой", "кто", "что", "чей"})
# "In which part…?", "To whom…?", "On what grounds…?": an English preposition before a question word
# opens a question as the word alone does (as Russian's: _asks_after_preposition)
ENGLISH_PREPOSITIONS = _word_set("in on at to for from by with of about under within during")
ENGLISH_ASKED_AFTER_PREPOSITION = _word_set("which what whom whose")


# «Ну и как там оценивают…?», «А кто выступал?»: spoken particles before the question's opening word
# (_opens_question looks past them)
SPOKEN_LEADERS = _word_set("ну а и")


def _opens_question(opening: list[str]) -> bool:
    """The words, past spoken particles («ну и», «а»), open a question: a question word or an
    English auxiliary, any form of «какой»,
    «кто» or «что» («Какого числа…», «Какую цель…», «Кого пригласили…», «Чем завершился…»), a
    word and its «ли» («Касались ли участники…»), «можно» asking leave to be told («можно коротко суть
    реформы»), or a formal request, «прошу» and an infinitive
    («Прошу изложить основные выводы…»)."""
    while len(opening) > 1 and opening[0] in SPOKEN_LEADERS:
        opening = opening[1:]
    return bool(opening) and (
        opening[0] in QUESTION_OPENERS
        or opening[0] in ENGLISH_AUXILIARY_OPENERS
        or (opening[0] in SPOKEN_WHAT and opening[1:2] == ["там"])
        or (opening[0] in COLLOQUIAL_WHAT and bool(ASKERS_US.intersection(opening[1:2])))
        or opening[1:2] == ["ли"]
        or (opening[0] == ASKING_LEAVE and len(opening) > 1)
        or shared_morphology().info(opening[0]).lemma in ASKING_LEMMAS
        or _asks_after_preposition(opening)
        or (
            opening[0] in ENGLISH_PREPOSITIONS
            and not ENGLISH_ASKED_AFTER_PREPOSITION.isdisjoint(opening[1:2])
        )
        or _requests_telling(opening)
        or telling_asked_of_you(opening) > 0
        or (
            opening[0] in FORMAL_REQUESTS
            and len(opening) > 1
            and shared_morphology().info(opening[1]).pos == "INFN"
        )
    )


# verbs of informing whose imperative asks to be told (_requests_telling), as lemmas: those of
# telling, and of telling a detail («уточните»), reminding, reporting, pointing out, naming
INFORMING_LEMMAS = TELLING_LEMMAS | {"уточнить", "напомнить", "сообщить", "указать", "назвать", "подтвердить"}


# «Можете кратко пересказать…?», «Можешь объяснить…?»: asking whether the listener can tell (the
# present of «мочь», as typed), with an infinitive of telling within so many words after it (an
# adverb of manner between: «кратко», «подробно»), asks to be told, as «перескажите» does; so does
# the polite conditional («Не могли бы вы разъяснить…?», «Вы не могли бы уточнить…?», «Не мог бы
# ты объяснить…»), whose words run up to the infinitive (_can_you)
CAN_YOU = _word_set("можете можешь")
COULD_YOU = _word_set("могли мог могла")
CONDITIONAL = "бы"
POLITE_CAN_WORDS = CAN_YOU | COULD_YOU | _word_set("не бы вы ты ли пожалуйста")
POLITE_CAN_SPAN = 5
CAN_YOU_SPAN = 2
# the verbs of telling such a request asks (of informing: «уточнить», «сообщить», «назвать»; and
# «разъяснить», which alone is the documents' explanatory work), as lemmas
ASKED_TELLING = INFORMING_LEMMAS | {"разъяснить"}


def telling_asked_of_you(opening: Sequence[str]) -> int:
    """How many opening words ask the listener whether they can tell («Можете кратко пересказать,
    что обсуждали участники?»: 3; «Не могли бы вы разъяснить, что…»: 5), the request the rest
    follows; 0 when the question opens otherwise. A verb of telling only: «Можете ли вы
    гарантировать…» asks no telling."""
    start = _can_you(opening)
    if not start:
        return 0
    morphology = shared_morphology()
    for at in range(start, min(len(opening), start + CAN_YOU_SPAN)):
        info = morphology.info(opening[at])
        if info.pos == "INFN":
            return at + 1 if info.lemma in ASKED_TELLING else 0
    return 0


def _can_you(opening: Sequence[str]) -> int:
    """How many opening words ask whether the listener can («можете», «можете ли вы», «не могли
    бы вы», «вы не могли бы»): one form of «мочь», the conditional's «бы» beside its past; 0 when
    the question opens otherwise («мог ли он…» asks of another)."""
    head = list(itertools.takewhile(lambda w: w in POLITE_CAN_WORDS, opening[:POLITE_CAN_SPAN]))
    verbs = [w for w in head if w in CAN_YOU | COULD_YOU]
    if len(verbs) != 1 or (verbs[0] in COULD_YOU and CONDITIONAL not in head):
        return 0
    return len(head)


def _requests_telling(opening: list[str]) -> bool:
    """«Уточните, пожалуйста, дату проведения круглого стола», «Напомните, кто выступал»: a verb of
    telling in the imperative asks to be told, as «скажите» does (REQUESTS, as typed)."""
    morphology = shared_morphology()
    return morphology.may_be_imperative(opening[0]) and morphology.info(opening[0]).lemma in INFORMING_LEMMAS


def _asks_after_preposition(opening: list[str]) -> bool:
    """«В рамках какого направления обсуждали…?», «О чём говорил…?», «На что будет сделан акцент?»: a
    question word in the case a preposition (simple, or compound with its noun: «в рамках», «в ходе»)
    puts it in opens a question as the word alone does. Not any noun between («для галочки. Какую
    цель…»: the words run on into the next sentence)."""
    morphology = shared_morphology()
    for at in (1, 2):
        if len(opening) <= at or morphology.info(opening[0]).pos != "PREP":
            return False
        if at == 2 and opening[1] not in COMPOUND_PREPOSITION_NOUNS:
            return False
        if morphology.info(opening[at]).lemma in ASKING_AFTER_PREPOSITION:
            return True
    return False


def _past_the_sentence(rest: str) -> str:
    """«Я пенсионер…, и мне кажется, что все эти обсуждения — для галочки. Какую цель ставят…?»: a
    dash inside the asker's own sentence is no end of it; when what follows it ends that sentence
    and a question opening with a question word comes next, the question is that one (unless a
    pronoun in it points back into the sentence: «Асылов выступал. Что он сказал?»)."""
    match = _INTRODUCTION.match(rest.strip())
    if match is None:
        return rest
    question = match["rest"]
    opening = words(question[:40])
    if not _opens_question(opening):
        return rest
    if any(map(shared_morphology().anaphoric, words(question))):
        return rest
    return question


# What the asker will do with the answer, closing the question («…можно вынести в заголовок?», «…можно
# процитировать в статье?», "…I can use in my article?"): the asker's work, not what is asked
USE_TARGETS = ASKER_WORK | _word_set(
    "заголовок заголовке подзаголовок статью статье доклад докладе эфир эфире заметку заметке отчёт "
    "отчет отчёте отчете презентацию презентации справку справке headline title"
)
_USE = re.compile(
    r"\s*,?\s*(?:(?:который|которую|которое|которые|что)\s+)?можно\s+[\w-]+\s+(?:в|для)\s+(?P<work>[\w-]+)\s*(?=\?|$)",
    re.IGNORECASE,
)


def without_use(question: str) -> str:
    """«Какой главный тезис генпрокурора можно вынести в заголовок?»: the question less what the asker
    will do with the answer, when that is a piece of the asker's work."""
    found = _USE.search(question)
    if found is None or found["work"].casefold() not in USE_TARGETS or not question[: found.start()].strip():
        return question
    return question[: found.start()] + question[found.end() :]


# «Можно ли написать на стенде, что…?», «Можно ли в буклете указать, что…?»: whether the asker may put a
# claim in their work asks whether the claim holds; the place in the work (after «в», «на», a word of
# ASKER_WORK by its lemma, with at most one word before it) is no part of it (without_work_place)
_MAY_WRITE = re.compile(
    r"^\s*(?:а\s+)?(?:можно|могу|можем|стоит)\s+ли\b(?P<head>[^,?]*?),?\s+что\b", re.IGNORECASE
)
_WORK_PLACE = re.compile(r"\s+(?:в|во|на)\s+(?P<first>[\w-]+)(?:\s+(?P<second>[\w-]+))?", re.IGNORECASE)


def without_work_place(question: str) -> str:
    """«Можно ли написать на стенде, что проект сейчас обсуждается?»: the question less the place in
    the asker's work where the claim would go; «Можно ли в регионах применять…, что…» keeps its
    place (no work of the asker's)."""
    found = _MAY_WRITE.match(question)
    if found is None:
        return question
    head = found["head"]
    for place in _WORK_PLACE.finditer(head):
        for group in ("first", "second"):
            work = (place[group] or "").casefold()
            if work and _names_work(work):
                start, end = found.start("head") + place.start(), found.start("head") + place.end(group)
                return question[:start] + question[end:]
    return question


# the asker's work named at the end of the question («…для статьи», «…для тг канала», "…for my blog"),
# or before a closing request («…для стенда подскажите плз»: a polite word or a spoken «please»)
CLOSING_PLEASE = POLITE | _word_set("плз плиз пжл пж пжлст pls plz")
_WORK_TAIL = re.compile(
    r"[\s,]+(?:для|for)\s+(?:[\w-]+\s+){0,2}?(?P<work>[\w-]+)[\s,]*(?:(?:"
    + "|".join(sorted(CLOSING_PLEASE))
    + r")[\s,]*)*[?.!]*\s*$",
    re.IGNORECASE,
)


def without_work(question: str) -> str:
    """«Кто выступал на круглом столе для статьи?», «итоги круглого стола для тг канала»: the
    question less the piece the asker makes with the answer, named at its end (a word of
    ASKER_WORK), as an opening «Для эфира: …» is; «Что изменится для бизнеса?» keeps its «для»:
    those whose interests are asked. Only within the question's own sentence («…? Это для
    статьи.» is a sentence of its own)."""
    found = _WORK_TAIL.search(question)
    if found is None or not _names_work(found["work"].casefold()):
        return _without_work_before_topic(question)
    head = question[: found.start()].rstrip()
    if not head or re.search(r"[?.!](?:\s|$)", head):
        return question
    return head + ("?" if question.rstrip().endswith("?") else "")


# or before the topic it is about («Сделайте выжимку для новостного сюжета о круглом столе», "a summary
# for my blog about the reform"): «для» / "for", up to two words, the work, and a preposition of the topic
_WORK_BEFORE_TOPIC = re.compile(
    r"[\s,]+(?:для|for)\s+(?:[\w-]+\s+){0,2}?(?P<work>[\w-]+)(?=\s+(?:о|об|про|about|on)\s)", re.IGNORECASE
)


def _without_work_before_topic(question: str) -> str:
    """«Сделайте краткую выжимку для 30-секундного сюжета о круглом столе»: the question less the
    asker's work (a word of ASKER_WORK) named before the topic the question asks of, which stays;
    «Что изменится для бизнеса о…» names no work and keeps its words."""
    found = _WORK_BEFORE_TOPIC.search(question)
    if found is None or found["work"].casefold() not in ASKER_WORK:
        return question
    return question[: found.start()] + question[found.end() :]


# «тока с вахты вернулся, чё было…», «вернулась из отпуска — кто выступал…»: the asker telling
# where they are back from (a past verb of coming back, by its lemma, and «с» / «из» with the place)
# before the question (without_return); the place is theirs, no detail asked
RETURN_LEMMAS = frozenset({"вернуться", "приехать", "прийти", "прилететь"})
RETURN_FROM = _word_set("с со из")
# the other words such an opening may hold: when, and how lately («тока», «недавно», «вчера»)
RETURN_FILLERS = _word_set("я только тока токо щас сейчас вот недавно вчера сегодня наконец")
MAX_RETURN_WORDS = 6


# «после смены устал, коротко зачем…», «устала после работы — о чём…»: the asker telling how tired
# they are (a past verb of tiring, by its lemma; its stems, a cheap test first), and after what
TIRED_LEMMAS = frozenset({"устать", "утомиться", "вымотаться", "замотаться", "умотаться"})
TIRED_STEMS = ("уста", "утоми", "вымота", "замота", "умота")
AFTER_WORK = _word_set("после с со")
TIRED_DEGREE = _word_set("так очень жутко ужасно капец совсем")
# the past singular's endings: the asker's own tiredness («Устали ли участники?» asks of others)
TIRED_SINGULAR = ("л", "ла", "лся", "лась")


def without_return(question: str) -> str:
    """«тока с вахты вернулся коротко чё было на круглом столе?»: the question less the asker's
    opening that tells where they came back from (RETURN_LEMMAS, RETURN_FROM and the place) or how
    tired they are after what (TIRED_LEMMAS: «после смены устал»), up to the word that opens the
    question; «Вернулся ли генпрокурор…» opens with the question itself."""
    found = words(question.casefold())
    opening = found[:MAX_RETURN_WORDS]
    if RETURN_FROM.isdisjoint(opening) and not any(w.startswith(TIRED_STEMS) for w in opening):
        return question  # (no «с» / «из» where an opening may be, the common case: _tells_return)
    spans = list(_WORD.finditer(question))
    if len(spans) != len(found):
        return question
    for at in range(1, min(len(found), MAX_RETURN_WORDS + 1)):
        head = _without_form(found[:at])
        if _opens_question(found[at:]) and (
            _tells_return(head) or (found[at] != "ли" and _tells_tired(head))
        ):
            start = at - (len(found[:at]) - len(_without_form(found[:at])))
            return question[spans[start].start() :]
    return question


def _without_form(head: list[str]) -> list[str]:
    """The opening less the words asking the reply's form at its end («…вернулся коротко»)."""
    while head and head[-1] in FORM_REQUEST:
        head = head[:-1]
    return head


def _tells_return(head: list[str]) -> bool:
    """«с вахты вернулся», «вернулась из отпуска»: one verb of coming back, «с» / «из» and at most
    two words of the place, nothing else but RETURN_FILLERS."""
    morphology = shared_morphology()
    verbs = [w for w in head if (info := morphology.info(w)).lemma in RETURN_LEMMAS and info.pos == "VERB"]
    if len(verbs) != 1 or RETURN_FROM.isdisjoint(head):
        return False
    place = [w for w in head if w not in RETURN_FILLERS and w not in RETURN_FROM and w not in verbs]
    return _names_a_place(place)


def _names_a_place(found: list[str]) -> bool:
    """One or two nouns or adjectives: where the asker came back from, or after what they are tired
    («с вахты», «после ночной смены»)."""
    morphology = shared_morphology()
    return 1 <= len(found) <= 2 and all(morphology.info(w).pos in ("NOUN", "ADJF") for w in found)


def _tells_tired(head: list[str]) -> bool:
    """«после смены устал», «я так устала с работы»: one verb of tiring in the past, after what at
    most «после» / «с» and two words of it, nothing else but RETURN_FILLERS and words of degree."""
    morphology = shared_morphology()
    verbs = [w for w in head if (info := morphology.info(w)).lemma in TIRED_LEMMAS and info.pos == "VERB"]
    if len(verbs) != 1 or not verbs[0].endswith(TIRED_SINGULAR):
        return False
    rest = [w for w in head if w not in RETURN_FILLERS and w not in TIRED_DEGREE and w not in verbs]
    if not rest:
        return True
    if rest[0] not in AFTER_WORK:
        return False
    return _names_a_place(rest[1:])


_SENTENCE_BREAK = re.compile(r"[.!…]\s+\S")


def without_aside(question: str) -> str:
    """«…о каких направлениях говорили, чтобы я мог объяснить детям?»: the question less the asker's
    own reason for asking, a clause that speaks of the asker (a first-person word); «Что нужно
    сделать, чтобы реформа заработала?» keeps its clause: it is what is asked."""
    found = _ASIDE.search(question)
    # («Мне важно, чтобы мои данные были защищены. Говорили об этом?»: a clause before a sentence's
    # end is the concern the next sentence asks of, no reason for asking)
    if found is None or _SENTENCE_BREAK.search(found.group()):
        return question
    said = words(found.group().casefold())
    if not FIRST_PERSON & set(said) and not _bare_reason(said):
        return question
    return question[: found.start()] + question[found.end() :]


def _bare_reason(said: list[str]) -> bool:
    """«…, поскольку всё уже понятно?»: a clause of reason (not of purpose: «чтобы…» may be what is
    asked) that names no thing, the asker's or the claim's grounds in words of no subject; with a
    noun («…, потому что так требует МВФ») it says something the answer must hold, and stays."""
    morphology = shared_morphology()
    return (
        bool(said)
        and said[0] in REASON_OPENERS
        and not any(morphology.info(w).pos in {"NOUN", "NPRO"} and w not in ALL_WORDS for w in said[1:])
    )


# «…или нет? Заранее спасибо, дай вам бог здоровья.», "…? Thanks in advance!": the asker's thanks
# closing the message after its question (without_closing)
CLOSING_THANKS = _word_set("спасибо заранее благодарю благодарна благодарен рахмет thanks thank")


def without_closing(text: str) -> str:
    """The message up to its last question mark when what follows opens with thanks («Заранее
    спасибо, дай вам бог здоровья»): courtesy, no words asked; or when it tells what the answer is
    for (_asker_purpose): why the asker asks, no words asked either."""
    end = text.rfind("?")
    if end < 0:
        return _without_comma_thanks(text)
    if not text[end + 1 :].strip():
        return text
    closing = words(text[end + 1 :].casefold())
    ends = CLOSING_THANKS.intersection(closing[:1]) or _asker_purpose(closing) or _asker_guess(closing)
    return text[: end + 1] if ends else text


# the words that may join the thanks in a closing after a comma («…, спасибо вам большое», «…, көп рахмет»)
THANKS_COMPANIONS = _word_set("вам тебе большое огромное сізге көп in advance")
# thanks given in advance («заранее спасибо», "thanks in advance"): a closing, never a reply to an answer
IN_ADVANCE = _word_set("заранее advance")


def _without_comma_thanks(text: str) -> str:
    """«ГП говорил про правопорядок что то, рахмет заранее»: an unpunctuated question closed after its
    last comma by nothing but thanks in advance (IN_ADVANCE, CLOSING_THANKS, THANKS_COMPANIONS) is the
    question before the comma; the thanks ask nothing. Not thanks alone («…, спасибо»: small talk
    may follow an answer)."""
    comma = text.rfind(",")
    if comma < 0:
        return text
    closing = words(text[comma + 1 :].casefold())
    if not IN_ADVANCE.intersection(closing) or not set(closing) <= CLOSING_THANKS | THANKS_COMPANIONS:
        return text
    head = text[:comma].rstrip()
    return head if set(words(head.casefold())) - CLOSING_THANKS - THANKS_COMPANIONS else text


# «…, спросила бабушка», «…, — спрашивает внук»: a verb of asking and one person's noun (or persons'),
# either order, closing the message after a comma or a dash (without_asking_tag)
_ASKING_TAG = re.compile(r"^(?P<rest>.*?\S)\s*[,—–-]+\s*(?P<tag>\w+\s+\w+)[\s.?!]*$", re.S)


def without_asking_tag(text: str) -> str:
    """«Что такое нулевая терпимость, спросила бабушка», «Кто выступал? — спрашивает внук»: the
    question closes with a tag telling whose question the asker passes on, as an opening «Бабушка
    спросила, …» does (_asked_by_another); the person and the asking are no detail asked (the
    verb would read as asking what someone asked, which the documents never report)."""
    match = _ASKING_TAG.match(text)
    if match is None:
        return text
    morphology = shared_morphology()
    first, second = words(match["tag"].casefold())
    for verb, person in ((first, second), (second, first)):
        if morphology.info(verb).lemma in ASKING_VERBS and (
            morphology.person(person) or morphology.people(person)
        ):
            rest = match["rest"]
            return rest if rest.endswith("?") else f"{rest}?"
    return text


# «…? Мне так кажется.», «…? Я так думаю.», "…? Sounds like it to me.": the verbs of the asker's own
# guess, a closing of at most GUESS_MAX_WORDS words (_asker_guess)
# (with only the fillers of such a sentence beside them: «так», "like it", "to me", "so")
GUESS_WORDS = _word_set("кажется думаю считаю полагаю моему think guess believe seems sounds feel")
GUESS_FILLERS = _word_set("так да нет вот это по и like it to so that this yes no do")
GUESS_MAX_WORDS = 5


def _asker_guess(found: list[str]) -> bool:
    """ "Is it true the reform weakens rights? Sounds like it to me.", «…? Мне так кажется.»: a
    short sentence after the question giving the asker's own guess (a verb of seeming or thinking
    and a first-person word, nothing else but fillers), which asks and names nothing of its own:
    what they guess is what the question before it asks."""
    return (
        len(found) <= GUESS_MAX_WORDS
        and not GUESS_WORDS.isdisjoint(found)
        and not FIRST_PERSON.isdisjoint(found)
        and set(found) <= GUESS_WORDS | FIRST_PERSON | GUESS_FILLERS
    )


# «…? Это для статьи.», «…? Мне нужно для заметки в газете.»: the words a closing sentence of the
# asker's purpose may open with before «для» and the work (_asker_purpose)
PURPOSE_OPENERS = _word_set("это мне нам нужно надо")


def _asker_purpose(found: list[str]) -> bool:
    """«Какого числа это было? Мне нужно для заметки в газете.», «…? Пишу статью.», «…? Это для
    доклада.»: a sentence after the question telling the piece the asker makes with the answer (in
    the first person: _making_work; or «для» and the work: _names_asker_work), which asks nothing of
    its own (no question word: «…? Мне для статьи нужно, кто выступал» asks again)."""
    if not QUESTION_OPENERS.isdisjoint(found):
        return False
    purpose = list(itertools.dropwhile(PURPOSE_OPENERS.__contains__, found))
    return _making_work(found) or _names_asker_work(purpose[:MAX_WORK_HEAD_WORDS])


# «Для меня важно, чтобы закон был один для всех. Что об этом…?», «Мне хочется, чтобы…»: the asker's
# stance before the concern a question after it asks of (without_stance), its words no subject
_STANCE = re.compile(
    r"(?:^|(?<=[.!?…]\s))\s*(?:для\s+(?:меня|нас)|мне|нам)\s+(?:очень\s+|особенно\s+)?"
    r"(?:важно|главное|хочется|нужно)\s*,?\s*чтобы\s+",
    re.IGNORECASE,
)


def without_stance(text: str) -> str:
    """«Для меня важно, чтобы закон был один для всех. Что об этом говорили?»: the asker's stance
    («для меня важно», «мне хочется») before the clause of their concern, which is what the question
    after it asks of; the stance is no subject (nothing «important» is asked about)."""
    return _STANCE.sub(" ", text).strip()


# «…спрашивают, в чём суть реформы. Что ответить?», "…ask me what the reform is about. What do I tell
# them?": a closing sentence asking what to answer (without_reply_asked), after a sentence or clause
_REPLY_ASKED = re.compile(
    r"^(?P<rest>.*?\S)\s*[.!?:]\s*(?:(?:что|как)(?:\s+же)?(?:\s+(?:мне|им|ему|ей|нам|тут))?\s+"
    r"(?:ответить|отвечать|сказать|говорить|объяснить)"
    r"|what\s+(?:should|do|can|shall)\s+i\s+(?:tell|say|answer|reply)(?:\s+(?:them|him|her))?)\s*\??\s*$",
    re.S | re.IGNORECASE,
)


def without_reply_asked(text: str) -> str:
    """«Я гид, меня спрашивают, в чём суть реформы в двух словах. Что ответить?»: a closing sentence
    asking what to answer to a question others ask, which the sentence before it passes on (a verb
    of asking in it), asks that question: the asker wants its answer, and the closing names nothing
    («Что ответить?» alone, no question before it, stays)."""
    match = _REPLY_ASKED.match(text)
    if match is None:
        return text
    rest = match["rest"]
    morphology = shared_morphology()
    if not any(morphology.info(w).lemma in ASKING_VERBS for w in words(rest.casefold())):
        return text
    # (the question itself, after the clause passing it on: «Я гид, меня спрашивают, в чём…»)
    for clause in re.finditer(r"(?:^|[,.;:]\s*)(?=\w)", rest):
        if (passed := _asked_by_another(rest[clause.end() :])) is not None:
            return f"{passed['rest']}?"
    return f"{rest}?"


# what `focus` peels off a short message, in this order: a closing question of what to answer, a
# closing, the asker's opening, their stance, asides, the use and the work they ask for, where they are
# back from or work
_SHORT_MESSAGE_PEELS: tuple[Callable[[str], str], ...] = (
    without_reply_asked,
    without_closing,
    without_asking_tag,
    without_kin_passing_on,
    without_closing_form,
    without_preamble,
    without_latin_preamble,
    without_stance,
    without_aside,
    without_use,
    without_work,
    without_return,
    without_work_place,
)


# the Russian third-person pronouns that, before a noun, name whose it is («их применение»)
THIRD_POSSESSIVES = frozenset({"их", "его", "её", "ее"})


def focus(raw: str) -> tuple[str, bool]:
    """The part of a message to answer, and whether it is less than the whole message. A short
    message is itself, less an opening that introduces the asker; a long one is cut to its
    question sentence(s), or else to its opening."""
    if len(raw) <= MAX_QUERY_CHARS:
        question = raw
        for peel in _SHORT_MESSAGE_PEELS:
            question = peel(question)
        return question, question != raw
    text = raw[:MAX_MESSAGE_CHARS]
    sentences = [m.group().strip() for m in _SENTENCE.finditer(text) if m.group().strip()]
    asked = [without_work(without_use(without_aside(s))) for s in sentences if s.endswith("?")]
    if not asked:
        asked = [s for s in sentences if (words(s[:40]) or [""])[0] in QUESTION_OPENERS]
    picked = ""
    for sentence in asked:
        if len(picked) + len(sentence) + 1 > MAX_QUERY_CHARS:
            break
        picked = f"{picked} {sentence}".strip()
    if not picked:
        picked = text[:MAX_QUERY_CHARS]
    return picked, True
