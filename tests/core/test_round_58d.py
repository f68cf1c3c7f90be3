"""Round 58d: the asker's own opening words, read as the asker's and not as what is asked."""

from __future__ import annotations

import pytest

from bot.qa.text import without_preamble

from ._support import describe


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        (
            "Үш баланың анасымын, Тараздан жазып отырмын. Жаңа Конституция азаматтардың құқықтары мен "
            "бостандықтарын қорғай ма?",
            "Жаңа Конституция азаматтардың құқықтары мен бостандықтарын қорғай ма?",
        ),
        (
            "Екі баланың әкесімін, Астанадан жазып отырмын. Дөңгелек үстелде кім сөйледі?",
            "Дөңгелек үстелде кім сөйледі?",
        ),
        ("Мұғаліммін, Тараздан жазып отырмын. Дөңгелек үстел қашан өтті?", "Дөңгелек үстел қашан өтті?"),
    ],
)
def test_kazakh_sentence_of_the_asker_typed_without_kazakh_letters(question: str, asked: str) -> None:
    """«Тараздан жазып отырмын» ("I am writing from Taraz") holds no letter only Kazakh has, but its
    verb is a Kazakh first person and the question after it is Kazakh: the asker's sentence."""
    assert without_preamble(question) == asked


def test_kazakh_sentence_of_the_asker_before_a_question_answered(engine) -> None:
    reply = engine.answer(
        "Үш баланың анасымын, Тараздан жазып отырмын. Жаңа Конституция азаматтардың құқықтары мен "
        "бостандықтарын қорғай ма?"
    )
    assert reply.kind == "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Тараздан жазып отырмын. Салық туралы айтылды ма?",
        "Үш баланың анасымын, Тараздан жазып отырмын. Жаңа Конституция зейнетақыны көбейте ме?",
    ],
)
def test_kazakh_asker_sentence_before_a_question_the_text_omits_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Quick one for the wire: what's the headline takeaway from the Prosecutor General's speech?",
            "speaker",
        ),
        ("Quick one for the wire: when was the round table held?", "event_date"),
        ("Короткий вопрос для эфира: кто выступал на круглом столе?", "speaker"),
    ],
)
def test_message_label_before_the_work_it_is_for(engine, question: str, entry: str) -> None:
    """ "Quick one", «Короткий вопрос»: words labelling the message before the asker's work ("for the
    wire", «для эфира»), no more of what is asked than the work is."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Quick one for the wire: what did the Prosecutor General say about taxes?",
        "Короткий вопрос для эфира: сколько стоит проведение круглого стола?",
        "Вопрос для генпрокурора: сколько лет он работает?",
    ],
)
def test_message_label_before_a_question_the_text_omits_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "As a program officer at a German political foundation, I'd like to know whether civil society "
            "organisations were represented at the event.",
            "participant_public_orgs",
        ),
        (
            "As a researcher at a Kazakh university, I'd like to know when the round table took place.",
            "event_date",
        ),
        (
            "As a correspondent for a Japanese newspaper, I want to know who spoke at the round table.",
            "speaker",
        ),
    ],
)
def test_english_role_with_where_the_asker_works(engine, question: str, entry: str) -> None:
    """ "As a program officer at a German political foundation, …": a role longer than a few words
    when its noun names a person by its ending and a preposition tells where they work."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "As a result of the reform, will my taxes go down?",
        "As a researcher at a Kazakh university, I'd like to know how many students attended.",
        "As a correspondent for a Japanese newspaper, I want to know the budget of the reform.",
    ],
)
def test_english_role_before_a_question_the_text_omits_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "С точки зрения нотариуса интересно: упоминается ли в документе законность как принцип?",
            "constitutional_model_principles",
        ),
        ("С точки зрения юриста: упоминается ли законность как принцип?", "constitutional_model_principles"),
        ("С точки зрения учителя, что сказано о правовой культуре?", "legal_culture"),
        ("From a sociological standpoint, were scientists at the round table?", "participant_science"),
        ("From a teacher's perspective: what was said about legal culture?", "legal_culture"),
    ],
)
def test_angle_of_a_kind_of_person_is_the_askers(engine, question: str, entry: str) -> None:
    """«С точки зрения нотариуса», "From a sociological standpoint": the angle of a kind of person
    the documents never name, or of words they never use, is the asker's, when the question after
    it names a thing of its own."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "С точки зрения нотариуса: сколько стоит нотариальное заверение?",
        "From a farmer's perspective, what changes?",
        "From a human rights perspective, what changes?",
    ],
)
def test_angle_before_a_question_the_text_omits_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("я тракторист мне кратко ии будут юзать в прокуратуре??", "digital_solutions"),
        ("я пенсионерка мне в двух словах права граждан защитят?", "rights_protection_priority"),
        ("я водитель коротко был ли на круглом столе генпрокурор?", "speaker"),
        ("я сварщик вкратце цифровизация в прокуратуре будет или нет", "digital_solutions"),
    ],
)
def test_asker_named_and_briefly_before_a_question(engine, question: str, entry: str) -> None:
    """«я тракторист мне кратко …»: the asker named by a noun and how briefly to tell, unpunctuated,
    before a question that ends as one: the question is the words after «кратко»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "я тракторист мне кратко ии на тракторах будут?",
        "я пенсионерка мне в двух словах пенсии повысят?",
    ],
)
def test_asker_named_and_briefly_before_a_question_the_text_omits_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Для кадровой службы акимата: что сказано о повышении эффективности государственного управления?",
            "overall_assessment",
        ),
        ("Для пресс-службы министерства: что говорилось о правовой культуре?", "legal_culture"),
        ("Для коллег: что говорили про искусственный интеллект?", "digital_solutions"),
    ],
)
def test_unit_of_the_askers_workplace(engine, question: str, entry: str) -> None:
    """«Для кадровой службы акимата»: the unit of the asker's workplace the answer is for, before a
    question naming its own topic."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Для руководства: что изменится?", "Для кадровой службы акимата: что сказано о зарплатах?"],
)
def test_unit_before_a_question_of_its_own_kept(engine, question: str) -> None:
    """A question naming nothing of its own asks for the unit; one the text omits declines."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


def test_opening_that_is_the_subject_kept(engine) -> None:
    """«Генпрокурор о законе и порядке — …»: a person the documents name, with the topic, is what is
    asked, not the asker."""
    reply = engine.answer("Генпрокурор о законе и порядке — что сказал?")
    assert (reply.kind, reply.entry_id) == ("answer", "law_and_order_meaning"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Соседка говорит, что новая Конституция — только для начальства. А говорили там что-нибудь "
            "про интересы простого населения?",
            "rights_protection_priority",
        ),
        ("Муж говорит, что реформа только на бумаге. А кто выступал на круглом столе?", "speaker"),
        ("Коллега уверяет, что всё уже решено. Когда прошёл круглый стол?", "event_date"),
        (
            "Сосед считает, что реформа для галочки. А про правовую культуру что-нибудь говорили?",
            "legal_culture",
        ),
    ],
)
def test_what_a_person_near_the_asker_says_before_a_question(engine, question: str, entry: str) -> None:
    """«Соседка говорит, что …»: what a person near the asker says is the asker's reason for asking;
    the question after it, asking something of its own, is what is asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Соседка говорит, что новая Конституция — только для начальства. Это правда?",
        "Соседка говорит, что пенсии повысят. А налоги снизят?",
        "Соседка говорит, что генпрокурор ушёл в отставку. Когда он ушёл?",
        "Муж говорит, что реформа только на бумаге. Что об этом сказано?",
    ],
)
def test_question_leaning_on_the_reported_claim_kept(engine, question: str) -> None:
    """A question pointing back to the claim («Это правда?», «он», «об этом») asks of the claim,
    which the text does not bear out; one of its own the text omits declines."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        (
            "сам тиктокер хочу снять ролик про новую конституцию че там главное в двух словах",
            "че там главное в двух словах про новую конституцию",
        ),
        ("я блогер хочу снять видео про круглый стол че там главное", "че там главное про круглый стол"),
        ("Пишу статью о круглом столе. В чём главное?", "В чём главное о круглом столе?"),
    ],
)
def test_gist_asked_of_the_topic_of_the_askers_work(question: str, asked: str) -> None:
    """«хочу снять ролик про новую конституцию че там главное»: a question of nothing but the gist
    asks it of the topic of the work the asker's opening names."""
    assert without_preamble(question) == asked


def test_gist_of_the_topic_of_the_askers_work_answered(engine) -> None:
    reply = engine.answer("сам тиктокер хочу снять ролик про новую конституцию че там главное в двух словах")
    assert (reply.kind, reply.entry_id) == ("answer", "proposed_changes"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "я блогер хочу снять ролик про налоги че там главное в двух словах",
        "Пишу статью о пенсиях. Что главное?",
    ],
)
def test_gist_of_a_work_on_a_topic_the_text_omits_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


def test_question_naming_its_own_thing_keeps_it() -> None:
    """«какие итоги?» names a thing of its own (the outcome): no topic added."""
    assert without_preamble("я готовлю доклад про цифровизацию, какие итоги?") == "какие итоги?"


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Я полковник финансовой полиции в отставке. Какой статус получит принцип «Закон и порядок», "
            "если его внесут в преамбулу?",
            "law_and_order_preamble",
        ),
        (
            "Я сотрудник полиции. Какое значение получит принцип «Закон и порядок», если его закрепят в "
            "Конституции?",
            # (round 80d: a significance acquired is the status, as «Какой статус получит» above)
            "law_and_order_preamble",
        ),
    ],
)
def test_pronoun_of_a_clause_standing_for_the_questions_own_noun(engine, question: str, entry: str) -> None:
    """«…принцип «Закон и порядок», если его внесут…»: the pronoun of a clause of condition stands
    for the noun of the clause before it, not for whom the asker's sentence names (the police)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Я сотрудник полиции. Какую зарплату получит принцип, если его внесут?",
        "Я лейтенант полиции. Что нас ждёт, если реформу примут?",
    ],
)
def test_pronoun_of_a_clause_before_a_question_the_text_omits_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


def test_pronoun_after_a_clause_naming_no_noun_stands_for_the_askers_sentence(engine) -> None:
    """«Я пишу статью о генпрокуроре. Что он сказал?»: still read with the Prosecutor General."""
    reply = engine.answer("Я пишу статью о генпрокуроре. Что он сказал?")
    assert (reply.kind, reply.entry_id) == ("answer", "prosecutor_speech"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("я с ошибками пишу сорян, правовая культура это про шо в проекте", "legal_culture"),
        ("я пишу с телефона, цифровые решения это про шо в проекте", "digital_solutions"),
        ("я не юрист извините, правовая культура это про что вообще", "legal_culture"),
    ],
)
def test_first_person_opening_before_what_a_thing_is_about(engine, question: str, entry: str) -> None:
    """«я … пишу, X это про шо»: the asker's first-person opening before a comma, then one clause
    asking what a thing is about, typed without a question mark."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "я пишу с телефона, налоговая реформа это про шо",
        "я слышал, что правовая культура это про школы",
        "я с ошибками пишу, пенсии это про шо в проекте",
    ],
)
def test_first_person_opening_before_a_thing_the_text_omits_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


def test_first_person_opening_before_several_clauses_kept() -> None:
    """«…, мне нужна одна фраза: о чём…?»: the question opens later, not at the first comma."""
    question = "Я редактор региональных новостей, мне нужна одна фраза: о чём был этот круглый стол?"
    assert without_preamble(question) == "о чём был этот круглый стол?"
