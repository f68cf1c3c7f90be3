"""Round 60c: confident wrong answers, the entry lacking what was asked (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Что генпрокурор сказал про работу полиции в Семее?",
        "Что генпрокурор сказал про работу полиции в Актобе?",
        "Как будут защищать права граждан в Шымкенте?",
        "Кто проводил круглый стол в Кокшетау?",
    ],
)
def test_a_town_the_text_never_names_declines(engine, question: str) -> None:
    """«в Семее», «в Актобе»: a capitalised word after a preposition of place that the dictionary
    lacks is a town's name, not noise; the text names no town, so nothing answers."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Что изменится в работе полиции?", "rights_protection_priority"),
        ("Что будет записано в Преамбуле?", "law_and_order_preamble"),
    ],
)
def test_a_known_word_after_a_preposition_stays_read(engine, question: str, entry: str) -> None:
    """«в Преамбуле», «в работе»: words the dictionary knows keep their reading."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Чему может способствовать открытый диалог о новеллах Конституции?",
        "Чему должен способствовать открытый диалог?",
        "Чему может способствовать обмен мнениями по проекту?",
    ],
)
def test_what_a_thing_furthers_is_what_it_brings(engine, question: str) -> None:
    """«Чему (может) способствовать X?» asks what X brings (kind effect): for the dialogue, the
    objective understanding the text says it ensures, not who is to be involved."""
    reply = engine.answer(question)
    assert reply.entry_id in {"open_dialogue", "explanation_purpose"}, describe(reply)
    assert "объективн" in reply.answer, describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Чему будет способствовать анализ больших данных?",
        "Чему способствовал круглый стол?",
    ],
)
def test_what_a_thing_furthers_the_text_does_not_say_declines(engine, question: str) -> None:
    """What big-data analysis or the round table itself furthers: the text does not say."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Какие задачи ставит направление, посвящённое защите прав граждан?", "rights_protection_priority"),
        ("Что предполагает направление защиты прав граждан?", "rights_protection_priority"),
        ("Какие цели у направления «Приоритет защиты прав граждан»?", "rights_protection_priority"),
        ("Какие задачи ставит направление, посвящённое цифровым решениям?", "digital_solutions"),
        ("Какие задачи ставит направление развития правовой культуры?", "legal_culture"),
    ],
)
def test_a_direction_named_by_its_own_name(engine, question: str, entry: str) -> None:
    """A direction named by the words of its own name is what is asked of: its entry answers, not
    one stating the reform's aims (which names citizens' rights too)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кто предложил направление защиты прав граждан?",
        "Сколько денег выделят на направление защиты прав граждан?",
    ],
)
def test_details_of_a_direction_the_text_omits_decline(engine, question: str) -> None:
    """Who proposed it, how much money: the text says neither."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Жасанды интеллект кай жылдан бастап енгизиледи?",
        "Жасанды интеллект қай жылдан бастап енгізіледі?",
        "From which year will artificial intelligence be introduced?",
    ],
)
def test_from_which_year_asks_a_start_the_text_never_dates(engine, question: str) -> None:
    """«қай жылдан бастап», "from which year": the start of a thing (kind `since`, as «с какого
    года»), which the text never dates."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Жасанды интеллект енгізіле ме?", "digital_solutions"),
        ("Will artificial intelligence be introduced?", "digital_solutions"),
    ],
)
def test_whether_artificial_intelligence_comes_is_answered(engine, question: str, entry: str) -> None:
    """Whether it is introduced at all, the text tells."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)
