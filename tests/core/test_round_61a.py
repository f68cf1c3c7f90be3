"""Round 61a: literary Russian questions the bot declined after the asker's own words (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Я правозащитник и скептически отношусь к таким мероприятиям. Зачем, по официальной версии, "
            "нужен открытый диалог о новеллах?",
            "explanation_purpose",
        ),
        ("Зачем, по официальной версии, нужен открытый диалог о новеллах?", "explanation_purpose"),
        ("По официальной версии, зачем нужна разъяснительная работа?", "explanation_purpose"),
        ("Какие цели у реформы, по официальной версии?", "reform_aims"),
    ],
)
def test_an_unnamed_voice_is_the_documents_own(engine, question: str, entry: str) -> None:
    """«по официальной версии», «по общему мнению»: an attribution naming no source is what the
    document tells; its words are no subject of the question."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Зачем, по официальной версии, вводят военное положение?",
        "По официальной версии, сколько стоит реформа?",
        "Что, по их словам, изменится в налоговой системе?",
        "Я правозащитник. Зачем, по официальным данным МВД, нужен открытый диалог о новеллах?",
    ],
)
def test_an_unnamed_voice_near_misses_decline(engine, question: str) -> None:
    """Martial law, the reform's cost, taxes, the interior ministry's data: the text names none."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Мне, старику, всё это кажется пустыми словами. Что конкретно предлагают в цифровой части?",
        "Что предлагается в цифровой части проекта?",
        "Что входит в цифровой блок?",
        "Расскажите про цифровую составляющую реформы",
    ],
)
def test_the_digital_part_is_the_digital_direction(engine, question: str) -> None:
    """«цифровая часть», «цифровой блок»: the direction named by its adjective and a noun of a
    part, as «цифровое направление» is."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "digital_solutions"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что предлагают в цифровой части налоговой реформы?",
        "Что в цифровой части бюджета?",
        "Сколько стоит цифровой блок?",
    ],
)
def test_the_digital_part_near_misses_decline(engine, question: str) -> None:
    """The digital part of a tax reform or a budget, its cost: the text says nothing of them."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entries"),
    [
        ("Как реформа связана с правами и свободами граждан?", {"reform_aims", "overall_assessment"}),
        ("Как реформа повлияет на права и свободы граждан?", {"reform_aims", "overall_assessment"}),
        ("Как реформа отразится на правах и свободах граждан?", {"reform_aims", "overall_assessment"}),
        ("Каким был обмен мнениями на круглом столе?", {"outcome"}),
        ("реформа эт продолжение чего", {"reform_tokayev_link"}),
        ("Вот говорят реформа, реформа — а она продолжение чего?", {"reform_tokayev_link"}),
    ],
)
def test_the_entry_saying_it_in_one_sentence_answers(engine, question: str, entries: set[str]) -> None:
    """Of two close entries, the one whose quotes say every term of the question in one sentence
    («круглый стол стал площадкой для… обмена мнениями»; «реформа… продолжение») answers, not
    «did you mean», when the other holds the words only apart."""
    reply = engine.answer(question)
    assert reply.kind == "answer", describe(reply)
    assert reply.entry_id in entries, describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Как реформа связана с правами и свободами иностранцев?",
        "Как реформа связана с налоговыми правами граждан?",
        "Каким был обмен мнениями на заседании маслихата?",
        "Каким был обмен мнениями на круглом столе по экологии?",
        "Продолжением чего является налоговая реформа?",
        "Как реформа повлияет на права и свободы мигрантов?",
    ],
)
def test_one_sentence_near_misses_decline(engine, question: str) -> None:
    """Foreigners, tax rights, a maslikhat's session, ecology, a tax reform, migrants: no sentence
    of the text says them."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Скажите честно, кто участвовал в круглом столе?", "participants"),
        ("Я учитель. Скажите, пожалуйста, честно: кто участвовал в круглом столе?", "participants"),
        ("Честно скажите, какой принцип предлагают закрепить в Преамбуле?", "law_and_order_preamble"),
        ("Ответьте откровенно: будет ли использоваться искусственный интеллект?", "digital_solutions"),
    ],
)
def test_frankness_asked_of_the_bot_is_no_subject(engine, question: str, entry: str) -> None:
    """«Скажите честно», «Ответьте откровенно»: how the bot is to tell, not what is asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Честно ли прошли выборы?",
        "Скажите честно, сколько стоила реформа?",
        "Скажите честно, будут ли повышены налоги?",
        "Честно ли проводился круглый стол?",
    ],
)
def test_frankness_near_misses_decline(engine, question: str) -> None:
    """Whether elections or the round table were fair (the question's own «честно»), the reform's
    cost, taxes: the text says none of it."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
