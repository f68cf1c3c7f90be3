"""Round 35e: English and the class "what office does a person hold", each fix by its class, with
paraphrases of our own and near misses that must stay declined (real engine, one source and two)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "What office does Mr Asylov hold?",
        "What office does Mr. Asylov hold?",
        "Which office does Berik Asylov hold?",
        "What position does Mr Asylov hold?",
        "What is Mr Asylov's job?",
        "What job does Asylov have?",
        "Who is Mr Asylov?",
        "Какую должность занимает Асылов?",
        "Кем работает Асылов?",
        "Кем работает господин Асылов?",
        "Какой пост занимает Асылов?",
        "Берик Асылов кандай кызметте?",
        "Асылов кандай кызметте?",
        "Асылов қандай қызметте?",
        "Асылов кай лауазымда?",
        "Асылов мырза кандай кызметте?",
    ],
)
def test_the_office_a_person_holds_is_who_he_is(engine, question: str) -> None:
    """The office, post or job a person holds asks who he is (kind `who_is`), in any language; a
    courtesy title before the name ("Mr", «господин», «мырза») names no one else, and a Kazakh
    question word typed without Kazakh letters («кандай кызметте») is still Kazakh."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "speaker"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "What office will the new Ombudsman hold?",
        "What post will Asylov get after the reform?",
        "What post will Mr Asylov hold after the reform?",
        "What job will Asylov get?",
        "Какую должность займёт Асылов после реформы?",
        "Кем будет работать Асылов?",
        "What office does Mr Smith hold?",
        "Who is Mr Smith?",
        "Who will be the next Prosecutor General?",
        "Кто станет следующим генпрокурором?",
        "Will the reform create jobs?",
    ],
)
def test_a_post_to_come_or_of_someone_unnamed_is_declined(engine, question: str) -> None:
    """Near misses: the post someone will hold is one yet to come (the documents tell the one held
    when they were written); a person they never name holds no post they tell; jobs created are no
    post held."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Повысят ли качество юридического образования?", "legal_culture"),
        ("Как повысят качество юридического образования?", "legal_culture"),
        ("Who will be involved in the discussion?", "public_involvement"),
        ("Кто будет вовлечён в обсуждение?", "public_involvement"),
    ],
)
def test_a_future_without_a_post_stays_answered(engine, question: str, entry_id: str) -> None:
    """Near misses: a question in the future that asks no post keeps its answer («качество» is no
    post, though the curated «в качестве кого» reads as one)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Will the reform create a stronger presidency?",
        "Is there going to be a stronger presidency?",
        "Will the reform strengthen the President?",
        "Will the changes make the President stronger?",
        "Усилит ли реформа Президента?",
        "Реформа Президентті күшейте ме?",
        "Will the reform strengthen the prosecutor's office?",
        "Will the reform strengthen the Parliament?",
    ],
)
def test_a_body_strengthened_is_declined_unless_said(engine, question: str) -> None:
    """A person or body the documents name, as what the reform would strengthen: the documents
    strengthen guarantees and law and order, never a body, so no entry says so (these were
    answered with the President's initiatives or the overall assessment)."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Will the reform strengthen the rule of law?", "reform_aims"),
        ("Укрепит ли реформа верховенство закона?", "reform_aims"),
        ("Реформа заң үстемдігін нығайта ма?", "reform_aims"),
        ("Усилят ли изменения гарантии прав и свобод граждан?", "overall_assessment"),
        ("Will the reform strengthen legal culture?", "legal_culture"),
        ("Что генпрокурор сказал об укреплении правопорядка?", "overall_assessment"),
        ("Что сказал генпрокурор об укреплении?", "prosecutor_speech"),
        ("Did the Prosecutor General speak about strengthening?", "prosecutor_speech"),
    ],
)
def test_what_the_documents_strengthen_stays_answered(engine, question: str, entry_id: str) -> None:
    """Near misses: a thing the documents do strengthen keeps its answer, and so does a body that
    speaks of strengthening (the Prosecutor General), not strengthened."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_ids"),
    [
        ("What are the stated objectives of the reform?", {"reform_aims"}),
        ("What objectives does the reform pursue?", {"reform_aims"}),
        ("What three objectives do the proposed changes pursue?", {"overall_assessment"}),
        ("What are the objectives the amendments are directed at?", {"overall_assessment"}),
        ("What are the objectives of the explanatory work?", {"explanation_purpose"}),
        (
            "What does 'zero tolerance' refer to in his remarks?",
            {"prosecutor_speech", "law_and_order_meaning"},
        ),
        ("What did he say in his remarks?", {"prosecutor_speech"}),
    ],
)
def test_objectives_and_remarks(engine, question: str, entry_ids: set[str]) -> None:
    """A thing's "objectives" are its aims (English variants of the reform's aims and of the aims of
    the changes); a speaker's "remarks" are his speech."""
    reply = engine.answer(question)
    assert reply.kind == "answer", describe(reply)
    assert reply.entry_id in entry_ids, describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "What are the objectives of the new tax code?",
        "What are the objectives of the tax changes?",
        "What were the key points of his remarks on the Senate?",
    ],
)
def test_objectives_of_what_the_documents_never_name_are_declined(engine, question: str) -> None:
    """Near misses: the objectives or remarks of a thing the documents never name."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Did officials from the Presidential Administration attend?", "participant_administration"),
        ("Были ли чиновники из Администрации Президента?", "participant_administration"),
        ("Were there officials from Parliament?", "participant_parliament"),
        ("Did staff of the Ombudsman's office take part?", "participant_ombudsman"),
        ("Which official spoke?", "speaker"),
    ],
)
def test_people_of_a_named_body_are_that_body(engine, question: str, entry_id: str) -> None:
    """Officials or staff from a body the documents name ask whether that body was there; the
    curated "official" alone still asks who spoke."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Did officials from the Ministry of Finance attend?",
        "Did officials from the Presidential Administration speak?",
    ],
)
def test_people_of_an_unnamed_body_or_doing_more_are_declined(engine, question: str) -> None:
    """Near misses: a body the documents never name, and a named body's people doing what the
    documents do not say they did (they took part; only the Prosecutor General spoke)."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (
            "As a foreign correspondent, I'd like to know what long-term significance the participants "
            "attach to the changes.",
            "long_term_guidelines",
        ),
        ("As a student, I'd like to know who spoke at the round table.", "speaker"),
        ("Как журналист, хочу узнать, кто выступал?", "speaker"),
    ],
)
def test_the_askers_role_before_a_comma_is_no_subject(engine, question: str, entry_id: str) -> None:
    """ "As a <role>, I…", «Как <person>, …»: the asker's role before a comma is no subject the
    documents lack, as before a colon."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("As a whole, was the reform assessed positively?", True),
        ("As a result, what changed?", True),
        ("As a teacher, what are the main points?", True),
        ("Как генпрокурор, что он сказал?", True),
        ("Как Президент связан с реформой, расскажите?", True),
        ("As a lawyer, I wonder what will happen to the Senate.", False),
    ],
)
def test_what_is_no_role_of_the_asker_stays(question: str, kept: bool) -> None:
    """Near misses: an English opening with no word of the asker after it ("As a whole,") may be
    no role, and is kept; a person a pronoun points back to, or one something is said of, is what
    is asked about."""
    from bot.qa.text import focus

    assert (focus(question)[0] == question) is kept


def test_a_role_before_a_subject_never_named_is_still_declined(engine) -> None:
    """Near miss: with the role gone, a subject the documents never name is still declined."""
    for question in (
        "As a foreign correspondent, I'd like to know whether taxes were discussed.",
        "As a lawyer, I wonder what will happen to the Senate.",
    ):
        reply = engine.answer(question)
        assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Реформа қанша тұрады?",
        "Реформа канша турады?",
        "Реформаға қанша ақша бөлінеді?",
        "Бұл реформа мемлекетке қанша ақшаға түседі?",
        "Жаңа Конституцияға қанша қаражат кетеді?",
        "Түсіндіру жұмысына қанша ақша бөлінеді?",
    ],
)
def test_what_the_reform_costs_is_declined(engine, question: str) -> None:
    """Money the documents never give: «қанша» before a verb they never use measures by that verb
    («тұрады»: costs), a subject they lack, as «Сколько стоит…?» is (it was answered with the four
    directions). (With the second source «Сколько стоит реформа?» is answered with the exhibition's
    free entry: left open, see notes/round35e.md.)"""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Қанша бағыт бар?", "Бағыттар қанша?", "Неше бағыт талқыланды?", "Қанша бағыт талқыланды?"],
)
def test_how_many_directions_stays_answered(engine, question: str) -> None:
    """Near misses: «қанша» before the counted directions, or last, keeps the count."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "key_directions"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какую пользу приносит системная разъяснительная работа?",
        "В чём польза разъяснительной работы?",
        "Чем полезна разъяснительная работа?",
    ],
)
def test_the_benefit_of_a_thing_is_its_purpose(engine, question: str) -> None:
    """«Какую пользу приносит X», «в чём польза X», «чем полезен X» ask what X brings (kind
    `effect`), which for a thing no direction is named by is its purpose: the entry saying what the
    outreach allows («позволяет избежать неточных интерпретаций…»), not the one saying it goes on."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "explanation_purpose"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Какую пользу принесут изменения по словам Асылова?", "overall_assessment"),
        ("Что дадут изменения?", "overall_assessment"),
        ("Что дадут новеллы?", "overall_assessment"),
        ("Какую пользу принесёт открытый диалог?", "open_dialogue"),
    ],
)
def test_the_benefit_of_the_changes_is_their_aim(engine, question: str, entry_id: str) -> None:
    """Near misses: what the changes as a whole bring is what they are aimed at, which the entry
    assessing them says (no `reason` asked of it; «по словам Асылова» only frames the question)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какую пользу принесёт налоговая реформа?",
        "Какую пользу принесёт реформа пенсионерам?",
        "Чем полезен искусственный интеллект в прокуратуре?",
    ],
)
def test_the_benefit_of_what_the_documents_never_tell_is_declined(engine, question: str) -> None:
    """Near misses: another reform, a benefit to people the documents never name, and a use of AI
    they do not describe."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Асылов кандай кызмет атқарады?", "speaker"),
        ("Дөңгелек устелге кимдер қатысты?", "participants"),
    ],
)
def test_kazakh_typed_partly_without_its_letters(engine, question: str, entry_id: str) -> None:
    """A Kazakh question typed partly with Kazakh letters has its other words restored as a
    question typed wholly without them does («кандай кызмет» beside «атқарады»)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


def test_kazakh_typed_partly_without_its_letters_still_declines(engine) -> None:
    """Near miss: a subject the documents never name, so typed, is still declined."""
    reply = engine.answer("Салык реформасы туралы не айтылды?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("What date was the round table on Kazakhstan's draft constitution?", "event_date"),
        ("What date was the round table on the draft constitution of Kazakhstan?", "event_date"),
        ("What does Kazakhstan's draft constitution say about AI?", "digital_solutions"),
    ],
)
def test_the_country_owning_the_draft_is_no_subject(engine, question: str, entry_id: str) -> None:
    """ "Kazakhstan's draft constitution", "the constitution of Kazakhstan": the documents' country
    as the owner of their whole says whose it is, as their own title does."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "What date was Kazakhstan's independence declared?",
        "When was Kazakhstan's current constitution adopted?",
    ],
)
def test_the_country_owning_something_else_stays_declined(engine, question: str) -> None:
    """Near misses: the country owning what the documents never tell (its independence, the
    constitution in force)."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_at_the_moment_is_now(engine) -> None:
    """ "at the moment": the English "moment" is a stopword as «момент» is («на данный момент»)."""
    reply = engine.answer("At what stage is the draft Constitution at the moment?")
    assert (reply.kind, reply.entry_id) == ("answer", "current_stage"), describe(reply)
    for question in ("What is the weather at the moment?", "What are the key moments of the speech?"):
        assert engine.answer(question).kind == "none", question


@pytest.mark.parametrize(
    "question",
    [
        "Is it true that the Prosecutor General described the amendments as merely cosmetic?",
        "Is it true that the changes are purely cosmetic?",
        "Правда ли, что поправки носят косметический характер?",
        "Правда ли, что изменения лишь косметические?",
    ],
)
def test_changes_claimed_cosmetic_are_answered_with_their_assessment(engine, question: str) -> None:
    """A claim that the changes are only cosmetic is checked against the text's word for them,
    progressive (synonyms `opposites`); "merely", "purely" only stress the claim."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


def test_a_cosmetic_claim_of_something_else_is_declined(engine) -> None:
    """Near miss: the claim is of a thing the documents never name."""
    reply = engine.answer("Is it true that the tax cuts are merely cosmetic?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "How did participants situate the constitutional reform relative to President Tokayev's "
        "earlier initiatives?",
        "How did the participants link the reform to Tokayev's initiatives?",
        "How did participants view the reform relative to Tokayev's initiatives?",
    ],
)
def test_what_the_participants_did_with_a_named_thing(engine, question: str) -> None:
    """The participants doing what the document reports with a thing it names are its voice (the
    Russian «участники»), not a question whether anyone took part."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "reform_tokayev_link"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Did the participants focus on theory or practical matters?", "practical_focus"),
        ("Did participants from Parliament attend?", "participant_parliament"),
        ("Did participants discuss taxes?", None),
        ("How many participants were there?", None),
    ],
)
def test_the_participants_otherwise_keep_their_reading(engine, question: str, entry_id: str | None) -> None:
    """Near misses: a question of what they focused on, of who was there, of a subject never named."""
    reply = engine.answer(question)
    if entry_id is None:
        assert reply.kind == "none", describe(reply)
    else:
        assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "What will happen to the Human Rights Commissioner's institution under the new Constitution?",
        "Что будет с институтом омбудсмена по новой Конституции?",
        "Что будет с институтом омбудсмена?",
        "Что будет с Парламентом по новой Конституции?",
    ],
)
def test_the_fate_of_a_body_named_as_taking_part_is_declined(engine, question: str) -> None:
    """What will become of a body the documents name only as taking part is declined with its
    generic word («институт») and the documents' frame ("under the new Constitution") beside it,
    as without them (it was answered with the Ombudsman's taking part)."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_a_body_named_as_taking_part_still_took_part(engine) -> None:
    """Near miss: whether the Ombudsman's institution took part is still answered."""
    reply = engine.answer("Участвовал ли институт омбудсмена?")
    assert (reply.kind, reply.entry_id) == ("answer", "participant_ombudsman"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "How will AI be regulated?",
        "Как будет регулироваться искусственный интеллект?",
        "How will big data be stored?",
    ],
)
def test_how_an_unnamed_action_is_done_to_a_thing_is_declined(engine, question: str) -> None:
    """«Как»/"how" with a verb the documents never use, of one thing they name: they cannot tell
    how that is done (as of a person or body they name)."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("How will AI be introduced?", "digital_solutions"),
        ("How will personal data be protected?", "personal_data_protection"),
        ("How will legal culture be developed?", "legal_culture"),
        (
            "Как участники круглого стола соотнесли конституционную реформу с прежними инициативами "
            "главы государства?",
            "reform_tokayev_link",
        ),
    ],
)
def test_how_a_told_action_is_done_stays_answered(engine, question: str, entry_id: str) -> None:
    """Near misses: a verb the documents use, and an unknown verb relating several things they
    name (how an entry relates them)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)
