"""Round 72c: false «не говорится» and ask-backs: «пра» for «про», a thesis as the asker's work,
askers who «часто спрашивают», an effect as a frame, scorn after «опять», and the one of two close
entries whose quotes hold the question's phrase (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("пра правосознание и правапорядок што гаварили", "legal_consciousness"),
        ("пра цифровые решения што гаварили", "digital_solutions"),
        ("а пра равенство перед законом што сказали", "equality_before_law"),
    ],
)
def test_pra_is_pro(engine, question: str, entry: str) -> None:
    """«пра» is «про» as spoken (akanye), as «што» is «что»: no word of its own."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize("question", ["пра налоги што гаварили", "пра пенсии што гаварили"])
def test_pra_before_what_the_text_lacks_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Для диссертации: какой вывод о роли учёных и экспертов делается в конце пресс-релиза?", "outcome"),
        ("Для диссертации: кто выступил на круглом столе?", "speaker"),
        ("Для магистерской диссертации: когда прошёл круглый стол?", "event_date"),
    ],
)
def test_a_thesis_is_the_askers_work(engine, question: str, entry: str) -> None:
    """«Для диссертации:» tells what the asker writes (text.ASKER_WORK), no detail asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


def test_a_thesis_on_what_the_text_lacks_still_declines(engine) -> None:
    reply = engine.answer("Для диссертации: что сказано о налоговой реформе?")
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)


def test_askers_who_often_ask_are_no_detail(engine) -> None:
    """«Экскурсанты часто спрашивают о…»: many askers and an adverb before their verb of asking
    bring a question; the document is not called silent on the visitors."""
    reply = engine.answer("Экскурсанты часто спрашивают о правах человека. Что о них сказано в итоге?")
    assert reply.decline != "not_in_document", describe(reply)
    reply = engine.answer("Студенты часто спрашивают, кто выступал на круглом столе?")
    assert (reply.kind, reply.entry_id) == ("answer", "speaker"), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Министры говорили о правах человека?", "Министры часто говорили о правах человека?"],
)
def test_others_saying_is_still_asked(engine, question: str) -> None:
    """Many persons with a verb of saying: what they said is asked (not only asking verbs)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)


def test_an_effect_frames_the_question(engine) -> None:
    """«Какой эффект от поправок ожидается для госуправления?»: the text tells what the changes
    aim at, so the effect alone is no sign it is silent."""
    reply = engine.answer("Кратко: какой эффект от поправок ожидается для государственного управления?")
    assert reply.decline != "not_in_document", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какой эффект окажут поправки на налоги?",
        "Какой эффект от реформы для пенсионеров?",
        "Изменится ли количество депутатов Мажилиса?",
    ],
)
def test_an_effect_on_what_the_text_lacks_is_not_in_it(engine, question: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "ну и чё опять бумажки что они там в итоге подтвердили",
        "что там подтвердили, опять бумажки?",
    ],
)
def test_scorn_after_again_is_no_detail(engine, question: str) -> None:
    """«опять бумажки», «опять красивые слова»: the asker's scorn, not what is asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "outcome"), describe(reply)


@pytest.mark.parametrize("question", ["опять повысят налоги?", "опять бумажки про налоги?"])
def test_scorn_beside_what_the_text_lacks_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Я ребёнок войны, живу в Кокшетау, мне 85 лет. Скажите, сынок, будет ли новая Конституция "
        "защищать права простых людей?",
        "Как мама школьника спрошу: защищает ли новая Конституция, судя по этому документу, права "
        "обычных людей?",
        "Будет ли новая Конституция защищать права граждан?",
        "Защитит ли реформа права простых людей?",
    ],
)
def test_the_entry_quoting_the_phrase_answers(engine, question: str) -> None:
    """Two close entries, only one quoting «защиты прав граждан» word for word (the other's
    «правовой защиты граждан» shares the words): it answers instead of an ask-back."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


def test_a_word_only_the_other_holds_still_asks(engine) -> None:
    """«гарантии прав граждан»: the guarantees are another entry's words, so it is no choice."""
    reply = engine.answer("О каких гарантиях прав граждан шла речь?")
    assert reply.entry_id != "rights_protection_priority", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Как новая Конституция защитит права граждан за рубежом?",
        "Как новая Конституция защитит права мигрантов?",
    ],
)
def test_protecting_rights_of_what_the_text_lacks_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)
