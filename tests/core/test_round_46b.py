"""Round 46b: false «В документе об этом не говорится» over the eval sets. A word that names where
the asker read of it or who they are is no detail asked: the piece read called an article («в
статье»), where the asker is from («я из Талдыкоргана»), what others write somewhere («в соцсетях
пишут»)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "справедливый казахстан что это значит в статье",
        "Что в статье говорится о Справедливом Казахстане?",
        "По статье не понял, что такое Справедливый Казахстан",
    ],
)
def test_the_piece_read_called_an_article(engine, question: str) -> None:
    """«в статье», «по статье» with no noun or number after it is the piece read (as «в тексте»): the
    question asks what it names besides."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "fair_kazakhstan"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что в статье говорится о налогах?",
        "Что конкретно написано в статье о защите персональных данных?",
        "Что говорится в статье 5 о Справедливом Казахстане?",
        "Что сказано в статье Конституции о Справедливом Казахстане?",
        "справедливый казахстан что это значит в статье конституции",
    ],
)
def test_an_article_of_a_law_or_an_unknown_thing_stays_declined(engine, question: str) -> None:
    """Near misses: an article of a law (a noun or a number after it) is a detail the text never
    gives, and so is a thing it never names."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "я из талдыка бизнес маленький у меня соц эконом развитие там есть чтото",
        "мы из Караганды, правоохранительные органы будут работать по сервисной модели?",
        "Вот в соцсетях пишут всякое про новую Конституцию — что на это генпрокурор говорит?",
        "Пишут в соцсетях всякое о поправках — что сказал генпрокурор?",
        "В газете прочитала про реформу, что сказал генпрокурор о правовой культуре?",
    ],
)
def test_the_askers_place_is_no_detail_the_document_is_silent_on(engine, question: str) -> None:
    """Where the asker is from («я из …») or where others write of it («в соцсетях пишут») is their
    own telling, not a detail asked: the bot does not claim the document is silent."""
    reply = engine.answer(question)
    assert reply.decline != "not_in_document", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Я из Актобе, когда откроют новый вуз?",
        "Что генпрокурор пишет в соцсетях?",
        "В соцсетях пишут про реформу, что генпрокурор сказал о налогах?",
        "Что сказал генпрокурор о соцсетях?",
        "Где генпрокурор пишет о реформе, в соцсетях?",
    ],
)
def test_a_detail_asked_beside_the_askers_place_stays_not_in_the_document(engine, question: str) -> None:
    """Near misses: a thing asked of its own (a university, taxes), or what someone named writes
    («генпрокурор пишет в соцсетях»): the document is silent on it."""
    reply = engine.answer(question)
    assert reply.decline == "not_in_document", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Права и свободы граждан будут лучше защищать? Спасибо, здоровья вам и вашим близким!",
        "Будут ли усиливать гарантии прав граждан? Благодарю, всего доброго, удачи в работе.",
        "Will the rights of citizens be better protected? Thanks in advance, God bless you.",
    ],
)
def test_thanks_closing_the_message_are_no_words_asked(engine, question: str) -> None:
    """The asker's thanks after the question («Заранее спасибо, дай вам бог здоровья») is courtesy:
    what is asked is the question before it."""
    reply = engine.answer(question)
    assert reply.kind == "answer", describe(reply)


def test_the_pensioners_question_is_not_called_silent(engine) -> None:
    """The eval row: its blessing («дай вам бог здоровья») was read as a detail the document is silent on."""
    reply = engine.answer(
        "Здравствуйте, извините за беспокойство, я пенсионерка, прочитала в газете про какой-то круглый "
        "стол о новой Конституции. Скажите, пожалуйста, права и свободы граждан будут больше защищать "
        "или нет? Заранее спасибо, дай вам бог здоровья."
    )
    assert reply.decline != "not_in_document", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Будут ли повышать пенсии? Заранее спасибо, дай вам бог здоровья.",
        "Что будет со здравоохранением? Спасибо, здоровья вам!",
        "Права граждан будут защищать? А что с налогами?",
    ],
)
def test_a_question_beside_thanks_or_a_second_question_stays_declined(engine, question: str) -> None:
    """Near misses: a question the documents do not answer before the thanks, and a second question
    (no thanks) after the first, which is kept."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
