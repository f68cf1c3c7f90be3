"""Adjectives standing for people: «Что меняется для военных?», «Что получат пожилые?»."""

from __future__ import annotations

from dataclasses import replace

from bot.qa.analyzer import Analysis
from bot.qa.morph import shared_morphology
from bot.qa.reading.context import ReaderContext


def adjective_as_people(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Что меняется для военных согласно проекту?»: a Russian plural adjective the knowledge base
    never uses, with no noun after it (the question ends, or a preposition or verb follows), names
    the people it stands for (the military, the elderly), a subject the documents never name: not a
    qualifier the question could do without. One before its noun («военных пенсий») stays one, and
    so does one after a noun or pronoun it is said of, or in the instrumental (a claimed quality)."""
    if not any(not t.known and t.real_word for t in analysis.terms):
        return analysis  # every word the knowledge base's (the common case): no term to change
    found = analysis.words
    morphology = shared_morphology()
    values: set[str] = set()
    for i, word in enumerate(found):
        if not morphology.plural_adjective(word):
            continue
        if i + 1 < len(found) and morphology.noun_phrase_word(found[i + 1]):
            continue
        if i > 0 and morphology.noun_or_pronoun(found[i - 1]):
            continue  # «они консервативные?», «изменения серьёзные?»: a quality claimed of them
        values.update(ctx.analyzer.analyse(word).values)
    if not values:
        return analysis
    terms = tuple(
        replace(t, pos="NOUN") if t.value in values and not t.known and t.real_word else t
        for t in analysis.terms
    )
    return replace(analysis, terms=terms) if terms != analysis.terms else analysis
