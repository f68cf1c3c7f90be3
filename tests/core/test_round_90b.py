"""Round 90b: fresh literary-Russian declines and false «не говорится»: how well the state apparatus
works as its efficiency, «по-другому» and «или как раньше» asking whether things change, a claimed
quality weighed against an adjective of degree, a breach of privacy, Kazakh adverbs of
degree, a role that «спрашиваю», a service principle, «жанр», moved into the preamble
(real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Повлияют ли изменения на то, насколько хорошо работает госаппарат?",
        "Повлияют ли изменения на качество работы государственного аппарата?",
        "Станет ли госаппарат работать лучше после реформы?",
        "Будет ли государственный аппарат лучше работать?",
        "Улучшится ли качество работы госаппарата?",
    ],
)
def test_state_apparatus_working_well_is_its_efficiency(engine, question: str) -> None:
    """How well the state apparatus works (the quality of its work, working well or better) is the
    text's «повышение эффективности государственного управления»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Будет ли полиция работать лучше?", "rights_protection_priority"),
        ("Повысят ли качество юридического образования?", "legal_culture"),
    ],
)
def test_other_things_working_well_keep_their_answers(engine, question: str, entry_id: str) -> None:
    """How well the police work is their service model, and the quality of education the text's own:
    no efficiency of the state's administration."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Станут ли суды работать лучше?", "Какое качество работы прокуратуры?"],
)
def test_working_well_of_what_the_text_never_judges_declines(engine, question: str) -> None:
    """The courts' work, the prosecution's quality: never judged by the documents."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        (
            "У меня небольшой магазин, и я побаиваюсь проверок. "
            "Будут ли правоохранительные органы работать по-другому?"
        ),
        "Будет ли полиция работать по-другому?",
        "Станут ли правоохранители действовать по-иному?",
        "менты будут защищать интересы людей или как раньше",
        "Полиция будет работать по-новому или всё как прежде?",
        "Правоохранители станут заниматься профилактикой или как раньше?",
    ],
)
def test_working_differently_asks_the_change(engine, question: str) -> None:
    """«по-другому» is «иначе» (differently), no other thing asked; the earlier state offered as the
    alternative («или как раньше») asks whether things change, no earlier time."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Суды будут работать по-другому?",
        "Кто ещё выступал по другому вопросу?",
        "Будет ли полиция работать как раньше?",
        "Раньше полиция работала по сервисной модели?",
    ],
)
def test_others_and_earlier_times_still_decline(engine, question: str) -> None:
    """The courts are never named; «по другому вопросу» is another question; how things stood before,
    asked without an alternative, is never told."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Изменения косметические или действительно серьёзные?",
        "Поправки косметические или глубокие?",
        "Это косметические изменения или существенные?",
    ],
)
def test_character_of_the_changes_is_judged(engine, question: str) -> None:
    """A claimed quality the documents contradict («косметические») weighed against an adjective of
    degree («серьёзные») is answered by the text's «прогрессивный характер»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Изменения косметические или налоговые?",
        "Изменения косметические или серьёзные для бизнеса?",
        "Изменения серьёзные?",
    ],
)
def test_a_kind_of_change_still_declines(engine, question: str) -> None:
    """An adjective of relation («налоговые») names a kind of change never named; business is never
    spoken of; a degree asked alone is no claim the documents weigh."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Не приведёт ли анализ больших массивов данных к нарушению приватности — есть ли об этом что-то?",
        "Не приведёт ли внедрение ИИ к нарушению персональных данных?",
        "Грозит ли нарушение конфиденциальности при анализе больших данных?",
    ],
)
def test_breach_of_privacy_is_what_data_protection_guards(engine, question: str) -> None:
    """A breach of privacy or of data is the harm the strengthened protection of personal data
    guards against, no offence of the zero tolerance."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) in {
        ("answer", "digital_solutions"),
        ("answer", "personal_data_protection"),
    }, describe(reply)
    assert "защиты персональных данных" in " ".join(q.text for q in reply.quotes), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Будет ли нулевая терпимость к нарушению закона?", "law_and_order_meaning"),
    ],
)
def test_breach_of_law_is_still_an_offence(engine, question: str, entry_id: str) -> None:
    """A breach of a law stays an offence."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Какое наказание за нарушение закона?", "Что будет за нарушение тайны переписки?"],
)
def test_punishment_for_a_breach_declines(engine, question: str) -> None:
    """Punishments the documents never give."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Түсіндіру жұмысы неге соншалықты маңызды?", "explanation_purpose"),
        ("Ашық диалог неге сонша маңызды?", "open_dialogue"),
    ],
)
def test_kazakh_adverbs_of_degree_ask_nothing(engine, question: str, entry_id: str) -> None:
    """Kazakh «соншалықты / сонша» (so much) are no topic, as "so" is not."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("секретарь суда спрашиваю единообр применение законов есть в проекте", "equality_before_law"),
        ("учитель истории интересуюсь есть ли в проекте нулевая терпимость", "law_and_order_meaning"),
    ],
)
def test_role_asking_in_the_first_person_names_the_asker(engine, question: str, entry_id: str) -> None:
    """A person's noun with its words, then «спрашиваю / интересуюсь», is who asks, no part of the
    question, punctuated or not."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Я юрист спрашиваю про налоги есть в проекте", "Журналисты спрашивали генпрокурора о сроках?"],
)
def test_what_the_role_asks_of_the_unsaid_declines(engine, question: str) -> None:
    """Taxes are never spoken of; what others asked is never reported."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Работу каких органов предлагается перестроить по сервисному принципу?",
        "Что значит сервисный принцип работы полиции?",
        "Какие органы перейдут на сервисный принцип?",
    ],
)
def test_service_principle_is_the_service_model(engine, question: str) -> None:
    """A service principle of work is the text's «сервисная модель работы правоохранительных органов»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


def test_courts_on_a_service_principle_decline(engine) -> None:
    """The courts are never named."""
    reply = engine.answer("Перейдут ли суды на сервисный принцип?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Как называется документ и к какому жанру он относится?",
        "Какой это жанр текста?",
        "What genre is this document?",
    ],
)
def test_genre_of_the_document_is_what_text_it_is(engine, question: str) -> None:
    """«жанр», "genre": what kind of text it is (a press release), as «какой это текст» asks (with a
    second document beside it, «документ» alone may be either: then the entry is offered)."""
    reply = engine.answer(question)
    offered = {s.entry_id for s in reply.suggestions}
    assert reply.entry_id == "about_document" or (
        reply.decline == "not_found" and "about_document" in offered
    ), describe(reply)


def test_genre_of_music_declines(engine) -> None:
    """Music is never spoken of."""
    reply = engine.answer("Какой жанр музыки звучал на круглом столе?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что даёт перенос принципа «Закон и порядок» во вводную часть Конституции?",
        "Зачем переносить принцип «Закон и порядок» в преамбулу?",
    ],
)
def test_moved_into_the_preamble_is_put_there(engine, question: str) -> None:
    """A principle moved into the preamble is put there, the text's «закрепление»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "law_and_order_preamble"), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Перенесут ли сроки обсуждения?", "Какие ещё нормы перенесут в преамбулу?"],
)
def test_other_moves_decline(engine, question: str) -> None:
    """Moving dates, or other norms moved: never told."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
