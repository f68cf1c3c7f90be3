"""Claims and judgements a question checks or frames: a claim the documents contradict («Правда
ли, что…»), whether a thing happened on a date, how a thing is named, described or judged, and the
hedges («по сути») around what is asked."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from bot.qa.analyzer import Analysis
from bot.qa.kazakh import YES_NO_PARTICLES
from bot.qa.morph import WordInfo, shared_morphology
from bot.qa.reading.context import ADJECTIVE_POS, SAID_KIND, ReaderContext
from bot.qa.reading.edits import less, less_words
from bot.qa.subject import ALTERNATIVE_WORDS, CHECKING_WORDS, YES_NO_TAILS, checked_that
from bot.qa.text import OBLIQUE_QUESTION_WORDS, QUESTION_OPENERS

# «по сути», «по существу», «в сущности», "in essence" (without_hedge)
# with the reflexive possessive too («по своей сути», «по своему существу»)
HEDGES = frozenset(
    {"по сути", "по существу", "в сущности", "по своей сути", "по своему существу", "in essence", "in effect"}
)
# and a preposition of two words whose noun means no thing («в ходе обсуждения»: during it; «в течение
# года», "in the course of", "in terms of"; «по поводу изменений»: about them; «с помощью реформы»,
# «при помощи»: by means of it, no help given), dropped the same way
COMPOUND_PREPOSITIONS = frozenset(
    {"в ходе", "по ходу", "в течение", "в продолжение", "по поводу", "in the course", "in terms of"}
    | {"с помощью", "при помощи"}
)
# «что-то про ИИ», «что-нибудь о правах»: an indefinite pronoun before «про / о» asks whatever is said
# about the thing, no thing of its own (dropped the same way)
INDEFINITE_ABOUT = frozenset(
    f"{pronoun} {about}"
    for pronoun in ("что-то", "что-нибудь", "что-либо")
    for about in ("про", "о", "об", "насчет")
)
# every phrase without_hedge drops, joined once (not for each pair of words asked)
DROPPED_PHRASES = HEDGES | COMPOUND_PREPOSITIONS | INDEFINITE_ABOUT
# "What is named as X": what is called X (named_as)
NAMED_AS = frozenset({"named as", "named the"})
# "Why does he consider X important?", "Is X deemed progressive?": a verb of judging before the
# adjective it judges by frames what is asked (without_judging), by their stems
JUDGING_VERBS = frozenset({"consid", "deem", "regard"})
# "Is the reform presented as a continuation…?": a verb of presenting before "as" says how the text
# describes a thing (as "described", "portrayed", stopwords, do), by their stems; "present" alone is
# being there («присутствовать»), a word of taking part (described_as)
DESCRIBING_AS = frozenset({"present", "view", "see", "depict", "show"})
# The English auxiliaries that open a yes/no question ("Did it…?", "Is it true that…?")
YES_NO_AUXILIARIES = frozenset({"was", "were", "is", "are", "did", "does", "do", "will", "has", "have"})
# «Правильно ли я понимаю, что…», «Я верно понял, что…», "Do I understand correctly that…": the
# asker checking their own understanding of a claim checks the claim (understood_rightly): the
# frame's words before «что» / "that" (the rightness, the verb of understanding by lemma, the rest
# as typed)
RIGHTLY_WORDS = frozenset({"правильно", "верно", "correctly", "right"})
UNDERSTANDING_LEMMAS = frozenset({"понимать", "понять", "understand", "get"})
UNDERSTANDING_OTHERS = frozenset({"ли", "я", "мы", "если", "do", "did", "i", "am", "it", "we"})
UNDERSTANDING_SPAN = 6
CLAIM_OPENERS = frozenset({"что", "that"})
# «Обсуждение проекта уже завершилось?»: verbs of ending, by lemma, and the documents' word for what
# goes on, which a yes/no question whether the draft's process has ended asks of (ended_yet)
ENDING_LEMMAS = frozenset({"завершиться", "закончиться", "окончиться", "завершить", "закончить"})
GOING_ON = "продолжаться"
# «обсуждение закрыто», «обсуждение уже закрыли»: a process said to be closed, in the short form or a
# verb, has ended too (ended_yet); not the full adjective («закрытый характер» is a quality asked of)
CLOSING_LEMMAS = frozenset({"закрытый", "закрыть", "закрыться", "окончить"})
CLOSING_POS = frozenset({"ADJS", "PRTS", "VERB"})
CLOSED_TO = "для"
# the nouns of discussing, which a claim naming the draft too speaks of as the draft's (ended_yet)
DISCUSSION_LEMMAS = frozenset({"обсуждение", "дискуссия"})
# ... and in Kazakh, by stem: «аяқталды ма» (has it ended) of the draft («жоба», «жобасын»)
KAZAKH_ENDING = "аяқтал"
KAZAKH_DRAFT = "жоба"
# any form of these asks which or whose, not whether (_states_claim)
CLAIM_ASKING_LEMMAS = frozenset({"какой", "каков", "чей", "который"})
AS_WORD = "как"
# English endings only a verb form has (a participle): an unknown English word without one may be a
# noun the dictionary reads as a verb (_of_the_documents)
ENGLISH_VERB_ENDINGS = ("ed", "ing")
# Verbs of objecting, by lemma, in any form («возражавшие», «раскритиковал»), and verbs of speaking
# out or being that object only with «против» a few words on («выступившие против», «был ли кто-то
# против»): see objectors_asked
OBJECTING_LEMMAS = frozenset(
    {
        "возражать",
        "возразить",
        "критиковать",
        "раскритиковать",
        "осуждать",
        "осудить",
        "отвергать",
        "отвергнуть",
    }
)
AGAINST_LEMMAS = frozenset(
    {"выступать", "выступить", "высказываться", "высказаться", "голосовать", "проголосовать", "быть"}
)
AGAINST_WORD = "против"
# verbs of arguing, which object only with «с» and the one argued with right after («спорил с
# генпрокурором»; «о чём спорили?» asks what was debated)
ARGUING_LEMMAS = frozenset({"спорить", "поспорить", "заспорить"})
WITH_WORDS = frozenset({"с", "со"})
AGAINST_SPAN = 3
# the one who objected, asked as anyone at all (objectors_asked)
INDEFINITE_WHO = frozenset({"кто", "кто-то", "кто-нибудь", "кто-либо", "кого-нибудь", "кого-то", "никто"})
OBJECTION_KIND = "objection"
# «Парламент против новой Конституции?», «Разве Уполномоченный не против реформы?», "Isn't the
# Ombudsman against the reform?": «против» / "against" right after a person or body the documents
# name, with only a form of being or a particle between, is that one's stance on the thing: what
# they said of it (stance_against). The words that may stand between, as typed:
STANCE_AGAINST = frozenset({"против", "against"})
# the two sides of «за или против», "for or against" (stance_against; alternatives.stance_as_assessment)
FOR_AGAINST = (frozenset({"за", "for"}), STANCE_AGAINST)
STANCE_BETWEEN = frozenset(
    {"был", "была", "были", "было", "будет", "будут", "не", "ведь", "же", "разве", "неужели", "всё",
     "все", "таки", "всё-таки", "ли", "вообще", "точно", "is", "are", "was", "were", "be", "not", "t",
     "isn", "aren", "wasn", "weren", "really", "still"}
)  # fmt: skip


def named_as(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """ "What is named as the foundation of law and order?": a thing named as something is called
    it («что названо основой…»), which asks for no one's name (kind `names` dropped)."""
    if "names" not in analysis.kinds:
        return analysis
    found = analysis.words
    if any(f"{a} {b}" in NAMED_AS for a, b in itertools.pairwise(found)):
        return replace(analysis, kinds=analysis.kinds - {"names"})
    return analysis


def objectors_asked(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Были ли участники, выступившие против проекта?», «Возражал ли кто-нибудь?»: whether anyone
    objected asks who did (kind `objection`), in any form of the verb; a report of an event says what
    was said there, not who opposed it, so no entry answers unless one reports an objection. Not a
    named one's objection checked («Правда ли, что генпрокурор выступал против обсуждения?»: what he
    said of it, claim_opposed), nor «против» without a verb of objecting («меры против
    правонарушений»)."""
    if OBJECTION_KIND in analysis.kinds or not _asks_objectors(analysis.words):
        return analysis
    return replace(analysis, kinds=analysis.kinds | {OBJECTION_KIND})


def _asks_objectors(found: Sequence[str]) -> bool:
    """A verb of objecting whose subject is anyone: a who-word of no one named («кто-нибудь»), or the
    verb's participle describing those asked about («участники, выступившие против»)."""
    morphology = shared_morphology()
    for i, word in enumerate(found):
        info = morphology.info(word)
        objecting = (
            info.lemma in OBJECTING_LEMMAS
            or (info.lemma in AGAINST_LEMMAS and AGAINST_WORD in found[i + 1 : i + 1 + AGAINST_SPAN])
            or (info.lemma in ARGUING_LEMMAS and not WITH_WORDS.isdisjoint(found[i + 1 : i + 2]))
        )
        if objecting and (info.pos == "PRTF" or not INDEFINITE_WHO.isdisjoint(found)):
            return True
    return False


def _for_or_against(found: Sequence[str], i: int, j: int) -> bool:
    """«за или против» ending at `i`, or «против или за» opening at `j`: the two sides asked as one
    alternative («генпрокурор за или против изменений»), not an objection claimed."""
    (pro, _), tail = FOR_AGAINST, found[i + 1 : i + 3]
    before = j >= 2 and found[j - 1] in ALTERNATIVE_WORDS and found[j - 2] in pro
    return before or (len(tail) == 2 and tail[0] in ALTERNATIVE_WORDS and tail[1] in pro)


def stance_against(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Парламент против новой Конституции?», «Прокурор ведь был против искусственного
    интеллекта?», "Is the Parliament against the draft?": a named one's stance against a thing is
    what they said of it (kind `said`, as synonyms.yaml's opposites read «выступал против X» in a
    checked claim): an entry reporting their words of it answers («Генпрокурор был против открытого
    диалога?»: what he said of dialogue), an entry naming them only as taking part does not. Not
    «против чего…» (a question word after it asks what against), nor a verb of objecting before it
    (objectors_asked, claim_opposed read those), nor the second side of «за или против» (which
    alternatives.stance_as_assessment reads as how the one judged the thing)."""
    found = analysis.words
    if SAID_KIND in analysis.kinds:
        return analysis
    for i, word in enumerate(found):
        if word not in STANCE_AGAINST or i + 1 == len(found) or found[i + 1] in QUESTION_OPENERS:
            continue
        j = i
        while j > 0 and found[j - 1] in STANCE_BETWEEN:
            j -= 1
        before = ctx.analyzer.analyse(" ".join(found[:j])).terms
        if before and before[-1].value in ctx.speakers and _for_or_against(found, i, j):
            continue  # «генпрокурор за или против изменений»: alternatives.stance_as_assessment reads it
        if before and before[-1].value in ctx.subjects:
            return replace(analysis, kinds=analysis.kinds | {SAID_KIND})
    return analysis


def understood_rightly(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Правильно ли я понимаю, что генпрокурор допускает снисходительность к мелким нарушениям?»,
    "Do I understand correctly that the reform is a one-off?": the asker checking their own
    understanding of a claim asks whether the claim holds: the question is read as the claim alone,
    a yes/no question stating it (_states_claim: a claim the documents contradict is asked with
    their word, claim_opposed; one with a word they never use is declined, as «Сенат упразднят?»
    is), the asker's rightness and understanding no subject. Only a frame of nothing but those
    words before the «что» / "that" opening the claim."""
    found = analysis.words
    at = next((i for i, w in enumerate(found[:UNDERSTANDING_SPAN]) if w in CLAIM_OPENERS), None)
    if at is None or at + 1 >= len(found):
        return analysis
    morphology = shared_morphology()
    frame = found[:at]
    lemmas = [morphology.info(w).lemma for w in frame]
    if (
        RIGHTLY_WORDS.isdisjoint(frame)
        or UNDERSTANDING_LEMMAS.isdisjoint(lemmas)
        or any(
            w not in RIGHTLY_WORDS | UNDERSTANDING_OTHERS and lemma not in UNDERSTANDING_LEMMAS
            for w, lemma in zip(frame, lemmas, strict=True)
        )
    ):
        return analysis
    return ctx.analyzer.analyse(" ".join(found[at + 1 :]))


def claim_opposed(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Правда ли, что Асылов назвал изменения консервативными?», "Is it true that the reform is a
    departure from the earlier course?": a checked claim whose word is the opposite of the
    documents' (synonyms.yaml `opposites`) is asked with their word, so that the entry saying what
    they do say on that subject answers; its other words must match as any question's do («Правда ли, что
    Асылов предложил снизить налоги?» has no opposite, and stays declined)."""
    found = analysis.words
    if not _checks_claim(found) or _asks_objectors(found):
        return analysis
    out = with_opposites(ctx, found)
    if out == list(found):
        return analysis
    claim = ctx.analyzer.analyse(" ".join(_without_peers(ctx, out)))
    return claim if _of_the_documents(ctx, claim) else analysis


# «половинчатыми и недостаточными»: qualities joined to a claimed one, claimed with it
COORDINATING = frozenset({"и", "или", "and", "or"})


def _without_peers(ctx: ReaderContext, out: Sequence[str]) -> list[str]:
    """«Верно ли, что генпрокурор назвал изменения половинчатыми и недостаточными?»: an adjective
    joined by «и» to a claimed word the documents contradict (now their word, with_opposites) is
    one more quality of the same claim, which their word answers as well: it is left out."""
    morphology = shared_morphology()
    theirs = {opposite for _, opposite in ctx.opposites}
    return [
        word
        for i, word in enumerate(out)
        if not (
            i >= 2
            and out[i - 1] in COORDINATING
            and out[i - 2] in theirs
            and morphology.info(word).pos in ADJECTIVE_POS
        )
    ]


def ended_yet(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Обсуждение проекта Основного Закона уже завершилось?», «Завершилось ли обсуждение новой
    Конституции?»: whether a process of the draft (a noun with the whole in the genitive after it)
    has ended asks whether it still goes on, which the entry telling where the draft stands answers
    (the text's «идет активное обсуждение»): the verb of ending is read as going on. «Чем
    завершилось обсуждение?» (what it ended with, an asking word) and «Круглый стол уже
    завершился?» (the event, no process of the draft) keep their reading. So does a Kazakh «аяқталды
    ма» of the draft («Конституция жобасын талқылау аяқталды ма?»)."""
    found = analysis.words
    if not _states_claim(found):
        return analysis
    morphology = shared_morphology()
    ending = [w for w in found if _ending(morphology.info(w), closed_to=CLOSED_TO in found)]
    if ending and (_process_of_the_whole(ctx, found) or _discussion_beside_the_whole(ctx, found)):
        dropped = ctx.analyzer.analyse(" ".join(ending)).values
    elif any(t.value.startswith(KAZAKH_ENDING) for t in analysis.terms) and any(
        t.value.startswith(KAZAKH_DRAFT) for t in analysis.terms
    ):  # «Конституция жобасын талқылау аяқталды ма?»
        dropped = frozenset(t.value for t in analysis.terms if t.value.startswith(KAZAKH_ENDING))
    else:
        return analysis
    kept = (*(t for t in analysis.terms if t.value not in dropped), *ctx.analyzer.analyse(GOING_ON).terms)
    return replace(analysis, terms=kept, values=frozenset(t.value for t in kept))


def _ending(info: WordInfo, *, closed_to: bool) -> bool:
    """A verb of ending («завершилось»), or a process said to be closed («закрыто», «закрыли»); not
    closed to someone («закрыто ли обсуждение для граждан?» asks who may take part)."""
    closing = info.lemma in CLOSING_LEMMAS and info.pos in CLOSING_POS and not closed_to
    return info.lemma in ENDING_LEMMAS or closing


def _discussion_beside_the_whole(ctx: ReaderContext, found: Sequence[str]) -> bool:
    """«Правда ли, что проект уже принят и обсуждение закрыто?»: the discussion named in a claim that
    names the draft too is the draft's («Обсуждение на круглом столе завершилось?» names no draft)."""
    morphology = shared_morphology()
    return any(morphology.info(w).lemma in DISCUSSION_LEMMAS for w in found) and any(
        ctx.analyzer.analyse(w).values & ctx.whole for w in found if morphology.info(w).pos == "NOUN"
    )


def _process_of_the_whole(ctx: ReaderContext, found: Sequence[str]) -> bool:
    """A noun, its adjectives passed over, followed by the documents' whole in the genitive
    («обсуждение проекта», «обсуждение новой Конституции»); not the whole itself («по проекту
    Конституции»: the draft, no process of it)."""
    morphology = shared_morphology()
    for i, word in enumerate(found):
        if not morphology.genitive_noun(word) or not ctx.analyzer.analyse(word).values & ctx.whole:
            continue
        j = i - 1
        while j >= 0 and morphology.info(found[j]).pos == "ADJF":
            j -= 1
        if (
            j >= 0
            and morphology.info(found[j]).pos == "NOUN"
            and not ctx.analyzer.analyse(found[j]).values & ctx.whole
        ):
            return True
    return False


def loaded_opposed(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Какие правонарушения, по словам генпрокурора, допустимо терпеть?»: a question that takes
    for granted the opposite of the documents' word (synonyms.yaml `opposites`) is answered by what
    they do say on that subject, as a checked claim is (claim_opposed): asked with their word. Its
    other words must be the documents' (_of_the_documents), and the claimed word must be no noun
    (_claimed_thing: «Что означает ослабление защиты данных?» asks of it); a question of which of
    two («разрыв с прежним курсом или новая налоговая политика?») is left to the alternatives'
    readings."""
    found = analysis.words
    if _checks_claim(found) or _asks_objectors(found) or not ALTERNATIVE_WORDS.isdisjoint(found):
        return analysis  # (which of two: the alternatives' readings tell it)
    if _claimed_thing(ctx, found):
        return analysis  # «Что означает ослабление защиты данных?»: the thing itself is asked of
    out = with_opposites(ctx, found)
    if out == list(found):
        return analysis
    claim = ctx.analyzer.analyse(" ".join(out))
    return replace(claim, kinds=claim.kinds | analysis.kinds) if _of_the_documents(ctx, claim) else analysis


def yes_no_opposed(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """ "Did the participants focus on theoretical matters?": an English question opening with its
    auxiliary checks the statement it inverts, as "Is it true that…" does (see claim_opposed);
    one whose claim the documents contradict is asked with their word. Stricter than a checked
    claim: every word of the claim must be one the knowledge base knows, since an English word
    the dictionary reads as a verb may be a noun the documents never use ("Did the participants
    discuss theoretical physics?" stays declined)."""
    found = analysis.words
    if not found or found[0] not in YES_NO_AUXILIARIES or _checks_claim(found):
        return analysis
    out = with_opposites(ctx, found)
    if out == list(found):
        return analysis
    claim = ctx.analyzer.analyse(" ".join(out))
    return claim if all(t.known for t in claim.terms) else analysis


# «Станет ли юридическое образование платным?», «Правда ли, что X будет обязательным?»: a quality
# claimed of a thing by a verb of being (by lemma) and an adjective in the instrumental within so
# many words after it (claimed_quality)
BEING_LEMMAS = frozenset({"стать", "становиться", "быть", "являться", "оказаться", "сделаться"})
WHETHER_WORDS = frozenset({"ли", "правда", "верно"})
QUALITY_SPAN = 5
# an adjective of a noun the documents use («профилактической» of «профилактику», «качественным»):
# its stem, past the adjective's suffix, begins a word of theirs; shorter stems say nothing
ADJECTIVE_SUFFIX = re.compile(r"(?:ическ|ческ|ичн|енн|ск|н)?(?:ий|ый|ой)$")
MIN_QUALITY_STEM = 5


def claimed_quality(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Станет ли юридическое образование платным?», «Правда ли, что экспертиза будет
    обязательной?»: a yes/no question claiming a quality of a thing the documents name («платным»
    after «станет») asks that quality; one they never use is a detail they do not give, as an
    unknown noun is, not an idle adjective (an unknown adjective weighs less than a noun, so the
    entry naming the thing answered). Not between two sides («закрытым … или широким?»: which of
    them, alternatives), nor a comparative («качественнее»: more of what they say), nor an
    adjective of a noun the documents use («профилактической»: of their «профилактику»)."""
    found = analysis.words
    if WHETHER_WORDS.isdisjoint(found) or not ALTERNATIVE_WORDS.isdisjoint(found):
        return analysis
    morphology = shared_morphology()
    claimed: set[str] = set()
    for i, word in enumerate(found):
        if morphology.info(word).lemma in BEING_LEMMAS:
            claimed.update(
                morphology.info(w).lemma
                for w in found[i + 1 : i + 1 + QUALITY_SPAN]
                if morphology.instrumental_adjective(w)
            )
    vocabulary = ctx.analyzer.vocabulary
    claimed = {
        lemma
        for lemma in claimed
        if len(stem := ADJECTIVE_SUFFIX.sub("", lemma)) < MIN_QUALITY_STEM
        or vocabulary is None
        or not vocabulary.starting_with(stem)
    }
    if not claimed:
        return analysis
    terms = tuple(
        replace(t, pos="NOUN") if not t.known and t.real_word and t.value in claimed else t
        for t in analysis.terms
    )
    return replace(analysis, terms=terms) if terms != analysis.terms else analysis


def _claimed_thing(ctx: ReaderContext, found: Sequence[str]) -> bool:
    """A claimed phrase (synonyms.yaml `opposites`) opens with a noun: in a question with an asking
    word it is the thing asked of («Что означает ослабление…?»), not what the question takes for
    granted of another (a verb or an adjective: «допустимо терпеть», «на ближайшие год-два»)."""
    morphology = shared_morphology()
    lemmas = [morphology.info(w).lemma for w in found]
    return any(
        tuple(lemmas[i : i + len(claimed)]) == claimed and morphology.info(found[i]).pos == "NOUN"
        for i in range(len(found))
        for claimed, _ in ctx.opposites_from.get(lemmas[i], ())
    )


def with_opposites(ctx: ReaderContext, found: Sequence[str]) -> list[str]:
    """The words with each claimed phrase (synonyms.yaml `opposites`) in the documents' word."""
    morphology = shared_morphology()
    lemmas = [morphology.info(w).lemma for w in found]
    out: list[str] = []
    i = 0
    while i < len(found):
        # (only the phrases starting with this word's lemma can match here: ctx.opposites_from)
        for claimed, opposite in ctx.opposites_from.get(lemmas[i], ()):
            if tuple(lemmas[i : i + len(claimed)]) == claimed:
                out.append(opposite)
                i += len(claimed)
                break
        else:
            out.append(found[i])
            i += 1
    return out


def _of_the_documents(ctx: ReaderContext, claim: Analysis) -> bool:
    """The claim speaks of what the documents do: no noun they never use, nor an adjective they
    never use on their reform, draft or constitution («назвал налоговую реформу консервативной»
    is about another reform; «как разрыв с прежним политическим курсом» qualifies a course). A
    Russian verb they never use is left to the gates every question passes; an English word they
    never use is taken for a noun, since the dictionary reads many English nouns as verbs
    ("discussed theoretical physics": "physics" is no verb), unless its ending makes it a verb form
    ("presented as a departure")."""
    terms = claim.terms
    for i, term in enumerate(terms):
        if term.known or not term.real_word or term.value in CHECKING_WORDS:
            continue
        if term.pos == "NOUN" or (term.value.isascii() and not _verb_form(term.value, claim.words)):
            return False
        if term.pos in ADJECTIVE_POS:
            head = next((t for t in terms[i + 1 :] if t.pos not in ADJECTIVE_POS), None)
            if head is None or head.value in ctx.whole:
                return False
    return True


def _verb_form(value: str, found: Sequence[str]) -> bool:
    """An English term is read from a word with a verb's ending ("called", "presented")."""
    return any(w.startswith(value) and w.endswith(ENGLISH_VERB_ENDINGS) for w in found)


def whether_on_a_date(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
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
    dated = {t.value for t in analysis.terms if t.value in ctx.months}
    if not dated:
        return analysis
    dated |= {t.value for t in analysis.terms if t.pos == "NUMB" or t.value in ctx.dating}
    kept = tuple(t for t in analysis.terms if t.value not in dated)
    if not any(t.real_word for t in kept) and len(ctx.kb.sources) == 1:
        # «Это было в феврале 2026 года?»: nothing but the date, of the one document's event
        (source,) = ctx.kb.sources.values()
        kept = ctx.analyzer.analyse(source.meta.kind).terms
    if not any(t.known for t in kept):
        return analysis
    return replace(
        analysis, kinds=analysis.kinds | {"when"}, terms=kept, values=frozenset(t.value for t in kept)
    )


def without_hedge(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«О чём по сути идёт речь…?», «по существу», «в сущности», "in essence": an adverb of how
    plainly the asker wants it said, no subject («в чём суть X» still asks the gist); so is a
    compound preposition's noun («в ходе обсуждения»: during it), and an indefinite pronoun before
    «про / о» («что-то про нейросети»: whatever is said of them)."""
    found = analysis.words
    pairs = [" ".join(found[i : i + 2]) for i in range(len(found) - 1)]
    threes = [" ".join(found[i : i + 3]) for i in range(len(found) - 2)]
    said = [hedge for hedge in (*pairs, *threes) if hedge in DROPPED_PHRASES]
    said = [hedge for hedge in said if not _quality_closing(found, hedge)]
    if not said:
        return analysis
    dropped = ctx.analyzer.analyse(" ".join(said)).values
    return less(analysis, dropped)


def _quality_closing(found: tuple[str, ...], hedge: str) -> bool:
    """«Шёл ли обмен мнениями по существу?», «…был формальным или по существу?»: a hedge closing the
    question after a word of its own (not a pronoun: «это что по сути») says how the thing asked
    of went, substantively (synonyms.yaml: «содержательный»), which the text tells."""
    size = len(hedge.split())
    if hedge not in HEDGES or len(found) <= size or " ".join(found[-size:]) != hedge:
        return False
    before = found[-size - 1]
    return not shared_morphology().info(before).is_function_word or before in ALTERNATIVE_WORDS


def without_judging(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """ "Why does he consider broad involvement important?", "Is the reform considered
    progressive?": a verb of judging with the adjective it judges by closing the question asks
    whether (or why) the thing is so; no subject of its own. "Will parliament consider the
    draft?" (no adjective after) keeps its verb."""
    found = analysis.words
    morphology = shared_morphology()
    if not found or morphology.info(found[-1]).pos != "ADJF":
        return analysis
    return less(analysis, JUDGING_VERBS)


# «Можно ли считать, что…», «Можно ли утверждать, что…»: whether one may hold a statement, by the
# modal and its «ли», then a verb of holding or claiming (by lemma) right before «что»
MAY_WORDS = frozenset({"можно", "могу", "можем"})
MAY_HOLD_LEMMAS = frozenset({"считать", "полагать", "утверждать", "говорить", "заключить", "заключать"})


def may_one_hold(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Можно ли считать, что реформа задумана на долгий срок?»: whether one may hold a statement
    asks whether the statement holds, as «правда ли, что…» does: the verb of holding is no subject
    (as «можно ли сказать, что…» drops its «сказать»). «Можно ли считать голоса онлайн?» (no «что»
    after the verb) keeps it."""
    found = analysis.words
    morphology = shared_morphology()
    verbs = [
        found[i + 2]
        for i in range(len(found) - 3)
        if found[i] in MAY_WORDS
        and found[i + 1] == "ли"
        and found[i + 3] == "что"
        and morphology.info(found[i + 2]).lemma in MAY_HOLD_LEMMAS
    ]
    return less_words(ctx, analysis, verbs) if verbs else analysis


def described_as(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
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
    return less(analysis, ctx.analyzer.analyse(" ".join(framing)).values)


def checks_claim(found: Sequence[str]) -> bool:
    """Whether the question checks a statement (see _checks_claim), or is an English yes/no
    question ("Will the reform strengthen…?": the auxiliary opening it, no asking word after), which
    inverts the statement it checks: for the engine."""
    return _checks_claim(found) or _english_yes_no(found)


# «Можно ли сказать, что…», «Можно ли считать, что…», «Можно ли утверждать, что…»: whether a
# statement may be made, which checks it as «правда ли, что…» does (as typed; «что» right after)
FAIR_TO_SAY = (("можно", "ли", "сказать"), ("можно", "ли", "считать"), ("можно", "ли", "утверждать"))


def _fair_to_say(found: Sequence[str]) -> bool:
    """«Можно ли сказать, что изменения — шаг назад?»: the statement after the «что» is checked; not
    «Можете сказать, что обсуждали?», which asks to be told (no «можно ли»)."""
    return any(
        tuple(found[i : i + len(phrase) + 1]) == (*phrase, "что")
        for phrase in FAIR_TO_SAY
        for i in range(len(found) - len(phrase))
    )


def _english_yes_no(found: Sequence[str]) -> bool:
    """ "Will the reform strengthen guarantees of rights?", "Are the changes progressive?": an
    auxiliary opens it and no asking word or second side follows ("Is it X or Y?" asks which)."""
    return (
        len(found) > 2
        and found[0] in YES_NO_AUXILIARIES
        and ALTERNATIVE_WORDS.isdisjoint(_without_yes_no_tail(found))
        and not any(w in QUESTION_OPENERS for w in found[1:])
    )


def _checks_claim(found: Sequence[str]) -> bool:
    """«Правда ли, что…», «Верно, что…», "Is it true that…": the question checks the statement that
    follows the «что» / "that" after a checking word; so does «Можно ли сказать / считать, что…»
    (_fair_to_say); a question with no asking word states the claim it checks itself (_states_claim)."""
    return (
        any(
            word in CHECKING_WORDS and {"что", "that"}.intersection(found[i + 1 : i + 3])
            for i, word in enumerate(found)
        )
        or _fair_to_say(found)
        or _states_claim(found)
        or _held_claim(found)
    )


# «Считают ли участники, что…», «Полагает ли генпрокурор, что…»: a yes/no verb of holding a view
# (by lemma) and «что» within so many words after its «ли» (the holder between)
HOLDING_LEMMAS = frozenset({"считать", "полагать", "думать"})
HELD_THAT_SPAN = 3


def _held_claim(found: Sequence[str]) -> bool:
    """«Считают ли участники, что поправки рассчитаны на пару лет?»: whether someone holds a
    statement asks whether it holds in their view, as «правда ли, что…» asks of the document's: the
    statement after «что» is checked."""
    morphology = shared_morphology()
    return any(
        found[i + 1] == "ли"
        and "что" in found[i + 2 : i + 2 + HELD_THAT_SPAN]
        and morphology.info(word).lemma in HOLDING_LEMMAS
        for i, word in enumerate(found[:-1])
    )


def _states_claim(found: Sequence[str]) -> bool:
    """«Реформу рассматривали как разрыв с прежним курсом?», «Означают ли цифровые решения
    ослабление защиты данных?», "Did the participants focus on theoretical matters?": a yes/no
    question (no asking word but «ли») asks whether its statement holds, as «правда ли, что…» does
    (whose «что» opens the statement checked: no asking word, checked_that).
    «Что означает ослабление…?» asks something else, and «разрыв … или налоговая политика?» which of
    two (the alternatives' readings); a «как» past the opening is "as" («рассматривали как разрыв»),
    not "how"."""
    morphology = shared_morphology()
    found = _without_yes_no_tail(found)
    return (
        bool(found)
        and ALTERNATIVE_WORDS.isdisjoint(found)
        and not any(
            (
                w in QUESTION_OPENERS
                and w != "ли"
                and not (i > 0 and w == AS_WORD)
                and not _negated_whether(found, i)
                and not checked_that(found, i)
            )
            or w in OBLIQUE_QUESTION_WORDS
            or morphology.info(w).lemma in CLAIM_ASKING_LEMMAS
            for i, w in enumerate(found)
        )
    )


# «Не приведёт ли X к ослаблению Y?», «Не ослабнет ли защита?»: the Russian «не» right before a
# verb and its «ли» negates a yes/no question (it asks whether the statement holds, expecting it
# may); it is not the Kazakh «не» ("what"), which never stands with «ли»
NEGATION = "не"
WHETHER = "ли"


def _negated_whether(found: Sequence[str], i: int) -> bool:
    """«Не приведёт ли…?»: «не» with «ли» right after its verb is a negated yes/no question."""
    return found[i] == NEGATION and i + 2 < len(found) and found[i + 2] == WHETHER


# «…укрепят или как?», «…или нет?», «…или чё?», "…or not?": a tail after «или» that offers no second
# side but only asks whether the statement before it holds (a yes/no question spoken casually)
CLAIM_TAILS = YES_NO_TAILS | frozenset({"как", "что", "че", "чо", "шо", "што"})


def _without_yes_no_tail(found: Sequence[str]) -> Sequence[str]:
    """The words before a closing «или нет» / «или как» / "or not": the statement checked."""
    if len(found) > 2 and found[-2] in ALTERNATIVE_WORDS and found[-1] in CLAIM_TAILS:
        return found[:-2]
    return found


# "Will legal education be free?", "Is legal education compulsory?": an English yes/no question (an
# auxiliary opening it) claiming a quality by a form of "be" or "become" right before an adjective
# that ends it (english_claimed_quality); not a participle (a passive: "be reformed", "be held")
ENGLISH_WHETHER = frozenset({"will", "would", "shall", "is", "are", "was", "were", "can", "could"})
ENGLISH_BEING = frozenset({"be", "is", "are", "was", "were", "become", "becomes", "remain", "stay"})
ENGLISH_PARTICIPLE = ("ed", "en", "ing")
# «Заң білімі тегін бола ма?»: a Kazakh yes/no question claiming a quality by a form of «бол» (be,
# become) before its particle; the word right before it is what is claimed (kazakh_claimed_quality)
KAZAKH_BEING = frozenset({"бола", "болады", "болмақ", "болды", "болып", "болған", "болатын"})


def english_claimed_quality(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """ "Will legal education be free?": an English yes/no question claiming a quality of a thing by
    "be" and an adjective ending it asks that quality; one the documents never use is a detail they
    do not give (as claimed_quality reads «Станет ли образование бесплатным?»), not an idle word the
    entry naming the thing answers. Not a participle ("be reformed": a passive, what is done)."""
    found = analysis.words
    if len(found) < 3 or found[0] not in ENGLISH_WHETHER or found[-2] not in ENGLISH_BEING:
        return analysis
    last = found[-1]
    if not last.isascii() or last.endswith(ENGLISH_PARTICIPLE) or not ALTERNATIVE_WORDS.isdisjoint(found):
        return analysis
    return _unknown_quality(ctx, analysis, last)


def kazakh_claimed_quality(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Заң білімі тегін бола ма?», «Білім міндетті бола ма?»: a Kazakh yes/no question claiming a
    quality of a thing by «бол» (be, become) before its particle: the word right before it is the
    quality, which one the documents never use is a detail they do not give (as «бесплатным» in
    «Будет ли образование бесплатным?»), not noise beside the thing."""
    found = analysis.words
    if len(found) < 3 or found[-1] not in YES_NO_PARTICLES or found[-2] not in KAZAKH_BEING:
        return analysis
    if not ALTERNATIVE_WORDS.isdisjoint(found):
        return analysis
    return _unknown_quality(ctx, analysis, found[-3])


# «Готовы ли эксперты…?», "Are experts willing…?": the value readiness is read as (synonyms.yaml)
READINESS = "готовность"
# the part of speech of an unknown word that tells how one is ready to act («бесплатно»); not an
# unknown verb, which is mostly how the readiness is voiced («выразили готовность», «впрягаться»)
READY_FOR_POS = frozenset({"ADVB"})


def readiness_for(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Готовы ли эксперты работать бесплатно?»: readiness is asked of how one is ready to act; the
    documents tell the readiness to contribute to the constitutional model, and an adverb of the
    act they never use («бесплатно», «безвозмездно») is a detail they do not give (an unknown
    subject), not an idle word beside the readiness they report («Готово ли сообщество внести
    вклад?» keeps its entry: all its words are theirs)."""
    if all(t.value != READINESS for t in analysis.terms):
        return analysis
    terms = tuple(
        replace(t, pos="NOUN") if not t.known and t.real_word and t.pos in READY_FOR_POS else t
        for t in analysis.terms
    )
    return replace(analysis, terms=terms) if terms != analysis.terms else analysis


def _unknown_quality(ctx: ReaderContext, analysis: Analysis, word: str) -> Analysis:
    """The analysis with the word's terms the knowledge base does not know made nouns (an unknown
    subject): the quality claimed is what is asked."""
    values = ctx.analyzer.analyse(word).values
    terms = tuple(
        replace(t, real_word=True, pos="NOUN") if t.value in values and not t.known else t
        for t in analysis.terms
    )
    return replace(analysis, terms=terms) if terms != analysis.terms else analysis
