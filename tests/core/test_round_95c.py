"""Round 95c: how law enforcement will work with people, asked after the asker's own story: clauses
of what the asker has or undergoes beside their self-naming («Я курьер, меня часто тормозят на
дороге.», «У меня ресторан, я шеф-повар.»), and a plural «они» standing for what the asker's own
clause named («…часто имею дело с инспекторами и полицией. Как они должны работать…?») (real
engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Я курьер, меня часто тормозят на дороге. Правоохранители станут больше ориентироваться на людей?",
        "У меня ресторан, я шеф-повар. Правоохранители после реформы будут больше наказывать или "
        "предупреждать нарушения?",
        "Я таксист, меня часто останавливают. Будет ли полиция работать на предупреждение правонарушений?",
        "У меня магазин, я продавец. Будут ли силовики больше заниматься профилактикой?",
        "Рыбачу на Балхаше, часто имею дело с инспекторами и полицией. Как, по проекту, они должны "
        "работать с людьми?",
        "Я таксист, часто вожу полицейских. Как они будут работать после реформы?",
    ],
)
def test_law_enforcement_after_the_askers_story(engine, question: str) -> None:
    """The asker's story before the question is theirs; the question asks the service model."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Я курьер, меня часто тормозят на дороге. Сколько будут получать полицейские?",
        "У меня ресторан, я шеф-повар. Сократят ли число полицейских?",
        "Я таксист, часто вожу полицейских. Сколько им будут платить после реформы?",
        "Я таксист, часто вожу таможенников. Как они будут работать после реформы?",
    ],
)
def test_near_misses_after_the_askers_story_decline(engine, question: str) -> None:
    """Police pay, their numbers, an agency the text never names: still declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_a_stated_concern_is_no_story_of_the_askers(engine) -> None:
    """«меня волнуют налоги» is what the question after it asks of, not the asker's story."""
    reply = engine.answer("Я юрист, меня волнуют налоги. Что о них сказано?")
    assert reply.kind == "none", describe(reply)


def test_they_named_in_the_tail_itself_keep_the_answer(engine) -> None:
    """«эти изменения … что они дают людям»: «они» stands for a noun of its own sentence."""
    reply = engine.answer(
        "Я пенсионер и реформам не очень доверяю. На каком основании эти изменения называют "
        "прогрессивными и что они дают людям?"
    )
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (
            "К чему, по словам генпрокурора, общество должно относиться с нулевой терпимостью?",
            "law_and_order_meaning",
        ),
        ("К чему общество должно относиться с нулевой терпимостью?", "law_and_order_meaning"),
        ("Как генпрокурор относится к диалогу с обществом?", "open_dialogue"),
    ],
)
def test_treating_with_zero_tolerance_is_zero_tolerance(engine, question: str, entry_id: str) -> None:
    """«относиться с нулевой терпимостью к X» is the text's «нулевая терпимость к X»; an attitude «к
    диалогу» keeps the dialogue."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


def test_zero_tolerance_to_what_the_text_never_names_declines(engine) -> None:
    """Zero tolerance to corruption: the text names offences, never corruption."""
    reply = engine.answer("Будут ли относиться с нулевой терпимостью к коррупции?")
    assert reply.kind == "none", describe(reply)
