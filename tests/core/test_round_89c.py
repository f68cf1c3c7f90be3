"""Round 89c: literary-Russian declines of the newest blind sets — a distortion feared or named is a
misreading, what a model rests on, the means of legal protection, a conversation as the discussion,
a named speaker's «высказался», a law applied or read alike by bodies anywhere, the public as the
addressee of the explaining asked why (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Что нужно, чтобы не возникало выводов, искажающих суть реформ?",
        "Каких искажений опасается генпрокурор?",
        "Как избежать искажений при восприятии реформы?",
    ],
)
def test_distortion_is_a_misreading(engine, question: str) -> None:
    """«искажения», «искажающих суть»: the text's «неточных интерпретаций и выводов, не отражающих
    суть реформ», which outreach helps avoid; a distortion feared is a misreading feared."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "explanation_purpose"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Есть ли защита от искажения данных?",
        "Каких искажений опасается президент?",
    ],
)
def test_distortion_of_another_thing_declines(engine, question: str) -> None:
    """A distortion of data, or one feared by someone whose words the text does not report."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Говорилось ли о ценностях, на которые опирается будущая конституционная модель?",
        "На что опирается новая конституционная модель?",
        "На каких ценностях базируется конституционная модель?",
    ],
)
def test_what_the_model_rests_on(engine, question: str) -> None:
    """«опирается на», «базируется на»: the text's model «основанной на принципах…»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "constitutional_model_principles"), describe(reply)


def test_what_a_tax_system_rests_on_declines(engine) -> None:
    reply = engine.answer("На что опирается налоговая система?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Шла ли речь о том, чтобы улучшить инструменты защиты прав людей?",
        "Планируется ли улучшить инструменты правовой защиты?",
    ],
)
def test_instruments_of_protection_are_its_mechanisms(engine, question: str) -> None:
    """«инструменты защиты»: the text's «механизмов правовой защиты»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "equality_before_law"), describe(reply)


def test_instruments_of_tax_control_decline(engine) -> None:
    reply = engine.answer("Какие инструменты налогового контроля появятся?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Кого ещё, кроме государственных органов, пригласили к разговору?", "participants"),
        ("Приглашались ли к разговору некоммерческие и гражданские объединения?", "participant_public_orgs"),
        ("Кого пригласили к разговору о проекте?", "participants"),
    ],
)
def test_conversation_is_the_discussion(engine, question: str, entry_id: str) -> None:
    """«к разговору»: to the discussion, as «к обсуждению»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


def test_conversation_about_taxes_declines(engine) -> None:
    reply = engine.answer("Был ли разговор о налогах?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Как Асылов высказался об отношении общества к нарушениям закона?", "law_and_order_meaning"),
        ("Как Асылов высказался о правосознании?", "legal_consciousness"),
        ("Как генпрокурор высказывался об открытом диалоге?", "open_dialogue"),
    ],
)
def test_speaker_voicing_is_saying(engine, question: str, entry_id: str) -> None:
    """A finite «высказался» of one whose words the text reports asks what he said, not whether
    citizens may have their say."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Как президент высказался о реформе?",
        "Как Асылов высказался о налогах?",
    ],
)
def test_voicing_not_reported_declines(engine, question: str) -> None:
    """The President's words are not reported; taxes are not in the text."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_citizens_having_their_say_keep_their_entry(engine) -> None:
    reply = engine.answer("Смогут ли граждане высказаться по проекту?")
    assert (reply.kind, reply.entry_id) == ("answer", "public_involvement"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        (
            "Я нотариус, и меня волнует, чтобы все органы одинаково толковали нормы права. "
            "Об этом что-нибудь говорилось?"
        ),
        "Что предлагается, чтобы органы в разных местах одинаково применяли нормы?",
        "Будут ли законы одинаково толковать?",
        "Будут ли законы применяться одинаково в разных городах?",
        "Чтобы ведомства одинаково применяли законы — об этом говорили?",
    ],
)
def test_law_applied_alike_by_bodies_anywhere(engine, question: str) -> None:
    """«органы… одинаково толковали / применяли нормы», «в разных местах»: the text's «единообразного
    применения законодательства», which names no one applying it and no place."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "equality_before_law"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что изменится в разных регионах?",
        "Какие органы будут одинаково применять законы?",
        "Как суды будут обеспечивать единообразное применение законодательства по новой Конституции?",
        "Будут ли налоги одинаково применять в разных регионах?",
    ],
)
def test_bodies_or_places_asked_decline(engine, question: str) -> None:
    """Places without «одинаково», the bodies asked which, how courts will do it, taxes."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Зачем нужно разъяснять населению новую Конституцию?",
        "Зачем разъяснять гражданам проект новой Конституции?",
    ],
)
def test_public_as_addressee_of_explaining(engine, question: str) -> None:
    """Asked why the explaining is done, the public it addresses is no subject."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "explanation_purpose"), describe(reply)


def test_explaining_a_tax_code_declines(engine) -> None:
    reply = engine.answer("Для чего разъяснять населению налоговый кодекс?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Каким образом предлагается уравновесить внедрение ИИ и защиту данных?",
        (
            "Каким образом в проекте предлагается уравновесить внедрение цифровых технологий "
            "и защиту частной информации граждан?"
        ),
        "Как в проекте балансируется цифровизация и приватность граждан?",
    ],
)
def test_balancing_is_the_simultaneous_guarantee(engine, question: str) -> None:
    """«уравновесить», «балансируется», «противовес»: the text's «при одновременном усилении
    гарантий защиты персональных данных» (quoted alike by the digital and the personal-data entries)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) in {
        ("answer", "digital_solutions"),
        ("answer", "personal_data_protection"),
    }, describe(reply)
    assert "одновременном усилении" in " ".join(q.text for q in reply.quotes), describe(reply)


def test_balancing_a_budget_declines(engine) -> None:
    reply = engine.answer("Как уравновесить бюджет?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Упоминалось ли обучение будущих юристов?",
        "Что конкретно предлагается сделать с качеством обучения будущих юристов?",
        "Будет ли обучение новых юристов?",
    ],
)
def test_curated_phrase_past_a_known_adjective(engine, question: str) -> None:
    """«обучение будущих юристов»: the curated «обучение юристов» (legal education) with an
    adjective the knowledge base knows between its words."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "legal_culture"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Будет ли подготовка иностранных юристов?",
        "Упоминалось ли обучение будущих врачей?",
    ],
)
def test_phrase_past_an_unknown_adjective_declines(engine, question: str) -> None:
    """A kind of lawyers the documents never name, or another profession."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Я пенсионер и чиновникам не верю. Чем они обосновывают, что реформа вообще нужна?", "reform_aims"),
        ("Я пенсионер, никому не верю. Как они обосновывают необходимость реформы?", "reform_aims"),
        ("Я студент. Что они говорят о защите персональных данных?", "personal_data_protection"),
    ],
)
def test_they_who_speak_after_the_askers_sentence(engine, question: str, entry_id: str) -> None:
    """«они» right before a verb of saying or justifying are those who speak for the reform: the
    question after the asker's sentence is read alone."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


def test_they_of_the_askers_sentence_keep_it(engine) -> None:
    """«они» doing anything else stand for a noun of the asker's sentence (the police)."""
    reply = engine.answer(
        "Я таксист из Павлодара, с полицией сталкиваюсь часто. "
        "Станут ли они больше заниматься предупреждением нарушений, а не только наказанием?"
    )
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)
