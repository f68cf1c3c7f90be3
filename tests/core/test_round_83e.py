"""Round 83e: speed of the reading passes for the common question, every reply the same. The claimed
phrases (synonyms.yaml `opposites`) looked up by their first lemma, and cheap tests that skip a
pass whose trigger (a word, a mark) the question lacks: each still reads its own construction and
leaves a question without it as it was (real engine)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from bot.qa.analyzer import Analysis
from bot.qa.engine import Engine
from bot.qa.morph import shared_morphology
from bot.qa.reading import claims, form, scope, substantive, weighed
from bot.qa.reading.context import Pass, ReaderContext
from bot.qa.text import told_audience, without_return, words

from ._support import describe

# a common question, lexically sure, with none of the triggers below
COMMON = "Что сказал генпрокурор о законе и порядке?"


def _context(engine: Engine) -> ReaderContext:
    return engine.reader.context


def _scanned(ctx: ReaderContext, found: Sequence[str]) -> list[str]:
    """claims.with_opposites as it read before: every claimed phrase tried at every word."""
    morphology = shared_morphology()
    lemmas = [morphology.info(w).lemma for w in found]
    out: list[str] = []
    i = 0
    while i < len(found):
        for claimed, opposite in ctx.opposites:
            if tuple(lemmas[i : i + len(claimed)]) == claimed:
                out.append(opposite)
                i += len(claimed)
                break
        else:
            out.append(found[i])
            i += 1
    return out


def test_opposites_by_first_lemma_keep_every_pair_in_its_order(engine: Engine) -> None:
    """Each claimed phrase is under its first lemma, the groups in the order of ctx.opposites
    (longest first), none lost or added."""
    ctx = _context(engine)
    assert ctx.opposites, "synonyms.yaml has opposites"
    for first, pairs in ctx.opposites_from.items():
        assert all(claimed[0] == first for claimed, _ in pairs)
        assert list(pairs) == [pair for pair in ctx.opposites if pair[0][0] == first]
    assert sum(len(pairs) for pairs in ctx.opposites_from.values()) == len(ctx.opposites)


QUESTIONS_WITH_CLAIMS = [
    "Какие правонарушения, по словам генпрокурора, допустимо терпеть?",
    "Правда ли, что Асылов назвал изменения консервативными?",
    "Считает ли генпрокурор поправки шагом вперёд или скорее консервативными?",
    "Is it true that the reform is a departure from the earlier course?",
    "Did the participants focus on theoretical matters?",
    COMMON,
]


@pytest.mark.parametrize("question", QUESTIONS_WITH_CLAIMS)
def test_with_opposites_as_a_scan_of_every_phrase(engine: Engine, question: str) -> None:
    """The lookup by first lemma gives the words the scan of every phrase gave."""
    ctx = _context(engine)
    found = engine.analyzer.analyse(question).words
    assert claims.with_opposites(ctx, found) == _scanned(ctx, found)


def test_every_claimed_phrase_is_still_replaced(engine: Engine) -> None:
    """Each claimed phrase, inside a question, is read as the documents' word, as the scan read it."""
    ctx = _context(engine)
    for claimed, _ in ctx.opposites:
        found = ("правда", "ли", "что", *claimed, "реформа")
        assert claims.with_opposites(ctx, found) == _scanned(ctx, found), claimed


def _read(engine: Engine, step: Pass, question: str) -> tuple[Analysis, Analysis]:
    """The question's analysis and what the pass makes of it."""
    analysis = engine.analyzer.analyse(question)
    return analysis, step(_context(engine), question, analysis)


@pytest.mark.parametrize(
    ("step", "question"),
    [
        (scope.without_excluded, "Кто был, кроме генпрокурора?"),
        (scope.narrowed_after, "Затрагивалось ли образование — хотя бы юридическое?"),
        (scope.without_kind_of_named, "Что за лозунг «Закон и порядок»?"),
        (form.without_frankness, "Скажите честно, что эти изменения должны улучшить?"),
        (form.purpose_of_an_item, "Какую цель преследует последнее из перечисленных направлений?"),
        (claims.without_hedge, "О чём по сути идёт речь на круглом столе?"),
        (claims.loaded_opposed, "Какие правонарушения, по словам генпрокурора, допустимо терпеть?"),
        (substantive.adjective_as_people, "Что меняется для военных согласно проекту?"),
        (weighed.contrast_as_theirs, "Is crime prevention emphasised over punishment?"),
    ],
)
def test_pass_still_reads_its_construction(engine: Engine, step: Pass, question: str) -> None:
    """With its trigger present, each pass past its new cheap test still reads the question."""
    analysis, read = _read(engine, step, question)
    assert read != analysis


@pytest.mark.parametrize(
    "step",
    [
        scope.without_excluded,
        scope.narrowed_after,
        scope.without_kind_of_named,
        form.without_frankness,
        form.purpose_of_an_item,
        claims.without_hedge,
        claims.loaded_opposed,
        substantive.adjective_as_people,
        weighed.contrast_as_theirs,
    ],
)
@pytest.mark.parametrize(
    "question",
    [
        COMMON,
        "Когда прошёл круглый стол?",
        "Who took part in the round table?",
        "Дөңгелек үстелге кім қатысты?",
    ],
)
def test_pass_leaves_a_common_question_as_it_was(engine: Engine, step: Pass, question: str) -> None:
    """Without its trigger, a pass returns the analysis itself."""
    analysis, read = _read(engine, step, question)
    assert read is analysis


def test_return_opening_still_peeled() -> None:
    """«тока с вахты вернулся…»: the opening telling where the asker is back from is dropped; a
    question without «с» / «из» in its first words is itself (the cheap test)."""
    assert (
        without_return("тока с вахты вернулся коротко чё было на круглом столе?")
        == "коротко чё было на круглом столе?"
    )
    assert (
        without_return("вернулась из отпуска — кто выступал на круглом столе?")
        == "кто выступал на круглом столе?"
    )
    assert without_return(COMMON) == COMMON
    assert without_return("Вернулся ли генпрокурор к теме?") == "Вернулся ли генпрокурор к теме?"


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("Какие мысли можно рассказать школьникам?", {"школьникам", "рассказать"}),
        ("Оқырмандарға реформаның мақсатын қалай түсіндірсем болады?", {"оқырмандарға", "түсіндірсем"}),
        ("Что сказано о школьниках?", set()),
        (COMMON, set()),
    ],
)
def test_told_audience_as_before(question: str, told: set[str]) -> None:
    """The audience told and its verb of telling; none without such a verb (the cheap test)."""
    assert set(told_audience(words(question))) == told


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Кто был на круглом столе, кроме генпрокурора?", "participants"),
        ("Что за лозунг «Закон и порядок»?", "law_and_order_preamble"),
        (COMMON, "law_and_order_meaning"),
    ],
)
def test_replies_as_before(engine: Engine, question: str, entry: str) -> None:
    """Whole questions through the engine keep the entries they got before this round (as every
    evaluation row keeps its reply)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


def test_phrase_positions_as_a_scan() -> None:
    """form._phrase_at, past its test of the first word, finds every occurrence as the scan did."""
    found = ("в", "общих", "чертах", "о", "чем", "в", "целом", "говорили")
    assert form._phrase_at(found, ("в", "целом")) == {5, 6}
    assert form._phrase_at(found, ("в", "общих", "чертах")) == {0, 1, 2}
    assert form._phrase_at(found, ("по", "пунктам")) == set()
    assert form._phrase_at(found, ("в", "основном")) == set()
    assert form._phrase_at(found, ()) == set()
