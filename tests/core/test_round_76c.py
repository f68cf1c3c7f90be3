"""Round 76c: confident wrong answers: a pronoun of the question standing for a noun of the asker's
sentence the documents never name («…к вычислительным машинам. …об их применении?»), and «за или
против» of a speaker read as how he judged the thing (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe

MACHINES = (
    "Будучи человеком старой закалки, я с настороженностью отношусь к вычислительным машинам, "
    "которые «думают». {ask}, что говорится об их применении и о сохранности сведений о гражданах?"
)


@pytest.mark.parametrize(
    "question",
    [
        MACHINES.format(ask="Не могли бы вы разъяснить"),
        MACHINES.format(ask="Можете объяснить"),
        "Я с опаской отношусь к дронам. Что говорится об их применении?",
        "Я боюсь роботов. Что говорится об их применении?",
    ],
)
def test_pronoun_of_an_unnamed_thing_declines(engine, question: str) -> None:
    """«их применение» is the use of what the asker's sentence names (machines, drones), which the
    documents never name: not «единообразное применение законодательства» (was equality_before_law)."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Я с опаской отношусь к нейросетям. Что говорится об их применении?", "digital_solutions"),
        (
            "Я магистрант, пишу диссертацию о правовой культуре. Что говорилось о её развитии?",
            "legal_culture",
        ),
        (
            "Я волонтёр в юрклинике, к нам приходят с вопросами о личных данных. "
            "Что сказано в релизе об их защите?",
            "personal_data_protection",
        ),
        (
            "Меня беспокоят мои личные данные в интернете. Что обсуждали насчёт их защиты?",
            "personal_data_protection",
        ),
        (
            "Я медиатор, меня интересует правовая защита. Что говорится о совершенствовании её механизмов?",
            "equality_before_law",
        ),
    ],
)
def test_pronoun_of_a_named_thing_is_read_with_it(engine, question: str, entry_id: str) -> None:
    """The nearest noun before the question that the pronoun agrees with is what it stands for
    (the thesis on legal culture: «её» is the culture, not the thesis)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "генпрокурор за или против изменений",
        "Асылов за или против новой Конституции?",
        "Генпрокурор против или за реформу?",
    ],
)
def test_for_or_against_of_a_speaker_is_his_assessment(engine, question: str) -> None:
    """«за или против изменений»: the «против» is a side of the alternative, not an objection
    claimed (was prosecutor_speech, which does not hold the assessment)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Парламент против или за?",
        "Парламент за или против реформы?",
        "Генпрокурор за или против отмены смертной казни?",
        "Прокурор ведь был против искусственного интеллекта?",
    ],
)
def test_for_or_against_near_misses_decline(engine, question: str) -> None:
    """A body whose words the documents do not report, a thing they never name, an objection
    claimed: still declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
