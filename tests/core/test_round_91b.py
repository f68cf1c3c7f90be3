"""Round 91b: false «не говорится» where the engine cannot tell what is asked falls back to the honest
«не нашёл»: a short opening sentence telling who or where the asker is, the Kazakh postposition of
topic «жөнінде», and «қай жерге / жерде» (where) are no detail the document lacks; near misses that
ask such a detail keep «не говорится» (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        # the failing rows' class
        "диспетчер такси уральск. полиция будет профилактикой заниматься а не только штрафовать?",
        "мама ребенка инвалида. права защищать будут лучше или как всегда",
        "водила из павлодара) что мне с этой реформы права какие гарантии",
        # paraphrases
        "сварщик из караганды. права граждан защищать будут лучше?",
        "Бухгалтер, Тараз. Будет ли полиция заниматься профилактикой?",
        "пенсионерка из семея) что реформа даст для прав граждан",
    ],
)
def test_the_askers_opening_sentence_is_no_detail_asked(engine, question: str) -> None:
    """«диспетчер такси уральск.»: a short opening sentence naming nothing the documents use and
    asking nothing tells who or where the asker is; the bot cannot claim the document is silent."""
    reply = engine.answer(question)
    assert reply.decline != "not_in_document", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        # the opening is what is asked: a pronoun points back to it, or the question repeats it
        "Налоги. Что о них говорили на круглом столе?",
        "Я налоговый инспектор. Какие изменения новая Конституция вносит в налоговую систему?",
    ],
)
def test_an_opening_that_is_asked_keeps_not_in_document(engine, question: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Құқық бұзушылыққа төзбеушілік жөнінде сөз болды ма?",
        "Zan zhane tartip kagidaty kai zherge engiziledi?",
        "Закон и порядок кагидаты кай жерге енгизилмек?",
        "Заң және тәртіп қағидаты қай жерге енгізіледі?",
        "Нөлдік төзімділік жөнінде айтылды ма?",
    ],
)
def test_kazakh_postposition_and_which_place_are_no_detail(engine, question: str) -> None:
    """«жөнінде» (about) and «қай жерге» (where to) frame the question; they are no detail asked."""
    reply = engine.answer(question)
    assert reply.decline != "not_in_document", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        # which part of the Preamble and in what words: the text does not give its wording
        "«Заң және тәртіп» қағидаты Преамбуланың қай жерінде, қандай сөзбен жазылған?",
        "Жер реформасы жөнінде не айтылды?",
    ],
)
def test_kazakh_near_misses_keep_not_in_document(engine, question: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)
