"""Contrasts that weigh a word against another («вместо», «а не», "over", "than", "instead of",
«отличается от», an emphasis said to be «на» a thing, "on" it, and both sides of «или», "or"): the
words on each side, read by the decline (declines._contrasted) and by the reader (contrast_as_theirs),
which read a word weighed against the documents' own (synonyms.yaml `contrasts`)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import replace

from bot.qa.analyzer import Analysis
from bot.qa.morph import shared_morphology
from bot.qa.reading.context import SAID_KIND, ReaderContext
from bot.qa.subject import ALTERNATIVE_SPAN, ALTERNATIVE_WORDS

# A contrast weighs what follows against another thing (contrast_sides): «вместо», "over", "than"
# ("rather than" ends so), "instead of", and «от» after a word of differing («отличается от»)
CONTRAST_WORDS = frozenset({"вместо", "over", "than"})
INSTEAD_OF = ("instead", "of")
DIFFERING_LEMMAS = frozenset({"отличаться", "отличие", "отличный"})
# «больше работать на предупреждение, чем на наказание»: the Russian «чем» after a comparative is
# "than" (not the instrumental «чем» of «Чем поможет…?»)
RUSSIAN_THAN = "чем"
COMPARATIVE = "COMP"
# an emphasis said to be on a thing («акцент на наказании», "the emphasis … be on punishment"): the
# thing is weighed against the documents' own emphasis (_emphasis_on)
EMPHASIS_LEMMAS = frozenset({"акцент", "упор", "emphasis", "emphasi"})
EMPHASIS_ON = frozenset({"на", "on"})
EMPHASIS_SPAN = 5
# «…, а не только на профилактику?», "not only", "not just": the thing is asked besides the documents'
# own, not weighed against it (contrast_as_theirs)
NOT_ONLY = frozenset({("не", "только"), ("not", "only"), ("not", "just")})
# «не X, а Y» («вести не от случая к случаю, а системно», «не наказание, а профилактика»): X is
# weighed against Y; how many words X may have between its «не» and the «а»
NOT_BUT = ("не", "а")
NOT_BUT_SPAN = 4
VERB = "VERB"


def contrast_sides(found: Sequence[str]) -> list[tuple[Sequence[str], ...]]:
    """The words weighed in each contrast, ALTERNATIVE_SPAN words a side: both sides of «или»,
    "or" (the two alternatives weighed together); the words after a marker of contrast: «а не»,
    «вместо», «от» after «отличаться» or «отличие», «чем» after a comparative, "over", "than",
    "instead of", and «на», "on"
    after a word of emphasis."""
    morphology = shared_morphology()
    weighed: list[tuple[Sequence[str], ...]] = []
    for i, word in enumerate(found):
        after = found[i + 1 : i + 1 + ALTERNATIVE_SPAN]
        if word in ALTERNATIVE_WORDS:
            weighed.append((found[max(0, i - ALTERNATIVE_SPAN) : i], after))
        elif (
            word in CONTRAST_WORDS
            or (i > 0 and (found[i - 1], word) in {("а", "не"), INSTEAD_OF})
            or (word == "от" and i > 0 and morphology.info(found[i - 1]).lemma in DIFFERING_LEMMAS)
            or (word == RUSSIAN_THAN and any(morphology.info(w).pos == COMPARATIVE for w in found[:i]))
        ):
            weighed.append((after,))
        elif morphology.info(word).lemma in EMPHASIS_LEMMAS and (on := _emphasis_on(found, i)) is not None:
            weighed.append((found[on + 1 : on + 1 + ALTERNATIVE_SPAN],))
        elif (denied := _denied_before_but(found, i)) is not None:
            weighed.append((denied,))
    return weighed


def _denied_before_but(found: Sequence[str], i: int) -> Sequence[str] | None:
    """The words between «не» and this «а» («не от случая к случаю, а системно»), at most
    NOT_BUT_SPAN of them; None when the word is no such «а» («а не», «не только…, а»)."""
    if found[i] != NOT_BUT[1] or (i + 1 < len(found) and found[i + 1] == NOT_BUT[0]):
        return None
    start = max(0, i - NOT_BUT_SPAN - 1)
    at = next((j for j in range(i - 1, start - 1, -1) if found[j] == NOT_BUT[0]), None)
    if at is None or at + 1 == i or found[at + 1] == "только":
        return None
    return found[at + 1 : i]


def _emphasis_on(found: Sequence[str], i: int) -> int | None:
    """Where «на», "on" follows a word of emphasis («акцент на», "the emphasis in policing be on"),
    within EMPHASIS_SPAN words: what is said to be emphasised is weighed against the documents'
    own emphasis."""
    return next(
        (j for j in range(i + 1, min(len(found), i + 1 + EMPHASIS_SPAN)) if found[j] in EMPHASIS_ON), None
    )


def contrast_as_theirs(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """ "Is crime prevention emphasised over punishment?", "Would the emphasis in policing be on
    punishment?": a word the documents never use, weighed in a contrast against their own
    (synonyms.yaml `contrasts`: punishment against prevention), asks which of the two they hold, and
    their word tells it: the weighed word is read as theirs, so that the entry telling their side
    answers. Only when no other word they never use is left («…over punishment in tax law?» keeps
    «tax»), not outside a contrast ("Will punishment get harsher?" weighs nothing), and not beside
    «не только», "not only" (asked besides theirs: «упор на наказание, а не только на профилактику?»)."""
    if any(pair in NOT_ONLY for pair in itertools.pairwise(analysis.words)):
        return analysis  # («упор на наказание, а не только на профилактику?»: punishment asked besides)
    if all(t.known for t in analysis.terms):
        return analysis  # no word the documents never use to read as theirs (the common case)
    weighed: dict[str, str] = {}
    other_side: set[str] = set()
    for sides in contrast_sides(analysis.words):
        values = ctx.analyzer.analyse(" ".join(w for side in sides for w in side)).values
        for word, theirs in ctx.contrasted:
            if word and word <= values:
                weighed |= dict.fromkeys(word, theirs)
                heads = ctx.contrast_heads.get(theirs, frozenset())
                other_side |= _other_alternative(ctx, sides, word, heads) | _part_of_other(ctx, sides, word)
    unknown = {t.value for t in analysis.terms if not t.known} & weighed.keys()
    if not unknown:
        return analysis
    kept = [t for t in analysis.terms if t.value not in unknown | other_side]
    # (in a question of what was said, its verb is the saying: "Did they talk about theory or…?")
    saying = SAID_KIND in analysis.kinds
    if any(not t.known and t.real_word and not (saying and t.pos == VERB) for t in kept):
        return analysis
    held = {t.value for t in kept}
    read_as = ctx.analyzer.analyse(" ".join(sorted({weighed[v] for v in unknown}))).terms
    terms = (*kept, *(t for t in read_as if t.value not in held))
    return replace(analysis, terms=terms, values=frozenset(t.value for t in terms))


def _part_of_other(ctx: ReaderContext, sides: tuple[Sequence[str], ...], word: frozenset[str]) -> set[str]:
    """«разовая реформа или часть более широкого курса?»: beside «или», the alternative set against
    the weighed word as a part of something larger («часть», "part") says the thing belongs to it,
    which the documents' word tells (their continuation of a course): the part word is no subject
    of its own. Not on the weighed word's own side, nor outside an alternative."""
    if len(sides) != 2:
        return set()
    first, second = (ctx.analyzer.analyse(" ".join(side)).values for side in sides)
    for this, other in ((first, second), (second, first)):
        if word <= this and not word <= other:
            return set(other & ctx.part)
    return set()


def _other_alternative(
    ctx: ReaderContext, sides: tuple[Sequence[str], ...], word: frozenset[str], heads: frozenset[str]
) -> set[str]:
    """«на наказание или на предупреждение?», «реагированием на нарушения или их предупреждением?»:
    beside «или», the alternative set against the weighed word names the documents' side by the
    word heading a phrase of theirs («предупреждение правонарушений», `heads`) said alone: no
    subject of its own, their word (read in) tells it. Not another thing («наказывать или
    штрафовать?»), nor outside an alternative («вместо наказания» weighs one thing)."""
    if len(sides) != 2:
        return set()
    first, second = (ctx.analyzer.analyse(" ".join(side)).terms for side in sides)
    for this, other in ((first, second), (second, first)):
        if word <= {t.value for t in this}:
            return {t.value for t in other if not t.known and t.value in heads}
    return set()
