"""Round 96a: near misses answered and wrong answers of the newest sets: the exact wording of a
principle in the Preamble asked with a verb of wording, a person's noun no verb of its family, a
word cut short read as the one family it begins, respect for the law (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Как дословно будет сформулирован принцип «Закон и порядок» в Преамбуле?",
        "«Заң және тәртіп» қағидаты Преамбулада дәл қандай сөздермен жазылады?",
        "Как дословно звучит принцип «Закон и порядок» в Преамбуле?",
        "Как дословно будет изложен принцип «Закон и порядок» в Преамбуле?",
        "How exactly is the Law and Order principle worded in the Preamble?",
    ],
)
def test_exact_wording_in_the_preamble_declines(engine, question: str) -> None:
    """A word of exactness and a verb of wording ask the words the principle stands in, in the
    Preamble: the text says the principle is put there, never how it is worded."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Какой принцип закрепляется в Преамбуле?", "law_and_order_preamble"),
        ("«Заң және тәртіп» қағидаты Преамбулада қалай жазылады?", "law_and_order_preamble"),
        (
            "Как бывший судья, прошу точную формулировку: какой статус приобретает принцип «Закон и порядок» "
            "после его закрепления в преамбуле?",
            "law_and_order_preamble",
        ),
        (
            "Как дословно Асылов охарактеризовал значение закрепления принципа «Закон и порядок» "
            "в Преамбуле?",
            "law_and_order_meaning",
        ),
        ("Как дословно называется направление, посвящённое технологиям?", "digital_solutions"),
    ],
)
def test_the_preamble_as_a_place_without_exact_wording_keeps_its_answer(
    engine, question: str, entry_id: str
) -> None:
    """No word of exactness, or no verb of wording (a status, a characterisation asked exactly): the
    text's own words answer."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Изменится ли что-нибудь для военнослужащих и призывников?",
        "Изменится ли что-нибудь для призывников?",
        "Что новая Конституция даёт призывникам?",
    ],
)
def test_a_persons_noun_is_no_verb_of_its_family(engine, question: str) -> None:
    """«призывник» (a conscript) is not «призывать» (to call on): the text says nothing of
    conscripts."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Кого призывают участвовать в обмене мнениями?", "public_involvement"),
        ("Кто участники?", "participants"),
    ],
)
def test_the_verb_and_the_persons_noun_the_text_uses_keep_their_answers(
    engine, question: str, entry_id: str
) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    ("word", "value"),
    [("констит", "конституция"), ("правосоз", "правосознание"), ("юридич", "юридический")],
)
def test_a_word_cut_short_is_the_one_family_it_begins(engine, word: str, value: str) -> None:
    """A word no dictionary knows that the knowledge base's words of one family begin is that word
    cut short."""
    terms = engine.analyzer.analyse(word).terms
    assert [t.value for t in terms] == [value]


@pytest.mark.parametrize(
    "question",
    [
        "салам бро че обсуждали на круглом столе по констит коротко",
        "что обсуждали на круглом столе по констит",
    ],
)
def test_what_was_discussed_with_a_word_cut_short(engine, question: str) -> None:
    """«по констит» is «по Конституции»: what the round table discussed, not the current stage."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "practical_focus"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Говорится ли об уважении к закону?",
        "Будет ли уважение к закону?",
    ],
)
def test_respect_for_the_law_is_legal_consciousness(engine, question: str) -> None:
    """Respect for the law is the legal consciousness the text strengthens, not the respect for
    human rights its model rests on."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "legal_consciousness"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        (
            "Я тренер детской футбольной команды. "
            "Есть ли в документе что-то о воспитании уважения к закону у людей?"
        ),
    ],
)
def test_respect_for_the_law_is_no_respect_for_rights(engine, question: str) -> None:
    """Not the model's principle of respect for human rights."""
    reply = engine.answer(question)
    assert reply.entry_id != "constitutional_model_principles", describe(reply)


def test_respect_for_human_rights_keeps_its_answer(engine) -> None:
    reply = engine.answer("Что говорится об уважении к правам человека?")
    assert (reply.kind, reply.entry_id) == ("answer", "constitutional_model_principles"), describe(reply)
