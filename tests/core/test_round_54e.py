"""Round 54e: declines of answerable questions in the held-out blind65–67 (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


def _answers(engine, question: str, entry: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


def _declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Объясните простыми словами, о чём идёт речь в принципе «Закон и порядок» по версии Асылова.",
            "law_and_order_meaning",
        ),
        ("Что означает принцип «Закон и порядок», по версии Генпрокурора?", "law_and_order_meaning"),
        ("Какие цели преследуют конституционные изменения, по оценке Генпрокурора?", "overall_assessment"),
        ("Какие цели преследуют изменения, по словам Асылова?", "overall_assessment"),
        (
            "Политику какого государственного деятеля продолжает, по оценке участников, "
            "конституционная реформа?",
            "reform_tokayev_link",
        ),
        (
            "Политику какого государственного деятеля продолжает, по мнению участников, "
            "конституционная реформа?",
            "reform_tokayev_link",
        ),
    ],
)
def test_in_someones_estimate_or_version_reports_their_words(engine, question: str, entry: str) -> None:
    """«по оценке X», «по версии X» report X's words as «по словам X» does; goals «преследуют» in
    them are what X said the changes aim at; «какого деятеля» in such a frame still asks who."""
    _answers(engine, question, entry)


@pytest.mark.parametrize(
    "question",
    [
        "Что, по версии Асылова, будет с налогами?",
        "По оценке Генпрокурора, сколько будет стоить реформа?",
        "Какие цели преследует Генпрокурор?",
        "Какие цели преследуют изменения в Налоговом кодексе, по словам Асылова?",
    ],
)
def test_reported_words_of_what_the_text_omits_decline(engine, question: str) -> None:
    """The frame names the voice, not the answer: taxes, cost, the speaker's own goals are nowhere."""
    _declines(engine, question)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Для газеты нужна точная дата: какого числа прошло это мероприятие?", "event_date"),
        ("Для статьи нужна точная дата: когда прошёл круглый стол?", "event_date"),
        ("Для репортажа нужно имя: кто выступил от прокуратуры?", "speaker"),
        ("Сделайте краткую выжимку для 30-секундного новостного сюжета о круглом столе.", "about_document"),
        ("Дайте краткое резюме для статьи о круглом столе.", "about_document"),
    ],
)
def test_the_askers_work_and_its_need_are_no_subject(engine, question: str, entry: str) -> None:
    """«Для газеты нужна дата: …» (the work and what it needs, asked again after the colon) and
    «…для сюжета о круглом столе» (the work before the topic) are the asker's, not what is asked."""
    _answers(engine, question, entry)


@pytest.mark.parametrize(
    "question",
    [
        "Для газеты нужна точная дата: когда вступит в силу новая Конституция?",
        "Для бизнеса нужна ясность: когда примут Конституцию?",
        "Сделайте краткую выжимку для новостного сюжета о налоговой реформе.",
        "Что сказано для статьи о бюджете?",
    ],
)
def test_the_askers_work_before_an_unanswered_question_declines(engine, question: str) -> None:
    """The question after the work is still read: the date of entry into force, taxes, the budget."""
    _declines(engine, question)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "I'm an exchange student, can you sum up this press release in a couple of sentences?",
            "about_document",
        ),
        ("can you summarize the round table in a couple of sentences?", "about_document"),
        ("Explain the Law and Order principle in a couple of sentences", "law_and_order_meaning"),
        ("so what did the round table basically turn out to be?", "outcome"),
        ("what was the round table basically about?", "about_document"),
    ],
)
def test_a_couple_of_sentences_and_basically_are_no_subject(engine, question: str, entry: str) -> None:
    """ "in a couple of sentences" says how briefly (the count before "of"); "basically" is a filler."""
    _answers(engine, question, entry)


@pytest.mark.parametrize(
    "question",
    [
        "What did the Prosecutor General say about taxes, in a couple of sentences?",
        "In a couple of sentences, when will the new Constitution take effect?",
        "So what did the round table basically decide about taxes?",
    ],
)
def test_brief_questions_of_what_the_text_omits_decline(engine, question: str) -> None:
    _declines(engine, question)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "В какую часть Основного Закона предлагается инкорпорировать «Закон и порядок»?",
            "law_and_order_preamble",
        ),
        ("Куда в Конституции инкорпорируют принцип «Закон и порядок»?", "law_and_order_preamble"),
        (
            "Предлагается ли инкорпорировать принцип «Закон и порядок» в Конституцию?",
            "law_and_order_preamble",
        ),
    ],
)
def test_incorporating_is_including(engine, question: str, entry: str) -> None:
    """The jurists' «инкорпорировать» (a norm into a text) is «включить», «закрепить»."""
    _answers(engine, question, entry)


@pytest.mark.parametrize(
    "question",
    [
        "В какую часть Конституции инкорпорируют право на оружие?",
        "Куда в Конституции инкорпорируют право на забастовку?",
    ],
)
def test_incorporating_what_the_text_omits_declines(engine, question: str) -> None:
    _declines(engine, question)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Будьте добры, объясните пожилому человеку простыми словами: для чего вообще затевается эта "
            "конституционная реформа и какую пользу она принесёт гражданам?",
            "reform_aims",
        ),
        ("Объясните бабушке простыми словами: зачем нужна конституционная реформа?", "reform_aims"),
        ("Будьте добры, расскажите пенсионеру: для чего проводится конституционная реформа?", "reform_aims"),
    ],
)
def test_one_person_told_is_the_audience(engine, question: str, entry: str) -> None:
    """«Объясните пожилому человеку (бабушке, пенсионеру): …» names whom to tell, after a polite
    «Будьте добры»: the question after the colon is what is asked."""
    _answers(engine, question, entry)


@pytest.mark.parametrize(
    "question",
    [
        "Объясните пожилому человеку простыми словами: когда вступит в силу новая Конституция?",
        "Объясните пенсионеру: повысят ли пенсии после реформы?",
        "Что сказано о пожилых людях?",
    ],
)
def test_told_to_one_person_of_what_the_text_omits_declines(engine, question: str) -> None:
    _declines(engine, question)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Какие задачи стоят перед правоохранительными органами в свете проекта новой Конституции?",
            "rights_protection_priority",
        ),
        ("Какие задачи стоят перед правоохранительными органами?", "rights_protection_priority"),
        ("Какие задачи стоят перед силовиками?", "rights_protection_priority"),
    ],
)
def test_tasks_standing_before_someone(engine, question: str, entry: str) -> None:
    """«Какие задачи стоят перед X» asks what X is to do: the noun and «стоять» are no subject."""
    _answers(engine, question, entry)


@pytest.mark.parametrize(
    "question",
    [
        "Какие задачи стоят перед налоговой службой?",
        "Какие задачи стоят перед правоохранительными органами в сфере налогов?",
    ],
)
def test_tasks_before_someone_the_text_omits_decline(engine, question: str) -> None:
    _declines(engine, question)
