"""Wrong keyboard layout and transliteration: Russian typed in Latin letters comes back as Russian."""

from __future__ import annotations

import pytest

from bot.qa.analyzer import Analyzer
from bot.qa.layout import from_qwerty
from bot.qa.morph import shared_morphology
from bot.qa.text import words
from bot.qa.translit import to_cyrillic

from ._support import RU_TO_QWERTY, to_qwerty


# -- bot.qa.layout ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("rfr", "как"),
        (",jkmibt lfyyst", "большие данные"),
        ("'", "э"),
        (";", "ж"),
        ("[", "х"),
        ("]", "ъ"),
        ("&", "?"),
        ("`", "ё"),
        ("Ghbdtn", "Привет"),
        ("Rnj exfcndjdfk&", "Кто участвовал?"),
        ("ghbdtn? rfr ltkf/", "привет, как дела."),
        ("{jhjij", "Хорошо"),
    ],
)
def test_from_qwerty(typed: str, meant: str) -> None:
    assert from_qwerty(typed) == meant


def test_from_qwerty_agrees_with_the_physical_keyboard_for_every_key() -> None:
    wrong = {ru: (key, from_qwerty(key)) for ru, key in RU_TO_QWERTY.items() if from_qwerty(key) != ru}
    assert not wrong, f"keys that come out as the wrong character: {wrong}"


def test_from_qwerty_leaves_digits_spaces_and_cyrillic_alone() -> None:
    assert from_qwerty("2026 27 ") == "2026 27 "
    assert from_qwerty("уже по-русски") == "уже по-русски"


# -- bot.qa.translit -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("kto", "кто"),
        ("takoj", "такой"),
        ("takoy", "такой"),
        ("novyy", "новый"),
        ("kruglyj", "круглый"),
        ("shchit", "щит"),
        ("obshchestvo", "общество"),
        ("yabloko", "яблоко"),
        ("jabloko", "яблоко"),
        ("yubka", "юбка"),
        ("jubka", "юбка"),
        ("zhurnal", "журнал"),
        ("khorosho", "хорошо"),
        ("tsel'", "цель"),
        ("chelovek", "человек"),
        ("shkola", "школа"),
        ("konstitutsiya", "конституция"),
        ("konstitucija", "конституция"),
        ("sem'ya", "семья"),
        ("pravosoznanie", "правосознание"),
        ("KTO", "кто"),
    ],
)
def test_to_cyrillic(latin: str, cyrillic: str) -> None:
    assert to_cyrillic(latin) == cyrillic


def test_to_cyrillic_keeps_what_is_not_a_latin_letter() -> None:
    assert to_cyrillic("2026") == "2026"
    assert to_cyrillic("кто") == "кто"


# -- script repair in the analyzer -----------------------------------------------------------
WRONG_LAYOUT = [
    "кто участвовал в круглом столе",
    "Что сказал генпрокурор?",
    "генеральный прокурор",
    "искусственный интеллект",
    "большие данные",
    "равенство перед законом",
    "юридическое образование",
    "Справедливый Казахстан",
    "разъяснительная работа",
    "когда был круглый стол",
]


@pytest.mark.parametrize("meant", WRONG_LAYOUT)
def test_wrong_layout_is_repaired(analyzer, meant: str) -> None:
    typed = to_qwerty(meant)
    assert typed != meant
    assert analyzer.repair_script(typed) == meant
    assert analyzer.analyse(typed).values == analyzer.analyse(meant).values


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("kto uchastvoval v kruglom stole", "кто участвовал в круглом столе"),
        ("chto skazal genprokuror", "что сказал генпрокурор"),
        ("kto takoj berik asylov", "кто такой берик асылов"),
        ("konstitutsiya", "конституция"),
        ("iskusstvennyj intellekt", "искусственный интеллект"),
        ("iskusstvennyi intellekt", "искусственный интеллект"),
        ("zashchita personalnykh dannykh", "защита персональных данных"),
        ("raz'yasnitel'naya rabota", "разъяснительная работа"),
        ("razyasnitelnaya rabota", "разъяснительная работа"),
        ("spravedlivyj kazahstan", "справедливый казахстан"),
        ("yuridicheskoe obrazovanie", "юридическое образование"),
        ("itogi kruglogo stola", "итоги круглого стола"),
    ],
)
def test_transliteration_is_repaired(analyzer, typed: str, meant: str) -> None:
    """Spelling noise left by the scheme ("персоналных") is repaired onto the same terms."""
    analysis = analyzer.analyse(typed)
    assert analysis.values == analyzer.analyse(meant).values
    assert all(term.known for term in analysis.terms)


def test_correct_russian_is_not_touched(analyzer) -> None:
    text = "Кто участвовал в круглом столе?"
    assert analyzer.repair_script(text) == text


@pytest.mark.parametrize(
    ("english", "russian"),
    [
        ("ombudsman", "омбудсмен"),
        ("president", "президент"),
        ("big data", "большие данные"),
        ("law and order", "закон и порядок"),
        ("round table", "круглый стол"),
        ("AI", "искусственный интеллект"),
    ],
)
def test_english_words_of_the_synonyms_file_stay_english(analyzer, english: str, russian: str) -> None:
    assert analyzer.repair_script(english) == english
    assert analyzer.analyse(english).values == analyzer.analyse(russian).values


@pytest.mark.parametrize(
    ("english", "kept"),
    [
        ("What does Fair Kazakhstan refer to here?", ["here", "refer"]),
        ("Why does the prosecutor want more explanation?", ["more", "want"]),
        ("Is the draft constitution still being discussed?", ["draft", "still"]),
        ("What does the personal data part say?", ["data", "part"]),
    ],
)
def test_english_words_stay_english_in_an_english_question(engine, english: str, kept: list[str]) -> None:
    """An English dictionary word is not read as the wrong layout or a transliteration («here» is
    not «руку», «more» not «море», «data» not «дата»): not in a user's question, nor in the English
    questions of the knowledge base, which the index reads without a vocabulary."""
    base = Analyzer(
        shared_morphology(),
        synonym_groups=engine.kb.synonyms.groups,
        stopwords=engine.kb.synonyms.stopwords,
    )
    for analyzer in (engine.analyzer, base):
        repaired = words(analyzer.repair_script(english))
        assert all(word in repaired for word in kept), repaired


@pytest.mark.parametrize(
    ("english", "concept"),
    [
        ("Who is Berik Asylov?", "асылов"),
        ("What did Tokayev say?", "президент"),
        ("Which MPs attended?", "парламент"),
    ],
)
def test_names_in_an_english_question_meet_their_russian_concept(
    analyzer, english: str, concept: str
) -> None:
    assert analyzer.analyse(concept).values <= analyzer.analyse(english).values


@pytest.mark.parametrize("garbage", ["qwerty", "asdfgh", "zxcvbn", "hjkl", "xyzzy", "qwe asd zxc"])
def test_latin_garbage_is_not_turned_into_something_matchable(engine, analyzer, garbage: str) -> None:
    analysis = analyzer.analyse(garbage)
    assert analysis.terms, "garbage should stay visible as unknown terms, not vanish"
    assert not any(term.known for term in analysis.terms), analysis.terms
    assert engine.answer(garbage).kind == "none"
