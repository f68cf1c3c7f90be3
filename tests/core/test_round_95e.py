"""Round 95e: colloquial, Kazakh and English declines of the newest sets: the Kazakh «ия» (yes) in «ия
или нет», «вабще», the science community's support read as its readiness to contribute, an English
"anyone" sent by a body or from it, the Kazakh «көңіл аудару», thanks in advance after a comma (real
engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("ксперты готовы вклад внести? ия или нет", "outcome"),
        ("учёные готовы внести вклад? ия или нет", "outcome"),
        ("Парламент был на круглом столе? иа или жок", "participant_parliament"),
        ("ИИ используют? ия или нет", "digital_solutions"),
    ],
)
def test_kazakh_yes_against_no_asks_yes_or_no(engine, question: str, entry_id: str) -> None:
    """«ия / иа» set against «нет» / «жок» is the Kazakh «иә» (yes) typed on a Russian keyboard, as
    «да или нет»: no «ИИ» (artificial intelligence), whose lemma «ия» shares."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize("question", ["Используется ли ИИ?", "ИИ или нет?"])
def test_artificial_intelligence_keeps_its_answer(engine, question: str) -> None:
    """«ИИ» alone or before «или» is still artificial intelligence."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "digital_solutions"), describe(reply)


@pytest.mark.parametrize("question", ["кто такой асылов вабще", "асылов это кто вабще"])
def test_spoken_spelling_of_at_all_is_a_filler(engine, question: str) -> None:
    """«вабще» is «вообще», a filler."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "speaker"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Did academia signal willingness to support the reform?",
        "Поддерживает ли научное сообщество реформу, судя по тексту?",
        "Поддерживает ли научное сообщество работу над проектом?",
        "Поддерживают ли эксперты новую Конституцию?",
        "Does the expert community support the draft?",
        "Does academia support the reform?",
    ],
)
def test_community_support_is_its_readiness_to_contribute(engine, question: str) -> None:
    """Whether the science or expert community supports the reform is asked as its readiness to
    contribute, all the text tells of its stance («подтвердил готовность … внести вклад»)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "outcome"), describe(reply)
    readiness = "готовность научного и экспертного сообщества"
    assert any(readiness in q.text for q in reply.quotes), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Поддерживают ли эксперты отмену Сената?",
        "Поддерживают ли учёные идею двухпалатного парламента?",
        "Do experts support the death penalty?",
        "Поддерживает ли Парламент реформу?",
    ],
)
def test_support_of_other_things_or_by_others_declines(engine, question: str) -> None:
    """Support of a thing the text tells no stance on, or by a body it tells no readiness of."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_ids"),
    [
        ("Did Parliament send anyone?", {"participants", "participant_parliament"}),
        ("Was anyone from Parliament there?", {"participant_parliament"}),
        ("Was anybody from the Ombudsman's office there?", {"participant_ombudsman"}),
        ("Did the Ombudsman send anyone?", {"participants", "participant_ombudsman"}),
        ("Was anyone from Akorda there?", {"participant_administration"}),
    ],
)
def test_anyone_sent_by_or_from_a_body_asks_whether_it_took_part(
    engine, question: str, entry_ids: set[str]
) -> None:
    """ "anyone" sent by a body, or before "from" a body, names no one: whether the body took part
    is asked, no longer the curated "anyone from Akorda" (the Administration)."""
    reply = engine.answer(question)
    assert reply.kind == "answer", describe(reply)
    assert reply.entry_id in entry_ids, describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "What happened here: did anyone vote?",
        "Did Parliament send anyone to vote?",
        "Was anyone from the Ministry of Finance there?",
        "Did the Senate send anyone?",
    ],
)
def test_anyone_doing_more_or_from_a_body_absent_declines(engine, question: str) -> None:
    """A vote asked of anyone, or a body the text never names, still declines."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Қатысушылар теорияға ма, әлде практикалық жағына көбірек көңіл аударды ма?",
        "Қатысушылар теориялық па, әлде практикалық жағына көбірек көңіл аударды ма?",
    ],
)
def test_kazakh_turning_attention_is_attention(engine, question: str) -> None:
    """«көңіл аудару» (to turn one's attention to) is «назар аудару»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "practical_focus"), describe(reply)


def test_kazakh_attention_to_what_the_text_never_names_declines(engine) -> None:
    """Attention to taxes: never told."""
    reply = engine.answer("Қатысушылар салыққа көңіл аударды ма?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("ГП говорил про правопорядок что то, рахмет заранее", "overall_assessment"),
        ("кто выступал на круглом столе, заранее спасибо вам большое", "speaker"),
        ("who spoke at the round table, thanks in advance", "speaker"),
    ],
)
def test_closing_thanks_in_advance_after_a_comma_asks_nothing(engine, question: str, entry_id: str) -> None:
    """Thanks in advance closing an unpunctuated question after a comma are courtesy."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize("question", ["налоги, спасибо заранее", "спасибо, спасибо заранее"])
def test_thanks_in_advance_leave_the_rest_as_it_is(engine, question: str) -> None:
    """Taxes are still not in the documents; thanks alone are small talk."""
    reply = engine.answer(question)
    assert reply.kind in ("none", "smalltalk"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Does the release frame the reform in rule-of-law terms?",
        "Is the reform framed in rule of law terms?",
    ],
)
def test_curated_phrase_before_terms_is_in_terms_of_it(engine, question: str) -> None:
    """ "in rule-of-law terms" reads as "in terms of the rule of law"."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "reform_aims"), describe(reply)


def test_plain_adjective_before_terms_is_left_alone(engine) -> None:
    """ "in legal terms": no curated phrase, no reading."""
    reply = engine.answer("Is the reform described in legal terms?")
    assert reply.kind == "none", describe(reply)
