"""Round 55b: noisy Russian (chat typing: shortenings, slang, typos) declined though answerable."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("бол данные анализ будут внедрять", "digital_solutions"),
        ("бол данные будут анализировать?", "digital_solutions"),
        ("анализ бол данных внедрят?", "digital_solutions"),
        ("персон данные защитят или как", "personal_data_protection"),
        ("персон данные будут защищать?", "personal_data_protection"),
        ("какие направления особ внимание", "key_directions"),
        ("каким направлениям уделили особ внимание?", "key_directions"),
        ("проект конст уже приняли??", "current_stage"),
        ("на каком этапе проект конст?", "current_stage"),
    ],
)
def test_chat_shortenings(engine, question: str, entry: str) -> None:
    """«бол данные», «персон данные», «особ внимание», «конст»: words cut short in chat typing
    stand for the text's «большие данные», «персональные данные», «особое внимание», «Конституция»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "бол данные кто будет хранить?",
        "сколько стоит анализ бол данных?",
        "персон данные каких ведомств утекли?",
        "что в конст про налоги?",
        "конст когда примут?",
    ],
)
def test_details_asked_in_shortenings_decline(engine, question: str) -> None:
    """The shortening names the thing; a detail of it the text lacks is still declined."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    ["ну и чем кончилось всё это", "чем кончилось обсуждение", "чем кончился круглый стол"],
)
def test_how_it_ended_colloquially(engine, question: str) -> None:
    """«кончиться», the spoken «закончиться»: how the event ended is its outcome."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "outcome"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "когда кончится приём предложений?",
        "когда кончится срок полномочий президента?",
        "чем кончилось голосование в парламенте?",
    ],
)
def test_other_endings_decline(engine, question: str) -> None:
    """The end of something else the text never speaks of is no outcome of the round table."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("на кс был кто от парламента", "participant_parliament"),
        ("был кто от парламента на круглом столе", "participant_parliament"),
        ("кто был от парламента на круглом столе", "participant_parliament"),
        ("кто от омбудсмена был на круглом столе?", "participant_ombudsman"),
    ],
)
def test_someone_from_a_body_at_the_event(engine, question: str, entry: str) -> None:
    """«кто от парламента был на круглом столе»: whether someone from it was there; the event
    is where, not something asked of them."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "кто из депутатов мажилиса был на кругом столе",
        "кто из депутатов был на круглом столе",
        "кто именно был от парламента на круглом столе?",
        "кто был от парламента на круглом столе по фамилии",
        "кто был от минюста на круглом столе?",
    ],
)
def test_which_members_at_the_event_decline(engine, question: str) -> None:
    """Which of the deputies («кто из»), by name («именно», «по фамилии»), or from a body the
    text never names: the text does not say."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("в чем суть реформы в 2х словах", "reform_aims"),
        ("в чем суть реформы в 3 словах", "reform_aims"),
        ("итоги круглого стола в 3 тезиса для тг канала", "outcome"),
        ("итоги круглого стола в трёх тезисах", "outcome"),
    ],
)
def test_brevity_counted_in_digits_or_points(engine, question: str, entry: str) -> None:
    """«в 2х словах», «в 3 тезиса»: a count in digits (its case ending typed after it) and points
    of a summary say how briefly to answer, as «в двух словах» does."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "в 2х словах какие налоги поднимут?",
        "что значит 2х?",
        "в 3 тезиса: сколько стоила реформа?",
    ],
)
def test_brevity_does_not_answer_what_the_text_lacks(engine, question: str) -> None:
    """How briefly to answer leaves what is asked: taxes, a cost, the text does not give."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


def test_which_theses_are_still_asked(engine) -> None:
    """«какие три тезиса выдвинул…» asks for them: no «в» before the count, no form of the reply."""
    reply = engine.answer("какие 3 тезиса выдвинул генпрокурор?")
    assert (reply.kind, reply.entry_id) == ("answer", "prosecutor_speech"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("про профилактику правонарушений чо нить было", "rights_protection_priority"),
        ("про профилактику правонарушений чё нибудь говорили?", "rights_protection_priority"),
        ("учоных на круглый стол звали", "participant_science"),
        ("учоные были на круглом столе?", "participant_science"),
        ("омбуд был или нет", "participant_ombudsman"),
        ("омбуд был на круглом столе?", "participant_ombudsman"),
        ("о чем доки вкратце", "about_document"),
    ],
)
def test_chat_spellings(engine, question: str, entry: str) -> None:
    """«чо нить» is «что-нибудь»; «учоных» the «учёных» typed as it sounds; «омбуд» the
    ombudsman, «доки» the documents."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "учоные из каких вузов были?",
        "омбуд что сказал?",
        "кто такой омбуд по фамилии?",
        "какие доки нужны для паспорта?",
        "пчолы были на круглом столе?",
    ],
)
def test_chat_spellings_of_what_the_text_lacks_decline(engine, question: str) -> None:
    """The spelling is read; what is asked of it the text does not say."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("а какие направлиния там особо отметили то", "key_directions"),
        ("какие направления там особо отметили", "key_directions"),
        ("какие направления особо выделили?", "key_directions"),
    ],
)
def test_specially_noted_directions(engine, question: str, entry: str) -> None:
    """«особо отметили», specially noted: the text's «особое внимание» to its directions."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "кого особо отметили на круглом столе?",
        "кто особо отличился на круглом столе?",
        "особо опасные преступления будут?",
    ],
)
def test_other_things_specially_noted_decline(engine, question: str) -> None:
    """Someone singled out, especially grave crimes: the text names neither."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("круглый стол кто учавствовал список", "participants"),
        ("кто участвовал список", "participants"),
        ("какие направления выделили список", "key_directions"),
    ],
)
def test_bare_list_closing_a_question(engine, question: str, entry: str) -> None:
    """«кто участвовал список»: a bare «список» closing a question asks for the reply as a list,
    as «списком» does."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["кто из депутатов участвовал список", "какие законы отменят список", "какие налоги поднимут список"],
)
def test_list_of_what_the_text_lacks_declines(engine, question: str) -> None:
    """The form asked leaves the question: which deputies, which laws or taxes the text does not say."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
