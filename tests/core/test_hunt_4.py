"""A fourth hunt for confident wrong answers: since when something goes on, and by when it is done;
how things stood before; a named one's stance against a thing; an abbreviation in capitals; what
follows from a condition; a repeat yet to come; the constitution before; the first of several by a
measure; which body does a thing; an English noun after an asking determiner. Each class beside
right questions of the same shape that must keep their answers."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "С какого года идёт обсуждение проекта Конституции?",
        "С какого месяца идёт обсуждение проекта?",
        "С каких пор правоохранительные органы используют искусственный интеллект?",
        "Since when has the draft been under discussion?",
        "How long has the prosecution been using AI?",
        "Жоба қай жылдан бері талқыланып жатыр?",
        "Қашаннан бері жасанды интеллект қолданылады?",
        "С какого момента действует сервисная модель?",
    ],
)
def test_since_when_is_not_the_date_of_the_event(engine, question: str) -> None:
    """Since when a thing goes on asks the start of what is ongoing: the documents date no
    beginning, and the press release's own date is the round table's, not the discussion's start."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_by_when_asks_a_date_to_come(engine) -> None:
    """«К какому году» asks the date a thing will be done by, as «когда» does: the documents give none."""
    reply = engine.answer("К какому году внедрят искусственный интеллект в правовой сфере?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Когда прошёл круглый стол?", "event_date"),
        ("Как давно прошёл круглый стол?", "event_date"),
        ("What year was the round table held?", "event_date"),
        ("Что сейчас происходит с проектом Конституции?", "current_stage"),
        ("Қазіргі уақытта Конституция жобасына қатысты не болып жатыр?", "current_stage"),
        ("Будет ли внедряться искусственный интеллект?", "digital_solutions"),
    ],
)
def test_dates_and_the_present_keep_their_answers(engine, question: str, entry_id: str) -> None:
    """When the event was (or how long ago), and what goes on now, the documents tell."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Раньше правоохранительные органы работали по сервисной модели?",
        "как было раньше с равенством перед законом",
        "Прежде равенство перед законом соблюдалось?",
        "Что было в Преамбуле до реформы?",
        "Какой была правовая культура до реформы?",
        "What did the preamble say before the reform?",
        "What was in the preamble before the reform?",
        "Did law enforcement previously follow a service model?",
        "Бұрын құқық қорғау органдары сервистік модельмен жұмыс істеді ме?",
    ],
)
def test_how_things_stood_before_is_not_told(engine, question: str) -> None:
    """An earlier time (an adverb of it, or the time before the reform) asks how things stood
    before: the documents report a round table and what a draft proposes, not the state before."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Это мероприятие было в 2026 году или раньше?", "event_date"),
        ("Как реформа соотносится с прежними инициативами главы государства?", "reform_tokayev_link"),
        ("Is the reform tied to President Tokayev's earlier initiatives?", "reform_tokayev_link"),
        ("Что предполагает равенство перед законом?", "equality_before_law"),
        ("What does equality before the law involve?", "equality_before_law"),
        ("Будут ли правоохранительные органы работать по сервисной модели?", "rights_protection_priority"),
    ],
)
def test_earlier_things_and_dates_keep_their_answers(engine, question: str, entry_id: str) -> None:
    """An earlier time offered beside a date asks the date; earlier initiatives are a thing the
    documents name; "before the law" is no time."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Разве Уполномоченный по правам человека не против реформы?",
        "Isn't the Ombudsman against the reform?",
        "Парламент против новой Конституции?",
        "Is the Parliament against the draft?",
        "Прокурор ведь был против искусственного интеллекта?",
    ],
)
def test_a_stance_against_is_what_one_said(engine, question: str) -> None:
    """A named one's stance against a thing is what they said of it: an entry naming them only as
    taking part, or describing the thing without their words, does not tell it."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Генпрокурор был против открытого диалога?", "open_dialogue"),
        ("Is the Prosecutor General against open dialogue?", "open_dialogue"),
        ("Генпрокурор против правонарушений?", "prosecutor_speech"),
        ("Против чего общество должно иметь нулевую терпимость?", "law_and_order_meaning"),
    ],
)
def test_a_stance_the_documents_report_keeps_its_answer(engine, question: str, entry_id: str) -> None:
    """What the Prosecutor General said of dialogue, or of offences, answers his stance on them;
    «против чего» asks what against."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Тоқаев дөңгелек үстелде не айтты?", None),
        ("Реформа Тоқаевтың бастамаларымен байланысты ма?", "reform_tokayev_link"),
        ("Қасым-Жомарт Тоқаев кім?", "reform_tokayev_link"),
    ],
)
def test_the_president_in_kazakh_letters(engine, question: str, entry_id: str | None) -> None:
    """«Тоқаев» is Tokayev: what he said at the round table is not reported (he did not speak
    there), as «Что сказал Токаев на круглом столе?» is declined; his initiatives are told."""
    reply = engine.answer(question)
    assert reply.entry_id == entry_id, describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "How does personal data protection compare with the EU GDPR?",
        "Compared to the EU, how are personal data protected?",
        "What does the OSCE think about the reform?",
    ],
)
def test_an_abbreviation_in_capitals_is_a_name(engine, question: str) -> None:
    """ "the EU", "GDPR": an abbreviation the documents never use is a name they never name, not
    noise: what it asks of is not told."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Will AI be introduced?", "digital_solutions"),
        ("Did NGOs take part?", "participant_public_orgs"),
        (
            "As an OSCE observer I'd like to know: did academia take part in the discussion?",
            "participant_science",
        ),
    ],
)
def test_abbreviations_the_documents_use_keep_their_answers(engine, question: str, entry_id: str) -> None:
    """ "AI", "NGOs" are the documents' words; one framing who asks is not what is asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что будет, если нарушить нулевую терпимость?",
        "What happens if someone breaks the Law and Order principle?",
        "Заңды бұзса не болады?",
        "Will Asylov speak again?",
        "Выступит ли Асылов снова?",
        "Will the round table be held again?",
    ],
)
def test_a_consequence_or_a_repeat_to_come_is_not_told(engine, question: str) -> None:
    """What follows from a condition, and a repeat of what the documents report yet to come, are
    not told by a report of a round table and of a draft's aims."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Что будет с преамбулой?", "law_and_order_preamble"),
        ("Что будет с юридическим образованием?", "legal_culture"),
        ("Что будет с персональными данными, если внедрят искусственный интеллект?", "digital_solutions"),
        ("Будет ли внедряться искусственный интеллект?", "digital_solutions"),
    ],
)
def test_what_becomes_of_a_thing_keeps_its_answer(engine, question: str, entry_id: str) -> None:
    """«Что будет с X» asks of X, which the entry on X tells; data beside the introduction of AI
    is what the digital direction says."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "«Заң және тәртіп» қағидаты бұрынғы Конституцияда болды ма?",
        "Ескі Конституцияда дербес деректер қорғалды ма?",
        "Был ли принцип «Закон и порядок» в прежней Конституции?",
        "What did the previous draft say about AI?",
    ],
)
def test_the_constitution_before_is_another_one(engine, question: str) -> None:
    """A word of an earlier time before the documents' constitution or draft names the one before
    theirs, of which they say nothing, even a word they use of other things («бұрынғы»)."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Реформа Президенттің бұрынғы бастамаларының жалғасы ма?", "reform_tokayev_link"),
        ("Как реформа соотносится с прежними инициативами главы государства?", "reform_tokayev_link"),
    ],
)
def test_earlier_initiatives_keep_their_answer(engine, question: str, entry_id: str) -> None:
    """The President's earlier initiatives are what the reform continues."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какое направление самое важное?",
        "Какое из направлений приоритетнее?",
        "Какому направлению уделили больше всего внимания?",
        "Какое направление обсуждали дольше всего?",
        "Which direction is the most important?",
        "Which area got the most attention?",
        "Қай бағыт ең маңызды?",
    ],
)
def test_the_first_of_several_by_a_measure_is_not_told(engine, question: str) -> None:
    """Which one thing comes first among several by a measure: the text lists the directions
    given special attention without ranking them."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Каким направлениям уделили особое внимание?", "key_directions"),
        ("Which areas got the most attention?", "key_directions"),
        ("Что самое главное в пресс-релизе?", "about_document"),
        ("Какое направление первое?", "key_directions"),
    ],
)
def test_several_or_the_gist_keep_their_answers(engine, question: str, entry_id: str) -> None:
    """Several asked («Which areas…»): those given special attention answer; «самое главное» asks
    the gist; a place in the list is the list's."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какой орган будет защищать персональные данные?",
        "Which body will protect personal data?",
        "Какой орган будет внедрять искусственный интеллект?",
    ],
)
def test_which_body_asks_for_a_body(engine, question: str) -> None:
    """«Какой орган», "which body" asks for a body: an entry on the thing done that names none
    does not tell which one does it."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Какие органы будут работать по сервисной модели?", "rights_protection_priority"),
        ("Какие органы будут заниматься профилактикой правонарушений?", "rights_protection_priority"),
        ("Which institutions took part?", "participants"),
        ("Какие структуры были представлены на круглом столе?", "participants"),
    ],
)
def test_a_body_the_entry_names_keeps_its_answer(engine, question: str, entry_id: str) -> None:
    """The service model is the law enforcement bodies'; those who took part are bodies named."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["In what language did Asylov speak?", "Which article will enshrine Law and Order?"],
)
def test_a_noun_after_an_asking_determiner_is_a_noun(engine, question: str) -> None:
    """ "In what language", "Which article": the word after the asking determiner is its noun (a
    thing the documents never name), not the question's verb."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("In what form will personal data be protected?", "personal_data_protection"),
        ("In what way will AI be used?", "digital_solutions"),
        ("In what year was the round table held?", "event_date"),
        ("In which part of the Constitution will Law and Order be enshrined?", "law_and_order_preamble"),
        ("In what respect is equality before the law to be strengthened?", "equality_before_law"),
    ],
)
def test_in_what_way_keeps_its_answer(engine, question: str, entry_id: str) -> None:
    """ "In what form / way / respect" asks how; "in what year", "in which part" what the text tells."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)
