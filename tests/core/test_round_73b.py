"""Round 73b: false declines of colloquial and English questions: the idiom «что за зверь», «звать»
into a discussion, adverbs of degree, spoken «один» as «only», who was among the participants, and
the text's "reference" to a thing (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


def _answered(engine, question: str, entry: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


def _declined(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("сервисная модель полиции что за зверь", "rights_protection_priority"),
        ("что за зверь эта сервисная модель", "rights_protection_priority"),
        ("нулевая терпимость что это за зверь такой", "law_and_order_meaning"),
        ("правосознание что это за зверь", "legal_consciousness"),
    ],
)
def test_what_sort_of_beast_asks_what_a_thing_is(engine, question: str, entry: str) -> None:
    """«что (это) за зверь» is the idiom «что это такое», as «что за тема» (form.what_topic_is)."""
    _answered(engine, question, entry)


@pytest.mark.parametrize(
    "question",
    [
        "что за зверь этот налоговый кодекс",
        "пенсионная реформа что это за зверь",
        "биткоин что это за зверь",
        "сервисная модель полиции и звери",
    ],
)
def test_beasts_of_things_the_text_never_names_decline(engine, question: str) -> None:
    _declined(engine, question)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("кого зовут в обсуждение проекта", "public_involvement"),
        ("кого звать в обсуждение проекта", "public_involvement"),
        ("зовут ли простых людей к обсуждению проекта", "public_involvement"),
        ("кого звали на круглый стол", "participants"),
        ("звали ли учёных на обсуждение", "participant_science"),
    ],
)
def test_calling_into_a_discussion_is_inviting(engine, question: str, entry: str) -> None:
    """«звать» before «в / на / к» reads as «позвать» (people.called_into)."""
    _answered(engine, question, entry)


def test_what_someone_is_called_is_still_a_name(engine) -> None:
    """«как зовут» with no preposition after it asks a name."""
    _answered(engine, "как зовут генпрокурора", "speaker")
    _declined(engine, "как зовут омбудсмена")


@pytest.mark.parametrize(
    "question",
    ["кого зовут на заседание сената", "кого зовут в парламент", "кого звали на пресс-конференцию"],
)
def test_calling_into_what_the_text_never_tells_declines(engine, question: str) -> None:
    _declined(engine, question)


@pytest.mark.parametrize(
    "question",
    [
        "Were the discussions mostly theoretical or practical?",
        "Were the talks mainly theoretical or practical?",
        "Was the round table primarily theoretical or practical?",
        "Обсуждали преимущественно теорию или практику?",
        "Was the discussion mostly practical?",
    ],
)
def test_adverbs_of_degree_weigh_the_alternatives(engine, question: str) -> None:
    """ "mostly", "primarily", «преимущественно» are stopwords, as "mainly" was."""
    _answered(engine, question, "practical_focus")


@pytest.mark.parametrize(
    "question",
    ["Were the discussions mostly about taxes?", "Were the talks mostly held online?"],
)
def test_degree_beside_what_the_text_never_tells_declines(engine, question: str) -> None:
    _declined(engine, question)


@pytest.mark.parametrize(
    "question",
    [
        "практику обсуждали или одну теорию как всегда",
        "обсуждали практику или одну теорию?",
        "одну теорию обсуждали или практику тоже?",
    ],
)
def test_spoken_one_as_only(engine, question: str) -> None:
    """«или одну теорию»: spoken «один» is «только», an alternative that would hold alone."""
    _answered(engine, question, "practical_focus")


def test_one_as_a_number_keeps_its_reading(engine) -> None:
    _answered(engine, "обсуждали все поправки или одну?", "proposed_changes")
    _declined(engine, "обсуждали налоги или одну теорию")


@pytest.mark.parametrize(
    "question",
    [
        "кто там был вапще из участников",
        "Кто был среди участников?",
        "кто из участников был",
        "кто был вообще на круглом столе",
    ],
)
def test_who_was_among_the_participants(engine, question: str) -> None:
    """«кто был среди / из участников», fillers aside: who took part (people.who_was_at)."""
    _answered(engine, question, "participants")


@pytest.mark.parametrize(
    "question",
    [
        "кто был среди иностранных гостей",
        "кто из журналистов был",
        "кто был среди депутатов",
        "Кто был среди участников от Сената?",
    ],
)
def test_among_people_the_text_never_names_declines(engine, question: str) -> None:
    _declined(engine, question)


def test_among_a_named_body_keeps_its_reading(engine) -> None:
    _answered(engine, "кто был из Парламента", "participant_parliament")


@pytest.mark.parametrize(
    "question",
    [
        "What is the reference to a 'Just Kazakhstan' about?",
        "How does the notion of a 'Just Kazakhstan' feature in the release?",
        "Is there a reference to Just Kazakhstan?",
    ],
)
def test_a_reference_to_a_thing_is_what_is_said_of_it(engine, question: str) -> None:
    """ "reference", "feature" frame the question, as "mention" does (stopwords)."""
    _answered(engine, question, "fair_kazakhstan")


@pytest.mark.parametrize(
    "question",
    [
        "Is there any reference to taxes?",
        "Is there any reference to the death penalty?",
        "How does land ownership feature in the draft?",
        "How does the pension system feature in the release?",
    ],
)
def test_references_to_what_the_text_never_names_decline(engine, question: str) -> None:
    _declined(engine, question)


@pytest.mark.parametrize(
    "question",
    ["изменения норм или кринж, как их оценили", "реформа норм или кринж?", "изменения норм или треш"],
)
def test_fine_or_cringe_asks_how_it_was_judged(engine, question: str) -> None:
    """«норм или кринж» is «норм или фигня» (alternatives.slang_fine_or_not)."""
    _answered(engine, question, "overall_assessment")


@pytest.mark.parametrize("question", ["новые налоги норм или кринж?", "пенсионная реформа норм или треш"])
def test_fine_or_cringe_of_what_the_text_never_tells_declines(engine, question: str) -> None:
    _declined(engine, question)


@pytest.mark.parametrize(
    "question",
    [
        "о чем договорились в конце",
        "о чём договорились участники",
        "до чего договорились на круглом столе",
        "какие договорённости достигнуты",
    ],
)
def test_what_was_agreed_is_the_outcome(engine, question: str) -> None:
    """«договориться», «договорённость»: what came of the event (synonyms.yaml, the outcome)."""
    _answered(engine, question, "outcome")


@pytest.mark.parametrize("question", ["договорились ли о налогах", "о чём договорились депутаты в сенате"])
def test_agreements_the_text_never_tells_decline(engine, question: str) -> None:
    _declined(engine, question)


@pytest.mark.parametrize(
    "question",
    [
        "а народ то спрашивать будут или как",
        "простых людей ваще будут спрашивать по проекту",
        "спросят ли граждан мнение по проекту",
        "будут ли советоваться с народом",
    ],
)
def test_asking_the_people_to_come_is_involving_them(engine, question: str) -> None:
    """To ask the people at large, in a time to come, is to consult them (people.consulted_as_involved)."""
    _answered(engine, question, "public_involvement")


@pytest.mark.parametrize(
    "question",
    [
        "будут ли спрашивать пенсионеров",
        "будут ли спрашивать людей на референдуме",
        "внучек спрашивает бабушку что такое правосознание",
    ],
)
def test_asking_others_or_now_is_no_consulting(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.entry_id != "public_involvement", describe(reply)
