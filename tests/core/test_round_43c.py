"""Round 43c: misses of blind50 (a confident answer to who was first, colloquial, Kazakh and English
questions), each class with paraphrases of our own that must be answered and near misses of our own
that must be declined (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Кто первый предложил закрепить «Закон и порядок» в Преамбуле?",
        "Кто впервые предложил закрепить принцип «Закон и порядок»?",
        "Кто изначально предложил закрепить принцип «Закон и порядок» в Преамбуле?",
        "Кто первым заявил о нулевой терпимости к правонарушениям?",
        "Где впервые прозвучал принцип «Закон и порядок»?",
        "Кто выступил первым?",
        "Who was the first to propose enshrining Law and Order in the Preamble?",
        "Who spoke first at the round table?",
        "«Заң және тәртіп» қағидатын Преамбулаға алғаш кім ұсынды?",
        "Бірінші болып кім сөйледі?",
    ],
)
def test_who_was_first_is_not_who_spoke(engine, question: str) -> None:
    """Who (or where) first did a thing asks priority in time: the documents report who spoke of
    the principle, not that he was the first, nor who originated it."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Кто говорил о принципе «Закон и порядок»?", "law_and_order_meaning"),
        # a place in a list is no priority in time
        ("Какое направление стоит в перечне первым?", "key_directions"),
        # an adverb of priority in the asker's own words, in a question that asks no who
        (
            "Мне 18, скоро впервые пойду голосовать. Что в проекте Конституции сделано для защиты"
            " прав обычных людей?",
            "rights_protection_priority",
        ),
    ],
)
def test_who_spoke_keeps_its_answer(engine, question: str, entry_id: str) -> None:
    """Without a word of priority, who spoke of the principle is the speaker (who proposed it
    declines since round 71b: the documents never name a proposal's author)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("единообразное применение законодательства это где", "equality_before_law"),
        ("где в документе про единообразное применение законов", "equality_before_law"),
        ("персональные данные это где", "personal_data_protection"),
        ("где про сервисную модель", "rights_protection_priority"),
        ("ИИ это где", "digital_solutions"),
    ],
)
def test_a_verbless_where_of_a_thing_asks_where_the_text_says_it(
    engine, question: str, entry_id: str
) -> None:
    """«X это где», «где про X»: a «где» with no verb, of a thing of the text, asks where the text
    speaks of it, as «где говорится про X» does."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "круглый стол это где?",
        "где генпрокурор?",
        "где полиция",
        "где Казахстан",
        "где про Сенат",
        "где персональные данные хранить",
        "где в документе про сроки внедрения ИИ",
    ],
)
def test_a_where_of_a_place_or_of_what_is_not_told_stays_declined(engine, question: str) -> None:
    """«где» of an event, a person, a body or the country asks a place; with a verb, it asks where a
    thing is done; a thing the text does not tell (the Senate, a time frame) is not found by either."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Which goals do the proposed changes pursue?", "overall_assessment"),
        ("What aims does the reform pursue according to the Prosecutor General?", "overall_assessment"),
        ("According to the Prosecutor General, which goals do the changes pursue?", "overall_assessment"),
    ],
)
def test_goals_pursued_are_what_the_changes_aim_at(engine, question: str, entry_id: str) -> None:
    """ "What goals do the amendments pursue": changes that pursue goals aim at them, the English
    answers' "aim to" (the text's «направлены на»)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "What goals does the tax reform pursue?",
        "Will prosecutors pursue corruption cases more actively?",
        "Does Asylov pursue a political career?",
        "What policy will the police pursue towards migrants?",
    ],
)
def test_pursuing_what_the_documents_never_name_stays_declined(engine, question: str) -> None:
    """Pursuing a thing the documents never name (a tax reform, cases, a career) is not told."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("По словам Асылова, какой статус получит принцип «Закон и порядок»?", "law_and_order_preamble"),
        ("По мнению генпрокурора, какой характер носят изменения?", "overall_assessment"),
    ],
)
def test_which_after_a_reporting_frame_is_not_of_the_speaker(engine, question: str, entry_id: str) -> None:
    """«По словам Асылова, какой статус…»: the one whose words are reported is no group whose
    members «какой» asks of; the question asks what follows."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Депутаты какой палаты присутствовали?",
        "Прокуроры какого региона выступили?",
        "По словам Асылова, какие налоги снизят?",
        "По словам Асылова, какие депутаты выступили?",
    ],
)
def test_which_of_a_group_stays_declined(engine, question: str) -> None:
    """«Депутаты какой палаты…» asks which part of a group the documents name only as a whole;
    what follows a reporting frame may still be what they never tell."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Алматыдан мугалиммин, донгелек устел кай куни отти?", "event_date"),
        ("Шу қаласынан темір жол диспетчерімін, бұл дөңгелек үстел қай күні өтті?", "event_date"),
        ("Мен мұғаліммін, дөңгелек үстелге кім қатысты?", "participants"),
    ],
)
def test_a_kazakh_opening_before_a_comma_is_the_askers(engine, question: str, entry_id: str) -> None:
    """«…диспетчерімін, бұл дөңгелек үстел қай күні өтті?»: a Kazakh opening closing with a verb in
    the first person (typed with Kazakh letters or without them), set off by a comma before a Kazakh
    question, tells who the asker is; the question after it is what is asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Мен мұғаліммін, салық қашан төмендейді?",
        "Шу каласынан темир жол диспетчеримин, бул донгелек устел кай жерде отти?",
        "Алматыдан мугалиммин, зейнетакы кашан косылады?",
    ],
)
def test_after_a_kazakh_opening_what_is_not_told_stays_declined(engine, question: str) -> None:
    """The question after the asker's opening may ask what the documents never tell (taxes, the
    place of the round table, pensions)."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Қазақ радиосында жүргізушімін. Дөңгелек үстелдің қорытындысын айтып беріңізші.", "outcome"),
        ("Мектепте мұғаліммін. Бас прокурордың сөзін түсіндіріп беріңізші.", "prosecutor_speech"),
    ],
)
def test_a_kazakh_request_after_the_askers_sentence_asks(engine, question: str, entry_id: str) -> None:
    """«…жүргізушімін. …қорытындысын айтып берсеңіз.»: a Kazakh sentence closing with a request to be
    told asks, as a question does, after the asker's own sentence."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Мектепте мұғаліммін. Салық реформасы туралы айтып беріңізші.",
        "Қазақ радиосында жүргізушімін. Дөңгелек үстел қай қалада өткенін айтып берсеңіз.",
    ],
)
def test_a_kazakh_request_for_what_is_not_told_stays_declined(engine, question: str) -> None:
    """A request to be told of what the documents never tell (a tax reform, the city) is declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("доходит ли до граждан информация о проекте Конституции?", "current_stage"),
        ("доходит ли до людей информация о преобразованиях?", "current_stage"),
    ],
)
def test_word_reaching_people_is_informing_them(engine, question: str, entry_id: str) -> None:
    """«доходит ли до людей информация о…»: word that reaches people has been brought to them, the
    text's «информирование общества»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Дойдут ли бюджетные деньги до людей?",
        "Дойдут ли льготы до граждан?",
        "Когда дело дойдёт до принятия Конституции?",
        "Дойдёт ли реформа до регионов?",
    ],
)
def test_other_things_reaching_people_stay_declined(engine, question: str) -> None:
    """Money or benefits reaching people, getting to a stage, reaching the regions: not informing."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("реформа норм или нет", "overall_assessment"),
        ("проект норм или не очень?", "overall_assessment"),
        ("генпрок считает реформу норм или нет?", "overall_assessment"),
        # no yes/no tail: the norms of law
        ("применение норм или законов будет единообразным?", "equality_before_law"),
    ],
)
def test_slang_fine_before_a_yes_no_tail_judges(engine, question: str, entry_id: str) -> None:
    """«реформа норм или нет»: spoken «норм» before «или нет» asks whether the thing is all right
    (read as «хороший»), not of legal norms."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "налоги норм или нет",
        "зарплаты полиции норм или нет?",
        "ИИ в прокуратуре норм или нет",
    ],
)
def test_slang_fine_of_what_the_documents_do_not_judge_stays_declined(engine, question: str) -> None:
    """Whether taxes, pay or AI in the prosecutor's office are all right: the documents judge only
    the changes as a whole."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Я лейтенант полиции. Что нас ждёт по реформе?", "rights_protection_priority"),
        ("я лейтенант полиции. чо нам светит по реформе", "rights_protection_priority"),
    ],
)
def test_the_askers_plural_pronoun_stands_for_their_body(engine, question: str, entry_id: str) -> None:
    """«Я лейтенант полиции. Что нас ждёт?»: the asker's «мы» stands for the body their sentence
    names, as «наш» does («…в нашей работе»)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Я лейтенант полиции. Повысят ли нам зарплату?",
        "Я депутат маслихата. Нас пригласили на круглый стол?",
        "Я учитель. Что нас ждёт по реформе?",
    ],
)
def test_the_askers_plural_pronoun_of_what_is_not_told_stays_declined(engine, question: str) -> None:
    """The police's pay, a maslikhat's invitation, teachers: what the documents never tell."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("я служу в полиции чо нас ждет по реформе", "rights_protection_priority"),
        ("я лейтенант полиции че нам светит от реформы", "rights_protection_priority"),
    ],
)
def test_an_unpunctuated_opening_before_a_colloquial_what_for_us(
    engine, question: str, entry_id: str
) -> None:
    """«я лейтенант полиции чо нам светит…»: the opening before a colloquial «чо нам» is the asker's
    sentence, whose «нам» stands for what it names (the police)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "я учитель чо нам светит по реформе",
        "я лейтенант полиции чо нам зарплату повысят",
        "я слышал что нам повысят зарплату по реформе",
    ],
)
def test_a_colloquial_what_for_us_of_what_is_not_told_stays_declined(engine, question: str) -> None:
    """Teachers, the police's pay, a claim after «что» ("that"): what the documents never tell."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
