"""Round 80d: values in the plural are the text's principles, one value in the singular is the
status «Закон и порядок» gets; the kind of thing asked outside a phrase left out («какие ещё
принципы, кроме принципа…») stays asked; a message whose every clause asks a detail the document
does not give is declined so; a significance acquired is a status (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "В тексте говорится о ценности принципа «Закон и порядок». Какой именно ценностью он становится?",
        "Что значит «фундаментальная конституционная ценность»?",
        "Какой ценностью станет принцип «Закон и порядок»?",
        "Какую ценность получит принцип «Закон и порядок» в Преамбуле?",
        "Что за ценность — «Закон и порядок»?",
    ],
)
def test_one_value_is_the_status_of_law_and_order(engine, question: str) -> None:
    """«(конституционной) ценностью станет», «статус ценности»: the one value the text names is the
    status the principle gets in the Preamble, not what the principle means."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "law_and_order_preamble"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие ценности названы в самом конце пресс-релиза?",
        "Какие ценности лежат в основе будущей конституционной модели?",
        "Какие основные ценности назвали участники?",
        "На каких ценностях строится конституционная модель?",
    ],
)
def test_values_in_the_plural_are_the_principles(engine, question: str) -> None:
    """Values asked in the plural (after a plural modifier, or in a plural case) are the principles
    the constitutional model rests on."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "constitutional_model_principles"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие ценности перечислены?",
        "Какие семейные ценности защитит новая Конституция?",
        "Какова рыночная ценность проекта?",
    ],
)
def test_values_the_text_does_not_name_decline(engine, question: str) -> None:
    """A bare listing, values of a kind the text never names, a price: declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие ещё ценности, кроме принципа «Закон и порядок», закрепляются в Преамбуле?",
        "Какие ещё принципы, кроме принципа «Закон и порядок», закрепляются в Преамбуле?",
        "Какие ещё ценности, кроме принципа «Закон и порядок», закреплены в Преамбуле проекта?",
    ],
)
def test_other_principles_in_the_preamble_are_declined_on_topic(engine, question: str) -> None:
    """«Какие ещё принципы, кроме принципа X»: the kind asked of («принципы») is asked outside the
    phrase left out, so it stays a subject of the question; the document names no other principle
    in the Preamble (its subject is on topic: never the off-topic reply)."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
    assert reply.decline != "off_topic", describe(reply)


def test_what_else_a_list_names_keeps_its_answer(engine) -> None:
    """The others of a list, left out by the list's own word: the list names them."""
    reply = engine.answer("Какие ещё направления, кроме направления равенства перед законом, обсуждались?")
    assert (reply.kind, reply.entry_id) == ("answer", "key_directions"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "В каком городе и где именно проходил круглый стол?",
        "В каком городе и в каком здании проходил круглый стол?",
        "Где именно и в каком зале прошёл круглый стол?",
    ],
)
def test_every_clause_unsaid_keeps_not_in_document(engine, question: str) -> None:
    """Each clause alone is a detail of the event the document does not give: so is the whole.
    Beside another document (whose event may be the one asked of) it stays declined."""
    reply = engine.answer(question)
    if len(engine.kb.sources) == 1:
        assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)
    else:
        assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Когда прошёл круглый стол и кто выступал?", "event_date"),
        ("Какое значение имеет принцип «Закон и порядок»?", "law_and_order_meaning"),
    ],
)
def test_a_clause_answered_and_significance_held_keep_their_answers(
    engine, question: str, entry: str
) -> None:
    """A clause the document answers is answered; a significance a thing has is its meaning."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какое значение приобретёт принцип «Закон и порядок», если его внести в преамбулу?",
        "Какое значение, по словам генпрокурора, приобретает принцип, если его закрепить в преамбуле?",
        "Какое значение приобретёт принцип, если его внесут в текст Преамбулы?",
        "Какое значение получит принцип «Закон и порядок» в новой Конституции?",
    ],
)
def test_significance_acquired_is_the_status(engine, question: str) -> None:
    """«Какое значение приобретёт / получит X»: the significance a thing acquires is the standing
    it is given, the status the Preamble gives the principle."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "law_and_order_preamble"), describe(reply)


def test_significance_of_a_thing_the_text_gives_none_declines(engine) -> None:
    """A significance the text gives no thing of this kind stays declined."""
    reply = engine.answer("Какое значение получат цифровые решения?")
    assert reply.kind == "none", describe(reply)
