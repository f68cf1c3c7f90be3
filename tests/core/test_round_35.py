"""Round 35: the readings made for the classes of tests/data/round35/blind32.jsonl's and
blind33.jsonl's confident wrong answers and false declines (Russian, noisy, Kazakh, out of scope),
each with paraphrases of our own and near misses that must stay answered or declined."""

from __future__ import annotations

import pytest

from bot.qa.text import focus

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Сенат сақтала ма?",
        "Сенат жойыла ма?",
        "Парламент өзгере ме?",
        "Мәжіліс қала ма?",
    ],
)
def test_kazakh_fate_of_a_body_named_only_as_taking_part_is_declined(engine, question: str) -> None:
    """A Kazakh verb in the present-future before «ма» (kept, abolished, changed) asks what is yet
    to be done to a body the document names only as a participant: no entry tells it."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Сенат қатысты ма?", "participant_parliament"),
        ("Парламент өкілдері болды ма?", "participant_parliament"),
        ("Реформаны Тоқаев бастады ма?", "reform_tokayev_link"),
        ("Жеке деректер қорғала ма?", "personal_data_protection"),
        ("Заң және тәртіп принципі сақтала ма?", "law_and_order_meaning"),
    ],
)
def test_kazakh_past_and_known_verbs_are_still_answered(engine, question: str, entry_id: str) -> None:
    """Near misses: a past verb of taking part, a past verb of someone else, and a present-future
    verb of a thing the document does speak of keep their answers."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "О чём в целом был круглый стол?",
        "Про что в целом был круглый стол?",
        "В общих чертах о чём был круглый стол?",
        "What was the round table about overall?",
        "What was the round table about in general?",
    ],
)
def test_breadth_in_a_question_of_the_topic_is_no_subject(engine, question: str) -> None:
    """«в целом», "overall" beside «о чём» say how broadly to answer, not the overall assessment."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "about_document"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Как в целом оцениваются предлагаемые изменения?", "overall_assessment"),
        ("На что в целом направлены предлагаемые изменения?", "overall_assessment"),
        ("What did he say about the changes overall?", "overall_assessment"),
    ],
)
def test_breadth_outside_a_question_of_the_topic_stays(engine, question: str, entry_id: str) -> None:
    """Near misses: «в целом» of the changes is the document's own overall assessment."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["О чём в целом будет референдум?", "О чём в целом Конституция Узбекистана?"],
)
def test_breadth_of_a_topic_the_documents_lack_is_declined(engine, question: str) -> None:
    """Near misses: without «в целом» the question is still about something no entry tells."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие гарантии предлагается усилить в рамках цифрового направления?",
        "Что предлагается в цифровом направлении?",
        "Какие гарантии усиливаются в цифровом направлении реформы?",
    ],
)
def test_the_digital_direction_named_by_its_adjective(engine, question: str) -> None:
    """«цифровое направление» is the direction of digital solutions, not the overall assessment."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "digital_solutions"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что будет с цифровой экономикой?",
        "Будет ли цифровой тенге?",
        "Сколько стоит цифровое направление?",
        "Кто отвечает за цифровое направление в прокуратуре?",
    ],
)
def test_other_digital_things_and_details_are_declined(engine, question: str) -> None:
    """Near misses: the adjective alone names other things; a detail of the direction is not told."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_by_means_of_is_a_preposition(engine) -> None:
    """«с помощью реформы» is "by means of the reform": no help is asked about."""
    reply = engine.answer("Какую модель государства стремятся сформировать с помощью реформы?")
    assert (reply.kind, reply.entry_id) == ("answer", "fair_kazakhstan"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какую помощь окажут гражданам?",
        "Какая помощь будет от прокуратуры?",
        "С помощью реформы повысят зарплаты?",
    ],
)
def test_help_itself_and_other_things_done_by_means_of_the_reform_are_declined(engine, question: str) -> None:
    """Near misses: help asked about is a subject the documents lack; so are wages."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Продолжением чьих начинаний считают конституционную реформу?", "reform_tokayev_link"),
        ("Что считают продолжением инициатив Президента?", "reform_tokayev_link"),
        ("Чьи начинания продолжает реформа?", "reform_tokayev_link"),
    ],
)
def test_what_a_thing_is_held_to_be_asks_no_ones_words(engine, question: str, entry_id: str) -> None:
    """«считают X-ом» with no subject: what the thing is held to be; «начинания» are initiatives."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что учёные считают главным в реформе?",
        "Что эксперты считают продолжением инициатив Президента?",
        "Кого называют автором реформы?",
        "Какие новые начинания прокуратуры?",
        "Начинания Назарбаева продолжаются?",
    ],
)
def test_holders_named_and_other_initiatives_are_declined(engine, question: str) -> None:
    """Near misses: a plural subject makes it someone's words; other initiatives are not told."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Будет ли упор на предупреждение правонарушений, а не только на наказание?",
        "Будет ли упор на профилактику, а не только на наказание?",
    ],
)
def test_a_contrast_sets_aside_what_would_hold_alone(engine, question: str) -> None:
    """«X, а не только Y»: Y is the alternative set aside; X (prevention) is asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Будет ли упор на наказание, а не только на профилактику?",
        "Будет ли упор на штрафы, а не только на профилактику?",
        "Будут ли ужесточать наказания, а не только профилактику?",
    ],
)
def test_the_contrast_the_other_way_round_is_declined(engine, question: str) -> None:
    """Near misses: what is asked (punishment, fines) is what the documents never name."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Круглый стол был формальностью или реальной дискуссией?", "Обсуждение было формальностью?"],
)
def test_a_formality_asks_how_substantive_the_exchange_was(engine, question: str) -> None:
    """«формальность» is the noun of «формальный»: the text calls the exchange substantive."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "outcome"), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Какие формальности нужно соблюсти для участия?", "Референдум будет формальностью?"],
)
def test_other_formalities_are_declined(engine, question: str) -> None:
    """Near misses: formalities of taking part, a referendum: not told."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "К каким ошибочным выводам может привести недостаток разъяснений?",
        "К чему приведёт отсутствие разъяснений?",
        "Чем грозит нехватка разъяснительной работы?",
    ],
)
def test_what_a_lack_leads_to_is_what_the_thing_prevents(engine, question: str) -> None:
    """A lack of explanations is explanations not given, as «без разъяснений»: what they prevent."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "explanation_purpose"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какой главный недостаток проекта?",
        "Какие недостатки у проекта?",
        "Недостаток поправок в чём?",
        "К чему приведёт недостаток юристов?",
        "К чему приведёт отсутствие финансирования?",
        "What would a lack of lawyers lead to?",
    ],
)
def test_flaws_lacking_people_and_unnamed_things_are_declined(engine, question: str) -> None:
    """Near misses: a flaw is no lack; people lacking are no action undone; funding is not told."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("я школьник нам задали про конституцию че там про ИИ", "digital_solutions"),
        ("пишу пост в телегу, в двух словах какие итоги у круглого стола", "outcome"),
        ("я студент мне надо для зачёта кто выступал на круглом столе", "speaker"),
    ],
)
def test_an_unpunctuated_opening_about_the_asker_runs_up_to_the_question(
    engine, question: str, entry_id: str
) -> None:
    """The asker's first-person opening, with no colon or full stop, ends at the question word."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "я пенсионер что там про пенсии",
        "мне сказали что там будет референдум",
        "я слышал что Сенат упразднят",
    ],
)
def test_an_opening_then_an_unanswered_question_is_declined(engine, question: str) -> None:
    """Near misses: the question after the opening asks what the documents never tell."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_a_conjunction_inside_a_request_is_no_question_word() -> None:
    """«расскажи, что будет…, когда внедрят ИИ»: the opening asks, so «когда» opens no question."""
    question = (
        "расскажи мне пожалуйста что будет с персональными данными когда внедрят искусственный интеллект"
    )
    assert focus(question) == (question, False)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (
            "Правда ли, что в новой Конституции появится что-то про нейросети и большие данные?",
            "digital_solutions",
        ),
        ("В новой Конституции появится что-то про нейросети?", "digital_solutions"),
        ("Говорилось ли что-то о правах и свободах граждан?", "overall_assessment"),
    ],
)
def test_something_about_a_thing_asks_about_the_thing(engine, question: str, entry_id: str) -> None:
    """«что-то про X»: whatever is said of X; the pronoun is no word an entry must share."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("Реформа — продолжение политики Президента или что-то новое?", "reform_tokayev_link")],
)
def test_something_new_stays_a_word_of_the_question(engine, question: str, entry_id: str) -> None:
    """Near miss: «что-то новое» (no «про») is the alternative asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize("question", ["Появится ли что-то про налоги?", "Есть ли что-нибудь о пенсиях?"])
def test_something_about_what_the_documents_lack_is_declined(engine, question: str) -> None:
    """Near misses: the thing named after «про / о» is not in the documents."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question", ["Какие стороны участвовали в дискуссии?", "Какие стороны были на круглом столе?"]
)
def test_the_parties_that_took_part_are_who_took_part(engine, question: str) -> None:
    """«Какие стороны участвовали» asks the parties there, not the practical sides of the draft."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "participants"), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Какие стороны проекта были затронуты?", "Какие стороны участвовали в переговорах?"],
)
def test_sides_of_a_thing_and_other_talks_are_not_who_took_part(engine, question: str) -> None:
    """Near misses: sides of the draft are no parties; other talks are not the round table."""
    reply = engine.answer(question)
    assert reply.entry_id != "participants", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("общ организации были ли", "participant_public_orgs"),
        ("были ли общ организации на круглом столе", "participant_public_orgs"),
        ("вовлечение гражданского общ-ва", "public_involvement"),
    ],
)
def test_a_short_dictionary_word_cut_short_in_a_phrase(engine, question: str, entry_id: str) -> None:
    """«общ» is «общий» to the dictionary, but beside «организации» the phrase it begins."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize("question", ["общ мнение было?", "общ собрание было?", "нац совет был?"])
def test_a_short_word_beside_no_phrase_is_declined(engine, question: str) -> None:
    """Near misses: no synonym phrase of the documents begins with those words."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Как теперь будут работать полиция и прокуратура?",
        "what is the service model for police and prosecutors",
    ],
)
def test_a_member_named_beside_its_group_is_one_of_the_group(engine, question: str) -> None:
    """The prosecution beside the police (law enforcement) is asked of as a law-enforcement body."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Сколько получают полиция и прокуратура?", "Будет ли ИИ в полиции и прокуратуре?"],
)
def test_a_member_beside_its_group_with_a_detail_not_told_is_declined(engine, question: str) -> None:
    """Near misses: salaries, and AI in those bodies (which the text does not say), stay declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какую роль генпрокурор отводит разъяснению новой Конституции людям?",
        "Я работаю в пресс-службе акимата. Какую роль генпрокурор отводит разъяснению Конституции людям?",
    ],
)
def test_which_asks_of_its_own_frame_noun_not_a_group_after_it(engine, question: str) -> None:
    """«Какую роль генпрокурор…»: «какую» asks the role, not which prosecutors by name."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "explanatory_work"), describe(reply)


@pytest.mark.parametrize("question", ["Какие депутаты участвовали?", "Какую роль прокуроры отводят ИИ?"])
def test_which_members_by_name_and_unknown_roles_stay_declined(engine, question: str) -> None:
    """Near misses: «какие депутаты» still asks names the documents never give."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_a_member_beside_its_group_ranks_by_the_group(engine) -> None:
    """Kazakh «полиция мен прокуратура»: ranked by law enforcement, not by the prosecution's entries."""
    reply = engine.answer("Полиция мен прокуратура енді қалай жұмыс істейді?")
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


def test_the_prosecutor_beside_his_office_is_asked_of_himself(engine) -> None:
    """Near miss: the Prosecutor General beside "the prosecutor's office" keeps his own entry."""
    reply = engine.answer("quick one: who spoke for the prosecutor's office and what did he stress?")
    assert (reply.kind, reply.entry_id) == ("answer", "prosecutor_speech"), describe(reply)


def test_a_kazakh_word_typed_without_its_letters_is_no_typo_of_another_first_letter(engine) -> None:
    """«енди» («енді», "now") is not repaired onto the plain-typed «тендик» (equality)."""
    reply = engine.answer("Полиция мен прокуратура енди калай жумыс истейди?")
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("зан алдындагы тендик", "equality_before_law"),
        ("заң алдындағы тендик нені білдіреді", "equality_before_law"),
    ],
)
def test_plain_typed_kazakh_words_of_the_knowledge_base_still_match(
    engine, question: str, entry_id: str
) -> None:
    """Near misses: the plain-typed Kazakh words the knowledge base holds are still read."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)
