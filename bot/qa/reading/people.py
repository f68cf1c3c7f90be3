"""Questions of people and bodies: who, whom, whose, which members or bodies of a group the
documents name, who exactly was there, another holder of a post, and a possessive standing for a
curated phrase («его аппарат»)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import replace

from bot.qa.analyzer import Analysis, Term
from bot.qa.changes import ENGLISH_FUTURE_WORDS, FUTURE_AUXILIARIES
from bot.qa.morph import PREDICATE_POS, english_parts, english_pos, shared_morphology
from bot.qa.reading.context import ASKING_WHICH, WHICH_SPAN, WHICH_WORDS, ReaderContext
from bot.qa.reading.edits import less_words, read_with
from bot.qa.reading.form import INFINITIVE
from bot.qa.subject import BE_PAST, DELEGATES, EVENT_SPAN, THROUGH_MEMBER

# «Как называются <group>…», «как зовут <group>» ask the same: the group's members by their names
NAMING_VERBS = frozenset({"называться", "называть", "звать"})
# «who is / was» before a participle: a passive question («who was invited»), not «who is X»
BE_FORMS = frozenset({"is", "was", "are", "were", "s"})
# «Кто представлял <group>», «кто из <group>», «who represented <group>» ask for its members too.
WHO_WORDS = frozenset({"кто", "who"})
MEMBER_WORDS = frozenset({"из", "от", "представлять", "представитель", "from", "repres"})
FROM_WORDS = frozenset({"из", "от", "from"})
# ("who represented the Presidential Administration", "anyone from the Parliament": an English article,
# ENGLISH_ARTICLES below, before the group named: which_of_named)
# someone from a body, not one of its members (_only_there)
FROM_BODY = frozenset({"от", "from"})
# «депутаты какой палаты»: the Russian «какой» in the genitive after a group (which_of_members); a
# Kazakh «қандай» after a noun asks of what follows («Бас прокурор қандай жұмысты…»)
MEMBERS_WHICH = "какой"
# «по словам Асылова, какие цели…»: the one whose words are reported, in a frame of reporting right
# before them, is no group asked of (which_of_members)
REPORTING_FRAMES = frozenset(
    {("по", "словам"), ("по", "мнению"), ("по", "оценке"), ("по", "версии"), ("со", "слов")}
)
# colloquial words between «кто» and «от» («кто там от АП был», «кто там вообще был из…»), and adverbs
# of naming one by one («кто персонально представлял АП»: its members by name, as «конкретно»); a
# past «быть» may stand there too («кто был от АП»: whether someone from it was there, which_of_named)
MEMBER_FILLERS = frozenset(
    {"там", "тут", "же", "вообще", "конкретно", "exactly", "персонально", "лично", "personally"}
)
MEMBER_GAP = MEMBER_FILLERS | BE_PAST
# «для кого»: for whom a thing is done, read as «в чьих интересах» (for_whom)
FOR_WHOM = frozenset({("для", "кого")})
WHOSE_INTERESTS = ("в", "чьих", "интересах")
# «чьи законные интересы»: how many words after «чей» may hold the noun (whose_the_text_says)
WHOSE_SPAN = 3
# "whose legitimate interests", «кімнің заңды мүдделерін»: the same in English and Kazakh
OTHER_WHOSE = frozenset({"whose", "кімнің", "кимнин", "кімдердің"})
# who asked as the one acted on («кого вовлекать», «кому разъяснять», "whom"; a passive: «кто должен
# быть вовлечён», "who should be involved"): whom
WHOM_WORDS = frozenset({"кого", "кому", "whom", "кімді", "кімге", "кімдерді", "кімдерге"})
ENGLISH_BE = frozenset({"be", "been", "being", "is", "are", "was", "were"})
ENGLISH_PARTICIPLE_ENDS = ("ed", "en", "wn")  # involved, chosen, drawn
ENGLISH_PLURAL_END = "s"  # "NGOs", "deputies": several (_one_body)
ENGLISH_ADVERB_END = "ly"  # "be broadly involved": an adverb between
# "Who did the Prosecutor General want to involve?", "Who will the reform protect?": an auxiliary
# right after "who", then the one who acts (an article, a personal pronoun or a noun), not a verb:
# "who" is the one acted on (_english_object_who)
ENGLISH_AUXILIARIES = frozenset(
    {"did", "does", "do", "will", "would", "should", "shall", "can", "could", "must", "might"}
)
ENGLISH_DOERS = frozenset({"the", "a", "an", "this", "he", "she", "they", "it", "we", "you", "i"})
# «Кто был генпрокурором до Асылова?», "Who will be president after Tokayev?": who held a post before
# or after a person the documents name is someone else, whom they never name (other_holder)
BEFORE_AFTER = frozenset({"до", "после", "before", "after"})
# the Kazakh postpositions of time, after the person («Асыловтан кейін кім сөйледі?», «Асыловқа
# дейін», «Асыловтан бұрын»), as typed and without the Kazakh letters (with WHO_KK, the Kazakh who)
KAZAKH_BEFORE_AFTER = frozenset({"кейін", "кейин", "дейін", "дейин", "бұрын", "бурын"})
OTHER_HOLDER = "предшественник преемник"
# «Кто сидел рядом с генпрокурором?», "Who sat next to Asylov?": who was placed beside a person the
# documents name is someone else too, a seating they never tell (other_holder); the words of a place
# beside someone, as typed, and the links between them and the person
BESIDE = frozenset({"рядом", "напротив", "возле", "beside", "opposite", "next"})
BESIDE_LINKS = frozenset({"с", "со", "to", "the"})
# a post named by its own word, by lemma (English: by stem, "offic", "posit") (post_to_come); not
# the curated group, which also holds «в качестве кого» (so «качество» reads as a post)
POST_WORDS = frozenset({"должность", "пост", "лауазым", "post", "posit", "offic", "job"})
# «чиновники из X», "officials from X": people of a body (people_of_a_body), by the words linking
# them to it, the words the body's name may take after the link, and the curated words for them
BODY_LINKS = frozenset({"из", "от", "from", "of"})
BODY_SPAN = 4
PEOPLE_OF_BODY = "чиновник сотрудник official staff"
# «быть» / "be" in the future: "Who will be…?", «Кто будет / станет…?» (_holder_to_come)
BE_TO_COME = frozenset({"be", "будет", "станет", "будут", "станут"})
# «кем работает», «кем станет»: «кем» before a verb of working or becoming asks a post too (not «кем
# будет проводиться»: by whom)
AS_WHOM = "кем"
# «стал», "became": a verb of becoming, and within so many words after it the person or post named
# first (post_taken); the kind no entry lists
BECOMING = frozenset({"стать", "становиться", "become", "became", "becomes", "becoming"})
BECOMING_SPAN = 3
# «Чем круглый стол стал для учёных?», "What did it become for experts?": those named after «для» /
# "for" are whom a thing became something for, not the post taken
BECOMING_FOR = frozenset({"для", "for"})
POST_TAKEN_KIND = "post_taken"
MANNER_OPENERS = frozenset({"как", "how"})
WORKING_AS = frozenset({"работать", "стать", "служить", "трудиться"})
BE_LEMMA = "быть"
# «что за люди», «чё там за люди»: asking what sort of people or bodies were there (which_ones_there)
WHAT_WORDS = frozenset({"что", "че", "шо"})
SORT_WORD = "за"
# «в лице»: the lemma of its noun
THROUGH_MEMBER_NOUN = "лицо"
# «…главы государства, то есть из его аппарата»: a possessive pronoun before the head of a curated
# phrase whose other words name someone the question named before it (see possessive_phrase)
POSSESSIVES = frozenset({"его", "её", "ее", "их", "his", "her", "their"})
# «кто был на круглом столе…», "who was at…": a past «быть» and a preposition of place right after
# it say who was there (who_was_at)
AT_WORDS = frozenset({"на", "в", "во", "at", "in", "there"})
# «кто был среди участников», «кто там был вообще из участников», «кто из участников был»: among the
# people named there is where they were too (who_was_at)
AMONG_WORDS = frozenset({"среди", "из"})
# «настрой учёных», «позиция экспертов»: nouns of a disposition, by lemma, before the people whose it
# is (disposition_of_named)
DISPOSITION_LEMMAS = frozenset({"настрой", "настроение", "настроенность", "позиция", "взгляд", "установка"})
# «каков настрой у учёных»
AT_PEOPLE = "у"
# «кто именно», «нақты кім»: the who-question whose «именно» alone makes it ask for names
# (who_exactly_there); the word of exactness in each
EXACTLY_WHO = frozenset({("кто", "именно"), ("нақты", "кім")})
EXACTLY = frozenset({"именно", "нақты"})


# «структура, которая работает при главе государства»: a relative clause of a verb of being placed
# (by lemma) and «при» says where a body is attached, as «структура при главе государства» does
ATTACHED_VERBS = frozenset(
    {"работать", "действовать", "функционировать", "находиться", "состоять", "существовать"}
)
WHICH_RELATIVE = "который"
ATTACHED_TO = "при"


def attached_body(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Была ли там представлена структура, которая работает при главе государства?»: «который» with a
    verb of being placed, right before «при X» (an adverb may stand between), only says where the
    body sits: read as «структура при главе государства», whose curated phrase names the body; the
    verb («работает»: not the text's «модель работы») is no subject. Only when that reading makes a
    phrase the knowledge base knows («…которая работает при министерстве финансов» stays as asked)."""
    found = analysis.words
    morphology = shared_morphology()
    for i, word in enumerate(found[:-2]):
        if (
            morphology.info(word).lemma != WHICH_RELATIVE
            or morphology.info(found[i + 1]).lemma not in ATTACHED_VERBS
        ):
            continue
        at = next((j for j in range(i + 2, min(i + 4, len(found))) if found[j] == ATTACHED_TO), None)
        if at is None or i == 0:
            continue
        read = ctx.analyzer.analyse(" ".join((*found[:i], *found[at:])))
        if len(read.terms) < len(analysis.terms) - 1 and all(t.known for t in read.terms):
            return read
    return analysis


def without_in_the_person(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«…орган в лице его руководителя»: «в лице» says through whom (the member standing for the
    group, bot/qa/subject.py), its «лицо» (a face) is no subject of the question."""
    found = analysis.words
    if not any(pair == THROUGH_MEMBER for pair in itertools.pairwise(found)):
        return analysis
    kept = tuple(t for t in analysis.terms if t.known or t.value != THROUGH_MEMBER_NOUN)
    return replace(analysis, terms=kept, values=frozenset(t.value for t in kept))


def possessive_phrase(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Был ли кто-то от главы государства, то есть из его аппарата?»: «его аппарат» after the
    President is named is «аппарат президента», a curated phrase (the Administration), when the
    head alone is a word the documents do not use."""
    found = analysis.words
    morphology = shared_morphology()
    for i, word in enumerate(found[:-1]):
        if word not in POSSESSIVES:
            continue
        before = ctx.analyzer.analyse(" ".join(found[:i])).values
        head = ctx.analyzer.analyse(found[i + 1]).terms
        if not head or head[0].known:
            continue
        for owner, phrase in ctx.owned.get(morphology.info(found[i + 1]).lemma, ()):
            if owner in before:
                text = " ".join((*found[:i], phrase, *found[i + 2 :]))
                read = ctx.analyzer.analyse(text)
                return replace(read, kinds=read.kinds | analysis.kinds)
    return analysis


def who_passive(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
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


# «кто собирался?»: the imperfective of gathering, unless an infinitive after it makes it intending
# («собирается принять»); read as the text's «собрались» (gathering_not_intending)
GATHERING = "собираться"
GATHERED = "собрались"
INTENT_SPAN = 3


def gathering_not_intending(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Кто собирался?», «кто там собирался и что решили?»: «собираться» with no infinitive a few
    words on is gathering, as the documents' «собрались» («кто собрался обсуждать…»); with one it is
    intending («Собирается ли Парламент принять проект?», «Кто собирается голосовать?»), a modal
    of the verb it governs («Собираются ли подключать нейросети…?» asks whether they will be), no
    subject of its own."""
    found = analysis.words
    morphology = shared_morphology()
    for i, word in enumerate(found):
        if morphology.info(word).lemma != GATHERING:
            continue
        if any(morphology.info(w).pos == "INFN" for w in found[i + 1 : i + 1 + INTENT_SPAN]):
            # intending, a modal of the verb it governs as «будут» is: no subject of its own
            return less_words(ctx, analysis, [word])
        values = ctx.analyzer.analyse(word).values
        terms = (*(t for t in analysis.terms if t.value not in values), *ctx.analyzer.analyse(GATHERED).terms)
        return replace(analysis, terms=terms, values=frozenset(t.value for t in terms))
    return analysis


# «Представители какой среды были?», «представители каких кругов участвовали?»: the people of a
# community, asked which one; the noun for them and the nouns of a community, by lemma (sphere,
# circles, milieu, sector), beside the generic words for bodies (representatives_of_which)
REPRESENTATIVE = "представитель"
COMMUNITY_NOUNS = frozenset({"среда", "круг", "сектор"})
# the kinds a question of them may ask beside: others, besides one left out («кроме госорганов»)
OTHERS_KINDS = frozenset({"others", "besides"})


def representatives_of_which(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Представители какой среды, кроме госорганов, были на дискуссии?», «Представители каких
    кругов участвовали?»: representatives of which community or body, with nothing said of them
    but that they were there or took part, asks who took part (kind `who`), as «какие органы были»
    does (which_ones_there): the text names the bodies and communities, not their people. Not
    what they did («Представители какой среды выступали?»), nor a community qualified by a word
    the documents lack («каких зарубежных кругов»: stays a term)."""
    if not analysis.kinds <= OTHERS_KINDS:
        return analysis
    found = analysis.words
    morphology = shared_morphology()
    asked = next(
        (
            found[i + 2]
            for i in range(len(found) - 2)
            if morphology.info(found[i]).lemma == REPRESENTATIVE
            and morphology.info(found[i + 1]).lemma in WHICH_WORDS
        ),
        None,
    )
    if asked is None:
        return analysis
    values = ctx.analyzer.analyse(asked).values
    if not (morphology.info(asked).lemma in COMMUNITY_NOUNS or values & ctx.agents):
        return analysis
    people = values | ctx.analyzer.analyse(REPRESENTATIVE).values
    rest = tuple(t for t in analysis.terms if t.value not in people)
    there = ctx.there & analysis.values or BE_PAST & set(found)
    if not there or any(
        (t.pos in PREDICATE_POS and t.value not in ctx.there)
        or t.value in ctx.subjects | ctx.agents
        or (not t.known and t.value not in ctx.event)
        for t in rest
    ):
        return analysis
    rest = (*(t for t in rest if t.value not in ctx.there), *ctx.presence)
    return replace(
        analysis, terms=rest, values=frozenset(t.value for t in rest), kinds=analysis.kinds | {"who"}
    )


# «Какие специалисты были?», «Қандай мамандар болды?»: a noun for people of any profession after an
# asking word names no group the documents name as a whole (as «депутаты» does), only people with
# some knowledge: which ones were there is who took part (which_ones_there); by lemma, as typed
GENERIC_PEOPLE = frozenset({"специалист", "профессионал", "маман", "мамандар", "specialist", "specialists"})


def which_ones_there(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
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
            agent = ctx.analyzer.analyse(found[start]).values
            agent = agent if _generic_people(found[start]) else agent & ctx.agents
            break
    if not agent:
        return analysis
    rest = tuple(t for t in analysis.terms if t.value not in agent)
    there = ctx.there & analysis.values or BE_PAST & set(found)
    if not there or any(
        (t.pos in PREDICATE_POS and t.value not in ctx.there) or t.value in ctx.subjects | ctx.agents
        for t in rest
    ):
        return analysis  # something else is said of them («представители органа при главе государства»)
    # gathering is taking part, the documents' word for who was there
    rest = (*(t for t in rest if t.value not in ctx.there), *ctx.presence)
    return replace(
        analysis, terms=rest, values=frozenset(t.value for t in rest), kinds=analysis.kinds | {"who"}
    )


# «какого государственного деятеля», «какой личности»: nouns of a person as such, whom a question
# asking which one asks who is (which_person); by lemma
PERSON_NOUNS = frozenset({"деятель", "личность", "персона"})
PERSON_QUALIFIER_POS = frozenset({"ADJF", "PRTF"})


def _generic_people(word: str) -> bool:
    """A noun for people of any profession («специалисты», «мамандар»): see GENERIC_PEOPLE."""
    return word in GENERIC_PEOPLE or shared_morphology().info(word).lemma in GENERIC_PEOPLE


def _which_words_at(found: tuple[str, ...]) -> list[int]:
    """Where a which-word («какой», "which", by lemma) stands with a word after it, in order."""
    morphology = shared_morphology()
    return [i for i, word in enumerate(found[:-1]) if morphology.info(word).lemma in WHICH_WORDS]


def which_person(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Политику какого государственного деятеля продолжает реформа?», «Инициативы какой личности
    продолжает реформа?»: a noun of a person as such, right after an asking word (past adjectives:
    «государственного»), asks who (kind `who`), as «Чью политику продолжает реформа?» does; the
    noun and its adjectives are the asking word's own, no subject. So too in someone's words
    («…продолжает, по оценке участников, реформа?»: the `said` of a reporting frame)."""
    found = analysis.words
    if analysis.kinds - {"said"} or (analysis.kinds and not reports_words(found)):
        return analysis
    morphology = shared_morphology()
    for i in _which_words_at(found):
        j = i + 1
        while j < len(found) - 1 and morphology.info(found[j]).pos in PERSON_QUALIFIER_POS:
            j += 1
        if morphology.info(found[j]).lemma in PERSON_NOUNS:
            framed = less_words(ctx, analysis, found[i + 1 : j + 1])
            return replace(framed, kinds=framed.kinds | {"who"})
    return analysis


def reports_words(found: tuple[str, ...]) -> bool:
    """The question reports someone's words in a frame («по словам X», «по оценке X»)."""
    return any(pair in REPORTING_FRAMES for pair in itertools.pairwise(found))


# "Who should be brought into the discussion?", "drawn into the debate": bringing or drawing someone
# into a thing is involving them in it (each form read as that of "involve"); not the set phrases of
# bringing a thing into force, effect, line, question, being, play or account
DRAWING_INTO = {
    "bring": "involve",
    "brings": "involves",
    "bringing": "involving",
    "brought": "involved",
    "draw": "involve",
    "draws": "involves",
    "drawing": "involving",
    "drew": "involved",
    "drawn": "involved",
}
INTO = "into"
SET_PHRASES_INTO = frozenset({"force", "effect", "line", "question", "being", "play", "account"})
ENGLISH_ARTICLES = frozenset({"the", "a", "an"})


def brought_into_as_involved(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """ "Who should be brought into the discussion of the draft?", "Were scholars drawn into the
    debate?": the phrasal "bring into", "draw into" is "involve in", so that the call for wide
    involvement (and, in the past, having taken part) reads as it does with "involve"; alone,
    "bring" is what a thing brings ("what result should the work bring")."""
    found = analysis.words
    at = [
        i
        for i in range(len(found) - 2)
        if found[i] in DRAWING_INTO
        and found[i + 1] == INTO
        and _object_after(found, i + 2) not in SET_PHRASES_INTO
    ]
    if not at:
        return analysis
    read = ctx.analyzer.analyse(" ".join(DRAWING_INTO[w] if i in at else w for i, w in enumerate(found)))
    return replace(read, kinds=analysis.kinds | read.kinds)


# «кого зовут в обсуждение проекта», «звали ли учёных на круглый стол»: the unprefixed «звать» before a
# preposition of where to («в», «на», «к») calls someone into a thing, as «позвать» does (each form read
# with the prefix: «зовут» as «позовут», «звали» as «позвали»); so does one before an infinitive, what
# they are called to do («кого зовут обсуждать проект»); alone, «как зовут» asks a name
CALLING_LEMMA = "звать"
CALLING_STEMS = ("зов", "зв")  # every form of «звать» begins so (a cheap test before the morphology)
CALLED_PREFIX = "по"
CALLED_INTO = frozenset({"в", "во", "на", "к", "ко"})


def called_into(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Кого зовут в обсуждение проекта?», «Кого звать на круглый стол?»: calling someone into a
    discussion or to an event is inviting them, the synonyms' «позвать» (involvement; having been
    invited, taking part: invited_as_taking_part); so is calling them to do a thing («Кого зовут
    обсуждать проект?»). «Как зовут генпрокурора?» (no preposition nor infinitive after it) still
    asks a name."""
    found = analysis.words
    if not any(w.startswith(CALLING_STEMS) for w in found):
        return analysis
    morphology = shared_morphology()
    at = {
        i
        for i in range(len(found) - 1)
        if morphology.info(found[i]).lemma == CALLING_LEMMA
        and (
            (found[i + 1] in CALLED_INTO and i + 2 < len(found))
            or morphology.info(found[i + 1]).pos == INFINITIVE
        )
    }
    if not at:
        return analysis
    read = ctx.analyzer.analyse(" ".join(CALLED_PREFIX + w if i in at else w for i, w in enumerate(found)))
    return replace(read, kinds=analysis.kinds | read.kinds)


# «а народ то спрашивать будут?», «спросят ли граждан по проекту?»: to ask the people at large, in a
# time to come, is to consult them, the text's involvement of society (consulted_as_involved); as lemmas
CONSULTING_LEMMAS = frozenset({"спрашивать", "спросить", "опрашивать", "опросить", "советоваться"})
# (and to whom a thing gives what it brings: frames.given_to_people)
PEOPLE_AT_LARGE = frozenset({"человек", "люди", "гражданин", "население", "народ"})
CONSULTED_READ_AS = "вовлекать"


def consulted_as_involved(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«А народ-то спрашивать будут?», «Простых людей будут спрашивать по проекту?»: whether the
    people at large will be asked is whether they will be involved, which the text calls for. Only in
    a time to come (the asker's own «меня внучек спрашивает» is no consulting) and only of the people
    as a whole («спросят ли пенсионеров» asks of a group the text never names)."""
    found = analysis.words
    morphology = shared_morphology()
    if not any(morphology.info(w).lemma in PEOPLE_AT_LARGE for w in found):
        return analysis
    future = bool(FUTURE_AUXILIARIES.intersection(found))
    at = {
        i
        for i, w in enumerate(found)
        if morphology.info(w).lemma in CONSULTING_LEMMAS and (future or morphology.surely_future(w))
    }
    return read_with(ctx, analysis, at, CONSULTED_READ_AS) if at else analysis


def _object_after(found: tuple[str, ...], start: int) -> str:
    """The first word from `start` on that is no article ("into the discussion": "discussion")."""
    return next((w for w in found[start:] if w not in ENGLISH_ARTICLES), "")


# "Was the ombudsman involved in the discussion?": the past passive of being involved (a past form of
# "be" before "involved") is having taken part; "involve", "involving" (drawing others in) and "should
# be involved" (whom the call for involvement names) are not
INVOLVED = "involved"
BE_INVOLVED = frozenset({"was", "were", "been", "got"})


def involved_as_taking_part(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """ "Was the ombudsman involved in the discussion?", "Were NGOs involved?": whether someone was
    involved (a past "be" before "involved") asks whether they took part, the documents' word for
    it, so that the entry of the body named answers (not the scholars', whose quote lists every
    participant too). The active "want to involve", "involving the community" and "should be
    involved" (the Prosecutor General's call for wide involvement) keep their reading."""
    found = analysis.words
    if not any(w == INVOLVED and not BE_INVOLVED.isdisjoint(found[:i]) for i, w in enumerate(found)):
        return analysis
    involved = ctx.analyzer.analyse(INVOLVED).values
    kept = tuple(t for t in analysis.terms if t.value not in involved)
    if len(kept) == len(analysis.terms):
        return analysis
    rest = (*kept, *ctx.presence)
    return replace(analysis, terms=rest, values=frozenset(t.value for t in rest))


# «Кого пригласили на круглый стол?», «Были ли приглашены учёные?», "Who was invited?": the verbs of
# inviting (as lemmas; a past participle's lemma is itself), whose invitees are those who took part
INVITING_LEMMAS = frozenset({"пригласить", "приглашать", "позвать", "приглашенный", "позванный"})
# «Кого привлекли к дискуссии?»: so are those drawn in, by a finite past verb only: a participle is
# also the call to involve them («Кто должен быть вовлечён в обсуждение?»), as lemmas
DRAWING_IN_LEMMAS = frozenset({"привлечь", "вовлечь"})
INVITED = "invited"
# the kinds a question of the invitees may ask beside whom: the others, their names
INVITEES_KINDS = frozenset({"who", "whom", "others", "besides", "names"})


def invited_as_taking_part(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Кого, помимо госорганов, пригласили к обсуждению?», «Пригласили ли учёных?», "Who was
    invited?": who was invited to the event (the one acted on: kind `whom`, or whether someone was)
    is who took part, the documents' word for it. Not who invited (kind `who` alone: «Кто пригласил
    экспертов?» asks the host, whom the documents never name), not an invitation to come
    («пригласят», a future), nor why or how someone was invited (another kind)."""
    kinds = analysis.kinds
    if kinds and ("whom" not in kinds or not kinds <= INVITEES_KINDS):
        return analysis
    invited = {w for w in analysis.words if _invited(w)}
    if not invited:
        return analysis
    values = ctx.analyzer.analyse(" ".join(sorted(invited))).values
    kept = tuple(t for t in analysis.terms if t.value not in values)
    if len(kept) == len(analysis.terms):
        return analysis
    rest = (*kept, *ctx.presence)
    return replace(analysis, terms=rest, values=frozenset(t.value for t in rest))


def _invited(word: str) -> bool:
    """ "invited", a past form of inviting («пригласили», «приглашены») or a finite past of drawing
    in («привлекли»)."""
    if word == INVITED:
        return True
    morphology = shared_morphology()
    lemma = morphology.info(word).lemma
    return (lemma in INVITING_LEMMAS and morphology.past_predicate(word)) or (
        lemma in DRAWING_IN_LEMMAS and morphology.past_verb(word)
    )


def who_was_at(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Кто был на круглом столе по новой Конституции?», "Who was at the round table on the
    draft?": «кто» and a past «быть» with a preposition of place right after it, and nothing else
    said but the place and what it was on, asks who was there: who took part, the documents' word
    for it (as which_ones_there reads «какие органы были»); so does who was among those named there
    («Кто был среди участников?», «кто из участников был»). «Кто был инициатором реформы?» (no
    place), «Кто был на заседании Сената?» (a body the documents never name), «Кто был от
    Парламента?» (which_of_named) and any other verb keep their reading."""
    found = analysis.words
    if analysis.kinds != {"who"} or not WHO_WORDS.intersection(found):
        return analysis
    if not _there_or_among(ctx, found):
        return analysis
    if not analysis.terms or any(
        not t.known or t.pos in PREDICATE_POS or t.value in ctx.subjects | ctx.agents or t.value in ctx.there
        for t in analysis.terms
    ):
        return analysis
    rest = (*analysis.terms, *ctx.presence)
    return replace(analysis, terms=rest, values=frozenset(t.value for t in rest))


def _there_or_among(ctx: ReaderContext, found: tuple[str, ...]) -> bool:
    """A past «быть» with a preposition of place or of «among» after it, fillers between aside («кто
    там был вообще из участников»), or «кто из …» beside a past «быть» («кто из участников был»)."""
    places = AT_WORDS | AMONG_WORDS
    for i, word in enumerate(found):
        if word not in BE_PAST:
            continue
        after = next((w for w in found[i + 1 :] if w in places or ctx.analyzer.is_content_word(w)), "")
        if after in places:
            return True
    return bool(BE_PAST.intersection(found)) and any(
        w in WHO_WORDS and after in AMONG_WORDS for w, after in itertools.pairwise(found)
    )


def disposition_of_named(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Что круглый стол показал в отношении настроя учёных и экспертов?»: what something showed or
    said of the mood, stance or view of people the documents name asks what they tell of those
    people (the scientific community's readiness): the noun of a disposition is no subject. With
    no such verb («Какова позиция Парламента?», «Каков настрой учёных?») the stance itself is
    asked, which the documents do not state; of people they never name («настрой налоговиков») it
    stays too."""
    found = analysis.words
    morphology = shared_morphology()
    if not any(
        morphology.info(w).pos in PREDICATE_POS and all(t.known for t in ctx.analyzer.analyse(w).terms)
        for w in found
    ):
        return analysis  # «Какова позиция Парламента?»: the stance itself is asked
    dropped = []
    for i, word in enumerate(found[:-1]):
        if morphology.info(word).lemma not in DISPOSITION_LEMMAS:
            continue
        start = i + 2 if found[i + 1] == AT_PEOPLE else i + 1
        whose = ctx.analyzer.analyse(" ".join(found[start : start + WHICH_SPAN])).terms
        if whose and whose[0].value in ctx.subjects:
            dropped.append(word)
    return less_words(ctx, analysis, dropped) if dropped else analysis


def who_exactly_there(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Кто именно участвовал в круглом столе по проекту Конституции?»: «кто именно» (kind
    `names`) with nothing said of those asked about but that they took part, were there or
    gathered, and no group named, asks who took part (kind `who`): the document tells it by the
    bodies that sent people, and says no more of them, not by the one speaker it names. A group
    named («кто именно из депутатов участвовал?») or another verb («кто именно выступал?»), or
    another word asking for names («назовите поименно»), keeps the names asked."""
    found = analysis.words
    if "names" not in analysis.kinds or EXACTLY_WHO.isdisjoint(itertools.pairwise(found)):
        return analysis
    plain = ctx.analyzer.analyse(" ".join(w for w in found if w not in EXACTLY))
    if "names" in plain.kinds or not MEMBER_WORDS.isdisjoint(found):
        return analysis
    there = ctx.there & analysis.values or BE_PAST & set(found)
    # «кто именно собрался обсуждать проект»: gathered to discuss it, to take part in the discussion
    gathered = ctx.there | _gathered_for(ctx, analysis)
    if not there or any(
        (t.pos in PREDICATE_POS and t.value not in gathered) or t.value in ctx.subjects | ctx.agents
        for t in analysis.terms
    ):
        return analysis
    rest = (*(t for t in analysis.terms if t.value not in gathered), *ctx.presence)
    return replace(
        analysis,
        terms=rest,
        values=frozenset(t.value for t in rest),
        kinds=(analysis.kinds - {"names"}) | {"who"},
    )


def who_exactly_said(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Кто именно заявил, что изменения носят прогрессивный характер?»: «кто именно» before a verb
    of saying (kind `said`) asks who said the thing, as «кто заявил» does (kind `who` for `names`):
    an entry reporting that claim names its speaker. Another word asking for names («назовите
    поименно») keeps the names asked; a claim the documents do not report is declined by its words."""
    found = analysis.words
    if not {"names", "said"} <= analysis.kinds or EXACTLY_WHO.isdisjoint(itertools.pairwise(found)):
        return analysis
    if "names" in ctx.analyzer.analyse(" ".join(w for w in found if w not in EXACTLY)).kinds:
        return analysis
    return replace(analysis, kinds=(analysis.kinds - {"names"}) | {"who"})


def _gathered_for(ctx: ReaderContext, analysis: Analysis) -> frozenset[str]:
    """The infinitives of discussing right after a verb of gathering or taking part («собрался
    обсуждать», «пришли обсудить»): what they came for is the discussion the event was."""
    terms = analysis.terms
    return frozenset(
        after.value
        for term, after in itertools.pairwise(terms)
        if term.value in ctx.there and after.pos == "INFN" and after.value in ctx.discussing
    )


def which_of_named(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Какие депутаты…», «какие общественные организации…», «как называются общественные
    организации», «which NGOs…», «кто представлял Администрацию»: asking which members of a
    group the documents name only as a whole asks for names (kind `names`)."""
    found = _who_first(analysis.words)
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
        elif _frame_noun(ctx, found[start]):
            continue  # «Какую роль генпрокурор отводит…»: «какую» asks of its own noun, the role
        elif "who" in analysis.kinds and _generic_people(found[start]):
            continue  # «Какие специалисты были?»: who was there (which_ones_there), no names
        start = _past_articles_and_delegates(found, start)
        group = _group_at(ctx, found, start, whole_phrase=lemma in WHO_WORDS)
        if not group and lemma in WHICH_WORDS:
            group = _group_after_or(ctx, found, start)
        if group:
            if link in FROM_WORDS and _only_there(ctx, analysis, group, at_event=link in FROM_BODY):
                # «кто от АП был?»: whether someone from it was there, as «был ли кто-то от АП»
                # (taking part, the documents' word for it: only an entry saying who took part tells)
                terms = (*analysis.terms, *ctx.presence)
                return replace(
                    analysis,
                    terms=terms,
                    values=frozenset(t.value for t in terms),
                    kinds=analysis.kinds - {"who"},
                )
            return replace(analysis, kinds=analysis.kinds | {"names"})
    return analysis


# «какие вузы или научные сообщества», "which universities or research institutes": a word of
# alternatives between two kinds asked of (_group_after_or)
OR_WORDS = frozenset({"или", "либо", "or"})


def _group_after_or(ctx: ReaderContext, found: tuple[str, ...], start: int) -> tuple[str, ...]:
    """«Какие вузы или научные сообщества участвовали?», "Which universities or research institutes
    took part?": a noun after «какие» the documents never name, then «или» and a group they name
    only as a whole: the asking word asks of both, the group's members by name."""
    at = start + 1
    if at + 1 >= len(found) or found[at] not in OR_WORDS:
        return ()
    return _group_at(ctx, found, _past_articles_and_delegates(found, at + 1), whole_phrase=False)


# «какие вузы представляли научное сообщество», "which universities represented the academic
# community": the verb of representing (by lemma), and how many words after the asking word it may come
REPRESENTING = frozenset({"представлять", "repres"})
REPRESENTING_SPAN = 5


def which_represented(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Какие вузы или научные институты представляли научное сообщество?», "Which universities
    represented the academic community?": which ones represented a group the documents name only as
    a whole asks its members by name (kind `names`), as «кто представлял Администрацию» does
    (which_of_named): the text names the group, never who stood for it."""
    found = analysis.words
    morphology = shared_morphology()
    for i, word in enumerate(found):
        if morphology.info(word).lemma not in WHICH_WORDS:
            continue
        for j in range(i + 1, min(len(found) - 1, i + 1 + REPRESENTING_SPAN)):
            if morphology.info(found[j]).lemma not in REPRESENTING or found[j - 1] in ENGLISH_BE:
                continue  # ("Which branch was represented besides Parliament?": a passive, no group after)
            start = _past_articles_and_delegates(found, j + 1)
            if _group_at(ctx, found, start, whole_phrase=False):
                return replace(analysis, kinds=analysis.kinds | {"names"})
        return analysis
    return analysis


# «депутаттарының қайсысы» (which of the deputies), typed with Kazakh letters or without; "which of"
# (one_of_the_group)
KAZAKH_WHICH_OF = frozenset({"қайсысы", "қайсылары", "қайсыбірі", "кайсысы", "кайсылары", "кайсыбири"})
WHICH_OF = ("which", "of")
ENGLISH_OF = WHICH_OF[1]
ENGLISH_THE = "the"


def one_of_the_group(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Мәжіліс депутаттарының қайсысы қатысты?», "Which of the Mazhilis deputies took part?": which
    one of a group the documents name only as a whole asks for names (kind `names`), as «кто из
    депутатов» does (which_of_named). The Kazakh names the group before «қайсысы», the English after
    "which of (the)"."""
    found = analysis.words
    for i, word in enumerate(found):
        if word in KAZAKH_WHICH_OF and i:
            group = found[max(0, i - WHICH_SPAN) : i]
        elif found[i : i + 2] == WHICH_OF:
            group = tuple(w for w in found[i + 2 : i + 3 + WHICH_SPAN] if w != ENGLISH_THE)[:WHICH_SPAN]
        else:
            continue
        if ctx.names_group(" ".join(group)):
            return replace(analysis, kinds=analysis.kinds | {"names"})
    return analysis


# «Перечислите общественные организации, которые участвовали», «названия общественных организаций»,
# "list the NGOs": a verb of listing or naming (as typed: «назвал прокурор» is no request), or the
# noun of a name, before a group (list_of_group); how many words (fillers, articles) may stand between
LIST_REQUESTS = frozenset(
    {"перечислите", "перечисли", "перечислить", "назовите", "назови", "назвать", "list"}
)
NAME_NOUN = "название"
LIST_SPAN = 2


def list_of_group(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Перечислите общественные организации, которые участвовали», «Названия общественных
    организаций можете перечислить?», "List the NGOs that took part": listing a group the documents
    name only as a whole, in the plural (or its delegates), asks its members by name (kind `names`),
    as «какие общественные организации участвовали?» does (which_of_named): the text names the
    group, never its members. A group named in the singular («назовите Президента») is one body or
    person, not a list."""
    found = analysis.words
    if LIST_REQUESTS.isdisjoint(found) and NAME_NOUN[:-1] not in question.lower():
        return analysis
    morphology = shared_morphology()
    for i, word in enumerate(found[:-1]):
        if word not in LIST_REQUESTS and morphology.info(word).lemma != NAME_NOUN:
            continue
        for j in range(i + 1, min(len(found), i + 1 + LIST_SPAN)):
            start = _past_articles_and_delegates(found, j)
            group = _group_at(ctx, found, start, whole_phrase=False)
            if group and any(_may_be_plural(w) for w in found[j : start + len(group)]):
                return replace(analysis, kinds=analysis.kinds | {"names"})
    return analysis


def _may_be_plural(word: str) -> bool:
    """A Russian word that may be plural, or an English one ending in "s" ("NGOs", "bodies")."""
    if word.isascii():
        return word.endswith("s")
    return shared_morphology().may_be_plural(word)


# «Президент Әкімшілігінің өкілі кім болды?»: the Kazakh noun of a delegate (by its stem, typed with
# Kazakh letters or without; not «өкілеттік», a power) and «кім» (who) asking of it (delegate_who)
KAZAKH_DELEGATE_STEMS = ("өкіл", "окил")
KAZAKH_POWER_STEMS = ("өкілет", "окилет")
KAZAKH_WHO = frozenset({"кім", "кімдер", "ким", "кимдер"})


def delegate_who(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Президент Әкімшілігінің өкілі кім болды?», «Парламенттің өкілдері кімдер?»: who a group's
    delegate was, with the group the documents name only as a whole in the genitive before
    «өкілі», asks its members by name (kind `names`), as «кто был представителем АП» does: the
    text says delegates of the group took part, never who they were."""
    found = analysis.words
    if KAZAKH_WHO.isdisjoint(found):
        return analysis
    for i, word in enumerate(found[1:], start=1):
        if not word.startswith(KAZAKH_DELEGATE_STEMS) or word.startswith(KAZAKH_POWER_STEMS):
            continue
        near = found[max(0, i - WHICH_SPAN - 1) : i + WHICH_SPAN + 2]
        if KAZAKH_WHO.isdisjoint(near):
            continue
        if any(ctx.names_group(" ".join(found[i - k : i])) for k in range(1, min(i, WHICH_SPAN) + 1)):
            return replace(analysis, kinds=analysis.kinds | {"names"})
    return analysis


def which_of_members(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Депутаты какой палаты присутствовали?», «прокуроры какого региона выступили?»: a «какой»
    right after a group the documents name only as a whole asks which part of it its members came
    from (kind `names`), a detail the documents lack as they lack the members' names; not a body
    asked of («эксперты каких организаций»: the text names the bodies) nor a framing noun
    («депутаты какой роли…»), nor one whose words a frame reports («По словам Асылова, какой
    статус…»: the question asks what follows)."""
    found = analysis.words
    morphology = shared_morphology()
    for i, word in enumerate(found[1:-1], start=1):
        if morphology.info(word).lemma != MEMBERS_WHICH or not ctx.names_group(found[i - 1]):
            continue
        if tuple(found[max(0, i - 3) : i - 1]) in REPORTING_FRAMES:  # «По словам Асылова, какие цели…»
            continue
        asked = found[i + 1]
        if _frame_noun(ctx, asked) or ctx.analyzer.analyse(asked).values & ctx.bodies:
            continue
        return replace(analysis, kinds=analysis.kinds | {"names"})
    return analysis


# the most words of a curated phrase naming a group («Уполномоченного по правам человека»)
GROUP_PHRASE_SPAN = 4


def _group_at(
    ctx: ReaderContext, found: tuple[str, ...], start: int, *, whole_phrase: bool
) -> tuple[str, ...]:
    """The words from `start` naming a group the documents name as a whole, or none: its first
    WHICH_SPAN words, or, `whole_phrase`, a longer curated phrase opening there («кто представлял
    Уполномоченного по правам человека»: after «кто» a body, its name four words long; after «какие»
    a long phrase is as often a kind asked of, «какие структуры гражданского общества»)."""
    group = found[start : start + WHICH_SPAN]
    if ctx.names_group(" ".join(group)):
        return group
    if not whole_phrase:
        return ()
    longer = found[start : start + GROUP_PHRASE_SPAN]
    terms = ctx.analyzer.analyse(" ".join(longer)).terms
    if len(longer) > len(group) and terms and " " in terms[0].value and ctx.names_group(" ".join(longer)):
        return longer
    return ()


def _past_articles_and_delegates(found: tuple[str, ...], start: int) -> int:
    """Where the group asked of begins: past an English article ("who represented the Presidential
    Administration") and a word for its delegates («кто из представителей АП выступал»: its
    delegates are its members) with an English "of the" after it ("which members of the Presidential
    Administration"), while a word follows them."""
    start = _past_articles(found, start)
    if start + 1 < len(found) and shared_morphology().info(found[start]).lemma in DELEGATES:
        start += 1
        if start + 1 < len(found) and found[start] == ENGLISH_OF:
            start = _past_articles(found, start + 1)
    return start


def _past_articles(found: tuple[str, ...], start: int) -> int:
    """Past the English articles at `start`, while a word follows them."""
    while start + 1 < len(found) and found[start] in ENGLISH_ARTICLES:
        start += 1
    return start


def _frame_noun(ctx: ReaderContext, word: str) -> bool:
    """A noun that frames a question, no content word («роль», «образ», «момент»: stopwords):
    after «какой» it is what the asking word asks of, not a group named after it."""
    return shared_morphology().info(word).pos == "NOUN" and not ctx.analyzer.is_content_word(word)


def _who_first(found: tuple[str, ...]) -> tuple[str, ...]:
    """«от АП кто то был», «из парламента кто был?»: a group fronted with «от» / «из» before the
    «кто» that asks of it reads as «кто от АП был»; spoken Russian fronts what it asks about.
    Only a question opening with the preposition, its «кто» within WHICH_SPAN words after it."""
    if not found or found[0] not in FROM_WORDS:
        return found
    for i in range(2, min(len(found), WHICH_SPAN + 2)):
        if found[i] in WHO_WORDS:
            return (found[i], *found[:i], *found[i + 1 :])
    return found


def which_bodies(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Кто именно сидел за столом — из каких ведомств и организаций?»: «кто именно» beside
    «каких ведомств / организаций» asks which bodies took part, which the text tells, not the
    people's names (kind `names` dropped); «какие именно организации» asks the same bodies, each
    by its name the text gives (kind `items` dropped)."""
    if not {"names", "items"} & analysis.kinds:
        return analysis
    found = analysis.words
    for i in _which_words_at(found):
        # one word more: a body named in two words after «именно» («какие именно государственные органы»)
        named = ctx.analyzer.analyse(" ".join(found[i + 1 : i + 2 + WHICH_SPAN])).values
        if named & ctx.bodies:
            return replace(analysis, kinds=analysis.kinds - {"names", "items"})
    return analysis


# «Назовите имя главы государства», «назови его полное имя»: the verb of naming, and the nouns of a
# name after it (by lemma), within NAME_SPAN words (a pronoun or «полное» between)
NAME_REQUESTS = frozenset({"назовите", "назови"})
NAME_NOUNS = frozenset({"имя", "фамилия"})
NAME_SPAN = 3
# «Назовите этого человека полностью»: naming a person in full asks the full name
IN_FULL = "полностью"
CALLING_VERB = "звать"
PERSON_WORDS = frozenset({"человек", "его", "её", "ее", "him", "her"})


def name_requested(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Назовите полное имя главы государства»: «назовите» before a name asks that person's name
    (kind `names`), not the items of a list (kind `items` dropped), which «назовите направления»
    asks; an entry naming the person answers it, as «Как зовут главу государства?». So does
    «назовите» a person «полностью» («Назовите этого человека полностью»: the full name; the
    adverb is the name's fullness, no detail asked)."""
    found = analysis.words
    morphology = shared_morphology()
    if verb := _called_in_full(found):
        # «Как полностью зовут Президента?»: «как зовут» asking the full name
        kept = replace(analysis, kinds=analysis.kinds | {"names"})
        return less_words(ctx, kept, (IN_FULL, verb))
    if "items" in analysis.kinds and _person_named_in_full(found):
        kept = replace(analysis, kinds=(analysis.kinds - {"items"}) | {"names"})
        return less_words(ctx, kept, (IN_FULL,))
    if "items" in analysis.kinds and _one_thing_named(ctx, found):
        return replace(analysis, kinds=analysis.kinds - {"items"})
    if not {"names", "items"} <= analysis.kinds:
        return analysis
    for i, word in enumerate(found):
        if word in NAME_REQUESTS and any(
            morphology.info(w).lemma in NAME_NOUNS for w in found[i + 1 : i + 1 + NAME_SPAN]
        ):
            return replace(analysis, kinds=analysis.kinds - {"items"})
    return analysis


def _one_thing_named(ctx: ReaderContext, found: tuple[str, ...]) -> bool:
    """«Назовите дату проведения круглого стола», «Назовите главную цель реформы»: «назовите» before
    a noun with no plural reading (past its adjectives) asks that one thing told, as «Какая дата…?» does,
    not the items of a list («Назовите направления», «Назовите общественные организации»: kind
    `items` kept, «организации» may be plural), and
    no other word asks for items («назовите конкретную меру»)."""
    morphology = shared_morphology()
    for i, word in enumerate(found[:-1]):
        if word not in NAME_REQUESTS:
            continue
        after = list(itertools.dropwhile(lambda w: morphology.info(w).pos == "ADJF", found[i + 1 :]))
        if not after or morphology.info(after[0]).pos != "NOUN" or morphology.may_be_plural(after[0]):
            return False
        rest = " ".join(w for w in found if w not in NAME_REQUESTS)
        return "items" not in ctx.analyzer.analyse(rest).kinds
    return False


def _called_in_full(found: tuple[str, ...]) -> str | None:
    """«Как полностью зовут Президента?», «как его полностью звать»: «как», then «полностью» and a
    form of «звать» side by side (in either order, a pronoun between «как» and them): the verb, else
    None."""
    morphology = shared_morphology()
    for i, word in enumerate(found):
        if word != IN_FULL or "как" not in found[max(0, i - NAME_SPAN) : i + 1]:
            continue
        for verb in found[i - 1 : i] + found[i + 1 : i + 2]:
            if morphology.info(verb).lemma == CALLING_VERB:
                return verb
    return None


def _person_named_in_full(found: tuple[str, ...]) -> bool:
    """«назовите (этого) человека полностью», «назови его полностью»: the verb of naming, a person
    or a pronoun for one, and «полностью», within NAME_SPAN words after the verb."""
    morphology = shared_morphology()
    for i, word in enumerate(found):
        after = found[i + 1 : i + 1 + NAME_SPAN]
        if word in NAME_REQUESTS and IN_FULL in after:
            return any(w in PERSON_WORDS or morphology.info(w).lemma in PERSON_WORDS for w in after)
    return False


def _only_there(ctx: ReaderContext, analysis: Analysis, group: tuple[str, ...], *, at_event: bool) -> bool:
    """Nothing is said of the group but that someone from it was there (a past «быть») or took
    part («кто из АП участвовал»: the documents' word for being there; of one body, not of people
    or several bodies, «кто из депутатов участвовал», whom the text does not name one by one; no
    verb of speaking or representing),
    and no word asks for names («кто именно»). Other people or bodies the
    documents name may be asked after it («кто от парламента был и от омбудсмена»: whether someone
    from each was there), and, `at_event` (someone from a body: «от», not one of its members,
    «из»), the event they were at («на кс был кто от парламента»: the round table is where, not
    what is asked of them; «кто из депутатов был на круглом столе» asks which, as «кто из АП
    присутствовал на круглом столе» does; but «был кто из АП на круглом столе», the verb first, asks
    whether anyone from it was there)."""
    taking_part = {t.value for t in analysis.terms} & ctx.there
    one_body = _one_body(next((w for w in group if w != ENGLISH_THE), ""))
    if not one_body:
        taking_part = set()  # «кто из депутатов участвовал», "who from the NGOs attended": which ones
    # («был кто из АП на круглом столе»: «был» before «кто», whether anyone from one body was at the
    # event, as «от» it; not «кто из АП присутствовал на круглом столе»: which of its people)
    at_event = at_event or (one_body and _been_before_who(analysis.words))
    if analysis.kinds & {"names", "items"} or not (BE_PAST & set(analysis.words) or taking_part):
        return False
    where = ctx.event if at_event else frozenset()
    named = ctx.analyzer.analyse(" ".join(group)).values | ctx.subjects | where | taking_part
    return all(t.value in named or t.pos == "ADVB" for t in analysis.terms)


def _been_before_who(found: Sequence[str]) -> bool:
    """A past «быть» before the first «кто» («был кто из АП…», «были ли кто из…»): «кто» is anyone,
    the question asks whether someone was there, not who."""
    at = next((i for i, w in enumerate(found) if w in WHO_WORDS), None)
    return at is not None and not BE_PAST.isdisjoint(found[:at])


def _one_body(word: str) -> bool:
    """The word opening a group names one body («АП», «парламента», «научного сообщества»), not
    people («депутатов», «омбудсмена») nor several bodies («общественных организаций», "NGOs"), of
    which who took part asks which ones."""
    morphology = shared_morphology()
    found = morphology.case_of(word) if word else None
    if found is None:
        return bool(word) and not (word.isascii() and word.endswith(ENGLISH_PLURAL_END))  # «АП», "parliament"
    return not found[1] and not morphology.animate_noun(word)


def other_holder(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Кто был генеральным прокурором до Асылова?», "Who was Prosecutor General before
    Asylov?": who, before or after a person the documents name, asks for someone else (his
    predecessor, his successor), whom they never name: an unknown subject, so that the entry
    about the one named does not answer. So does who was beside one («Кто сидел за столом рядом
    с генпрокурором?», "Who sat next to Asylov?")."""
    found = analysis.words
    if WHO_WORDS.isdisjoint(found):
        return _kazakh_other_holder(ctx, analysis)
    for i, word in enumerate(found[:-1]):
        start = i + 1
        if word in BESIDE:
            while start < len(found) and found[start] in BESIDE_LINKS:
                start += 1
        elif word not in BEFORE_AFTER:
            continue
        if ctx.analyzer.analyse(" ".join(found[start : start + 2])).values & ctx.subjects:
            return _with_other_holder(analysis)
    return analysis


def _kazakh_other_holder(ctx: ReaderContext, analysis: Analysis) -> Analysis:
    """«Берик Асыловтан кейін кім сөз сөйледі?»: the Kazakh postposition of time follows the
    person it is of, so who before or after him is read from the words before it."""
    found = analysis.words
    if WHO_KK.isdisjoint(found):
        return analysis
    for i, word in enumerate(found):
        before = " ".join(found[max(0, i - 2) : i])
        if word in KAZAKH_BEFORE_AFTER and before and ctx.analyzer.analyse(before).values & ctx.subjects:
            return _with_other_holder(analysis)
    return analysis


def _with_other_holder(analysis: Analysis) -> Analysis:
    """The analysis with the someone else it asks for: an unknown subject (other_holder)."""
    other = Term(OTHER_HOLDER, known=False, real_word=True, pos="NOUN")
    return replace(analysis, terms=(*analysis.terms, other))


# «Кто первым предложил…?», «Кто впервые заговорил…?», "Who first proposed…?", «Алғаш кім
# ұсынды?»: who was the first (or where, when it first happened) asks priority in time, which the
# documents never tell: they report who spoke of a thing, not who came before whom (first_to_act).
# The adverbs of priority as typed (Kazakh by stem), the ordinal's predicative forms (instrumental
# always, nominative unless a noun or adjective follows: «первый заместитель» is a post), and the
# Kazakh ordinal before «болып», «рет»
FIRST_ADVERBS = frozenset(
    {"впервые", "изначально", "первоначально", "first", "firstly", "originally", "initially"}
)
FIRST_STEMS = ("алғаш", "алгаш")
FIRST_PREDICATIVE = frozenset({"первым", "первой", "первыми"})
FIRST_NOMINATIVE = frozenset({"первый", "первая", "первое", "первые"})
FIRST_ORDINALS_KK = frozenset({"бірінші", "биринши"})
FIRST_KK_AFTER = frozenset({"болып", "рет"})
FIRST_ASKING_KINDS = frozenset({"who", "who_is", "where", "when"})
# a place in a list is no priority in time («Кто назван первым?», "Who is listed first?"): words of
# listing (as typed) and the passive participles of naming, by lemma
LISTING_WORDS = frozenset(
    {"стоит", "стоят", "стоял", "стояли", "идет", "идут", "список", "списке", "перечне", "перечень"}
    | {"listed", "named", "mentioned", "list"}
)
NAMING_LEMMAS = frozenset({"назвать", "перечислить", "указать", "упомянуть", "записать", "называть"})
PRIORITY = "первенство"


def first_to_act(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Кто первым предложил закрепить принцип «Закон и порядок»?», «Где впервые прозвучал…?»,
    "Who originally suggested…?": who (or where, when) first did a thing is not who did it: the
    documents say who spoke of the principle, not that he was the first, nor who originated it. An
    unknown subject, so that the entry reporting the speaker does not answer; «Кто предложил
    закрепить…?» stays answered by it. Not a place in a list («Кто назван первым?»)."""
    if FIRST_ASKING_KINDS.isdisjoint(analysis.kinds):
        return analysis
    found = analysis.words
    if not any(_first_at(found, i) for i in range(len(found))) or _listing(found):
        return analysis
    priority = Term(PRIORITY, known=False, real_word=True, pos="NOUN")
    return replace(analysis, terms=(*analysis.terms, priority))


def _first_at(found: tuple[str, ...], i: int) -> bool:
    """The word at `i` says first in time: an adverb of priority, the ordinal as a predicate."""
    word, after = found[i], found[i + 1] if i + 1 < len(found) else ""
    if word in FIRST_ADVERBS or word in FIRST_PREDICATIVE or word.startswith(FIRST_STEMS):
        return True
    if word in FIRST_ORDINALS_KK:
        return after in FIRST_KK_AFTER
    if word in FIRST_NOMINATIVE:
        return not after or shared_morphology().info(after).pos not in {"NOUN", "ADJF"}
    return False


def _listing(found: tuple[str, ...]) -> bool:
    """A word of a list or of being named in one: the first asked is a place in it."""
    morphology = shared_morphology()
    return any(
        word in LISTING_WORDS
        or (morphology.info(word).pos in {"PRTS", "PRTF"} and morphology.info(word).lemma in NAMING_LEMMAS)
        for word in found
    )


# «Кто предложил закрепить…?», "Who proposed…?", «Кім ұсынды?»: who proposed a thing asks its
# author, whom the documents never name: they say who spoke of a proposal (Asylov «отметил»), not
# whose it was (proposer). The verbs of proposing by lemma (Russian), as typed (English), by stem
# (Kazakh), and the Kazakh who
PROPOSING_LEMMAS = frozenset({"предложить", "предлагать", "выдвинуть", "выдвигать", "инициировать"})
PROPOSING_WORDS = frozenset(
    {"propose", "proposed", "proposes", "suggest", "suggested", "suggests", "initiated", "initiate"}
)
PROPOSING_STEMS = ("ұсын", "усын")
WHO_KK = frozenset({"кім", "ким"})
PROPOSER = "автор предложения"
# how far after who its verb may stand («кто именно предложил», "who first suggested"): a verb further
# on belongs to another clause («Кто выступал и что он предложил?» asks what was proposed)
PROPOSER_SPAN = 2


def _proposing(word: str) -> bool:
    """A verb of proposing: by lemma, as typed, by Kazakh stem."""
    if word in PROPOSING_WORDS or word.startswith(PROPOSING_STEMS):
        return True
    return shared_morphology().info(word).lemma in PROPOSING_LEMMAS


def proposer(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Кто предложил закрепить принцип «Закон и порядок» в Преамбуле?», "Who proposed enshrining
    it?": the documents report what the Prosecutor General noted of the principle, not that the
    proposal was his nor whose it was: an unknown subject, so that the entry reporting his words
    does not answer. «Что предложил…?» (what) asks the proposal, and stays, as does «Кто выступал и
    что он предложил?», whose verb of proposing is another clause's."""
    found = analysis.words
    if not any(
        word in WHO_WORDS | WHO_KK
        and any(_proposing(after) for after in found[i + 1 : i + 1 + PROPOSER_SPAN])
        for i, word in enumerate(found)
    ):
        return analysis
    author = Term(PROPOSER, known=False, real_word=True, pos="NOUN")
    return replace(analysis, terms=(*analysis.terms, author))


# "the official title", "its official name": "official" after a determiner and before a noun is the
# adjective (formal, of record), not an official person (synonyms.yaml's «должностное лицо»): what is
# official of a thing, a name or status the documents never give. The determiners, and the words that
# make it a person again ("the official who addressed…")
OFFICIAL = "official"
OFFICIAL_DETERMINERS = frozenset({"the", "an", "its", "their", "his", "her", "this", "that"})
RELATIVE_WORDS = frozenset({"who", "whom", "whose", "that", "which"})
OFFICIAL_QUALITY = "официальный"


def official_of_a_thing(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """ "What was the official title of the round table?": an official name or status is none the
    documents give; the person term leaves and an unknown qualifier comes, so that the entry on the
    speaker does not answer. "Which official addressed the participants?" stays a person."""
    found = analysis.words
    if not any(
        found[i] == OFFICIAL
        and found[i - 1] in OFFICIAL_DETERMINERS
        and found[i + 1] not in RELATIVE_WORDS
        and "NOUN" in english_parts(found[i + 1])
        for i in range(1, len(found) - 1)
    ):
        return analysis
    quality = Term(OFFICIAL_QUALITY, known=False, real_word=True, pos="ADJF")
    read = less_words(ctx, analysis, [OFFICIAL])
    return replace(read, terms=(*read.terms, quality))


# «Парламенттен кімдер қатысты?»: the Kazakh ablative (from) of a group the documents name, with who,
# is «кто от Парламента участвовал?»: its people by name, not who took part at all; the endings
KAZAKH_ABLATIVE = ("нан", "нен", "дан", "ден", "тан", "тен")


def kazakh_who_from(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Парламенттен дөңгелек үстелге нақты кімдер қатысты?», «Ғылыми қоғамдастықтан кім
    қатысты?»: who from a group asks its members by name (kind `names`), as which_of_named reads
    «кто от Парламента»: the entry on that group says whether the text names them; not the entry
    listing every group that took part."""
    found = analysis.words
    if WHO_KK.isdisjoint(found) and not {"кімдер", "кимдер"} & set(found):
        return analysis
    group = next(
        (
            " ".join(found[max(i - 1, 0) : i + 1])
            for i, w in enumerate(found)
            if w.endswith(KAZAKH_ABLATIVE) and ctx.names_group(" ".join(found[max(i - 1, 0) : i + 1]))
        ),
        None,
    )
    if group is None:
        return analysis
    if _kazakh_been_from(ctx, analysis, group):
        # «Қоғамдық ұйымдардан кім болды?»: whether someone from it was there, as which_of_named
        # reads «кто был из общественных организаций» (taking part, the documents' word for it)
        terms = (*analysis.terms, *ctx.presence)
        return replace(
            analysis, terms=terms, values=frozenset(t.value for t in terms), kinds=analysis.kinds - {"who"}
        )
    return replace(analysis, kinds=analysis.kinds | {"names"})


def _kazakh_been_from(ctx: ReaderContext, analysis: Analysis, group: str) -> bool:
    """«X-тан кім болды?» with a past «болу» (was) and nothing else asked of the group but that:
    no word asking for names, no verb of its own (taking part, «қатысты», asks who by name)."""
    if analysis.kinds & {"names", "items"} or BE_PAST.isdisjoint(analysis.words):
        return False
    named = ctx.analyzer.analyse(group).values
    return bool(named) and all(t.value in named for t in analysis.terms)


# «Кто давал слово выступающим?», «кто предоставил слово», "who gave the floor": the one who gives the
# floor chairs the meeting (or, «дать слово», promises), which is not speaking; the verbs by lemma
# (Russian) or as typed (English), the noun, and how many words may stand between them
GIVING_LEMMAS = frozenset({"дать", "давать", "предоставить", "предоставлять"})
GIVING_WORDS = frozenset({"give", "gave", "given", "gives", "giving"})
FLOOR_WORDS = frozenset({"слово", "слова", "floor"})
FLOOR_SPAN = 3
FLOOR_GIVER = "ведущий председатель"


def floor_giver(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Кто вёл круглый стол и давал слово выступающим?», "Who gave the floor to the speakers?":
    who gives the floor is the chair, whom the documents never name, not the one who took it (the
    speaker entry's «кто взял слово»): an unknown subject. «Кому дали слово?» (whom) asks for the
    speaker, and stays."""
    found = analysis.words
    if WHO_WORDS.isdisjoint(found) or not WHOM_WORDS.isdisjoint(found):
        return analysis
    morphology = shared_morphology()
    for i, word in enumerate(found):
        giving = word in GIVING_WORDS or morphology.info(word).lemma in GIVING_LEMMAS
        if giving and not FLOOR_WORDS.isdisjoint(found[i + 1 : i + 1 + FLOOR_SPAN]):
            giver = Term(FLOOR_GIVER, known=False, real_word=True, pos="NOUN")
            return replace(analysis, terms=(*analysis.terms, giver))
    return analysis


# «Кто руководил круглым столом?», "Who headed the round table?", "Who was the head of the
# discussion?": the word of leading (read as the curated «руководитель», a head of anything) right
# before the documents' event, past English articles and "of", asks who chaired it (event_head)
EVENT_LINKS = frozenset({"the", "this", "that", "of"})


def event_head(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Кто руководил круглым столом?», "Who headed the round table?": the head of the event is its
    chair, whom the documents never name (as the one who gave the floor, floor_giver), not the head
    of an office who spoke there; the leading word is read as the curated head of a body, so the
    speaker entry answered. Only with the event right after the word of leading: «Кто из руководства
    выступил на круглом столе?» asks which head spoke, and stays."""
    found = analysis.words
    if WHO_WORDS.isdisjoint(found) or not WHOM_WORDS.isdisjoint(found):
        return analysis
    for i, word in enumerate(found):
        if not ctx.leading & ctx.analyzer.analyse(word).values:
            continue
        after = list(itertools.dropwhile(lambda w: w in EVENT_LINKS, found[i + 1 :]))[:EVENT_SPAN]
        named = (ctx.analyzer.analyse(" ".join(after[:n])).values for n in range(1, len(after) + 1))
        if any(ctx.event & values for values in named):
            chair = Term(FLOOR_GIVER, known=False, real_word=True, pos="NOUN")
            return replace(analysis, terms=(*analysis.terms, chair))
    return analysis


# «Кто провёл круглый стол?», «Какая организация провела круглый стол?», «Кем был проведён…»,
# "Who held the round table?", "Which organisation hosted it?": a verb of holding an event (Russian by
# lemma, English as typed), finite or short, within so many words after the one asked (a who-word or
# an agent's noun after an asking word), asks who organised it (event_holder)
HOLDING_LEMMAS = frozenset(
    {"провести", "проводить", "организовать", "организовывать", "устроить", "устраивать"}
)
HOLDING_WORDS = frozenset(
    {"held", "hosted", "organised", "organized", "convened", "hold", "host", "organise", "organize"}
)
HOLDING_POS = frozenset({"VERB", "PRTS"})
# «Кто приглашал экспертов?», "Who invited the experts?": the one inviting is the organiser too
HOST_INVITING_LEMMAS = frozenset({"пригласить", "приглашать", "позвать"})
INVITING_WORDS = frozenset({"invited", "invite", "invites"})
# "Who was invited?", "Who were invited?": a passive, asking the invited
ENGLISH_PASSIVE = frozenset({"was", "were", "been", "be", "is", "are"})
ORGANISER = "организатор"
HOLDING_SPAN = 2
ASKED_AGENTS = frozenset({"кто", "кем", "who", "кім", "ким"})
# the Kazakh verbs of organising and holding by their stems, typed with or without Kazakh letters
# («ұйымдастырды», «өткізді», «уйымдастырды»); not their passive («өткізілді»: was held)
KAZAKH_HOLDING_STEMS = ("ұйымдастыр", "уйымдастыр", "өткіз", "откиз", "өткиз", "откіз")
KAZAKH_PASSIVE = ("іл", "ил", "ыл")


def event_holder(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Кто провёл круглый стол?», «Какая организация провела круглый стол?», "Who hosted the round
    table?": who held the event is its organiser, whom the documents never name (they say it was
    held, «Проведённый круглый стол стал площадкой…», not by whom), so the outcome or the
    participants do not answer: an unknown subject (in Kazakh too: «Дөңгелек үстелді кім
    ұйымдастырды?», «…қай ұйым өткізді?»). So is who invited people there («Кто приглашал
    экспертов?», "Who invited the experts?"; the one event they tell of need not be named). The
    verb must follow the one asked closely, be no participle and not passive: «Кто выступил на
    проведённом круглом столе?» asks the speaker, "Who was invited?" those who took part."""
    named = bool(ctx.event & analysis.values)
    found = analysis.words
    morphology = shared_morphology()
    for i, word in enumerate(found):
        asked = word in ASKED_AGENTS or (
            any(
                earlier in ASKING_WHICH or morphology.info(earlier).lemma in WHICH_WORDS
                # within WHICH_SPAN, past the agent noun's adjective («какой государственный
                # орган провёл», «қай мемлекеттік орган ұйымдастырды», "which state body organized")
                for earlier in found[max(0, i - WHICH_SPAN) : i]
            )
            and bool(ctx.analyzer.analyse(word).values & ctx.agents)
        )
        if not asked:
            continue
        for at in range(i + 1, min(i + 1 + HOLDING_SPAN, len(found))):
            later, info = found[at], morphology.info(found[at])
            if found[at - 1] in ENGLISH_PASSIVE:
                continue  # "Who was invited?": the invited, not the one inviting
            holding = (
                later in HOLDING_WORDS
                or (info.lemma in HOLDING_LEMMAS and info.pos in HOLDING_POS)
                or _kazakh_holding(later)
            )
            inviting = later in INVITING_WORDS or (info.lemma in HOST_INVITING_LEMMAS and info.pos == "VERB")
            if (holding and named) or inviting:
                organiser = Term(ORGANISER, known=False, real_word=True, pos="NOUN")
                return replace(analysis, terms=(*analysis.terms, organiser))
    return analysis


def _kazakh_holding(word: str) -> bool:
    """A Kazakh verb of organising or holding in the active («ұйымдастырды», «өткізді»)."""
    return any(
        word.startswith(stem) and not word[len(stem) :].startswith(KAZAKH_PASSIVE)
        for stem in KAZAKH_HOLDING_STEMS
    )


def people_of_a_body(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """ "Did officials from the Presidential Administration attend?", «Были ли чиновники из
    Администрации Президента?»: a word for people (officials, staff, representatives) before
    «из», «от», "from", "of" and a body the documents name says who of that body: the body is
    the subject, the people are its own («представители Администрации», as the text says), not
    another subject («чиновник» is also the curated word for the Prosecutor General)."""
    found = analysis.words
    dropped: list[str] = []
    for i, word in enumerate(found[:-2]):
        if found[i + 1] not in BODY_LINKS or not ctx.analyzer.analyse(word).values & _people(ctx):
            continue
        body = ctx.analyzer.analyse(" ".join(found[i + 2 : i + 2 + BODY_SPAN])).values
        if body & ctx.subjects:
            dropped.append(word)
    return less_words(ctx, analysis, dropped) if dropped else analysis


def _people(ctx: ReaderContext) -> frozenset[str]:
    """The words for people of a body, as the analyzer reads them: the generic agents and the
    curated officials and staff."""
    return ctx.agents | ctx.analyzer.analyse(PEOPLE_OF_BODY).values


def post_to_come(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """ "What post will Asylov hold after the reform?", «Какую должность займёт Асылов?», "What
    office will the new Ombudsman hold?": the post someone will hold is one yet to come (kind
    `future`, which no entry lists); the documents tell the post held when they were written.
    A post is asked by a who-is question («кем работает», "what post"), by naming one, by «кем»
    before a verb of working, or by who will be a person or body named; the future by English
    "will", "shall", "going", a Russian verb in the future tense, or «будет»."""
    if "future" in analysis.kinds or not _in_future(analysis.words):
        return analysis
    if "who_is" in analysis.kinds or _names_post(analysis.words) or _holder_to_come(ctx, analysis):
        return replace(analysis, kinds=analysis.kinds | {"future"})
    return analysis


# «Кто сейчас генпрокурор?», "Who is the Prosecutor General now?": the present, as typed (a colloquial
# «щас» is read as «сейчас» before this pass sees its terms)
NOW_WORDS = frozenset({"сейчас", "щас", "теперь", "now", "currently"})
# the kinds asking who a person is or what he is called
HOLDER_KINDS = frozenset({"who", "who_is"})


def holder_now(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«А генпрокурор у нас сейчас кто?», «генпракурор кто щас»: who holds a post the documents
    name «now» asks who holds it, which they name (as of their date); the adverb is no detail of
    what is asked. Only when nothing but such posts and people is named: «Кто сейчас обсуждает
    проект?» asks about the draft's present stage, and keeps its adverb."""
    found = analysis.words
    if HOLDER_KINDS.isdisjoint(analysis.kinds) or NOW_WORDS.isdisjoint(found):
        return analysis
    now = ctx.analyzer.analyse(" ".join(w for w in found if w in NOW_WORDS)).values
    kept = tuple(t for t in analysis.terms if t.value not in now)
    named = [t for t in kept if t.known and t.pos in {"NOUN", None}]
    if not named or not all(t.value in ctx.subjects for t in named):
        return analysis
    return replace(analysis, terms=kept, values=frozenset(t.value for t in kept))


def post_taken(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Почему Асылов стал Генеральным прокурором?», «Как Асылов стал генпрокурором?», «Кем стал
    Асылов?», "Why did Tokayev become President?": someone becoming a post the documents name (the
    first thing named after the verb, or one asked by «кем») asks how the post was taken, which
    they never tell: they name the post held when written (kind `post_taken`, which no entry
    lists). A thing becoming something is no post («Чем стал круглый стол?», «Чем стало
    выступление генпрокурора?», «Чем он стал для учёных?»), and a post yet to come is post_to_come's."""
    if "future" in analysis.kinds or _in_future(analysis.words):
        return analysis
    morphology = shared_morphology()
    found = analysis.words
    for i, word in enumerate(found):
        if morphology.info(word).lemma not in BECOMING and word not in BECOMING:
            continue
        if found[i + 1 : i + 2] and found[i + 1] in BECOMING_FOR:
            continue  # «стал для учёных»: whom the thing became something for, no post
        # (the first thing after it: «стало выступление генпрокурора» is the speech becoming something)
        after = ctx.analyzer.analyse(" ".join(found[i + 1 : i + 1 + BECOMING_SPAN])).terms
        if (i and found[i - 1] == AS_WHOM) or (after and after[0].value in ctx.subjects):
            return replace(analysis, kinds=analysis.kinds | {POST_TAKEN_KIND})
        if after and _how_to_become(ctx, found[max(0, i - BECOMING_SPAN) : i], found[i + 1], after[0]):
            return replace(analysis, kinds=analysis.kinds | {POST_TAKEN_KIND})
    return analysis


def _how_to_become(ctx: ReaderContext, before: tuple[str, ...], word: str, first: Term) -> bool:
    """«Как стать участником круглого стола?», "How can I become a member of the expert
    community?": how (a few words before the verb of becoming) one becomes a person of some role
    (a Russian animate noun, a generic word for people) asks the way to that role, which the
    documents never tell: they name who took part."""
    if MANNER_OPENERS.isdisjoint(before):
        return False
    return first.value in ctx.agents or shared_morphology().animate_noun(word)


def _holder_to_come(ctx: ReaderContext, analysis: Analysis) -> bool:
    """ "Who will be the next Prosecutor General?", «Кто будет генпрокурором?»: who, with «быть» /
    "be" in the future, and nothing but people and bodies the documents name: who will hold that
    post («Кто будет вовлечён…?» names none and asks whom, which an entry may tell). The
    documents' whole may say when («Кто будет президентом после реформы?», «…по новой
    Конституции?»): it is no holder."""
    if "who" not in analysis.kinds or BE_TO_COME.isdisjoint(analysis.words):
        return False
    # (an adjective says which holder: "the next", «следующим»)
    terms = [t for t in analysis.terms if t.pos not in PREDICATE_POS and t.pos != "ADJF"]
    holders = [t for t in terms if t.value in ctx.subjects]
    return bool(holders) and all(t in holders or t.value in ctx.whole for t in terms)


def _names_post(found: tuple[str, ...]) -> bool:
    """The question names a post by its word («должность», "office"), or asks one by «кем» before a
    verb of working or becoming, a word may stand between («кем будет работать»)."""
    morphology = shared_morphology()
    lemmas = [morphology.info(word).lemma for word in found]
    if not POST_WORDS.isdisjoint(lemmas):
        return True
    return any(
        word == AS_WHOM
        and (not WORKING_AS.isdisjoint(lemmas[i + 1 : i + 3]) or _as_whom_be(found, lemmas, i))
        for i, word in enumerate(found)
    )


def _as_whom_be(found: tuple[str, ...], lemmas: list[str], at: int) -> bool:
    """«Кем будет Асылов после реформы?»: «кем» before «быть» with no verb after it asks what one
    will be (a post); «кем будет проводиться» asks by whom a thing is done."""
    if lemmas[at + 1 : at + 2] != [BE_LEMMA]:
        return False
    morphology = shared_morphology()
    return not any(morphology.info(w).pos in PREDICATE_POS for w in found[at + 2 :])


def _in_future(found: tuple[str, ...]) -> bool:
    """A word of the question puts it in the future: an English auxiliary of it, a Russian one
    («будет», «станет»), or a Russian verb in the future tense («займёт»)."""
    if not ENGLISH_FUTURE_WORDS.isdisjoint(found) or not FUTURE_AUXILIARIES.isdisjoint(found):
        return True
    morphology = shared_morphology()
    return any(not word.isascii() and morphology.info(word).future for word in found)


def for_whom(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Сервисная модель для кого работает?», "Who does the service model work for?": for whom a
    thing is done asks in whose interests it is, as «в чьих интересах» does (whose_the_text_says
    then reads it), not who did it."""
    if "who" not in analysis.kinds:
        return analysis
    found = analysis.words
    at = next((i for i, pair in enumerate(itertools.pairwise(found)) if pair in FOR_WHOM), None)
    if at is None:
        return analysis
    return ctx.analyzer.analyse(" ".join((*found[:at], *WHOSE_INTERESTS, *found[at + 2 :])))


def whose_the_text_says(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Чьи законные интересы защищают…?»: whose a thing is, where the text names the thing with
    its owner after it («защиту законных интересов населения»), is what the text says of the
    thing, not a question of who (kind `who` dropped). «Чьи интересы учтут в бюджете?» keeps
    its other words, which stay unknown; in English or Kazakh a word the documents never use
    keeps `who` ("Whose interests will the budget protect?")."""
    if "who" not in analysis.kinds:
        return analysis
    found = analysis.words
    morphology = shared_morphology()
    for i, word in enumerate(found):
        after = found[i + 1 : i + 1 + WHOSE_SPAN]
        if word in OTHER_WHOSE:
            # (their dictionaries may read an unknown noun as a verb: "will the budget protect")
            known = all(term.known for term in analysis.terms)
            owned = _owned_value(ctx, after) if known else None
        elif morphology.info(word).lemma == "чей":
            noun = next((w for w in after if morphology.info(w).pos == "NOUN"), None)
            owned = None if noun is None else morphology.info(noun).lemma
        else:
            continue
        if owned is not None and owned in ctx.owned_nouns():
            return replace(analysis, kinds=analysis.kinds - {"who"})
    return analysis


def _owned_value(ctx: ReaderContext, after: tuple[str, ...]) -> str | None:
    """The first term of the words after an English "whose" or a Kazakh «кімнің» («кімнің заңды
    мүдделерін»: the noun comes last in Kazakh, so the first term that is a noun the text names
    with its owner after it), as the analyzer reads it: their dictionaries give no noun's lemma."""
    values = [term.value for term in ctx.analyzer.analyse(" ".join(after)).terms]
    return next((value for value in values if value in ctx.owned_nouns()), None)


def whom(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Кого нужно вовлекать?», "whom", «кто должен быть вовлечён?», "who should be involved?": who
    is asked as the one acted on (kind `whom` beside `who`), which an entry naming whom (kind
    `whom`) answers, as one naming who does."""
    if "who" not in analysis.kinds:
        return analysis
    found = analysis.words
    morphology = shared_morphology()
    passive = any(morphology.info(word).pos == "PRTS" for word in found) or _english_passive(found)
    if passive or WHOM_WORDS & set(found) or _english_object_who(found):
        return replace(analysis, kinds=analysis.kinds | {"whom"})
    return analysis


def _english_object_who(found: tuple[str, ...]) -> bool:
    """ "Who did the Prosecutor General want to involve?": "who", an auxiliary, then the one who acts
    (ENGLISH_DOERS, or a noun: "Who will citizens trust?"), the word order of "whom"; not "Who did
    speak?", where the verb follows."""
    for i, word in enumerate(found[:-2]):
        if word == "who" and found[i + 1] in ENGLISH_AUXILIARIES:
            after = found[i + 2]
            return after in ENGLISH_DOERS or english_pos(after) == "NOUN"
    return False


def _english_passive(found: tuple[str, ...]) -> bool:
    """ "be involved", "be broadly involved": a form of "be", an adverb in "-ly" or none, then a
    participle."""
    for i, word in enumerate(found[:-1]):
        if word not in ENGLISH_BE:
            continue
        j = i + 2 if found[i + 1].endswith(ENGLISH_ADVERB_END) and i + 2 < len(found) else i + 1
        if found[j].endswith(ENGLISH_PARTICIPLE_ENDS):
            return True
    return False


# «обращался к собравшимся», «выступал перед присутствующими»: the gathered (a participle of gathering
# or being there, standing as a noun after a preposition) are the participants (the_gathered); lemmas
GATHERED_LEMMAS = frozenset({"собраться", "присутствовать"})
GATHERED_PREPOSITIONS = frozenset({"к", "перед", "среди", "для", "от", "с", "со", "между", "у"})
PARTICIPANTS_WORD = "участники"


def the_gathered(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Кто обращался к собравшимся?», «Кто выступал перед присутствующими?»: a participle of gathering
    after a preposition stands for those gathered, the text's «участники» («Обращаясь к
    участникам…»), not for the gathering asked of («Кто собрался за круглым столом?» keeps its verb)."""
    found = analysis.words
    morphology = shared_morphology()
    at = {
        i
        for i in range(1, len(found))
        if found[i - 1] in GATHERED_PREPOSITIONS
        and morphology.info(found[i]).pos == "PRTF"
        and morphology.info(found[i]).lemma in GATHERED_LEMMAS
    }
    if not at:
        return analysis
    return read_with(ctx, analysis, at, PARTICIPANTS_WORD)


# «Как государство собирается бороться с…?», «Будет ли государство использовать…?», «если власти начнут
# анализировать…»: the state or the authorities as the doer of a verb (state_as_doer), by lemma
STATE_DOERS = frozenset({"государство", "власть"})
# the term the state's curated short form reads as («гос», «гос-во»: the typed ending stays a word)
STATE_TERM = "государство"
# their forms' common beginnings and the short form's: the cheap test before the pass reads any word
STATE_STARTS = ("государств", "власт", "гос")
# words that may stand between the doer and its verb («государство уже начало», «государство не будет»)
DOER_GAP = frozenset({"уже", "не", "ещё", "еще", "тоже", "также", "действительно", "теперь", "вдруг"})
# verbs of being or becoming, a deed only as the auxiliary of an infinitive («будет использовать»):
# «Государство станет сильнее?» asks of the state itself
COPULAS = frozenset({"быть", "стать", "становиться", "являться", "оказаться"})
# the parts of speech of a word that governs a genitive after it or agrees with a noun after it
# («модели государства», «сфер государства», «государственной власти»): the noun is not the doer
GOVERNING_POS = frozenset({"NOUN", "ADJF", "ADJS", "PRTF", "NUMR"})


def state_as_doer(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Как государство собирается бороться с искажёнными трактовками?», «Будет ли государство
    использовать аналитику данных?»: the state or the authorities doing what the documents say is to
    be done are no subject of their own (the text names no doer of its proposals: it is the state's
    work); what is asked is the deed. Only as the subject of a verb, in the nominative with no noun
    or adjective before it that governs it or agrees with it: right before the verb («государство
    начнёт»), or after «ли» after it («будет ли государство»); «модель государства упоминают» (a
    genitive read as a plural subject), «органы государственной власти направили», «укрепить
    государство», «Какое государство…» (which one) keep the noun."""
    found = analysis.words
    if not any(word.startswith(STATE_STARTS) for word in found):
        return analysis
    typed = question.casefold()
    doers = [
        word
        for i, word in enumerate(found)
        if _state_subject(ctx, word)
        and not (i > 0 and _governs(found[i - 1]))
        and (
            _verb_after(found, i + 1 if _hyphen_ending(typed, found, i) else i)
            or (i > 1 and found[i - 1] == "ли" and _deed(found, i - 2))
        )
    ]
    return less_words(ctx, analysis, doers) if doers else analysis


def _state_subject(ctx: ReaderContext, word: str) -> bool:
    """The state or the authorities in the nominative, or the state's curated short form («гос»,
    whose hyphenated ending, «гос-во», the caller steps over), which has no case of its own."""
    info = shared_morphology().info(word)
    if info.lemma in STATE_DOERS:
        return _subject_case(word)
    # (a noun: not the adjective «государственный», read as the state too: «государственный язык»)
    return info.pos == "NOUN" and ctx.analyzer.analyse(word).values == {STATE_TERM}


def _hyphen_ending(typed: str, found: tuple[str, ...], i: int) -> bool:
    """The word after the i-th one is its ending, typed after a hyphen («гос-во»)."""
    return i + 1 < len(found) and f"{found[i]}-{found[i + 1]}" in typed


def _governs(before: str) -> bool:
    """A word before the noun that makes it no subject: a which-word («какое государство») or a noun
    or adjective governing or qualifying it («модели государства», «государственной власти»)."""
    info = shared_morphology().info(before)
    return info.lemma in ASKING_WHICH | WHICH_WORDS or info.pos in GOVERNING_POS


def _subject_case(word: str) -> bool:
    """A nominative reading, the likeliest («государство») or a plural one («власти»)."""
    morphology = shared_morphology()
    case = morphology.case_of(word)
    return (case is not None and case[0] == "nomn") or morphology.may_be_plural_subject(word)


def _verb_after(found: tuple[str, ...], i: int) -> bool:
    """A finite verb right after the word, past an adverb of DOER_GAP."""
    j = i + 1
    while j < len(found) and found[j] in DOER_GAP:
        j += 1
    return j < len(found) and _deed(found, j)


def _deed(found: tuple[str, ...], j: int) -> bool:
    """A finite verb of doing at j («собирается», «начнёт»), or one of being with an infinitive after
    it, past the state's name («будет ли государство использовать»)."""
    morphology = shared_morphology()
    info = morphology.info(found[j])
    if info.pos != "VERB":
        return False
    return info.lemma not in COPULAS or any(morphology.info(w).pos == "INFN" for w in found[j + 1 : j + 4])
