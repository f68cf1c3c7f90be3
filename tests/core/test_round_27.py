"""Round 27: the readings made for the classes of tests/data/round27/blind27.jsonl's failures, each
with paraphrases of our own and near misses that must still be declined."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Я учитель обществознания, готовлю урок. Подскажите, кто именно участвовал в круглом столе по "
        "проекту Конституции?",
        "Кто именно участвовал в обсуждении?",
        "Кто именно присутствовал на круглом столе?",
        "Кто именно собирался на этом круглом столе?",
        "Кто именно был на круглом столе?",
    ],
)
def test_who_exactly_took_part_is_who_took_part(engine, question: str) -> None:
    """«кто именно» with nothing said but that they took part or were there: the bodies the text
    lists, not the one speaker it names."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "participants"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кто именно из депутатов участвовал?",
        "Кто именно участвовал из депутатов?",
        "Кто именно участвовал, назовите фамилии",
        "Кто именно представлял Администрацию Президента?",
        "Кто именно участвовал в обсуждении налоговой реформы?",
        "Кто именно голосовал за проект?",
    ],
)
def test_who_exactly_of_a_group_or_by_name_stays_declined(engine, question: str) -> None:
    """A group named, names asked in other words, a thing or a verb the documents never name."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_who_exactly_spoke_keeps_the_speaker(engine) -> None:
    reply = engine.answer("Кто именно выступал на круглом столе?")
    assert (reply.kind, reply.entry_id) == ("answer", "speaker"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Каков полный текст новой Преамбулы Конституции?",
        "Каков текст новой Преамбулы?",
        "Каков текст новой Конституции?",
        "Каков текст выступления генпрокурора?",
        "What is the full text of the new Preamble?",
    ],
)
def test_the_text_of_a_thing_is_its_wording_and_is_declined(engine, question: str) -> None:
    """The documents never give the wording of the preamble, the draft or the speech."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Каков полный текст пресс-релиза?", "about_document"),
        ("Что говорится в тексте пресс-релиза о преамбуле?", "about_document"),
        ("Упоминается ли в тексте президент Токаев?", "reform_tokayev_link"),
        ("Что сказано в тексте о правосознании?", "legal_consciousness"),
    ],
)
def test_the_text_read_keeps_its_readings(engine, question: str, entry_id: str) -> None:
    """The press release's own text, and «в тексте» before a noun in the nominative."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Hello, whom do I have the pleasure of speaking with?",
        "Whom am I speaking with?",
        "Кто со мной разговаривает?",
    ],
)
def test_whom_the_user_speaks_with_is_the_bot(engine, question: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.note) == ("smalltalk", "smalltalk:who_are_you"), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Could you tell me who spoke?", "Can I ask who spoke?", "Who spoke at the round table?"],
)
def test_who_spoke_asked_by_the_user_is_the_speaker(engine, question: str) -> None:
    """The user asking («tell me», "can I ask") is not the one speaking."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "speaker"), describe(reply)


def test_whom_the_user_speaks_with_about_a_subject_is_no_small_talk(engine) -> None:
    reply = engine.answer("Who am I talking to about the preamble?")
    assert reply.kind != "smalltalk", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Правда ли, что Асылов назвал изменения консервативными?", "overall_assessment"),
        ("Верно ли, что изменения носят консервативный характер?", "overall_assessment"),
        ("Is it true that Asylov called the changes conservative?", "overall_assessment"),
        ("Правда ли, что участники обсуждали в основном теоретические вопросы?", "practical_focus"),
        (
            "Правда ли, что в сервисной модели главный акцент сделан на ужесточении наказаний?",
            "rights_protection_priority",
        ),
        ("Is it true that the service model focuses on harsher punishment?", "rights_protection_priority"),
        (
            "Правда ли, что реформу рассматривают как резкий разрыв с прежним политическим курсом?",
            "reform_tokayev_link",
        ),
        ("Правда ли, что генпрокурор выступил против широкого вовлечения общества?", "public_involvement"),
    ],
)
def test_a_claim_the_documents_contradict_gets_what_they_say(engine, question: str, entry_id: str) -> None:
    """A checked claim whose word is the opposite of the documents' is answered with the entry
    saying what they do say on its subject."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


def test_an_objection_claimed_gets_what_the_prosecutor_said(engine) -> None:
    reply = engine.answer("Правда ли, что Генеральный прокурор выступал против открытого обсуждения проекта?")
    assert reply.kind == "answer", describe(reply)
    assert "открытому диалогу" in " ".join(q.text for q in reply.quotes), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Правда ли, что Асылов предложил снизить налоги?",
        "Правда ли, что Асылов назвал налоговую реформу консервативной?",
        "Правда ли, что Асылов предложил ужесточить наказание за коррупцию?",
        "Правда ли, что Асылов выступал против референдума?",
        "Правда ли, что Асылов выступал против налоговой реформы?",
        "Правда ли, что депутаты выступали против проекта?",
        "Правда ли, что наказание за правонарушения ужесточат?",
        "Правда ли, что акцент сделан на ужесточении ответственности?",
        "Is it true that punishment for tax evasion will be tougher?",
        "Is it true that the ombudsman opposed the draft?",
        "Is it true that there was a break during the round table?",
    ],
)
def test_claims_of_what_the_documents_never_say_stay_declined(engine, question: str) -> None:
    """No opposite, another thing named («налоговая реформа», «референдум»), someone the documents
    report no words of (the deputies), or an opposite not in the list: declined as before."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Is it true that the round table took place in January 2026?",
        "Did the round table take place in January 2026?",
        "Is it true that the round table was held in December?",
        "Did the round table take place in February 2026?",
    ],
)
def test_whether_it_was_on_an_english_date_gets_the_date(engine, question: str) -> None:
    """«January» is an English month, not «януары» transliterated; an auxiliary opening the
    question and "true" ask yes or no, nothing else."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "event_date"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "What happened in January 2026?",
        "Did the President sign the draft in January?",
        "Will the referendum take place in March?",
        "Is it true that Asylov proposed to cut taxes?",
    ],
)
def test_other_questions_with_a_month_stay_declined(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (
            "Could you kindly clarify whether the Ombudsman's institution took part in the discussion?",
            "participant_ombudsman",
        ),
        ("I wonder whether the Parliament took part", "participant_parliament"),
        ("Did academics and NGOs take part in the deliberations?", "participant_public_orgs"),
        ("What is the current state of public deliberation on the draft?", "current_stage"),
    ],
)
def test_whether_and_deliberation_are_read(engine, question: str, entry_id: str) -> None:
    """ "whether" is a conjunction, no subject; "deliberation" is the discussion."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Could you clarify whether taxes will be cut?", "Did farmers take part in the deliberations?"],
)
def test_whether_and_deliberation_leave_the_unknown_declined(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (
            "Is it true that the reform is presented as a departure from the President's earlier course?",
            "reform_tokayev_link",
        ),
        ("Is the reform seen as a continuation of earlier initiatives?", "reform_tokayev_link"),
        ("Were NGOs present?", "participant_public_orgs"),
        ("Who is Berik Asylov and in what capacity did he address the participants?", "speaker"),
        ("В качестве кого выступал Асылов?", "speaker"),
    ],
)
def test_presented_as_and_in_what_capacity(engine, question: str, entry_id: str) -> None:
    """ "presented as" says how the text describes a thing ("present" alone is being there); "in
    what capacity" asks the post."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Is the reform presented as a tax cut?", "What is the capacity of the courts?"],
)
def test_presented_as_and_capacity_leave_the_unknown_declined(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Объясни простыми словами, о чём был этот круглый стол.", "about_document"),
        ("Объясни, о чём был этот круглый стол.", "about_document"),
        ("Explain in simple words what the round table was about", "about_document"),
        ("Объясните, что сказал генпрокурор", "prosecutor_speech"),
        ("Объясните, зачем нужна разъяснительная работа", "explanation_purpose"),
        ("Какими словами генпрокурор описал изменения?", "overall_assessment"),
    ],
)
def test_explain_in_plain_words_asks_the_bot(engine, question: str, entry_id: str) -> None:
    """«Объясни…», "Explain…" opening the question is addressed to the bot, not the documents'
    explanatory work; «простыми словами» says how plainly to answer («какими словами» still asks)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


def test_explain_in_plain_words_leaves_the_unknown_declined(engine) -> None:
    reply = engine.answer("Объясни простыми словами, какие налоги снизят")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    ["адм президента была на обсуждении", "адм. президента участвовала?", "кто от адм президента был?"],
)
def test_adm_is_the_administration(engine, question: str) -> None:
    """«адм президента», «адм.» cut short: the Administration of the President, as «админ президента»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "participant_administration"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (
            "Конституциялық реформа аясында мемлекеттік басқарудың тиімділігі туралы не делінді?",
            "overall_assessment",
        ),
        (
            "Что сказано об эффективности государственного управления в рамках конституционной реформы?",
            "overall_assessment",
        ),
        (
            "Какие механизмы собираются совершенствовать в рамках равенства перед законом?",
            "equality_before_law",
        ),
        ("Прокуратура туралы не делінген?", "prosecutor_speech"),
    ],
)
def test_within_the_reform_frames_the_question(engine, question: str, entry_id: str) -> None:
    """«в рамках конституционной реформы», «реформа аясында» place the question within the documents'
    whole, no subject of its own; «делінді», «делінген» (was said) are «айтылды»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие налоги снизят в рамках реформы?",
        "Реформа аясында салықтар туралы не делінді?",
        "Какие наказания ужесточат в рамках нулевой терпимости?",
    ],
)
def test_within_the_reform_leaves_the_unknown_declined(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Реформа кандай максатка багытталган", "reform_aims"),
        ("Талкылауга Президент Акимшилигинен окилдер катысты ма", "participant_administration"),
        ("Донгелек устелге кимдер катысты", "participants"),
    ],
)
def test_kazakh_typed_without_its_letters_is_read(engine, question: str, entry_id: str) -> None:
    """A word typed without Kazakh letters («максатка», «Акимшилигинен») is read as the knowledge
    base's Kazakh word it folds onto («мақсат», «әкімшілік»)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


# Kazakh words get no part of speech here: an unknown one is a subject only where its place tells a
# noun (before «туралы», after «қандай»; typed without Kazakh letters, after «кандай» when no word of
# the knowledge base begins as it does: round 54c)


@pytest.mark.parametrize(
    "question",
    [
        "Реформа кандай салыктарга багытталган",  # (a word no KB word begins as, after «кандай»: round 54c)
        "Реформа қандай салықтарға бағытталған",  # (the noun after «қандай»: round 45c)
        "Салыктар томендей ме",
    ],
)
def test_kazakh_typed_without_its_letters_leaves_the_unknown_declined(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Бас прокурор салық туралы не айтты",
        "Бас прокурор салык туралы не айтты",  # typed without Kazakh letters
        "Асылов зейнетақы туралы не айтты?",
        "Бас прокурор жемқорлық туралы не айтты?",
    ],
)
def test_a_kazakh_topic_the_documents_never_name_is_declined(engine, question: str) -> None:
    """What is spoken of, before «туралы», is a noun: one the knowledge base does not know is an
    unknown subject, as «Что генпрокурор сказал о налогах?» has one."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Бас прокурор құқықтық сана туралы не айтты", "legal_consciousness"),
        ("Кукыктык сана туралы не айтты", "legal_consciousness"),
        ("Дербес деректер туралы не айтылды?", "personal_data_protection"),
        ("Заң алдындағы теңдік туралы не айтылды?", "equality_before_law"),
        ("Құқық бұзушылыққа қатысты қандай төзімділік туралы айтылды?", "law_and_order_meaning"),
    ],
)
def test_a_kazakh_topic_the_documents_name_is_answered(engine, question: str, entry_id: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)
