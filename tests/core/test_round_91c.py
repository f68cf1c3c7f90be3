"""Round 91c: literary-Russian declines of the newest sets: a place and the space outside it
(«в суде и вне его»), «стал местом для» as the text's «площадкой для», work with the public that is
to be continued, the interests of residents as those of the population, a law applied «по-разному»
(real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Планируется ли улучшать механизмы защиты прав в суде и вне его?",
        "Как проект предполагает улучшить механизмы защиты прав в суде и вне его?",
        "Будут ли улучшать защиту прав как в суде, так и вне суда?",
    ],
)
def test_in_a_place_and_outside_it_is_everywhere(engine, question: str) -> None:
    """«в суде и вне его» names a place and all outside it: everywhere, no court asked of; the text's
    «совершенствование механизмов правовой защиты» answers."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "equality_before_law"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Улучшат ли защиту прав в судах?",
        "Будут ли защищать права вне суда?",
        "Что изменится в судах?",
    ],
)
def test_a_court_alone_is_still_asked(engine, question: str) -> None:
    """A court named alone, or only the space outside it, is what is asked: the text names none."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Можно ли сказать, что круглый стол стал местом для реального обмена мнениями?",
        "Чем стал круглый стол для участников — формальностью или местом для настоящего разговора?",
        "Стал ли круглый стол местом для обмена мнениями?",
    ],
)
def test_became_a_place_for_an_exchange(engine, question: str) -> None:
    """What the round table became «местом для» is the text's «стал площадкой для содержательного
    обмена мнениями»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "outcome"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Станет ли Астана местом для проведения референдума?",
        "Стал ли круглый стол местом для принятия решений?",
        "Стал ли круглый стол местом для споров?",
    ],
)
def test_a_place_for_what_the_text_never_says_declines(engine, question: str) -> None:
    """A venue for holding a thing, or a place for what the text never says the table was for."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какую работу с населением предложил продолжить генпрокурор?",
        "Какую работу с населением, по словам генпрокурора, необходимо продолжать?",
        "Какую работу с гражданами генпрокурор призвал продолжить?",
    ],
)
def test_work_with_the_public_to_be_continued_is_explanatory(engine, question: str) -> None:
    """Work with the public that the Prosecutor General calls to continue is the text's «продолжения
    системной разъяснительной работы», not the service model (developed, never continued)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "explanatory_work"), describe(reply)


def test_work_with_the_public_without_continuing_keeps_the_service_model(engine) -> None:
    reply = engine.answer("Как изменится работа с населением?")
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что было сказано о защите законных интересов жителей?",
        "Что говорится о защите законных интересов жителей?",
        "Интересует, как в новом подходе правоохранителей защищены законные интересы жителей.",
        "Будут ли защищать интересы жителей?",
    ],
)
def test_interests_of_residents_are_those_of_the_population(engine, question: str) -> None:
    """The interests of residents are the text's «законных интересов населения»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Защитят ли законные интересы жителей деревень?",
        "Что получат жители регионов?",
        "Повысят ли пенсии жителям?",
    ],
)
def test_residents_otherwise_keep_their_word(engine, question: str) -> None:
    """Residents named otherwise, or of places the text never names: still declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        (
            "Я судебный исполнитель, меня беспокоит, что в разных регионах одни и те же нормы "
            "применяют по-разному. Есть ли про это что-то?"
        ),
        "Будут ли законы применять по-разному в разных регионах?",
    ],
)
def test_a_law_applied_differently_asks_uniform_application(engine, question: str) -> None:
    """Whether a law is applied «по-разному» is whether it is applied alike: the text's «обеспечение
    единообразного применения законодательства»; the regions are then how widely, no subject."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "equality_before_law"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Будут ли налоги применять по-разному в разных регионах?",
        "Почему суды применяют законы по-разному?",
        "Что изменится в разных регионах?",
    ],
)
def test_other_things_applied_differently_decline(engine, question: str) -> None:
    """Taxes, courts, regions asked of: never named by the documents."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие новые технологии упомянуты в связи с правовой системой?",
        "Какие технологии упомянуты в тексте?",
    ],
)
def test_a_thing_mentioned_in_the_text_is_a_thing_it_names(engine, question: str) -> None:
    """«упомянуты» says the text names a thing, as «названы» does: no subject of its own."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "digital_solutions"), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Какие налоги упомянуты?", "Какие вузы указаны в тексте?", "Какие санкции упомянуты в проекте?"],
)
def test_mentioned_things_the_text_never_names_decline(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
