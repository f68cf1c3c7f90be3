"""Round 61b: who from a body took part, and lists asked for by name or with a count (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("кто из ап участвовал", "participant_administration"),
        ("кто от ап участвовал", "participant_administration"),
        ("кто из администрации президента участвовал", "participant_administration"),
        ("кто от парламента принимал участие", "participant_parliament"),
        ("кто из научного сообщества участвовал", "participant_science"),
    ],
)
def test_someone_from_a_body_took_part(engine, question: str, entry: str) -> None:
    """«кто из АП участвовал»: taking part, as being there («кто от АП был»), says whether someone
    from the body took part, which the entry naming it among the participants tells (and that it
    names no one)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "кто из депутатов участвовал",
        "кто из учёных участвовал",
        "кто из минфина участвовал",
        "кто из ап участвовал и как его зовут",
        "кто из общественных организаций участвовал",
        "Who from the NGOs attended?",
        "кто из акимата участвовал",
        "кто из ап выступал",
    ],
)
def test_members_or_other_bodies_still_decline(engine, question: str) -> None:
    """Which people of a group («кто из депутатов»: by name) or which of several bodies («кто из
    общественных организаций»: which ones), a body the text never names, a name
    asked, or another verb than taking part: the text does not tell."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Назовите три цели изменений, которые перечислил Генеральный прокурор.", "overall_assessment"),
        ("Назовите цели изменений.", "overall_assessment"),
        ("Перечислите цели поправок.", "overall_assessment"),
        ("Перечислите три цели поправок.", "overall_assessment"),
        ("Назовите три принципа конституционной модели.", "constitutional_model_principles"),
        ("Какие четыре направления выделили участники?", "key_directions"),
        ("Назовите пять участников дискуссии.", "participants"),
    ],
)
def test_named_items_and_their_count(engine, question: str, entry: str) -> None:
    """«Назовите цели изменений»: the goals named one by one are what the changes are aimed at;
    a count of them that the entry's list holds («три цели»: three it lists) is met by it."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Назовите пять целей изменений.",
        "Назовите две цели изменений.",
        "Назовите четыре принципа конституционной модели.",
        "Назовите шесть участников дискуссии.",
        "Назовите цели изменений в бюджете.",
        "Назовите цели реформы пенсий.",
    ],
)
def test_another_count_or_other_goals_decline(engine, question: str) -> None:
    """A count the document's list does not hold is no answer as if it did; goals of a thing it
    never speaks of are not its changes' goals."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Донгелек устелде кандай мамандар болды?",
        "Дөңгелек үстелде қандай мамандар болды?",
        "Какие специалисты были?",
        "Какие специалисты участвовали в круглом столе?",
        "Which specialists took part?",
    ],
)
def test_which_specialists_were_there(engine, question: str) -> None:
    """«Какие специалисты были?»: people of any profession name no group the text names as a
    whole: which of them were there is who took part, which the participants entry tells."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "participants"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие специалисты выступали?",
        "Какие специалисты будут разрабатывать закон?",
        "Какие специалисты нужны для цифровизации?",
        "Какие специалисты по налогам были?",
        "Какие специалисты из минфина участвовали?",
        "Какие депутаты были?",
    ],
)
def test_specialists_asked_otherwise_decline(engine, question: str) -> None:
    """Specialists said to do something else, of a field or body the text never names, or the
    members of a named group (deputies, by name): not told."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


def test_an_answer_saying_its_number_corrects_another(engine) -> None:
    """«Какие пять направлений…?»: the entry says «четырём направлениям», so it answers with the
    number the document gives, not as if it were the one asked."""
    reply = engine.answer("Какие пять направлений выделили участники?")
    assert (reply.kind, reply.entry_id) == ("answer", "key_directions"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Представители какой среды, кроме госорганов, были на дискуссии?",
        "Представители каких кругов участвовали?",
        "Представители какой среды были на круглом столе?",
        "Представители какого сектора участвовали?",
    ],
)
def test_representatives_of_which_community(engine, question: str) -> None:
    """«Представители какой среды были?»: representatives of which community took part is who
    took part: the text names the communities and bodies."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "participants"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Представители какой среды выступали?",
        "Представители каких зарубежных кругов участвовали?",
        "Представители каких регионов участвовали?",
        "Представители каких стран были на круглом столе?",
        "Представители каких профессий были?",
    ],
)
def test_representatives_of_what_the_text_lacks_decline(engine, question: str) -> None:
    """What they did beside being there, or a community, region or country the text never names."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
