"""Round 71a: fresh held-out misses (blind95–97): misreadings feared, the asker's purpose told after
the question, «гл» for «главный», «в конце» closing a question (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Я правозащитница и опасаюсь, что реформу будут толковать превратно. "
        "Что говорилось о неверных интерпретациях?",
        "Что говорилось о неверных интерпретациях?",
        "Что сказано об ошибочной интерпретации реформы?",
        "Как предлагают не допустить, чтобы реформу толковали превратно?",
    ],
)
def test_wrong_interpretation_is_the_texts_inaccurate_one(engine, question: str) -> None:
    """«неверная / ошибочная / превратная интерпретация», «толковать превратно» are the text's
    «неточных интерпретаций» (synonyms.yaml), as the same adjectives of «толкование» were."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "explanation_purpose"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие опасения по поводу трактовки реформ были озвучены?",
        "Были ли высказаны опасения насчёт толкования новой Конституции?",
        "Какой страх по поводу интерпретации реформы выразил генпрокурор?",
    ],
)
def test_fear_of_how_a_thing_is_read(engine, question: str) -> None:
    """A fear of how a thing is read is a fear of its misreading (dangers.feared_misreading)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "explanation_purpose"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что говорилось о неверной интерпретации цифровых решений?",
        "Какие неверные интерпретации реформы уже появились в соцсетях?",
        "Какие опасения по поводу цифровых решений были озвучены?",
        "Какие опасения по поводу трактовки закона о выборах высказали депутаты?",
        "Кто будет давать официальное толкование Конституции?",
        "Были ли опасения по поводу толкования статьи о собственности на землю?",
    ],
)
def test_misreadings_the_text_does_not_tell_decline(engine, question: str) -> None:
    """Misreadings of other things, fears of other things, who interprets: not in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Какого числа состоялось это мероприятие? Мне нужно для заметки в уральской газете.", "event_date"),
        ("Когда прошёл круглый стол? Это для статьи в районной газете.", "event_date"),
        ("Кто выступал на круглом столе? Готовлю доклад для студентов.", "speaker"),
    ],
)
def test_asker_purpose_after_the_question(engine, question: str, entry: str) -> None:
    """A sentence after the question telling the piece the asker makes with the answer is why they
    ask, no words asked (text.without_closing)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Сколько человек пришло на круглый стол? Это для статьи.",
        "Какого числа пройдёт следующий круглый стол? Мне нужно для заметки в газете.",
        "Какого числа состоялось это мероприятие? Мне нужно для заметки, сколько длилось.",
    ],
)
def test_asker_purpose_after_an_unanswered_question_declines(engine, question: str) -> None:
    """Attendance, the next round table, how long it lasted: the question is still not answered."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "генпрокурор рк на круглом столе что сказал гл мысль",
        "какая гл идея выступления асылова",
        "гл мысль генпрокурора на круглом столе",
    ],
)
def test_short_main(engine, question: str) -> None:
    """«гл» is «главный» written short, a stopword as «главный» is (synonyms.yaml)."""
    reply = engine.answer(question)
    assert reply.kind == "answer", describe(reply)
    assert reply.entry_id in {"prosecutor_speech", "speaker"}, describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "гл вывод депутатов мажилиса по проекту",
        "какая гл мысль у сената по реформе",
        "гл мысль представителей администрации президента",
    ],
)
def test_short_main_of_others_declines(engine, question: str) -> None:
    """The Mazhilis, the Senate, the Presidential Administration: their views are not told."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "чё за уважение к правам человека там было в конце",
        "какие принципы там назвали в самом конце?",
        "что про законность и справедливость сказано в конце",
    ],
)
def test_end_closing_the_question(engine, question: str) -> None:
    """«в конце» closing a question, with no whole after it, is the end of the piece read
    (piece._PLACE_IN_PIECE): the closing paragraph answers."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "constitutional_model_principles"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "что там про налоги было в конце",
        "что решили депутаты в конце?",
        "что сказал генпрокурор в конце?",
    ],
)
def test_end_closing_a_question_of_the_untold_declines(engine, question: str) -> None:
    """Taxes, the deputies' decision, the speech's last words: not in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
