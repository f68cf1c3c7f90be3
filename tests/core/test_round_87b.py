"""Round 87b: confident wrong answers and answered near misses: the English "this" pointing back at
the asker's sentence, a closing "in short" without its comma, the exact wording of the Preamble, a
case or place "in all regions" / "from one region to another" and «чем обосновывается» as a reason
(real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (
            "As a foreign investor, I care about laws being applied in the same way everywhere. "
            "Is this addressed in the document?",
            "equality_before_law",
        ),
        (
            "I worry about the protection of my personal data. Was this discussed at the round table?",
            "personal_data_protection",
        ),
        (
            "I care about the quality of legal education. Did the round table address this?",
            "legal_culture",
        ),
    ],
)
def test_english_this_points_back_at_the_sentence_before(engine, question: str, entry_id: str) -> None:
    """ "Did the round table address this?", "Is this addressed…?": "this" names nothing; the
    sentence before it is what is asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "As a retired judge I worry about the same law being applied differently from one region to "
        "another. Did the round table address this?",
        "I care about the weather tomorrow. Did the round table address this?",
        "As a student I care about tuition fees. Is this addressed in the document?",
    ],
)
def test_english_this_is_not_the_speaker_addressing(engine, question: str) -> None:
    """The pointing question alone matched the speaker who "addressed the participants"; read with
    its sentence, it is not answered by him."""
    reply = engine.answer(question)
    assert reply.entry_id != "speaker", describe(reply)
    assert reply.kind == "none", describe(reply)


def test_this_before_a_noun_still_names_it(engine) -> None:
    """ "Is this reform good?": "this" determines its noun."""
    reply = engine.answer("Is this reform good?")
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("what r the goals of the reform in short", "reform_aims"),
        ("what are the goals of the reform in simple terms", "reform_aims"),
        ("who spoke at the round table in short", "speaker"),
        ("what is the main takeaway of the round table in a nutshell", "outcome"),
        ("what is planned in the legal sphere", "digital_solutions"),
    ],
)
def test_closing_in_short_without_a_comma(engine, question: str, entry_id: str) -> None:
    """A closing "in short" asks only how briefly to answer, with its comma or without; "in the legal
    sphere" is no such phrase."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Как будет дословно звучать новая Преамбула?",
        "Какова точная формулировка Преамбулы Основного Закона в новом проекте?",
        "Какой будет новая Преамбула целиком?",
        "Дайте точную формулировку новой Преамбулы",
        "What will the preamble say exactly?",
    ],
)
def test_exact_wording_of_the_preamble_is_not_given(engine, question: str) -> None:
    """The Preamble's own words asked exactly: the press release reports what was said of it."""
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Как бывший судья, прошу точную формулировку: какой статус приобретает принцип «Закон и порядок» "
        "после его закрепления в преамбуле?",
        "Как дословно называется принцип, который закрепят в преамбуле?",
        "Что будет в преамбуле новой Конституции?",
    ],
)
def test_the_preamble_as_a_place_keeps_its_answer(engine, question: str) -> None:
    """The Preamble as where the principle is put («в преамбуле»): the quoted principle is asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "law_and_order_preamble"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Will the law be applied the same way in all regions?",
        "Is the law applied the same way from one region to another?",
    ],
)
def test_every_region_says_how_widely(engine, question: str) -> None:
    """ "in all regions", "from one region to another" name no region of their own."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "equality_before_law"), describe(reply)


def test_which_regions_stays_asked(engine) -> None:
    """ "Which regions took part?" asks regions the text never names."""
    reply = engine.answer("Which regions took part?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Чем обосновывается необходимость привлекать гражданское общество к обсуждению?",
        "Я в дебатном клубе, готовлю аргументы. "
        "Чем обосновывается необходимость широкого обсуждения проекта?",
        "Чем обоснована необходимость разъяснительной работы?",
    ],
)
def test_justified_by_what_asks_the_reason(engine, question: str) -> None:
    """«чем обосновывается X» asks why X, as «чем объясняется X»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "explanation_purpose"), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Чем обосновывается повышение налогов?", "Чем обоснован выбор даты круглого стола?"],
)
def test_justified_by_what_of_an_untold_thing_declines(engine, question: str) -> None:
    """What the reason is asked of must still be told: taxes and the date's choice are not."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
