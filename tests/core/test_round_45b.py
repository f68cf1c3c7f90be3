"""Round 45b: the misses of blind53 and blind54 about the round table and its four directions
(real engine). «что-то» is an indefinite pronoun, no content word; a thing that «носит X характер»
is X; «— про это что-то было?» after a dash points back to the opening; «на уровне Конституции» is
the constitutional level; words the text says otherwise («ПДн», «учёба юристов», «начальство»)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("На круглом столе только теорию обсуждали или что-то практическое?", "practical_focus"),
        ("Обсуждали теорию или что-то практическое?", "practical_focus"),
        (
            "Реформу рассматривают как что-то принципиально новое или как продолжение уже начатого курса?",
            "reform_tokayev_link",
        ),
    ],
)
def test_something_is_no_content_word(engine, question: str, entry: str) -> None:
    """«что-то» (pymorphy reads it as the adverb "somewhat") is the indefinite pronoun, as
    «что-нибудь» is: no word an entry must share; «принципиально» only stresses, as «реально»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "что-то было?",
        "Обсуждали пенсии или что-то другое?",
        "Что-то про налоги говорили?",
    ],
)
def test_something_alone_asks_of_nothing(engine, question: str) -> None:
    """Near misses: «что-то» alone matched «…или что-то новое?» of the reform's entry."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Верно ли, что дискуссия носила преимущественно теоретический характер?", "practical_focus"),
        ("Дискуссия носила практический характер?", "practical_focus"),
        ("Носил ли круглый стол теоретический характер?", "practical_focus"),
        ("Правда ли, что обсуждение носило теоретический характер?", "practical_focus"),
        ("Изменения носят прогрессивный характер?", "overall_assessment"),
        ("Какой характер носят изменения?", "overall_assessment"),
    ],
)
def test_a_thing_bearing_a_character_is_of_that_quality(engine, question: str, entry: str) -> None:
    """«дискуссия носила X характер» is «дискуссия была X»: not the text's one «характер», that
    of the changes, which keeps its words where a quote says them."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Носила ли дискуссия закрытый характер?",
        "Носит ли реформа налоговый характер?",
        "Носила ли дискуссия международный характер?",
    ],
)
def test_a_character_the_text_never_names_stays_declined(engine, question: str) -> None:
    """Near misses: a quality the documents never give the discussion or the reform."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "У нас суды по-разному решают одинаковые дела — про это что-то было?",
        "У нас пенсии маленькие — про это что-то говорили?",
        "У нас дороги плохие — об этом что-нибудь было?",
    ],
)
def test_a_rest_pointing_back_is_not_asked_alone(engine, question: str) -> None:
    """After a dash, «про это что-то было?» asks of what the opening said: alone it asks of nothing
    (it got the reform's entry), so the whole message is read; none of these is answered."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_a_rest_pointing_back_reads_the_opening(engine) -> None:
    """The opening holds what is asked, and the whole message answers it."""
    reply = engine.answer("Меня волнует защита персональных данных — про это что-то было?")
    assert (reply.kind, reply.entry_id) == ("answer", "personal_data_protection"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("пдн будут защищать на уровне конституции??", "personal_data_protection"),
        ("Будут ли защищать личные данные на уровне Конституции?", "personal_data_protection"),
        ("Защитят ли ПДн граждан?", "personal_data_protection"),
        ("Дочка хочет поступать на юриста — про учёбу юристов что-то было?", "legal_culture"),
        ("Что говорится про учёбу юристов?", "legal_culture"),
        ("Кто из большого начальства выступал перед участниками круглого стола?", "speaker"),
        ("Кто из начальства выступал на круглом столе?", "speaker"),
    ],
)
def test_the_texts_things_in_other_words(engine, question: str, entry: str) -> None:
    """«ПДн» abbreviates «персональные данные»; «учёба юристов» is their training, the text's legal
    education; «начальство» is the leadership; «на уровне Конституции» is the constitutional level."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Будет ли бесплатной учёба юристов?",
        "Сколько будут штрафовать за утечку пдн?",
        "Личные данные будут защищать на уровне закона?",
        "Будет ли ИИ на уровне человека?",
        "Будет ли налоговая тайна на уровне Конституции?",
    ],
)
def test_those_words_of_what_the_text_does_not_say_stay_declined(engine, question: str) -> None:
    """Near misses: a cost, a fine, a level the documents never speak of, a thing they never name."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Какую функцию, по итогам, выполнил круглый стол?", "outcome"),
        ("Какую функцию выполнил проведённый круглый стол?", "outcome"),
        ("Были ли представители академической среды?", "participant_science"),
        (
            "Apart from the Presidential Administration, which branch of power sent representatives?",
            "participants",
        ),
        ("Which branch of power was represented besides Parliament?", "participants"),
    ],
)
def test_a_function_served_and_other_words_for_the_texts_things(engine, question: str, entry: str) -> None:
    """The function a thing served («какую функцию выполнил») is its role, told by what the text
    says it became; «академическая среда» is the academic community; "a branch of power" is the
    English of «ветвь власти», a body of state power."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какую функцию будет выполнять прокуратура?",
        "Какие функции выполняет Парламент?",
        "Какую функцию выполняет омбудсмен?",
        "Были ли представители студенческой среды?",
        "Which branch of power will lose powers?",
    ],
)
def test_the_function_of_a_body_and_other_circles_stay_declined(engine, question: str) -> None:
    """Near misses: the function of an institution the documents name but never describe; a circle
    they never name; what a branch of power loses."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Идёт ли в материале речь о предупреждении правонарушений, а не только о наказании за них?",
            "rights_protection_priority",
        ),
        ("Шла ли на круглом столе речь о профилактике правонарушений?", "rights_protection_priority"),
        ("Шла ли в пресс-релизе речь о персональных данных?", "personal_data_protection"),
        (
            "Чьё выступление подробно излагается в пресс-релизе и в каком качестве этот человек выступал?",
            "speaker",
        ),
        ("Как излагается позиция генпрокурора?", "prosecutor_speech"),
    ],
)
def test_whether_talked_of_in_a_place_and_what_is_set_out(engine, question: str, entry: str) -> None:
    """«идёт ли в материале речь о X» asks whether X is spoken of, as «идёт ли речь о X» does (a
    place between «ли» and «речь»); «излагаться», "to be set out", is «описываться» (a stopword)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Шла ли на круглом столе речь о пенсиях?",
        "Идёт ли в материале речь о налогах?",
        "Шла ли в выступлении речь о судах?",
        "Излагается ли в материале мнение министра финансов?",
    ],
)
def test_what_the_text_never_speaks_of_stays_declined(engine, question: str) -> None:
    """Near misses: things the documents never name, whatever the frame."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("What were the main topics at the round table?", "key_directions"),
        ("А вот по пунктам — какие темы главные были на круглом столе?", "key_directions"),
        ("Какие темы обсуждались на круглом столе?", "key_directions"),
        ("Какая главная тема круглого стола?", "about_document"),
        ("What was the main topic of the round table?", "about_document"),
        ("Перечислите участников списком", "participants"),
        ("Кто участвовал, списком?", "participants"),
    ],
)
def test_topics_in_the_plural_and_a_list_asked(engine, question: str, entry: str) -> None:
    """Several topics of the round table are its directions, the one topic is what it was devoted
    to; «по пунктам», «списком» ask the reply's form, not a subject."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие темы будут на следующем круглом столе?",
        "Какие темы обошли стороной?",
        "Какие налоги изменятся, по пунктам?",
        "Что изменится в пенсиях, списком?",
        "Какие пункты Конституции изменятся?",
    ],
)
def test_topics_and_lists_of_what_the_text_does_not_say_stay_declined(engine, question: str) -> None:
    """Near misses: another event's topics, those left aside, lists of what the documents never
    name, the Constitution's points (a detail they do not give)."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("юр образование лучше станет после реформы?", "legal_culture"),
        ("Станет ли лучше юридическое образование после реформы?", "legal_culture"),
        ("юр образование станет лучше?", "legal_culture"),
        ("Как на круглом столе называлось направление про цифру?", "digital_solutions"),
        ("Что входит в направление про цифру?", "digital_solutions"),
    ],
)
def test_becoming_better_and_the_digital_direction(engine, question: str, entry: str) -> None:
    """«станет лучше» is «улучшится» (the text's raising of legal education's quality); «направление
    про цифру» is the digital direction (the colloquial «цифра», only with «направление»)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Станет ли лучше жизнь пенсионеров?",
        "Станут ли лучше зарплаты юристов?",
        "Какая цифра участников?",
        "Какое направление про цифры статистики?",
    ],
)
def test_better_things_and_figures_the_text_never_names_stay_declined(engine, question: str) -> None:
    """Near misses: things the documents never say will be better; figures (numbers), not digital."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Закон будет для всех одинаковый, и для богатых, и для бедных?",
        "Будет ли закон одинаков для всех — и для богатых, и для бедных?",
        "Равны ли все перед законом — и богатые, и бедные?",
    ],
)
def test_everyone_named_by_its_kinds(engine, question: str) -> None:
    """After «все», a pair «и для X, и для Y» names everyone by its kinds: equality before the law
    for all is asked, the kinds are no subject."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "equality_before_law"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Будут ли льготы для всех, и для пенсионеров, и для студентов?",
        "Все ли получат жильё, и богатые, и бедные?",
        "Закон будет одинаковый и для богатых, и для бедных, и налоги снизят?",
    ],
)
def test_everyone_by_its_kinds_in_what_the_text_never_says_stays_declined(engine, question: str) -> None:
    """Near misses: benefits, housing, taxes, which the documents never name, for everyone."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
