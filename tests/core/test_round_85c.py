"""Round 85c: confident wrong answers — Kazakh nouns in «-ым/-ім» kept whole (a recommendation is
no proposing), a name in quotation marks left out whole by «помимо», «кроме», "besides" (real
engine)."""

from __future__ import annotations

import pytest

from bot.qa.kazakh import stem

from ._support import describe


@pytest.mark.parametrize(
    ("word", "kept"),
    [
        ("ұсынымдар", "ұсыным"),  # recommendations, not «ұсын-» (to propose)
        ("шешімдер", "шешім"),  # decisions, solutions
        ("ғылымдар", "ғылым"),  # sciences
        ("білімінің", "білім"),  # of education
    ],
)
def test_kazakh_nouns_in_ym_keep_their_ending(word: str, kept: str) -> None:
    """Nouns ending in «-ым/-ім» are many («ұсыным», «шешім», «ғылым», «білім») and, cut, meet other
    words' roots; the first person's possessive comes off only after the plural (round 85e)."""
    assert stem(word) == kept


@pytest.mark.parametrize(
    "question",
    [
        "Дөңгелек үстелдің қорытындысы бойынша қандай ұсынымдар қабылданды?",
        "Дөңгелек үстел қорытындысы бойынша қандай ұсынымдар қабылданды?",
        "Дөңгелек үстелде қандай ұсынымдар берілді?",
        "Дөңгелек үстелдің қорытындысы бойынша қандай шешім қабылданды?",
    ],
)
def test_recommendations_adopted_are_not_the_outcome(engine, question: str) -> None:
    """«қандай ұсынымдар қабылданды» (which recommendations were adopted) asks what the documents
    never report, as «Какие рекомендации были приняты?» does: declined, not the round table's
    outcome reached through «ұсын-», to propose."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Жаңа Конституция жобасында қандай өзгерістер ұсынылады?", "proposed_changes"),
        ("Құқықтық салада қандай цифрлық шешімдер ұсынылады?", "digital_solutions"),
        ("Цифрлық шешімдер бағыты нені көздейді?", "digital_solutions"),
        ("Заң білімінің сапасын арттыру туралы не айтылған?", "legal_culture"),
        ("Гылымдар мен сарапшылар реформага улес косуга дайын ба?", "participant_science"),
    ],
)
def test_proposing_solutions_and_science_keep_their_entries(engine, question: str, entry_id: str) -> None:
    """The verb of proposing, the digital solutions, legal education and the scientists keep their
    entries with the nouns in «-ым/-ім» whole (the scientists' readiness is now found through
    «ғылым», science, no longer cut to «ғыл»)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие темы обсуждались, помимо принципа «Закон и порядок»?",
        "Какие направления обсуждались, кроме «Закона и порядка»?",
        'Какие ещё темы обсуждали кроме принципа "закон и порядок"?',
        'Besides the "Law and Order" principle, what topics were discussed?',
        'Besides "Law and Order", which areas got attention?',
    ],
)
def test_topics_besides_a_quoted_name(engine, question: str) -> None:
    """«помимо принципа «Закон и порядок»»: a name in quotation marks is left out whole (the first
    two words alone left «порядок» asked about), so the topics discussed beside it are the
    directions, not the entry naming the principle as the draft's one provision."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "key_directions"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кто, кроме экспертов, готов внести вклад в экономику?",
        "Что ещё меняется в Преамбуле, кроме «Закона и порядка»?",
        "Какие ещё принципы, кроме принципа «Закон и порядок», закреплены?",
    ],
)
def test_what_else_beside_a_name_still_declines(engine, question: str) -> None:
    """What else the Preamble holds, which principles else are enshrined, who else will help the
    economy: the documents tell none of it, with the name left out whole or not."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
