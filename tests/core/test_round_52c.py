"""Round 52c: Kazakh and English questions declined though the document answers them (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Is crime prevention emphasised over punishment?",
        "Would the emphasis in policing be on punishment?",
        "Will the emphasis of law enforcement be on punishment?",
        "Quick question: is the emphasis for law enforcement on punishment or on prevention?",
    ],
)
def test_punishment_weighed_against_prevention(engine, question: str) -> None:
    """Punishment weighed against the text's prevention ("over punishment", "the emphasis … on
    punishment": synonyms.yaml `contrasts`) asks which of the two the text holds: its emphasis on
    prevention answers."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Is crime prevention emphasised over punishment in tax law?",
        "Would the emphasis in tax policy be on punishment?",
        "Will punishments become harsher?",
        "Will the emphasis be on punishment, not only on prevention?",
    ],
)
def test_punishment_with_an_unknown_subject_declines(engine, question: str) -> None:
    """Another word the text never uses (tax law), punishment weighed against nothing, or asked
    besides prevention ("not only"): declined."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("hey quick q - is crime prevention part of the plan?", "rights_protection_priority"),
        ("Quick question: who took part in the round table?", "participants"),
        ("quick q - when was the round table held?", "event_date"),
        ("Быстрый вопрос: кто участвовал в круглом столе?", "participants"),
    ],
)
def test_quick_question_opening(engine, question: str, entry: str) -> None:
    """ "Quick question:", "quick q -", «Быстрый вопрос:» say the question is short, nothing asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Quick question: will taxes go up?",
        "Быстрый вопрос: повысят ли пенсии?",
        "quick q: who won the election?",
    ],
)
def test_quick_question_of_what_the_text_omits_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Бас прокурордын аты жони кандай?",
        "Бас прокурордын аты кандай?",
        "Бас прокурордың аты жөні қандай?",
    ],
)
def test_kazakh_name_asked(engine, question: str) -> None:
    """«аты жөні» (name and patronymic) written apart, «аты қандай» (what is the name): the name asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id, reply.lang) == ("answer", "speaker", "kk"), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Бас прокурордың әкесінің аты қандай?", "Омбудсменнің аты қандай?"],
)
def test_kazakh_names_the_text_omits_decline(engine, question: str) -> None:
    """His father's name, the ombudsman's name: the text gives neither."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Катысушылар жобанын кай аспектилерине коп коныл болди?",
        "Катысушылар жобанын кай аспектилерине коныл болди?",
        "Қатысушылар жобаның қай аспектілеріне көп көңіл бөлді?",
    ],
)
def test_kazakh_i_typed_as_y(engine, question: str) -> None:
    """«і» typed as «ы», its back pair («коныл» for «көңіл», attention): restored as the knowledge base
    spells it, the attention the participants paid answers."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id, reply.lang) == ("answer", "practical_focus", "kk"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Преамбулага кандай кагида енгизилмек?",
        "Преамбулага кандай принцип енгизилмек?",
        "Преамбулаға қандай қағида енгізілмек?",
    ],
)
def test_kazakh_closing_verb_of_intent_tells_kazakh(engine, question: str) -> None:
    """A Kazakh verb of intent closing the question («енгізілмек» typed «енгизилмек») with a Kazakh word
    before it tells Kazakh: the question is read with its letters restored, answered in Kazakh."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id, reply.lang) == ("answer", "law_and_order_preamble", "kk"), describe(
        reply
    )


@pytest.mark.parametrize(
    "question",
    ["Бас прокурор кандай бастама котерди?", "Бас прокурор кандай мәселе котерди?", "Салык кандай болмак?"],
)
def test_kazakh_closing_past_answered_in_kazakh(engine, question: str) -> None:
    """A Kazakh past («котерди») or intent closing the question tells Kazakh: whatever the reply, it
    is in Kazakh."""
    reply = engine.answer(question)
    assert reply.lang == "kk", describe(reply)


@pytest.mark.parametrize("question", ["Куда ты пойди?", "Найди мне текст"])
def test_russian_imperatives_stay_russian(engine, question: str) -> None:
    """«пойди», «найди» end as a Kazakh past does but are Russian words: no Kazakh."""
    reply = engine.answer(question)
    assert reply.lang != "kk", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Донгелек устел кашан болды?", "event_date"),
        ("Жасанды интеллект туралы соз болды ма?", "digital_solutions"),
        ("Дөңгелек үстел не туралы болды?", "about_document"),
    ],
)
def test_kazakh_word_spelt_plain_is_not_retyped(engine, question: str, entry: str) -> None:
    """«болды» (was) is a word the knowledge base spells with no Kazakh letter: not read as «і» typed
    as «ы» («бөлді»)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Is the reform framed as a break with the past or as a continuation of something?",
        "Is the reform a break with the past or a continuation of something?",
        "Is the reform framed as a rupture with the past or as a continuation of something?",
    ],
)
def test_break_after_an_article_heads_the_alternative(engine, question: str) -> None:
    """ "a break with the past": a word after an English article is a noun, the head of the
    alternative the text never names beside its own continuation."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "reform_tokayev_link"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Is the reform framed as a break with the past or as a revolution?",
        "Was the reform a break with the past or a tax cut?",
    ],
)
def test_two_alternatives_the_text_never_names_decline(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
