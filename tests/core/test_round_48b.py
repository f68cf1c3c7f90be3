"""Round 48b: the misses of blind59 (real engine). The authors of the text of another thing («автор
текста проекта Конституции») are not the voice of the piece read; a participle of taking place
before the event's noun («состоявшийся круглый стол») asks no date."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Кто является автором текста проекта Конституции?",
        "Кто является автором текста Основного Закона?",
        "Кто составитель текста новой Конституции?",
        "Кто является автором текста поправок?",
    ],
)
def test_the_author_of_another_text_is_asked_and_not_named(engine, question: str) -> None:
    """«текст» with a genitive after it is the wording of the draft, not the press release: its
    author is the detail asked, which the document does not name; no speaker is offered for it."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("По оценке авторов текста, какой характер носят изменения?", "overall_assessment"),
        ("По словам авторов текста, какие направления обсуждались?", "key_directions"),
    ],
)
def test_the_authors_of_the_piece_read_are_still_its_voice(engine, question: str, entry: str) -> None:
    """The authors of the text read, with no genitive after it, frame the question as before."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что подтвердил состоявшийся круглый стол?",
        "Что показал прошедший круглый стол?",
        "Чем завершился состоявшийся круглый стол?",
        "Каковы итоги прошедшего круглого стола?",
    ],
)
def test_a_held_event_asks_what_it_showed_not_its_date(engine, question: str) -> None:
    """«состоявшийся», «прошедший» before the event's noun only say it took place: what it showed
    is asked, not its date."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "outcome"), describe(reply)


def test_the_finite_verb_still_asks_the_date(engine) -> None:
    """«Когда состоялся круглый стол?» asks the date, as before."""
    reply = engine.answer("Когда состоялся круглый стол?")
    assert (reply.kind, reply.entry_id) == ("answer", "event_date"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Сколько длился состоявшийся круглый стол?",
        "Кто модерировал прошедший круглый стол?",
        "Где проходил состоявшийся круглый стол?",
    ],
)
def test_what_the_document_does_not_tell_of_a_held_event_declines(engine, question: str) -> None:
    """The participle dropped, what is asked of the event is still not in the document."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "зачем людям разжевывать конституцию",
        "зачем разжёвывать людям новую конституцию",
        "почему надо разжевать людям реформу",
    ],
)
def test_chewing_over_is_explaining(engine, question: str) -> None:
    """«разжевать» (colloquial) is to explain in plain detail: why people need it explained."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "explanation_purpose"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "будут ли разжевывать конституцию по телевизору",
        "зачем разжевывать людям налоговый кодекс",
    ],
)
def test_chewing_over_what_the_document_does_not_tell_declines(engine, question: str) -> None:
    """The explaining of what the document does not name (a tax code), or where it is done, is not
    in it."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "единообразное применение законов было в повестке",
        "было ли единообразное применение законодательства на повестке дня?",
        "Какие вопросы были на повестке круглого стола?",
    ],
)
def test_on_the_agenda_is_discussed(engine, question: str) -> None:
    """What is «в повестке», «на повестке дня» was discussed: asked as «обсуждалось ли»."""
    reply = engine.answer(question)
    assert reply.kind == "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Была ли пенсионная реформа в повестке?",
        "налоги были в повестке?",
    ],
)
def test_on_the_agenda_what_the_document_never_names_declines(engine, question: str) -> None:
    """A thing the document never names was not on its agenda."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
