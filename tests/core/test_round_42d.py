"""Round 42d: confident answers to near misses of hunt 6, each class with near misses of our own
that must be declined and answerable neighbours that must keep their entry (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Какие госорганы сократят?",
        "Какие госорганы упразднят?",
        "Какие госорганы объединят после реформы?",
        "Какие органы власти переименуют?",
        "Which government bodies will be abolished?",
    ],
)
def test_what_will_befall_which_of_those_named(engine, question: str) -> None:
    """«Какие госорганы сократят?»: a verb the documents never use, in the future tense, of which
    of the bodies they name as taking part is what is asked; the entry naming the participants
    does not tell it (as in a question whether: «Упразднят ли Сенат?»)."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Какие органы будут разъяснять проект?", "explanatory_work"),
        ("Кого вовлекут в обмен мнениями?", "public_involvement"),
        ("Какие органы будут развивать сервисную модель?", "rights_protection_priority"),
        ("Какие госорганы участвовали в дискуссии?", "participants"),
        ("Какие органы власти были на круглом столе?", "participants"),
        # a verb that may be a present tense («отводить» or «отвести») tells what the text says
        ("Какую роль в реформе отводят Президенту?", "reform_tokayev_link"),
    ],
)
def test_a_future_the_documents_tell_keeps_its_answer(engine, question: str, entry_id: str) -> None:
    """A future verb the documents use (разъяснять, вовлечь, развивать), and a past one of taking
    part, are answered; so is a verb that may also be a present."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что в разделе о Сенате?",
        "Что в разделе о Мажилисе?",
        "На чем сосредоточились депутаты Сената?",
        "На чем сосредоточились депутаты Мажилиса?",
        "Что сказано о Сенате?",
    ],
)
def test_a_chamber_named_only_in_a_question_variant(engine, question: str) -> None:
    """The Senate and the Mazhilis are named only in a question variant of the entry on
    Parliament's taking part (its answer: which chambers, the text does not say): it answers only
    whether they were there, nothing else of them."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Участвовали ли депутаты Сената?",
        "Были ли на круглом столе депутаты Мажилиса?",
        "Депутаты Сената присутствовали?",
        "Присутствовали ли сенаторы на обсуждении?",
        "Сенат өкілдері қатысты ма?",
        "Did members of the Mazhilis take part?",
    ],
)
def test_whether_a_chamber_was_there_is_answered(engine, question: str) -> None:
    """Whether a chamber's deputies took part is what the entry on Parliament answers (Parliament
    did; which chambers, the text does not say)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "participant_parliament"), describe(reply)


def test_a_chamber_not_told_of_is_still_not_in_the_document(engine) -> None:
    """A decline still counts the entry on Parliament as about a chamber: which Mazhilis deputies
    spoke is not in the document (not merely not found)."""
    reply = engine.answer("Какие депутаты Мажилиса выступали на круглом столе?")
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Besides the round table, what other events were held?",
        "Кроме круглого стола, какие ещё мероприятия прошли?",
        "Что обсуждали на других круглых столах?",
        "What other events discussed the draft?",
        "Какие ещё круглые столы проводились?",
        "Were there other meetings on the draft?",
    ],
)
def test_other_events_than_the_documents_one(engine, question: str) -> None:
    """«другие мероприятия», "other events", «какие ещё круглые столы»: a word of another one before
    the documents' event names events they never tell of (they tell of one round table)."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Кто ещё участвовал в круглом столе?", "participants"),
        ("Who else took part in the round table?", "participants"),
        ("Какие другие темы обсуждения выделили?", "key_directions"),
        ("Кто, кроме Парламента, участвовал в обсуждении?", "participants"),
        ("Что ещё подтвердил круглый стол?", "outcome"),
    ],
)
def test_others_at_the_documents_event_keep_their_answer(engine, question: str, entry_id: str) -> None:
    """Others at the event (who else took part, what else it confirmed), and other topics of its
    discussion (a noun of their own after «другие»), are answered."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Сравните позиции Администрации Президента и Парламента.",
        "Сравните мнения Парламента и общественных организаций.",
        "Какую позицию заняла Администрация Президента?",
        "What is the stance of Parliament on the draft?",
        "Compare the opinions of Parliament and the Presidential Administration.",
    ],
)
def test_the_stance_of_a_body_named_only_as_taking_part(engine, question: str) -> None:
    """«позиция X», «мнение X»: the stance of a person or body the documents name is what they said
    (as «как X относится к Y»); the entries naming them among the participants do not tell it."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Какова позиция генпрокурора?", "prosecutor_speech"),
        ("Какова позиция генпрокурора по предлагаемым изменениям?", "overall_assessment"),
        ("Каково мнение Асылова о принципе «Закон и порядок»?", "law_and_order_meaning"),
        # the English "position" is often the office held
        ("What position does Asylov hold?", "speaker"),
    ],
)
def test_the_stance_of_one_whose_words_are_reported(engine, question: str, entry_id: str) -> None:
    """The stance of the one whose words the documents report is answered by them."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кто будет президентом после реформы?",
        "Кто станет президентом после реформы?",
        "Кто будет генпрокурором после реформы?",
        "Кто будет президентом по новой Конституции?",
    ],
)
def test_who_will_hold_a_post_after_the_reform(engine, question: str) -> None:
    """Who will hold a post the documents name, the reform or the new Constitution saying when: a
    holder yet to come, which they never tell (they name the one of their day)."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Кто президент?", "reform_tokayev_link"),
        ("Чьи инициативы продолжает реформа?", "reform_tokayev_link"),
        ("Кто будет вовлечён в обсуждение проекта?", "public_involvement"),
        ("Кто будет выступать?", "speaker"),
    ],
)
def test_who_holds_a_post_now_keeps_its_answer(engine, question: str, entry_id: str) -> None:
    """Who holds the post in the documents' day, whose initiatives the reform continues, and who
    is to be involved (a verb, not a post), are answered."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кто сидел за столом рядом с генпрокурором?",
        "Кто сидел напротив генпрокурора?",
        "Кто был рядом с генпрокурором?",
        "Who was sitting beside Asylov at the round table?",
        "Who sat next to the Prosecutor General?",
    ],
)
def test_who_was_beside_a_person_named(engine, question: str) -> None:
    """Who sat beside or opposite a person the documents name is someone else, whom they never
    name (as his predecessor is: other_holder); the entry about the one named does not answer."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Кто участвовал вместе с Парламентом?", "participants"),
        ("Кто сидел за круглым столом?", "participants"),
        ("Кто участвовал в круглом столе помимо Парламента?", "participants"),
    ],
)
def test_who_was_there_with_a_body_named(engine, question: str, entry_id: str) -> None:
    """Who took part together with a body, or besides it, is told by who took part."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Искусственный интеллект будет в судах или в полиции?",
        "ИИ будут использовать в прокуратуре или в судах?",
        "Will AI be used in the courts or in the police?",
    ],
)
def test_which_of_two_bodies_a_sphere_does_not_tell(engine, question: str) -> None:
    """«…в судах или в полиции?» asks which of two: what the documents say of the legal sphere,
    where both work, does not tell (as it tells whether AI will be there)."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "ИИ в прокуратуре будет?",
        "ИИ в правоохранительных органах будет или нет?",
        "Will AI be used in law enforcement or not?",
    ],
)
def test_whether_in_a_body_of_the_sphere_is_answered(engine, question: str) -> None:
    """Whether AI will be in a body of the legal sphere («…или нет?» is a yes/no tail) is told by
    the digital solutions in the legal sphere."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "digital_solutions"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какое официальное лицо подпишет Конституцию?",
        "Какие чиновники подпишут проект?",
        "Каких чиновников уволят после реформы?",
    ],
)
def test_what_officials_will_do_or_undergo(engine, question: str) -> None:
    """A concept naming people («должностное лицо»: officials) is asked of as the people the
    documents name are: a verb they never use of what is yet to be done by or to them is what is
    asked, which the entry on the one official who spoke does not tell."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие должностные лица выступали?",
        "Кто из чиновников выступал на круглом столе?",
    ],
)
def test_which_officials_spoke_is_answered(engine, question: str) -> None:
    """Which officials spoke (a verb the documents use) is told by the speaker entry."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "speaker"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Как граждане относятся к новой Конституции?",
        "Как общество относится к реформе?",
        "Как население относится к проекту?",
    ],
)
def test_the_attitude_of_those_whose_words_are_not_reported(engine, question: str) -> None:
    """The attitude held by those whose words the documents never report (citizens, society: no
    person or body they name, nor the participants) is not theirs to tell, whatever they say of
    citizens' rights."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Как генпрокурор относится к предлагаемым изменениям?", "overall_assessment"),
        ("Как Асылов относится к правонарушениям?", "prosecutor_speech"),
        ("Говорили ли о том, как относиться к нарушителям?", "law_and_order_meaning"),
    ],
)
def test_the_attitude_of_one_whose_words_are_reported(engine, question: str, entry_id: str) -> None:
    """The attitude of the one whose words the documents report, and how one should treat a thing,
    are answered."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Бас прокурор ким? Жасы нешеде?",
        "Жасы нешеде?",
        "Асыловтың жасы нешеде?",
    ],
)
def test_kazakh_neshede_asks_how_many(engine, question: str) -> None:
    """«нешеде» (a case form of «неше», "how many": «жасы нешеде?», how old) asks a number, which
    the entry on who spoke does not give."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_kazakh_who_spoke_is_answered(engine) -> None:
    """Who the Prosecutor General is, asked alone, is answered."""
    reply = engine.answer("Бас прокурор кім?")
    assert (reply.kind, reply.entry_id) == ("answer", "speaker"), describe(reply)
