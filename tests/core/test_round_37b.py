"""Round 37b: classes read from blind40's misses, with paraphrases of our own and near misses that
must stay declined (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Депутаты какой палаты присутствовали на обсуждении?",
        "Депутаты какой партии участвовали в круглом столе?",
        "Прокуроры какого региона выступили?",
    ],
)
def test_which_part_of_a_group_named_as_a_whole_is_declined(engine, question: str) -> None:
    """«Депутаты какой палаты»: which part of a group the documents name only as a whole its members
    came from is a detail they lack, as the members' names are."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Депутаты Мажилиса или Сената присутствовали на обсуждении?", "participant_parliament"),
        ("Депутаты участвовали?", "participant_parliament"),
        ("Бас прокурор қандай қағидатты атап өтті?", "prosecutor_speech"),
    ],
)
def test_whether_the_group_was_there_is_answered(engine, question: str, entry: str) -> None:
    """Neighbours: whether the deputies were there is told; a Kazakh «қандай» after a noun asks of
    what follows it, not which part of a group."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Мемлекеттік тіл мәртебесі жаңа Конституцияда өзгере ме?",
        "Мемлекеттік тілдің мәртебесі өзгере ме?",
    ],
)
def test_kazakh_owner_the_documents_never_name_is_declined(engine, question: str) -> None:
    """«тіл мәртебесі», «тілдің мәртебесі»: the owner of a possessive, or a word in the genitive, is
    a noun; the language is never named, as «статус государственного языка» is declined. Beside the
    second source, which uses «тіл», it is a noun the round table's entries never use (round 38c:
    kazakh_nouns._known_as_nouns)."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Талқылауға қандай мекемелердің өкілдері қатысты?", "participants"),
        ("Өзгерістер қандай салалардың дамуына ұзақ мерзімді бағдар береді?", "long_term_guidelines"),
    ],
)
def test_kazakh_owner_asked_by_which_stays_answered(engine, question: str, entry: str) -> None:
    """The owner a «қандай» asks for is what the answer must name, not a subject."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Правда ли, что изменения призваны усилить правопорядок в стране?",
        "Правда ли, что изменения призваны усилить правопорядок в Казахстане?",
    ],
)
def test_own_country_as_the_place_frames_the_question(engine, question: str) -> None:
    """«в стране», «в Казахстане»: the one country the documents are about, as the place where
    what is asked happens, is no subject of its own."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какой уровень преступности в стране?",
        "Какая зарплата у прокуроров в Казахстане?",
    ],
)
def test_what_else_happens_in_the_country_stays_declined(engine, question: str) -> None:
    """Near misses: the crime rate and prosecutors' pay in the country are never told."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Это уже окончательный текст Конституции или всё ещё проект, который обсуждают?",
        "Это уже принятый текст Конституции или проект?",
    ],
)
def test_unnamed_kind_of_a_named_thing_as_an_alternative(engine, question: str) -> None:
    """«окончательный текст Конституции или проект?»: an alternative the documents never name
    (their text, of a kind they never call it) beside the draft they name: which one, they tell."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "current_stage"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Это окончательный текст Конституции или его перевод?",
        "Это новая редакция закона или проект?",
    ],
)
def test_alternatives_neither_named_stay_declined(engine, question: str) -> None:
    """Near misses: a translation, a law's new wording: the other alternative is unknown too, or
    the thing is not the documents'."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
