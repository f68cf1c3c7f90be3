"""The meaning of a thing asked with «значит», as with «означает»."""

from __future__ import annotations

from bot.qa.analyzer import Analysis
from bot.qa.reading.context import ReaderContext
from bot.qa.reading.edits import read_with
from bot.qa.reading.form import WHAT_WORDS

# «что значит», «что же значит», «что это значит» (colloquially «чо значит», «чё значит»: form's
# WHAT_WORDS): «значит» is the verb «значить» (to mean) there; elsewhere it is the parenthetical
# «значит» ('so'), which the analyzer rightly drops
BETWEEN = frozenset({"же", "это", "ж"})
MEANS = "значит"
MEANING_VERB = "означает"


def what_it_means(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Что значит «Закон и порядок»?», «Что же значит нулевая терпимость?»: «значит» right after
    «что» asks what the thing means, as «Что означает…» does, and the entry saying what it means
    answers; read as the parenthetical 'so', it was dropped and any entry naming the thing tied.
    Colloquial «чо», «чё» ask it as «что» does («закон и порядок это чо значит»). Not «что это для
    меня значит» (what a thing does for the asker), with words between."""
    found = analysis.words
    at = {
        i
        for i, word in enumerate(found)
        if word == MEANS
        and i > 0
        and (found[i - 1] in WHAT_WORDS or (i > 1 and found[i - 1] in BETWEEN and found[i - 2] in WHAT_WORDS))
    }
    if not at:
        return analysis
    return read_with(ctx, analysis, at, MEANING_VERB)
