"""Round 36a: the held-out blind37's classes, each fix by its class, with paraphrases of our own and
near misses that must stay declined (real engine, one source and two)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Назовите все категории участников дискуссии.",
        "Назовите участников круглого стола",
        "Назовите всех участников дискуссии",
        "Какие именно организации участвовали?",
    ],
)
def test_the_items_of_what_an_entry_lists_are_its_list(engine, question: str) -> None:
    """A request for the particular items of a thing («назовите», «какие именно») is answered by
    the entry whose answer opens with that thing and lists it (the participants), though it is not
    of kind `items`; not by one that merely names the thing (the speaker «обратился к участникам»)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "participants"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Назовите общественные организации, которые участвовали в дискуссии.",
        "Назовите депутатов Парламента, участвовавших в дискуссии.",
        "Назовите представителей Администрации Президента",
        "Какие конкретно эксперты участвовали?",
        "Назовите учёных, участвовавших в дискуссии",
        "Какие именно общественные организации участвовали?",
    ],
)
def test_the_items_of_one_item_of_a_list_are_declined(engine, question: str) -> None:
    """Near misses: the members of one thing the list names as a single item (which organisations,
    which deputies, whose representatives) are not listed anywhere."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Is it true that the Prosecutor General called the reforms regressive?",
        "Are the changes regressive?",
        "Правда ли, что генпрокурор назвал изменения регрессивными?",
    ],
)
def test_a_claim_of_regress_is_answered_by_the_assessment(engine, question: str) -> None:
    """A claim that the changes go backwards is the opposite of the documents' «прогрессивный
    характер» (synonyms.yaml `opposites`): the entry giving their assessment answers it."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Is it true that the Prosecutor General called the tax reform regressive?",
        "Правда ли, что Асылов назвал налоговую реформу регрессивной?",
        "Is it true that the Prosecutor General called the tax regressive?",
    ],
)
def test_a_claim_of_regress_about_another_thing_is_declined(engine, question: str) -> None:
    """Near misses: a tax, or another reform, that the documents never judge."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "кто был на круглом столе по новой конституции",
        "Кто был на круглом столе по проекту Основного Закона?",
        "кто был на обсуждении новой конституции",
    ],
)
def test_who_was_at_the_event_asks_who_took_part(engine, question: str) -> None:
    """«Кто был на …»: who, a past «быть» and a place right after it, with nothing said but the place
    and what it was on, asks who was there: who took part."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "participants"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кто был на заседании Сената?",
        "Кто был на круглом столе от Сената?",
        "кто был в зале",
        "Кто был на круглом столе по налоговой реформе?",
        "Кто был на круглом столе по новому Налоговому кодексу?",
        "Кто был на референдуме?",
        "Кто был на митинге против новой конституции?",
    ],
)
def test_who_was_at_another_place_is_declined(engine, question: str) -> None:
    """Near misses: a sitting of a body the documents never name, a hall, a round table on another
    subject, a referendum or a rally: no one the documents tell was there."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entries"),
    [
        (
            "Кто выступил с тезисом о принципе «Закон и порядок»?",
            {"law_and_order_meaning", "prosecutor_speech"},
        ),
        ("С каким тезисом выступил генпрокурор?", {"prosecutor_speech"}),
        ("С каким предложением выступил Генеральный прокурор?", {"prosecutor_speech"}),
        ("Кто выступил с заявлением о нулевой терпимости к правонарушениям?", {"law_and_order_meaning"}),
        ("Кто выступил с идеей продолжить разъяснительную работу?", {"explanatory_work"}),
    ],
)
def test_coming_out_with_a_thesis_is_saying_it(engine, question: str, entries: set[str]) -> None:
    """«Выступить с тезисом / заявлением / предложением / идеей»: to come out with a wording is to
    say it (kind `said`); the verb and the noun frame the question, what was said is asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id in entries) == ("answer", True), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кто выступил с тезисом о снижении налогов?",
        "Кто выступил с заявлением об отставке?",
        "Кто выступил с критикой проекта?",
        "Кто выступил с докладом?",
        "С каким заявлением выступил Парламент?",
        "Кто выступил с предложением провести референдум?",
        "С какими идеями выступили учёные?",
    ],
)
def test_coming_out_with_what_no_one_said_is_declined(engine, question: str) -> None:
    """Near misses: a thesis on taxes, a resignation, a report, a referendum, or a statement of a
    body whose words the documents do not report."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Затрагивалась ли на круглом столе проблема неодинакового применения законов?",
            "key_directions",
        ),
        ("Обсуждалась ли проблема защиты персональных данных?", "personal_data_protection"),
        ("Поднимался ли вопрос правовой культуры?", "legal_culture"),
        ("Шла ли речь о проблеме юридического образования?", "legal_culture"),
    ],
)
def test_a_topic_noun_before_its_genitive_is_the_topic(engine, question: str, entry: str) -> None:
    """Whether «проблема X» or «вопрос X» was discussed asks whether X was: the generic noun of a
    topic before the genitive naming it is no subject the documents lack."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Обсуждалась ли проблема коррупции?",
        "Какие проблемы применения законов обсуждались?",
        "Обсуждалась ли проблема безработицы среди юристов?",
        "Затрагивалась ли проблема пенсий?",
        "Обсуждалась ли проблема перегрузки судов?",
    ],
)
def test_a_topic_the_documents_never_name_is_declined(engine, question: str) -> None:
    """Near misses: corruption, unemployment, pensions, overloaded courts are topics the documents
    never name; «какие проблемы…» asks for the problems themselves, which they do not list."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что конкретно предлагается делать с персональными данными на конституционном уровне?",
        "Обсуждалась ли защита персональных данных на конституционном уровне?",
        "Что говорится о гарантиях защиты персональных данных на конституционном уровне?",
    ],
)
def test_a_level_named_by_a_known_adjective_is_its_domain(engine, question: str) -> None:
    """«На конституционном уровне»: a level named by an adjective the documents use is the domain
    the adjective names, no detail they lack."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id in {"digital_solutions", "personal_data_protection"}) == (
        "answer",
        True,
    ), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что предлагается делать с персональными данными на региональном уровне?",
        "Как защищаются персональные данные на международном уровне?",
        "Какой уровень защиты персональных данных?",
    ],
)
def test_a_level_the_documents_never_name_is_declined(engine, question: str) -> None:
    """Near misses: a regional or international level, or the level of protection itself, are
    details the documents do not give."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Обсуждение проекта Основного Закона уже завершилось?",
        "Обсуждение проекта закончилось?",
        "Завершилось ли обсуждение проекта Конституции?",
        "Завершилось ли обсуждение новой Конституции?",
        "Конституция жобасын талкылау аякталды ма",
        "Жоба талқылауы аяқталды ма?",
    ],
)
def test_whether_the_drafts_discussion_has_ended_asks_where_it_stands(engine, question: str) -> None:
    """Whether a process of the draft has ended asks whether it still goes on: the entry telling
    where the draft stands answers (the discussion is going on), not the round table's outcome."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "current_stage"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Чем завершилось обсуждение?", "outcome"),
        ("Круглый стол уже завершился?", "outcome"),
        ("Дөңгелек үстел аяқталды ма?", "outcome"),
        ("Референдум по проекту уже закончился?", None),
        ("Обсуждение проекта налогового кодекса завершилось?", None),
        ("Салық кодексінің жобасын талқылау аяқталды ма?", None),
    ],
)
def test_what_an_event_ended_with_or_another_ending_keeps_its_reading(
    engine, question: str, entry: str | None
) -> None:
    """Near misses: what the discussion ended with and whether the round table (the event) ended
    are its outcome; a referendum or another draft's discussion is declined."""
    reply = engine.answer(question)
    assert reply.entry_id == entry, describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Шла ли речь о предупреждении правонарушений?", "rights_protection_priority"),
        ("Шла ли речь о верховенстве закона?", "reform_aims"),
        ("Шла ли речь об участии Парламента?", "participants"),
        ("Была ли речь о цифровизации?", "digital_solutions"),
    ],
)
def test_whether_a_thing_was_talked_of_asks_the_thing(engine, question: str, entry: str) -> None:
    """«Шла ли речь о X?»: the verb and «речь» frame whether X was talked of; X is asked, and no
    one's words (the entry telling X answers, whatever its kinds)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Шла ли речь о налогах?",
        "Шла ли речь о предупреждении коррупции?",
        "Шла ли речь о референдуме?",
        "Шла ли речь о сроках принятия Конституции?",
        "Заходила ли речь о смертной казни?",
    ],
)
def test_whether_another_thing_was_talked_of_is_declined(engine, question: str) -> None:
    """Near misses: taxes, corruption, a referendum, the date of adoption, the death penalty."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кого именно необходимо информировать о предстоящих преобразованиях?",
        "Кого информируют о предстоящих преобразованиях?",
        "Кому рассказывают о будущих изменениях?",
    ],
)
def test_whom_the_public_is_informed_is_told_by_the_current_stage(engine, question: str) -> None:
    """The entry telling where the draft stands says whom they inform of the changes (the
    public): it answers a question of whom (kind `whom`)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "current_stage"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кто информирует общество о преобразованиях?",
        "Кого пригласили на референдум?",
    ],
)
def test_who_informs_or_another_whom_is_declined(engine, question: str) -> None:
    """Near misses: who does the informing the documents do not say; a referendum is not theirs."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Правда ли, что на круглом столе присутствовали исключительно государственные чиновники?",
        "Правда ли, что на круглом столе присутствовали только чиновники?",
        "На круглом столе были только чиновники?",
        "Правда ли, что в круглом столе участвовали только депутаты?",
        "Только ли чиновники были на круглом столе?",
    ],
)
def test_whether_only_some_were_there_is_told_by_who_took_part(engine, question: str) -> None:
    """Whether only some people were there is answered by who took part, which names the others
    too; the people claimed alone are no subject (not the speaker, an official)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "participants"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Правда ли, что присутствовали только журналисты?",
        "Участвовали ли только иностранные эксперты?",
        "На круглом столе были одни студенты?",
    ],
)
def test_whether_only_people_never_named_were_there_is_declined(engine, question: str) -> None:
    """Near misses: journalists, foreign experts, students: people the documents never name."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_a_claim_with_a_reason_of_no_subject_is_checked_by_its_claim(engine) -> None:
    """«…, поскольку всё уже понятно»: the reason names nothing; the claim (to cut the explanatory
    work) is checked against what the Prosecutor General called for (to continue it)."""
    question = (
        "Правда ли, что Генеральный прокурор призвал сократить разъяснительную работу, "
        "поскольку всё уже понятно?"
    )
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "explanatory_work"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Правда ли, что генпрокурор призвал сократить разъяснительную работу, поскольку налоги выросли?",
        "Правда ли, что реформу проводят, потому что так требует МВФ?",
    ],
)
def test_a_claim_with_a_reason_naming_something_else_is_declined(engine, question: str) -> None:
    """Near misses: a reason naming taxes or the IMF is part of what is asked, which the documents
    do not tell."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какую модель страны призваны сформировать президентские инициативы, о которых шла речь?",
        "На что направлены инициативы, о которых говорилось?",
    ],
)
def test_a_thing_talked_of_before_is_the_thing(engine, question: str) -> None:
    """«Инициативы, о которых шла речь»: a relative clause of being talked of points back to the
    thing; it asks no one's words (no kind `said`), and the entry telling the thing answers."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "reform_aims"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какой налог, о котором шла речь, повысят?",
        "Какую пенсию, о которой шла речь, назначат?",
    ],
)
def test_another_thing_talked_of_before_is_declined(engine, question: str) -> None:
    """Near misses: a tax or a pension the documents never speak of."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Какие две главные мысли в выступлении генпрокурора?", "prosecutor_speech"),
        ("Какие три главные мысли выступления генпрокурора?", "prosecutor_speech"),
        ("Назовите три направления", "key_directions"),
    ],
)
def test_how_many_things_the_asker_wants_is_no_subject(engine, question: str, entry: str) -> None:
    """«Какие две главные мысли…», «Назовите три направления»: a number right after the word asking
    which things says how many the asker wants; the entry telling them answers."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие два налога повысят?",
        "Назовите три закона, которые изменят",
    ],
)
def test_how_many_things_never_named_is_declined(engine, question: str) -> None:
    """Near misses: taxes and laws to be changed, which the documents never name."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие две главные мысли можно выделить в выступлении Генерального прокурора?",
        "Какой главный посыл выступления генпрокурора?",
        "Какую мысль генпрокурора о преамбуле можно вынести в заголовок?",
    ],
)
def test_the_thoughts_of_a_speech_are_what_was_said(engine, question: str) -> None:
    """The thoughts of a speech, or of a person the documents name, are what was said (kind
    `said`): the entry reporting the Prosecutor General's words answers."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "prosecutor_speech"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Какова основная мысль пресс-релиза?", "about_document"),
        ("Какая главная мысль документа?", "about_document"),
        ("Какие мысли высказал министр финансов?", None),
        ("Какие мысли о налогах высказал генпрокурор?", None),
    ],
)
def test_the_thought_of_the_piece_or_of_another_keeps_its_reading(
    engine, question: str, entry: str | None
) -> None:
    """Near misses: the piece's main thought is what it is about; a minister's thoughts, or thoughts
    on taxes, the documents do not report."""
    reply = engine.answer(question)
    assert reply.entry_id == entry, describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что участники говорили о сроках, на которые рассчитаны изменения: краткосрочные или долгосрочные?",
        "Что участники сказали о сроках, на которые рассчитаны изменения?",
        "Каковы сроки, на которые рассчитаны ориентиры?",
    ],
)
def test_the_term_something_is_meant_for_is_its_length(engine, question: str) -> None:
    """«Сроки, на которые рассчитаны изменения»: the term something is meant for asks how long (kind
    `duration`), as «на какой срок» does; the long-term guidelines answer."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "long_term_guidelines"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "В какие сроки примут Конституцию?",
        "Каковы сроки, на которые избирается президент?",
        "Какие сроки, на которые назначат выборы?",
    ],
)
def test_a_term_of_another_thing_is_declined(engine, question: str) -> None:
    """Near misses: by when the Constitution is adopted, a president's term, elections."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Сравните направления «Равенство перед законом» и «Приоритет защиты прав граждан»",
        "Compare the digital solutions and legal culture areas",
    ],
)
def test_a_comparison_asked_of_the_bot_asks_what_each_is(engine, question: str) -> None:
    """«Сравните X и Y», "Compare X and Y": a request addressed to the bot (as «Объясните»), no
    subject; the entry listing both directions with their content answers."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "key_directions"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Сравните новую Конституцию с действующей",
        "Сравните Конституцию Казахстана и России",
        "Сравните налоговую реформу и конституционную",
    ],
)
def test_a_comparison_with_what_the_documents_never_tell_is_declined(engine, question: str) -> None:
    """Near misses: the Constitution in force, another country's, a tax reform."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entries"),
    [
        (
            "Что круглый стол показал в отношении настроя учёных и экспертов?",
            {"participant_science", "outcome"},
        ),
        ("Что показал круглый стол о настрое учёных?", {"participant_science", "outcome"}),
    ],
)
def test_what_was_shown_of_named_peoples_mood_is_what_is_told_of_them(
    engine, question: str, entries: set[str]
) -> None:
    """What the round table showed of the mood of people the documents name is what they tell of
    those people (the scientific community's readiness): the noun of a disposition is no subject."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id in entries) == ("answer", True), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какова позиция Парламента?",
        "Какова позиция омбудсмена?",
        "Каков настрой учёных?",
        "Что круглый стол показал в отношении настроя налоговиков?",
        "Что показал круглый стол о позиции Парламента?",
    ],
)
def test_a_stance_itself_or_of_people_never_named_is_declined(engine, question: str) -> None:
    """Near misses: the stance itself (no verb of showing or saying) is not stated; tax officials
    are never named."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_a_kazakh_schwa_typed_as_e_is_restored() -> None:
    """«ә» typed as «э» («нэтиже») is restored as the knowledge base spells it, whole or by stem;
    a word that is none of its words («экономика») stays as typed."""
    from bot.qa.kazakh import Spellings

    spellings = Spellings(["дөңгелек үстелдің нәтижесі", "әкімшілігінің"])
    assert spellings.restore("нэтижеси") == "нәтижесі"
    assert spellings.restore("экимшилигинин") == "әкімшілігінің"
    assert spellings.restore("экономика") == "экономика"


def test_a_closing_kazakh_past_verb_is_a_verb() -> None:
    """«…нәтиже берди»: a past verb closing a Kazakh question, typed without its letter; not the
    present-future («енеді»), nor a short word."""
    from bot.qa.kazakh import closing_past_verb

    assert closing_past_verb(("донгелек", "устел", "кандай", "нэтиже", "берди")) == {"берди"}
    assert closing_past_verb(("конституция", "қашан", "күшіне", "енеді")) == frozenset()
    assert closing_past_verb(("не", "ди")) == frozenset()


@pytest.mark.parametrize(
    "question",
    [
        "Донгелек устел кандай нэтиже берди",
        "Дөңгелек үстел қандай нэтиже берді",
        "Донгелек устел кандай натиже берди",
    ],
)
def test_what_the_round_table_gave_typed_plain_is_its_outcome(engine, question: str) -> None:
    """«Дөңгелек үстел қандай нәтиже берді?» typed without Kazakh letters, «ә» as «э»: its outcome."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "outcome"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Донгелек устел кандай салык берди",
        "Салық реформасы қандай нәтиже берді",
        "Жаңа Конституция қашан күшіне енеді?",
    ],
)
def test_what_else_gave_a_result_is_declined(engine, question: str) -> None:
    """Near misses: a tax, a tax reform's result, when the Constitution comes into force."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Верно ли, что новая Конституция должна укрепить гарантии прав и свобод граждан?",
        "Укрепят ли гарантии прав и свобод граждан новой Конституцией?",
        "Правда ли, что реформа укрепит гарантии прав и свобод граждан?",
    ],
)
def test_a_claim_two_entries_quote_alike_is_answered(engine, question: str) -> None:
    """A checked claim whose phrase two close entries both quote word for word («гарантии прав и
    свобод»): either confirms it, so the first answers rather than asking which was meant."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id in {"overall_assessment", "reform_aims"}) == ("answer", True), (
        describe(reply)
    )


@pytest.mark.parametrize(
    "question",
    [
        "Правда ли, что новая Конституция укрепит гарантии прав и свобод иностранцев?",
        "Верно ли, что налоговая реформа укрепит гарантии прав и свобод граждан?",
    ],
)
def test_a_claim_of_another_thing_stays_declined(engine, question: str) -> None:
    """Near misses: foreigners' rights, a tax reform."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Какие правонарушения, по словам генпрокурора, допустимо терпеть?", "law_and_order_meaning"),
        ("Which offences may be tolerated?", "law_and_order_meaning"),
        ("Участники утверждали, что изменения рассчитаны лишь на ближайшие год-два?", "long_term_guidelines"),
    ],
)
def test_a_question_taking_the_opposite_for_granted_is_answered_by_the_documents_word(
    engine, question: str, entry: str
) -> None:
    """A question that takes for granted the opposite of the documents' word (offences tolerated,
    a horizon of a year or two) is asked with their word, as a checked claim is: the entry saying
    what they do say answers (zero tolerance, long-term guidelines)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие налоги можно терпеть?",
        "Какие нарушения можно терпеть на дорогах?",
    ],
)
def test_a_loaded_question_of_another_thing_is_declined(engine, question: str) -> None:
    """Near misses: taxes, traffic offences: things the documents never speak of."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
