"""Round 88a: literary-Russian misses of the fresh sets (round81, round82): a step back claimed of
the changes, «можно ли сказать, что…» checking a claim, a word of the present before the
documents' own reform, «предметный» and «результативность» as the text's words (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Это правда, что генпрокурор назвал изменения шагом назад?",
        "Правда ли, что поправки — шаг назад?",
        "Верно ли, что реформа — это шаг назад для прав граждан?",
        "Is it true that the changes were called a step backwards?",
    ],
)
def test_step_back_claimed_is_checked_against_progressive(engine, question: str) -> None:
    """A step back claimed of the changes is the opposite of the text's «прогрессивный характер»:
    the overall assessment answers, correcting the claim."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Правда ли, что налоговая реформа — шаг назад?",
        "Можно ли сказать, что налоговая реформа — шаг назад?",
        "Можно ли сказать, что Асылов предложил снизить налоги?",
    ],
)
def test_step_back_of_another_thing_still_declines(engine, question: str) -> None:
    """A claim about another reform or a thing the documents never speak of stays declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Можно ли сказать, что изменения в Конституции оценены как шаг назад?", "overall_assessment"),
        ("Можно ли утверждать, что изменения регрессивные?", "overall_assessment"),
        ("Можно ли сказать, что генпрокурор назвал поправки консервативными?", "overall_assessment"),
        ("Можно ли считать, что реформа — это разрыв с прежним курсом?", "reform_tokayev_link"),
    ],
)
def test_fair_to_say_checks_a_claim(engine, question: str, entry_id: str) -> None:
    """«Можно ли сказать / считать / утверждать, что…» checks the statement after «что», as
    «правда ли, что…» does: a claimed opposite is asked with the documents' word."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Связана ли нынешняя конституционная реформа с предыдущими начинаниями Токаева?",
        "Связана ли текущая реформа с инициативами Токаева?",
        "Чьи инициативы продолжает нынешняя реформа?",
    ],
)
def test_present_word_before_their_reform_is_theirs(engine, question: str) -> None:
    """«нынешняя / текущая реформа» is the documents' own reform: the word of the present names no
    subject an entry must hold (not the current stage of the discussion)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "reform_tokayev_link"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что говорится в нынешней Конституции о Сенате?",
        "Чем отличается нынешняя реформа от конституционной реформы 2022 года?",
    ],
)
def test_present_constitution_and_other_reforms_still_decline(engine, question: str) -> None:
    """The Constitution now in force is not their draft; another reform compared stays declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_current_stage_keeps_its_answer(engine) -> None:
    """«текущий этап» still asks where the draft stands."""
    reply = engine.answer("Какой текущий этап обсуждения?")
    assert (reply.kind, reply.entry_id) == ("answer", "current_stage"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Насколько предметным получился обмен мнениями на круглом столе?", "outcome"),
        ("Предметным ли был разговор на круглом столе?", "outcome"),
        (
            "Говорилось ли что-нибудь о работе государственного аппарата и её результативности?",
            "overall_assessment",
        ),
        ("Станет ли госуправление результативнее?", "overall_assessment"),
    ],
)
def test_substantive_and_effective_synonyms(engine, question: str, entry_id: str) -> None:
    """«предметный» is the text's «содержательный» (to the point), «результативность» its
    «эффективность»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие предметы преподают в школах по новой Конституции?",
        "Какова результативность работы судов присяжных?",
    ],
)
def test_subject_nouns_and_other_effectiveness_decline(engine, question: str) -> None:
    """«предмет» (a school subject) is no «предметный» exchange; the effectiveness of a body the
    documents never name stays declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Разве информационная кампания о новой Конституции уже идёт?", "current_stage"),
        ("Идёт ли информационная кампания о реформе?", "current_stage"),
        ("Is there an information campaign about the new constitution?", "current_stage"),
    ],
)
def test_information_campaign_is_informing(engine, question: str, entry_id: str) -> None:
    """An information campaign is the text's informing of society (where the draft stands: its
    discussion and the informing go on)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "What was the budget of the public information campaign on the reform?",
        "Кто руководит информационной кампанией?",
        "Сколько денег потратили на информационную кампанию?",
    ],
)
def test_campaign_budget_and_leader_decline(engine, question: str) -> None:
    """Who runs the campaign and what it cost the documents never say."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
