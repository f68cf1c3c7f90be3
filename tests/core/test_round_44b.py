"""Round 44b: the misses of blind52 (tests/data/round44/blind52.jsonl), each read as a class of
questions, with paraphrases of our own that it now answers and near misses it must still decline."""

from __future__ import annotations

import pytest

from bot.qa.text import focus

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Упоминается ли главенство закона?", "reform_aims"),
        ("Что сказано о главенстве права?", "reform_aims"),
    ],
)
def test_supremacy_of_the_law_is_its_rule(engine, question: str, entry_id: str) -> None:
    """«Главенство закона» is the supremacy of the law, the text's «верховенство закона»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Говорится ли о главенстве международного права над национальным?",
        "Что сказано о главенстве церкви?",
    ],
)
def test_supremacy_of_another_thing_is_declined(engine, question: str) -> None:
    """The supremacy of something the documents never name is not their rule of law."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("кто выступал кст", "speaker"), ("кст как зовут генпрокурора", "speaker")],
)
def test_chat_shortening_of_by_the_way_is_no_subject(engine, question: str, entry_id: str) -> None:
    """«кст», the chat shortening of «кстати» ("by the way"), asks nothing, as «короч» does."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


def test_by_the_way_does_not_make_a_near_miss_answerable(engine) -> None:
    """A question the documents do not answer stays declined with the filler in it."""
    reply = engine.answer("кст сколько лет генпрокурору")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("message", "question"),
    [
        (
            "I'm a Kazakh living in Germany and I only read English news. In simple terms, "
            "what was this round table about?",
            "In simple terms, what was this round table about?",
        ),
        (
            "Я пенсионер. Простыми словами, о чём был круглый стол?",
            "Простыми словами, о чём был круглый стол?",
        ),
        ("Я студент. Если коротко, кто выступал?", "Если коротко, кто выступал?"),
        ("I am a teacher. Briefly, who spoke?", "Briefly, who spoke?"),
    ],
)
def test_a_form_phrase_opens_the_question_after_the_askers_sentence(message: str, question: str) -> None:
    """After the asker's own sentence, a phrase of nothing but how plainly or briefly to answer
    («Простыми словами,», "In simple terms,") still lets the question word after it open the
    question: the asker's sentence is dropped."""
    assert focus(message) == (question, True)


def test_a_phrase_naming_a_thing_is_no_form_opening() -> None:
    """«По поводу реформы,» names what is asked about: it is kept (only the asker's sentence before
    it goes, round 45: the asker named by a noun)."""
    message = "Я пенсионер. По поводу реформы, что сказал генпрокурор?"
    assert focus(message) == ("По поводу реформы, что сказал генпрокурор?", True)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Я пенсионер. Простыми словами, о чём был круглый стол?", "about_document"),
        (
            "I'm a Kazakh living in Germany. In simple terms, what was this round table about?",
            "about_document",
        ),
    ],
)
def test_the_askers_sentence_before_a_form_phrase_is_not_asked(engine, question: str, entry_id: str) -> None:
    """The asker's nouns («пенсионер», "Germany") are no subject of the question after them."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


def test_the_askers_sentence_does_not_answer_a_near_miss(engine) -> None:
    """Dropping the asker's sentence leaves a question the documents do not answer declined."""
    reply = engine.answer("Я пенсионер. Простыми словами, повысят ли пенсии?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Перескажите текст в двух-трёх предложениях",
        "Перескажите текст в двух или трёх предложениях",
        "Summarise the text in two or three sentences",
    ],
)
def test_a_range_of_counts_says_how_briefly(engine, question: str) -> None:
    """«в трёх-четырёх предложениях»: a range of counts before a length says how briefly to
    answer, as one count does; neither is asked about."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "about_document"), describe(reply)


def test_a_range_of_counts_leaves_a_near_miss_declined(engine) -> None:
    """What is asked, past the length, is still judged: the budget is not in the documents."""
    reply = engine.answer("Расскажите о бюджете в двух-трёх предложениях")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Касается ли реформа юридического образования?", "legal_culture"),
        ("Does the reform cover legal education?", "legal_culture"),
        ("Касается ли проект защиты персональных данных?", "personal_data_protection"),
    ],
)
def test_what_the_whole_touches_is_what_it_names(engine, question: str, entry_id: str) -> None:
    """«Затрагивает ли реформа X?», "Does the reform cover X?": whether the reform touches X is
    whether the documents name X in it, as whether X is part of it."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Затрагивает ли реформа пенсионную систему?",
        "Коснётся ли реформа пенсионеров?",
        "Затрагивает ли проект прокуратуру?",
        "Does the draft touch on taxes?",
    ],
)
def test_what_the_whole_does_not_touch_is_declined(engine, question: str) -> None:
    """A thing the documents never name, or a body (no part of a reform), stays declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_which_part_of_the_whole_touches_a_thing_is_declined(engine) -> None:
    """ "Which article covers…?" asks which part of the draft does, which the documents never number:
    the verb of touching frames only a yes/no question."""
    reply = engine.answer("Which article of the draft covers data privacy?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Какие главные мысли круглого стола можно рассказать школьникам?", "about_document"),
        ("Что можно объяснить детям про равенство перед законом?", "equality_before_law"),
    ],
)
def test_the_audience_told_is_not_asked_about(engine, question: str, entry_id: str) -> None:
    """Whom the answer is to be retold to («рассказать школьникам») is the asker's audience, not a
    subject the documents lack."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что сказано о школьниках?",
        "Что можно рассказать школьникам о пенсиях?",
        "Что изменится для студентов?",
    ],
)
def test_an_audience_as_the_topic_stays_declined(engine, question: str) -> None:
    """Pupils told of («о школьниках»), or a topic the documents lack told to them, stay declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Как избежать кривых трактовок?", "explanation_purpose"),
        ("чтоб не было кривого толкования реформы что делать", "explanation_purpose"),
    ],
)
def test_a_crooked_interpretation_is_an_inaccurate_one(engine, question: str, entry_id: str) -> None:
    """«Кривая трактовка», colloquial for a distorted one, is the text's «неточные интерпретации»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize("question", ["Какая кривая роста экономики?", "кривые дороги в казахстане"])
def test_a_curve_is_no_interpretation(engine, question: str) -> None:
    """«Кривая» alone (a curve, crooked roads) is not the phrase of interpretation."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Какая ключевая мысль выступления генпрокурора?", "prosecutor_speech"),
        ("Какую ключевую мысль озвучил Асылов?", "prosecutor_speech"),
        ("Перечислите ключевые направления обсуждения", "key_directions"),
    ],
)
def test_the_russian_key_one_is_the_main_one(engine, question: str, entry_id: str) -> None:
    """«Ключевая мысль» is the main thought, as «главная»; «ключевые направления» keep their noun."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question", ["Какие ключевые реформы пенсионной системы?", "Какая ключевая ставка нацбанка?"]
)
def test_a_key_thing_the_documents_lack_stays_declined(engine, question: str) -> None:
    """The main one of a thing the documents never name is still not in them."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Собираются ли усиливать защиту персональных данных?", "personal_data_protection"),
        ("Собираются ли применять нейросети в правовой сфере?", "digital_solutions"),
    ],
)
def test_intending_is_a_modal_of_its_verb(engine, question: str, entry_id: str) -> None:
    """«Собираются ли» with an infinitive asks whether it will be done, as «будут ли»: no gathering."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Собирается ли Парламент принять проект?",
        "Кто собирается голосовать?",
        "Собирается ли генпрокурор уходить в отставку?",
    ],
)
def test_what_is_intended_but_untold_stays_declined(engine, question: str) -> None:
    """What the documents never say anyone will do stays declined without the modal."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
