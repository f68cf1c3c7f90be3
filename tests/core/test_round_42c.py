"""Round 42c: false «в документе об этом не говорится» on answerable questions, with paraphrases of
our own and near misses that must stay declined (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Для чего нужна сервисная модель работы правоохранительных органов?",
        "С какой целью правоохранительные органы переводят на сервисную модель?",
        "Зачем правоохранительным органам сервисная модель?",
        "Какую пользу населению должна принести новая модель работы правоохранителей?",
        "Что даст сервисная модель работы полиции?",
    ],
)
def test_the_purpose_of_the_service_model_is_its_emphasis(engine, question: str) -> None:
    """The direction «Приоритет защиты прав граждан» tells what the service model is for: «с
    акцентом на профилактику правонарушений и защиту законных интересов населения» (its entry is of
    kind `reason`, as legal_culture's «как основы устойчивого правопорядка» is)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Для чего правоохранительным органам новые полномочия?",
        "С какой целью увеличат штат правоохранительных органов?",
        "Зачем повышать зарплаты сотрудникам правоохранительных органов?",
        "Кто предложил сервисную модель работы правоохранительных органов?",
    ],
)
def test_purpose_near_misses_of_the_service_model_stay_declined(engine, question: str) -> None:
    """Near misses: powers, staff and pay of the bodies are never named, and who proposed the
    model is not told (the entry is of kind `reason`, not `whom`, which would let a who-said
    question through)."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "цифра в праве что обсуждали",
        "цифра в правовой сфере что планируют",
        "Что говорили про цифру в праве?",
    ],
)
def test_digital_in_law_said_as_the_figure(engine, question: str) -> None:
    """«цифра в праве» is the colloquial «цифровые решения в правовой сфере» (the phrase only:
    «цифра» alone is a figure, a number)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "digital_solutions"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие цифры привели о правах граждан?",
        "цифра в праве на пенсию какая",
        "цифровой рубль в праве",
    ],
)
def test_figures_and_other_digital_things_stay_declined(engine, question: str) -> None:
    """Near misses: figures about rights, a figure of the right to a pension, a digital currency."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("справедливый казахстан где упоминаеться", "fair_kazakhstan"),
        ("где упоминаеться правовая культура", "legal_culture"),
    ],
)
def test_where_mentioned_misspelt_with_the_soft_sign(engine, question: str, entry: str) -> None:
    """«где упоминаеться X»: the third person's «-тся» written as the infinitive's «-ться» is still
    the verb of mentioning: where X is named is what the text says of it."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "где упоминаеться налоговая реформа",
        "где упоминаеться пенсионный возраст",
    ],
)
def test_where_misspelt_mention_of_what_is_never_named_stays_declined(engine, question: str) -> None:
    """Near misses: a tax reform and the pension age are never named."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Чем подход к правоохранителям в проекте отличается от простого наказания нарушителей?",
        "Поясните, почему реформу называют продолжением, а не разрывом с прошлым.",
        "Is crime prevention emphasised over punishment?",
        "Будут ли правоохранители делать упор на профилактику вместо наказания?",
        "Would the emphasis in policing be on punishment?",
        "Сделают ли акцент на наказании нарушителей?",
    ],
)
def test_a_word_weighed_against_the_documents_own_is_no_silence(engine, question: str) -> None:
    """A contrast or an alternative weighing a word against the documents' own (synonyms.yaml
    `contrasts`: punishment against their prevention, a break against their continuation, theory
    against their practical side), with an entry holding theirs: the document tells its side, so
    the bot may not say it is silent: it answers with its side (round 52c: weighed.contrast_as_theirs)
    or says it found nothing it can quote as the answer."""
    reply = engine.answer(question)
    assert reply.kind in ("answer", "none"), describe(reply)
    assert reply.kind == "answer" or reply.decline == "not_found", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Будет ли ИИ принимать решения вместо судей?",
        "Примут ли Конституцию на референдуме или в Парламенте?",
        "Какое наказание назначат вместо профилактики?",
        "Сделает ли прокуратура упор на зарплаты сотрудников?",
    ],
)
def test_a_detail_beside_a_contrast_is_still_not_in_the_document(engine, question: str) -> None:
    """Near misses: judges, a referendum, and a punishment asked of (not weighed against the
    documents' prevention) are details the text never gives: «в документе об этом не говорится»."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
    assert reply.decline == "not_in_document", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что говорится о подготовке юристов в вузах?",
        "Обсуждали ли подготовку юристов в вузах?",
        "Что сказано про юридическое образование в университетах?",
    ],
)
def test_teaching_at_universities_is_the_teaching(engine, question: str) -> None:
    """Universities are where all legal education is given: the place named right after the
    teaching (scope.taught_where) adds no subject."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "legal_culture"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие вузы улучшат юридическое образование?",
        "В каких вузах изменят программы юридического образования?",
        "Сколько лет длится обучение юристов в вузах?",
        "ИИ в вузах будут внедрять?",
        "Какие вузы участвовали?",
    ],
)
def test_universities_asked_or_apart_from_teaching_stay_declined(engine, question: str) -> None:
    """Near misses: which universities (asked), how long studies last, AI at universities (no
    teaching before the place), universities taking part."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Для чего нужна полиция?", "Зачем нужен генпрокурор?", "Для чего нужна прокуратура?"],
)
def test_the_purpose_of_a_body_itself_is_stated_by_no_entry(engine, question: str) -> None:
    """A purpose asked of nothing but a body or a person the documents name is that of the body
    itself: an entry of kind `reason` states the purpose of a thing (the service model), not of
    the police (Engine._bodies_only)."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
