"""Round 76e: why a thing is held to be something reads what the text says of it only when the text
says that quality (frames.grounds_of_a_name), and a compound abbreviation no dictionary holds
(«госуправление») is embedded as the curated phrase it stands for (Analyzer.spelt) (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Почему участники считают, что изменения имеют стратегическое значение?",
        "Почему изменения называют долгосрочными?",
        "Почему участники считают, что изменения рассчитаны надолго, а не на год-два?",
    ],
)
def test_why_deemed_what_the_text_says_answers(engine, question: str) -> None:
    """A quality the text gives the changes (long-term guidelines), asked why, is what it says."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "long_term_guidelines"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Почему генпрокурор считает изменения опасными?",
        "Почему изменения считают опасными для прав граждан?",
        "Почему реформу считают рискованной?",
        "Почему участники считают изменения поспешными?",
        "Почему генпрокурор называет реформу своевременной?",
        # one named holds it so: his own grounds, which the text does not give
        "Почему Асылов называет реформу долгосрочной?",
        "Почему Асылов считает реформу прогрессивной?",
    ],
)
def test_why_deemed_what_the_text_never_says_declines(engine, question: str) -> None:
    """A quality no quote of the text gives anything, or one a named person holds, keeps its reason
    asked, and declines."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "госуправление станет лучше?",
        "Станет ли госуправление эффективнее после реформы?",
        "улучшится ли госуправление",
    ],
)
def test_compound_abbreviation_reads_as_the_phrase(engine, question: str) -> None:
    """«госуправление» is the text's «эффективности государственного управления»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "госуправление станет дешевле?",
        "Сколько стоит госуправление?",
        "Кто возглавит госуправление?",
    ],
)
def test_compound_abbreviation_asking_what_the_text_lacks_declines(engine, question: str) -> None:
    """Cost and leadership of the state administration: the text gives neither."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_abbreviation_spelt_as_the_written_phrase(analyzer) -> None:
    """The embedding reads a coined abbreviation written out; a dictionary word («генпрокурора») and
    a word that is no abbreviation stay as typed."""
    assert analyzer.spelt("госуправления") == "государственное управление"
    assert analyzer.spelt("персданных") == "персональные данные"
    assert analyzer.spelt("генпрокурора") == "генпрокурора"
    assert analyzer.spelt("правоохранке") == "правоохранке"


@pytest.mark.parametrize(
    "question",
    [
        "Какие задачи ставит реформа перед правоохранительной системой?",
        "Какие задачи ставятся перед правоохранительными органами?",
        "Какие задачи ставит проект перед правоохранителями?",
        "Какую задачу ставят перед правоохранительными органами?",
    ],
)
def test_tasks_set_before_law_enforcement(engine, question: str) -> None:
    """Tasks set before someone, as tasks standing before them, are what they are to do."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Какие задачи ставит реформа?", "Какие задачи ставит перед собой реформа в части прав граждан?"],
)
def test_tasks_the_reform_sets_are_its_aims(engine, question: str) -> None:
    """With no one else «перед» whom, the tasks the reform sets are its own aims."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "reform_aims"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие задачи ставит реформа перед налоговой службой?",
        "Какие задачи ставятся перед банками?",
        "Какие задачи ставит реформа перед школами?",
    ],
)
def test_tasks_set_before_others_decline(engine, question: str) -> None:
    """Tasks set before those the text never gives any decline."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
