"""Whether a thing came up at all, asked with the words that otherwise ask what was said."""

from __future__ import annotations

import itertools
from dataclasses import replace

from bot.qa.analyzer import Analysis
from bot.qa.reading.claims import SAID_KIND
from bot.qa.reading.context import ReaderContext
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
