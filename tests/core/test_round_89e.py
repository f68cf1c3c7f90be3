"""Round 89e: Kazakh stems and case endings — a final «қ/к» voiced before a vowel ending, a noun in
«-ат/-ет» before its accusative, a converb with the auxiliary of a lasting action (real engine)."""

from __future__ import annotations

import pytest

from bot.qa import kazakh

from ._support import describe


@pytest.mark.parametrize(
    ("word", "bare"),
    [
        ("құқығын", "құқық"),
        ("құқығы", "құқық"),
        ("теңдігі", "теңдік"),
        ("басымдығы", "басымдық"),
        ("кепілдігі", "кепілдік"),
    ],
)
def test_voiced_final_consonant_is_read_as_written_bare(word: str, bare: str) -> None:
    """«құқығын» (its right, accusative) is «құқық» with «-ы-н»: the «ғ» is «қ» voiced before a vowel,
    so every form of the noun has one stem."""
    assert kazakh.stem(word) == kazakh.stem(bare)


@pytest.mark.parametrize("word", ["диалогы", "диалогтың", "тағы"])
def test_loanword_and_short_stem_keep_their_letters(word: str) -> None:
    """A back-vowel loanword in «-г» («диалогы») and a stem too short to tell keep their letters."""
    assert kazakh.stem(word) in {"диалог", "тағ"}


@pytest.mark.parametrize(
    ("word", "noun"),
    [("қағидатын", "қағидат"), ("міндетін", "міндет"), ("мәдениетін", "мәдениет")],
)
def test_noun_in_at_before_its_accusative(word: str, noun: str) -> None:
    """«қағидатын» (the principle, accusative) is the noun «қағидат» and «-ын», not a participle in
    «-атын»: no verb root ends in «д» or a vowel."""
    assert kazakh.stem(word) == kazakh.stem(noun)


@pytest.mark.parametrize(("word", "root"), [("болатын", "бол"), ("берілетін", "беріл"), ("тұратын", "тұр")])
def test_participle_in_atyn_keeps_its_verb(word: str, root: str) -> None:
    """After a consonant a verb root may end in, «-атын/-етін» is still the participle."""
    assert kazakh.stem(word) == root


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("қандай өзгерістер ұсынылып отыр", "қандай өзгерістер ұсынылады"),
        ("не айтып жатыр", "не айтады"),
        ("түсіндіріп жатырмыз", "түсіндіреді"),
        ("қорғап отыр", "қорғайды"),
        ("ұсынылып отырған өзгерістер", "ұсынылып отырған өзгерістер"),
        ("не болып жатыр", "не болып жатыр"),
    ],
)
def test_converb_with_auxiliary_is_the_present(text: str, present: str) -> None:
    """«ұсынылып отыр» (is being proposed) is «ұсынылады»: the auxiliary of a lasting action is no
    word of its own; not its participle before a noun, nor «болып жатыр» (what is going on)."""
    assert kazakh.as_present(text) == present


@pytest.mark.parametrize(
    "question",
    [
        "Жаңа Конституция азаматтардың құқығын қорғай ма?",
        "Азаматтардың құқығы қалай қорғалады?",
        "Жаңа Конституция азаматтардың құқықтарын қорғай ма?",
    ],
)
def test_citizens_right_in_the_possessive(engine, question: str) -> None:
    """«азаматтардың құқығын қорғай ма?»: the possessive «құқығы» is the right the text's priority
    of protecting citizens' rights names."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


def test_equality_in_the_possessive(engine) -> None:
    """«Заң алдындағы теңдігі» is the direction «Заң алдындағы теңдік»."""
    reply = engine.answer("Заң алдындағы теңдігі туралы не айтылды?")
    assert (reply.kind, reply.entry_id) == ("answer", "equality_before_law"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Жаңа Конституцияның преамбуласына қандай қағидатты енгізу ұсынылып отыр?",
        "Конституция преамбуласына қандай қағидат енгізу ұсынылып отыр?",
        "Преамбулаға қандай қағидат енгізу ұсынылып жатыр?",
    ],
)
def test_principle_being_proposed_for_the_preamble(engine, question: str) -> None:
    """«ұсынылып отыр» asks what «ұсынылады» asks: the principle proposed for the Preamble."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "law_and_order_preamble"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Бас прокурор «Заң және тәртіп» қағидатын Преамбулада бекітудің маңызы туралы не айтты?",
        "«Заң және тәртіп» қағидатын Преамбулада бекітудің маңызы қандай?",
    ],
)
def test_principle_in_the_accusative(engine, question: str) -> None:
    """«қағидатын» is the principle: the significance of enshrining it is what the Prosecutor General
    said of it."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "law_and_order_meaning"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Салық туралы қандай өзгерістер ұсынылып отыр?",
        "Жерге жеке меншік құқығы қорғала ма?",
        "Сенаттың құқығы сақтала ма?",
        "Мәслихат депутаттарының құқығы кеңейе ме?",
        "Президенттің өкілеттігі қысқара ма?",
    ],
)
def test_near_misses_still_decline(engine, question: str) -> None:
    """Taxes, land ownership, the Senate's or the maslikhats' rights, the President's powers: the
    documents never say; the readings above answer none of them."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_what_is_going_on_keeps_its_answer(engine) -> None:
    """«не болып жатыр» asks what is going on now: the current stage, not a bare «бол-»."""
    reply = engine.answer("Қазір Конституция жобасының айналасында не болып жатыр?")
    assert (reply.kind, reply.entry_id) == ("answer", "current_stage"), describe(reply)
