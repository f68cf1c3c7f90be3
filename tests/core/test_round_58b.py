"""Round 58b: Kazakh questions as people type them on a Russian keyboard (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Дунгелек устел кай кунi болды", "event_date"),
        ("Дунгелек устел качан отти?", "event_date"),
        ("Дунгелек устелге кимдер катысты?", "participants"),
        ("Катысушылар жобанын кай жактарына кобирек кенил болди?", "practical_focus"),
        ("Катысушылар жобанын кай жактарына кенил болди?", "practical_focus"),
    ],
)
def test_rounded_o_typed_as_u_or_e(engine, question: str, entry: str) -> None:
    """«ө» typed as «у» or «е» («Дунгелек», «кенил» for «Дөңгелек», «көңіл»): the word is restored
    as the knowledge base spells it, one such letter read as «о», its plain letter."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Дунгелек устел кай калада отти?",
        "Дунгелек устелге канша адам катысты?",
        "Катысушылар салыкка кенил болди ма?",
    ],
)
def test_rounded_o_typed_plain_near_misses_decline(engine, question: str) -> None:
    """Which city, how many people, taxes: the text says none of it, however «ө» is typed."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Дөңгелек үстел қай кунi өтті?",
        "Дөңгелек үстел қай кунi болды?",
        "Дунгелек устел кай кунi болды",
    ],
)
def test_latin_i_inside_a_cyrillic_word(engine, question: str) -> None:
    """A Latin «i» inside a Cyrillic word («кунi») is the Kazakh «і» it looks like."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "event_date"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "айналайын осы жана конституцияны качан талкылады екен айтып жиберши",
        "Дөңгелек үстел качан болды?",
        "Дөңгелек үстел качан өтті?",
    ],
)
def test_kashan_said_with_ch(engine, question: str) -> None:
    """«качан», «қашан» as the south and the Kyrgyz-speaking border say it: «ш» said as «ч»
    restores a whole word of the knowledge base."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "event_date"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Жаңа Конституция качан кабылданады?",
        "Келесі дөңгелек үстел качан өтеді?",
        "Когда качали нефть?",
    ],
)
def test_kashan_with_ch_near_misses_decline(engine, question: str) -> None:
    """When the constitution will be adopted, when the next one will be held: the text does not
    say; and the Russian «качать» is no word of time."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кукык коргау органдары кызмет моделине коше ме",
        "Полиция қызмет моделіне көше ме?",
        "Құқық қорғау органдары қызмет көрсету моделіне көше ме?",
        "полиция кызмет модели деген не",
    ],
)
def test_service_model_in_kazakh_words(engine, question: str) -> None:
    """«қызмет көрсету моделі», «қызмет моделі» (the Kazakh «сервис» is «қызмет көрсету») name the
    service model of law enforcement."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Прокуратура қызмет моделіне көше ме?",
        "Соттар қызмет моделіне көше ме?",
    ],
)
def test_service_model_of_other_bodies_declines(engine, question: str) -> None:
    """The prosecutor's office, the courts: the text gives the service model to law enforcement."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Конституция жобасы бойынша донгелек устелге кимдер катысты?",
        "Конституция жобасы бойынша дөңгелек үстелге кімдер қатысты?",
        "Конституция жобасы бойынша дөңгелек үстелде кімдер болды?",
    ],
)
def test_kazakh_draft_as_the_event_topic(engine, question: str) -> None:
    """«Конституция жобасы бойынша дөңгелек үстел»: the draft («жобасы», typed without a Kazakh
    letter) only says which event is meant, as «круглый стол по проекту Конституции» does."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "participants"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Салық жобасы бойынша дөңгелек үстелге кімдер қатысты?",
        "Бюджет жобасы бойынша дөңгелек үстелге кімдер қатысты?",
        "Зейнетақы реформасы бойынша дөңгелек үстелге кімдер қатысты?",
    ],
)
def test_another_draft_as_the_event_topic_declines(engine, question: str) -> None:
    """A round table on the tax draft, the budget, the pension reform: not the text's."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Бас прокурор Берік Асылов Конституция преамбуласы туралы не айтты?", "prosecutor_speech"),
        ("Асылов Конституция преамбуласы туралы не деді?", "law_and_order_preamble"),
    ],
)
def test_russian_noun_with_kazakh_endings(engine, question: str, entry: str) -> None:
    """«преамбуласы»: a Russian noun with a Kazakh ending the knowledge base does not know is read
    as the noun («преамбула»), on the question's side only."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Бас прокурор Конституция бабы туралы не айтты?",
        "Бас прокурор бюджетты туралы не айтты?",
        "Бас прокурор салық кодексі туралы не айтты?",
        "Құқық саласында блокчейн технологиясы қолданыла ма?",
    ],
)
def test_russian_nouns_with_kazakh_endings_the_text_lacks_decline(engine, question: str) -> None:
    """An article, the budget, the tax code, blockchain: the text says nothing of them."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Қатысушылар жобаның теориялық па, әлде практикалық жағына көбірек тоқталды ма?",
        "Қатысушылар жобаның практикалық жағына тоқталды ма?",
        "Қатысушылар неге тоқталды?",
    ],
)
def test_dwelling_on_a_topic_is_attention(engine, question: str) -> None:
    """«тоқталу», to dwell on a topic, is the attention the participants paid to the practical side."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "practical_focus"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Қатысушылар салық саясатына тоқталды ма?",
        "Бас прокурор зейнетақыға тоқталды ма?",
    ],
)
def test_dwelling_on_what_the_text_omits_declines(engine, question: str) -> None:
    """Tax policy, pensions: nobody in the text dwelt on them."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Жаңа Конституция жобасын талқылағанда қандай бағыттарға ерекше көңіл бөлінді?",
        "Конституция жобасын талқылағанда қандай бағыттарға назар аударылды?",
        "Реформаны талқылағанда қандай бағыттарға ерекше назар аударылды?",
    ],
)
def test_the_draft_while_discussing_it(engine, question: str) -> None:
    """«Жаңа Конституция жобасын талқылағанда» (while discussing the draft): the draft only says
    which discussion is meant, as «при обсуждении проекта» does."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "key_directions"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Бюджетті талқылағанда қандай бағыттарға назар аударылды?",
        "Конституция жобасын талқылағанда қандай заңдар қабылданды?",
        "Конституция жобасын талқылағанда салық туралы не айтылды?",
    ],
)
def test_another_thing_while_discussing_declines(engine, question: str) -> None:
    """The budget discussed (the object of «талқылағанда» is a noun), laws adopted, taxes: not the
    text's."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Үш баланың анасымын, Тараздан жазып отырмын. Жаңа Конституция азаматтардың құқықтары мен "
            "бостандықтарын қорғай ма?",
            "reform_aims",
        ),
        ("Тараздан жазып отырмын. Дөңгелек үстел қашан өтті?", "event_date"),
        ("Шымкенттен жазып отырмын. Дөңгелек үстел қай күні болды?", "event_date"),
    ],
)
def test_kazakh_opening_typed_without_kazakh_letters(engine, question: str, entry: str) -> None:
    """«Тараздан жазып отырмын.» (I am writing from Taraz), typed without Kazakh letters, closes on
    a verb in the first person no Russian word spells: the asker's sentence before a Kazakh question."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Тараздан жазып отырмын. Дөңгелек үстелде салық туралы айтылды ма?",
        "Тараздан жазып отырмын. Дөңгелек үстел қай қалада өтті?",
    ],
)
def test_kazakh_opening_typed_plain_near_misses_decline(engine, question: str) -> None:
    """Taxes, the city: the question after the opening asks what the text does not say."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Жаңа Конституция қарапайым адамдарға не береді?",
        "Жаңа Конституция қарапайым халыққа не береді?",
    ],
)
def test_ordinary_people_in_kazakh(engine, question: str) -> None:
    """«қарапайым адамдар», «қарапайым халық» are ordinary people, as «простые люди»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "reform_aims"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Жаңа Конституция қарапайым адамдарға қанша ақша береді?",
        "Жаңа Конституция қарапайым адамдарға тегін пәтер бере ме?",
    ],
)
def test_ordinary_people_near_misses_decline(engine, question: str) -> None:
    """How much money, free flats: the text promises nothing of the kind."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
