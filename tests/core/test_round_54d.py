"""Round 54d: false «В документе об этом не говорится» on answerable questions (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Каким словом в тексте названы предлагаемые нововведения, когда речь идёт об открытом диалоге?",
            "open_dialogue",
        ),
        ("Каким термином названы нововведения, когда говорят об открытом диалоге?", "open_dialogue"),
        (
            "Я веду ток-шоу на радио. Объясните простыми словами, чего опасается Генпрокурор, когда "
            "призывает разъяснять реформу?",
            "explanation_purpose",
        ),
        ("Чего боится генпрокурор, когда призывает разъяснять реформу?", "explanation_purpose"),
    ],
)
def test_when_after_an_oblique_asking_word_is_a_conjunction(engine, question: str, entry: str) -> None:
    """«Каким словом…, когда…», «Чего опасается…, когда…»: after an asking word in an oblique case,
    «, когда» opens a clause as after «какой» or «что»; it asks no date."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Каким словом названы нововведения, когда речь идёт о налогах?",
        "Чего опасается генпрокурор, когда говорит о пенсиях?",
        "Каким будет штраф, когда нарушают закон?",
    ],
)
def test_clause_when_with_a_detail_the_text_omits_declines(engine, question: str) -> None:
    """The clause is read, not dropped: taxes, pensions, fines are nowhere in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какую опасность видит Генпрокурор в недостатке разъяснений?",
        "Какую угрозу несёт недостаток разъяснений?",
        "Какой риск видит прокурор в отсутствии разъяснений?",
        "Чего боится генпрокурор, призывая разъяснять реформу?",
    ],
)
def test_danger_of_a_lack_and_fear_while_urging(engine, question: str) -> None:
    """A danger seen in a lack («в недостатке разъяснений», any case of «недостаток»), and what
    someone fears while urging a thing to be done (an infinitive), are what that thing prevents:
    the purpose the text gives (to avoid inaccurate interpretations)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "explanation_purpose"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какую опасность видит Генпрокурор в недостатке финансирования?",
        "Какую опасность видит Генпрокурор в нехватке юристов?",
        "Какую угрозу видит генпрокурор в недостатке проекта?",
        "Чего опасается генпрокурор, когда призывает ужесточить наказания?",
    ],
)
def test_danger_of_what_the_text_never_names_declines(engine, question: str) -> None:
    """Funding, a shortage of people, a flaw of the draft, harsher punishment: not in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
