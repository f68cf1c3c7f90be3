"""Round 86c: fresh colloquial and English misses and near misses (round80, hunt23): the asker's
«X я.» before an unpunctuated question, «КС» that speaks past a topic or whose fate is asked, a
chamber's speaker as its chairman, the asker's own thing as the topic (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("курсант я. про профилактику нарушений в проекте есть чтото", "rights_protection_priority"),
        ("я студентка. про искусственный интеллект в проекте что-нибудь есть", "digital_solutions"),
        ("пенсионер я. про цифровизацию в проекте что-то есть", "digital_solutions"),
        ("я учитель. интересует правовая культура", "legal_culture"),
        ("бухгалтер я. равенство перед законом обсуждали", "equality_before_law"),
    ],
)
def test_unpunctuated_question_after_the_asker(engine, question: str, entry_id: str) -> None:
    """After the asker's «я» and noun alone, the one sentence after it is asked, question mark or
    not (chat drops it)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "я пенсионер. про пенсии в проекте есть что-нибудь",
        "пенсионер я. сказано что-нибудь про налоги",
        "я юрист. работаю в акимате",
    ],
)
def test_unpunctuated_question_after_the_asker_still_declines(engine, question: str) -> None:
    """What the document does not tell stays declined when asked so."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "а КС что по проекту сказал?",
        "а что с КС по новому проекту",
        "КС про реформу что говорил?",
        "КС о новой Конституции что думает",
        "что с кс по новой конституции",
    ],
)
def test_court_that_speaks_or_whose_fate_is_asked(engine, question: str) -> None:
    """«кс» that says or thinks something past a topic phrase, or asked what is with it, is the
    Constitutional Court, which the document never mentions."""
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("какие направления обсуждали на кс", "key_directions"),
        ("итоги кс какие", "outcome"),
        ("кс по конституции кто участвовал??", "participants"),
    ],
)
def test_round_table_shortened_keeps_its_answer(engine, question: str, entry_id: str) -> None:
    """«кс» discussed or held is still the round table."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Is it true that the Speaker of the Mazhilis attended the round table?",
        "Did the Speaker of the Senate take part?",
        "Был ли спикер Мажилиса на круглом столе?",
    ],
)
def test_chamber_speaker_is_its_chairman(engine, question: str) -> None:
    """The speaker of a chamber is its presiding officer, whom the document never names (it names
    representatives of Parliament)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Who was the speaker at the round table?", "speaker"),
        ("Кто был спикером?", "speaker"),
        ("Did members of the Mazhilis attend?", "participant_parliament"),
    ],
)
def test_speaker_alone_keeps_its_answer(engine, question: str, entry_id: str) -> None:
    """«спикер», "speaker" not of a chamber is the one who spoke."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "а мои персональные данные кто будет охранять, какое ведомство конкретно?",
        "а мои персональные данные какое ведомство конкретно?",
    ],
)
def test_asker_owned_thing_is_the_topic(engine, question: str) -> None:
    """«а мои персональные данные…»: the asker's possessive before a thing names what is asked, not
    who asks; which body protects personal data the document does not say (not the participants)."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("мои персональные данные будут защищены?", "personal_data_protection"),
        ("мои права кто защитит", "rights_protection_priority"),
    ],
)
def test_asker_owned_thing_keeps_its_answer(engine, question: str, entry_id: str) -> None:
    """The asker's own thing the document speaks of is still answered."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Бас прокурор кім? Оның аты-жөні қалай?",
        "Бас прокурор кім? Оның аты-жөні қандай?",
        "Бас прокурор туралы айтыңызшы, оның аты кім?",
    ],
)
def test_kazakh_oblique_pronoun_asks_of_the_noun_before(engine, question: str) -> None:
    """«оның аты-жөні» (his name): the pronoun stands for the person said before, no word of its own."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "speaker"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Заң мен тәртіп қағидаты дегеніміз не және оның мәні қандай?", "law_and_order_meaning"),
        ("Әділетті Қазақстан деген не, оның реформаға қатысы бар ма?", "fair_kazakhstan"),
    ],
)
def test_kazakh_pronoun_beside_a_subject_keeps_its_answer(engine, question: str, entry_id: str) -> None:
    """The subject named beside the pronoun still chooses the entry."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Құқық бұзушылықтарға нөлдік төзімділік іс жүзінде қалай жұмыс істейді, қандай айыппұлдар болады?",
        "Нөлдік төзімділік іс жүзінде қалай жұмыс істейді?",
        "Сервистік модель тәжірибеде қалай жұмыс істейді?",
    ],
)
def test_kazakh_how_in_practice_is_not_told(engine, question: str) -> None:
    """«іс жүзінде қалай…» asks how a thing works in practice, which the documents never describe
    (as «как … на практике»)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Нөлдік төзімділік деген не?", "law_and_order_meaning"),
        ("Сервистік модель дегеніміз не?", "rights_protection_priority"),
        ("Жасанды интеллект қалай қолданылады?", "digital_solutions"),
    ],
)
def test_kazakh_without_practice_keeps_its_answer(engine, question: str, entry_id: str) -> None:
    """What a thing is, or how it is used without «іс жүзінде», keeps its entry."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "на перспективу чё изменения дают, на годы вперёд",
        "что изменения дают на годы вперёд?",
        "Какие ориентиры реформа задаёт на много лет вперёд?",
    ],
)
def test_years_ahead_is_long_term(engine, question: str) -> None:
    """«на годы вперёд», «на много лет вперёд»: for a long term, the text's «долгосрочные ориентиры»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "long_term_guidelines"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "что будет через год после реформы",
        "на годы вперёд налоги снизят?",
    ],
)
def test_years_ahead_near_misses_decline(engine, question: str) -> None:
    """A year's detail or an unknown subject stays declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
