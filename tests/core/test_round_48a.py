"""Round 48a: the misses of blind58 (real engine). A Kazakh yes/no question after the asker's own
sentence is the question; a district officer is the police; «число X» is a quantity; «норм или
фигня» judges; «по факту» is a filler; «одно … другое», «друг друга» are reciprocal; «эпитет» frames
a wording; «в итоговой части» is the end of the piece; a civil association is a public organisation;
«к собравшимся» are the participants; «какое государство» asks the country."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Мен қазақ мектебінің директорымын. Заң білімінің сапасы туралы айтылды ма?", "legal_culture"),
        ("Мен судьямын. Заң білімінің сапасы туралы айтылды ма?", "legal_culture"),
        ("Мен мұғаліммін. Құқықтық мәдениет туралы айтылды ма?", "legal_culture"),
        ("Мен студентпін. Дербес деректер қорғала ма?", "personal_data_protection"),
    ],
)
def test_a_kazakh_yes_no_question_after_the_askers_sentence_is_asked(
    engine, question: str, entry: str
) -> None:
    """«Мен … директорымын. … айтылды ма?»: the asker's sentence (a first-person verb) is theirs,
    the yes/no question after it asks its own thing."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Мен мұғаліммін. Мұғалімдердің жалақысы көтеріле ме?",
        "Мен фермермін. Жер салығы туралы айтылды ма?",
        "Мен мұғаліммін. Бұл рас па?",
    ],
)
def test_a_kazakh_yes_no_question_the_document_does_not_answer_declines(engine, question: str) -> None:
    """The question after the asker's sentence names what the document never speaks of, or names
    nothing of its own («Бұл рас па?»)."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Я участковый инспектор. На что в нашей работе предлагают сделать акцент?",
        "Я участковый. На что в нашей работе делают упор?",
        "Я участковый инспектор. Что изменится в нашей работе?",
    ],
)
def test_a_district_officer_asks_of_the_police(engine, question: str) -> None:
    """«участковый (инспектор)» is a police officer: «наша работа» is the police's."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Увеличат ли число участковых инспекторов в рамках сервисной модели?",
        "Увеличат ли число полицейских в рамках сервисной модели?",
        "Сократят ли число участковых?",
        "Я участковый инспектор. Повысят ли нам зарплату?",
    ],
)
def test_the_number_of_officers_is_not_in_the_document(engine, question: str) -> None:
    """«число участковых»: a quantity, as «количество» is; the documents give none."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Входил ли омбудсмен в число участников?", "participant_ombudsman"),
        ("число мероприятия??", "event_date"),
        ("Каким числом датирован пресс-релиз?", "event_date"),
    ],
)
def test_among_them_and_a_date_are_no_number(engine, question: str, entry: str) -> None:
    """«в число участников» (among them), «число мероприятия» (its date) keep their reading."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "изменения норм или фигня по мнению прокурора",
        "реформа норм или фигня",
        "генпрок считает изменения норм или ерунда?",
    ],
)
def test_fine_or_rubbish_judges_the_changes(engine, question: str) -> None:
    """«норм или фигня»: spoken "fine or rubbish", a yes/no judging as «норм или нет» is."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "налоги норм или фигня",
        "пенсии норм или фигня по мнению прокурора",
    ],
)
def test_fine_or_rubbish_of_what_the_document_lacks_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("итог круглого стола какой по факту", "outcome"),
        ("по факту какие итоги круглого стола", "outcome"),
        ("чем закончился круглый стол по факту?", "outcome"),
        ("по факту что сказал генпрок", "prosecutor_speech"),
    ],
)
def test_in_fact_is_a_filler(engine, question: str, entry: str) -> None:
    """«по факту» ("actually") says nothing of what is asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "итог по налогам какой по факту",
        "Завели ли дело по факту нарушения?",
    ],
)
def test_in_fact_of_what_the_document_lacks_declines(engine, question: str) -> None:
    """The filler gone, a word the documents never use stays; «по факту нарушения» names a fact."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Как соотносятся внедрение искусственного интеллекта и защита персональных данных в тексте — "
        "одно заменяет другое?",
        "ИИ и защита персональных данных: одно заменяет другое?",
        "Противоречат ли друг другу внедрение ИИ и защита персональных данных?",
        "Мешают ли друг другу ИИ и защита персональных данных?",
    ],
)
def test_one_and_the_other_are_the_two_named(engine, question: str) -> None:
    """«одно … другое», «друг друга»: each of the two things named to the other, not others beyond
    them nor a friend."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "personal_data_protection"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие другие цифровые решения предлагаются?",
        "Выступал ли генпрокурор со своим другом?",
        "Одно или другое: ИИ или блокчейн?",
    ],
)
def test_others_and_a_friend_still_decline(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Каким эпитетом в тексте охарактеризована модель Справедливого Казахстана?", "fair_kazakhstan"),
        ("Каким прилагательным описана модель Справедливого Казахстана?", "fair_kazakhstan"),
        ("Какой эпитет использован для модели Справедливого Казахстана?", "fair_kazakhstan"),
    ],
)
def test_an_epithet_frames_the_wording(engine, question: str, entry: str) -> None:
    """«каким эпитетом», «каким прилагательным» ask how the text words it, as «каким термином»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Каким эпитетом описаны налоги?",
        "Каким эпитетом описана пенсионная реформа?",
    ],
)
def test_an_epithet_of_what_the_document_lacks_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Упоминается ли уважение к правам человека в итоговой части релиза?",
            "constitutional_model_principles",
        ),
        ("Какие принципы названы в итоговом абзаце?", "constitutional_model_principles"),
        (
            "Упоминается ли уважение к правам человека в завершающей части текста?",
            "constitutional_model_principles",
        ),
    ],
)
def test_the_summing_up_part_is_the_end_of_the_piece(engine, question: str, entry: str) -> None:
    """«в итоговой части релиза», «в завершающей части»: the closing paragraph, as «в заключительной»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Упоминается ли свобода слова в итоговой части релиза?",
        "Что сказано в итоговой части Конституции?",
    ],
)
def test_the_summing_up_part_of_what_the_document_lacks_declines(engine, question: str) -> None:
    """A thing the closing paragraph never names; the closing part of the Constitution, not the piece."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Участвовали ли в дискуссии некоммерческие и гражданские объединения?",
        "Были ли на круглом столе гражданские объединения?",
        "Участвовали ли некоммерческие объединения?",
    ],
)
def test_civil_and_non_profit_associations_are_public_organisations(engine, question: str) -> None:
    """«гражданское объединение», «некоммерческое объединение» are the text's «общественные
    организации», as «общественное объединение» is."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "participant_public_orgs"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Участвовали ли политические объединения?",
        "Участвовали ли в дискуссии религиозные объединения?",
        "Участвовали ли профсоюзы?",
    ],
)
def test_other_associations_still_decline(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кто из руководителей надзорного ведомства обращался к собравшимся?",
        "Кто выступал перед собравшимися?",
        "Кто обращался к присутствующим?",
    ],
)
def test_the_gathered_are_the_participants(engine, question: str) -> None:
    """«к собравшимся», «перед присутствующими»: those gathered, the text's «участники» («Обращаясь к
    участникам…»), not the gathering asked of."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "speaker"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кто из министров обращался к собравшимся?",
        "Кто из руководителей МВД обращался к собравшимся?",
        "Раздавали ли собравшимся брошюры?",
    ],
)
def test_the_gathered_addressed_by_others_decline(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Какое государство строит новую конституционную модель, согласно заключительному абзацу?",
            "constitutional_model_principles",
        ),
        (
            "Какое государство упоминается как строящее современную конституционную модель?",
            "constitutional_model_principles",
        ),
        ("Какое государство строит современную конституционную модель?", "constitutional_model_principles"),
        ("Устойчивую модель какого государства должна сформировать реформа?", "fair_kazakhstan"),
    ],
)
def test_which_state_asks_the_country(engine, question: str, entry: str) -> None:
    """«какое государство» asks which country, as «какая страна» does; «модель какого государства»
    keeps the state whose model the text names."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какое государство поддержало реформу?",
        "Какое государство помогало готовить проект?",
    ],
)
def test_which_state_the_document_does_not_name_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
