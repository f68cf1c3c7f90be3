"""Round 72f: a word the documents say only inside a curated phrase (round 72a) is weak evidence, so
the phrase lends it only where it agrees with what the question says of the word: an adjective before
it («религиозные объединения» are no kind of the text's «общественные объединения»; «содержательный
обмен» is the text's own «содержательного обмена»), and a noun the documents never use that it is
of («нормы закона» are no kind of the text's «Основной Закон») (real engine)."""

from __future__ import annotations

import pytest

from bot.qa.analyzer import Term

from ._support import describe


def _term(analyzer, text: str, value: str) -> Term:
    return next(t for t in analyzer.analyse(text).terms if t.value == value)


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("Участвовали ли религиозные объединения?", "объединение", "религиозный"),
        ("Представители каких зарубежных кругов участвовали?", "круг", "зарубежный"),
        ("изменения норм закона", "закон", "норма"),
    ],
)
def test_a_word_said_inside_a_phrase_keeps_what_says_which_one(
    analyzer, text: str, value: str, qualifier: str
) -> None:
    """The adjective before such a word, or the unknown noun it is the genitive of, is its qualifier."""
    assert _term(analyzer, text, value).qualifier == qualifier


def test_a_known_noun_before_is_no_qualifier(analyzer) -> None:
    """«гарантии прав граждан»: «гарантия» is the text's own word, so it does not restrict «права»."""
    assert _term(analyzer, "О каких гарантиях прав граждан шла речь?", "право").qualifier == ""


@pytest.mark.parametrize(
    "question",
    [
        "Как в тексте охарактеризован проведённый круглый стол — формальное мероприятие или"
        " содержательный обмен?",
        "Шёл ли содержательный обмен на круглом столе?",
        "Был ли на круглом столе содержательный обмен?",
    ],
)
def test_a_qualifier_the_entry_holds_keeps_the_phrase(engine, question: str) -> None:
    """The outcome says «содержательного обмена мнениями»: the same exchange the question names."""
    reply = engine.answer(question)
    assert reply.kind == "answer", describe(reply)
    assert reply.entry_id == "outcome", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Участвовали ли в дискуссии религиозные объединения?",
        "Участвовали ли профсоюзные объединения?",
        "Были ли на круглом столе молодёжные объединения?",
        "Представители каких зарубежных кругов участвовали?",
        "Представители каких деловых кругов участвовали?",
        "Участвовали ли политические круги?",
    ],
)
def test_another_kind_than_the_phrase_names_declines(engine, question: str) -> None:
    """Religious or trade-union associations, foreign or business circles: none the text names
    («общественные объединения», «научные круги»)."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "изменения норм закона обсуждали или как",
        "Обсуждали ли нормы закона о выборах?",
    ],
)
def test_a_word_of_a_noun_the_text_never_uses_lends_nothing(engine, question: str) -> None:
    """«нормы закона»: the norms of some law, not the text's «Основной Закон» or «Закон и порядок»."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Участвовали ли общественные объединения?", "participant_public_orgs"),
        ("О каких гарантиях прав граждан шла речь?", "overall_assessment"),
        ("Правда ли, что реформа ведёт к ослаблению прав граждан?", "overall_assessment"),
        ("Что говорилось об интерпретации реформы?", "explanation_purpose"),
    ],
)
def test_the_phrase_itself_or_no_qualifier_still_answers(engine, question: str, entry_id: str) -> None:
    """The text's own phrase, or its word with nothing restricting it, keeps its entry."""
    reply = engine.answer(question)
    assert reply.kind == "answer", describe(reply)
    assert reply.entry_id == entry_id, describe(reply)
