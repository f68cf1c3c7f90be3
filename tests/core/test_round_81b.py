"""Round 81b: false «не говорится» on answerable questions: «на этот счёт», «по этому поводу» point
back as «об этом» does; «конфиденциальность» is the privacy of personal data; where the asker works
or lives before a comma (real engine)."""

from __future__ import annotations

import pytest

from bot.qa.text import focus

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (
            "Меня немного пугает, что государство будет использовать ИИ и большие данные. "
            "Не пострадает ли приватность? Что на этот счёт говорится?",
            "personal_data_protection",
        ),
        ("Не пострадает ли приватность граждан? Что по этому поводу говорится?", "personal_data_protection"),
        (
            "Волнуюсь за свои персональные данные. Что на этот счёт говорится в тексте?",
            "personal_data_protection",
        ),
        ("Меня волнует защита данных. Что по этому поводу сказано в документе?", "personal_data_protection"),
        ("Что на сей счёт говорил генпрокурор про правовое сознание?", "legal_consciousness"),
    ],
)
def test_idiom_pointing_back_is_no_subject(engine, question: str, entry_id: str) -> None:
    """«на этот счёт», «по этому поводу» say «об этом»: the idiom's noun is no detail asked, and the
    sentence before it is what is asked of."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Меня волнуют налоги. Что по этому поводу сказано в документе?",
        "За счёт чего будут финансироваться изменения?",
    ],
)
def test_idiom_keeps_an_unsaid_subject(engine, question: str) -> None:
    """The idiom drops only itself: a subject the documents never name keeps «не говорится», and
    «за счёт чего» (the means) is no idiom of pointing back."""
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Если начнут анализировать массивы данных о людях, что будет с гарантиями конфиденциальности?",
        "Как будет обеспечена конфиденциальность личных данных?",
        "Что сказано о конфиденциальности данных граждан?",
        "What does the text say about data confidentiality?",
    ],
)
def test_confidentiality_is_personal_data(engine, question: str) -> None:
    """«конфиденциальность», "confidentiality" of data is the privacy the text guarantees."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "personal_data_protection"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Будет ли гарантирована конфиденциальность переписки?",
        "Будет ли соблюдаться врачебная тайна и конфиденциальность?",
    ],
)
def test_confidentiality_of_what_the_text_never_names_declines(engine, question: str) -> None:
    """Correspondence, medical secrecy: details the text never gives."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("работаю на таможне хоргос, нам чето про цифру и ии светит по проекту?", "digital_solutions"),
        ("Работаю на заводе, что говорили про правовую культуру?", "legal_culture"),
        ("Живу в Таразе, кто выступал на круглом столе?", "speaker"),
    ],
)
def test_where_the_asker_works_before_a_comma(engine, question: str, entry_id: str) -> None:
    """«Работаю на таможне, …», «Живу в Таразе, …»: a first-person verb and a place before a comma
    tell where the asker works or lives, as they do before a full stop; the question follows."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Работаю в налоговой, что будет с налогами?",
        "Учусь в колледже, будут ли стипендии?",
        "Живу в Астане, когда вступит в силу новая Конституция?",
    ],
)
def test_where_the_asker_works_leaves_the_question_unsaid(engine, question: str) -> None:
    """Past the asker's place the question keeps its own detail the documents never give."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_where_the_asker_works_keeps_a_pointing_question() -> None:
    """«Работаю в прокуратуре, это про нас?»: «это» points back into the opening, which stays."""
    question = "Работаю в прокуратуре, это про нас?"
    assert focus(question) == (question, False)
