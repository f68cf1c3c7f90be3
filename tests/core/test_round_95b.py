"""Round 95b: false «не говорится»: «куда отнесли X» asks under which heading the text puts X, a
closing «или где там» is a shrug, a closing «чел» addresses the bot, the Kazakh «мәселе» frames
what is asked as «вопрос» does, a reform related to what the President did before asks their link,
«в оригинале» is the source's own text, why X goes with Y asks their pairing, where the asker is
before «скажи» is theirs (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("защиту законных интересов населения куда отнесли", "rights_protection_priority"),
        ("Куда отнесли профилактику правонарушений?", "rights_protection_priority"),
        ("Куда отнесли персональные данные?", "personal_data_protection"),
        ("искусственный интеллект куда отнесен", "digital_solutions"),
    ],
)
def test_where_classed_asks_the_heading(engine, question: str, entry_id: str) -> None:
    """«куда» with a verb of classing asks under which heading the text puts a thing, no place."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Куда отнесли генпрокурора?", "Куда отнесли документы после круглого стола?"],
)
def test_where_classed_of_a_person_or_thing_still_declines(engine, question: str) -> None:
    """A person or body, or a thing the text never places: still a place, which it never tells."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("будет ли ИИ в праве или где там", "digital_solutions"),
        ("будет ли профилактика правонарушений или где там", "rights_protection_priority"),
    ],
)
def test_wherever_tag_asks_no_place(engine, question: str, entry_id: str) -> None:
    """A closing «или где там» is "or wherever": no place asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


def test_bare_or_where_still_asks_a_place(engine) -> None:
    """«…или где?» without «там» may ask a place: left as it was."""
    reply = engine.answer("будет ли ИИ в праве или где")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("цифровые решения в праве что конкретно чел", "digital_solutions"),
        ("большие данные что там чел", "digital_solutions"),
        ("уполномоченный по правам чел", "participant_ombudsman"),
    ],
)
def test_closing_address_is_no_detail(engine, question: str, entry_id: str) -> None:
    """«чел» closing the message after an adverb addresses the bot; after a noun it is «человек»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


def test_closing_address_alone_asks_nothing_known(engine) -> None:
    reply = engine.answer("как там погода чел")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Қатысушылар қандай мәселелерге көбірек көңіл бөлді?", "practical_focus"),
        ("Қандай мәселелер талқыланды?", "practical_focus"),
        ("Дербес деректерді қорғау мәселесі қозғалды ма?", "personal_data_protection"),
    ],
)
def test_kazakh_issue_frames_the_question(engine, question: str, entry_id: str) -> None:
    """«мәселе» (issue, question) is a frame of what is asked, as «вопрос» is."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Жаңа Конституция жер мәселесін қалай реттейді?", "Жаңа Конституцияда дін мәселесі қалай реттеледі?"],
)
def test_kazakh_issue_of_what_the_text_never_names_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Как соотносится конституционная реформа с тем, что Глава государства делал раньше?",
        (
            "Я работаю таможенником на Хоргосе. Подскажите, как конституционная реформа "
            "соотносится с тем, что глава государства предлагал раньше?"
        ),
        "Как реформа соотносится с тем, что Президент предлагал раньше?",
    ],
)
def test_reform_related_to_what_the_president_did_before(engine, question: str) -> None:
    """A relation to what a person the text names did before asks their link: the continuation."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "reform_tokayev_link"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Как соотносится новая Конституция с тем, что было раньше?",
        "Что было в Преамбуле раньше?",
        "Чем отличается реформа от того, что было раньше?",
    ],
)
def test_what_merely_was_before_still_declines(engine, question: str) -> None:
    """How things stood before: never told."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (
            "Я юридический переводчик: как в оригинале сформулировано направление о цифровых технологиях?",
            "digital_solutions",
        ),
        ("Как в оригинале сформулирован принцип равенства перед законом?", "equality_before_law"),
    ],
)
def test_in_the_original_is_the_piece_read(engine, question: str, entry_id: str) -> None:
    """«в оригинале» alone refers to the source's own text, as «в тексте» does."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Как в оригинале Конституции сформулирована преамбула?", "Есть ли оригинал документа на казахском?"],
)
def test_original_of_another_text_still_declines(engine, question: str) -> None:
    """The original of the Constitution, or of a document, is another text: still asked."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Почему цифровые решения идут вместе с усилением конституционных гарантий?", "digital_solutions"),
        (
            "Почему искусственный интеллект внедряют одновременно с защитой персональных данных?",
            "personal_data_protection",
        ),
    ],
)
def test_why_paired_asks_the_pairing(engine, question: str, entry_id: str) -> None:
    """Why one thing goes with another asks their pairing, which the text tells («при одновременном
    усилении…»)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Почему реформа идёт вместе с налогами?", "Почему выступал генпрокурор вместе с учеными?"],
)
def test_why_paired_with_the_unknown_or_with_people_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("щас в дороге скажи быстро кто выступал от прокуратуры", "speaker"),
        ("щас на обеде, подскажите кто выступал от прокуратуры", "speaker"),
        ("в пути, скажи когда был круглый стол", "event_date"),
    ],
)
def test_whereabouts_before_a_request_is_the_askers(engine, question: str, entry_id: str) -> None:
    """Where the asker is, before «скажи» / «подскажите», is no detail asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


def test_topic_before_a_request_keeps_its_words(engine) -> None:
    """A plural after «в» is a topic («в налогах скажи…»): still asked, and never told."""
    reply = engine.answer("в налогах скажи что изменится")
    assert reply.kind == "none", describe(reply)
    reply = engine.answer("в преамбуле скажи что написано")
    assert (reply.kind, reply.entry_id) == ("answer", "law_and_order_preamble"), describe(reply)
