"""Round 92b: the newest sets' literary-Russian declines and false «не говорится»: colloquial «чот»
(something), two unknown qualities weighed beside «или», a first-person verb closing the asker's
opening words, someone «из» one body at the event, a passive short participle over a rare short
adjective (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    ["бигдата там чот было?", "про большие данные чёт говорили?", "анализ больших данных чет упоминали?"],
)
def test_colloquial_something_is_no_subject(engine, question: str) -> None:
    """«чот», «чёт», «чет» are the spoken «что-то» (something), not «чета» (a couple)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "digital_solutions"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Судя по релизу, изменения в Конституции скорее консервативные или передовые?",
        "Изменения скорее консервативные или передовые?",
        "сорян между обходами пишу, реформу как оценили прогресивная или нет",
    ],
)
def test_weighed_qualities_and_asker_doing_are_no_unsaid_detail(engine, question: str) -> None:
    """Two qualities weighed beside «или» the text may tell in its own words, and the asker's telling
    of what they are doing: the bot cannot claim the document is silent."""
    reply = engine.answer(question)
    assert reply.decline != "not_in_document", describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Реформа консервативная или прогрессивная?", "Is the reform conservative or progressive?"],
)
def test_conservative_weighed_against_progressive_answers(engine, question: str) -> None:
    """Conservative weighed against the text's own «прогрессивный характер»: its assessment answers."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Будут ли услуги платными или бесплатными?",
        "Налоговая политика станет консервативной или либеральной?",
        "Принят закон референдумом или Парламентом?",
        "с телефона пишу, что про налоги сказали?",
    ],
)
def test_near_misses_still_decline(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("был кто из АП на круглом столе", "participant_administration"),
        ("были кто из Администрации Президента на круглом столе?", "participant_administration"),
        ("был ли кто из парламента на круглом столе?", "participant_parliament"),
    ],
)
def test_someone_from_one_body_at_the_event(engine, question: str, entry_id: str) -> None:
    """«кто из <one body> был на круглом столе»: whether someone from it was there, as with «от»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "кто из депутатов был на круглом столе",
        "кто именно из АП был на круглом столе?",
        "кто из минюста был на круглом столе?",
        "Кто из Администрации Президента присутствовал на круглом столе?",
        "кто из АП был на круглом столе?",
    ],
)
def test_which_members_or_unknown_bodies_still_decline(engine, question: str) -> None:
    """Which deputies, who exactly (names), or a body the text never names: not answered."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Будет ли усилен правопорядок после реформы?", "Будет ли правопорядок усилен?"],
)
def test_short_passive_participle_is_its_verb(engine, question: str) -> None:
    """«усилен» is «усилить» (strengthened), not the rare short adjective «усильный»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)
