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
        (
            "В какой части Конституции предлагают закрепить принцип «Закон и порядок»?",
            "law_and_order_preamble",
        ),
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


@pytest.mark.parametrize(
    "question",
    [
        "What did Asylov do before becoming Prosecutor General?",
        "Where did Asylov work before becoming Prosecutor General?",
        "How did Asylov end up becoming Prosecutor General?",
    ],
)
def test_becoming_a_post_declines(engine, question: str) -> None:
    """ "becoming", like "became", is a verb of becoming: how the post was taken, never told."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Who is Asylov?", "speaker"),
        ("What post does Asylov hold?", "speaker"),
        ("What did the Prosecutor General say about the Preamble?", "prosecutor_speech"),
    ],
)
def test_the_post_held_is_answered(engine, question: str, entry: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Қандай қоғамдық ұйымдар қатысты, атап беріңізші?",
        "Кандай когамдык уйымдар катысты, атап бериниз?",
        "Қатысқан қоғамдық ұйымдарды атаңыз.",
    ],
)
def test_kazakh_name_them_asks_items(engine, question: str) -> None:
    """«атап беріңізші», «атаңыз» (name them) ask for the items, as «назовите»: the public
    organisations are not named."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Ерекше назар аударылған бағыттарды атап беріңізші.", "key_directions"),
        ("Талқылаудың негізгі бағыттарын атаңыз.", "key_directions"),
        ("Бас прокурор қандай қағидатты атап өтті?", "prosecutor_speech"),
    ],
)
def test_kazakh_items_an_entry_lists_are_answered(engine, question: str, entry: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Как конкретно будет работать сервисная модель правоохранительных органов?",
        "Как именно будет функционировать сервисная модель полиции?",
        "How exactly will the service model of law enforcement work?",
    ],
)
def test_how_it_works_concretely_declines(engine, question: str) -> None:
    """How a thing works, asked concretely: the documents name the direction, not its workings."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Как будет работать сервисная модель правоохранительных органов?", "rights_protection_priority"),
        ("How will the service model of law enforcement work?", "rights_protection_priority"),
        ("Как именно звучит тот принцип, который хотят вписать в преамбулу?", "law_and_order_preamble"),
    ],
)
def test_how_it_works_in_general_is_answered(engine, question: str, entry: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Құқық қорғау органдарының сервистік моделі қай мерзімде енгізіледі?",
        "Сервистік модель қандай мерзімде енгізіледі?",
        "Сервистик модель кай мерзимде енгизиледи?",
    ],
)
def test_kazakh_in_what_term_asks_when(engine, question: str) -> None:
    """«қай мерзімде» (in what term) asks when, as «в какие сроки»: the text gives no date for it."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Құқық қорғау органдарының сервистік моделі деген не?", "rights_protection_priority"),
        ("Жаңа Конституция ұзақ мерзімді бағдарларды айқындай ма?", "long_term_guidelines"),
        ("Реформа ұзақ мерзімге не береді?", "long_term_guidelines"),
    ],
)
def test_kazakh_long_term_is_no_when(engine, question: str, entry: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Мәжіліс депутаттарының қайсысы талқылауға қатысты?",
        "Мажилис депутаттарынын кайсысы катысты?",
        "Which of the Mazhilis deputies took part?",
    ],
)
def test_one_of_a_group_named_as_a_whole_declines(engine, question: str) -> None:
    """«депутаттарының қайсысы», "which of the deputies": which one of a group the documents name only
    as a whole asks for names, as «кто из депутатов» does."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Прокурорлардың қайсысы сөз сөйледі?", "speaker"),
        ("Қатысушылардың қайсысы сөз сөйледі?", "speaker"),
        ("Which of the participants spoke?", "speaker"),
    ],
)
def test_one_of_a_group_the_documents_name_is_answered(engine, question: str, entry: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)
