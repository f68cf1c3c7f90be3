"""Whether a thing came up at all, asked with the words that otherwise ask what was said."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from bot.qa.analyzer import Analysis
from bot.qa.morph import PREDICATE_POS, WordInfo, shared_morphology
from bot.qa.reading.context import SAID_KIND, ReaderContext
from bot.qa.reading.edits import less_words
from bot.qa.text import QUESTION_OPENERS

# «шла речь», «речь шла», as the analyzer folds them: with a question word they ask what was said
TALK = frozenset({("речь", "шла"), ("шла", "речь")})


def talk_of_a_thing(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Речь шла о верховенстве закона?», «О персональных данных речь шла?»: in a yes/no question
    with no one named, «шла речь» asks only whether the thing came up, as «Шла ли речь о…» does,
    and an entry that says it answers, not only one reporting someone's words (kind `said`). With a
    question word («О чём шла речь?»), another kind, or a person or body named («…в выступлении
    генпрокурора?») what was said is asked, and the kind stays."""
    found = analysis.words
    if analysis.kinds != {SAID_KIND} or any(word in QUESTION_OPENERS for word in found):
        return analysis
    at = next((i for i, pair in enumerate(itertools.pairwise(found)) if pair in TALK), None)
    if at is None:
        return analysis
    rest = ctx.analyzer.analyse(" ".join(found[:at] + found[at + 2 :]))
    if rest.kinds or rest.values & ctx.subjects or not rest.values:
        return analysis
    return replace(analysis, kinds=frozenset())


# «идёт речь», «речь идёт» (the present, as typed): what a text is about, as «говорится» (a stopword)
SPEECH = "речь"
# «о каком X», «об какой X»: which thing is talked of (not «о чём идёт речь», what is at stake,
# which a quote says in these words: «речь идёт об укреплении правового сознания»)
ABOUT = frozenset({"о", "об"})
WHICH = "какой"
# the parts of speech of a word naming the thing talked of («о предупреждении», «о первоочередной…»)
NAMING_POS = frozenset({"NOUN", "ADJF", "PRTF"})
TALK_NOW = frozenset({("идёт", "речь"), ("идет", "речь"), ("речь", "идёт"), ("речь", "идет")})


def talk_in_the_text(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«О каком Президенте идёт речь в пресс-релизе?», «Речь идёт о каком принципе?»: the present
    «идёт речь» asking which thing («о каком X») asks what the text is about, as «говорится» does,
    which asks nothing of its own; neither word is a subject (not a speech: «речь прокурора» keeps
    it), nor what was said (the past «шла речь», kind `said`). Not «О чём идёт речь при закреплении
    принципа?»: what is at stake, in a quote's own words. Not beside a speech asked of («О какой речи
    президента идёт речь?»: the noun twice, and the term of the one talked of cannot be told apart)."""
    found = analysis.words
    at = next((i for i, pair in enumerate(itertools.pairwise(found)) if pair in TALK_NOW), None)
    morphology = shared_morphology()
    if at is None or sum(morphology.info(w).lemma == SPEECH for w in found) > 1:
        return analysis
    about_which = any(
        before in ABOUT and morphology.info(after).lemma == WHICH
        for before, after in itertools.pairwise(found)
    )
    if not about_which and not _of_a_thing_named(found[at + 2 : at + 4]):
        return analysis
    return less_words(ctx, analysis, found[at : at + 2])


def _of_a_thing_named(after: Sequence[str]) -> bool:
    """«…речь идёт о предупреждении правонарушений?»: the words after «идёт речь» name what the text
    talks of («о» and a word that is no pronoun), so the question asks of that thing, as with
    «говорится о»; not «…идёт речь о чём-то…», nor «идёт речь» closing a clause («О чём идёт речь
    при закреплении принципа?»: what is at stake, asked in a quote's words)."""
    if len(after) < 2 or after[0] not in ABOUT | {"про"}:
        return False
    info = shared_morphology().info(after[1])
    return info.pos in NAMING_POS and not info.pronominal


# «о чём», «об чём», Kazakh «не туралы»: asking what was talked about (English: "what … about"); the
# words of talking that ask no more than that (Kazakh «сөз болды»; English, as typed, so that no
# Russian question loads the English dictionary); the question of the gist
ABOUT_WHAT = frozenset({("о", "чем"), ("об", "чем"), ("не", "туралы")})
KAZAKH_TALKING = "сөз"
ENGLISH_TALKING = frozenset({"talk", "talked", "talking", "discuss", "discussed"})
GIST_QUESTION = "о чем шла речь на круглом столе"


def talk_of_nothing_named(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«О чём шла речь?», «О чём говорили участники?», «Дөңгелек үстелде не туралы сөз болды?», "What
    did the participants talk about?": asking only what was talked about, naming nothing but the
    event, those who took part or the piece, asks what the documents tell of the event, as «О чём
    шла речь на круглом столе?» does (their gist). Not with a pronoun standing for something said
    before («О чём он говорил?», "What was it about?"), nor with anything else named."""
    found = analysis.words
    if not analysis.kinds <= {SAID_KIND}:
        return analysis
    about = any(pair in ABOUT_WHAT for pair in itertools.pairwise(found)) or (
        found[:1] == ("what",) and "about" in found
    )
    if not about:
        return analysis
    english_talk = not ENGLISH_TALKING.isdisjoint(found)
    kazakh_talk = ctx.analyzer.analyse(KAZAKH_TALKING).values
    if SAID_KIND not in analysis.kinds and not english_talk and not analysis.values & kazakh_talk:
        return analysis
    morphology = shared_morphology()
    if any(morphology.anaphoric(word) for word in found):
        return analysis
    named = analysis.values
    if english_talk:  # the rest of the question, read without its verb of talking
        named = ctx.analyzer.analyse(" ".join(w for w in found if w not in ENGLISH_TALKING)).values
    if named - ctx.collective - ctx.event - ctx.pieces - kazakh_talk:
        return analysis
    return ctx.analyzer.analyse(GIST_QUESTION)


# "Did anyone mention zero tolerance?", "Has anybody talked about AI?": an indefinite pronoun doing a
# verb of saying asks only whether the thing came up, as "Was X mentioned?" does; not one before
# "from" ("anyone from Akorda": whether such a person was there)
ANYONE = frozenset({"anyone", "anybody", "someone", "somebody"})
SAYING_VERBS = ENGLISH_TALKING | frozenset(
    {
        "mention",
        "mentioned",
        "mentioning",
        "say",
        "said",
        "raise",
        "raised",
        "bring",
        "brought",
        "speak",
        "spoke",
    }
)


def anyone_saying(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """ "Did anyone mention X?": the indefinite doer of a verb of saying (SAYING_VERBS) names no one
    the documents speak of; the question is read without it (it stays before "from", or any other word:
    "Did anyone mention the budget?" is then no longer read as whether anyone from Akorda was there)."""
    found = analysis.words
    if ANYONE.isdisjoint(found):
        return analysis
    doers = {
        i for i, pair in enumerate(itertools.pairwise(found)) if pair[0] in ANYONE and pair[1] in SAYING_VERBS
    }
    if not doers:
        return analysis
    return ctx.analyzer.analyse(" ".join(w for i, w in enumerate(found) if i not in doers))


# "Did Parliament send anyone?", "Was anyone from Parliament there?": an indefinite pronoun sent, or
# from a body, asks whether the body took part (anyone_of_a_body); the verbs of sending, and the
# English "from"
SENDING_VERBS = frozenset({"send", "sent", "sends", "delegate", "delegated"})
FROM = "from"


def anyone_of_a_body(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """ "Did Parliament send anyone?", "Was anyone from Parliament there?": the indefinite pronoun
    sent by a body or standing before "from" and a body names no one the documents speak of: whether
    the body took part is asked, and the pronoun is dropped (else the curated "anyone from Akorda"
    makes any body's question the Administration's). Only when nothing but being there or sending is
    asked of it: "Did anyone from Parliament vote?", "Did Parliament send anyone to vote?" keep it."""
    found = analysis.words
    if ANYONE.isdisjoint(found):
        return analysis
    pronouns = {
        i
        for i, word in enumerate(found)
        if word in ANYONE
        and (
            (i + 1 < len(found) and found[i + 1] == FROM)
            or (i > 0 and found[i - 1] in SENDING_VERBS and i + 1 == len(found))
        )
    }
    if not pronouns:
        return analysis
    read = ctx.analyzer.analyse(" ".join(w for i, w in enumerate(found) if i not in pronouns))
    sending = ctx.analyzer.analyse(" ".join(SENDING_VERBS)).values
    if any(t.pos in PREDICATE_POS and t.value not in sending | ctx.there for t in read.terms):
        return analysis
    return replace(read, kinds=analysis.kinds | read.kinds)


# «…, о которой говорилось?», «…, о которых шла речь?»: a relative clause closing the question that
# says only that its noun was spoken of, impersonally (without_mention_clause)
_MENTION_CLAUSE = re.compile(
    r"\s*,\s*(?:о|об|про)\s+котор\w+\s+(?:говорилось|говорится|упоминалось|упоминается|сообщается"
    r"|(?:шла|идёт|идет)\s+речь|речь\s+(?:шла|идёт|идет))\s*(?P<end>[?.!]*)\s*$",
    re.IGNORECASE,
)


def without_mention_clause(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Какой страны касается конституционная модель, о которой говорилось?»: a closing relative
    clause that says only that its noun was spoken of (impersonally, nowhere named) points to that
    noun as the one the documents speak of; it asks nothing (no one's words: its «шла речь» is no
    kind `said`), and the question is read without it. «…, о которой говорил Асылов» names whose
    words, «…, о которой говорится в конце» a place in the piece: they stay."""
    match = _MENTION_CLAUSE.search(question)
    if match is None or not question[: match.start()].strip():
        return analysis
    return ctx.analyzer.analyse(question[: match.start()] + (match["end"] or ""))


# «высказался», «высказывался» (finite forms, as lemmas): a verb of voicing a view (voiced_by_speaker)
VOICING = frozenset({"высказаться", "высказываться"})
VOICING_STEM = "высказ"
FINITE_POS = "VERB"
# «высказался за / против X»: a stance taken, read by the readings of stances (claims, alternatives)
STANCE_AFTER = frozenset({"за", "против"})


def voiced_by_speaker(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Как Асылов высказался о правосознании?»: a finite «высказаться» whose doer is one whose words
    the documents report (ctx.speakers) asks what he said (kind `said`), as «что сказал» does; the
    verb is the frame, not the text's «высказаться» of citizens having their say, which the
    infinitive keeps («Смогут ли граждане высказаться?»). Not «высказался за / против X», a stance."""
    found = analysis.words
    if SAID_KIND not in analysis.kinds or not any(w.startswith(VOICING_STEM) for w in found):
        return analysis
    if not analysis.values & ctx.speakers:
        return analysis
    morphology = shared_morphology()
    voiced = [
        w
        for w, after in zip(found, (*found[1:], ""), strict=True)
        if after not in STANCE_AFTER and _finite_voicing(morphology.info(w))
    ]
    return less_words(ctx, analysis, voiced) if voiced else analysis


def _finite_voicing(info: WordInfo) -> bool:
    """A finite form of «высказаться / высказываться» (not the infinitive of having one's say)."""
    return info.lemma in VOICING and info.pos == FINITE_POS
