"""Round 74c: confident wrong answers of the fresh near misses (hunt 18, round 70): the organiser
asked past an adjective, the alternatives opened by a dash, coming as taking part, a qualifier of
who said it, a future passive (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Which state body organized the round table?",
        "Дөңгелек үстелді қай мемлекеттік орган ұйымдастырды?",
        "Какой государственный орган провёл круглый стол?",
        "Which government agency hosted the event?",
    ],
)
def test_organiser_asked_past_an_adjective(engine, question: str) -> None:
    """«қай мемлекеттік орган ұйымдастырды», "which state body organized": the which-word may stand
    before the agent's adjective; who held the event the documents never say."""
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие государственные органы участвовали в круглом столе?",
        "Which government bodies took part?",
        "Кто участвовал?",
    ],
)
def test_which_bodies_took_part_keeps_its_answer(engine, question: str) -> None:
    """Which bodies took part is told (no verb of holding)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "participants"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кто был организатором круглого стола — Генпрокуратура или Парламент?",
        "Кто организовал круглый стол: Генпрокуратура или Администрация Президента?",
        "Кто был организатором круглого стола — Генпрокуратура или Администрация?",
    ],
)
def test_organiser_before_a_dash_is_asked_not_offered(engine, question: str) -> None:
    """A dash or colon opens the alternatives: the organiser before it is what is asked of them,
    not an alternative the documents never name."""
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Кто выступал на круглом столе — генпрокурор или омбудсмен?", "speaker"),
        ("Кто участвовал — учёные или только чиновники?", "participants"),
    ],
)
def test_alternatives_after_a_dash_keep_their_answers(engine, question: str, entry_id: str) -> None:
    """Alternatives after a dash, with nothing unknown before it, are read as before."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "а чё, токаев сам приходил на круглый стол?",
        "Токаев приходил на круглый стол?",
        "Президент приходил на обсуждение?",
    ],
)
def test_coming_there_is_presence(engine, question: str) -> None:
    """«приходить», the imperfective of «прийти», is taking part: whether the President came is not
    answered by his initiatives."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Кто приходил на круглый стол?", "participants"),
        ("Приходили ли депутаты на круглый стол?", "participant_parliament"),
        ("Омбудсмен приходил?", "participant_ombudsman"),
        ("Омбудсмен участвовал?", "participant_ombudsman"),
    ],
)
def test_who_came_is_who_took_part(engine, question: str, entry_id: str) -> None:
    """Who came is who took part."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Как оценили проект новой Конституции международные эксперты?",
        "What did international experts say about the draft?",
        "Что сказали зарубежные эксперты?",
    ],
)
def test_qualifier_of_who_said_it_is_asked(engine, question: str) -> None:
    """A word the documents never use qualifying who said it (international experts) is the detail
    asked."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Как оценили проект эксперты?", "Что сказали эксперты о проекте?"],
)
def test_what_experts_said_keeps_its_answer(engine, question: str) -> None:
    """Without the qualifier, what the experts said is the outcome."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "outcome"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие государственные органы будут упразднены по новой Конституции?",
        "Будет ли упразднён Сенат?",
        "Какие органы будут созданы по новой Конституции?",
    ],
)
def test_future_passive_is_yet_to_be_done(engine, question: str) -> None:
    """«будут упразднены»: a short participle after a future «быть» is yet to be done, not past."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Будут ли усилены гарантии прав граждан?", "overall_assessment"),
        ("Будет ли обеспечено единообразное применение законов?", "equality_before_law"),
        ("What does the draft say about personal data?", "personal_data_protection"),
    ],
)
def test_future_passive_of_what_is_told_keeps_its_answer(engine, question: str, entry_id: str) -> None:
    """What the documents tell is to come keeps its entry."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "кто-нибуть спорил с генпрокурором на круглом столе?",
        "Кто-нибудь спорил с генпрокурором?",
        "Спорил ли кто-то с прокурором?",
    ],
)
def test_arguing_with_someone_is_objecting(engine, question: str) -> None:
    """«спорить с» someone is objecting to him: who objected no entry tells."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Кто выступал на круглом столе?", "speaker"),
        ("Что сказал генпрокурор?", "prosecutor_speech"),
    ],
)
def test_who_spoke_keeps_its_answer(engine, question: str, entry_id: str) -> None:
    """Who spoke and what he said keep their entries."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Можно вопрос?", "Можно задать вопрос?", "Тебе можно задавать вопросы?", "Can I ask you a question?"],
)
def test_asking_leave_to_ask_is_small_talk(engine, question: str) -> None:
    """Whether one may ask is small talk (what the bot can do), not the guidelines it «задаёт»."""
    reply = engine.answer(question)
    assert reply.kind == "smalltalk", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Можно спросить, кто участвовал?", "participants"),
        ("Можно вопрос: что сказал генпрокурор?", "prosecutor_speech"),
    ],
)
def test_leave_to_ask_before_a_question_keeps_it(engine, question: str, entry_id: str) -> None:
    """Leave asked before a question: the question is answered."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)
