"""Round 55d (the lead): «саты», a stage; the event on the country's reform (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Конституция жобасы казир кандай сатыда?",
        "Конституция жобасы қазір қандай сатыда?",
        "Жоба қай сатыда тұр?",
    ],
)
def test_the_stage_asked_as_saty_is_the_current_stage(engine, question: str) -> None:
    """«саты» (a stage, a step) is «этап», «кезең»: after a plain «кандай» it is no noun the
    documents never use (round 54c's kazakh_which), so the current stage answers."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id, reply.lang) == ("answer", "current_stage", "kk"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Реформаның келесі сатысы қашан басталады?",
        "Референдум қай сатыда өтеді?",
    ],
)
def test_another_stage_declines(engine, question: str) -> None:
    """The next stage's start, a referendum's stage: the text names neither."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Who took part in the round table on Kazakhstan's constitutional reform?",
        "Who attended the round table on Kazakhstan's new constitution?",
        "Кто участвовал в круглом столе по конституционной реформе Казахстана?",
        "Кто принял участие в круглом столе по проекту Конституции Казахстана?",
    ],
)
def test_the_event_on_the_countrys_reform_asks_who_took_part(engine, question: str) -> None:
    """The topic named with the event is the documents' whole with the country it is of
    («реформе Казахстана», "Kazakhstan's reform"): it says which event is meant, no subject; the
    participants answer (the English one had got the reform's link to the President)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "participants"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Who took part in the round table on Kazakhstan's pension reform?",
        "Кто участвовал в круглом столе по налоговой реформе Казахстана?",
        "Who took part in the round table on Russia's constitutional reform?",
    ],
)
def test_the_event_on_another_reform_or_country_declines(engine, question: str) -> None:
    """Another reform of the country, or another country's: the documents tell of neither event."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
