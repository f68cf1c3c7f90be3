"""When: a bare «when» asking the document's date, a «when» of something yet to come, and the
document's own date naming the event in a question that asks something else."""

from __future__ import annotations

import itertools
from dataclasses import replace

from bot.qa import kazakh
from bot.qa.analyzer import Analysis
from bot.qa.morph import shared_morphology
from bot.qa.reading.context import HAPPENING_WORDS, ReaderContext
from bot.qa.reading.edits import less_words
from bot.qa.reading.scope import scorn_after
from bot.qa.subject import BE_PAST
from bot.qa.text import OBLIQUE_QUESTION_WORDS, QUESTION_OPENERS, WHOLE_WORDS

# «Когда состоится следующий…», «when will … be held» ask the date of something yet to come, which
# a document reporting what happened does not give: such a question gets the kind `future`, which no
# entry lists. A Russian verb in the future tense, or one of these words, marks it.
FUTURE_WORDS = frozenset({"will", "shall"})
# Kazakh «when», typed with its letter or without: a present-future closing its question is to come
KAZAKH_WHEN = frozenset({"қашан", "кашан"})
# «қай күні», «қай жылы», «қай айда» (on which day, year, month) ask «when» as well
KAZAKH_WHICH = frozenset({"қай", "кай"})
KAZAKH_TIME_NOUNS = frozenset(
    {"күні", "куни", "жылы", "жылдары", "айда", "айында", "уақытта", "уакытта", "кезде"}
)
# a number read as a guess of a date (_date_like): a day of the month or a year
MAX_DAY = 31
MIN_YEAR, MAX_YEAR = 1900, 2100
# «Что было 27 февраля?», «что произошло…»: «что» with a verb of happening (what_on_own_date)
HAPPENED = frozenset(HAPPENING_WORDS.split()) | BE_PAST
WHAT_WORD = "что"
# «Раньше правоохранительные органы работали по сервисной модели?», «как было раньше с…», "Did law
# enforcement previously…?", «Бұрын…»: an adverb of an earlier time asks how things stood before
# (kind `earlier`), which a document reporting an event and a draft does not tell. As typed.
# (the Kazakh «бұрын» typed without the Kazakh letters too: «бурын»)
EARLIER_ADVERBS = frozenset(
    {"раньше", "ранее", "прежде", "previously", "formerly", "бұрын", "бұрындары", "бурын", "бурындары"}
)
# «прежде всего» is "above all", «прежде чем» "before doing"
NOT_EARLIER_AFTER = frozenset({"всего", "чем"})
# «в 2026 году или раньше?»: an earlier time offered as the alternative of a date asks the date
ALTERNATIVE_OR = frozenset({"или", "либо", "or", "әлде", "немесе"})
# «…будут защищать интересы людей или как раньше?», «…или всё как прежде?», "or as before?": the
# earlier state offered as the alternative of a change asks whether things change, no earlier time;
# the words that may stand between «или» and the adverb
AS_BEFORE = frozenset({"как", "всё", "все", "as", "like"})
# «до реформы», "before the reform", «реформаға дейін»: the time before the documents' whole or its
# changes; a word starting so after «до» / "before" (an article skipped), or before «дейін»
BEFORE_WORDS = frozenset({"до", "before"})
BEFORE_KAZAKH = "дейін"
BEFORE_SKIPPED = frozenset({"the", "this", "these", "a"})
# «до этого», «до того», "before that": the time before the one the question is of (a post held before)
BEFORE_THAT = frozenset({"этого", "того", "that"})
CHANGE_STEMS = (*(w[:5] for w in WHOLE_WORDS), "изменен", "преобраз", "принят", "change", "adopt", "амендм")
EARLIER_KIND = "earlier"
# verbs relating one thing to another (_related_to_earlier), as typed; «с тем» after them names the
# other side
RELATING_FORMS = frozenset(
    {"соотносится", "соотносятся", "соотносить", "соотносят", "соотносили", "перекликается"}
    | {"связана", "связан", "связано", "связаны", "связать", "связывают", "связывается"}
)
WITH_THAT = ("с", "тем")
ADJECTIVE = "ADJF"
PARTICIPLE_POS = "PRTF"  # a full participle, which goes before its noun as an adjective does
# «состоявшийся круглый стол»: the value of the verbs of taking place (synonyms.yaml), and the words a
# participle before its noun may stand right before (held_attributive)
TAKING_PLACE = "состояться"
NOUN_PHRASE_POS = frozenset({"NOUN", "ADJF"})
# «прошедший», which the morphology reads as an adjective or as the noun «прошедшее» (the past)
GONE_BY_LEMMAS = frozenset({"прошедший", "прошедшее"})
# «в прошлом году»: «прошлый» before a period is a past date (past_period); by lemma
PAST_LEMMA = "прошлый"
PERIOD_LEMMAS = frozenset({"год", "сезон", "месяц", "неделя", "век", "десятилетие", "квартал", "раз"})
# «Когда Генеральный прокурор выступит снова?», "Will Asylov speak again?": a repeat of what the documents
# report, yet to come (repeat_to_come); as typed
REPEAT_WORDS = frozenset({"снова", "опять", "вновь", "повторно", "again"})
REPEAT_PAIRS = frozenset({("ещё", "раз"), ("еще", "раз"), ("once", "more")})
FUTURE_KIND = "future"
# «будет называться», «станут именоваться», «назовут», «переименуют», "will be called" (name_to_come):
# the verbs of naming, by lemma, the English participles after "be", and the Russian auxiliaries
NAMING_LEMMAS = frozenset(
    {"называться", "именоваться", "назвать", "называть", "переименовать", "переименоваться", "наречь"}
)
ENGLISH_NAMED = frozenset({"called", "named", "renamed", "titled"})
# a future of the third person («назовут», «переименует»); «назовёшь», «назовёте» ask the bot to name
THIRD_PERSON_ENDINGS = ("т", "тся")
FUTURE_AUXILIARIES = frozenset({"будет", "будут", "станет", "станут"})
# «биыл» (Kazakh: this year), as typed: a time named without a year word (at_a_time_to_come)
THIS_YEAR_WORDS = frozenset({"биыл", "биылғы"})


def bare_when(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Когда это всё было?», «Когда это произошло?», «какого числа было? 27е?»: a «when» with no
    word of its own (a verb of happening is none) asks the date of the document, as if its kind
    were named («пресс-релиз»). Beside other documents it is not clear which one is meant, and
    the question stays as asked."""
    if (
        analysis.kinds != {"when"}
        or len(ctx.kb.sources) != 1
        # (a day or a year is the asker's guess of the date: «27-е?»)
        or any(t.real_word and not _date_like(t.value) and t.value not in ctx.dating for t in analysis.terms)
    ):
        return analysis
    (source,) = ctx.kb.sources.values()
    return ctx.analyzer.analyse(f"{question} {source.meta.kind}")


def when_future(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Когда пройдёт референдум?», «When will the next round table be held?», «Жаңа Конституция
    қашан қабылданады?»: the date of something yet to come (kind `future`), not of what the
    documents report."""
    if "when" not in analysis.kinds:
        return analysis
    found = analysis.words
    kazakh_future = _kazakh_when(found) and kazakh.closing_present_future(found)
    if _in_future(found) or kazakh_future:
        return replace(analysis, kinds=analysis.kinds | {"future"})
    return analysis


def _kazakh_when(found: tuple[str, ...]) -> bool:
    """«қашан», or «қай» before a noun of time («Конституция қай күні қабылданады?»)."""
    if not KAZAKH_WHEN.isdisjoint(found):
        return True
    return any(w in KAZAKH_WHICH and n in KAZAKH_TIME_NOUNS for w, n in itertools.pairwise(found))


def repeat_to_come(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Выступит ли Асылов снова?», «Будет ли круглый стол ещё раз?», "Will the round table be held
    again?": a repeat yet to come (a word of repetition beside a verb in the future) is a thing to
    come (kind `future`), which a report of what happened does not tell; «Асылов ещё раз подчеркнул…»
    (the past) reports what was said and stays, as does a repetition opening an alternative («…или
    опять обман?»)."""
    found = analysis.words
    if FUTURE_KIND in analysis.kinds:
        return analysis
    # (not one opening an alternative: «усилят или опять обман» repeats the other thing offered; nor
    # the asker's scorn: «что изменится, опять красивые слова» repeats no deed: scope.scorn_after)
    repeated = any(
        (word in REPEAT_WORDS or (word, found[i + 1] if i + 1 < len(found) else "") in REPEAT_PAIRS)
        and (i == 0 or found[i - 1] not in ALTERNATIVE_OR)
        and not scorn_after(found, i)
        for i, word in enumerate(found)
    )
    if repeated and _in_future(found):
        return replace(analysis, kinds=analysis.kinds | {FUTURE_KIND})
    return analysis


def name_to_come(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Как будет называться парламент по новой Конституции?», «Как назовут новый орган?», "What will
    the new parliament be called?": the name a thing will bear is one yet to come (kind `future`),
    which a report of a round table does not give; naming words are no terms of a question
    (synonyms.yaml), so an entry naming the thing would answer what it is, not what it will be
    called. The future is the naming verb's own («назовут», «переименуют») or an auxiliary right
    beside it («будет называться», «называться будет»), or "will" before "be called"; the present
    («Как называется направление…?») asks a name the documents give, and stays, as does a future
    in another clause («Как называется орган, который будет следить…?»)."""
    found = analysis.words
    if FUTURE_KIND in analysis.kinds or not _named_to_come(found):
        return analysis
    return replace(analysis, kinds=analysis.kinds | {FUTURE_KIND})


def _named_to_come(found: tuple[str, ...]) -> bool:
    """A naming verb in the future, or a future auxiliary within a word of it."""
    morphology = shared_morphology()
    for i, word in enumerate(found):
        if word in ENGLISH_NAMED and "be" in found[max(0, i - 2) : i]:
            if FUTURE_WORDS & set(found[:i]):
                return True
            continue
        info = morphology.info(word)
        if info.lemma not in NAMING_LEMMAS:
            continue
        near = found[max(0, i - 2) : i] + found[i + 1 : i + 3]
        if (info.future and word.endswith(THIRD_PERSON_ENDINGS)) or not FUTURE_AUXILIARIES.isdisjoint(near):
            return True
    return False


def at_a_time_to_come(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Будет ли новая Конституция в этом году?», "Will the new Constitution be adopted in 2026?",
    «Жаңа Конституция биыл бола ма?»: a time named (a year, a month, «биыл») beside a verb of what
    is yet to come (a Russian future, "will", a Kazakh present-future before the yes/no particle)
    asks whether a thing comes then: a date to come (kind `future`), which a report of what
    happened does not give (the press release's own date is the round table's, not the
    Constitution's). The past («Был ли круглый стол в 2026 году?») asks the date the document
    states and stays, as does a question with no time («Будет ли внедряться ИИ?»)."""
    if analysis.kinds & {"when", FUTURE_KIND}:
        return analysis
    found = analysis.words
    timed = (
        bool(analysis.values & (ctx.years | ctx.months))
        or any(
            t.pos == "NUMB" and MIN_YEAR <= int(t.value) <= MAX_YEAR
            for t in analysis.terms
            if t.value.isdigit()
        )
        or not THIS_YEAR_WORDS.isdisjoint(found)
    )
    if not timed:
        return analysis
    to_come = _in_future(found) or bool(kazakh.verbs_before_particle(found))
    return replace(analysis, kinds=analysis.kinds | {FUTURE_KIND}) if to_come else analysis


def _in_future(found: tuple[str, ...]) -> bool:
    """A word puts the question in the future: "will", "shall", or a Russian verb in the future."""
    morphology = shared_morphology()
    return any(word in FUTURE_WORDS or morphology.info(word).future for word in found)


def earlier_state(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Раньше правоохранительные органы работали по сервисной модели?», «Что было в Преамбуле до
    реформы?», "What was in the preamble before the reform?": how things stood before (an adverb of
    an earlier time, or the time before the reform or its changes) is asked (kind `earlier`), which
    no entry tells: the documents report a round table and what a draft proposes. Not an earlier
    time offered beside a date («в 2026 году или раньше?»: the date is asked), nor «прежде всего»;
    an earlier thing named by an adjective («прежние инициативы», "earlier initiatives") is a thing,
    not a time, and stays."""
    found = analysis.words
    if EARLIER_KIND in analysis.kinds or not _earlier(found) or _related_to_earlier(ctx, found):
        return analysis
    return replace(analysis, kinds=analysis.kinds | {EARLIER_KIND})


def _related_to_earlier(ctx: ReaderContext, found: tuple[str, ...]) -> bool:
    """«Как соотносится конституционная реформа с тем, что Глава государства делал раньше?», «как
    реформа связана с тем, что Президент предлагал прежде»: a verb relating a thing to what a person
    or body the documents name did before (RELATING_FORMS, «с тем, что…» after it) asks how the two
    stand to each other, which the text may tell (the reform continues the President's initiatives),
    not how things stood before. Not what merely was («с тем, что было раньше»: the earlier state),
    nor a difference («чем отличается от того, что было раньше»)."""
    at = next((i for i, w in enumerate(found) if w in RELATING_FORMS), None)
    if at is None:
        return False
    after = found[at + 1 :]
    pairs = list(itertools.pairwise(after))
    if WITH_THAT not in pairs:
        return False
    other = after[pairs.index(WITH_THAT) + 2 :]
    return any(t.value in ctx.subjects for t in ctx.analyzer.analyse(" ".join(other)).terms)


def _earlier(found: tuple[str, ...]) -> bool:
    """Whether the words ask about an earlier time (see earlier_state)."""
    for i, word in enumerate(found):
        before = found[i - 1] if i else ""
        after = found[i + 1] if i + 1 < len(found) else ""
        if (
            word in EARLIER_ADVERBS
            and before not in ALTERNATIVE_OR
            and not _offered_as_before(found[:i])
            and after not in NOT_EARLIER_AFTER
            and not _qualifies_participle(after)
        ):
            return True
        if word in BEFORE_WORDS:
            rest = [w for w in found[i + 1 : i + 3] if w not in BEFORE_SKIPPED]
            if rest and rest[0].startswith(CHANGE_STEMS) and not _raised_to_a_degree(rest):
                return True
            if found[i + 1 : i + 2] and found[i + 1] in BEFORE_THAT:
                return True
        if word == BEFORE_KAZAKH and before.startswith(CHANGE_STEMS):
            return True
    return False


def _offered_as_before(before: tuple[str, ...]) -> bool:
    """«или как раньше», «или всё как прежде»: the words before an earlier adverb are «или» and words
    of likeness only (AS_BEFORE): the earlier state is offered as an alternative, not asked."""
    rest = list(before)
    while rest and rest[-1] in AS_BEFORE:
        rest.pop()
    return len(rest) < len(before) and bool(rest) and rest[-1] in ALTERNATIVE_OR


def _raised_to_a_degree(rest: list[str]) -> bool:
    """«поднять до конституционного уровня», «довести до конституционного статуса»: «до» before an
    adjective of the whole whose own noun is no change or whole is a degree reached, not the time
    before the reform («до конституционной реформы» is)."""
    if shared_morphology().info(rest[0]).pos != ADJECTIVE:
        return False
    return len(rest) > 1 and not rest[1].startswith(CHANGE_STEMS)


def past_period(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«в прошлом году», «в прошлом сезоне»: «прошлый» before a period names a past date, not the
    earlier course or thing the documents call «прежний» (its synonym elsewhere: «прошлые решения
    президента»); the date is no word of theirs, and the question is read without it."""
    found = analysis.words
    morphology = shared_morphology()
    dated = [
        word
        for word, after in itertools.pairwise(found)
        if morphology.info(word).lemma == PAST_LEMMA and morphology.info(after).lemma in PERIOD_LEMMAS
    ]
    if not dated:
        return analysis
    earlier = ctx.analyzer.analyse(" ".join(dated)).values
    others = ctx.analyzer.analyse(" ".join(w for w in found if w not in dated)).values
    kept = tuple(t for t in analysis.terms if t.value not in earlier or t.value in others)
    return replace(analysis, terms=kept, values=frozenset(t.value for t in kept))


def held_attributive(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Что подтвердил состоявшийся круглый стол?», «О чём говорили на прошедшем обсуждении?»: a
    full participle of taking place before the noun it describes only names the event as one that
    took place; it asks no date (the finite «Когда состоялся круглый стол?» does), and its term is
    dropped. Not in a question asking when, where it tells which event is dated."""
    if analysis.kinds & {"when", FUTURE_KIND}:
        return analysis
    found = analysis.words
    morphology = shared_morphology()
    held = [
        word
        for word, after in itertools.pairwise(found)
        if morphology.info(after).pos in NOUN_PHRASE_POS and _held(ctx, word, after)
    ]
    return less_words(ctx, analysis, held) if held else analysis


def _held(ctx: ReaderContext, word: str, after: str) -> bool:
    """A participle of taking place («состоявшийся»), or «прошедший» (which the morphology may read
    as the noun «прошедшее», the past) not before a period («на прошедшей неделе» is a date)."""
    morphology = shared_morphology()
    if morphology.info(word).pos == PARTICIPLE_POS and ctx.analyzer.analyse(word).values == {TAKING_PLACE}:
        return True
    return morphology.info(word).lemma in GONE_BY_LEMMAS and morphology.info(after).lemma not in PERIOD_LEMMAS


def _qualifies_participle(word: str) -> bool:
    """«ранее начатый курс», «прежде принятые решения»: the adverb qualifies a participle before
    its noun, naming an earlier thing (as «прежний курс» does), not asking how things stood."""
    return bool(word) and shared_morphology().info(word).pos == PARTICIPLE_POS


def what_on_own_date(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Что было 27 февраля?», «Что произошло 27 февраля с проектом Конституции?»: what happened on
    the document's own date is the event it reports, asked as if its kind were named (as bare_when
    reads a bare «when»); what else the question names stays («с проектом»). Only «что» with a verb
    of happening, beside one document; another date («Что было 15 марта?») is not the document's."""
    found = analysis.words
    if analysis.kinds or len(ctx.kb.sources) != 1 or WHAT_WORD not in found or HAPPENED.isdisjoint(found):
        return analysis
    if not analysis.values & ctx.months:
        return analysis
    dated = {t.value for t in analysis.terms if t.value in ctx.months or t.pos == "NUMB"}
    for month, date in ctx.own_dates:
        if month & analysis.values and dated <= date:
            (source,) = ctx.kb.sources.values()
            kept = tuple(t for t in analysis.terms if t.value not in date and t.value not in ctx.dating)
            terms = kept + ctx.analyzer.analyse(source.meta.kind).terms
            return replace(analysis, terms=terms, values=frozenset(t.value for t in terms))
    return analysis


def without_own_date(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Кто участвовал в обсуждении 27 февраля?»: a document's own date, in a question that
    asks something else (who, what was said, «чему был посвящён…»), names the event; it is not
    what is asked."""
    if analysis.kinds & {"when", "future"} or not analysis.values & ctx.months:
        return analysis
    if not analysis.kinds and not any(
        (w in QUESTION_OPENERS and w != "ли") or w in OBLIQUE_QUESTION_WORDS for w in analysis.words
    ):
        return analysis
    # (all of the date asked: «15 марта» is not the 5th of March of a document)
    dated = {t.value for t in analysis.terms if t.value in ctx.months or t.pos == "NUMB"}
    for month, date in ctx.own_dates:
        if month & analysis.values and dated <= date:
            kept = tuple(t for t in analysis.terms if t.value not in date)
            if any(t.known for t in kept):
                return replace(analysis, terms=kept, values=frozenset(t.value for t in kept))
    return analysis


def _date_like(value: str) -> bool:
    """A number that may be a day of the month or a year («27», «2026»)."""
    return value.isdigit() and (1 <= int(value) <= MAX_DAY or MIN_YEAR <= int(value) <= MAX_YEAR)


# «Когда выступал Асылов?»: the one the documents tell spoke at their event, the verb of his speaking,
# and those he spoke to, as the analyzer reads them (when_spoke_there); the question that asks then
SPOKE_THERE = "генеральный прокурор выступить участник"
WHEN_HELD = "когда прошёл круглый стол"


def when_spoke_there(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«В какой день Берик Асылов выступал перед участниками круглого стола?», «Когда выступал
    генпрокурор?»: the documents tell he spoke at the round table («Обращаясь к участникам…»), so
    when he spoke is when it was held, asked so. Only a «when» of the past, of nothing but his
    speaking, those he spoke to and the event: «Когда Асылов выступал в парламенте?» names another
    place, «Когда Асылов выступит снова?» a time to come, «Когда выступал Президент?» one the
    documents never tell spoke."""
    if analysis.kinds != {"when"}:
        return analysis
    told = ctx.analyzer.analyse(SPOKE_THERE).values
    values = {t.value for t in analysis.terms if t.real_word}
    speaking = ctx.analyzer.analyse("выступить").values
    if not speaking <= values or not values <= told | ctx.event | ctx.dating:
        return analysis
    return ctx.analyzer.analyse(WHEN_HELD)
