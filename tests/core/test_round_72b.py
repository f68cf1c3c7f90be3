"""Round 72b: answerable literary-Russian questions the bot declined (blind98/99 and older sets):
«характеризовать» as an assessment word, the asker's survey and request for help in understanding,
the asker named then doing something, «принцип» before a named concept, «как полностью зовут»
(real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Как пресс-релиз характеризует обмен мнениями на круглом столе?", "outcome"),
        ("Как в тексте характеризуют обмен мнениями?", "outcome"),
        ("Как генпрокурор характеризует предлагаемые изменения?", "overall_assessment"),
        (
            "Как участники расценивают конституционную реформу по отношению к прежнему курсу — "
            "как разрыв или как преемственность?",
            "reform_tokayev_link",
        ),
        ("Как генпрокурор расценил предлагаемые изменения?", "overall_assessment"),
        ("Как участники расценивают реформу?", "overall_assessment"),
    ],
)
def test_characterise_is_an_assessment_word(engine, question: str, entry: str) -> None:
    """«характеризовать» is the imperfective of «охарактеризовать», «расценивать» / «расценить» is
    to assess: the assessment group."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Как характеризует генпрокурор новый налоговый кодекс?",
        "Как пресс-релиз характеризует выборы в Мажилис?",
        "Как характеризуют реформу в соцсетях?",
        "Как расценивают реформу эксперты за рубежом?",
        "Как генпрокурор расценил налоговую реформу?",
    ],
)
def test_characterising_what_the_text_does_not_tell_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Для моего опроса: как в пресс-релизе сформулирована цель изменений в работе "
            "правоохранительных органов?",
            "rights_protection_priority",
        ),
        ("Для опроса: кто выступал на круглом столе?", "speaker"),
        ("Для анкеты: когда прошёл круглый стол?", "event_date"),
        ("Помогите понять: почему реформу называют продолжением курса Токаева?", "reform_tokayev_link"),
        ("Помогите разобраться: что такое сервисная модель полиции?", "rights_protection_priority"),
        ("Помоги мне понять — кто выступал на круглом столе?", "speaker"),
        (
            "Я редактор агентства, проверяю факты. Генпрокурор действительно говорил о принципе "
            "«Закон и порядок»?",
            "law_and_order_meaning",
        ),
        ("Я журналист, готовлю материал. Генпрокурор выступал на круглом столе?", "speaker"),
        ("Я юрист, работаю в Алматы. Обсуждали ли единообразное применение законов?", "equality_before_law"),
    ],
)
def test_the_askers_opening_is_no_part_of_the_question(engine, question: str, entry: str) -> None:
    """A survey is the asker's work (ASKER_WORK); «Помогите понять:» asks help in understanding
    (text._helped_to_understand); «Я X, делаю Y.» names the asker and what they do
    (text._self_named_doing)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Для моего бизнеса: что изменится?",
        "Помогите бизнесу: что изменится?",
        "Помогите понять: что будет с налогами?",
        "Я редактор агентства, проверяю факты. Генпрокурор говорил о снижении налогов?",
    ],
)
def test_openings_that_name_the_topic_or_questions_off_the_text_decline(engine, question: str) -> None:
    """«Для моего бизнеса» and «Помогите бизнесу» name whom the change is for, no work of the
    asker's; the rest asks what the text does not tell."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Что нужно совершенствовать в рамках принципа равенства перед законом?", "equality_before_law"),
        ("Что говорится о принципе равенства перед законом?", "equality_before_law"),
        ("Как реформа соотносится с принципом верховенства права?", "reform_tokayev_link"),
        ("Какие принципы лежат в основе конституционной модели?", "constitutional_model_principles"),
    ],
)
def test_principle_before_a_named_concept_asks_of_the_concept(engine, question: str, entry: str) -> None:
    """«принцип X»: the kind of the concept named right after it (subject.Subjects._kinds_of_named);
    the entry holding X covers it, though the text calls equality before the law a direction."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что говорится о принципе презумпции невиновности?",
        "Что говорится о принципе разделения властей?",
        "Что нужно совершенствовать в рамках принципа состязательности сторон?",
        "Какой принцип обсуждали в отношении приоритетов правоохранительной системы?",
    ],
)
def test_principles_the_text_does_not_name_decline(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Как полностью зовут Президента, упомянутого в релизе?", "reform_tokayev_link"),
        ("Как полностью зовут генпрокурора?", "speaker"),
        ("Как его полностью зовут, генпрокурора?", "speaker"),
    ],
)
def test_called_in_full_asks_the_name(engine, question: str, entry: str) -> None:
    """«как полностью зовут» asks the full name, as «как зовут» (people._called_in_full)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Как полностью зовут министра юстиции?", "Как полностью зовут Уполномоченного по правам человека?"],
)
def test_full_names_the_text_does_not_give_decline(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Я сорок лет отработал в прокуратуре ещё при Союзе, и громкими словами меня не удивить. "
            "Скажите прямо: что нынешний генпрокурор сказал про принцип «Закон и порядок»?",
            "law_and_order_meaning",
        ),
        ("Что нынешний генпрокурор сказал про принцип «Закон и порядок»?", "law_and_order_meaning"),
        ("Нынешний генпрокурор выступал на круглом столе?", "speaker"),
        ("Какой нынешний статус проекта?", "current_stage"),
    ],
)
def test_the_current_one_is_the_one_named(engine, question: str, entry: str) -> None:
    """«нынешний» before a person named says the one the documents name, no subject of its own
    (subject.Subjects._kinds_of_named); before the draft's status it is still its current stage."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что сказал нынешний министр юстиции?",
        "Что нынешний Президент предлагает в реформе?",
        "Что записано в нынешней Конституции о Сенате?",
    ],
)
def test_current_ones_the_text_does_not_tell_of_decline(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Как назван в тексте раздел о цифровизации в праве?", "digital_solutions"),
        ("Как в тексте называется раздел о равенстве перед законом?", "equality_before_law"),
        ("Как в пресс-релизе назван блок о правовой культуре?", "legal_culture"),
    ],
)
def test_a_part_about_a_thing_in_the_text_asks_of_the_thing(engine, question: str, entry: str) -> None:
    """«раздел о X» beside «в тексте» (the piece read, where the part is) asks of X
    (piece.part_about), as it does alone."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Как назван в тексте раздел о выборах?",
        "Как в тексте называется раздел о налогах?",
        "Как назван в Конституции раздел о цифровизации?",
    ],
)
def test_parts_about_what_the_text_does_not_tell_decline(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
