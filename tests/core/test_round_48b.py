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
    """What is «в повестке», «на повестке дня» was discussed: asked as «обсуждалось ли» (a reading of
    the preposition and the agenda, not a synonym of «повестка» itself)."""
    reply = engine.answer(question)
    assert reply.kind == "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Была ли пенсионная реформа в повестке?",
        "налоги были в повестке?",
        "Какой второй пункт повестки дня?",
    ],
)
def test_on_the_agenda_what_the_document_never_names_declines(engine, question: str) -> None:
    """A thing the document never names was not on its agenda; nor does it give an agenda whose
    items could be counted."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Ұсынылып отырған өзгерістер жалпы қандай сипатқа ие деп бағаланды?",
        "Өзгерістер жалпы қандай сипатқа ие деп бағаланды?",
        "Өзгерістер қандай сипатқа ие?",
    ],
)
def test_kazakh_having_a_character_is_a_light_verb(engine, question: str) -> None:
    """«X сипатқа ие» (has a character): «ие» is a light word of having, no subject of its own."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Президент қандай өкілеттікке ие болады?",
        "Сенат қандай құзыретке ие?",
    ],
)
def test_kazakh_having_what_the_document_does_not_tell_declines(engine, question: str) -> None:
    """What powers a body will have is not in the document, «ие» or not."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Как участники оценили связь конституционной реформы с прежним курсом главы государства?",
        "Как участники оценили связь реформы с инициативами главы государства?",
        "Как участники оценили связь реформы с курсом Президента?",
    ],
)
def test_a_person_owning_a_thing_is_no_sayer(engine, question: str) -> None:
    """What the participants said is what the document reports; the President named as whose the
    course is (a genitive after a noun) is not the one whose words are asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "reform_tokayev_link"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Как участники оценили связь реформы с курсом Парламента?",
        "Что участники сказали о пенсионной реформе Президента?",
        "Что сказал Токаев?",
    ],
)
def test_what_the_participants_did_not_say_of_a_person_declines(engine, question: str) -> None:
    """The participants said nothing of Parliament's course or a pension reform; the President's
    own words are not reported."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Приведите цели, на которые, по мнению генпрокурора, направлены поправки.", "overall_assessment"),
        ("Приведи цели поправок", "overall_assessment"),
        (
            "Приведите хотя бы один из принципов, на которых основывается конституционная модель, "
            "упомянутая в итоге.",
            "constitutional_model_principles",
        ),
    ],
)
def test_cite_asks_what_follows(engine, question: str, entry: str) -> None:
    """«Приведите…» opening the question asks the bot to cite what follows, as «назовите» does; it is
    no «привести к» (to lead to a result)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Приведите полный текст преамбулы новой Конституции.",
        "Приведите статистику правонарушений",
        "Приведите цели налоговой реформы",
    ],
)
def test_cite_what_the_document_does_not_hold_declines(engine, question: str) -> None:
    """What the document does not hold cannot be cited from it."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Who should be broadly involved in exchanging views on the draft?",
        "Who should be actively involved in the discussion of the draft?",
        "Who must be widely engaged in the exchange of views?",
    ],
)
def test_an_english_passive_with_an_adverb_asks_whom(engine, question: str) -> None:
    """ "be broadly involved": the adverb between "be" and the participle leaves a passive, who is
    asked as the one acted on (whom to involve)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "public_involvement"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Who should be broadly involved in drafting the tax code?",
        "Who should be actively involved in the referendum campaign?",
    ],
)
def test_an_english_passive_of_what_the_document_does_not_tell_declines(engine, question: str) -> None:
    """Whom to involve in what the document never names is not in it."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какой срок действия у ориентиров, которые задают предлагаемые поправки, — краткосрочный "
        "или долгосрочный?",
        "Какой срок у ориентиров, которые задают поправки, — короткий или долгосрочный?",
        "Ориентиры поправок — на какой срок: краткосрочные или долгосрочные?",
    ],
)
def test_a_term_whose_length_is_offered_asks_how_long(engine, question: str) -> None:
    """«Какой срок… — краткосрочный или долгосрочный?»: the lengths offered say the term asked is one
    of length (kind `duration`), not a date; «срок действия» is how long a thing holds."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "long_term_guidelines"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какой срок действия у поправок?",
        "Какой срок полномочий Президента — долгосрочный?",
        "Какой срок у ориентиров?",
    ],
)
def test_a_term_with_no_length_offered_stays_unanswered(engine, question: str) -> None:
    """No length offered (or a term of office): the term asked is not in the document."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
