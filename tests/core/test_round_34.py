"""Round 34: the readings made for the classes of tests/data/round34/blind36.jsonl's confident wrong
answers and false declines, each with paraphrases of our own and near misses that must stay
answered or declined."""

from __future__ import annotations

import pytest

from bot.qa.reading import clauses

from ._support import describe


def test_question_words_alone_share_the_clause_after_them() -> None:
    """«Когда и где пройдёт X?»: each question word asks of what the next clause says."""
    assert clauses("Когда и где пройдёт следующий круглый стол?") == [
        "Когда пройдёт следующий круглый стол?",
        "где пройдёт следующий круглый стол?",
    ]
    assert clauses("Будет ли следующий круглый стол и когда?") == [
        "Будет ли следующий круглый стол",
        "когда?",
    ]


@pytest.mark.parametrize(
    "question",
    [
        "Когда и где пройдёт следующий круглый стол?",
        "Где и когда пройдёт следующий круглый стол?",
        "When and where will the next round table be held?",
        "Когда и где состоится референдум?",
    ],
)
def test_when_and_where_of_what_is_to_come_is_declined(engine, question: str) -> None:
    """A «когда и где» of an event yet to come is not the reported event's date."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Когда и где прошёл круглый стол?", "event_date"),
        ("When and where was the round table held?", "event_date"),
        ("Кто и когда выступал на круглом столе?", "speaker"),
    ],
)
def test_when_and_where_of_the_reported_event_is_answered(engine, question: str, entry_id: str) -> None:
    """Near misses: the same pair of question words about what the document reports."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("от АП кто то был", "participant_administration"),
        ("от парламента кто был", "participant_parliament"),
        ("от омбудсмена кто был?", "participant_ombudsman"),
        ("из Администрации Президента кто был", "participant_administration"),
    ],
)
def test_a_fronted_group_before_who(engine, question: str, entry_id: str) -> None:
    """«от АП кто был» reads as «кто от АП был»: whether someone from the body was there."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["от Минюста кто был", "от Правительства кто то был", "от АП кто выступал", "от АП кто был министром"],
)
def test_a_fronted_group_the_text_does_not_tell_is_declined(engine, question: str) -> None:
    """Near misses: a body the text never names, or a detail of the body's people it does not tell."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (
            "Как секретарь маслихата, готовлю справку для сессии. Прошу изложить основные выводы "
            "участников круглого стола.",
            "outcome",
        ),
        ("Уточните, пожалуйста, имя и фамилию Генерального прокурора, упомянутого в материале.", "speaker"),
        ("Прошу сообщить, кто выступал на круглом столе.", "speaker"),
        ("Прошу предоставить сведения о направлениях, которые обсуждали.", "key_directions"),
        ("Уточните, какие направления обсуждали", "key_directions"),
    ],
)
def test_a_formal_request_asks_what_follows(engine, question: str, entry_id: str) -> None:
    """«Прошу изложить…», «Уточните…»: a request addressed to the bot names no subject."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Прошу сообщить бюджет реформы.",
        "Прошу уточнить дату референдума.",
        "Уточните, когда будет референдум?",
        "Я депутат маслихата. Прошу изложить позицию Минфина по проекту.",
    ],
)
def test_a_formal_request_for_what_the_text_does_not_tell_is_declined(engine, question: str) -> None:
    """Near misses: the request stripped, what is asked is still not in the document."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("ya veterinar iz Kostanaya, skazhite kakie napravleniya obsuzhdali", "key_directions"),
        ("ya uchitel'. kakie napravleniya obsuzhdali?", "key_directions"),
    ],
)
def test_an_asker_introduced_in_latin_letters(engine, question: str, entry_id: str) -> None:
    """Russian typed in Latin letters: the opening about the asker is set aside as in Cyrillic."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["ya pensioner iz Taraza, skazhite kogda budet referendum", "ya student: skolko stoit reforma?"],
)
def test_an_asker_introduced_in_latin_letters_asking_what_is_not_told(engine, question: str) -> None:
    """Near misses: the opening set aside, the question is still not answered by the document."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "а правда что прокурор сказал мол разъяснять надо чтоб люди реформу не поняли неправильно",
        "прокурор говорил что надо разъяснять, чтобы реформу не поняли неправильно?",
        "как сделать чтобы люди не поняли реформу неверно",
        "Did he say outreach is needed so people don't misinterpret the reform?",
    ],
)
def test_understanding_wrongly_is_a_misinterpretation(engine, question: str) -> None:
    """«неправильно понять», «превратно истолковать», "misinterpret": the verb of the text's
    «неточные интерпретации», so a purpose clause naming it asks why the outreach is needed."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "explanation_purpose"), describe(reply)


@pytest.mark.parametrize(
    ("question", "kind", "entry_id"),
    [
        ("Кто неправильно понял реформу?", "none", None),
        ("Сколько людей неправильно поняли реформу?", "none", None),
        ("прокурор сказал разъяснять надо", "answer", "explanatory_work"),
    ],
)
def test_misinterpretation_near_misses(engine, question: str, kind: str, entry_id: str | None) -> None:
    """Near misses: who or how many misunderstood is not told; the call to explain alone is the
    explanatory work."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == (kind, entry_id), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("кто такой берик асылов и чо он говорил", "speaker"),
        ("кто такой асылов и чё он сказал", "speaker"),
    ],
)
def test_a_spoken_what_opens_a_further_clause(engine, question: str, entry_id: str) -> None:
    """«…и чо он говорил»: the spoken spellings of «что» after «и» open a clause as «что» does."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)
    assert reply.note.startswith("several questions"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("We would appreciate it if you could tell us who spoke at the round table.", "speaker"),
        ("I would be grateful if you could clarify which directions were discussed.", "key_directions"),
        (
            "I would be grateful if you could explain what the Prosecutor General said about the Preamble.",
            "prosecutor_speech",
        ),
    ],
)
def test_an_english_formal_request_asks_what_its_question_word_opens(
    engine, question: str, entry_id: str
) -> None:
    """ "would be grateful…", "would appreciate it if…": the request is addressed to the bot."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "The Embassy would be grateful for clarification as to whether a referendum date has been set.",
        # (not "…how much the reform costs.": with the second source the bare statement form is
        # answered from its exhibition_visit entry already, an engine defect reported in round 34)
        "We would appreciate it if you could tell us how much does the reform cost?",
    ],
)
def test_an_english_formal_request_for_what_is_not_told_is_declined(engine, question: str) -> None:
    """Near misses: the request set aside, what is asked is still not in the document."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Рассказывают ли гражданам о грядущих переменах?",
        "Информируют ли людей о предстоящих переменах?",
        "Are people informed about the upcoming changes?",
    ],
)
def test_upcoming_changes_are_the_texts_forthcoming_transformations(engine, question: str) -> None:
    """«грядущие перемены», "upcoming changes": the text's «предстоящие преобразования»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "current_stage"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие перемены в налоговой системе?",
        "Сколько стоят грядущие перемены?",
        "Когда грядущие перемены вступят в силу?",
    ],
)
def test_upcoming_changes_near_misses_are_declined(engine, question: str) -> None:
    """Near misses: another system's changes, their cost, their date are not told."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Какие риски помогает снять открытый диалог с обществом?", "open_dialogue"),
        ("Какие риски позволяет устранить разъяснительная работа?", "explanation_purpose"),
    ],
)
def test_a_danger_removed_is_one_avoided(engine, question: str, entry_id: str) -> None:
    """«снять риски», «устранить угрозу»: what a thing removes is what it helps avoid."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие риски помогает снять референдум?",
        "Какие угрозы снимает цифровизация?",
        "Кого сняли с должности?",
    ],
)
def test_a_danger_removed_near_misses_are_declined(engine, question: str) -> None:
    """Near misses: what the text never says a thing prevents, and «снять» of an office."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Назовите второе по порядку направление, выделенное участниками.",
        "Какое направление третье по счёту?",
        "Какое направление было первым по порядку?",
    ],
)
def test_an_ordinal_by_count_asks_an_item_of_the_list(engine, question: str) -> None:
    """«второе по порядку», «третье по счёту»: a place in the list, which the list's entry tells."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "key_directions"), describe(reply)


def test_an_ordinal_by_count_of_what_the_text_does_not_list_is_declined(engine) -> None:
    """Near miss: an article of the Constitution by its place is not in the document."""
    reply = engine.answer("Какая статья Конституции вторая по порядку?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Каким термином обозначена модель государства, к которой ведут инициативы Президента?",
        "Каким термином обозначена модель государства?",
    ],
)
def test_a_term_denoting_a_thing_asks_its_name(engine, question: str) -> None:
    """«каким термином обозначена X» asks X by the text's name for it, as «как называется X»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "fair_kazakhstan"), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Каким термином обозначают новую систему налогов?", "Каким термином обозначен пенсионный возраст?"],
)
def test_a_term_for_what_the_text_does_not_name_is_declined(engine, question: str) -> None:
    """Near misses: the name of a thing the text never speaks of."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (
            'Prosecutor General calls for "zero tolerance": what exactly did Asylov say?',
            "law_and_order_meaning",
        ),
        ("Генпрокурор призвал к нулевой терпимости: что именно сказал Асылов?", "law_and_order_meaning"),
        ("Асылов призвал разъяснять реформу: что он сказал?", "explanatory_work"),
    ],
)
def test_a_headlines_verb_of_saying_is_the_saying_asked(engine, question: str, entry_id: str) -> None:
    """A headline before «что сказал…?»: its «призвал», "calls for" is the saying asked about."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Генпрокурор призвал к отмене смертной казни: что он сказал?",
        "Prosecutor General urges tax cuts: what did he say?",
    ],
)
def test_a_headline_of_what_the_text_does_not_say_is_declined(engine, question: str) -> None:
    """Near misses: the headline names what the text never says; it stays the subject."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
