"""Round 31: the readings made for the classes of tests/data/round31/blind31.jsonl's confident wrong
answers and false declines (Russian, colloquial, off-topic rows), each with paraphrases of our own
and near misses that must stay declined or answered as before."""

from __future__ import annotations

import pytest

from bot.qa.text import focus

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Проходил ли круглый стол онлайн?",
        "Круглый стол прошёл успешно?",
        "Проходило ли обсуждение онлайн?",
        "Круглый стол проходил вживую?",
        "Встреча прошла дистанционно?",
        "Дөңгелек үстел онлайн өтті ме?",
    ],
)
def test_how_the_event_went_is_declined(engine, question: str) -> None:
    """Whether the event went some way (online, in person, successfully): an adverb the documents
    never use, beside nothing but the event and its taking place, is the detail asked; the entry
    telling the date does not answer it."""
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_found"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Когда проходил круглый стол?", "event_date"),
        ("дата круглого стола", "event_date"),
        ("Активно ли обсуждается проект?", "current_stage"),
    ],
)
def test_the_event_without_a_manner_is_answered(engine, question: str, entry_id: str) -> None:
    """Near misses: the event's date, and an adverb the documents use («активное обсуждение»)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие новые предметы введут в юридическое образование?",
        "Какие предметы введут в юридическое образование?",
        "Какие новые предметы будут в правовом образовании?",
        "Какой предмет добавят юристам?",
    ],
)
def test_an_item_asked_for_that_no_entry_speaks_of_is_declined(engine, question: str) -> None:
    """The noun «какой» asks for, a word the knowledge base uses only inside a phrase («предмет» of
    «предмет обсуждения»), must be what the answer speaks of (the phrase's «тема»)."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Каких ошибок позволяет избежать открытый диалог по новеллам?", "explanation_purpose"),
        (
            "В какой именно части Основного Закона предлагают закрепить принцип «Закон и порядок»?",
            "law_and_order_preamble",
        ),
        ("Что было предметом дискуссии?", "about_document"),
    ],
)
def test_an_item_asked_for_that_the_entry_speaks_of_is_answered(engine, question: str, entry_id: str) -> None:
    """Near misses: «ошибка» (of «ошибка в восприятии») and «часть» (of «вступительная часть») are
    what the entries holding those phrases speak of; «предмет дискуссии» is the phrase itself."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (
            "расскажи мне пожалуйста что будет с персональными данными когда внедрят "
            "искусственный интеллект точка",
            "digital_solutions",
        ),
        ("Что будет с личными данными когда начнут использовать ИИ?", "digital_solutions"),
        ("Что говорил генпрокурор когда выступал?", "prosecutor_speech"),
    ],
)
def test_when_without_its_comma_opening_a_clause_asks_no_date(engine, question: str, entry_id: str) -> None:
    """A «когда» after a question word and words of its own, a verb next, is the conjunction."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize("question", ["Что обсуждали на круглом столе когда?", "Что и когда обсуждали?"])
def test_when_asked_still_asks_the_date(engine, question: str) -> None:
    """Near misses: «когда» ending the question, or joined to the question word by «и»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "event_date"), describe(reply)


def test_a_question_after_the_askers_sentence_may_open_with_any_form_of_which() -> None:
    """«Какого числа…» opens a question as «Когда…» does."""
    message = "Я пишу заметку для студенческой газеты. Какого числа опубликован пресс-релиз о круглом столе?"
    assert focus(message) == ("Какого числа опубликован пресс-релиз о круглом столе?", True)


@pytest.mark.parametrize(
    "question",
    [
        "Я пишу заметку для студенческой газеты. Какого числа опубликован пресс-релиз о круглом столе?",
        "Какого числа опубликован пресс-релиз о круглом столе?",
        "Когда вышел пресс-релиз о круглом столе?",
    ],
)
def test_the_date_the_piece_came_out_is_its_own(engine, question: str) -> None:
    """A date asked with a verb the documents never use keeps the piece as its subject."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "event_date"), describe(reply)


@pytest.mark.parametrize(
    "question", ["Когда в документе говорится о правах человека?", "Когда опубликуют проект Конституции?"]
)
def test_a_date_of_something_else_stays_declined(engine, question: str) -> None:
    """Near misses: no verb of coming out (the piece frames the question), or the draft's own
    publication, which the documents do not date."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Реформу рассматривали как разрыв с прежним курсом?", "reform_tokayev_link"),
        ("Реформа рассматривается как резкий разрыв?", "reform_tokayev_link"),
        ("Асылов назвал изменения консервативными?", "overall_assessment"),
        ("Цифровые решения означают ослабление защиты персональных данных?", "personal_data_protection"),
        ("Означают ли цифровые решения ослабление защиты данных?", "personal_data_protection"),
        ("Правда ли, что защиту персональных данных ослабят?", "personal_data_protection"),
    ],
)
def test_a_yes_no_question_states_the_claim_it_checks(engine, question: str, entry_id: str) -> None:
    """With no asking word, the question checks its statement as «правда ли, что…» does: a claimed
    word opposite to the documents' is asked with theirs (synonyms.yaml `opposites`)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что означает ослабление защиты данных?",
        "Ослабят налоговый контроль?",
        "Проект предусматривает ужесточение наказаний?",
    ],
)
def test_a_question_asking_something_else_of_the_claim_stays_declined(engine, question: str) -> None:
    """Near misses: a question word asks something else; a claim about what the documents never
    speak of; «наказание» has no opposite in the text."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("слушай а кто от парламента был и от омбудсмена", "participant_ombudsman"),
        ("Кто был от парламента и от омбудсмена?", "participant_ombudsman"),
        ("кто от АП был и от парламента", "participant_administration"),
        ("Кто был от парламента?", "participant_parliament"),
    ],
)
def test_whether_someone_from_each_body_was_there(engine, question: str, entry_id: str) -> None:
    """«кто от X был и от Y»: whether someone from each body the documents name was there."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


def test_someone_from_a_body_never_named_stays_declined(engine) -> None:
    reply = engine.answer("кто от парламента был и от минфина")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question", ["Права граждан усилят или опять обман?", "права граждан усилят или снова пиар?"]
)
def test_an_unknown_alternative_after_an_adverb_is_no_subject(engine, question: str) -> None:
    """«…или опять обман?»: the adverb opens the alternative the documents never name."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


def test_an_alternative_the_documents_do_not_tell_stays_declined(engine) -> None:
    reply = engine.answer("права граждан усилят или опять налоги поднимут?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("гп рк про изменения что думает", "overall_assessment"),
        ("что думает генпрокурор Казахстана об изменениях", "overall_assessment"),
        ("Кто сейчас Генеральный прокурор Казахстана, судя по тексту?", "speaker"),
        ("Кто генпрокурор РК?", "speaker"),
    ],
)
def test_the_country_after_a_named_post_says_whose_it_is(engine, question: str, entry_id: str) -> None:
    """«гп рк»: the country after the post says whose post it is; asking who holds the post keeps it."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


def test_a_named_body_of_the_country_on_another_subject_stays_declined(engine) -> None:
    reply = engine.answer("Что сказал парламент РК о налогах?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Я учитель истории в сельской школе. Расскажите, кто именно собрался обсуждать проект новой "
        "Конституции?",
        "Кто именно собрался обсуждать проект?",
        "Кто именно пришёл обсудить проект Конституции?",
    ],
)
def test_who_exactly_gathered_to_discuss_asks_who_took_part(engine, question: str) -> None:
    """Gathered to discuss the draft: to take part in the discussion the event was."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "participants"), describe(reply)


def test_who_exactly_gathered_to_discuss_something_else_stays_declined(engine) -> None:
    reply = engine.answer("Кто именно собрался обсуждать налоги?")
    assert reply.kind == "none", describe(reply)


def test_which_of_two_alternatives_is_no_claim_of_its_own(engine) -> None:
    """«разрыв … или новая налоговая политика?» asks which of two, not whether a claim holds: the
    opposite of «разрыв» is not read, and the alternative the documents never name stays declined."""
    reply = engine.answer("Реформа — это разрыв с прежним курсом или новая налоговая политика?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кукык коргау органдары сервистик модельге коше ме?",
        "Құқық қорғау органдары сервистік модельге көше ме?",
        "Полиция сервистік модельге көше ме?",
    ],
)
def test_a_kazakh_verb_before_its_particle_is_no_subject(engine, question: str) -> None:
    """«…модельге коше ме?»: the word before the yes/no particle is the verb (көше: will move), not the
    Russian noun its letters spell (кош)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


@pytest.mark.parametrize("question", ["Бұл налог па?", "Прокуратура бешбармак жасай ма?"])
def test_a_kazakh_question_about_what_the_documents_never_name_stays_declined(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что говорят, зачем вообще нужна эта конституционная реформа?",
        "А не обманывают ли нас? Что говорят, зачем вообще нужна эта конституционная реформа?",
        "Что говорят, почему реформа нужна?",
    ],
)
def test_what_they_say_before_a_question_asks_that_question(engine, question: str) -> None:
    """«Что говорят, зачем…?»: the indefinite «что говорят» frames the question after it."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "reform_aims"), describe(reply)


def test_what_they_say_of_what_the_documents_never_name_stays_declined(engine) -> None:
    reply = engine.answer("Что говорят, зачем нужен налог?")
    assert reply.kind == "none", describe(reply)
