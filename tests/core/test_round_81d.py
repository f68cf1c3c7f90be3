"""Round 81d: answerable questions declined or asked back: a number of things asked for met by an
answer that says as many in words, and support set against criticism by «или» (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Какие четыре направления выделены в проекте новой Конституции?",
        "Назовите четыре направления, выделенные в проекте",
        "Какие четыре направления обсуждали на круглом столе?",
    ],
)
def test_number_asked_met_by_an_answer_saying_it(engine, question: str) -> None:
    """«четыре направления»: the answer saying «четырём направлениям» names as many things as asked;
    an entry listing nothing beside it does not give them."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "key_directions"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Назовите три цели изменений", "overall_assessment"),
        ("Какие изменения предлагаются в проекте новой Конституции?", "proposed_changes"),
    ],
)
def test_other_counts_keep_their_entry(engine, question: str, entry_id: str) -> None:
    """A count met by another entry's list, or no count at all, keeps its answer."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Генеральный прокурор поддерживает предлагаемые новеллы или критикует их?",
        "Прокурор поддержал изменения или раскритиковал?",
        "Асылов одобряет проект или осуждает его?",
        "Генпрокурор поддерживает реформу или критикует?",
    ],
)
def test_support_or_criticism_asks_the_assessment(engine, question: str) -> None:
    """A verb of objecting set against a verb of support by «или» is the other side of one question:
    how the one named judged the thing."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кто критиковал изменения?",
        "Участники поддержали проект или критиковали его?",
        "Генпрокурор поддерживает отмену смертной казни или критикует её?",
    ],
)
def test_criticism_without_a_named_judge_or_known_thing_declines(engine, question: str) -> None:
    """A lone objection asks who objected; a group is no one speaker; an unknown thing stays
    unknown."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Как в тексте трактуется равенство перед законом?", "equality_before_law"),
        ("Как трактуется равенство перед законом?", "equality_before_law"),
        ("Как в тексте трактуется правовая культура?", "legal_culture"),
        ("Как толкуется принцип «Закон и порядок»?", "law_and_order_meaning"),
    ],
)
def test_how_a_thing_is_construed_asks_what_it_means(engine, question: str, entry_id: str) -> None:
    """The impersonal «трактуется», «толкуется» ask what «означает», «понимается» ask."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Как трактуется налоговый кодекс?", "Как трактуется смертная казнь в проекте?"],
)
def test_how_an_unknown_thing_is_construed_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question", ["Почему реформа неправильно трактуется?", "Реформа неправильно трактуется?"]
)
def test_a_thing_construed_wrongly_is_the_misreading(engine, question: str) -> None:
    """«неправильно трактуется» is the inaccurate interpretation the text warns of, not a meaning."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "explanation_purpose"), describe(reply)


@pytest.mark.parametrize(
    ("question", "written_out", "entry_id"),
    [
        ("что было 27 февр по конституции", "что было 27 февраля по конституции", "about_document"),
        ("что было 27.02.2026", "что было 27 февраля 2026", "about_document"),
        ("Что произошло 27 фев.?", "Что произошло 27 февраля?", "about_document"),
        ("кто выступал 27.02?", "кто выступал 27 февраля?", "speaker"),
    ],
)
def test_a_shortened_date_is_the_date(engine, question: str, written_out: str, entry_id: str) -> None:
    """«27 февр», «27.02.2026»: a month cut short or in digits is written out as the text writes it,
    and answered as the date written out is (beside one document: its own date names its event)."""
    reply, full = engine.answer(question), engine.answer(written_out)
    assert (reply.kind, reply.entry_id) == (full.kind, full.entry_id), describe(reply)
    if len(engine.kb.sources) == 1:
        assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize("question", ["что было 15 мар", "что было 27 февр 2025 года"])
def test_another_shortened_date_is_not_the_documents(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_a_decimal_number_is_no_date(engine) -> None:
    """«1.05» without a year is a number, not the first of May."""
    assert "мая" not in engine.analyzer.analyse("рост в 1.05 раза").words
