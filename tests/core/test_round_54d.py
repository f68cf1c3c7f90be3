"""Round 54d: false «В документе об этом не говорится» on answerable questions (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Каким словом в тексте названы предлагаемые нововведения, когда речь идёт об открытом диалоге?",
            "open_dialogue",
        ),
        ("Каким термином названы нововведения, когда говорят об открытом диалоге?", "open_dialogue"),
        (
            "Я веду ток-шоу на радио. Объясните простыми словами, чего опасается Генпрокурор, когда "
            "призывает разъяснять реформу?",
            "explanation_purpose",
        ),
        ("Чего боится генпрокурор, когда призывает разъяснять реформу?", "explanation_purpose"),
    ],
)
def test_when_after_an_oblique_asking_word_is_a_conjunction(engine, question: str, entry: str) -> None:
    """«Каким словом…, когда…», «Чего опасается…, когда…»: after an asking word in an oblique case,
    «, когда» opens a clause as after «какой» or «что»; it asks no date."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Каким словом названы нововведения, когда речь идёт о налогах?",
        "Чего опасается генпрокурор, когда говорит о пенсиях?",
        "Каким будет штраф, когда нарушают закон?",
    ],
)
def test_clause_when_with_a_detail_the_text_omits_declines(engine, question: str) -> None:
    """The clause is read, not dropped: taxes, pensions, fines are nowhere in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какую опасность видит Генпрокурор в недостатке разъяснений?",
        "Какую угрозу несёт недостаток разъяснений?",
        "Какой риск видит прокурор в отсутствии разъяснений?",
        "Чего боится генпрокурор, призывая разъяснять реформу?",
    ],
)
def test_danger_of_a_lack_and_fear_while_urging(engine, question: str) -> None:
    """A danger seen in a lack («в недостатке разъяснений», any case of «недостаток»), and what
    someone fears while urging a thing to be done (an infinitive), are what that thing prevents:
    the purpose the text gives (to avoid inaccurate interpretations)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "explanation_purpose"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какую опасность видит Генпрокурор в недостатке финансирования?",
        "Какую опасность видит Генпрокурор в нехватке юристов?",
        "Какую угрозу видит генпрокурор в недостатке проекта?",
        "Чего опасается генпрокурор, когда призывает ужесточить наказания?",
    ],
)
def test_danger_of_what_the_text_never_names_declines(engine, question: str) -> None:
    """Funding, a shortage of people, a flaw of the draft, harsher punishment: not in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Медработник спрашивает: что значит «нулевая терпимость» и кто об этом говорил?",
            "law_and_order_meaning",
        ),
        (
            "Учительница спрашивает: что такое нулевая терпимость и кто об этом говорил?",
            "law_and_order_meaning",
        ),
        (
            "Соседи спрашивают: что значит сервисная модель полиции и кто об этом говорил?",
            "rights_protection_priority",
        ),
    ],
)
def test_asker_opening_before_a_question_naming_its_own_topic(engine, question: str, entry: str) -> None:
    """«X спрашивает: что значит Y и кто об этом говорил?»: «об этом» after the question's own noun
    points to that noun, not back to the opening; the opening is who asks."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Я готовлю сюжет для вечерних новостей. Дата проведения круглого стола?", "event_date"),
        ("Готовлю доклад. Дата круглого стола?", "event_date"),
        ("Я пишу статью для газеты. Участники круглого стола?", "participants"),
    ],
)
def test_question_after_the_asker_telling_of_their_work(engine, question: str, entry: str) -> None:
    """A first-person sentence telling of the piece the asker makes (сюжет, доклад, статья), then
    one sentence ending in «?»: that sentence is what is asked, whatever its form."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Я готовлю сюжет для новостей. Бюджет реформы?",
        "Я пишу статью. Зарплаты учителей после реформы?",
        "Медработник спрашивает: что будет с зарплатами врачей и кто об этом говорил?",
        "Фермер спрашивает: что значит субсидия и кто об этом говорил?",
    ],
)
def test_asked_after_the_asker_opening_still_declines(engine, question: str) -> None:
    """The opening is dropped, the question kept: budgets, salaries, subsidies are not in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "скажите пожалуйста вот у меня внук на юриста учится и мне интересно будут ли что-то менять в "
        "юридическом образовании по этой новой конституции или это только прокуроров касается",
        "у меня внук на юриста учится, будут ли менять юридическое образование?",
        "у меня дочь учится на юриста, что-то изменится в юридическом образовании?",
    ],
)
def test_what_the_asker_has_is_no_detail_asked(engine, question: str) -> None:
    """«у меня внук…» tells of the asker, as «у нас…» does: the bot may not say the document is
    silent because it never names the asker's grandson."""
    reply = engine.answer(question)
    assert reply.decline != "not_in_document", describe(reply)


@pytest.mark.parametrize(
    "question",
    ["у меня пенсия маленькая, пенсии повысят?", "у меня бизнес, налоги изменятся?"],
)
def test_what_the_asker_has_asked_of_still_declines(engine, question: str) -> None:
    """Pensions, taxes: asked of, not only told of; the text has neither."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие задачи стоят перед правоохранительными органами в свете проекта новой Конституции?",
        "Как изменится работа полиции в свете новой Конституции?",
        "Что ждёт правоохранительные органы в свете конституционной реформы?",
    ],
)
def test_in_the_light_of_the_draft_frames_the_question(engine, question: str) -> None:
    """«в свете проекта / реформы» places the question within the documents' whole, as «в рамках»
    does: «свет» is no detail the text lacks."""
    reply = engine.answer(question)
    assert reply.decline != "not_in_document", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что будет с налогами в свете новой Конституции?",
        "Что сказано о правосознании в свете последних событий?",
        "Как изменится зарплата полицейских в свете реформы?",
    ],
)
def test_in_the_light_of_with_a_detail_the_text_omits_declines(engine, question: str) -> None:
    """Taxes, recent events, salaries: the frame is dropped, the detail still is not in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какую работу, по мнению генпрокурора, нужно вести не от случая к случаю, а системно?",
        "Какую работу нужно вести не от случая к случаю, а системно?",
        "Разъяснительную работу будут вести системно или от случая к случаю?",
    ],
)
def test_now_and_then_weighed_against_systematic(engine, question: str) -> None:
    """«не от случая к случаю, а системно»: «не X, а Y» weighs X against Y as «Y, а не X» does, and
    «от случая к случаю» against the text's «системной» (synonyms.yaml `contrasts`): the entry
    telling of the systematic explanatory work answers."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "explanatory_work"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Проверки будут проводить не от случая к случаю, а системно?",
        "Штрафы будут назначать не от случая к случаю, а системно?",
        "Какую работу нужно вести не от случая к случаю, а ежедневно?",
    ],
)
def test_now_and_then_of_what_the_text_omits_declines(engine, question: str) -> None:
    """Inspections, fines, a daily rhythm: the contrast is read, the rest is not in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Чьё намерение внести вклад в новую конституционную модель подтвердила встреча?",
        "Кто выразил намерение внести вклад в новую Конституцию?",
        "Подтвердили ли эксперты намерение участвовать в формировании конституционной модели?",
        "Whose intention to contribute did the meeting confirm?",
    ],
)
def test_an_intention_to_contribute_is_the_readiness_confirmed(engine, question: str) -> None:
    """«намерение», "intention" to contribute is the willingness the text's round table confirmed
    («подтвердил готовность … внести вклад»)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "outcome"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Есть ли у правительства намерение повысить налоги?",
        "Подтвердил ли президент намерение провести референдум?",
    ],
)
def test_an_intention_the_text_never_reports_declines(engine, question: str) -> None:
    """Raising taxes, a referendum: no one's intention of them is in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
