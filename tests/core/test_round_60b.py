"""Round 60b: false «В документе об этом не говорится» for questions the document answers (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Азаматтардын кукыктары мен бостандыктары туралы айтылды ма?",
        "Азаматтардын бостандыктары туралы не айтылды?",
        "Кукыктар мен бостандыктар кепилдиктери кушейе ме?",
    ],
)
def test_kazakh_word_whose_stem_loses_its_letters(engine, question: str) -> None:
    """«бостандыктары» typed without Kazakh letters: the stem of «бостандықтарының» («бос», its
    derivation taken off too) keeps none of them, so the word is restored by its shortest form that
    does («бостандық») and read as the text's freedoms."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Бостандыктар туралы кандай зан кабылданды?",
        "Бостандыктарга канша каржы болинеди?",
    ],
)
def test_details_of_freedoms_the_text_omits_decline(engine, question: str) -> None:
    """Which law was passed, how much money: the text says neither."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "ии в юриспруденции будет?",
        "Будут ли использовать большие данные в юриспруденции?",
        "Цифровые решения в юриспруденции — что предлагают?",
    ],
)
def test_jurisprudence_is_the_legal_sphere(engine, question: str) -> None:
    """«юриспруденция» names the text's «правовая сфера», where its digital solutions go."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "digital_solutions"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие вузы преподают юриспруденцию?",
        "Сколько стоит обучение юриспруденции?",
    ],
)
def test_details_of_jurisprudence_the_text_omits_decline(engine, question: str) -> None:
    """Universities, the cost of studying law: not in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Разве можно назвать эти изменения прогрессивными? Кто так утверждает?",
        "Кто утверждает, что изменения прогрессивные?",
        "Кто утверждал, что изменения носят прогрессивный характер?",
    ],
)
def test_who_asserts_is_who_said(engine, question: str) -> None:
    """«утверждает», «утверждал» (asserts, asserted) report what one said, as «заявил» does: the
    entry telling who called the changes progressive answers."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кто утверждает, что налоги снизят?",
        "Кто утверждал, что референдум перенесут?",
    ],
)
def test_who_asserts_what_the_text_never_says_declines(engine, question: str) -> None:
    """Taxes, a postponed referendum: nobody in the text says so."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Считают ли участники, что поправки рассчитаны лишь на ближайшие пару лет?", "long_term_guidelines"),
        ("Полагает ли генпрокурор, что изменения носят консервативный характер?", "overall_assessment"),
        ("Думают ли участники, что поправки рассчитаны лишь на ближайшие пару лет?", "long_term_guidelines"),
    ],
)
def test_whether_one_holds_a_claim_checks_it(engine, question: str, entry: str) -> None:
    """«Считают ли участники, что…»: whether someone holds a statement checks it, as «правда ли,
    что…» does; a claim the text contradicts (synonyms.yaml `opposites`) is answered by its word."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Считают ли участники, что налоги надо снизить?",
        "Считает ли генпрокурор, что референдум нужно перенести?",
    ],
)
def test_a_held_claim_the_text_never_makes_declines(engine, question: str) -> None:
    """Taxes, the referendum's date: the text holds no view on them."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        (
            "Почему внесение принципа «Закон и порядок» во вступительную часть Конституции важно,"
            " по мнению Асылова?"
        ),
        "Что даст внесение принципа «Закон и порядок» в преамбулу?",
        "Зачем внесение принципа «Закон и порядок» в Основной закон?",
    ],
)
def test_putting_the_principle_in_is_enshrining_it(engine, question: str) -> None:
    """«внесение» (putting in) of a principle into the Constitution is the text's «закрепление»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "law_and_order_preamble"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Когда будет внесение проекта в Парламент?",
        "Кто инициировал внесение поправок?",
        "Сколько стоит внесение изменений в Конституцию?",
    ],
)
def test_details_of_putting_in_the_text_omits_decline(engine, question: str) -> None:
    """When the draft goes to Parliament, who initiated it, what it costs: not in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
