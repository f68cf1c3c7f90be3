"""Round 85d: false «не говорится» — a filler noun, a thing becoming something for someone, the
holder of an attitude named with its complement, real synonyms of the text's words, a
request after the asker's sentence opened with "please", the asker's colloquial opening (real
engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Присутствовали ли правозащитники, в частности представители омбудсмена?", "participant_ombudsman"),
        ("Были ли на встрече учёные, в частности представители научного сообщества?", "participant_science"),
        ("Присутствовали ли, в частности, депутаты?", "participant_parliament"),
        ("ds тут) какие ии-шные штуки в праве планируют, конкретика есть?", "digital_solutions"),
        ("Что с искусственным интеллектом, конкретика есть?", "digital_solutions"),
    ],
)
def test_filler_nouns_ask_nothing(engine, question: str, entry_id: str) -> None:
    """«в частности» is an adverb, «конкретика» the noun of «конкретно» ("specifics"): no detail."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Присутствовали ли иностранные гости, в частности послы?",
        "Какая конкретика по налогам?",
    ],
)
def test_filler_nouns_keep_the_unknown_declined(engine, question: str) -> None:
    """The rest of the question still names what the documents never speak of."""
    assert engine.answer(question).kind == "none"


@pytest.mark.parametrize(
    "question",
    [
        "Чем круглый стол стал для учёных и экспертов?",
        "Чем стал круглый стол для экспертного сообщества?",
    ],
)
def test_what_a_thing_became_for_someone(engine, question: str) -> None:
    """«стал для учёных»: those after «для» are whom the round table became something for, no post."""
    reply = engine.answer(question)
    assert reply.kind == "answer", describe(reply)


def test_how_to_become_an_expert_is_still_a_post(engine) -> None:
    reply = engine.answer("Как стать экспертом для круглого стола?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Как глава прокуратуры относится к публичному обсуждению новшеств проекта?",
        "Как руководитель Генпрокуратуры относится к обсуждению проекта?",
    ],
)
def test_attitude_holder_with_its_complement(engine, question: str) -> None:
    """«глава прокуратуры» is the Prosecutor General, whose words the document reports: the sentence
    telling his attitude («Придавая важное значение открытому диалогу…») is quoted, by his speech or
    by the entry on what the explanation is for, which quotes it too (round 90a: «публичное
    обсуждение» reads as the text's «активное обсуждение» since round 89a)."""
    reply = engine.answer(question)
    assert reply.kind == "answer", describe(reply)
    assert reply.entry_id in ("prosecutor_speech", "explanation_purpose"), describe(reply)
    assert any("важное значение открытому диалогу" in q.text for q in reply.quotes), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Как граждане относятся к новой Конституции?", "Как жители Алматы относятся к реформе?"],
)
def test_attitude_of_the_unreported_stays_declined(engine, question: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Упоминается ли принцип господства права?",
        "Говорится ли о господстве закона?",
        "Что сказано о единстве правоприменительной практики и защите прав?",
        "Говорится ли о единстве правоприменительной практики?",
    ],
)
def test_real_synonyms(engine, question: str) -> None:
    """«господство права» is the rule of law, «единство практики» its uniform application."""
    reply = engine.answer(question)
    assert reply.kind == "answer", describe(reply)


@pytest.mark.parametrize(
    "question", ["Говорится ли о единстве народа?", "Говорится ли о господстве церкви над государством?"]
)
def test_unity_or_dominance_of_another_thing_stays_declined(engine, question: str) -> None:
    """Only the phrases are synonyms: «единство» or «господство» of anything else is not the text's."""
    assert engine.answer(question).kind == "none"


def test_a_filler_real_is_no_silence(engine) -> None:
    """ "real" is the adjective of the stopword "really": no detail the document lacks."""
    reply = engine.answer("Is it true that the event was purely ceremonial, with no real debate?")
    assert reply.decline != "not_in_document", describe(reply)


def test_real_estate_stays_declined(engine) -> None:
    assert engine.answer("Is real estate mentioned?").kind == "none"


@pytest.mark.parametrize(
    "question",
    [
        "Dear assistant, I am a businessman from China. Please tell me what the concept of a Fair "
        "Kazakhstan means in this text.",
        "I am a businessman from China. Please tell me what the concept of a Fair Kazakhstan means.",
    ],
)
def test_please_tell_me_after_the_askers_sentence(engine, question: str) -> None:
    """ "Please tell me what…" opens the question after the asker's sentence as "Tell me…" does."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "fair_kazakhstan"), describe(reply)


def test_please_tell_me_of_taxes_stays_declined(engine) -> None:
    assert engine.answer("I am a teacher. Please tell me about taxes.").kind == "none"


@pytest.mark.parametrize(
    "question",
    [
        "рыбачу на каспии мне чё с этой конституции, закон и порядок это чё значит",
        "библиотекарь, нужна дата и тема",
    ],
)
def test_askers_own_words_are_no_silence(engine, question: str) -> None:
    """The asker's opening before a colloquial «чё» or «нужна» names no detail the document lacks."""
    reply = engine.answer(question)
    assert reply.decline != "not_in_document", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "учитель, нужна информация про налоги",
        "рыбачу на каспии чё там с квотами на рыбу",
    ],
)
def test_askers_openings_keep_unknown_subjects_declined(engine, question: str) -> None:
    assert engine.answer(question).kind == "none"
