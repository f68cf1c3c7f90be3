"""Round 41a: classes read from blind45's misses, with paraphrases of our own and near misses that
must stay declined (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Какое место на круглом столе заняла тема персональных данных?", "personal_data_protection"),
        ("Какое место в выступлениях заняла тема правовой культуры?", "legal_culture"),
    ],
)
def test_topic_noun_before_its_genitive(engine, question: str, entry: str) -> None:
    """«тема X» in a question of the place it took names X: «тема» is no subject of its own (the
    entry about the directions holds it)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


def test_place_of_a_topic_is_not_the_list_of_directions(engine) -> None:
    """The worst failure of blind45: the place human rights took was answered by the list of
    directions, which does not name them; the entry on the model's principles does."""
    reply = engine.answer("Какое место в дискуссии заняла тема прав человека?")
    assert reply.kind == "answer", describe(reply)
    assert reply.entry_id != "key_directions", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какое место в обсуждении заняла тема налогов?",
        "Какое место заняла тема выборов?",
    ],
)
def test_topic_never_discussed_stays_declined(engine, question: str) -> None:
    """Near misses: taxes, elections and salaries are never named."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Какой результат должна дать широкая разъяснительная кампания?", "explanation_purpose"),
        ("Что усилят на фоне внедрения искусственного интеллекта?", "personal_data_protection"),
    ],
)
def test_campaign_of_explanation_and_alongside(engine, question: str, entry: str) -> None:
    """«разъяснительная кампания» is the text's explanatory work; «на фоне X» (alongside X) is the
    text's «при одновременном …»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какой бюджет у разъяснительной кампании?",
        "Как проходит избирательная кампания?",
        "Что будет на фоне роста цен?",
        "На фоне чего прошёл круглый стол?",
    ],
)
def test_campaign_and_alongside_near_misses_stay_declined(engine, question: str) -> None:
    """Near misses: a budget, an election campaign, prices and the event's background are never told."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_struggle_against_a_thing_asks_of_that_thing(engine) -> None:
    """«борьба с X» frames X: what is said of countering misinterpretations is the entry on
    avoiding them («борьба» is no subject of its own)."""
    reply = engine.answer("Что говорилось о борьбе с искажённым толкованием реформы?")
    assert (reply.kind, reply.entry_id) == ("answer", "explanation_purpose"), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Что сказано о борьбе с коррупцией?", "Будут ли бороться с бедностью?", "Была ли борьба мнений?"],
)
def test_struggle_against_what_is_never_named_stays_declined(engine, question: str) -> None:
    """Near misses: corruption and poverty are never named; «борьба мнений» has no «с»."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_open_alternative_after_an_asking_word(engine) -> None:
    """«На чём …— на теории или на чём-нибудь ином?»: a guess offered with an open alternative
    after the asking word asks what, whatever the guess (never named)."""
    reply = engine.answer("На чём сконцентрировались участники дискуссии — на теории или на чём-нибудь ином?")
    assert (reply.kind, reply.entry_id) == ("answer", "practical_focus"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Обсуждали пенсии или что-то другое?",
        "Где прошёл круглый стол — в Астане или где-то ещё?",
    ],
)
def test_open_alternative_near_misses_stay_declined(engine, question: str) -> None:
    """Near misses: no asking word (pensions are asked of), and a place the text never tells."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_kazakh_training_of_lawyers_is_legal_education(engine) -> None:
    """«заңгер даярлау» (training lawyers) is the text's legal education, as «подготовка юристов»."""
    reply = engine.answer("Заңгер даярлау қалай өзгереді?")
    assert (reply.kind, reply.entry_id) == ("answer", "legal_culture"), describe(reply)


def test_kazakh_training_of_others_stays_declined(engine) -> None:
    """Near miss: training teachers is never told."""
    reply = engine.answer("Мұғалімдерді даярлау туралы айтылды ма?")
    assert reply.kind == "none", describe(reply)
