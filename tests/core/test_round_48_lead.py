"""Round 48 (the lead), real engine.

- A summary asked as «краткое изложение» or «выжимка» is the document's gist, as «краткое
  содержание» is: «Сделай краткое изложение документа» had been told «В документе об этом не
  говорится», a false statement about the document.
- «Речь шла о X?» with no one named asks whether X came up, as «Шла ли речь о X?» does: «Речь шла о
  верховенстве закона?» had been told the same false «не говорится».
- «по словам участников» names the whole event as the voice of a statement, so a person it speaks
  of is no sayer: «Инициативы какого президента, по словам участников, продолжает реформа?» had been
  read as asking what the President said.
- Asking only what was talked about, naming nothing but the event, its participants or the piece
  («О чём шла речь?», «О чём говорили участники?», «не туралы сөз болды», "what … talk about"),
  asks for the document's gist: it had been declined as off-topic or not found, or got who spoke.
- A Kazakh «қашан» closed by a present-future («қабылданады», «енеді») asks when a thing will
  happen, as «Когда примут…» does: «Жаңа Конституция қашан қабылданады?» had got the press
  release's date.
- «Что значит X?» asks what X means, as «Что означает X?» does: «значит» after «что» is the verb,
  not the parenthetical 'so', and «Что значит «Закон и порядок»?» had got the Preamble entry.
- Kazakh typed in informal Latin letters («Bas prokurordyn aty-zhoni kim?») is Kazakh: read back in
  Cyrillic as a transliteration is, it is the Kazakh typed without its letters the engine reads. It
  had been read as transliterated Russian and answered, or declined, in Russian."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Сделай краткое изложение документа",
        "Краткое изложение пресс-релиза, пожалуйста",
        "Сделай выжимку",
        "Дай выжимку из пресс-релиза",
    ],
)
def test_a_summary_asked_in_other_words_is_the_documents_gist(engine, question: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "about_document"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Выжимка про налоговую реформу",
        "Краткое изложение решения Конституционного суда",
    ],
)
def test_a_summary_of_something_the_document_lacks_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Речь шла о верховенстве закона?", "reform_aims"),
        ("О верховенстве закона речь шла?", "reform_aims"),
        ("Речь шла об обеспечении верховенства закона?", "reform_aims"),
        ("Речь шла о правах граждан?", "rights_protection_priority"),
    ],
)
def test_talk_of_a_thing_asks_whether_it_came_up(engine, question: str, entry: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Речь шла о налоговой реформе?",
        "Речь шла о выборах президента?",
        "Речь шла о смертной казни?",
    ],
)
def test_talk_of_a_thing_the_document_lacks_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


def test_talk_in_someones_speech_still_asks_what_they_said(engine) -> None:
    """A speaker named keeps the question about his words: the rule of law is the reform's aim in
    the text, not something the Prosecutor General is reported to have said."""
    reply = engine.answer("Речь шла о верховенстве закона в выступлении генпрокурора?")
    assert reply.entry_id != "reform_aims", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Инициативы какого президента, по словам участников, продолжает реформа?",
        "По словам участников, реформа продолжает инициативы какого президента?",
        "Продолжением инициатив какого президента, по мнению участников, является реформа?",
    ],
)
def test_the_participants_voice_names_no_sayer(engine, question: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "reform_tokayev_link"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что сказал Токаев, по словам участников?",
        "По словам участников, какие депутаты голосовали за проект?",
        "Какую зарплату получает генпрокурор, по словам участников?",
    ],
)
def test_the_participants_voice_keeps_what_the_document_lacks_declined(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "О чём шла речь?",
        "О чём говорили?",
        "О чём говорили участники?",
        "О чём говорили участники круглого стола?",
        "Дөңгелек үстелде не туралы сөз болды?",
        "Қатысушылар не туралы айтты?",
        "What did the participants talk about?",
        "What was talked about?",
    ],
)
def test_talk_of_nothing_named_asks_the_gist(engine, question: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "about_document"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "О чём говорили депутаты?",
        "О чём говорили о налогах?",
        "О чём он говорил?",
        "Депутаттар не туралы айтты?",
        "What was talked about at the round table regarding pensions?",
    ],
)
def test_talk_of_something_else_is_not_the_gist(engine, question: str) -> None:
    """A body named that did not speak, a subject the document lacks, a pronoun standing for
    something said before: none asks for the document's gist."""
    reply = engine.answer(question)
    assert reply.entry_id != "about_document", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Жаңа Конституция қашан қабылданады?",
        "Жаңа Ата заң қашан жарияланады?",
        "Жана Конституция кашан кабылданады?",
    ],
)
def test_a_kazakh_when_of_what_will_happen_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Дөңгелек үстел қашан өтті?",
        "Донгелек устел кашан болды?",
        "Құжат қашан жарияланды?",
    ],
)
def test_a_kazakh_when_of_what_happened_is_the_date(engine, question: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "event_date"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что значит «Закон и порядок»?",
        "Что значит закон и порядок?",
        "Что же значит принцип «Закон и порядок»?",
        "Что это значит — «Закон и порядок»?",
    ],
)
def test_what_a_thing_means_asked_with_znachit(engine, question: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "law_and_order_meaning"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что значит смертная казнь?",
        "Что значит налоговая амнистия?",
    ],
)
def test_what_an_absent_thing_means_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


def test_the_parenthetical_znachit_asks_nothing_of_meaning(engine) -> None:
    reply = engine.answer("Значит, кто участвовал?")
    assert (reply.kind, reply.entry_id) == ("answer", "participants"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Bas prokurordyn aty-zhoni kim?", "speaker"),
        ("Bas prokuror kim?", "speaker"),
        ("Kimder qatysty dongelek ustelge?", "participants"),
        ("Zhasandy intellekt qoldanyla ma?", "digital_solutions"),
        ("Zheke derekter qorgala ma?", "personal_data_protection"),
    ],
)
def test_kazakh_in_latin_letters_is_answered_in_kazakh(engine, question: str, entry: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id, reply.lang) == ("answer", entry, "kk"), describe(reply)


@pytest.mark.parametrize("question", ["Referendum qashan otedi?", "Salyqtar turaly ne aitty?"])
def test_kazakh_in_latin_letters_declines_in_kazakh(engine, question: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.lang) == ("none", "kk"), describe(reply)


@pytest.mark.parametrize(
    ("question", "lang"),
    [("kto vystupal na kruglom stole", "ru"), ("Who spoke at the round table?", "en")],
)
def test_transliterated_russian_and_english_keep_their_language(engine, question: str, lang: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id, reply.lang) == ("answer", "speaker", lang), describe(reply)
