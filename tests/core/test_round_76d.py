"""Round 76d: answerable noisy, Kazakh and English questions the bot declined: the colloquial «цифра»
after a preposition as the digital sphere, "attitude" as a frame (as «отношение»), the Kazakh
«арттыру» as «повышение», what the documents' whole emphasizes as its focus, where a thing
stands as its stage (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "про цифру что было",
        "про цифру чо было на круглом столе",
        "ИИ + конституция = ? что там про цифру",
        "а по цифре что предлагают",
        "что говорили о цифре в правовой сфере",
    ],
)
def test_colloquial_digit_after_a_preposition_is_the_digital_sphere(engine, question: str) -> None:
    """«про цифру», «по цифре»: the colloquial «цифра» after a preposition of topic names the
    digital sphere, which the digital solutions entry tells."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "digital_solutions"), describe(reply)


def test_everything_moved_into_digital_keeps_personal_data(engine) -> None:
    """«если всё в цифру переведут»: going over into the digital is digitalisation, beside which the
    personal data are protected."""
    reply = engine.answer("каг защитят мои перс данные если все в цифру переведут")
    assert (reply.kind, reply.entry_id) == ("answer", "personal_data_protection"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "какая цифра участников",
        "про цифру 27 что известно",
        "что про цифровой тенге",
        "Какая цифра бюджета на реформу?",
    ],
)
def test_a_number_stays_a_number(engine, question: str) -> None:
    """A number asked by a which-word, one with a figure after it, or another digital thing is no
    digital solution."""
    reply = engine.answer(question)
    assert reply.entry_id != "digital_solutions", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "What attitude towards offences did the Prosecutor General call for?",
        "What attitude to offences did the Prosecutor General urge?",
        "What attitude towards offences does the Prosecutor General want?",
    ],
)
def test_attitude_frames_as_stance(engine, question: str) -> None:
    """ "attitude" frames what was said of a thing, as «отношение» and "stance" do."""
    reply = engine.answer(question)
    assert reply.kind == "answer", describe(reply)
    assert reply.entry_id in {"prosecutor_speech", "law_and_order_meaning"}, describe(reply)


@pytest.mark.parametrize(
    "question",
    ["What is the public attitude to taxes?", "What attitude did the President take to military service?"],
)
def test_attitude_to_an_unnamed_thing_is_declined(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Құқықтық сауаттылықты арттыру неге маңызды?",
        "Құқықтық сауаттылықты арттыру неліктен маңызды?",
    ],
)
def test_kazakh_raise_is_the_texts_increase(engine, question: str) -> None:
    """«арттыру» (to raise) is the text's «повышение»: why raising legal literacy matters."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "legal_consciousness"), describe(reply)


@pytest.mark.parametrize("question", ["Салықтарды арттыра ма?", "Реформа салықтарды арттыра ма?"])
def test_kazakh_raising_taxes_stays_declined(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Does the reform emphasize preventing offences rather than punishing them?",
        "Does the reform emphasize preventing offences?",
        "Does the draft emphasise prevention?",
        "Does the new constitution emphasize prevention rather than punishment?",
    ],
)
def test_what_the_whole_emphasizes_is_its_focus(engine, question: str) -> None:
    """ "Does the reform emphasize X?": the whole does not speak, it puts its focus on X (the
    text's «с акцентом на профилактику»)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Does the reform emphasize tax cuts?",
        "Does the draft emphasize military service?",
        "Did the reform emphasize the death penalty?",
    ],
)
def test_the_whole_emphasizing_an_unnamed_thing_is_declined(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_what_the_speaker_emphasized_keeps_his_words(engine) -> None:
    reply = engine.answer("What did the Prosecutor General emphasize?")
    assert (reply.kind, reply.entry_id) == ("answer", "prosecutor_speech"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Where does the draft constitution stand right now?",
        "Where does the draft constitution stand?",
        "Where do things stand with the draft?",
    ],
)
def test_where_a_thing_stands_is_its_stage(engine, question: str) -> None:
    """ "Where does the draft stand?": the English idiom asks the stage it has reached, not a place."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "current_stage"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Where will the new parliament stand?",
        "Where does the draft stand on taxes?",
        "Where does the pension reform stand?",
        "Where was the round table held?",
    ],
)
def test_a_place_or_a_stance_is_no_stage(engine, question: str) -> None:
    """A place (the future, a past event), a stance on a thing, another reform's stage: declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
