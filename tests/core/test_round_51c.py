"""Round 51c: the worst failures over every set, by their general reason (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "что за практические аспекты обсуждали",
        "What practical aspects did the participants focus on?",
        "какие практич аспекты обсуждали",
        "Какие практические аспекты проекта обсуждали участники?",
        "Which practical aspects did the round table discuss?",
        "чё за практические аспекты обсуждали",
    ],
)
def test_which_practical_aspects_are_the_directions(engine, question: str) -> None:
    """Which of the practical aspects (the asking word right before «практические»): the question
    says they were practical; the text goes on to list them as the directions given attention."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "key_directions"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "На чём сосредоточились участники круглого стола?",
        "Какие аспекты проекта обсуждали?",
        "на какие аспекты упор практические?",
        "Какие аспекты проекта обсуждали — теоретические или практические?",
    ],
)
def test_the_practical_focus_itself_stays(engine, question: str) -> None:
    """What the participants focused on, or practical against theoretical: the practical focus."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "practical_focus"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие практические меры предложены?",
        "Какие практические шаги обсуждали?",
        "Какие практические проблемы обсуждали?",
        "Какие законы разбирали на круглом столе?",
        "Сколько участников обсуждали направления?",
    ],
)
def test_practical_things_the_text_never_lists_decline(engine, question: str) -> None:
    """Practical measures, steps, problems; laws gone through: the text names none."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие четыре темы обсуждали на круглом столе?",
        "Какие 4 темы обсуждали на круглом столе?",
        "Какие четыре темы обсуждали участники?",
    ],
)
def test_counted_topics_are_the_directions(engine, question: str) -> None:
    """«четыре темы» is a counted plural (a genitive singular after «два», «три», «четыре»): so
    several topics, the directions."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "key_directions"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Чем опасно отсутствие разъяснений по проекту, судя по тексту?",
        "Чем опасно отсутствие разъяснений по проекту?",
        "Чем опасна нехватка разъяснительной работы?",
        "Какие опасения снимает, по словам генпрокурора, системное разъяснение проекта?",
        "Какие опасения снимает разъяснительная работа?",
    ],
)
def test_dangers_of_a_lack_and_worries_removed_are_the_purpose(engine, question: str) -> None:
    """What a lack is dangerous by is what it leads to («чем опасно отсутствие X», as «к чему
    приведёт отсутствие X»); worries a thing removes («снимает опасения») are dangers it avoids:
    what the explanatory work is for."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "explanation_purpose"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Чем опасно отсутствие юристов?",
        "Чем опасно отсутствие налогов?",
        "Какие опасения снимает новая Конституция?",
        "Какие опасения высказывали участники?",
    ],
)
def test_dangers_the_text_never_weighs_decline(engine, question: str) -> None:
    """A lack of people or of what the text never names; worries the draft removes or voiced."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("пенсионер я, мои права будут защищать или как", "rights_protection_priority"),
        ("я батя одиночка, прав граждан будет больше защиты или как", "rights_protection_priority"),
        ("студент я, юридическое образование улучшат или нет", "legal_culture"),
    ],
)
def test_a_closing_yes_no_tag_ends_the_question_after_the_asker(engine, question: str, entry: str) -> None:
    """«…или как», «…или нет» typed without a question mark still end the question after the
    asker's own words («пенсионер я»), which are no detail asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "пенсионер я, пенсии повысят или нет",
        "блогер я, генпрок говорил про фейки или нет",
        "студент я, стипендии поднимут или как",
    ],
)
def test_a_closing_tag_after_the_asker_asking_what_the_text_omits_declines(engine, question: str) -> None:
    """Pensions, fakes, grants: the text names none of them."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Говорилось ли о присутствии представителей омбудсмена?", "participant_ombudsman"),
        ("Было ли присутствие представителей Парламента?", "participant_parliament"),
        ("Does the reform relate to the concept of a Just Kazakhstan?", "fair_kazakhstan"),
        ("Дөңгелек үстелге мамандар қатысты ма?", "participant_science"),
    ],
)
def test_words_for_the_documents_things(engine, question: str, entry: str) -> None:
    """«присутствие» is the noun of «присутствовать» (taking part); "the concept of X" is X, as
    "the notion of X"; Kazakh «маман» is a specialist («специалист»)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Говорилось ли о присутствии журналистов?",
        "Говорилось ли о присутствии иностранных гостей?",
        "Мамандардың жалақысы қанша?",
        "In which year was the concept of a Just Kazakhstan launched?",
        "In which year was a Just Kazakhstan launched?",
    ],
)
def test_near_misses_of_those_words_decline(engine, question: str) -> None:
    """Journalists, foreign guests, specialists' pay, the year of a launch ("which year" asks when,
    as "what year" does): the text names none."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Высказывания какого должностного лица приводятся в пресс-релизе?", "speaker"),
        ("Какие высказывания генпрокурора приводятся?", "prosecutor_speech"),
    ],
)
def test_statements_are_the_speech(engine, question: str, entry: str) -> None:
    """«высказывание» (a statement) is what a speaker said, as «выступление», "remarks"."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Высказывания депутатов приводятся в тексте?",
        "Высказывания президента приводятся в пресс-релизе?",
        "Какие высказывания были в соцсетях?",
    ],
)
def test_statements_the_text_never_quotes_decline(engine, question: str) -> None:
    """The deputies' or the President's statements, posts in social networks: none is quoted."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какую роль сыграл круглый стол, судя по пресс-релизу?",
        "Какова роль круглого стола?",
        "What role did the round table play?",
        "Какой была цель круглого стола, если судить по релизу?",
        "Зачем проводили круглый стол?",
        "What was the purpose of the round table?",
    ],
)
def test_the_role_of_the_event_is_what_it_became(engine, question: str) -> None:
    """The role or purpose of the event itself is what it served as: a platform for exchanging
    views (the reform's aims are another thing's)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "outcome"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какую роль сыграл круглый стол в принятии Конституции?",
        "Какую роль сыграл круглый стол в референдуме?",
        "Зачем проводили круглый стол в Астане?",
        "Какова цель круглого стола по налогам?",
    ],
)
def test_the_role_of_the_event_in_what_the_text_omits_declines(engine, question: str) -> None:
    """Its role in adopting the Constitution or in a referendum, why it was held in a city, a round
    table on taxes: the text tells none of it."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Чьи инициативы продолжает конституционная реформа? Назовите этого человека полностью.",
            "reform_tokayev_link",
        ),
        ("Кто выступал на круглом столе? Назови его полностью.", "speaker"),
        ("Чьи инициативы продолжает реформа? Назовите его полностью.", "reform_tokayev_link"),
    ],
)
def test_a_person_named_in_full_asks_the_full_name(engine, question: str, entry: str) -> None:
    """«Назовите этого человека полностью»: naming a person in full asks the full name, not items."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кто из депутатов выступал? Назовите его полностью.",
        "Кто представлял Парламент? Назовите этого человека полностью.",
    ],
)
def test_a_person_the_text_never_names_in_full_declines(engine, question: str) -> None:
    """The deputies and the Parliament's representatives are never named."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
