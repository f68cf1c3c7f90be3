"""Round 88b: confident wrong answers of the fresh sets — human rights protected (or protection proposed
for them) read as the protection of citizens' rights, not the ombudsman's institution; «как именно» with
a verb of carrying out asks a course the documents never describe; the owner of the rights asked of must
be held by the entry (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Что предлагается для защиты прав человека?",
        "Какие меры предлагаются для защиты прав людей?",
        "Как будут защищать права человека?",
        "Что сделают, чтобы защищать права людей?",
        "Как новая Конституция защитит права человека?",
    ],
)
def test_human_rights_protected_are_citizens_rights(engine, question: str) -> None:
    """Human rights protected, or protection proposed for them, is the direction «Приоритет защиты
    прав граждан», not the ombudsman's institution «по защите прав человека»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Был ли представлен институт по защите прав человека?",
        "Будет ли институт по защите прав человека?",
        "Интересно, присутствовал ли кто-то от института по защите прав человека?",
    ],
)
def test_the_institution_for_human_rights_is_the_ombudsman(engine, question: str) -> None:
    """The institution named «по защите прав человека» is still the ombudsman's."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "participant_ombudsman"), describe(reply)


def test_a_new_body_for_human_rights_is_still_declined(engine) -> None:
    reply = engine.answer("Будет ли создан новый орган по защите прав человека?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Как именно будут совершенствовать механизмы правовой защиты — что конкретно предлагается?",
        "Как конкретно будет устроен механизм единообразного применения законодательства?",
        "Как именно будут совершенствовать механизмы правовой защиты?",
        "Как конкретно обеспечат единообразное применение законодательства?",
        "Как именно будут укреплять правосознание?",
        "How exactly will legal protection mechanisms be improved?",
    ],
)
def test_how_exactly_a_thing_is_carried_out_is_not_told(engine, question: str) -> None:
    """The documents name what is to be improved, ensured, strengthened; never how: «как именно»
    with a verb of carrying out asks the course of doing it."""
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Как будут совершенствовать механизмы правовой защиты?", "equality_before_law"),
        ("Что сказано о совершенствовании механизмов правовой защиты?", "equality_before_law"),
        ("Как именно звучит тот принцип, который хотят вписать в преамбулу?", "law_and_order_preamble"),
        ("Как именно реформа связана с инициативами Президента?", "reform_tokayev_link"),
    ],
)
def test_what_is_carried_out_keeps_its_entry(engine, question: str, entry: str) -> None:
    """Without «именно» the thing done is asked; «как именно» of a wording or a link is told."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что предлагают для защиты прав работников?",
        "Что предлагают для защиты прав сотрудников?",
        "Будут ли защищены права сотрудников правоохранительных органов?",
    ],
)
def test_rights_of_an_owner_the_entry_never_names_are_declined(engine, question: str) -> None:
    """Whose rights are asked of (the genitive after «права») must be held by the entry: the
    direction on citizens' rights does not tell of workers'."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что предлагают для защиты прав граждан?",
        "Как будут защищать права граждан Казахстана?",
        "Как защитят права населения?",
    ],
)
def test_rights_of_people_at_large_keep_their_entry(engine, question: str) -> None:
    """Citizens, people, the population are whose rights the text speaks of."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "What exact personal data protection guarantees are written into the draft?",
        "What exact data protection measures are planned?",
        "Which concrete legal protection mechanisms will be improved?",
    ],
)
def test_particular_items_asked_past_the_nouns_modifying_them(engine, question: str) -> None:
    """ "What exact personal data protection guarantees…": the plural noun after the words modifying
    it is what the adjective of particularity asks for; the documents list no such items."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("What exact date was the round table held?", "event_date"),
        ("What does the draft say about personal data protection guarantees?", "personal_data_protection"),
        ("Will personal data be protected?", "personal_data_protection"),
    ],
)
def test_one_thing_asked_exactly_keeps_its_entry(engine, question: str, entry: str) -> None:
    """A singular after "what exact" (ended by the verb) asks one thing, which the entry tells."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "As a businessman I care about rule of law. Does the document say anything about it?",
            "reform_aims",
        ),
        ("As a businessman I care about rule of law. Is anything said about it?", "reform_aims"),
        ("As a teacher I care about legal education. Is there anything about that?", "legal_culture"),
        ("As a lawyer I want to know who took part.", "participants"),
    ],
)
def test_english_role_before_the_askers_i_and_it_pointing_back(engine, question: str, entry: str) -> None:
    """ "As a businessman I…": the role, with no comma, ends at the asker's "I"; a closing "about it"
    (or "that"), as "this", stands for the concern the sentence before it named."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "As a businessman I care about taxes. Does the document say anything about it?",
        "As a pensioner I care about pensions. Is anything said about that?",
    ],
)
def test_a_concern_the_documents_lack_is_declined(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Hi, I'm an exchange student from Ohio writing a paper on Kazakhstan. Is the constitutional "
            "reform a break from the President's earlier policy or a continuation of it?",
            "reform_tokayev_link",
        ),
        (
            "As a journalist, I'd like to know whether parliament was represented. Was it?",
            "participant_parliament",
        ),
    ],
)
def test_it_inside_its_own_sentence_points_nowhere_back(engine, question: str, entry: str) -> None:
    """ "a continuation of it", an elliptical "Was it?": no "about" before the closing "it"."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)
