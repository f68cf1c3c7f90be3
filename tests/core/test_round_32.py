"""Round 32: the readings made for the classes of tests/data/round32/blind34.jsonl's confident wrong
answers and false declines (Russian, colloquial, Kazakh and out-of-scope rows), each with paraphrases
of our own and near misses that must stay declined."""

from __future__ import annotations

import pytest

from bot.qa.text import focus

from ._support import describe

METHODIST = (
    "Я методист детского сада в Актобе. Затрагивалось ли на круглом столе образование — хотя бы юридическое?"
)


@pytest.mark.parametrize(
    "question",
    [
        "Были ли участники, выступившие против проекта?",
        "Нашлись ли участники, возражавшие против новой Конституции?",
        "Был ли кто-нибудь против нового проекта?",
        "Выступал ли кто-то против?",
        "Кто-нибудь возражал против проекта?",
    ],
)
def test_whether_anyone_objected_is_declined(engine, question: str) -> None:
    """Whether anyone objected asks who did, in any form of the verb (a participle, a word between
    the verb and «против»): a report of the event names no objector, so no entry answers."""
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_found"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (
            "Правда ли, что Генеральный прокурор выступал против открытого обсуждения проекта?",
            "open_dialogue",  # he attaches importance to an open dialogue
        ),
        ("Кто выступил на круглом столе?", "speaker"),
        ("Были ли участники из Парламента?", "participant_parliament"),
    ],
)
def test_a_named_ones_objection_and_speaking_stay_answered(engine, question: str, entry_id: str) -> None:
    """Near misses: a named one's objection checked against what he said, and speaking without
    «против»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Дөңгелек үстел қанша сағатқа созылды?",
        "Дөңгелек үстел қанша уақытқа созылды?",
        "Талқылау неше сағатқа созылды?",
    ],
)
def test_a_kazakh_count_of_an_unknown_noun_is_declined(engine, question: str) -> None:
    """«қанша / неше X»: X is the noun counted; one the knowledge base does not know is the detail
    asked, and the entry counting the directions does not answer."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Қанша бағыт талқыланды?", "Дөңгелек үстел неше бағытты қарады?", "Неше бағыт бар?"],
)
def test_a_kazakh_count_of_the_directions_is_answered(engine, question: str) -> None:
    """Near misses: the directions counted are the entry's."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "key_directions"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Изменения в Конституцию рассчитаны лишь на ближайшие пару лет?", "long_term_guidelines"),
        ("Реформа рассчитана на пару лет?", "long_term_guidelines"),
        ("Что сказано о горизонте изменений?", "long_term_guidelines"),
        ("Повлияют ли поправки на работу госаппарата?", "overall_assessment"),
        ("Как изменится работа государственного аппарата?", "overall_assessment"),
        ("Говорилось ли что-то о единой практике применения норм?", "equality_before_law"),
        ("Зачем принцип «Закон и порядок» поднимать до уровня преамбулы?", "law_and_order_preamble"),
        (
            "Зачем возводить принцип «Закон и порядок» в ранг конституционной ценности?",
            "law_and_order_preamble",
        ),
        ("тчк новая конституция какая цель у реформы вопросительный знак", "reform_aims"),
        ("Предполагается ли снисходительное отношение к мелким нарушениям закона?", "law_and_order_meaning"),
        ("Правда ли, что к правонарушениям будет мягкое отношение?", "law_and_order_meaning"),
        ("Дискуссия была формальной или там действительно обменивались мнениями по существу?", "outcome"),
        ("Дискуссия была формальной?", "outcome"),
        ("Что говорится про свободы граждан в контексте реформы?", "overall_assessment"),
        ("Кто из высокопоставленных лиц обращался к собравшимся?", "speaker"),
        ("Был ли омбудсмен по правам человека?", "participant_ombudsman"),
    ],
)
def test_the_texts_words_in_other_words_are_answered(engine, question: str, entry_id: str) -> None:
    """The text's horizon, state governance, uniform application, placing in the preamble, zero
    tolerance, substantive exchange and rights and freedoms, asked in other words."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что будет через пару лет?",
        "Через пару лет проведут референдум?",
        "Правда ли, что через пару лет будут выборы?",
        "Какой горизонт планирования у бюджета?",
        "Как изменится уровень преступности после реформы?",
        "Зачем поднимать зарплаты до уровня Европы?",
        "Зачем возводить налоги в ранг конституционных норм?",
        "Будет ли снисходительное отношение к должникам по налогам?",
        "Правда ли, что требования к кандидатам формальные?",
        "Будет ли единая практика по налогам?",
    ],
)
def test_near_misses_of_the_new_words_are_declined(engine, question: str) -> None:
    """A couple of years that is no claimed horizon, a level that is no rank, leniency, formality or
    a single practice of something the documents never speak of."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_a_dash_inside_the_question_after_the_askers_sentence_is_kept() -> None:
    """The asker's sentence, then a question with a dash inside it: the question is cut whole."""
    text, shortened = focus(METHODIST)
    assert shortened
    assert text == "Затрагивалось ли на круглом столе образование — хотя бы юридическое?"


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (METHODIST, "key_directions"),
        ("Говорили ли об образовании, например юридическом?", "legal_culture"),
        ("Говорили ли о данных — хотя бы персональных?", "personal_data_protection"),
    ],
)
def test_a_noun_narrowed_after_a_dash_is_answered(engine, question: str, entry_id: str) -> None:
    """«образование — хотя бы юридическое»: the adjective after the dash narrows the noun before it."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Обсуждали ли налоги — хотя бы подоходные?",
        "Обсуждали ли образование — хотя бы школьное?",
        "Говорили ли о данных — хотя бы медицинских?",
        "Затрагивались ли на круглом столе пенсии?",
    ],
)
def test_a_narrowed_noun_the_documents_never_name_is_declined(engine, question: str) -> None:
    """Near misses: the narrowed noun is not one the documents name."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (
            "Была ли там представлена структура, которая работает непосредственно при главе государства?",
            "participant_administration",
        ),
        ("Участвовал ли орган, который действует при Президенте?", "participant_administration"),
        ("кто собирался", "participants"),
        ("Одни чиновники были или учёные тоже?", "participant_science"),
        ("Там были только чиновники или и общественники?", "participant_public_orgs"),
    ],
)
def test_the_event_its_bodies_and_its_gathering_are_answered(engine, question: str, entry_id: str) -> None:
    """A body placed «при» someone in a relative clause, who gathered, and an exclusive alternative
    that comes first."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize("question", ["27 февраля что было с конституцией", "Что произошло 27 февраля?"])
def test_what_happened_on_the_documents_date_is_its_event(engine, question: str) -> None:
    """What happened on the document's own date is the event it reports; beside another document
    (which the date alone does not pick) it stays as asked, and is not answered from the other."""
    reply = engine.answer(question)
    if len(engine.kb.sources) == 1:
        assert (reply.kind, reply.entry_id) == ("answer", "about_document"), describe(reply)
    else:
        assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что было 15 марта с конституцией?",
        "Что было 27 февраля с налогами?",
        "Что будет 27 февраля?",
        "Была ли структура, которая работает при министерстве финансов?",
        "Кто собирается голосовать?",
        "Собирается ли Парламент принять проект?",
        "Были ли фермеры или только чиновники?",
        "Были одни чиновники или и фермеры?",
        "Только юристы или и врачи выступали?",
    ],
)
def test_near_misses_of_the_event_and_its_people_are_declined(engine, question: str) -> None:
    """Another date, another body, intending rather than gathering, and an alternative the documents
    never name beside one that would hold alone."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Укрепление правопорядка упоминается среди целей изменений?",
        "Укрепление правопорядка — одна из целей изменений?",
    ],
)
def test_a_phrase_one_close_entry_quotes_word_for_word_answers(engine, question: str) -> None:
    """Two entries about equally likely, one quoting the question's phrase word for word
    («укрепление правопорядка»), the other only one of its words: the evidence is not equal."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


def test_the_documents_whole_word_for_word_is_no_evidence(engine) -> None:
    """Near miss: «новая конституция» is every entry's frame; quoting it decides nothing, so the
    entry listing the draft's provisions does not answer which principles it rests on."""
    reply = engine.answer("на каких принцыпах новая конституция")
    assert reply.entry_id != "proposed_changes", describe(reply)


@pytest.mark.parametrize(
    ("message", "question"),
    [
        (
            "привет я таксист из караганды короче объясни что там с новой конституцией ну типа кто собирался",
            "объясни что там с новой конституцией ну типа кто собирался",
        ),
        ("я студент расскажите кто выступал", "расскажите кто выступал"),
        (
            "Я таксист из Караганды. Объясни, что там с новой конституцией?",
            "Объясни, что там с новой конституцией?",
        ),
    ],
)
def test_an_unpunctuated_introduction_ends_at_the_request(message: str, question: str) -> None:
    """The asker's opening, with no colon, dash or full stop, runs up to a request in the
    imperative, informal or polite; the request opens the question."""
    assert focus(message) == (question, True)


@pytest.mark.parametrize(
    "message",
    [
        "я про закон и порядок объясни что это",
        "я читал про цифровизацию объясни зачем она",
        "я хочу чтобы ты объяснил что там",
        "Генпрокурор сказал что-то, объясни что именно",
    ],
)
def test_a_request_pointing_back_into_the_opening_keeps_it(message: str) -> None:
    """Near misses: a request whose pronoun points back into the opening, no imperative, or an
    opening that is no introduction of the asker: the message stays whole."""
    assert focus(message) == (message, False)


def test_the_taxi_drivers_question_is_answered(engine) -> None:
    """The blind row: an unpunctuated introduction, then a request and its two questions."""
    reply = engine.answer(
        "привет я таксист из караганды короче объясни что там с новой конституцией ну типа кто собирался "
        "и чё решили"
    )
    assert (reply.kind, reply.entry_id) == ("answer", "participants"), describe(reply)
