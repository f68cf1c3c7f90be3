"""Round 72a: a word the documents say only inside a curated phrase («прав» of «гарантий прав и свобод
граждан», «интерпретаций» of «неточных интерпретаций»), read there as the phrase's concept, still
reaches the entries saying it when a question names the word alone (real engine)."""

from __future__ import annotations

import pytest

from bot.qa.analyzer import Term

from ._support import describe


def _concepts(analyzer, text: str) -> list[Term]:
    return [t for t in analyzer.analyse(text).terms if " " in t.value]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("гарантий прав и свобод граждан", ("право", "свобода")),
        ("избежать неточных интерпретаций", ("неточный", "интерпретация")),
        ("Уполномоченного по правам человека", ("уполномоченный",)),
        ("Администрации Президента", ("администрация",)),
        ("обеспечение верховенства закона", ("верховенство",)),
    ],
)
def test_a_phrase_keeps_the_words_it_is_a_kind_of(analyzer, text: str, parts: tuple[str, ...]) -> None:
    """The head of a phrase and the words before it or joined to it by «и» are kept beside its
    concept; the words it is of (after a preposition, a noun after the head) are not: an ombudsman is
    no kind of right, an Administration no kind of President."""
    (concept,) = _concepts(analyzer, text)
    assert tuple(p for p in concept.parts if " " not in p) == parts


def test_a_phrase_keeps_its_words_with_the_words_they_are_of(analyzer) -> None:
    """«прав и свобод граждан»: rights and freedoms, each of citizens."""
    (concept,) = _concepts(analyzer, "гарантий прав и свобод граждан")
    assert {"право гражданин", "свобода гражданин"} <= set(concept.parts)


@pytest.mark.parametrize(
    ("text", "word", "complement"),
    [
        ("Что будет с работой прокуратуры?", "работа", "прокуратура"),
        ("гарантии прав граждан", "право", "гражданин"),
        ("Что говорилось об интерпретации реформы?", "интерпретация", ""),
        ("Что говорили про работу?", "работа", ""),
    ],
)
def test_a_word_of_a_phrase_asked_with_its_genitive(analyzer, text: str, word: str, complement: str) -> None:
    """A word the documents say inside a phrase, asked with a noun in the genitive after it, is of
    that noun (which work, whose rights); the documents' whole («реформы») specifies nothing."""
    (term,) = [t for t in analyzer.analyse(text).terms if t.value == word]
    assert term.complement == complement


@pytest.mark.parametrize(
    "question",
    [
        "О каких гарантиях прав граждан шла речь?",
        "гарантии прав граждан",
        "Что сказано о гарантиях прав граждан?",
        "што с гарантиями прав граждан",
    ],
)
def test_rights_named_without_freedoms(engine, question: str) -> None:
    """«гарантии прав граждан» is the text's «гарантий прав и свобод граждан»: the entries holding the
    whole phrase are reached by its word «прав»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что говорилось об интерпретации реформы?",
        "интерпретации реформы",
        "Какие интерпретации реформы хотят избежать?",
    ],
)
def test_interpretation_named_without_its_adjective(engine, question: str) -> None:
    """«интерпретация» alone reaches the entry on avoiding «неточных интерпретаций»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "explanation_purpose"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "гарантии прав адвокатов",
        "Какие гарантии прав адвокатов обсуждались?",
        "права человека в тюрьмах",
        "Что говорилось о правах заключённых?",
        "Обсуждалось ли на круглом столе право на мирные собрания?",
        "Гарантии прав мигрантов усилят?",
        "Что говорилось об интерпретации налогового кодекса?",
        "Кто будет давать интерпретацию норм Конституции?",
        "Что говорилось о культуре вождения?",
        "Что будет с работой прокуратуры?",
    ],
)
def test_other_rights_and_interpretations_decline(engine, question: str) -> None:
    """Lawyers', prisoners', migrants' rights, the right of assembly, the tax code's interpretation,
    who interprets the Constitution, driving culture, the prosecutor's office's work (no kind of the
    text's «разъяснительная работа»): the documents do not tell."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Какое место в дискуссии заняла тема прав человека?", "constitutional_model_principles"),
        ("Как волонтёр правозащитной организации хочу спросить: какое место в документе отведено "
         "правам человека?", "constitutional_model_principles"),
        ("Ведётся ли работа по просвещению населения о грядущих преобразованиях?", "current_stage"),
    ],
)  # fmt: skip
def test_words_of_a_phrase_it_is_not_a_kind_of_keep_their_entries(engine, question: str, entry: str) -> None:
    """Human rights are no kind of ombudsman («уполномоченный по правам человека» lends «права
    человека» nothing): the closing principles' «уважения к правам человека» keep the question."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)
