"""Hunt 4b: confident wrong answers and false declines left by hunt 4. A count asks how many of
the things it names there are, which an entry listing those things tells (and no other). Each
class beside near misses that must still decline."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Сколько принципов лежит в основе конституционной модели?", "constitutional_model_principles"),
        ("How many principles underlie the constitutional model?", "constitutional_model_principles"),
        ("Конституциялық модельдің негізінде қанша қағидат жатыр?", "constitutional_model_principles"),
        ("Сколько основных принципов в основе новой Конституции?", "constitutional_model_principles"),
        ("Сколько направлений выделили участники?", "key_directions"),
        ("Сколько ключевых направлений обсуждали?", "key_directions"),
        ("How many priority areas were identified?", "key_directions"),
        ("Қанша бағыт талқыланды?", "key_directions"),
    ],
)
def test_a_count_of_what_an_entry_lists(engine, question: str, entry_id: str) -> None:
    """An entry whose answer lists things by name (the three principles, the four directions)
    tells how many of them there are."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Сколько статей в новой Конституции?",
        "Сколько лет будет действовать конституционная модель?",
        "Сколько учёных готовы внести вклад в конституционную модель?",
        "How many experts are ready to contribute to the constitutional model?",
        "Сколько участников обсуждали направления?",
        "How many participants discussed the directions?",
        "Сколько принципов закреплено в Преамбуле?",
        "Сколько глав в проекте Конституции?",
        "skolko statej v novoj konstitucii",
    ],
)
def test_a_count_of_what_no_entry_lists(engine, question: str) -> None:
    """A count of anything else (articles, years, scholars, the participants who named the
    directions) is no count an entry listing principles or directions can give."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Будет ли новая Конституция в этом году?",
        "Будет ли новая Конституция в 2026 году?",
        "Примут ли новую Конституцию в следующем году?",
        "Will there be a new Constitution in 2026?",
        "Жаңа Конституция биыл бола ма?",
        "Заработает ли сервисная модель в 2027 году?",
    ],
)
def test_whether_a_thing_comes_at_a_time(engine, question: str) -> None:
    """A time named beside a verb of what is yet to come asks a date to come: the press release's
    own date is the round table's, and no entry tells when the Constitution comes."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Был ли круглый стол в этом году?", "event_date"),
        ("Состоялся ли круглый стол в 2026 году?", "event_date"),
        ("Обсуждали ли проект Конституции в 2026 году?", "event_date"),
        ("Was the round table held in 2026?", "event_date"),
        ("Дөңгелек үстел 2026 жылы өтті ме?", "event_date"),
        ("Будет ли внедряться искусственный интеллект?", "digital_solutions"),
    ],
)
def test_a_time_in_the_past_or_no_time_keeps_its_answer(engine, question: str, entry_id: str) -> None:
    """Whether the round table was held at a time asks the date the document states; a thing to
    come with no time named is what the directions propose."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Почему Асылов стал Генеральным прокурором?",
        "Как Асылов стал генпрокурором?",
        "Кем стал Асылов?",
        "Почему Токаев стал президентом?",
        "Why did Asylov become Prosecutor General?",
    ],
)
def test_how_a_post_was_taken(engine, question: str) -> None:
    """Someone becoming a post asks how it was taken: the documents name the post held, never how
    anyone came to it."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Чем стал круглый стол?", "outcome"),
        ("Кем работает Асылов?", "speaker"),
        ("Кто такой Асылов?", "speaker"),
        ("Закон и порядок станет конституционной ценностью?", "law_and_order_preamble"),
    ],
)
def test_a_thing_becoming_or_a_post_held_keeps_its_answer(engine, question: str, entry_id: str) -> None:
    """A thing becoming something is what the entry says it became; the post held is told."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


def test_a_thing_of_a_person_becoming_something_is_no_post_taken(engine) -> None:
    """«Чем стало выступление генпрокурора?»: the speech becomes something, not the Prosecutor
    General a post (the first thing after the verb is what it becomes)."""
    reply = engine.answer("Чем стало выступление генпрокурора?")
    assert reply.decline != "not_in_document", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие ещё принципы будут в Преамбуле?",
        "Какие ещё цифровые решения будут внедрять?",
        "Преамбулада тағы қандай қағидаттар болады?",
    ],
)
def test_which_other_asks_beyond_what_an_entry_names(engine, question: str) -> None:
    """«Какие ещё X» asks which other X: an entry naming one X (the principle in the Preamble, the
    digital solutions) does not tell the others."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_which_other_bodies_took_part(engine) -> None:
    """«Какие ещё органы участвовали?»: no entry naming one body answers (rights_protection_priority
    was the confident wrong); the list of all participants (kind `others`, its variant asking of
    «государственных органов») may, since round 72a reads the bodies inside that phrase."""
    reply = engine.answer("Какие ещё органы участвовали?")
    assert reply.kind == "none" or reply.entry_id == "participants", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Какие ещё направления обсуждались?", "key_directions"),
        ("Какие ещё изменения предлагаются?", "proposed_changes"),
        ("Кто ещё выступал?", "speaker"),
        ("Что ещё сказал Асылов?", "prosecutor_speech"),
        ("Тағы қандай бағыттар талқыланды?", "key_directions"),
    ],
)
def test_which_other_keeps_an_entry_telling_the_others(engine, question: str, entry_id: str) -> None:
    """An entry listing all of them, or saying no full list is given, answers which others; «ещё»
    after «кто», «что» is left as it was."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Как стать участником круглого стола?",
        "How can I become a member of the expert community?",
        "Как мне стать экспертом?",
    ],
)
def test_how_to_become_one_of_a_role(engine, question: str) -> None:
    """How one becomes a person of some role asks a way the documents never tell: they name who
    took part, not how to join."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Что должно стать основой устойчивого правопорядка?", "legal_consciousness"),
        ("Что должно стать приоритетом для правоохранительных органов?", "rights_protection_priority"),
        ("Как правоохранительные органы станут более сервисными?", "rights_protection_priority"),
        ("Как избежать неточных интерпретаций?", "explanation_purpose"),
    ],
)
def test_what_a_thing_should_become_keeps_its_answer(engine, question: str, entry_id: str) -> None:
    """What a thing should become (a basis, a priority, more service-minded) is what the entries
    propose; a how-question of another verb is left as it was."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


def test_as_whom_one_will_be_is_a_post_to_come(engine) -> None:
    """«Кем будет X?» with no verb after it asks the post X will hold: one yet to come."""
    reply = engine.answer("Кем будет Асылов после реформы?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize("question", ["Кем был Асылов?", "Кем является Асылов?"])
def test_as_whom_one_is_keeps_its_answer(engine, question: str) -> None:
    """The post held when the documents were written is told."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "speaker"), describe(reply)
