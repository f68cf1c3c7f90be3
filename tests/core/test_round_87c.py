"""Round 87c: false «не говорится» of answerable questions: another's question passed on («Бабушка
спросила, …», «…, спросила бабушка»), the polite «не могли бы вы разъяснить…», «простые семьи» as
ordinary people, the chat «мб» (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("внучка спросила при чем тут верховенство закона к реформе", "reform_aims"),
        ("Бабушка спросила, что такое нулевая терпимость", "law_and_order_meaning"),
        ("Дочка спрашивала, что такое сервисная модель полиции", "rights_protection_priority"),
        ("Коллеги спрашивали, когда прошел круглый стол", "event_date"),
        ("Что такое нулевая терпимость, спросила бабушка", "law_and_order_meaning"),
        ("Кто выступал на круглом столе? — спрашивает внук", "speaker"),
    ],
)
def test_question_passed_on_from_another(engine, question: str, entry_id: str) -> None:
    """A person's noun and a verb of asking opening (or closing) the message bring another's
    question: the asking is not asked (what someone asked, which the documents never report)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что спросил генпрокурор у участников?",
        "Какие вопросы задавали участники?",
        "Соседка спросила, какие вопросы задавали генпрокурору",
        "Бабушка спросила, сколько стоит реформа",
        "Внук спросил, кто будет судьями Конституционного суда",
    ],
)
def test_what_was_asked_or_unsaid_still_declines(engine, question: str) -> None:
    """What someone asked at the event, or a detail the documents never give, passed on or not."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_asked_of_another_without_a_question_opening_is_not_passed_on(engine) -> None:
    """«Журналисты спрашивали генпрокурора о сроках?» asks whether something was asked."""
    reply = engine.answer("Журналисты спрашивали генпрокурора о сроках?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Не могли бы вы разъяснить, что такое нулевая терпимость?", "law_and_order_meaning"),
        ("Не могли бы вы уточнить дату круглого стола?", "event_date"),
        ("Не могли бы вы сообщить дату круглого стола?", "event_date"),
        ("Можете разъяснить, что такое нулевая терпимость?", "law_and_order_meaning"),
        ("Не мог бы ты объяснить, что такое нулевая терпимость?", "law_and_order_meaning"),
    ],
)
def test_polite_request_to_tell(engine, question: str, entry_id: str) -> None:
    """«(Не) могли бы вы» and an infinitive of telling ask the bot to tell, as «разъясните» does:
    «разъяснить» is not the documents' explanatory work."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Не могли бы вы разъяснить, что говорится о налогах?",
        "Можете ли вы гарантировать, что налоги не повысят?",
    ],
)
def test_polite_request_of_an_unknown_thing_still_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_explaining_to_the_public_stays_the_explanatory_work(engine) -> None:
    reply = engine.answer("Как будут разъяснять реформу населению?")
    assert (reply.kind, reply.entry_id) == ("answer", "explanatory_work"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (
            "Что изменится для обычной семьи, если правоохранительные органы перейдут на сервисную модель?",
            "rights_protection_priority",
        ),
        ("Что реформа даст простым семьям?", "overall_assessment"),
        ("Что изменится для обычной семьи?", "overall_assessment"),
    ],
)
def test_ordinary_families_are_ordinary_people(engine, question: str, entry_id: str) -> None:
    """«простые / обычные семьи» are the ordinary people, as "ordinary families" already were."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Как реформа повлияет на многодетные семьи?",
        "Будут ли новые пособия для семей?",
        "Что даст реформа семьям с детьми?",
    ],
)
def test_families_of_a_kind_still_decline(engine, question: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "ну и чо реально изменится для граждан,опять красивые слова",
        "что изменится для граждан, опять красивые слова",
        "что реально изменится для граждан? опять красивые слова",
    ],
)
def test_scorn_is_no_repeat_to_come(engine, question: str) -> None:
    """«опять красивые слова» scorns what the text says: no repeat yet to come of a deed."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize("question", ["Выступит ли Асылов снова?", "Будет ли круглый стол опять?"])
def test_a_repeat_to_come_still_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)


def test_chat_maybe_is_no_detail(engine) -> None:
    """«мб» (может быть) is chat filler, not a word the documents lack."""
    reply = engine.answer("мб генпрокурор что-то сказал про ИИ?")
    assert reply.decline != "not_in_document", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Мои персональные данные не окажутся где попало?",
        "Будут ли персональные данные защищены, чтобы их не передавали кому попало?",
    ],
)
def test_indefinite_adverb_asks_no_where(engine, question: str) -> None:
    """«где попало», «кому попало»: anywhere, to anyone; no «where?» or «whom?» asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "personal_data_protection"), describe(reply)


@pytest.mark.parametrize(
    "question", ["Где будут храниться персональные данные?", "Что попало в проект Конституции?"]
)
def test_real_where_and_what_got_in_still_decline(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Как проект предлагает защищать сведения о людях в эпоху цифровизации?", "digital_solutions"),
        ("Как защитят персональные данные в эпоху ИИ?", "personal_data_protection"),
        ("Что будет с персональными данными в эру искусственного интеллекта?", "personal_data_protection"),
    ],
)
def test_in_the_era_of_is_a_frame_of_time(engine, question: str, entry_id: str) -> None:
    """«в эпоху X», «в эру X»: in the time of X (as «при X»), no detail asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Конституция открывает новую эпоху?",
        "В какую эпоху была принята прежняя Конституция?",
        "Какие налоги будут в эпоху цифровизации?",
    ],
)
def test_an_era_of_its_own_still_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
