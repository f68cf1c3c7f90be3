"""Round 42b: classes read from blind48's misses, with paraphrases of our own and near misses that
must stay declined (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("К какому блоку относится единообразное применение законодательства?", "equality_before_law"),
        ("Под какой рубрикой упоминается искусственный интеллект?", "digital_solutions"),
        ("В каком из пунктов говорится о правосознании?", "legal_consciousness"),
        ("In which of the sections is legal education mentioned?", "legal_culture"),
    ],
)
def test_which_part_of_the_piece_says_a_thing(engine, question: str, entry: str) -> None:
    """«Под каким заголовком…», «в каком из блоков…», «к какому блоку относится X»: which part of
    the piece read says X is what it says of X; the part's noun is no subject."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Под каким заголовком говорится о пенсиях?",
        "В каком блоке упоминается налоговая реформа?",
        "Под каким заголовком вышел пресс-релиз?",
        "Под каким заголовком говорится о реформе?",
        "В каком пункте закона говорится о персональных данных?",
        "В каком разделе Конституции закреплена профилактика правонарушений?",
    ],
)
def test_a_part_of_what_is_not_told_stays_declined(engine, question: str) -> None:
    """Near misses: a part about what is never named, the piece's own title (of the release, of
    the reform it reports), and a part of another text (a law, the Constitution)."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Чем обусловлен призыв генпрокурора к открытому диалогу?", "open_dialogue"),
        ("Чем вызвана необходимость разъяснительной работы?", "explanation_purpose"),
    ],
)
def test_what_a_thing_is_due_to_is_its_reason(engine, question: str, entry: str) -> None:
    """«Чем обусловлен X», «чем вызвана X», «чем объясняется X» ask why X, as «почему»: the verb is
    no content («объясняется» is not the explaining of the reform)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Чем объясняется выбор даты круглого стола?",
        "Чем обусловлено участие Парламента?",
        "Чем вызван перенос круглого стола?",
        "Чем объясняется интерес к искусственному интеллекту?",
    ],
)
def test_a_reason_never_stated_stays_declined(engine, question: str) -> None:
    """Near misses: the text states no reason for these."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("На решение каких задач направлены поправки, по словам генпрокурора?", "overall_assessment"),
        ("На реализацию каких целей нацелена реформа?", "reform_aims"),
    ],
)
def test_what_a_thing_is_aimed_at_attaining(engine, question: str, entry: str) -> None:
    """«На достижение каких результатов направлены X» asks what X is aimed at («на что
    направлены»); the nouns of attaining and of the result frame it."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "На решение каких задач направлен новый Налоговый кодекс?",
        "На достижение каких показателей направлены изменения?",
    ],
)
def test_aims_of_what_is_never_named_stay_declined(engine, question: str) -> None:
    """Near misses: a tax code is never named; no figures (indicators) are given."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Изменения идут вперёд или они консервативные?",
        "Реформа — шаг вперёд или скорее консервативный документ?",
        "Are the amendments a step forward or rather conservative?",
    ],
)
def test_an_alternative_against_the_documents_word(engine, question: str) -> None:
    """«шагом вперёд или скорее консервативными»: one side is the opposite of the documents' word
    (progressive), so their word tells which; the other side's own wording is no subject."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Считает ли генпрокурор поправки налоговыми или консервативными?",
        "Изменения — это прорыв или скорее косметика?",
    ],
)
def test_an_alternative_naming_a_kind_of_its_own_stays_declined(engine, question: str) -> None:
    """Near misses: the other side is an adjective or a noun the documents never use (tax, a
    breakthrough), which their word does not settle."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Шла ли речь о больших объёмах информации?", "digital_solutions"),
        ("Что должно укрепиться в головах людей?", "legal_consciousness"),
        ("Идёт ли оповещение граждан о предстоящих изменениях?", "current_stage"),
        ("Доводят ли сейчас до общества сведения о реформе?", "current_stage"),
    ],
)
def test_the_documents_words_in_other_words(engine, question: str, entry: str) -> None:
    """Masses of information are big data; people's minds, the consciousness of society; bringing
    word to people («донести до», «оповещение»), informing them."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Говорилось ли об обработке налоговых деклараций?",
        "Говорилось ли о хранении больших объёмов данных?",
        "Как донести до населения суть налоговой реформы?",
        "Что должно измениться в умах чиновников?",
    ],
)
def test_other_things_in_those_words_stay_declined(engine, question: str) -> None:
    """Near misses: tax returns, storing data, a tax reform and officials' minds are never
    spoken of."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какую задачу решает четвёртое направление?",
        "Какую цель преследует второй пункт перечня?",
        "Какова цель последнего направления?",
    ],
)
def test_the_purpose_of_an_item_by_its_place(engine, question: str) -> None:
    """«Какую цель преследует последнее из перечисленных направлений?»: what one item of the list
    is for is what the list says of it, not the reform's aims."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "key_directions"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какую цель преследует последний пункт налогового кодекса?",
        "Какова цель первого пункта закона о выборах?",
    ],
)
def test_the_purpose_of_an_item_of_another_list_stays_declined(engine, question: str) -> None:
    """Near misses: items of a tax code and of an electoral law are never described."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Будет ли в деятельности полиции упор на профилактику?",
        "В деятельности правоохранительных органов акцент сделают на наказание или на профилактику?",
    ],
)
def test_in_the_work_of_a_body_is_of_that_body(engine, question: str) -> None:
    """«в деятельности X» frames X as «в сфере X» does: the body is asked of, its work no subject."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что изменится в деятельности адвокатуры?",
        "В деятельности нотариусов что поменяется?",
    ],
)
def test_the_work_of_a_body_never_named_stays_declined(engine, question: str) -> None:
    """Near misses: the bar and notaries are never spoken of."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Will the focus be on prevention instead of punishment?", "rights_protection_priority"),
        ("Did they discuss theory rather than practice?", "practical_focus"),
    ],
)
def test_a_contrast_rather_than_the_documents_word(engine, question: str, entry: str) -> None:
    """ "X rather than Y", "X instead of Y": a contrast, as «а не»; the side the documents never name
    is no subject, and the contrast's own word neither."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Will the reform focus on taxes rather than pensions?",
        "Will AI replace judges rather than assist them?",
    ],
)
def test_a_contrast_of_things_never_named_stays_declined(engine, question: str) -> None:
    """Near misses: neither side is the documents' (taxes, pensions); replacing judges is never
    spoken of."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("а из парламента кто-нить был?", "participant_parliament"),
        ("что нить про ИИ говорили", "digital_solutions"),
        ("что хотят вставить в преамбулу?", "law_and_order_preamble"),
        ("Жобаның қай қырлары талқыланды?", "practical_focus"),
    ],
)
def test_colloquial_and_kazakh_words_of_the_documents(engine, question: str, entry: str) -> None:
    """«кто-нить» is «кто-нибудь»; «вставить / впихнуть в преамбулу», to put in it (the text's
    «закрепление»); Kazakh «қыр» (a facet) is an aspect."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "а из минфина кто нить был",
        "нить разговора",
        "что впихнули в налоговый кодекс",
        "в преамбулу вставят что-то про налоги?",
        "Реформаның салықтық қырлары талқыланды ма?",
    ],
)
def test_those_words_of_other_things_stay_declined(engine, question: str) -> None:
    """Near misses: the finance ministry, a thread, a tax code, taxes in the preamble and the tax
    aspects of the reform are never spoken of."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Что даст включение принципа «Закон и порядок» в текст Основного закона?", "law_and_order_preamble"),
        ("Что вписали в текст преамбулы?", "law_and_order_preamble"),
    ],
)
def test_put_into_the_text_of_a_thing_is_put_into_it(engine, question: str, entry: str) -> None:
    """«включение в текст Конституции»: what is put into the text of X is put into X; «текст» there
    names no wording asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Каков полный текст новой Преамбулы Конституции?",
        "Когда включат в текст Конституции нормы о налогах?",
        "Внесут ли в текст Конституции нормы о пенсиях?",
    ],
)
def test_the_wording_or_other_things_put_in_stay_declined(engine, question: str) -> None:
    """Near misses: the full wording of the Preamble is never given; taxes and pensions are never
    spoken of."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Что генпрокурор думает об открытой дискуссии?", "open_dialogue"),
        ("Какие новые положения обсуждали?", "proposed_changes"),
        ("Как повысить уровень правосознания граждан?", "legal_consciousness"),
        ("Нужно ли повышать уровень юридического образования?", "legal_culture"),
        ("Какое условие ставится при анализе больших данных?", "digital_solutions"),
    ],
)
def test_debate_provisions_levels_and_conditions(engine, question: str, entry: str) -> None:
    """A public or open debate is the text's open dialogue; new provisions are its «новеллы»;
    raising the level of X raises X (the text's «повышение»); «Какое условие ставится / каким
    условием сопровождается X» asks X's condition as «при каком условии»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Была ли публичная дискуссия о налогах?",
        "Какие новые положения о налогах появятся?",
        "Как поднимать уровень жизни пенсионеров?",
        "Как повысить уровень доверия к судам?",
        "Каким условием сопровождается принятие новой Конституции?",
        "Какое условие ставится для референдума?",
    ],
)
def test_debates_levels_and_conditions_never_told_stay_declined(engine, question: str) -> None:
    """Near misses: taxes, pensioners' living standards and trust in courts are never spoken of; no
    condition of adopting the Constitution or of a referendum is stated."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("В каком именно разделе говорится о защите персональных данных?", "personal_data_protection"),
        ("Какие права, по замыслу реформы, должны укрепиться?", "reform_aims"),
        ("Какие гарантии прав станут прочнее?", "overall_assessment"),
    ],
)
def test_emphasis_design_and_firmness(engine, question: str, entry: str) -> None:
    """«в каком именно разделе» asks the place as «в каком разделе»; «по замыслу реформы» is what the
    reform is to do; what is to «стать прочнее» is strengthened (the text's «укрепление»)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "В каком именно разделе Конституции закреплены налоги?",
        "По замыслу реформы, какие налоги снизят?",
        "По замыслу реформы, станет ли прочнее пенсионная система?",
        "Станет ли прочнее мир на Ближнем Востоке?",
    ],
)
def test_emphasis_design_and_firmness_of_other_things_stay_declined(engine, question: str) -> None:
    """Near misses: taxes, the pension system and peace abroad are never spoken of."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
