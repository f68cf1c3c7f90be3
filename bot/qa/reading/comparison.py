"""A comparison or difference asked between things («Сравните X и Y», «в чём разница», «чем X
отличается от Y», "how does X differ from Y"): the words of comparing and differing frame the
question when the documents name what is compared."""

from __future__ import annotations

import itertools

from bot.qa.analyzer import Analysis
from bot.qa.morph import shared_morphology
from bot.qa.reading.context import ReaderContext
from bot.qa.reading.edits import less

# the words of comparing and differing, as lemmas (Russian) and as typed (English)
DIFFERENCE_LEMMAS = frozenset(
    {
        "сравнить",
        "сравнивать",
        "сравнение",
        "разница",
        "различие",
        "отличие",
        "отличаться",
        "различаться",
        "отличать",
    }
)
DIFFERENCE_WORDS = frozenset({"difference", "differences", "differ", "differs", "differed"})
# «с какими странами сравнивали», «с чем сравнивают», "compared with which countries": «с» and an
# asking word, the side compared with asked for (_other_side_asked)
WITH_WORDS = frozenset({"с", "со", "with", "to"})
ASKING_LEMMAS = frozenset({"какой", "что", "кто", "который", "which", "what", "whom"})


def difference_of_named(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Сравните направления «Равенство перед законом» и «Развитие правовой культуры»: чем они
    отличаются?», «Чем отличается направление о правовой культуре от направления о равенстве?»: the
    difference of things the documents describe is told by what each of them is, so the words of
    differing name no subject of their own. Only when every other word of the question is one the
    documents use: a side they never describe («от европейской», "from the 1995 one", «от старой
    Конституции») is what would be asked, and the question stays as it was."""
    morphology = shared_morphology()
    differing = [
        w for w in analysis.words if w in DIFFERENCE_WORDS or morphology.info(w).lemma in DIFFERENCE_LEMMAS
    ]
    if not differing or _other_side_asked(analysis.words):
        return analysis
    frame = ctx.analyzer.analyse(" ".join(differing)).values
    rest = [t for t in analysis.terms if t.value not in frame]
    if not rest or not all(t.known for t in rest):
        return analysis
    return less(analysis, frame)


def _other_side_asked(found: tuple[str, ...]) -> bool:
    """«С какими странами сравнивали новую Конституцию?»: what a thing is compared with is asked, a
    side the answer must name, which what the documents say of the thing alone does not tell."""
    morphology = shared_morphology()
    return any(
        word in WITH_WORDS and (after in ASKING_LEMMAS or morphology.info(after).lemma in ASKING_LEMMAS)
        for word, after in itertools.pairwise(found)
    )
