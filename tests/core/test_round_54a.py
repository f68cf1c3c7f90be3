"""Round 54a: literary-Russian rows of blind68 and blind69 (a confident wrong answer, false declines)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Не кажется ли вам, что реформа — просто пиар, а не реальные гарантии? "
            "Что там сказано о правах и свободах?",
            "overall_assessment",
        ),
        (
            "Выходит, критиков реформы обвиняют в неправильных толкованиях? "
            "Что Генпрокурор говорил о неверных трактовках?",
            "explanation_purpose",
        ),
        (
            "Зачем государству большие данные и ИИ — не для слежки ли за гражданами? "
            "Что сказано о защите данных?",
            "personal_data_protection",
        ),
        ("Разве это не очередная кампания? Какие направления выделили участники?", "key_directions"),
        ("Получается, всё уже решено? Кто участвовал в круглом столе?", "participants"),
        # (round 60b: «утверждает» reports what one said; who calls the changes progressive the
        # text tells, the row round54/blind68 asks it)
        ("Разве можно назвать эти изменения прогрессивными? Кто так утверждает?", "overall_assessment"),
    ],
)
def test_question_after_a_leading_doubt(engine, question: str, entry: str) -> None:
    """A sceptical or leading question («Не кажется ли вам…?», «Разве…?», «Выходит, …?», «— не для
    слежки ли?») is the asker's doubt; the open question after it is what they want told."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Не кажется ли вам, что реформа — просто пиар? Что сказано о пенсиях?",
        "Разве можно верить обещаниям? Сколько стоит реформа?",
        "Выходит, власти всё решили заранее? Кто оплатил круглый стол?",
        "Разве можно назвать эти изменения налоговыми? Кто так утверждает?",
        "Разве можно назвать реформу дешёвой? Кто так утверждает?",
    ],
)
def test_question_after_a_doubt_the_text_does_not_answer_declines(engine, question: str) -> None:
    """The open question is judged as any: pensions, the cost, who paid are not in the text; one
    that points back to the doubt is read with it, and the text calls the changes neither of these."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какой документ обсуждается и о каком проекте идёт речь?",
        "Какой документ обсуждается?",
        "Какой документ обсуждали участники круглого стола?",
        "Проект какого документа обсуждали участники?",
    ],
)
def test_which_document_is_discussed(engine, question: str) -> None:
    """«Какой документ обсуждается?» asks which document was discussed (the draft new Constitution),
    not whether the draft is being discussed (current_stage) nor the piece's date."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "about_document"), describe(reply)
    assert "проекту новой Конституции" in reply.answer


@pytest.mark.parametrize(
    "question",
    [
        "Какой документ подписали на круглом столе?",
        "Какой документ обсуждали в Сенате?",
        "Какой документ обсуждали в парламенте?",
        "Какой документ обсуждали на прошлом круглом столе?",
    ],
)
def test_which_document_signed_or_discussed_elsewhere_declines(engine, question: str) -> None:
    """A document signed, or discussed elsewhere or at another time: the text tells none."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какой страны касается конституционная модель?",
        "К какой стране относится конституционная модель?",
    ],
)
def test_country_a_thing_concerns(engine, question: str) -> None:
    """Which country a thing concerns is whose it is (the Republic of Kazakhstan's model)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "constitutional_model_principles"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какой страны касается пенсионная реформа?",
        "Какой страны касается налоговая модель?",
        "Каких стран касается санкционный режим?",
    ],
)
def test_country_of_a_thing_the_text_never_names_declines(engine, question: str) -> None:
    """The thing stays asked: a pension reform, a tax model, sanctions are not in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "В какой день Берик Асылов выступал перед участниками круглого стола?",
        "Когда выступал Асылов?",
        "Какого числа выступил генпрокурор?",
        "Когда Генпрокурор выступил перед участниками круглого стола?",
    ],
)
def test_when_the_prosecutor_general_spoke(engine, question: str) -> None:
    """He spoke at the round table («Обращаясь к участникам…»): when he spoke is when it was held."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "event_date"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Когда Асылов выступал в парламенте?",
        "Когда Асылов выступит снова?",
        "Когда выступал Президент?",
        "Когда Асылов выступал по телевидению?",
    ],
)
def test_when_someone_spoke_elsewhere_or_will_speak_declines(engine, question: str) -> None:
    """Another place, a time to come, one the text never tells spoke: no date to give."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Говорилось ли на круглом столе о недопустимости любых правонарушений?", "law_and_order_meaning"),
        ("Говорили ли о недопустимости правонарушений?", "law_and_order_meaning"),
        ("Шла ли речь о недопустимости нарушений закона?", "law_and_order_meaning"),
    ],
)
def test_offences_held_inadmissible(engine, question: str, entry: str) -> None:
    """Offences held inadmissible («недопустимость правонарушений») are the text's zero tolerance."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Говорилось ли о недопустимости пыток?",
        "Говорилось ли о недопустимости цензуры?",
        "Обсуждалась ли недопустимость коррупции?",
    ],
)
def test_other_things_held_inadmissible_decline(engine, question: str) -> None:
    """Torture, censorship, corruption: the text holds no word on them."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Я пресс-секретарь суда, готовлю анонс. Представители каких органов власти были за столом "
            "переговоров?",
            "participants",
        ),
        ("Представители каких органов власти были за столом переговоров?", "participants"),
        ("Кто был за столом переговоров?", "participants"),
        (
            "Присутствовали ли на круглом столе представители некоммерческого, общественного сектора?",
            "participant_public_orgs",
        ),
        ("Были ли представители общественного сектора?", "participant_public_orgs"),
        ("Был ли на круглом столе общественный сектор?", "participant_public_orgs"),
        ("Вовлекают ли юристов-профессионалов в обсуждение проекта?", "public_involvement"),
        ("Привлекают ли юристов-профессионалов к обсуждению?", "public_involvement"),
    ],
)
def test_the_table_the_public_sector_and_lawyers_in_other_words(engine, question: str, entry: str) -> None:
    """«за столом переговоров» is at the table (the round table); «общественный сектор» the sector of
    public organisations; «юристы-профессионалы» the professional community."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие переговоры вели участники?",
        "Были ли представители частного сектора?",
        "Были ли представители общественного сектора из других стран?",
        "Сколько юристов-профессионалов участвовало?",
    ],
)
def test_negotiations_private_sector_and_counts_decline(engine, question: str) -> None:
    """Negotiations, the private sector, foreign guests, a count: the text tells none."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Будет ли реформа способствовать тому, чтобы государство управлялось эффективнее?",
        "Будет ли государство управляться эффективнее?",
        "Станет ли управление государством эффективнее?",
    ],
)
def test_state_run_more_efficiently(engine, question: str) -> None:
    """Furthering a thing («способствовать тому, чтобы…») is helping it; how the state is run is the
    text's state administration, whose efficiency the changes are to raise."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Будет ли реформа способствовать тому, чтобы налоги снизились?",
        "Будет ли реформа способствовать тому, чтобы зарплаты росли?",
        "Способствует ли реформа росту экономики?",
    ],
)
def test_furthering_what_the_text_never_names_declines(engine, question: str) -> None:
    """Taxes, wages, the economy's growth: not in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "К чему может привести отсутствие разъяснений, если следовать логике Генпрокурора?",
        "К чему может привести отсутствие разъяснений по логике Генпрокурора?",
        "Следуя логике Генпрокурора, к чему может привести отсутствие разъяснений?",
    ],
)
def test_by_the_logic_of_a_speaker(engine, question: str) -> None:
    """«по логике X», «если следовать логике X» report X's view, as «по мнению X»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "explanation_purpose"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "По логике Генпрокурора, что будет с налогами?",
        "Если следовать логике Генпрокурора, сколько будет стоить реформа?",
    ],
)
def test_by_the_logic_of_a_speaker_on_what_he_never_said_declines(engine, question: str) -> None:
    """Taxes, the cost: he said nothing of them."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Обсуждалось ли одинаковое применение законов во всех случаях?",
        "Будут ли законы применяться одинаково в каждом случае?",
        "Обсуждалось ли единообразное применение законодательства во всех случаях?",
    ],
)
def test_in_every_case(engine, question: str) -> None:
    """«во всех случаях», «в каждом случае» say how widely a thing holds, as «всегда»; no case named."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "equality_before_law"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Обсуждались ли случаи нарушений?",
        "Что будет в случае утечки данных?",
        "Обсуждалось ли одинаковое наказание во всех случаях?",
        "Сколько случаев нарушений было?",
    ],
)
def test_cases_named_by_what_they_are_decline(engine, question: str) -> None:
    """A case named by what it is (offences, a leak), or a thing the text never names: declined."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Какой страны касается конституционная модель, о которой говорилось?",
            "constitutional_model_principles",
        ),
        (
            "Какой страны касается конституционная модель, о которой шла речь?",
            "constitutional_model_principles",
        ),
        ("Какие принципы лежат в основе модели, о которой говорилось?", "constitutional_model_principles"),
        (
            "Что такое сервисная модель работы правоохранителей, о которой шла речь?",
            "rights_protection_priority",
        ),
    ],
)
def test_noun_pointed_to_by_a_clause_of_mention(engine, question: str, entry: str) -> None:
    """«…, о которой говорилось?»: a closing clause saying only that its noun was spoken of asks nothing."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Сколько стоит модель, о которой говорилось?",
        "Кто придумал модель, о которой шла речь?",
        "Какой страны касается налоговая модель, о которой говорилось?",
    ],
)
def test_what_the_text_omits_of_a_noun_spoken_of_declines(engine, question: str) -> None:
    """The cost, the author, a tax model: the text tells none, the clause or not."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
