"""Round 72g: fresh literary-Russian declines (blind100–102): «ошибочные
выводы», a claim of narrowed rights, «работа государства», a danger spoken of,
«со стороны X», «генпрокурор или участники» (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Какое понимание нововведений должно сформироваться в обществе?",
        "От каких ошибочных выводов должен уберечь такой подход?",
        "Каких неверных выводов помогает избежать разъяснительная работа?",
        "Говорилось ли на круглом столе о риске неверного толкования реформы?",
        "Шла ли речь о риске неправильного толкования реформ?",
        "Говорили ли о риске ошибочной интерпретации новой Конституции?",
    ],
)
def test_wrong_conclusions_and_a_danger_spoken_of(engine, question: str) -> None:
    """«ошибочные выводы» are the text's «неточных интерпретаций и выводов» (synonyms); a danger
    spoken of («о риске X») is asked as one warned of (dangers.warned_of_danger)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "explanation_purpose"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Правда ли, что предлагаемые изменения сужают права граждан?",
        "Правда ли, что реформа урезает права граждан?",
        "Верно ли, что поправки сузят права граждан?",
        "Что говорится об эффективности работы государства?",
        "Повысится ли эффективность работы государства?",
    ],
)
def test_narrowed_rights_and_the_work_of_the_state(engine, question: str) -> None:
    """A claim of narrowed rights is checked against the text's strengthened guarantees
    (synonyms `opposites`); «работа государства» is «государственное управление»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entries"),
    [
        (
            "Кто был представлен со стороны президентской вертикали?",
            {"participants", "participant_administration"},
        ),
        (
            "Кто участвовал со стороны Администрации Президента?",
            {"participants", "participant_administration"},
        ),
        ("Был ли кто-то со стороны Парламента?", {"participant_parliament", "participants"}),
        (
            "Кто отметил, что изменения задают ориентиры на будущее, — генпрокурор или участники?",
            {"long_term_guidelines"},
        ),
        (
            "Кто подчеркнул, что изменения задают долгосрочные ориентиры: генпрокурор или участники?",
            {"long_term_guidelines"},
        ),
        ("Кто говорил о нулевой терпимости — генпрокурор или участники?", {"prosecutor_speech"}),
    ],
)
def test_on_behalf_of_and_speaker_or_participants(engine, question: str, entries: set[str]) -> None:
    """«со стороны X» is "from X", the side no subject (frames.towards_a_thing); a named person or
    the participants as a whole offered as alternatives ask which (Subjects.alternatives)."""
    reply = engine.answer(question)
    assert reply.kind == "answer", describe(reply)
    assert reply.entry_id in entries, describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Правда ли, что реформа сужает полномочия акимов?",
        "Как изменится зарплата работников государства?",
        "Говорилось ли о риске повышения налогов?",
        "Говорилось ли о риске утечки персональных данных?",
        "Какой неверный вывод сделал депутат Мажилиса?",
        "Какие ошибочные выводы сделали журналисты о референдуме?",
        "Была ли критика со стороны экспертов?",
        "Кто присутствовал со стороны Верховного суда?",
        "Кто предложил снизить налоги — генпрокурор или участники?",
        "Кто критиковал проект — депутаты или участники?",
    ],
)
def test_near_misses_still_decline(engine, question: str) -> None:
    """The same constructions about what the text never tells."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


def test_conclusions_drawn_keep_their_entry(engine) -> None:
    """Conclusions drawn, not wrong ones, are still the outcome."""
    reply = engine.answer("Какие выводы сделали участники?")
    assert (reply.kind, reply.entry_id) == ("answer", "outcome"), describe(reply)
