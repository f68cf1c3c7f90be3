"""Round 54c: near misses answered though the document does not answer them: a detail asked of a
thing it names (which building, which company, who moderated, which chapter, compared with what,
which items concretely), read so that the entries naming the thing do not answer it (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Донгелек устел кай гимаратта отти?",
        "Донгелек устел кай гимаратта откизилди?",
        "Жасанды интеллект жуйесин кай компания азирлейди?",
        "Жасанды интеллектти кандай компания жасайды?",
        "Цифрлык шешимдерди кай компания енгизеди?",
    ],
)
def test_plain_kazakh_which_of_a_new_word_declines(engine, question: str) -> None:
    """After a «кай», «кандай» typed without Kazakh letters, a word that cannot be one of the knowledge
    base's misspelt (a dictionary word it lacks, «компания»; one none of its words begins as,
    «гимаратта») is the noun asked which of, which the documents never name."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Донгелек устел кай кунi отти?", "event_date"),
        ("Донгелек устелге кандай органдардын окилдери катысты?", "participant_administration"),
        ("Галымдар мен сарапшылар кандай дайындыгын билдирди?", "participant_science"),
    ],
)
def test_plain_kazakh_which_of_a_misspelt_known_word_answers(engine, question: str, entry: str) -> None:
    """A word that begins as one of the knowledge base's («органдардын», «дайындыгын») may be it
    misspelt; one with a Latin letter («кунi») is a typing, not a new word."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Донгелек устелди ким жургизди, модератор ким болды?",
        "Дөңгелек үстелді кім жүргізді, модераторы кім болды?",
        "Донгелек устелди ким жургизди, модератор кім еді?",
    ],
)
def test_kazakh_clause_with_an_unknown_verb_declines(engine, question: str) -> None:
    """A clause asked alone (one of several questions) has its closing Kazakh verb read as the whole
    question's is: who conducted the round table is an act the documents never name."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Донгелек устелди ким жургизди, ким катысты?", "participants"),
        ("Донгелек устел кашан отти, ким катысты?", "event_date"),
    ],
)
def test_kazakh_clause_the_documents_answer_is_answered(engine, question: str, entry: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какая организация выступила соорганизатором круглого стола?",
        "Кто был соорганизатором круглого стола?",
        "Кто выступил сомодератором дискуссии?",
    ],
)
def test_co_role_declines(engine, question: str) -> None:
    """«со-» before a noun of a role the dictionary has («соорганизатор») is a real noun, not noise."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Кто выступал на круглом столе?", "speaker"),
        ("Кто участвовал в круглом столе?", "participants"),
    ],
)
def test_roles_the_documents_name_are_answered(engine, question: str, entry: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "В какой главе проекта Конституции говорится о правоохранительных органах?",
        "В каком разделе Конституции говорится о сервисной модели?",
        "В какой статье проекта говорится о персональных данных?",
    ],
)
def test_part_of_the_constitution_declines(engine, question: str) -> None:
    """A chapter or section of the Constitution asks where in that law a thing is: the text places
    only the principle «Закон и порядок» (in the Preamble)."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("В какой части Основного Закона говорится о принципе «Закон и порядок»?", "law_and_order_preamble"),
        ("В какой части Конституции предлагают закрепить принцип «Закон и порядок»?", "law_and_order_preamble"),
        ("В какой части документа говорится о правоохранительных органах?", "rights_protection_priority"),
        ("Где в пресс-релизе говорится о правоохранительных органах?", "rights_protection_priority"),
    ],
)
def test_where_the_text_places_a_thing_is_answered(engine, question: str, entry: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "С какими странами сравнивали новую Конституцию Казахстана участники?",
        "С чем сравнивали проект новой Конституции?",
        "С какими конституциями сравнивали проект?",
    ],
)
def test_what_it_was_compared_with_is_not_answered(engine, question: str) -> None:
    """The side compared with is asked: what the documents say of the draft alone does not tell it."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Сравните направления «Равенство перед законом» и «Развитие правовой культуры»", "key_directions"),
        ("Чем отличается направление о правовой культуре от направления о равенстве?", "legal_culture"),
    ],
)
def test_difference_of_named_things_is_answered(engine, question: str, entry: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие механизмы правовой защиты конкретно будут усовершенствованы?",
        "Какие механизмы правовой защиты будут конкретно усовершенствованы?",
        "Какие меры конкретно предлагаются для профилактики правонарушений?",
    ],
)
def test_specific_items_asked_apart_decline(engine, question: str) -> None:
    """«конкретно» further on in a «какие» question asks the particular items, as «какие конкретно»
    does: no entry lists them."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Какие направления именно выделили участники?", "key_directions"),
        ("Какие направления конкретно обсуждали на круглом столе?", "key_directions"),
        ("Какие механизмы правовой защиты будут усовершенствованы?", "equality_before_law"),
    ],
)
def test_items_an_entry_lists_are_answered(engine, question: str, entry: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)
