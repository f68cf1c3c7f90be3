"""Round 73a: false declines of literary Russian (blind103–104): verbs of insisting and of speaking
for a thing as verbs of saying (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Кто настаивал на продолжении разъяснительной работы?",
        "Кто настаивает на разъяснительной работе?",
        "Кто настоял на том, чтобы продолжать разъяснительную работу?",
        "Кто выступил за продолжение разъяснительной работы?",
    ],
)
def test_who_insisted_is_who_said(engine, question: str) -> None:
    """«Кто настаивал на X», «кто выступил за X»: insisting on a thing, speaking for it, is saying it
    must be done (the `said` kind, as «кто призвал»): the entry reporting whose words those are."""
    reply = engine.answer(question)
    assert reply.kind == "answer", describe(reply)
    assert reply.entry_id in {"explanatory_work", "prosecutor_speech"}, describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кто настаивал на снижении налогов?",
        "Кто выступил за отмену смертной казни?",
        "Кто настаивал на переносе выборов?",
    ],
)
def test_insisting_on_what_the_text_never_names_declines(engine, question: str) -> None:
    """Insisting on a thing the documents never name: declined, not the outreach entry."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


def test_who_spoke_stays_the_speaker(engine) -> None:
    """«Кто выступал на круглом столе?»: «выступал» without «за» is speaking, not saying for."""
    reply = engine.answer("Кто выступал на круглом столе?")
    assert (reply.kind, reply.entry_id) == ("answer", "speaker"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какое значение будут иметь поправки для развития страны в долгосрочном плане?",
        "Что дадут изменения стране в долгосрочном плане?",
        "Какое значение поправки имеют для страны в долгосрочном смысле?",
    ],
)
def test_in_the_long_term_plan_is_no_plan(engine, question: str) -> None:
    """«в долгосрочном плане», «в … смысле»: the adverb its adjective makes, no plan asked of
    (frames.in_a_respect)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "long_term_guidelines"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какое значение будут иметь поправки в финансовом плане?",
        "Какой план реформы?",
        "Есть ли у правительства план внедрения поправок?",
    ],
)
def test_a_plan_or_an_unknown_respect_stays(engine, question: str) -> None:
    """A respect the documents never name («в финансовом плане»), or a real plan: not answered."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


def test_as_regards_keeps_its_genitive(engine) -> None:
    """«в плане защиты прав» (as regards, with a genitive) is read as before (without_domain_frame)."""
    reply = engine.answer("Что изменится в плане защиты прав?")
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Говорилось ли о том, чтобы нормы права толковались и применялись одинаково во всех случаях?",
        "Будут ли правовые нормы применяться единообразно?",
        "Что сказано о единообразном применении норм права?",
    ],
)
def test_legal_norms_are_the_legislation(engine, question: str) -> None:
    """«нормы права», «правовые нормы» are the text's «законодательство» (its uniform application)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "equality_before_law"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие нормы права о налогах изменятся?",
        "Будут ли правовые нормы о выборах пересмотрены?",
    ],
)
def test_norms_of_what_the_text_never_names_decline(engine, question: str) -> None:
    """Norms of a thing the documents never speak of: not answered."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
