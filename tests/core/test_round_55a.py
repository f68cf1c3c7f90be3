"""Round 55a: confident wrong answers over every set (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Будут ли законы применяться одинаково во всех регионах?",
        "Обсуждалось ли, чтобы законы применялись одинаково во всех регионах?",
        "Будет ли закон в каждом регионе применяться единообразно?",
    ],
)
def test_in_every_region_says_how_widely(engine, question: str) -> None:
    """«во всех регионах», «в каждом регионе», as «во всех случаях»: how widely the law is applied
    alike, no region of its own; the uniform application of the law is asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "equality_before_law"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Будут ли во всех регионах открывать новые суды?",
        "Будут ли во всех регионах проводить референдум?",
        "Какие законы применяются в моём регионе?",
    ],
)
def test_regions_with_what_the_text_omits_decline(engine, question: str) -> None:
    """New courts, a referendum, one's own region's laws: the text says none of it."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Меня волнует единообразное применение законов. Обсуждалось ли это на круглом столе?",
        "Меня волнует, чтобы законы применялись одинаково. Обсуждалось ли это?",
    ],
)
def test_this_after_the_askers_concern_is_that_concern(engine, question: str) -> None:
    """«Обсуждалось ли это (на круглом столе)?» after the asker's sentence: «это» stands for that
    sentence, so the sentence is asked, not a bare «what was discussed»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "equality_before_law"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Я член избирательной комиссии, и меня волнует, чтобы законы применялись одинаково во всех "
        "регионах. Обсуждалось ли это на круглом столе?",
        "Я юрист из Караганды, часто вижу, что в разных регионах одни и те же нормы применяют "
        "по-разному. Обсуждалось ли это?",
    ],
)
def test_this_after_a_story_gives_no_bare_discussion_answer(engine, question: str) -> None:
    """These got what was discussed (practical_focus, proposed_changes): the story before «это» is
    what is asked; answered, only with equal application of the law."""
    reply = engine.answer(question)
    assert reply.kind != "answer" or reply.entry_id == "equality_before_law", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Меня волнуют налоги для фермеров. Обсуждалось ли это на круглом столе?",
        "Меня волнуют налоги для фермеров. Обсуждалось ли это?",
        "Меня волнует, будут ли повышать пенсии. Обсуждалось ли это на круглом столе?",
    ],
)
def test_this_after_a_concern_the_text_omits_declines(engine, question: str) -> None:
    """Taxes, pensions: «это» is what the text never names, so nothing is answered."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


def test_what_this_document_is_still_reads_alone(engine) -> None:
    """«Что это за документ?»: «это» with «за» asks of the document, after the asker's sentence too."""
    reply = engine.answer("Я студент. Что это за документ?")
    assert (reply.kind, reply.entry_id) == ("answer", "about_document"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Как связаны проект Конституции и правопорядок, по словам Генпрокурора?",
        "Как, по словам генпрокурора, связаны новая Конституция и правопорядок?",
        "Как связан проект Конституции с правопорядком по мнению Асылова?",
    ],
)
def test_how_the_draft_is_linked_with_a_thing_in_his_words(engine, question: str) -> None:
    """How the draft is linked with law and order, in the Prosecutor General's words: what he is
    reported to say of law and order (the changes reinforce it), not all he said of the draft."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


def test_in_connection_with_asks_no_link(engine) -> None:
    """«в связи с обсуждением» ("as to the discussion") asks no link: what he said must go on."""
    reply = engine.answer(
        "Что, по словам генерального прокурора, необходимо продолжать в связи с обсуждением проекта?"
    )
    assert (reply.kind, reply.entry_id) == ("answer", "explanatory_work"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Как связаны проект Конституции и налоги, по словам Генпрокурора?",
        "Как связаны проект Конституции и пенсии по словам Асылова?",
    ],
)
def test_how_the_draft_is_linked_with_what_the_text_omits_declines(engine, question: str) -> None:
    """Taxes, pensions: he is reported to say nothing of them."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
