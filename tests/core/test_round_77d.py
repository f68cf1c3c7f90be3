"""Round 77d: near misses answered with confidence (cat oos): the Kazakh object of a verbal noun and
a Kazakh plural in Kazakh letters are nouns, a subject the documents may never name; a yes/no guess
after a dash that the documents do not settle is what the message asks (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Зейнетақыны арттыру көзделе ме?",
        "Салықты арттыру көзделе ме?",
        "Салықты арттыру туралы не айтылды?",
        "Жалақыны көтеру көзделе ме?",
        "Айыппұлдарды арттыру көзделе ме?",
    ],
)
def test_object_of_a_verbal_noun_is_a_subject(engine, question: str) -> None:
    """«Зейнетақыны арттыру»: the accusative before a verbal noun is its object, a noun; pensions
    and taxes the documents never name (these got legal_culture through «…сапасын арттыру…»)."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Заң білімінің сапасын арттыру көзделе ме?",
        "Құқықтық мәдениетті арттыру көзделе ме?",
        "Заң білімін арттыру көзделе ме?",
    ],
)
def test_raising_what_the_documents_name_keeps_its_answer(engine, question: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "legal_culture"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Бас прокурордың өкілеттіктері жаңа Конституция бойынша қалай өзгереді?",
        "Жобада Бас прокуратураның өкілеттіктері қалай өзгереді?",
        "Заң білімінің сапасын арттыру үшін қандай жаңа пәндер енгізіледі?",
        "Қай университеттердің ғалымдары қатысты?",
        "Жаңа Конституциядан кейін оқу бағдарламалары қалай өзгереді?",
    ],
)
def test_an_unknown_kazakh_plural_in_kazakh_letters_is_a_subject(engine, question: str) -> None:
    """«өкілеттіктері», «пәндер»: a word in Kazakh letters is stemmed past its plural; the word as
    typed tells a noun the documents never name (powers, subjects, universities)."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Талқылауға қандай мекемелердің өкілдері қатысты?", "participants"),
        ("Дөңгелек үстелге қай мекемелердің өкілдері қатысты?", "participants"),
        ("Азаматтардың жеке мәліметтері қорғала ма?", "personal_data_protection"),
        ("Парламент мүшелері қатысты ма?", "participant_parliament"),
        (
            "Құрметті тыңдармандар, дөңгелек үстелде қандай бағыттарға ерекше назар аударылды?",
            "key_directions",
        ),
    ],
)
def test_known_kazakh_plurals_keep_their_answers(engine, question: str, entry_id: str) -> None:
    """«мекемелер» (institutions), «жеке мәліметтер» (personal information), «мүшелер» (members) are
    the documents' words in Kazakh; «Құрметті тыңдармандар» is whom the message is addressed to."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что значит «нулевая терпимость» на практике — будут ли ужесточены наказания за мелкие "
        "правонарушения?",
        "Как конкретно будет устроена сервисная модель правоохранительных органов — появятся ли "
        "онлайн-приёмные?",
        "Как будет работать сервисная модель полиции — появятся ли мобильные приложения?",
        "Как изменится работа полиции — появятся ли участковые в каждом доме?",
    ],
)
def test_a_guess_after_a_dash_the_documents_do_not_settle(engine, question: str) -> None:
    """A yes/no clause after a bare dash is the asker's guess of what the clause before means: the
    documents do not say it, so the clause before is not answered instead."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (
            "Как участники в целом относятся к проекту — поддерживают ли они предлагаемые изменения?",
            "overall_assessment",
        ),
        ("Какие данные будут анализировать — говорится ли о big data?", "digital_solutions"),
        (
            "Сторонники какой модели государства выступают участники — упоминается ли «Справедливый "
            "Казахстан»?",
            "fair_kazakhstan",
        ),
        ("Когда был круглый стол и кто там выступал?", "event_date"),
    ],
)
def test_a_guess_the_documents_settle_keeps_its_answer(engine, question: str, entry_id: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)
