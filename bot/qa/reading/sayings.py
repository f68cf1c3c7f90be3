"""What someone said: asked indirectly ("what X said"), of the documents' whole, said by all the
participants, said impersonally («что говорили…») or of a thing («продолжением которых считают…»),
and where the text mentions a thing."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import replace

from bot.qa.analyzer import Analysis
from bot.qa.morph import PREDICATE_POS, shared_morphology
from bot.qa.reading.context import ReaderContext, owner_after
from bot.qa.reading.edits import less, less_words, unless_asked_elsewhere
from bot.qa.subject import SUBJECT_POS, WHOLE_STEMS
from bot.qa.text import COLLOQUIAL_WHAT, ENGLISH_PREPOSITIONS, QUESTION_OPENERS, THIRD_POSSESSIVES, words

# every word asking who (as lemmas, English as typed): who did or said a thing, or whose a thing is
WHO_QUESTION_WORDS = frozenset({"кто", "чей", "who", "whom", "whose", "кім", "кімдер"})
# the English nouns for those who took part (read as taking part), and the kinds asking who or what
# was said, which other passes read (done_by_all)
PARTICIPANT_NOUNS = frozenset({"participants", "participant", "attendees"})
PARTICIPANTS_NOUN = "участники"
WHO_SAID_KINDS = frozenset({"who", "who_is", "names", "whom", "said"})
# What a question asks about: the words before it name who said it, if anyone (see said_impersonally).
ABOUT_WORDS = frozenset({"про", "о", "об", "обо", "насчет", "насчёт"})
# verbs of saying and judging that, right after «который» in the indefinite person («продолжением
# которых считают реформу»), describe a thing by what is said of it (said_of_a_thing)
SAYING_LEMMAS = frozenset(
    {"сказать", "говорить", "заявить", "отметить", "подчеркнуть", "считать", "думать", "назвать", "оценить"}
)
# ... and those of them that, in the indefinite person with an instrumental («продолжением чьих
# начинаний считают реформу?», «кем называют…»), say what a thing is held to be (said_of_a_thing)
HELD_AS_LEMMAS = frozenset({"считать", "назвать", "называть"})
# the prepositions an instrumental follows as their object («с кем», «над чем»), not a verb's
INSTRUMENTAL_PREPOSITIONS = frozenset({"с", "со", "за", "над", "под", "перед", "между"})
# "Explain what the Prosecutor General said", "Tell me what the ombudsman thinks": an English indirect
# question, «what» then the one speaking (up to this many words) then a verb of saying, asks what
# they said (kind `said`), as "What did X say?" does; not a passive ("what was said about…").
INDIRECT_SAYING = frozenset(
    {"said", "say", "says", "think", "thinks", "thought", "stated", "noted", "stressed", "emphasised",
     "emphasized", "proposed", "suggested", "argued", "mentioned", "told"}
)  # fmt: skip
INDIRECT_SPAN = 4
# A headline before the question asking what someone said («Генпрокурор призвал к нулевой терпимости:
# что именно сказал Асылов?», 'Prosecutor General calls for "zero tolerance": what exactly did Asylov
# say?'): its verb of saying is the saying asked about, no subject (headline_saying); as lemmas,
# English as typed
HEADLINE_SAYING = frozenset(
    {"призвать", "призывать", "заявить", "заявлять", "call", "calls", "called", "urge", "urges", "urged"}
)
# not a question word of its own after «что говорят» (said_before_a_question)
SAID_FRAME_SKIPPED = frozenset({"ли", "что"})
SAID_FRAME_OPENER = "что"
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
# «Где упоминается X?», «где сказано про X», "Where is X mentioned?": verbs of mentioning or writing
# something in the text (see where_mentioned)
MENTION_VERBS = frozenset(
    {"упоминаться", "упомянуть", "упоминать", "говориться", "сказать", "написать", "писать", "mention"}
)

# "Where does X come up in the text?", «Где в тексте встречается X?»: verbs of a thing appearing,
# which are of mentioning only with the piece read named after «в», "in" (a person appears at an
# event: "Where did the ombudsman appear?" asks a place); "come" only before "up" (_appears_in_piece)
APPEARING_VERBS = frozenset({"appear", "occur", "встречаться", "фигурировать"})
COME_UP = ("come", "up")
PIECE_IN = frozenset({"в", "во", "in"})
PIECE_ARTICLES = frozenset({"the", "this", "a"})
TEXT_WORDS = "текст text"  # the piece read as its text (not among ReaderContext.pieces)

# «X это где»: the Russian «где» (_where_is_a_thing), the parts of speech of a verb, «быть» (a
# verbless «где» of a thing of the text asks where the text speaks of it)
WHERE_WORD = "где"
# «куда отнесли защиту прав», «к чему относится X»: «куда» with a verb of classing asks under which
# heading the text puts a thing (_where_classed)
WHERE_TO = "куда"
CLASSING_LEMMAS = frozenset({"отнести", "относить", "относиться", "причислить", "причислять"})
# «куда ведёт реформа», «куда приведут изменения»: «куда» with a verb of leading asks where a thing
# of the text is going, its aim, not a place (_where_led)
LEADING_LEMMAS = frozenset({"вести", "привести", "приводить"})
# «будет ли ИИ в праве или где там»: a closing «или где там» is "or wherever", a shrug, not a place
# asked (as «или как там» asks no manner)
WHEREVER_TAG = ("или", "где", "там")
VERB_POS = frozenset({"VERB", "INFN", "GRND", "PRTS"})
BE = "быть"
# verbs of applying or using a means: «где применять X» asks in what sphere or work (_where_applied)
APPLYING_LEMMAS = frozenset(
    {"применять", "применить", "применяться", "использовать", "использоваться", "внедрять", "внедрить",
     "внедряться", "use", "used", "apply", "applied"}
)  # fmt: skip

# the third person's «-тся» misspelt as the infinitive's «-ться» («где упоминаеться»: _mention_verb)
MISSPELT_REFLEXIVE = "ться"
REFLEXIVE = "тся"

# «Кому принадлежит высказывание о нулевой терпимости?», «Чьи это слова?», «Кто автор заявления о…»,
# "Who is the author of the statement on…": a noun of saying owned by the one asked asks who said it
# (owner_of_a_saying); the nouns (as lemmas, English as typed) and the words of owning («принадлежать»,
# «автор», or the who-word «чей» itself)
SAYING_NOUNS = frozenset(
    {"слово", "высказывание", "заявление", "утверждение", "фраза", "цитата", "тезис", "реплика",
     "statement", "words", "quote", "remark", "phrase"}
)  # fmt: skip
OWNING_WORDS = frozenset({"принадлежать", "автор", "чей", "author", "belong", "belongs", "whose"})
OWNER_KINDS = frozenset({"who", "whom", "who_is"})


# «выступил с тезисом о X», «выступить с заявлением», «с каким предложением»: a verb of speaking out
# (by lemma) and «с» with a noun of a wording or a statement (by lemma) within so many words after it
# say what someone said (came_out_with)
SPEAKING_OUT = frozenset({"выступить", "выступать"})
WITH_WORDS = frozenset({"с", "со"})
WITH_SPAN = 2
# «с предложением изменить X»: the verbs of changing a proposal may name (_change_proposed)
CHANGING_LEMMAS = frozenset({"изменить", "изменять", "поменять", "менять", "переписать", "пересмотреть"})
PROPOSING_LEMMAS = frozenset({"предложить", "предлагать"})
STATEMENT_LEMMAS = frozenset(
    {"тезис", "идея", "мысль", "заявление", "предложение", "призыв", "лозунг", "формула", "концепция"}
)


# «Шла ли речь о X?», «идёт ли речь о X», «была ли речь о X»: a verb of going or being, «ли» and
# «речь» ask whether X was talked of (talked_of); the verbs by lemma
TALK_NOUN = "речь"
TALK_VERBS = frozenset({"идти", "быть", "заходить", "зайти"})
WHETHER = "ли"
# «идёт ли в материале речь о X»: a place between «ли» and «речь», opened by one of these, of at
# most so many words
TALK_PLACE_PREPOSITIONS = frozenset({"в", "во", "на"})
TALK_PLACE_SPAN = 3


# «Прозвучал ли тезис о X?», «Звучала ли мысль о X?», «Прозвучало ли на круглом столе слово X?»: a
# verb of sounding (by lemma) and «ли» ask whether X was voiced, as «шла ли речь о X» asks whether it
# was talked of (voiced_whether); the nouns of what is voiced (by lemma) within so many words after
# «ли» frame it too
SOUNDING_LEMMAS = frozenset({"прозвучать", "звучать"})
VOICED_NOUNS = STATEMENT_LEMMAS | {"тема", "высказывание", "утверждение", "слово", "тезис"}
VOICED_SPAN = 4


# «в повестке», «на повестке дня» (on the agenda): what is there is discussed (on_the_agenda), as typed
AGENDA = "повестке"
AGENDA_DAY = "дня"
AGENDA_PLACES = frozenset({"в", "на"})
DISCUSSED = "обсуждалось"
# "on the agenda", "part of the reform agenda": the English, within so many words before it
ENGLISH_AGENDA = "agenda"
ENGLISH_AGENDA_PLACES = frozenset({"on", "part"})
ENGLISH_PART = "part"
ENGLISH_AGENDA_SPAN = 4
ENGLISH_DISCUSSED = "discussed"


# «инициативы, о которых шла речь», «о котором говорилось»: a relative clause of being talked of
# (the preposition, the relative's lemma, and within so many words the saying) points back to a thing
# named (talked_of_before)
ABOUT_RELATIVE = "который"
RELATIVE_SPAN = 3
# «генпрокурор, который говорил…»: the relative as the subject of the verb after it (nominative;
# «которые» may be an accusative too, of no saying one: «которые сказали» is the plural subject), and
# the speaking it then tells (spoke_in_a_relative)
SUBJECT_RELATIVES = frozenset({"который", "которая", "которое", "которые"})
SPEAKING_LEMMA = "выступить"
# «который про закон и порядок говорил»: the topic set between the relative and its verb of saying,
# opened by one of these and of at most this many words (_after_subject_relative)
RELATIVE_TOPIC_OPENERS = frozenset({"про", "о", "об", "обо", "насчет", "насчёт"})
TOPIC_BEFORE_SAYING = 4


# «главные мысли выступления генпрокурора», «мысль генпрокурора о преамбуле», «какие аргументы
# приводил генпрокурор»: nouns of what a speech holds (its thoughts, the arguments it gives), by
# lemma, and the speaking they are of (thoughts_of_a_speaker); the topic of a speech is what it said
# («Какая тема была центральной в выступлении генпрокурора?»)
THOUGHT_LEMMAS = frozenset({"мысль", "посыл", "месседж", "аргумент", "довод", "тема"})
# «приводить аргументы», «выдвигать доводы»: the verbs of giving them, which say no more than that
# they were said (thoughts_of_a_speaker)
GIVING_LEMMAS = frozenset({"приводить", "привести", "выдвигать", "выдвинуть"})
SPEAKING_WORDS = "выступление выступить"


# "according to the release", "according to the text": the piece being read as the source of what is
# asked, which reports no one's words (as «согласно тексту»; "according to" the Prosecutor General does):
# the word after "according to" (an article and "press" skipped), as typed
ACCORDING = ("according", "to")
PIECE_SOURCES = frozenset(
    {"release", "text", "document", "report", "article", "publication", "material", "statement", "communique"}
)
PIECE_SKIPPED = frozenset({"the", "this", "that", "a", "press", "official"})


# "in the Prosecutor General's view", "in the view of the participants", "in his opinion": whose
# words a question reports, as "according to" them; the nouns of a view and the possessive's "s" as
# the words are split
VIEW_NOUNS = frozenset({"view", "opinion"})
POSSESSIVE_S = "s"
IN_VIEW = "in"
VIEW_OF = "of"
VIEW_PRONOUNS = {"his": "him", "her": "her", "their": "them"}
VIEW_OWNER_SPAN = 4


def in_whose_view(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """ "What are the amendments aimed at, in the Prosecutor General's view?", "in the view of the
    participants", "in his opinion": the frame reports someone's words, read as "according to"
    them (whose reading, entry_readings.whose_words, takes the speaker as the frame, not what is
    asked); the noun "view" was otherwise a subject ("the Prosecutor General's view of open
    dialogue"). Only with "in" before it: "his view of X" asks the view."""
    found = analysis.words
    for i, word in enumerate(found[:-2]):
        if word != IN_VIEW:
            continue
        framed = _view_frame(found, i)
        if framed is not None:
            end, owner = framed
            text = " ".join((*found[:i], *ACCORDING, *owner, *found[end:]))
            read = ctx.analyzer.analyse(text)
            return replace(read, kinds=analysis.kinds | read.kinds)
    return analysis


def _view_frame(found: tuple[str, ...], at: int) -> tuple[int, tuple[str, ...]] | None:
    """Where the frame opened by "in" at `at` ends and whose view it names, or None: "in the view
    of X" (X up to the end or a few words), "in X's view", "in his view"."""
    rest = found[at + 1 :]
    if len(rest) >= 3 and rest[0] == "the" and rest[1] in VIEW_NOUNS and rest[2] == VIEW_OF:
        end = min(len(found), at + 4 + VIEW_OWNER_SPAN)
        return end, found[at + 4 : end]
    if len(rest) >= 2 and rest[0] in VIEW_PRONOUNS and rest[1] in VIEW_NOUNS:
        return at + 3, (VIEW_PRONOUNS[rest[0]],)
    for j in range(2, min(len(rest), VIEW_OWNER_SPAN + 2)):
        if rest[j] in VIEW_NOUNS and rest[j - 1] == POSSESSIVE_S:
            return at + 1 + j + 1, rest[: j - 1]
    return None


# "the stated goals", "their stated aims": "stated" after a determiner and before the noun it
# describes is a participle of saying (what is said to be the goals), not the noun "state" its stem
# spells (the state's development); as typed (stated_attributive)
STATED = "stated"
STATED_AFTER = frozenset(
    {"the", "its", "their", "his", "her", "our", "these", "those", "officially", "publicly"}
)


def stated_attributive(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """ "What are the stated goals of the proposed changes?": "stated" between a determiner and a
    noun says the goals are those said to be, no subject of its own; read as the noun "state" it
    named the entry on the state's development. Its term is dropped. Not "what is stated about…",
    "stated by" (a passive verb, not before a noun: no determiner before it)."""
    found = analysis.words
    for i, word in enumerate(found[1:-1], start=1):
        if word == STATED and found[i - 1] in STATED_AFTER:
            return less_words(ctx, analysis, [STATED])
    return analysis


def according_to_the_piece(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """ "What is currently happening with the draft, according to the release?": "according to"
    the piece being read names where the answer is read, not whose words are asked, so it gives
    no kind `said` (which only entries reporting someone's words answer): the question asks what
    the text says. A `said` asked by another word stays ("What did Asylov stress, according to
    the text?")."""
    if "said" not in analysis.kinds:
        return analysis
    found = analysis.words
    misread: set[int] = set()
    for i in range(len(found) - 2):
        if found[i : i + 2] != ACCORDING:
            continue
        j = i + 2
        while j < len(found) - 1 and found[j] in PIECE_SKIPPED:
            j += 1
        if found[j] in PIECE_SOURCES:
            misread |= {i, i + 1}
    return unless_asked_elsewhere(ctx, analysis, "said", misread | _piece_saying(found))


def _piece_saying(found: Sequence[str]) -> set[int]:
    """ "What did the release say about the rule of law?", "What did the document state on…": the
    piece being read (after an article) as the one saying, the verb of saying right after it: where
    the answer is read, as "according to the release" is, not whose words are asked. Not "What did
    the Prosecutor General say?" (a speaker, no piece)."""
    return {
        at
        for i in range(1, len(found) - 1)
        if found[i] in PIECE_SOURCES and found[i - 1] in PIECE_SKIPPED and found[i + 1] in INDIRECT_SAYING
        for at in (i, i + 1)
    }


# Those whose voice the document itself is («организаторы отметили», «авторы пишут», "the organisers
# noted"): by lemma (English as typed), beside a verb of saying within VOICE_SPAN words (_document_voice)
VOICE_NOUNS = frozenset(
    {"организатор", "автор", "составитель", "редакция", "organiser", "organizer", "organisers", "organizers",
     "author", "authors"}
)  # fmt: skip
VOICE_SAYING = frozenset(
    {"отметить", "отмечать", "сказать", "говорить", "подчеркнуть", "подчёркивать", "подчеркивать",
     "заявить", "заявлять", "сообщить", "сообщать", "писать", "написать", "указать", "указывать",
     "said", "say", "says", "noted", "note", "stated", "stressed", "wrote", "write", "mention", "mentioned"}
)  # fmt: skip
VOICE_SPAN = 2


# «по официальной версии», «по общему мнению», «по их словам»: «по», a qualifier naming no one (an
# adjective, or a possessive pronoun) and a noun of attribution, as lemmas (unnamed_voice)
UNNAMED_VOICE_NOUNS = frozenset({"версия", "мнение", "слово", "оценка", "утверждение", "заявление", "данные"})


def unnamed_voice(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Зачем, по официальной версии, нужен открытый диалог?», «Что, по их словам, должны улучшить
    изменения?»: an attribution that names no source, only qualifies the voice (official, common)
    or points back to speakers already meant, is the document's own telling: its words are no
    subject, and give no kind `said` unless another word asks it. Not «по словам Асылова» (a
    source named: people.py), nor «по данным МВД» (a source the documents never name: a noun
    after the attribution's noun)."""
    found = analysis.words
    morphology = shared_morphology()
    dropped: list[str] = []
    misread: set[int] = set()
    for i in range(len(found) - 2):
        qualifier, noun = found[i + 1], found[i + 2]
        if found[i] != "по" or morphology.info(noun).lemma not in UNNAMED_VOICE_NOUNS:
            continue
        if not (qualifier in THIRD_POSSESSIVES or morphology.info(qualifier).pos == "ADJF"):
            continue
        after = found[i + 3] if i + 3 < len(found) else None
        if after is not None and morphology.info(after).pos == "NOUN" and morphology.genitive_noun(after):
            continue  # («по официальным данным МВД»: whose data, a source)
        dropped += [qualifier, noun]
        misread |= {i, i + 1, i + 2}
    if not dropped:
        return analysis
    return unless_asked_elsewhere(ctx, less_words(ctx, analysis, dropped), "said", misread)


# «по мнению выступавших», «по оценке собравшихся»: those who spoke or gathered at the event, as
# lemmas of their plural participles, are its participants under another name (collective_voice);
# one who spoke («по словам выступавшего») is the speaker the document reports
GATHERED_VOICES = frozenset({"выступать", "выступить", "собраться", "присутствовать"})
# «судя по оценкам участников»: the opener of a judging attribution before «по», as typed
JUDGING_OPENER = "судя"
# a preposition after the participants that names some of them («участников из парламента»)
COLLECTIVE_NARROWING = frozenset({"из", "от"})


def collective_voice(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Чьи инициативы, по оценке участников, развивает реформа?», «Касается ли новая Конституция
    экономики, по оценке выступавших?», «…, судя по оценкам участников?»: an attribution to all who
    took part (or spoke) is the document's own telling, as «по их словам» is (unnamed_voice): the
    attribution's noun and the participants are no subject, and give no kind `said` unless another
    word asks it. Not a person or body named («по словам Асылова»: people.py), nor a group of them
    («по мнению участников из парламента»: a genitive or preposition after them names one)."""
    found = analysis.words
    if "по" not in found:
        return analysis
    morphology = shared_morphology()
    dropped: list[str] = []
    misread: set[int] = set()
    for i in range(len(found) - 2):
        noun, voice = found[i + 1], found[i + 2]
        if found[i] != "по" or morphology.info(noun).lemma not in UNNAMED_VOICE_NOUNS:
            continue
        if not (
            ctx.analyzer.analyse(voice).values & ctx.collective
            or (morphology.info(voice).lemma in GATHERED_VOICES and morphology.plural_participle(voice))
        ):
            continue
        after = found[i + 3] if i + 3 < len(found) else None
        event = " ".join(found[i + 3 : i + 5])
        if (
            i + 4 < len(found)
            and morphology.genitive_noun(found[i + 4])
            and ctx.analyzer.analyse(event).values & ctx.collective
        ):
            dropped.append(event)  # («по мнению участников круглого стола»: all of them)
            misread |= {i + 3, i + 4}
        elif after is not None and (
            after in COLLECTIVE_NARROWING
            or (morphology.info(after).pos == "NOUN" and morphology.genitive_noun(after))
        ):
            continue  # («по мнению участников из парламента»: some of them)
        dropped += [noun, voice]
        misread |= {i, i + 1, i + 2}
        if i > 0 and found[i - 1] == JUDGING_OPENER:
            misread.add(i - 1)
    if not dropped:
        return analysis
    return unless_asked_elsewhere(ctx, less_words(ctx, analysis, dropped), "said", misread)


def document_voice(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Что, по словам организаторов, подтвердил круглый стол?», «Какой результат отметили
    организаторы?», "What did the organisers note?": those who wrote or held what the document tells
    (VOICE_NOUNS), as the voice of an attribution or beside a verb of saying, are the document itself
    under another name: no subject an entry must hold (declines reads them so for its kind too).
    Only a word the documents do not use, and not before a thing they never name; «Кто был
    организатором?» (no saying) keeps it."""
    found = analysis.words
    morphology = shared_morphology()
    dropped: list[str] = []
    misread: set[int] = set()
    for i, word in enumerate(found):
        if morphology.info(word).lemma not in VOICE_NOUNS and word not in VOICE_NOUNS:
            continue
        attributed = (
            i >= 2 and found[i - 2] == "по" and morphology.info(found[i - 1]).lemma in UNNAMED_VOICE_NOUNS
        )
        saying = any(
            morphology.info(w).lemma in VOICE_SAYING or w in VOICE_SAYING
            for w in found[max(0, i - VOICE_SPAN) : i + 1 + VOICE_SPAN]
        )
        if (attributed or saying) and not any(t.known for t in ctx.analyzer.analyse(word).terms):
            dropped += [found[i - 2], found[i - 1], word] if attributed else [word]
            misread |= {i - 2, i - 1, i} if attributed else {i}
    if not dropped:
        return analysis
    read = less_words(ctx, analysis, dropped)
    if any(not t.known and t.real_word and t.pos in SUBJECT_POS for t in read.terms):
        return analysis  # («По оценке организаторов, как изменятся налоги?»: the document asked of them)
    return unless_asked_elsewhere(ctx, read, "said", misread)


def said_by_all(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Что участники сказали про верховенство закона?»: what the participants (the round table)
    said is what the document reports, so the question asks what it says, not for an entry
    reporting someone's words. Not when it names a person or body («что сказал Токаев»), nor when
    it asks who said it («Кто говорил о вовлечении общества в обсуждение?»: the sayer is asked);
    «чьи» / "whose" asks whose a thing is, not who said it («Чьи инициативы, по мнению участников,
    продолжает реформа?»: the participants say it), nor is one named as the owner of a thing
    («Как участники оценили связь реформы с курсом главы государства?»: _owners)."""
    if "said" not in analysis.kinds or not ctx.collective & analysis.values:
        return analysis
    voice = _collective_voice(ctx, analysis.words)
    # («по словам участников»: whoever else is named is what they speak of; and a «кто» / «какого
    # деятеля» then asks of what they said, not who said it: the sayer is named)
    if voice:
        read = unless_asked_elsewhere(ctx, analysis, "said", voice)
        return read if "said" in read.kinds else _participants_as_noun(ctx, read)
    if "who" in analysis.kinds and not _only_whose(analysis.words):
        return analysis
    named = {t.value for t in analysis.terms if t.value in ctx.subjects and t.value not in ctx.collective}
    if named - _owners(ctx, analysis.words):
        return analysis
    return replace(analysis, kinds=analysis.kinds - {"said"})


# «по словам», «по мнению», «по оценке» and "according to", before whose words a statement reports
VOICE_OPENERS = frozenset({("по", "словам"), ("по", "мнению"), ("по", "оценке"), ACCORDING})


def _collective_voice(ctx: ReaderContext, found: Sequence[str]) -> set[int]:
    """Where «по словам участников», "according to the participants" name all who took part as the
    voice of a statement: the places of its opening words, or none."""
    span = _collective_voice_span(ctx, found)
    return {span[0], span[0] + 1} if span else set()


def _collective_voice_span(ctx: ReaderContext, found: Sequence[str]) -> tuple[int, int] | None:
    """The first and last places of «по словам (этих) участников», "according to the participants":
    the opening words through the word naming all who took part; None when there is no such phrase."""
    for i in range(len(found) - 2):
        if (found[i], found[i + 1]) not in VOICE_OPENERS:
            continue
        j = i + 2
        while j < len(found) - 1 and found[j] in PIECE_SKIPPED:
            j += 1
        if ctx.analyzer.analyse(found[j]).values & ctx.collective:
            return i, j
    return None


def collective_voice_phrase(ctx: ReaderContext, found: Sequence[str]) -> frozenset[int]:
    """The places of the whole phrase «по мнению участников», "according to the participants"
    naming all who took part as the voice, their word too: the press release reports nothing but
    their words, so the phrase tells no entry from another (for the embedding, which it moved
    towards the entries about involving the public)."""
    span = _collective_voice_span(ctx, found)
    return frozenset(range(span[0], span[1] + 1)) if span else frozenset()


def _owners(ctx: ReaderContext, found: Sequence[str]) -> frozenset[str]:
    """The values of the owners named after a noun, in the genitive («с прежним курсом главы
    государства», «инициатив Президента»): a person named so is whose the thing is, not a sayer."""
    morphology = shared_morphology()
    values: set[str] = set()
    for i in range(len(found)):
        owner = owner_after(found, i)
        if owner is None or not _a_thing(ctx, found[i]):
            continue
        end = i + 1 + len(owner.split())
        while end < len(found) and (
            morphology.genitive_noun(found[end]) or morphology.genitive_adjective(found[end])
        ):
            end += 1
        values |= ctx.analyzer.analyse(" ".join(found[i + 1 : end])).values
    return frozenset(values)


def _a_thing(ctx: ReaderContext, word: str) -> bool:
    """A noun of a thing a person may own: a word of the dictionary (not a part of a name, «Жомарт
    Токаева»), and no person or body («представитель Администрации Президента» speaks himself)."""
    if not shared_morphology().info(word).known:
        return False
    return not ctx.analyzer.analyse(word).values & (ctx.subjects | ctx.collective | ctx.agents)


def done_by_all(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """ "How did the participants link the reform to Tokayev's initiatives?", "How did participants
    situate the reform…?": the participants (English reads them as taking part) doing what the
    document reports of the event, with another thing it names, are its voice, as in what they
    said (said_by_all): read as the Russian «участники» (a word of the entries telling what they
    did), not as whether anyone took part, which only the entries of who took part tell. Not a
    question who («Which participants…?»), nor what they said (said_by_all reads it), nor one of
    being there or taking part (its verb reads as that too)."""
    found = analysis.words
    if analysis.kinds & WHO_SAID_KINDS or not PARTICIPANT_NOUNS & set(found):
        return analysis
    collective = ctx.collective
    verbs = [t for t in analysis.terms if t.pos in PREDICATE_POS]
    others = [t for t in analysis.terms if t.pos not in PREDICATE_POS and t.value not in collective]
    acting = bool(verbs) or _verb_after_participants(found)
    if not acting or not any(t.known for t in others) or any(t.value in ctx.there for t in verbs):
        return analysis
    if sum(t.value in collective for t in analysis.terms) > 1:
        return analysis  # «…took part…»: a verb of taking part reads as the collective too
    return _participants_as_noun(ctx, analysis)


def _participants_as_noun(ctx: ReaderContext, analysis: Analysis) -> Analysis:
    """The English participants (read as taking part) read as the Russian noun «участники» is: those
    who took part, a common word of the entries, not whether anyone took part."""
    collective = ctx.collective
    if not PARTICIPANT_NOUNS & set(analysis.words):
        return analysis
    noun = ctx.analyzer.analyse(PARTICIPANTS_NOUN).terms
    at = next((i for i, t in enumerate(analysis.terms) if t.value in collective), None)
    if at is None or not noun:
        return analysis
    terms = (*analysis.terms[:at], *noun, *analysis.terms[at + 1 :])
    return replace(analysis, terms=terms, values=frozenset(t.value for t in terms))


# the auxiliary of a question in the simple tenses ("How did participants frame…?"), as typed
DO_AUXILIARIES = frozenset({"did", "do"})


def _verb_after_participants(found: Sequence[str]) -> bool:
    """ "How did participants frame the reform…?": after "did" / "do", the word right after the
    participants is a verb they did, though a frame word of no term of its own ("frame",
    "describe" are stopwords). Not a participle after "were" ("Were the participants focused on
    theory or practice?": how they were, not what they did)."""
    at = next((i for i, word in enumerate(found) if word in PARTICIPANT_NOUNS), None)
    if at is None or at + 1 >= len(found) or DO_AUXILIARIES.isdisjoint(found[:at]):
        return False
    return shared_morphology().info(found[at + 1]).pos == "VERB"


def said_impersonally(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
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


def said_before_a_question(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Что говорят, зачем нужна эта реформа?»: the indefinite person's «что говорят» (a plural verb
    of saying, no speaker) before a question word of its own asks that question, what the
    document says of it, not an entry reporting someone's words."""
    if "said" not in analysis.kinds:
        return analysis
    found = analysis.words
    second = next(
        (i for i, w in enumerate(found) if i > 1 and w in QUESTION_OPENERS and w not in SAID_FRAME_SKIPPED),
        None,
    )
    if second is None:
        return analysis
    morphology = shared_morphology()
    before = found[:second]
    # «что» and the plural verb right before the question word («А не обманывают ли нас? Что
    # говорят, зачем…»); not «скажите, а кто выступал… и что он говорил…», which asks what he said
    if len(before) < 2 or before[-2] != SAID_FRAME_OPENER or not morphology.plural_verb(before[-1]):
        return analysis
    return replace(analysis, kinds=analysis.kinds - {"said"})


def said_of_a_thing(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«На что направлены инициативы, продолжением которых считают реформу?»: a plural verb of
    saying right after «который» (the indefinite person) says what the thing is held to be; it
    asks no one's words. Only when every verb of saying stands so. So does a plural verb of
    holding («считают», «называют») with an instrumental and no subject of its own («Продолжением
    чьих начинаний считают реформу?»; not «Что учёные считают главным?», their words)."""
    if "said" not in analysis.kinds:
        return analysis
    found = analysis.words
    morphology = shared_morphology()
    saying = [i for i, w in enumerate(found) if morphology.info(w).lemma in SAYING_LEMMAS]
    if not saying:
        return analysis
    if all(
        i > 0 and morphology.info(found[i - 1]).lemma == "который" and morphology.plural_verb(found[i])
        for i in saying
    ) or all(_held_as(found, i) for i in saying):
        return replace(analysis, kinds=analysis.kinds - {"said"})
    return analysis


def spoke_in_a_relative(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Как зовут генпрокурора, который говорил на круглом столе?»: a verb of saying right after
    the relative «который» as its subject («который говорил», «которые сказали») tells who is asked
    about by his speaking there, as «который выступал» does; when another word asks what the
    question asks (his name, who he is), it asks no one's words: the saying is read as speaking
    (the term of «выступить»), which only an entry naming him as a speaker holds. Only when every
    verb of saying stands so; «о которой говорил Асылов» (a thing talked of) is another reading."""
    if "said" not in analysis.kinds:
        return analysis
    found = analysis.words
    morphology = shared_morphology()
    saying = [i for i, w in enumerate(found) if morphology.info(w).lemma in SAYING_LEMMAS]
    if not saying or not all(_after_subject_relative(found, i) for i in saying):
        return analysis
    read = unless_asked_elsewhere(ctx, analysis, "said", set(saying))
    if read is analysis or not read.kinds:
        return analysis
    kept = (*read.terms, *ctx.analyzer.analyse(SPEAKING_LEMMA).terms)
    return replace(read, terms=kept, values=frozenset(t.value for t in kept))


def _after_subject_relative(found: Sequence[str], at: int) -> bool:
    """The verb of saying at `at` follows the relative subject, right after it («который говорил») or
    past the topic of the saying set before the verb («ГП, который про закон и порядок говорил»: a
    preposition of topic opening the words between, no verb among them)."""
    if at > 0 and found[at - 1] in SUBJECT_RELATIVES:
        return True
    morphology = shared_morphology()
    for r in range(max(0, at - TOPIC_BEFORE_SAYING - 2), at - 1):
        if found[r] in SUBJECT_RELATIVES and found[r + 1] in RELATIVE_TOPIC_OPENERS:
            between = found[r + 2 : at]
            return not any(morphology.info(w).pos in PREDICATE_POS for w in between)
    return False


def judged_impersonally(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Как на круглом столе оценили место реформы среди прежних шагов главы государства?»: a plural
    verb of saying or judging with no subject (see _impersonal) is Russian's indefinite person: how
    the thing was judged there is what the document says of it, as «как оценивается» asks, not
    an entry reporting someone's words. «Как участники оценили…», «что оценили учёные» keep theirs.
    Only when every verb of saying stands so."""
    if "said" not in analysis.kinds:
        return analysis
    found = analysis.words
    morphology = shared_morphology()
    saying = [i for i, w in enumerate(found) if morphology.info(w).lemma in SAYING_LEMMAS]
    if not saying or not all(_impersonal(ctx, found, i) for i in saying):
        return analysis
    return replace(analysis, kinds=analysis.kinds - {"said"})


def _impersonal(ctx: ReaderContext, found: Sequence[str], at: int) -> bool:
    """The plural verb at `at` has no subject: before it, no noun that may be a plural nominative nor
    a person or body the documents name; after it, no noun whose likeliest reading is a plural
    nominative («что говорили на круглом столе представители…»)."""
    morphology = shared_morphology()
    if not morphology.plural_verb(found[at]):
        return False
    before, after = found[:at], found[at + 1 :]
    # the spoken «чё» («че» folded) is the asking word, not the noun a dictionary also reads in it
    subject_before = any(w not in COLLOQUIAL_WHAT and morphology.may_be_plural_subject(w) for w in before)
    if subject_before or ("nomn", True) in map(morphology.case_of, after):
        return False
    return not ctx.analyzer.analyse(" ".join(before)).values & ctx.subjects


def _held_as(found: Sequence[str], at: int) -> bool:
    """The word at `at` is a plural verb of holding in the indefinite person: the question has an
    instrumental (what a thing is held to be, not the object of a preposition) and no plural
    nominative that could be the verb's subject (those who hold it)."""
    morphology = shared_morphology()
    if morphology.info(found[at]).lemma not in HELD_AS_LEMMAS or not morphology.plural_verb(found[at]):
        return False
    cases = [morphology.case_of(w) for w in found]
    instrumental = any(
        case is not None and case[0] == "ablt" and (i == 0 or found[i - 1] not in INSTRUMENTAL_PREPOSITIONS)
        for i, case in enumerate(cases)
    )
    return instrumental and ("nomn", True) not in cases


def what_someone_said(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
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
        speaker = ctx.analyzer.analyse(" ".join(found[i + 1 : ends[0]])).terms
        if any(t.value in ctx.subjects or (not t.known and t.real_word) for t in speaker):
            return replace(analysis, kinds=analysis.kinds | {"said"})
    return analysis


def came_out_with(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Кто выступил с тезисом о принципе «Закон и порядок»?», «С каким заявлением выступил
    генпрокурор?»: to come out with a thesis, an idea, a statement or a proposal is to say it (kind
    `said`); the verb and the noun frame what is asked (who said it, or what), no subject of their
    own. «Кто выступил на круглом столе?» (no «с»), «выступил с критикой» (objecting: another
    reading) and «выступил с инициативой» (an initiative is the documents' own thing) keep theirs."""
    found = analysis.words
    morphology = shared_morphology()
    verbs = [w for w in found if morphology.info(w).lemma in SPEAKING_OUT]
    if not verbs:
        return analysis
    for i, word in enumerate(found):
        if word not in WITH_WORDS:
            continue
        # the noun right after «с», or after one word («с каким тезисом», «с громким заявлением»)
        at = next(
            (
                j
                for j in range(i + 1, min(i + 1 + WITH_SPAN, len(found)))
                if morphology.info(found[j]).lemma in STATEMENT_LEMMAS
            ),
            None,
        )
        if at is not None:
            framed = less_words(ctx, analysis, (verbs[0], found[at], *_change_proposed(found, at)))
            return replace(framed, kinds=framed.kinds | {"said"})
    return analysis


def change_proposed(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Кто предложил изменить Преамбулу?»: a verb of changing right after a verb of proposing is
    what proposing a thing of the draft means (as after «с предложением»: _change_proposed), the
    thing named after it what the proposal is of: the verb of changing is no word of its own."""
    found = analysis.words
    morphology = shared_morphology()
    for i, word in enumerate(found[:-1]):
        if morphology.info(word).lemma in PROPOSING_LEMMAS and (change := _change_proposed(found, i)):
            return less_words(ctx, analysis, change)
    return analysis


def _change_proposed(found: tuple[str, ...], at: int) -> tuple[str, ...]:
    """«с предложением изменить Преамбулу»: a verb of changing right after the proposal is what
    proposing a thing of the draft means (the documents are a draft's changes, their frame), the
    thing named after it is what the proposal is of; that verb, if one."""
    after = found[at + 1 : at + 2]
    return after if after and shared_morphology().info(after[0]).lemma in CHANGING_LEMMAS else ()


def talked_of(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Шла ли речь о предупреждении правонарушений?»: whether X was talked of asks whether the
    documents speak of X; the verb and «речь» frame the question, no subject of their own (the
    text's «речь идёт об укреплении…» is no evidence for an entry), and no one's words are asked
    (no kind `said`: «Шла ли речь о верховенстве закона?» is answered by the reform's aims).
    «О чём шла речь?» (an asking word, «шла речь» read as said) keeps its reading."""
    found = analysis.words
    morphology = shared_morphology()
    for i in range(len(found) - 2):
        if morphology.info(found[i]).lemma in TALK_VERBS and found[i + 1] == WHETHER:
            talk = _talk_after(found, i + 2)
            if talk is not None:
                return less_words(ctx, analysis, (found[i], found[talk]))
    return analysis


def voiced_whether(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Прозвучал ли тезис о верховенстве закона?»: whether a thesis, an idea or a word on X was
    voiced asks whether the documents speak of X, as «шла ли речь о X» does (talked_of); the verb
    and the noun frame the question, no subject of their own, and no one's words are asked (the
    reform's aims answer it, not only a speaker's). «Какие тезисы прозвучали?» (no «ли») keeps its
    reading."""
    found = analysis.words
    morphology = shared_morphology()
    for i in range(len(found) - 1):
        if morphology.info(found[i]).lemma in SOUNDING_LEMMAS and found[i + 1] == WHETHER:
            after = found[i + 2 : i + 2 + VOICED_SPAN]
            noun = next((w for w in after if morphology.info(w).lemma in VOICED_NOUNS), None)
            return less_words(ctx, analysis, (found[i],) if noun is None else (found[i], noun))
    return analysis


# «Какие слова о принципах прозвучали?», «Какие мысли о правопорядке были высказаны?»: a which-word, a
# noun of what is voiced (VOICED_NOUNS) right after it, then a topic «о X» and a verb of voicing or
# saying (by lemma) anywhere in the question (voiced_about)
VOICING_LEMMAS = SOUNDING_LEMMAS | frozenset(
    {"сказать", "произнести", "озвучить", "высказать", "высказываться", "говорить", "говориться"}
)
VOICED_WHICH = frozenset({"какой", "который"})
# «Какие выводы о правопорядке сделаны?»: a conclusion drawn («сделать вывод») on X is what is said of X
# (not the text's own «выводы», misreadings of the reform, which are not drawn «о» a topic)
CONCLUSION_NOUNS = frozenset({"вывод"})
CONCLUDING_LEMMAS = frozenset({"сделать", "делать", "делаться"})


def voiced_about(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Какие слова о принципах прозвучали в конце пресс-релиза?», «Какие мысли о правопорядке были
    высказаны?»: which words or thoughts on X were voiced asks what was said of X, as «Что сказано о
    X?» does; the noun of the words and the verb of voicing frame the question, no subject of their
    own. X stays asked («Какие слова о налогах прозвучали?» is judged by its taxes); with no topic
    named («Какие тезисы прозвучали?») the question keeps its reading."""
    found = analysis.words
    morphology = shared_morphology()
    lemmas = [morphology.info(w).lemma for w in found]
    for nouns, verbs in ((VOICED_NOUNS, VOICING_LEMMAS), (CONCLUSION_NOUNS, CONCLUDING_LEMMAS)):
        verb = next((w for w, lemma in zip(found, lemmas, strict=True) if lemma in verbs), None)
        if verb is None:
            continue
        for i in range(1, len(found) - 1):
            if lemmas[i - 1] in VOICED_WHICH and lemmas[i] in nouns and found[i + 1] in ABOUT_WORDS:
                return less_words(ctx, analysis, (found[i], verb))
    return analysis


def on_the_agenda(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Было ли единообразное применение законов в повестке?», «Что было на повестке дня?»: what is
    «в / на повестке (дня)» is being discussed, read as «обсуждалось»; the agenda is no subject of its
    own. Not an agenda named otherwise («второй пункт повестки дня»: an item of a list the documents
    do not give)."""
    found = analysis.words
    at = next((i for i in range(1, len(found)) if found[i] == AGENDA and found[i - 1] in AGENDA_PLACES), None)
    if at is not None:
        dropped = found[at : at + 2] if found[at + 1 : at + 2] == (AGENDA_DAY,) else found[at : at + 1]
        return _discussed(ctx, analysis, dropped, DISCUSSED)
    english = _english_agenda(found)
    return analysis if english is None else _discussed(ctx, analysis, english, ENGLISH_DISCUSSED)


def _english_agenda(found: Sequence[str]) -> tuple[str, ...] | None:
    """ "Was X on the agenda?", "Is X part of the (reform) agenda?": the words of the agenda («on»
    before it is no word of a term), else None."""
    at = next((i for i, word in enumerate(found) if word == ENGLISH_AGENDA), None)
    if at is None:
        return None
    before = found[max(0, at - ENGLISH_AGENDA_SPAN) : at]
    if ENGLISH_AGENDA_PLACES.isdisjoint(before):
        return None  # "the agenda of the Senate", "Who set the agenda?": an agenda named, not what is on it
    part = [w for w in before if w == ENGLISH_PART]
    return (*part, ENGLISH_AGENDA)


def _discussed(ctx: ReaderContext, analysis: Analysis, dropped: Sequence[str], verb: str) -> Analysis:
    """The analysis without the agenda's words, with the verb of being discussed instead."""
    values = ctx.analyzer.analyse(" ".join(dropped)).values
    terms = (*(t for t in analysis.terms if t.value not in values), *ctx.analyzer.analyse(verb).terms)
    return replace(analysis, terms=terms, values=frozenset(t.value for t in terms))


def _talk_after(found: tuple[str, ...], start: int) -> int | None:
    """Where «речь» stands at `start`, or after a place opened there by «в / на» («идёт ли в
    материале речь», «шла ли на круглом столе речь»: where it was talked of), else None."""
    if found[start] == TALK_NOUN:
        return start
    if found[start] not in TALK_PLACE_PREPOSITIONS:
        return None
    end = min(len(found), start + 1 + TALK_PLACE_SPAN)
    return next((j for j in range(start + 1, end) if found[j] == TALK_NOUN), None)


def talked_of_before(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Какую модель страны призваны сформировать президентские инициативы, о которых шла речь?»:
    a relative clause «о котором / которых шла речь (говорилось, говорили)» points back to a thing
    named (the one talked of), and asks no one's words: no kind `said` from it (one asked otherwise
    stays: «Что сказал генпрокурор об инициативах, о которых шла речь?»), and «речь» is no subject."""
    if "said" not in analysis.kinds:
        return analysis
    found = analysis.words
    morphology = shared_morphology()
    for i in range(len(found) - 1):
        if found[i] not in ABOUT_WORDS or morphology.info(found[i + 1]).lemma != ABOUT_RELATIVE:
            continue
        clause = set(range(i + 2, min(i + 2 + RELATIVE_SPAN, len(found))))
        said = {j for j in clause if "said" in ctx.analyzer.analyse(" ".join(found[i + 2 : j + 1])).kinds}
        if said:
            # a speaker after the verb is part of the pointing back when the documents know them
            # («о котором говорил Асылов»); one they never name («о которых говорил министр
            # юстиции») is a subject the entry must cover
            spoken = min(said)
            speaker = " ".join(found[spoken + 1 : max(said) + 1])
            unknown = bool(speaker) and any(
                t.real_word and not t.known for t in ctx.analyzer.analyse(speaker).terms
            )
            misread = set(range(i + 2, (spoken if unknown else max(said)) + 1))
            framed = unless_asked_elsewhere(ctx, analysis, "said", misread)
            return less_words(ctx, framed, [found[j] for j in misread])
    return analysis


def thoughts_of_a_speaker(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Какие главные мысли можно выделить в выступлении Генерального прокурора?»: the thoughts of
    a speech, or of a person the documents name, are what was said (kind `said`); so are the
    arguments a speaker gives («Какие аргументы приводил генпрокурор…?»). The noun frames the
    question. «Какова главная мысль пресс-релиза?» (the piece's, no one speaking) keeps it, and so
    do the arguments for a thing (kind `reason`: «аргументы в пользу изменений» ask why it is done)."""
    found = analysis.words
    morphology = shared_morphology()
    thoughts = [w for w in found if morphology.info(w).lemma in THOUGHT_LEMMAS]
    speaking = ctx.analyzer.analyse(SPEAKING_WORDS).values
    if not thoughts or not analysis.values & (ctx.subjects | speaking) or "reason" in analysis.kinds:
        return analysis
    giving = [w for w in found if morphology.info(w).lemma in GIVING_LEMMAS]
    framed = less_words(ctx, analysis, thoughts + giving)
    return replace(framed, kinds=framed.kinds | {"said"})


# the adjective «new» of the documents' new constitution, in each language (Kazakh by its stem)
NEW_WORDS = frozenset({"новый", "new", "жаң"})


def said_of_the_whole(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """ "What did the Prosecutor General say about the draft Constitution?", «Бас прокурор Конституция
    жобасы туралы не деді?»: what a person the documents name said of their whole (the draft, the
    reform, the new constitution) is what that person said, all of it: the whole is what every
    entry is about, no subject of its own, and an entry that names it among other things (the
    outreach on the draft) is no answer. Only when nothing but the person and the whole is asked,
    or how the whole is linked with a thing (_linked)."""
    if "said" not in analysis.kinds:
        return analysis
    speakers = [t for t in analysis.terms if t.value in ctx.subjects]
    whole = [t.value for t in analysis.terms if _of_the_whole(ctx, t.value)]
    if not speakers or not whole:
        return analysis
    if len(speakers) + len(whole) != len(analysis.terms) and not _linked(analysis.words):
        return analysis
    return less(analysis, whole)


# «Как связаны проект и правопорядок?», «соотносится ли»: lemmas asking how two things are linked
LINK_LEMMAS = frozenset({"связать", "связанный", "связь", "соотноситься", "соотношение"})


def _linked(found: Sequence[str]) -> bool:
    """«Как связаны проект Конституции и правопорядок, по словам Генпрокурора?»: how the whole is
    linked with a thing, in a person's words, is what that person said of the thing: the whole,
    which every entry is about, is no second subject."""
    morphology = shared_morphology()
    # («в связи с обсуждением» is "as to the discussion": no link asked)
    return any(
        morphology.info(w).lemma in LINK_LEMMAS and (i == 0 or found[i - 1] not in {"в", "во"})
        for i, w in enumerate(found)
    )


def _of_the_whole(ctx: ReaderContext, value: str) -> bool:
    """A term naming the documents' whole in any language and case («жобасы»), or its «new»."""
    return value in ctx.wholes or value in NEW_WORDS or value.startswith(WHOLE_STEMS)


def headline_saying(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Генпрокурор призвал к нулевой терпимости: что именно сказал Асылов?»: a headline set off by
    a colon before a question asking what was said (kind `said`) tells what is asked about; its
    verb of saying («призвал», "calls for") is that saying, no subject of its own (the text's «призвал
    продолжать разъяснительную работу» is not asked). What it was said of («нулевой терпимости»)
    stays."""
    if "said" not in analysis.kinds:
        return analysis
    head, colon, rest = question.partition(":")
    asked = words(rest.casefold())
    if not colon or "?" in head or QUESTION_OPENERS.isdisjoint(asked):
        return analysis
    morphology = shared_morphology()
    dropped = [
        w
        for w in words(head.casefold())
        if w in HEADLINE_SAYING or morphology.info(w).lemma in HEADLINE_SAYING
    ]
    return less_words(ctx, analysis, dropped) if dropped else analysis


def where_mentioned(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Где упоминается профилактика правонарушений?», "Where is X mentioned?": where in the text
    a thing is named is what the text says of it, not a place (kind `where` dropped, and the verb
    of mentioning). Only when something the knowledge base knows is named. So is a «где» with no
    verb at all, of a thing of the text (_where_is_a_thing)."""
    if "where" not in analysis.kinds:
        return analysis
    if analysis.words[-len(WHEREVER_TAG) :] == WHEREVER_TAG and analysis.words.count(WHERE_WORD) == 1:
        return replace(analysis, kinds=analysis.kinds - {"where"})
    mentioning = {w for w in analysis.words if _mention_verb(w)} | _appears_in_piece(ctx, analysis.words)
    mentioning |= _talk_going_on(analysis.words)
    if not mentioning:
        return _where_led(ctx, _where_classed(ctx, _where_applied(ctx, _where_is_a_thing(ctx, analysis))))
    if _part_of_the_whole(analysis.words):
        return analysis
    morphology = shared_morphology()
    verbs = mentioning | {morphology.info(w).lemma for w in mentioning}
    kept = tuple(t for t in analysis.terms if t.value not in verbs)
    if not any(t.known and t.pos in {"NOUN", None} for t in kept):
        return analysis
    values = frozenset(t.value for t in kept)
    return replace(analysis, terms=kept, values=values, kinds=analysis.kinds - {"where"})


def _where_classed(ctx: ReaderContext, analysis: Analysis) -> Analysis:
    """«защиту законных интересов населения куда отнесли», «Куда относится цифровизация?»: «куда»
    with a verb of classing asks under which heading (direction, principle) the text puts a thing,
    which it tells by naming it there, not a place (kind `where` dropped). Only of things the text
    knows, with no person, body, event or country named («куда отнесли генпрокурора» keeps it)."""
    if "where" not in analysis.kinds or WHERE_TO not in analysis.words:
        return analysis
    morphology = shared_morphology()
    if not any(morphology.info(w).lemma in CLASSING_LEMMAS for w in analysis.words):
        return analysis
    named = ctx.subjects | ctx.collective | ctx.wholes | ctx.own_country
    if not analysis.terms or any(t.value in named for t in analysis.terms):
        return analysis
    if not any(t.known and t.pos in {"NOUN", None} and t.value not in ctx.pieces for t in analysis.terms):
        return analysis
    return replace(analysis, kinds=analysis.kinds - {"where"})


def _where_led(ctx: ReaderContext, analysis: Analysis) -> Analysis:
    """«куда реформа ведёт в долгосрок», «Куда приведут изменения?»: «куда» with a verb of leading
    asks where a thing the text knows is going (its aims, its long-term course), not a place: kind
    `where` and the verb dropped. Not with a person, body, event or country named («куда ведёт
    генпрокурор» keeps it), nor of words the text does not know («куда ведёт эта дорога»)."""
    if "where" not in analysis.kinds or WHERE_TO not in analysis.words:
        return analysis
    morphology = shared_morphology()
    leading = [w for w in analysis.words if morphology.info(w).lemma in LEADING_LEMMAS]
    if not leading:
        return analysis
    named = ctx.subjects | ctx.collective | ctx.own_country  # (the reform, a whole, is what is led)
    read = less_words(ctx, analysis, leading)
    if not read.terms or any(t.value in named or not t.known for t in read.terms):
        return analysis
    return replace(read, kinds=read.kinds - {"where"})


# the parts of a law or a draft («в какой главе проекта Конституции», "which chapter"): see
# _part_of_the_whole
DOCUMENT_PARTS = frozenset(
    {"часть", "глава", "раздел", "статья", "пункт", "part", "chapter", "section", "article"}
)


def _talk_going_on(found: Sequence[str]) -> set[str]:
    """«где речь идёт о X», «где шла речь о X»: «речь» beside a verb of going (TALK_VERBS) says the
    text talks of X, as «где говорится о X» does; the two words, or none. Not «речь» alone («где
    прозвучала речь генпрокурора?»: a speech, whose place is asked)."""
    morphology = shared_morphology()
    for first, second in itertools.pairwise(found):
        pair = {first, second}
        if TALK_NOUN in pair and any(morphology.info(w).lemma in TALK_VERBS for w in pair - {TALK_NOUN}):
            return pair
    return set()


def _part_of_the_whole(found: Sequence[str]) -> bool:
    """«В какой главе проекта Конституции говорится о правоохранительных органах?»: a part of the
    Constitution or of its draft asks where in that law a thing is, a place the text gives only
    for what it places there (the Preamble), not where the text itself speaks of the thing."""
    morphology = shared_morphology()
    return any(morphology.info(w).lemma in DOCUMENT_PARTS for w in found) and any(
        w.startswith(WHOLE_STEMS) for w in found
    )


def _where_is_a_thing(ctx: ReaderContext, analysis: Analysis) -> Analysis:
    """«единообразное применение законов это где», «где про сервисную модель», «где в документе о
    персональных данных»: a Russian «где» with no verb in the question, of nothing but things the
    text speaks of (no person, body, event, country or whole it names, whose «где» is a place:
    «круглый стол это где?», «где генпрокурор?»), asks where in the text the thing is, as «где
    говорится про X» does: what the text says of it (kind `where` dropped)."""
    found = analysis.words
    morphology = shared_morphology()
    if WHERE_WORD not in found or any(
        w.isascii() or morphology.info(w).pos in VERB_POS or morphology.info(w).lemma == BE for w in found
    ):
        return analysis
    named = ctx.subjects | ctx.collective | ctx.wholes | ctx.own_country
    if not analysis.terms or any(t.value in named or not t.known for t in analysis.terms):
        return analysis
    if not any(t.pos in {"NOUN", None} and t.value not in ctx.pieces for t in analysis.terms):
        return analysis
    return replace(analysis, kinds=analysis.kinds - {"where"})


def _where_applied(ctx: ReaderContext, analysis: Analysis) -> Analysis:
    """«Где предлагается применять анализ больших данных?», «большие данные где будут применять»,
    "Where will AI be used?": where a means is applied asks in what sphere or work, which the text
    tells as what the means is for («в правовой сфере»), not a place (kind `where` dropped). Only of
    things the text knows, with no person, body, event or country named (their «где» is a place:
    «где будет применяться новая Конституция?» keeps it)."""
    if "where" not in analysis.kinds:
        return analysis
    morphology = shared_morphology()
    # (or by the canonical word of its synonyms' group: the slang «юзать» is «использовать»)
    if not any(
        morphology.info(w).lemma in APPLYING_LEMMAS or w in APPLYING_LEMMAS for w in analysis.words
    ) and not any(t.value in APPLYING_LEMMAS for t in analysis.terms):
        return analysis
    named = ctx.subjects | ctx.collective | ctx.wholes | ctx.own_country
    if (
        not analysis.terms
        or any(t.value in named for t in analysis.terms)
        or any(w.startswith(WHOLE_STEMS) for w in analysis.words)  # (the Constitution applies everywhere)
    ):
        return analysis
    if not any(t.known and t.pos in {"NOUN", None} and t.value not in ctx.pieces for t in analysis.terms):
        return analysis
    return replace(analysis, kinds=analysis.kinds - {"where"})


def _appears_in_piece(ctx: ReaderContext, found: Sequence[str]) -> set[str]:
    """The verbs of a thing appearing ("come up", "appear", «встречается») in a question placing it
    in the piece read («в тексте», "in the text", "in the release"): where it appears there is what
    the text says of it, as with «упоминается»; empty when no piece is named."""
    morphology = shared_morphology()
    in_piece = any(
        word in PIECE_IN
        and (after := [w for w in found[i + 1 : i + 3] if w not in PIECE_ARTICLES][:1])
        and ctx.analyzer.analyse(after[0]).values & (ctx.pieces | ctx.analyzer.analyse(TEXT_WORDS).values)
        for i, word in enumerate(found)
    )
    if not in_piece:
        return set()
    appearing = {w for w in found if morphology.info(w).lemma in APPEARING_VERBS}
    appearing |= {w for pair in itertools.pairwise(found) if pair == COME_UP for w in pair}
    return appearing


def _mention_verb(word: str) -> bool:
    """A verb of mentioning (MENTION_VERBS), also as commonly misspelt with the infinitive's soft
    sign («где упоминаеться», «где говориться»): a word the dictionary does not know, ending in
    «ться», is read as its «тся» form when that is one. «говориться» is a real infinitive, and it is
    read so; only a word that is no word as typed is repaired."""
    morphology = shared_morphology()
    info = morphology.info(word)
    if info.lemma in MENTION_VERBS:
        return True
    if info.known or not word.endswith(MISSPELT_REFLEXIVE):
        return False
    repaired = word.removesuffix(MISSPELT_REFLEXIVE) + REFLEXIVE
    return morphology.info(repaired).known and morphology.info(repaired).lemma in MENTION_VERBS


def owner_of_a_saying(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Кому принадлежит высказывание о нулевой терпимости к правонарушениям?», «Чьи слова о
    нулевой терпимости?», "Who is the author of the statement on zero tolerance?": a saying owned by
    the one asked is a question of who said it (kind `said` beside `who`), as «кто говорил о…» is;
    the noun of saying and the word of owning are no subject, and the one asked is the speaker («кому»
    of owning, "who is the author": not one acted on, nor a person's post). A who-question with no
    word of owning («кто взял слово?»: who took the floor) is not one."""
    if not OWNER_KINDS & analysis.kinds or "said" in analysis.kinds:
        return analysis
    morphology = shared_morphology()
    found = analysis.words
    lemmas = [(w, morphology.info(w).lemma) for w in found]
    # (not the noun of an attribution: «Чьи инициативы, по словам участников, …?» owns no saying)
    sayings = [
        w
        for i, (w, lemma) in enumerate(lemmas)
        if (w in SAYING_NOUNS or lemma in SAYING_NOUNS) and not (i > 0 and found[i - 1] == "по")
    ]
    owning = [w for w, lemma in lemmas if w in OWNING_WORDS or lemma in OWNING_WORDS]
    if not sayings or not owning:
        return analysis
    framed = less_words(ctx, analysis, [*sayings, *owning])
    return replace(framed, kinds=(framed.kinds - OWNER_KINDS) | {"who", "said"})


def _only_whose(found: Sequence[str]) -> bool:
    """Whether the question's who-words are all «чей» / "whose": an owner of a thing is asked, not
    the one who did or said something."""
    morphology = shared_morphology()
    asking = [w for w in found if w in WHO_QUESTION_WORDS or morphology.info(w).lemma in WHO_QUESTION_WORDS]
    return bool(asking) and all(w == "whose" or morphology.info(w).lemma == "чей" for w in asking)


# "Why does the Prosecutor General insist on…?", «Почему генпрокурор настаивает на…?»: verbs of
# insisting on a thing (English by the analyzer's stem, Russian by lemma)
INSISTING = frozenset({"insist", "urg", "настаивать", "настоять"})
REASON_KIND = "reason"


def why_insisted(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """ "Why does the Prosecutor General insist on continuing to explain the reform to the public?":
    why a person the documents name insists on a thing asks why the thing is done, which is what he
    is reported to have said of it: the person and the verb frame the question. A thing the
    documents never name stays as asked («…insist on a tax cut?»), and so does one whose claim an
    earlier reading put in the documents' word ("…insist on tougher punishment?": he is not reported
    to have said anything of prevention)."""
    if REASON_KIND not in analysis.kinds or not set(analysis.words) <= set(words(question.casefold())):
        return analysis
    morphology = shared_morphology()
    insisting = [w for w in analysis.words if morphology.info(w).lemma in INSISTING or w.startswith("insist")]
    if not insisting:
        return analysis
    named = [w for w in analysis.words if ctx.analyzer.analyse(w).values & ctx.subjects]
    if not named:
        return analysis
    return less_words(ctx, analysis, insisting + named)


# the officials (synonyms.yaml: «должностное лицо», «чиновник», "officials"), and the verbs of talking
# of a thing that, with them, ask what was said (officials_as_speakers)
OFFICIALS = "должностное лицо"
TALKING_LEMMAS = MENTION_VERBS | frozenset({"говорить", "talk", "discuss", "обсуждать", "обсудить"})
NOT_SAYING_KINDS = frozenset({"who", "who_is", "names", "whom", "where"})
# "Which officials…", «Какие чиновники…», «Кто из чиновников…»: which of them is asked, not what was said
WHICH_LEMMAS = frozenset({"which", "какой", "который", "кто"})
# the asker's requests to the bot ("tell me"), not a speaker's words
ASKER_REQUESTS = frozenset({"tell"})


def _a_preposition(word: str) -> bool:
    """A Russian or English preposition («для», «от», "for", "about")."""
    return word in ENGLISH_PREPOSITIONS or shared_morphology().info(word).pos == "PREP"


def officials_as_speakers(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """ "Did officials mention big data analytics?", «Говорили ли чиновники о профилактике?»: the
    officials talking of a thing are the event's voice (the Prosecutor General who spoke is one), as
    the participants are (said_by_all): what they said of it is what the document says of it, not
    whether an entry names officials. Only with a verb of saying or mentioning, no other person or
    body named, not asking which officials («Кто из чиновников…»), and a known thing left."""
    officials = ctx.analyzer.analyse(OFFICIALS).values
    if not officials & analysis.values or analysis.kinds & NOT_SAYING_KINDS:
        return analysis
    morphology = shared_morphology()
    found = analysis.words
    # («…или это всё для чиновников?»: officials after a preposition are whom a thing is for or of)
    if any(
        i and _a_preposition(found[i - 1]) and ctx.analyzer.analyse(w).values & officials
        for i, w in enumerate(found)
    ):
        return analysis
    # (not the asker's «скажите», "tell me": a request to the bot, not officials speaking)
    talking = [
        w
        for w in found
        if (morphology.info(w).lemma in TALKING_LEMMAS or _mention_verb(w))
        and not morphology.imperative(w)
        and w not in ASKER_REQUESTS
    ]
    if "said" not in analysis.kinds and not talking:
        return analysis
    if any(t.value in ctx.subjects and t.value not in officials for t in analysis.terms):
        return analysis
    if any(morphology.info(w).lemma in WHICH_LEMMAS for w in analysis.words):
        return analysis
    read = less_words(ctx, analysis, talking)
    dropped = less(read, officials)
    if dropped is read:
        return analysis
    return replace(dropped, kinds=dropped.kinds - {"said"})
