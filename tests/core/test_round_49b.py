"""Round 49b: confident answers to fresh near misses. A Kazakh «қай», «қандай» typed with Kazakh
letters asks which of the word after it, spelt as meant even without Kazakh letters of its own
(«қай бабында», «қандай жаза»); a question leaving out the list the documents give («помимо
перечисленных», "besides the four listed") asks beyond it."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Заң және тәртіп қағидаты Конституцияның қай бабында жазылған?",
        "Сервистік модель Конституцияның қай бабында көрсетілген?",
        "Нөлдік төзімділікті бұзғандарға қандай жаза беріледі?",
        "Құқық бұзушылық үшін қандай жаза қарастырылған?",
    ],
)
def test_a_kazakh_which_asks_of_the_word_after_it(engine, question: str) -> None:
    """«қай бабында» (in which article), «қандай жаза» (what penalty): the word after the Kazakh
    which-word is what the answer must name; the documents name no article and no penalty."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Дөңгелек үстелде қандай бағыттар талқыланды?", "key_directions"),
        ("Қай бағыттар талқыланды?", "key_directions"),
        ("Кандай багыттар талкыланды?", "key_directions"),
        ("Заң және тәртіп қағидаты қайда бекітіледі?", "law_and_order_preamble"),
    ],
)
def test_a_kazakh_which_of_a_known_word_still_answers(engine, question: str, entry: str) -> None:
    """A which-word before a word the documents use («бағыттар»), or a plain «кандай» before a
    word typed without Kazakh letters, is answered as before."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие направления обсуждались, кроме перечисленных?",
        "Что ещё обсуждали помимо названных направлений?",
        "Кроме четырёх направлений что обсуждали?",
        "Apart from the mentioned directions, what else was discussed?",
        "Besides the four areas listed, which other directions were raised?",
    ],
)
def test_a_question_beyond_the_list_declines(engine, question: str) -> None:
    """What is left out is the list itself (a word of listing or naming, or its count): what lies
    beyond it the documents do not tell, so the entry giving the list does not answer."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Какие четыре направления обсуждались?", "key_directions"),
        ("Что, кроме анализа больших данных, относится к цифровым решениям?", "digital_solutions"),
        ("Какие направления обсуждались?", "key_directions"),
    ],
)
def test_the_list_itself_or_a_thing_left_out_still_answers(engine, question: str, entry: str) -> None:
    """The list asked by its count, or the others beside one thing named, are answered as before."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Говорил ли Асылов о борьбе с наркопреступностью?",
        "Здравствуйте. Упоминал ли генпрокурор киберпреступность?",
        "Говорил ли генпрокурор о киберпреступности?",
        "Что сказал Асылов о наркопреступности?",
    ],
)
def test_a_compound_is_no_typo_of_the_word_it_closes(engine, question: str) -> None:
    """«наркопреступность» is «нарко» and «преступность»: a word of its own, which the documents
    never use, not a misspelt «преступность» (a typo changes a letter or two, it adds no part)."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Говорил ли Асылов о преступности?",
        "Говорил ли Асылов о правонарушениях?",
        "Говорил ли Асылов о правонарушених?",
    ],
)
def test_the_word_itself_or_its_typo_still_answers(engine, question: str) -> None:
    """The word the compound closes, or that word misspelt, is read as before."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "prosecutor_speech"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Нулевая терпимость к правонарушениям — это слишком жёстко?",
        "Не слишком ли жёсткая нулевая терпимость?",
        "Не чересчур ли строгий принцип «Закон и порядок»?",
        "Is zero tolerance too harsh?",
        "Is zero tolerance going too far?",
    ],
)
def test_whether_a_thing_goes_too_far_declines(engine, question: str) -> None:
    """A word of excess before a quality weighs whether a thing goes too far: a judgement the
    documents never make, so the entry telling what the thing is does not answer."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Does the reform touch the economy too, or just politics?", "long_term_guidelines"),
        ("Что означает нулевая терпимость к правонарушениям?", "law_and_order_meaning"),
    ],
)
def test_too_as_also_still_answers(engine, question: str, entry: str) -> None:
    """A "too" after the thing it adds (also) weighs nothing, and the thing itself is answered."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Опишите шаг за шагом, как будут развивать правовую культуру.",
        "How will the service model of law enforcement be introduced, step by step?",
        "Как по этапам будет развиваться сервисная модель работы полиции?",
        "Пошагово: как будут внедрять анализ больших данных?",
    ],
)
def test_the_steps_of_a_course_decline(engine, question: str) -> None:
    """The steps of a course asked in their order («по шагам», "step by step"): the documents name
    directions and aims, no sequence of steps, so the entry naming the direction does not answer."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Как будет развиваться сервисная модель работы полиции?", "rights_protection_priority"),
        ("Что предполагает развитие правовой культуры?", "legal_culture"),
    ],
)
def test_a_course_asked_without_its_steps_still_answers(engine, question: str, entry: str) -> None:
    """Without the steps asked, the direction itself is answered as before."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)
