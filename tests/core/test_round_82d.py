"""Round 82d: a which-word asking for a kind of a thing named before it ("which AI system",
«жасанды интеллектінің қандай жүйесі», «қандай жасанды интеллект жүйесі») — the entry must tell that
noun in its answer or quotes, not only the thing as a whole (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Which AI system will be used in the legal sphere?",
        "Which artificial intelligence system will be used in the legal sphere?",
        "Жасанды интеллектінің қандай жүйесі қолданылады?",
        "Құқық саласында қандай жасанды интеллект жүйесі қолданылады?",
        "Which big data system will be introduced?",
        "Үлкен деректердің қандай жүйесі енгізіледі?",
    ],
)
def test_which_kind_of_a_thing_the_entry_names_only_as_a_whole(engine, question: str) -> None:
    """The text tells of «элементы искусственного интеллекта» and big data analysis, of no system:
    which one is not said, so the digital-solutions entry does not answer."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Which technologies are planned for the legal sphere?",
        "Какие цифровые решения предлагаются в правовой сфере?",
        "Будет ли использоваться искусственный интеллект?",
        "Құқықтық салада қандай цифрлық шешімдер ұсынылады?",
        "Which AI elements will be introduced?",
        "Which AI technologies are planned?",
        "Қандай жасанды интеллект элементтері енгізіледі?",
    ],
)
def test_which_kind_the_entry_tells_keeps_its_answer(engine, question: str) -> None:
    """A which-word asking for what the entry does tell (technologies, digital solutions, elements
    of AI) is still answered from it."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "digital_solutions"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие органы государственной власти участвовали в дискуссии?",
        "Which government bodies took part?",
    ],
)
def test_which_bodies_keep_their_answer(engine, question: str) -> None:
    """The head asked for may be told by the people and bodies the entry names (not a thing's kind)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "participants"), describe(reply)
