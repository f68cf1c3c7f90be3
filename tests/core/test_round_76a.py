"""Round 76a: literary Russian declines of the fresh sets (blind108/109): «речь идёт о X» naming the
thing talked of, a noun in «-ство» that is no verb of its family («сообщество» is no «сообщить»), an
adjective the documents never use sharing the noun of the phrase after it («некоммерческие и
гражданские объединения») (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (
            "В рамках какого направления речь идёт о предупреждении правонарушений?",
            "rights_protection_priority",
        ),
        (
            "В каком направлении идёт речь о сервисной модели правоохранительных органов?",
            "rights_protection_priority",
        ),
        ("Речь идёт о поправках к действующей Конституции или о проекте новой?", "proposed_changes"),
        (
            "Речь идёт о полном переходе на искусственный интеллект или только о его элементах?",
            "digital_solutions",
        ),
    ],
)
def test_talk_of_a_thing_named(engine, question: str, entry_id: str) -> None:
    """«речь идёт о X», «идёт речь о X»: the text talks of X, as «говорится о X» says; neither word
    is a subject of the question."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


def test_talk_of_a_thing_the_text_never_names_declines(engine) -> None:
    """What the text never talks of is still not found in it."""
    reply = engine.answer("В каком направлении речь идёт о налогах?")
    assert reply.kind == "none", describe(reply)


def test_what_is_at_stake_keeps_its_entry(engine) -> None:
    """«О чём идёт речь при закреплении принципа?»: no thing named after «о» (what is at stake)."""
    reply = engine.answer("О чём идёт речь при закреплении принципа «Закон и порядок»?")
    assert (reply.kind, reply.entry_id) == ("answer", "law_and_order_meaning"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Я секретарь суда. Подскажите, представители каких структур и сообществ были на дискуссии?",
        "Представители каких структур и сообществ присутствовали на дискуссии?",
    ],
)
def test_communities_are_no_report(engine, question: str) -> None:
    """«сообществ» is a community, not the verb «сообщить» of its family: who took part is asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "participants"), describe(reply)


def test_communities_present_are_not_what_was_reported(engine) -> None:
    """«Какие сообщества были представлены…?» was answered with the prosecutor's speech (what he
    reported); no longer that entry."""
    reply = engine.answer("Какие сообщества были представлены на круглом столе?")
    assert reply.entry_id != "prosecutor_speech", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Что сообщил генпрокурор?", "prosecutor_speech"),
        ("О чём сообщается в пресс-релизе?", "about_document"),
    ],
)
def test_verbs_of_reporting_keep_their_entries(engine, question: str, entry_id: str) -> None:
    """The verb itself is still read as the verb."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


def test_communities_of_another_reform_decline(engine) -> None:
    reply = engine.answer("Какие сообщества поддержали налоговую реформу?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Приглашали ли некоммерческие и гражданские объединения?",
        "Были ли на круглом столе некоммерческие и гражданские объединения?",
        "Участвовали ли некоммерческие и общественные организации?",
    ],
)
def test_adjective_sharing_the_phrase_noun(engine, question: str) -> None:
    """«некоммерческие и гражданские объединения»: the first adjective makes the curated phrase
    «некоммерческое объединение» with the noun it shares."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "participant_public_orgs"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Были ли на круглом столе религиозные и гражданские объединения?",
        "Участвовали ли международные и общественные организации?",
    ],
)
def test_adjective_making_no_curated_phrase_stays_asked(engine, question: str) -> None:
    """An adjective whose phrase with the noun is not curated stays a detail the text never gives."""
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Кто выступал от прокуратуры? И какого числа это было?", "speaker"),
        ("Кто выступал от прокуратуры и какого числа это было?", "speaker"),
        (
            "Почему разъяснительная работа должна быть системной и кого к ней подключают?",
            "explanation_purpose",
        ),
        ("Зачем нужна разъяснительная работа и кому она адресована?", "explanation_purpose"),
    ],
)
def test_oblique_which_opens_a_further_clause(engine, question: str, entry_id: str) -> None:
    """«…и какого числа это было?», «…и кого к ней подключают?»: an oblique form of «какой» or «кто»
    opens a further question as the nominative does; the clause the documents answer is answered."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)
    assert reply.note.startswith("several questions"), reply.note


@pytest.mark.parametrize(
    "question",
    [
        "Голосовали ли участники круглого стола за одобрение проекта и каким был результат?",
        "Какие конкретно механизмы правовой защиты будут усовершенствованы и каким законом?",
    ],
)
def test_instrumental_which_asks_a_detail_of_the_clause_before(engine, question: str) -> None:
    """«…и каким был результат?», «…и каким законом?»: a detail of the first clause, which the text
    does not hold; no clause is answered alone."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


def test_oblique_which_inside_one_question_keeps_it_whole(engine) -> None:
    """«…и какую роль играет…» names nothing the documents tell apart: still the speaker, whole."""
    reply = engine.answer("Кто выступал и какую роль играет прокуратура в реформе?")
    assert (reply.kind, reply.entry_id) == ("answer", "speaker"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Как в проекте соотносятся внедрение цифровых технологий и неприкосновенность сведений о гражданах?",
        "Как документ предлагает соотнести цифровизацию и неприкосновенность частной информации?",
        "Будет ли гарантирована неприкосновенность персональных данных?",
        "Что сказано о неприкосновенности данных при использовании ИИ?",
    ],
)
def test_inviolability_of_private_data_is_its_protection(engine, question: str) -> None:
    """«неприкосновенность частной информации / сведений о гражданах» is the protection of personal
    data the text speaks of."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "personal_data_protection"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Сохранится ли депутатская неприкосновенность?",
        "Что говорится о неприкосновенности депутатов?",
        "Что сказано о неприкосновенности президента?",
        "Что говорится о неприкосновенности жилища?",
    ],
)
def test_immunity_of_persons_is_not_asked_as_data(engine, question: str) -> None:
    """A person's immunity, or a home's, is no protection of data: the text never speaks of it."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Раскройте суть направления, где речь идёт о первоочередной защите граждан.",
        "Что говорится о первоочередной защите прав граждан?",
        "Какое направление посвящено первоочередной защите граждан?",
    ],
)
def test_first_priority_is_priority(engine, question: str) -> None:
    """«первоочередной» (of first priority) is the text's «приоритет»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


def test_first_priority_of_what_the_text_never_names_declines(engine) -> None:
    reply = engine.answer("Будет ли первоочередное финансирование полиции?")
    assert reply.kind == "none", describe(reply)
