"""Round 42a: classes read from blind47's misses, with paraphrases of our own and near misses that
must stay declined (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Кто именно отметил, что изменения задают долгосрочные ориентиры?", "long_term_guidelines"),
        ("Кто именно говорил о нулевой терпимости к правонарушениям?", "law_and_order_meaning"),
    ],
)
def test_who_exactly_said_a_claim(engine, question: str, entry: str) -> None:
    """«кто именно» before a verb of saying asks who said the claim, as «кто сказал» does: the
    entry reporting the claim names its speaker."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Кому принадлежат слова о правовом сознании общества?", "legal_consciousness"),
        ("Чьи слова о нулевой терпимости?", "law_and_order_meaning"),
        ("Кто автор заявления о том, что изменения носят прогрессивный характер?", "overall_assessment"),
        ("Кому принадлежит заявление о необходимости продолжать разъяснительную работу?", "explanatory_work"),
        ("Who is the author of the statement on zero tolerance?", "law_and_order_meaning"),
    ],
)
def test_owner_of_a_saying(engine, question: str, entry: str) -> None:
    """A saying owned by the one asked («кому принадлежит высказывание», «чьи слова», «автор
    заявления») asks who said it."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кто именно заявил, что реформа отменяет выборы?",
        "Кто именно заявил, что Сенат упразднят?",
        "Кому принадлежит высказывание о снижении налогов?",
        "Чьи слова о повышении пенсий?",
        "Who is the author of the statement on abolishing the Senate?",
    ],
)
def test_who_said_what_the_document_never_says_stays_declined(engine, question: str) -> None:
    """Near misses: a claim the document does not contain has no speaker there."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Зачем нужно разъяснение сути реформы гражданам?", "explanation_purpose"),
        ("Что говорилось о понимании сущности нововведений?", "explanation_purpose"),
    ],
)
def test_essence_of_a_thing_is_the_thing(engine, question: str, entry: str) -> None:
    """«сути реформы», «сущности нововведений»: the essence of a thing the documents name is that
    thing, as the nominative «суть реформы» already reads."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кто подчеркнул необходимость разъяснения сути пенсионной реформы?",
        "Кто подчеркнул необходимость разъяснения сути новелл иностранным инвесторам?",
    ],
)
def test_essence_of_what_is_never_named_stays_declined(engine, question: str) -> None:
    """Near misses: the pension reform and foreign investors are never named."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Кто выступил на круглом столе, посвящённом проекту новой Конституции?", "speaker"),
        (
            "Какие направления назвали на круглом столе, посвящённом конституционной реформе?",
            "key_directions",
        ),
        ("Who took part in the round table devoted to the draft constitution?", "participants"),
        ("Чем наполнено направление, посвящённое цифровым решениям?", "digital_solutions"),
        ("Какие две задачи объединяет направление, посвящённое правовой культуре?", "legal_culture"),
    ],
)
def test_devoted_to_restates_the_topic(engine, question: str, entry: str) -> None:
    """A participle of devotion after its noun links it to its topic: no subject; a topic that is
    the documents' whole restates what the event was about."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кто участвовал в круглом столе, посвящённом пенсионной реформе?",
        "Какие направления выделили на круглом столе, посвящённом налоговой реформе?",
        "Из каких составляющих складывается направление, посвящённое экологии?",
    ],
)
def test_devoted_to_another_topic_stays_declined(engine, question: str) -> None:
    """Near misses: a round table or direction devoted to what the document never names."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_what_a_round_table_was_devoted_to_is_still_asked(engine) -> None:
    """A predicate («был посвящён») asks the topic: what the document is about."""
    reply = engine.answer("Чему был посвящён круглый стол?")
    assert (reply.kind, reply.entry_id) == ("answer", "about_document"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Я учитель истории. О чём говорил генпрокурор?", "prosecutor_speech"),
        ("Я блогер. На что будет сделан акцент в работе правоохранителей?", "rights_protection_priority"),
        ("Я журналист из Алматы. Уточните, пожалуйста, когда прошёл круглый стол.", "event_date"),
        ("Я школьник. Назовите, пожалуйста, фамилию выступавшего генпрокурора.", "speaker"),
    ],
)
def test_asker_sentence_before_a_question_opened_otherwise(engine, question: str, entry: str) -> None:
    """After the asker's sentence, a question opening with a preposition before its asking word
    («О чём», «На что», «В рамках какого») or with a request to be told («Уточните», «Назовите»)
    is the question."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Я студент. В рамках какого направления обсуждали пенсионную систему?",
        "Я журналист. Сообщите, сколько стоила организация круглого стола.",
        "Я журналист из Москвы. Уточните, пожалуйста, место проведения круглого стола.",
    ],
)
def test_asker_sentence_before_what_is_never_said_stays_declined(engine, question: str) -> None:
    """Near misses: the pension system, the cost and the place are never told."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Правильно ли я понимаю, что участники сосредоточились на теории?", "practical_focus"),
        ("Правильно ли я понимаю, что круглый стол прошёл 27 февраля?", "event_date"),
        ("Do I understand correctly that the changes are conservative?", "overall_assessment"),
    ],
)
def test_asker_checking_their_understanding_checks_the_claim(engine, question: str, entry: str) -> None:
    """«Правильно ли я понимаю, что X?» asks whether X holds, as «X?» does: a claim the documents
    contradict is asked with their word."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Правильно ли я понимаю, что Сенат упразднят?",
        "Правильно ли я понимаю, что генпрокурор предложил снизить налоги?",
        "Верно ли я понимаю, что пенсионный возраст повысят?",
    ],
)
def test_understood_claim_never_made_stays_declined(engine, question: str) -> None:
    """Near misses: the Senate, taxes and the pension age are never named."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Что, по словам авторов текста, подтвердил круглый стол?", "outcome"),
        ("Что, по мнению составителей документа, показал круглый стол?", "outcome"),
    ],
)
def test_authors_of_the_piece_are_its_voice(engine, question: str, entry: str) -> None:
    """«по словам авторов текста»: the piece's authors right before its name are the piece."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что, по мнению авторов пресс-релиза, будет с пенсиями?",
        "Кто авторы пресс-релиза?",
    ],
)
def test_authors_of_the_piece_asked_or_beside_what_is_never_said_stay_declined(engine, question: str) -> None:
    """Near misses: pensions are never named; the authors themselves are not told."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("What does this document say about big data?", "digital_solutions"),
        ("What does equality before the law entail in the document?", "equality_before_law"),
    ],
)
def test_english_document_is_the_piece(engine, question: str, entry: str) -> None:
    """ "the document", "this document": the piece being read frames the question, as "the
    release" does."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


def test_english_document_beside_what_is_never_said_stays_declined(engine) -> None:
    """Near miss: pensions are never named."""
    reply = engine.answer("What does the document say about pensions?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Здравствуйте! Я журналист из Москвы. Когда прошёл круглый стол?", "event_date"),
        ("Привет! Я студент из Караганды. Какие направления обсуждали?", "key_directions"),
        ("Hello! I am a student from Almaty. Who spoke at the round table?", "speaker"),
        ("Сәлеметсіз бе! Мен студентпін, курстық жұмыс жазамын. Дөңгелек үстел қашан өтті?", "event_date"),
    ],
)
def test_greeting_before_the_asker_sentence(engine, question: str, entry: str) -> None:
    """A greeting opening the message hides the asker's sentence after it no longer: the question
    after that sentence is asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Здравствуйте! Я журналист. Сколько стоила организация круглого стола?",
        "Hello! I am a teacher. What did the round table say about pensions?",
    ],
)
def test_greeting_before_the_asker_sentence_and_what_is_never_said(engine, question: str) -> None:
    """Near misses: the cost and pensions are never told."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_greeting_with_small_talk_stays_small_talk(engine) -> None:
    """«Привет, как дела?» is small talk, whole."""
    reply = engine.answer("Привет, как дела?")
    assert reply.kind == "smalltalk", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Which conclusions about the reform are undesirable?", "explanation_purpose"),
        ("Какие выводы о конституционных изменениях нежелательны?", "explanation_purpose"),
    ],
)
def test_undesirable_is_to_be_avoided(engine, question: str, entry: str) -> None:
    """What is undesirable is what is to be avoided: the text's «позволяет избежать … выводов»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие выводы о налогах нежелательны?",
        "Какие последствия реформы нежелательны для бизнеса?",
        "Нежелательны ли митинги?",
    ],
)
def test_undesirable_what_is_never_said_stays_declined(engine, question: str) -> None:
    """Near misses: taxes, business and rallies are never named."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Поясните, пожалуйста, что, по словам генпрокурора, означает поднять закон и порядок "
            "на конституционный уровень.",
            "law_and_order_meaning",
        ),
        (
            "Объясните, что стоит за идеей поднять закон и порядок на конституционный уровень.",
            "law_and_order_meaning",
        ),
    ],
)
def test_request_keeps_what_was_read_before(engine, question: str, entry: str) -> None:
    """A request opening the question («Объясните, …») is taken out of the question as read: what
    earlier readings made of the rest («на конституционный уровень») stays."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


def test_request_before_what_is_never_said_stays_declined(engine) -> None:
    """Near miss: taxes are never named."""
    reply = engine.answer("Объясните, зачем поднимать налоги на федеральный уровень.")
    assert reply.kind == "none", describe(reply)
