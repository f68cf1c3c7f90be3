"""Round 94a: near misses answered (hunt 27): the course of organising or planning asked «как
именно», a term asked beyond the length the question names, the figures of guidelines, one more
event than the one reported, the Kazakh Preamble word for word, readiness for what the text never
names, and an English object after "the" closing the question (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Как именно будет организована системная разъяснительная работа по проекту Конституции?",
        "Как именно научное сообщество планирует внести вклад в формирование конституционной модели?",
        "Как конкретно организуют разъяснительную работу среди населения?",
        "Как именно эксперты планируют участвовать в обсуждении?",
    ],
)
def test_how_exactly_organised_or_planned_declines(engine, question: str) -> None:
    """The documents name the work and the aim, never how it is organised or planned."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "На какой срок рассчитаны долгосрочные ориентиры развития, заданные изменениями?",
        "На какой срок рассчитаны долгосрочные ориентиры, которые задают предлагаемые изменения?",
        "Какие ориентиры социально-экономического развития закладывает новая Конституция в цифрах?",
    ],
)
def test_figures_beyond_the_length_named_decline(engine, question: str) -> None:
    """«Долгосрочные» is all the text says of the term: a term asked beyond it, or the guidelines
    in figures, is a number it never gives."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "На какой срок рассчитаны ориентиры, которые задают изменения?",
        "На какой срок изменения задают ориентиры — краткосрочные или долгосрочные?",
        "Какие ориентиры задают изменения и на какой срок?",
        (
            "Какой срок действия у ориентиров, которые задают предлагаемые поправки, "
            "— краткосрочный или долгосрочный?"
        ),
    ],
)
def test_term_of_the_guidelines_keeps_its_answer(engine, question: str) -> None:
    """The term asked, or offered as one of two lengths, is the long term the text tells."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "long_term_guidelines"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Будет ли проведён ещё один круглый стол по этой теме?",
        "Планируется ли ещё одно обсуждение проекта?",
        "Состоится ли ещё одна встреча экспертов?",
    ],
)
def test_one_more_event_declines(engine, question: str) -> None:
    """«Ещё один круглый стол»: another event than the one reported, which the text never names."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Жаңа Конституцияның Преамбуласы сөзбе-сөз қалай жазылады?",
        "Преамбуланың мәтіні сөзбе-сөз қандай?",
    ],
)
def test_kazakh_preamble_word_for_word_declines(engine, question: str) -> None:
    """The press release quotes no Preamble word for word («сөзбе-сөз»)."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_kazakh_principle_in_the_preamble_keeps_its_answer(engine) -> None:
    """«Преамбулада» (in the Preamble) is where the principle is put, not its wording asked."""
    reply = engine.answer("Преамбулада қандай қағидат бекітіледі?")
    assert (reply.kind, reply.entry_id) == ("answer", "law_and_order_preamble"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Готовы ли эксперты работать бесплатно?",
        "Готовы ли эксперты работать безвозмездно?",
    ],
)
def test_readiness_for_what_the_text_never_names_declines(engine, question: str) -> None:
    """The text tells the readiness to contribute, not to work for free. (The English "willing to
    work for free" declines with one source; the second source uses "free".)"""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Готово ли экспертное сообщество внести вклад в новую Конституцию?",
        "Готовы ли учёные участвовать в формировании конституционной модели?",
        "Are scientists ready to contribute to the constitutional model?",
    ],
)
def test_readiness_the_text_tells_keeps_its_answer(engine, question: str) -> None:
    """Readiness to contribute to the constitutional model is the round table's outcome."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "outcome"), describe(reply)


def test_english_object_after_the_closing_declines(engine) -> None:
    """ "address the weather": "the" and a new word closing the question is its object, a noun."""
    reply = engine.answer("Did the round table address the weather?")
    assert reply.kind == "none", describe(reply)


def test_addressing_the_participants_keeps_the_speaker(engine) -> None:
    """Whom Asylov addressed is the participants: the text tells it."""
    reply = engine.answer("Did Asylov address the participants?")
    assert (reply.kind, reply.entry_id) == ("answer", "speaker"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Проводился ли соцопрос об отношении граждан к реформе?",
        "Проводился ли соцопрос об отношении граждан к реформе и какие у него результаты?",
    ],
)
def test_compound_of_a_shortened_adjective_is_a_real_word(engine, question: str) -> None:
    """«Соцопрос» (a social poll) is a word, a subject the text never names, not a typo."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_compound_the_text_uses_keeps_its_answer(engine) -> None:
    """«Госаппарат» is the text's state administration."""
    reply = engine.answer("Повлияют ли изменения на качество работы госаппарата?")
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)
