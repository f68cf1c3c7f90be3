"""Round 45c: confident answers to near misses (hunt 8), questions the document does not answer.
A Kazakh «қай», «қандай» asks which of the noun right after it, a subject the documents may never
name («қай тілде», «қандай айыппұл»); a law asked which of is an act, which no quote names; Kazakh
«қаншасы», «нешеуі» (how many of them) ask a count; a quality claimed by English "be" or Kazakh
«бол» is asked; the noun after a Kazakh relational adjective («мемлекеттік тіл») is a subject."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Дөңгелек үстел қай тілде өтті?",
        "Дөңгелек үстел қай тілде өткізілді?",
        "Жиын қай тілде өтті?",
        "Дербес деректер жылыстағаны үшін қандай айыппұл бар?",
        "Дербес деректердің жылыстауы үшін қандай айыппұл қарастырылған?",
        "Жаңа Конституцияда дербес деректер үшін қандай айыппұл бар?",
    ],
)
def test_a_kazakh_which_asks_of_the_noun_after_it(engine, question: str) -> None:
    """The word after «қай», «қандай» is the noun asked which of; one the documents never use
    («тіл», «айыппұл») is a subject no entry holds, not noise beside the event or personal data."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Дөңгелек үстел қай күні өтті?", "event_date"),
        ("Конституцияның Преамбуласында қандай қағидат бекітілмек?", "law_and_order_preamble"),
        ("«Заң және тәртіп» қағидатын Конституцияның қай жеріне жазады?", "law_and_order_preamble"),
        ("Талқылауға қандай мекемелердің өкілдері қатысты?", "participants"),
        ("Берік Асылов қандай лауазымда?", "speaker"),
    ],
)
def test_a_kazakh_which_of_a_known_or_named_noun_is_still_answered(engine, question: str, entry: str) -> None:
    """Neighbours: a noun the documents use («күн», «қағидат»), «қай жер» (where), the owner of
    what is asked («мекемелердің өкілдері»: the answer names the bodies)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие законы примут после Конституции?",
        "Какие законы нужно будет принять после Конституции?",
        "Какие законы отменят?",
        "Какие законы будут приняты?",
    ],
)
def test_a_law_asked_which_of_is_an_act_no_quote_names(engine, question: str) -> None:
    """«Какие законы…» asks for particular acts; the text names none (its «законы» are the law as
    a whole: «равны перед законом», «применение законодательства»), so the entry on equality
    before the law does not answer."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Будут ли законы применяться единообразно?", "equality_before_law"),
        ("Какие законы будут применяться единообразно?", "equality_before_law"),
        ("Все ли будут равны перед законом?", "equality_before_law"),
        ("Что подразумевается под равенством перед законом?", "equality_before_law"),
    ],
)
def test_the_law_as_a_whole_is_still_answered(engine, question: str, entry: str) -> None:
    """Neighbours: the law as a whole, or which laws asked of what the text says of them (their
    uniform application), with no word it never uses."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Азаматтардың қаншасы жаңа Конституцияны қолдайды?",
        "Азаматтардың нешеуі жобаны қолдайды?",
        "Қатысушылардың қаншасы сөз сөйледі?",
    ],
)
def test_how_many_of_them_asks_a_count(engine, question: str) -> None:
    """«қаншасы», «нешеуі» (how many of them) ask a count, as «қанша» does; the text counts
    neither citizens nor speakers."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Қанша бағытқа ерекше назар аударылды?", "key_directions"),
        ("Неше бағыт аталды?", "key_directions"),
    ],
)
def test_a_count_the_text_gives_is_still_answered(engine, question: str, entry: str) -> None:
    """Neighbours: a count the text gives (four directions)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Will legal education be free?",
        "Will legal education become free?",
        "Will legal education be compulsory?",
        "Will legal education be paid?",
        "Заң білімі тегін бола ма?",
        "Заң білімі ақысыз бола ма?",
    ],
)
def test_a_quality_claimed_in_english_or_kazakh_is_asked(engine, question: str) -> None:
    """ "Will X be free?", «X тегін бола ма?»: the quality claimed by "be", «бол» is what is asked
    (as «Будет ли образование бесплатным?»); the text never calls legal education free or paid."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Will legal education be developed?", "legal_culture"),
        ("Will legal culture be developed?", "legal_culture"),
        ("Will the work of law enforcement be preventive?", "rights_protection_priority"),
        ("Заң білімі дамиды ма?", "legal_culture"),
    ],
)
def test_a_quality_or_change_the_text_gives_is_still_answered(engine, question: str, entry: str) -> None:
    """Neighbours: a passive of what the text says is done, a quality it gives (prevention)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Мемлекеттік тіл өзгере ме?",
        "Мемлекеттік тіл жаңа Конституцияда өзгере ме?",
        "Мемлекеттік рәміздер өзгере ме?",
        "Мемлекеттік елтаңба өзгере ме?",
        "Құқықтық көмек күшейе ме?",
    ],
)
def test_the_noun_after_a_kazakh_relational_adjective_is_a_subject(engine, question: str) -> None:
    """«Мемлекеттік тіл»: the word after a relational adjective («-лық», «-тік») is the noun it
    qualifies; the state language, symbols, legal aid are nothing the text speaks of."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Мемлекеттік басқарудың тиімділігі арта ма?", "overall_assessment"),
        ("Құқықтық мәдениет дамыта ма?", "legal_culture"),
        ("Құқықтық сауаттылықты арттыру туралы не айтылды?", "legal_culture"),
    ],
)
def test_a_kazakh_relational_adjective_before_a_known_noun_is_still_answered(
    engine, question: str, entry: str
) -> None:
    """Neighbours: state governance, legal culture (and «құқықтық сауаттылық», legal literacy, a
    name of it as «правовая грамотность» is)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)
