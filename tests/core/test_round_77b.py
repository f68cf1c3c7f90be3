"""Round 77b: answerable questions of the fresh sets declined: results expected of a thing (what it
is aimed at), the imperfective «высказывался» as a verb of saying, «негосударственные X» as the
others beside the state bodies (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Каких результатов ждут от изменений, кроме усиления гарантий прав граждан?",
        "Besides stronger rights guarantees, what other benefits are expected from the amendments?",
        "Кратко: какой эффект от поправок ожидается для государственного управления?",
        "Каких результатов ждут от реформы в сфере правопорядка?",
        "Какие результаты ожидаются от изменений?",
        "Чего ждут от изменений?",
        "What is expected from the amendments?",
    ],
)
def test_results_expected_are_what_a_thing_is_aimed_at(engine, question: str) -> None:
    """«Каких результатов ждут от изменений?»: what is expected of the changes is what they are
    aimed at («направлены на…»), which the overall assessment tells."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Каких результатов ждут от круглого стола?", "Какой итог ожидается от обсуждения?"],
)
def test_results_expected_of_the_event_are_its_outcome(engine, question: str) -> None:
    """What is expected of the round table is its outcome, not an aim."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "outcome"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Каких результатов ждут граждане от прокуратуры?",
        "Какого эффекта ждут от генпрокурора?",
        "Какие результаты ожидаются от пенсионной реформы?",
        "Чего ждут от налоговой реформы?",
    ],
)
def test_results_expected_of_others_are_not_the_aims(engine, question: str) -> None:
    """Results expected of a body or a person, or of a reform the documents do not discuss, are
    no aim the text states."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кто высказывался о недопустимости любых правонарушений?",
        "Кто высказывался о нулевой терпимости к правонарушениям?",
    ],
)
def test_imperfective_speaking_out_asks_who_said(engine, question: str) -> None:
    """«Кто высказывался о…» asks who said it, as «кто высказался» does."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "law_and_order_meaning"), describe(reply)


def test_imperfective_speaking_out_on_an_unknown_topic_declines(engine) -> None:
    """What no one is reported to have said stays declined."""
    reply = engine.answer("Кто высказывался о налоговой реформе?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие негосударственные институты были представлены на дискуссии?",
        "Представители каких негосударственных кругов приняли участие в дискуссии?",
        "Представители каких негосударственных структур участвовали в дискуссии?",
        "Участвовали ли негосударственные организации в обсуждении?",
    ],
)
def test_non_state_bodies_are_the_others_beside_the_state(engine, question: str) -> None:
    """«негосударственные институты»: those beside the state bodies, which the list of who took
    part tells."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "participants"), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Участвовали ли негосударственные банки?", "Какие негосударственные вузы участвовали?"],
)
def test_non_state_kinds_never_named_decline(engine, question: str) -> None:
    """A kind of non-state body the documents never name is not asked into the list."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_non_governmental_organisations_keep_their_entry(engine) -> None:
    """ "non-governmental organizations" are the curated NGOs, not the others beside the state."""
    reply = engine.answer("Were non-governmental organizations there?")
    assert (reply.kind, reply.entry_id) == ("answer", "participant_public_orgs"), describe(reply)
