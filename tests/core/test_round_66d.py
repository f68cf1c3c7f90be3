"""Round 66d: the Kazakh passive read as its verb (real engine and the stemmer)."""

from __future__ import annotations

import pytest

from bot.qa import kazakh

from ._support import describe


@pytest.mark.parametrize(
    ("word", "root"),
    [
        ("бекітіледі", "бекіт"),
        ("бекітілген", "бекіт"),
        ("бекітілуі", "бекіт"),
        ("енгізілді", "енгіз"),
        ("ұсынылған", "ұсын"),
    ],
)
def test_passive_verb_stems_to_its_root(word: str, root: str) -> None:
    """«бекітіледі» (it is enshrined), «ұсынылған» (proposed): the passive «-ыл/-іл» before an
    ending only a verb takes is the verb's voice; the stem is the verb's own."""
    assert kazakh.stem(word) == root


@pytest.mark.parametrize("word", ["көңілді", "ауылды", "қызыл"])
def test_noun_ending_as_a_passive_keeps_its_letters(word: str) -> None:
    """A noun in «-ыл/-іл» (көңіл, ауыл, қызыл) is no passive: too short a root, or no verb ending."""
    assert kazakh.stem(word).endswith(("ыл", "іл"))


@pytest.mark.parametrize(
    "question",
    [
        "Конституцияның Преамбуласына қандай қағида енгізу ұсынылады?",
        "Ата Заңның кіріспесіне қандай қағидат енгізу ұсынылған?",
        "Конституцияның кіріспесіне қандай қағида енгізу ұсынылды?",
    ],
)
def test_principle_proposed_for_the_preamble(engine, question: str) -> None:
    """«ұсынылған», «ұсынылды» (was proposed) are «ұсыну» (to propose) in the passive: what is
    proposed for the Preamble is the «Заң және тәртіп» principle the text says it enshrines."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "law_and_order_preamble"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Преамбулаға қандай салық қағидасын енгізу ұсынылды?",
        "Конституцияның кіріспесіне қандай мерекелер енгізу ұсынылды?",
        "Ұсынылған өзгерістер салықты қалай өзгертеді?",
    ],
)
def test_what_the_text_does_not_propose_declines(engine, question: str) -> None:
    """A tax principle, holidays, taxes: nothing the text says is proposed."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
