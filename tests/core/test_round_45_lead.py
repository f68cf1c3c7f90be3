"""Round 45, the lead's: near misses of hunt 8 that got an answer (real engine). "What" opening an
English question before a word and an auxiliary verb asks which of that noun ("What language was it
held in?"), a subject the documents never name, not what happened. The asker named by a noun beside
their «я» or «тут» («я блогер.», «медсестра из Актобе тут)») is who asks, no part of the question."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "What language was the round table held in?",
        "What salary does the Prosecutor General earn?",
        "What budget does the reform have?",
        "What fines are planned for data leaks?",
        "What language did Asylov speak?",
    ],
)
def test_what_before_an_unknown_noun_and_an_auxiliary_asks_of_that_noun(engine, question: str) -> None:
    """The unknown word after an opening "what" and before "was", "does", "are"… is the noun asked
    of, which the documents never name: the round table's date or the speaker's entry does not
    answer it, and the bot says the document does not tell."""
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("What principle is enshrined in the Preamble?", "law_and_order_preamble"),
        ("What date was the round table held?", "event_date"),
        ("What directions were given special attention?", "key_directions"),
        ("What did the Prosecutor General say?", "prosecutor_speech"),
    ],
)
def test_what_before_a_known_noun_still_answers(engine, question: str, entry_id: str) -> None:
    """Neighbours: the noun after "what" is one the documents use, and its entry answers."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("медсестра из актобе тут) скажите права граждан усилят или нет", "overall_assessment"),
        ("Я блогер. Генпрокурор выступал на круглом столе?", "speaker"),
        ("блогер я, Асылов выступал на круглом столе?", "speaker"),
        ("Я фермер из Туркестана, искусственный интеллект будут внедрять?", "digital_solutions"),
        ("Я журналист, Парламент участвовал в обсуждении?", "participant_parliament"),
        ("Я юрист. Нулевая терпимость к правонарушениям — это про что?", "law_and_order_meaning"),
    ],
)
def test_the_asker_named_by_a_noun_is_no_part_of_the_question(engine, question: str, entry_id: str) -> None:
    """«я блогер», «медсестра из Актобе тут», «блогер я»: the asker's «я» (or «тут») beside one
    person's noun, no verb, before a full stop, a comma or a smile, names who asks; the question is
    the one sentence after it, whatever its form (text._self_named). Their noun is no subject the
    documents lack, and what is asked before a dash stays with «это» after it."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Я блогер. Когда будет референдум?",
        "водитель я, штрафы поднимут?",
        "Я студент. Асылов сколько лет работает генпрокурором?",
        "Я пенсионерка. Пенсии повысят?",
        "Я журналист, кто из депутатов выступал?",
    ],
)
def test_a_question_after_the_asker_named_by_a_noun_is_still_asked_as_itself(engine, question: str) -> None:
    """Near misses: the question after the asker's noun asks what the documents do not tell."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_a_bare_noun_without_the_askers_word_may_be_the_topic(engine) -> None:
    """«Генпрокурор. Что он сказал?»: no «я» or «тут» beside it, the noun is what the pronoun
    after it stands for, not the asker."""
    reply = engine.answer("Генпрокурор. Что он сказал?")
    assert (reply.kind, reply.entry_id) == ("answer", "prosecutor_speech"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Что, помимо образования, включает развитие правовой культуры?", "legal_culture"),
        ("Что, кроме правосознания, входит в развитие правовой культуры?", "legal_culture"),
        ("Что ещё, кроме анализа больших данных, относится к цифровым решениям?", "digital_solutions"),
        ("Какие ещё цифровые технологии, кроме ИИ, будут внедрять?", "digital_solutions"),
        ("What else besides big data belongs to digital solutions?", "digital_solutions"),
        ("кроме ии че еще в цифровых решениях", "digital_solutions"),
    ],
)
def test_an_entry_listing_several_items_tells_the_others(engine, question: str, entry_id: str) -> None:
    """The digital solutions (big data and AI) and the development of legal culture (education and
    legal consciousness) list two items each: their entries are of kind `besides`, so what else
    beside one of them the question leaves out («кроме», «помимо», "besides") is told by the entry
    listing both (it got «не говорится»). Without a thing left out («Какие ещё цифровые решения…?»,
    test_hunt_4b) the others are beyond what the entry lists, and it does not tell them."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие ещё технологии будут использовать в школах?",
        "Кто ещё выступал, кроме генпрокурора?",
        "Какие ещё меры по защите персональных данных предусмотрены?",
        "Какие ещё принципы будут в Преамбуле?",
        "Какие ещё учебные программы, кроме юридического образования, изменят?",
    ],
)
def test_others_beyond_what_an_entry_names_are_still_declined(engine, question: str) -> None:
    """Near misses: others of a thing no entry lists several of, or of a place the documents never
    name, are not told."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
