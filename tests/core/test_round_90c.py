"""Round 90c: fresh near misses answered — a Kazakh noun in the possessive and an oblique case the
documents never use, «КС» as a body the draft holds or a thing is for, "practical matters" as the
aspects of the draft, «как долго» / "how long" as a length of time (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Салық кодексіне қандай өзгерістер ұсынылады?",
        "Еңбек кодексіне қандай түзетулер енгізіледі?",
        "Заң білімі бағдарламаларына қандай өзгерістер ұсынылды?",
        "Мектеп бағдарламасында не өзгереді?",
        "Салық кодексінде не өзгереді?",
    ],
)
def test_kazakh_possessed_noun_unknown_declines(engine, question: str) -> None:
    """«Салық кодексіне» (to the Tax Code): only a noun takes the possessive and a case after it, so
    one the knowledge base never uses is the subject asked, as «кодекс» is in «Какие изменения
    предлагаются в Налоговый кодекс?», not noise the changes are answered without."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Жаңа Конституция жобасында қандай өзгерістер ұсынылады?", "proposed_changes"),
        ("Конституция жобасына қандай өзгерістер ұсынылады?", "proposed_changes"),
        ("Қазір Конституция жобасы төңірегінде не болып жатыр?", "current_stage"),
        ("Бас прокурор сөзінде не айтты?", "prosecutor_speech"),
    ],
)
def test_kazakh_possessed_known_noun_keeps_its_answer(engine, question: str, entry_id: str) -> None:
    """A noun the documents use in that form («жобасында»), and a noun of place serving as a
    postposition («төңірегінде», around), leave the answer as it was."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "какая роль КС в новом проекте",
        "Что изменится для КС по проекту?",
        "Что даст новая Конституция для КС?",
        "КС в новом проекте сохранится?",
    ],
)
def test_ks_for_which_or_in_the_draft_is_the_court(engine, question: str) -> None:
    """«для КС», «КС в новом проекте»: what a change is for, or what the draft holds, is a body
    (the Constitutional Court), not the past round table; the documents never name it."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("проект КС обсуждают щас?", "current_stage"),
        ("итоги кс какие", "outcome"),
        ("на чем сосредоточились участники кс", "practical_focus"),
    ],
)
def test_ks_as_the_event_or_the_draft_keeps_its_answer(engine, question: str, entry_id: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Did the participants discuss theory or practical matters?",
        "Did they discuss theoretical or practical matters?",
        "Did the participants focus on theoretical matters?",
    ],
)
def test_practical_matters_are_aspects(engine, question: str) -> None:
    """ "practical matters": the plural noun after an adjective is the aspects discussed, not the
    verb of "Why does X matter?"."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "practical_focus"), describe(reply)


def test_matter_as_a_verb_keeps_its_answer(engine) -> None:
    reply = engine.answer("Why does the law and order principle matter?")
    assert (reply.kind, reply.entry_id) == ("answer", "law_and_order_meaning"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Как долго готовился проект новой Конституции?",
        "Долго ли готовили проект?",
        "How long did the drafting of the new Constitution take?",
        "Как долго шёл круглый стол?",
    ],
)
def test_how_long_asks_a_length_of_time(engine, question: str) -> None:
    """«Как долго», "how long": a length of time, which no entry counting things (the principles,
    the participants) tells."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Как долго будут действовать ориентиры?",
        "How long are the guidelines meant to last?",
        "Надолго ли задуманы изменения?",
    ],
)
def test_how_long_the_guidelines_last_keeps_its_answer(engine, question: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "long_term_guidelines"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "прокуратуру в новой конституции усилят или ослабят?",
        "Усилят ли прокуратуру в новой Конституции?",
        "Президента в новой Конституции усилят?",
    ],
)
def test_body_strengthened_before_a_closing_verb(engine, question: str) -> None:
    """«Прокуратуру в новой Конституции усилят?»: the body named before a closing verb of
    strengthening, past the draft's words, is what is strengthened; no entry says it is."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Усилят ли изменения гарантии прав и свобод граждан?",
        "Права граждан в новой конституции усилят?",
    ],
)
def test_what_the_changes_strengthen_keeps_its_answer(engine, question: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)
