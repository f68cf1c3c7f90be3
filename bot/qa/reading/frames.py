"""Phrases that look like a question of their own but ask another: the place a thing takes
(«какое место занимает X»: its role) and «для чего» after a noun (what the thing is for, not why)."""

from __future__ import annotations

from dataclasses import replace

from bot.qa.analyzer import Analysis
from bot.qa.morph import shared_morphology
from bot.qa.reading.context import WHICH_WORDS, ReaderContext

# «Какое место занимает X в…?», «какое место отводится X»: the place a thing takes asks its role
# (as «какую роль играет», whose words are stopwords), not a place: the noun and the verbs
PLACE_NOUN = "место"
PLACE_VERBS = frozenset({"занимать", "занять", "отводить", "отводиться", "отвести", "отводимый"})


def without_place_taken(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
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


def for_what_of_a_noun(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
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
            if "reason" not in ctx.analyzer.analyse(rest).kinds:
                return replace(analysis, kinds=analysis.kinds - {"reason"})
    return analysis
