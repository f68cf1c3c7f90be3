"""Round 48c: confident wrong answers to near misses (hunt 8). «Что ещё…» opening a question of
what is to come asks what else; «как называется X» asks which X, as «какой X» does; a Kazakh
present-future closing a question typed without Kazakh letters tells Kazakh, and its plural noun is
a subject; the role or status of a body named only through its speaker is not told; what is
«уже» done needs its verb in the entry; «какие мероприятия» asks of several events; a change asked
as made is told only by an entry noting one made."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Что ещё будет в Преамбуле?",
        "Что ещё закрепят в Преамбуле?",
        "Что ещё впишут в Преамбулу?",
    ],
)
def test_what_else_opening_a_question_asks_for_others(engine, question: str) -> None:
    """«Что ещё…» of what is to come asks what else will be, as «какие ещё» does (kind `others`): the
    text names one principle for the Preamble, and the entry on it does not tell of others."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Что закрепят в Преамбуле?", "law_and_order_preamble"),
        ("Что ещё относится к цифровым решениям?", "digital_solutions"),
        ("Что ещё сказал генпрокурор?", "prosecutor_speech"),
        ("Что ещё сказал Асылов?", "prosecutor_speech"),
        ("Что ещё подтвердил круглый стол?", "outcome"),
        (
            "Что ещё, кроме принципа «Закон и порядок», отметил в своём выступлении генпрокурор?",
            "overall_assessment",
        ),
    ],
)
def test_what_else_told_by_an_entry_is_still_answered(engine, question: str, entry: str) -> None:
    """Neighbours: the Preamble's principle asked plainly; what else an entry listing two tells;
    what else was said or done, which the entry telling all of it tells."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Как будет называться орган, который будет следить за защитой персональных данных?",
        "Как называется орган, который защищает персональные данные?",
        "Как называется ведомство, которое будет защищать персональные данные?",
        "Как будет называться орган по защите персональных данных?",
    ],
)
def test_a_name_asked_of_a_body_asks_which_body(engine, question: str) -> None:
    """«Как называется орган…» asks which body, as «Какой орган…» does: the entry on personal data
    names no body that protects them."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Как называется принцип, который закрепят в Преамбуле?", "law_and_order_preamble"),
        ("Как называются органы, которые перейдут на сервисную модель?", "rights_protection_priority"),
    ],
)
def test_a_name_asked_that_the_entry_holds_is_answered(engine, question: str, entry: str) -> None:
    """Neighbours: the name asked is in the entry (the principle, law enforcement bodies)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Зейнеткерлер не алады?",
        "Студенттер не алады?",
        "Фермерлер не алады?",
        "Зейнеткерлер не алады",
    ],
)
def test_kazakh_typed_without_its_letters_closing_on_a_present_is_kazakh(engine, question: str) -> None:
    """«Зейнеткерлер не алады?» (what will pensioners get?) is Kazakh: its closing verb is a Kazakh
    present-future no Russian dictionary knows, «не» (what) before it; its plural noun is a subject
    the documents never name, not noise beside «алады» (which is not «сөз алды», took the floor)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.lang) == ("none", "kk"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Полиция не жасайды?", "rights_protection_priority"),
        ("Кто взял слово на дискуссии?", "speaker"),
    ],
)
def test_a_closing_present_with_a_known_subject_is_still_answered(engine, question: str, entry: str) -> None:
    """Neighbours: the police, which the documents name, asked in Kazakh; a Russian question."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какая будет роль прокуратуры в новой Конституции?",
        "Как изменится статус прокуратуры?",
        "Какова роль прокуратуры в реформе?",
        "Какой статус будет у Генеральной прокуратуры?",
    ],
)
def test_the_standing_of_a_body_named_through_its_speaker_is_not_told(engine, question: str) -> None:
    """The documents name the prosecution only through the Prosecutor General, who spoke: its role
    or status is no word of what he said, and the entries on his words do not tell it."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Какова роль правоохранительных органов в новой модели?", "rights_protection_priority"),
        ("Что в тексте говорится о роли Президента Токаева?", "reform_tokayev_link"),
        ("Кто представлял прокуратуру на круглом столе?", "speaker"),
        ("Какова позиция Генпрокуратуры по поводу проекта?", "prosecutor_speech"),
        ("Какой статус получит принцип «Закон и порядок»?", "law_and_order_preamble"),
    ],
)
def test_the_standing_of_a_body_the_documents_speak_of_is_answered(engine, question: str, entry: str) -> None:
    """Neighbours: the role of bodies the entries speak of themselves; who spoke for the
    prosecution and its position (his words); the status of the principle."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие инициативы Президента уже реализованы?",
        "Какие инициативы Токаева уже выполнены?",
        "Какие инициативы Президента уже осуществлены?",
        "Какие из инициатив Президента уже реализовали?",
    ],
)
def test_what_is_already_done_needs_its_verb_in_the_entry(engine, question: str) -> None:
    """«уже» asks what is already done, by its verb: the entry on the aims of the President's
    initiatives tells none of them done, though the embedding finds it close."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Проект Конституции уже обсуждается?", "current_stage"),
        ("Обсуждение проекта уже идёт?", "current_stage"),
        ("Какие инициативы Президента продолжает реформа?", "reform_tokayev_link"),
    ],
)
def test_what_is_already_under_way_is_answered(engine, question: str, entry: str) -> None:
    """Neighbours: the discussion under way, which the entry on the draft's stage tells."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие разъяснительные мероприятия запланированы?",
        "Какие разъяснительные мероприятия проведут?",
        "Какие мероприятия запланированы?",
    ],
)
def test_which_events_in_the_plural_asks_of_several(engine, question: str) -> None:
    """«Какие … мероприятия» asks which of several events; the documents tell of one, the round
    table («мероприятие» is its synonym), and no others."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Какие выводы сделаны по итогам мероприятия?", "outcome"),
        ("Какие участники мероприятия выступали?", "speaker"),
        ("Какие разъяснительные работы будут?", "explanatory_work"),
    ],
)
def test_the_one_event_asked_of_is_answered(engine, question: str, entry: str) -> None:
    """Neighbours: the event in the genitive, of which something is asked; explanatory work."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие поправки внесли в проект по итогам круглого стола?",
        "Какие изменения внесли в проект после круглого стола?",
        "Что изменили в проекте по итогам обсуждения?",
    ],
)
def test_a_change_asked_as_made_is_not_told_by_proposals(engine, question: str) -> None:
    """A change asked as already made (a past verb of changing) is told only by an entry noting one
    made; the documents propose changes and report none made."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Какой вклад внесли эксперты?", "outcome"),
        ("Какие изменения предлагаются в проекте?", "proposed_changes"),
        ("Как изменится работа полиции?", "rights_protection_priority"),
    ],
)
def test_a_contribution_or_a_change_proposed_is_answered(engine, question: str, entry: str) -> None:
    """Neighbours: «внести вклад» is no change; changes proposed or to come are told."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)
