"""Round 57b: false «В документе об этом не говорится» on answerable questions (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Чего ещё позволяет добиться такой подход, кроме предотвращения искажённых трактовок?",
        "Что ещё, кроме того чтобы избежать неточных интерпретаций, даёт разъяснительная работа?",
        "Чего ещё, помимо объективного понимания, позволяет добиться такой подход?",
    ],
)
def test_what_else_the_approach_achieves(engine, question: str) -> None:
    """The entry on what the approach is for names both its aims (to avoid inaccurate
    interpretations, to form an objective understanding): it answers "what else besides one"."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "explanation_purpose"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кто ещё, кроме генпрокурора, говорил о разъяснительной работе?",
        "Каких ещё целей, кроме объективного понимания, добивается генпрокурор в борьбе с коррупцией?",
    ],
)
def test_what_else_the_text_does_not_tell_declines(engine, question: str) -> None:
    """Who else spoke of it, its aims in fighting corruption: the text says neither."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Zan zhane tartip qagidaty qaida bekitiledi?",
        "Zan zhane tartip qagidaty qaida engiziledi?",
        "Заң және тәртіп қағидаты каида бекітіледі?",
    ],
)
def test_kazakh_where_typed_without_its_letters(engine, question: str) -> None:
    """«қайда» (where) typed in Latin letters or without the Kazakh «қ» («qaida», «каида») asks
    where, not when: the principle is enshrined in the Preamble."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "law_and_order_preamble"), describe(reply)


def test_where_the_round_table_was_in_latin_kazakh_declines(engine) -> None:
    """Where the round table took place: the text does not say."""
    reply = engine.answer("Dongelek ustel qaida otti?")
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие риски видит Генпрокурор в недостаточном разъяснении реформы?",
        "Какие риски связаны с недостаточным разъяснением реформы, по мнению Генпрокурора?",
        "Какую степень снисходительности к правонарушениям предполагает новый принцип?",
        "Какие проблемы с пониманием реформ упоминает генпрокурор — выводы, не отражающие что?",
        "Не несёт ли применение искусственного интеллекта угрозы неприкосновенности сведений о гражданах?",
        "Как в материале объясняется происхождение конституционной реформы — с чем её связывают?",
        "Какой лозунг получит статус конституционной ценности?",
        "Насколько принципиален для реформы принцип «Закон и порядок» — это просто лозунг?",
    ],
)
def test_framing_nouns_are_no_detail_the_document_lacks(engine, question: str) -> None:
    """A risk, a threat, a problem, a degree, an origin, a slogan frame what is asked of a subject
    the document speaks of, in its own words: the bot may miss it, but not claim it is silent."""
    reply = engine.answer(question)
    assert reply.decline != "not_in_document", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие риски несёт коррупция для реформы, по словам генпрокурора?",
        "Какие проблемы у правоохранительных органов с финансированием?",
        "Какую угрозу референдум несёт для ИИ?",
        "Какой лозунг был на баннере круглого стола?",
    ],
)
def test_framing_noun_beside_an_unknown_detail_still_not_in_document(engine, question: str) -> None:
    """Corruption, funding, a referendum, a banner: a detail the document never gives, however the
    question frames it."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
    assert reply.decline in ("not_in_document", "off_topic"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Студент-первокурсник юрфака: есть ли в реформе что-то, что касается качества нашего обучения?",
        (
            "Соседка говорит, что новая Конституция — только для начальства. А говорили там "
            "что-нибудь про интересы простого населения?"
        ),
        "Бабушка говорит, что реформа ничего не даст. Что сказано о правах граждан?",
        (
            "Я правозащитник и скептически отношусь к таким мероприятиям. Зачем, по официальной "
            "версии, нужен открытый диалог о новеллах?"
        ),
        "Quick one for the wire: what's the headline takeaway from the Prosecutor General's speech?",
    ],
)
def test_the_askers_telling_is_no_detail_asked(engine, question: str) -> None:
    """Who asks («Студент-первокурсник юрфака:»), whose word they bring («Соседка говорит, что…»),
    whose voice is asked («по официальной версии»), what the asker makes ("for the wire"): no
    detail the document is silent on."""
    reply = engine.answer(question)
    assert reply.decline != "not_in_document", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Учитель истории: что сказано о правовой культуре?", "legal_culture"),
        ("Генпрокурор о «Законе и порядке» — в двух словах?", "law_and_order_meaning"),
        ("лол кто выступал на круглом столе", "speaker"),
    ],
)
def test_role_before_a_colon_and_chat_interjection(engine, question: str, entry: str) -> None:
    """A role alone before a colon is the asker's; a person with a topic after it («Генпрокурор о…»)
    is asked about; «лол» is a chat interjection, no word of the question."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Студент юрфака: какие стипендии повысят?",
        "Соседка говорит, что повысят пенсии. Когда повысят пенсии?",
        "Журналист: когда будет референдум?",
    ],
)
def test_askers_telling_before_a_detail_the_text_omits_declines(engine, question: str) -> None:
    """Grants, pensions, a referendum: the asker's telling aside, the text says nothing of them."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "продаю телефоны в алмате, скажите чем полезен оказался этот стол",
        "Работаю в школе, скажите чем полезен оказался круглый стол",
        "Торгую на рынке в Шымкенте, подскажите что сказал генпрокурор о сервисной модели",
    ],
)
def test_askers_doing_in_the_first_person_is_no_detail_asked(engine, question: str) -> None:
    """«Продаю телефоны в Алмате, скажите…»: a first-person verb of the asker's own trade opens the
    message; the phones and the city are theirs, no detail the document is silent on."""
    reply = engine.answer(question)
    assert reply.decline != "not_in_document", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Работаю таксистом в Астане, скажите когда референдум?",
        "Продаю машины в Караганде, скажите сколько стоил круглый стол?",
        "Хочу узнать про налоги, что сказано?",
    ],
)
def test_askers_doing_before_a_detail_the_text_omits_declines(engine, question: str) -> None:
    """A referendum, the cost, taxes: the text says nothing of them (and «хочу узнать про налоги»
    asks of taxes: a verb of wanting is no telling of the asker)."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие блоки проекта обсуждали на круглом столе?",
        "Сколько блоков выделили участники?",
        "Перечислите тематические блоки, которым уделили особое внимание.",
    ],
)
def test_thematic_blocks_are_the_directions(engine, question: str) -> None:
    """«блок», a thematic block, is how askers name the four directions the round table focused on."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "key_directions"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кто возглавляет блок по цифровизации?",
        "Какой блок статей Конституции изменят?",
    ],
)
def test_details_of_a_block_the_text_omits_decline(engine, question: str) -> None:
    """Who heads a direction, which articles change: the text says neither."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "законные интересы населения кто защищать будет",
        "лол а законные интересы населения кто защищать будет",
        "Кто будет защищать законные интересы населения?",
    ],
)
def test_who_does_what_an_entry_tells_with_its_doer(engine, question: str) -> None:
    """The entry holding every word of the question names the law enforcement bodies whose service
    model protects those interests: it may tell who does it, so the bot does not claim silence."""
    reply = engine.answer(question)
    assert reply.decline != "not_in_document", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кто возглавит сервисную модель?",
        "Кто будет руководить защитой законных интересов населения?",
        "Кто ещё выступал кроме генпрокурора?",
    ],
)
def test_who_the_text_does_not_name_declines(engine, question: str) -> None:
    """Who heads it, who else spoke: the text does not say."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
