"""Round 60a: literary Russian questions the document answers, declined for their form (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Для проекта по обществознанию: какие четыре направления выделили участники? "
            "Перечислите, пожалуйста.",
            "key_directions",
        ),
        ("Для проекта по истории: кто выступал на круглом столе?", "speaker"),
        (
            "Для выставки: какой принцип предлагается закрепить в Преамбуле новой Конституции?",
            "law_and_order_preamble",
        ),
        ("Для экспозиции в музее: что говорили о цифровых решениях?", "digital_solutions"),
    ],
)
def test_the_askers_work_before_the_question(engine, question: str, entry: str) -> None:
    """«Для выставки: …», «Для проекта по обществознанию: …»: the piece the asker makes (an
    exhibition, a school project on a subject) is no part of what is asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Можно ли написать на стенде, что проект Конституции сейчас обсуждается обществом?",
            "current_stage",
        ),
        ("Можно ли указать в буклете, что генпрокурор выступал на круглом столе?", "speaker"),
        ("Можно ли на выставке написать, что проект Конституции сейчас обсуждается?", "current_stage"),
    ],
)
def test_a_claim_for_the_askers_work(engine, question: str, entry: str) -> None:
    """«Можно ли написать на стенде, что X?»: whether the asker may write X asks whether X holds;
    the place in their work is no part of X."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Можно ли написать на стенде, что проект Конституции уже принят на референдуме?",
        "Можно ли написать на плакате, что ИИ заменит судей?",
        "Для выставки: когда откроется выставка в Астане?",
        "Для проекта по праву: какой бюджет у реформы?",
    ],
)
def test_claims_and_questions_the_text_does_not_hold_decline(engine, question: str) -> None:
    """Without the asker's work the claim or question is still one the text does not answer."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие риски видит Генпрокурор в недостаточном разъяснении реформы?",
        "Какие риски связаны с недостаточным разъяснением реформы, по мнению Генпрокурора?",
        "К чему может привести недостаточное разъяснение реформы?",
    ],
)
def test_what_too_little_explanation_risks(engine, question: str) -> None:
    """«недостаточное разъяснение»: a thing done too little is one lacking, as «недостаток
    разъяснений»; what that risks is what the explanation is to avoid."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "explanation_purpose"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие риски видит Генпрокурор в недостаточном финансировании реформы?",
        "Какие риски видит Генпрокурор в недостаточной квалификации судей?",
        "К чему может привести недостаточное финансирование реформы?",
    ],
)
def test_risks_of_lacks_the_text_never_names_decline(engine, question: str) -> None:
    """Funding, judges' skills: no lack the text speaks of."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Что понимается под равенством перед законом в обсуждаемом проекте?", "equality_before_law"),
        ("Что понимается под равенством перед законом в материалах круглого стола?", "equality_before_law"),
        ("Что понимается под нулевой терпимостью?", "law_and_order_meaning"),
    ],
)
def test_what_is_understood_by_a_thing(engine, question: str, entry: str) -> None:
    """«Что понимается под X» asks what X means, as «что подразумевается под X» does."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Что понимается под судебной реформой?", "Что понимается под цифровой валютой?"],
)
def test_what_is_understood_by_a_thing_the_text_never_names_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Делается ли упор на предупреждение правонарушений?",
        "Делается ли акцент на предотвращение правонарушений?",
        "Делается ли упор на предупреждение преступности?",
        "Ставится ли акцент на профилактику?",
    ],
)
def test_whether_an_emphasis_is_made(engine, question: str) -> None:
    """«Делается ли упор на X?»: the light verb of an emphasis on a thing named after it asks
    whether X is emphasised; the verb is no subject («На что делается упор в обоих?» keeps it)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Делается ли упор на борьбу с коррупцией?", "Что делается для борьбы с коррупцией?"],
)
def test_an_emphasis_on_what_the_text_never_names_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Я преподаю политологию. Почему реформу называют последовательной, а не разовой мерой?",
            "reform_tokayev_link",
        ),
        ("Почему реформа считается последовательной, а не разовой?", "reform_tokayev_link"),
        ("Почему изменения считаются прогрессивными?", "overall_assessment"),
        ("Почему изменения считаются долгосрочными, а не временными?", "long_term_guidelines"),
    ],
)
def test_why_a_thing_is_deemed_what_the_text_calls_it(engine, question: str, entry: str) -> None:
    """«Почему X считается Y, а не Z?»: the grounds the text gives in calling X so (Y its own word
    for X); the verb of deeming and the alternative weighed against Y are no subject of their own."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Почему реформу называют поспешной, а не продуманной?",
        "Почему реформу считают радикальной, а не разовой мерой?",
        "Почему реформу называют последовательной, а не разовой мерой в экономике?",
        "Почему реформу называют прогрессивной?",
    ],
)
def test_qualities_the_text_never_gives_decline(engine, question: str) -> None:
    """Hasty, radical: not the text's words; an alternative naming more (the economy) is asked too;
    the text calls the changes progressive, not the reform."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Будут ли защищены личные сведения граждан?", "Что говорится о защите личных сведений?"],
)
def test_personal_details_are_personal_data(engine, question: str) -> None:
    """«личные сведения» are «персональные данные» in other words."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "personal_data_protection"), describe(reply)


@pytest.mark.parametrize(
    "question", ["Продадут ли мои личные сведения банкам?", "Кто будет хранить личные сведения граждан?"]
)
def test_what_the_text_never_says_of_personal_details_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Упоминалась ли на круглом столе политика полной нетерпимости к нарушениям закона?",
        "Говорили ли о политике нулевой терпимости к правонарушениям?",
        "Проводится ли политика нулевой терпимости?",
    ],
)
def test_a_zero_tolerance_policy_is_zero_tolerance(engine, question: str) -> None:
    """«политика нулевой терпимости», "a zero tolerance policy": the text's zero tolerance."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "law_and_order_meaning"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Будет ли политика нулевой терпимости к коррупции?",
        "Будет ли политика нулевой терпимости к курению?",
        "Какая политика будет в отношении мигрантов?",
    ],
)
def test_policies_the_text_never_names_decline(engine, question: str) -> None:
    """Zero tolerance of corruption or smoking, a migration policy: not in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
