"""Round 65c: false «В документе об этом не говорится» for questions the press release answers
(real engine). Where the answer cannot be reached the bot says it found nothing (not_found), never
that the document is silent; a detail the text truly omits keeps its «не говорится»."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Briefly, what did the release say about the rule of law?", "reform_aims"),
        ("What did the document say about equality before the law?", "equality_before_law"),
        ("What did the press release say about the protection of personal data?", "personal_data_protection"),
    ],
)
def test_the_piece_as_the_one_saying(engine, question: str, entry: str) -> None:
    """ "What did the release say about X?": the piece read is where the answer is, as "according to
    the release", not a speaker whose words only some entries report."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "What did the text say about taxes?",
        "What did the release say about pension reform?",
    ],
)
def test_what_the_piece_never_says_stays_silent(engine, question: str) -> None:
    """Taxes and pensions: the text names neither."""
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Рассказывают ли людям о грядущих преобразованиях или всё решается за закрытыми дверями?",
        "Ограничились ли участники общими декларациями или обсуждали практическую сторону проекта?",
        "Будут ли людей информировать о предстоящих изменениях или всё решат втихую за кулисами?",
        "Участники просто декларировали лозунги или обсуждали практические аспекты проекта?",
    ],
)
def test_one_of_two_clauses_told_is_no_silence(engine, question: str) -> None:
    """Two clauses weighed by «или», the unknown words all in one, the other told by an entry: the
    document says which holds, so the bot never claims it is silent."""
    reply = engine.answer(question)
    assert reply.decline != "not_in_document", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Будет ли новая Конституция принята на всенародном референдуме или Парламентом?",
        "Кто был организатором круглого стола — Генпрокуратура или Администрация Президента?",
    ],
)
def test_alternatives_within_one_clause_stay_silent(engine, question: str) -> None:
    """How the draft is adopted, who organised the event: asked of both alternatives, the text tells
    neither."""
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Какие аналитические инструменты упоминаются в разделе о цифровых решениях?", "digital_solutions"),
        ("Что за гарантии названы в пункте о защите персональных данных?", "personal_data_protection"),
        ("Какие технологии перечислены в блоке о цифровых решениях?", "digital_solutions"),
        ("Используют ли аналитические системы для больших данных?", "digital_solutions"),
    ],
)
def test_a_part_of_the_text_and_analytics(engine, question: str, entry: str) -> None:
    """«в разделе о X» is where a thing is read, whatever else is asked; «аналитический» is the
    text's analysis."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие налоги упоминаются в разделе о цифровых решениях?",
        "Какие санкции названы в пункте о защите персональных данных?",
        "Какие аналитические агентства привлекут к реформе?",
    ],
)
def test_a_part_or_analytics_asked_for_what_the_text_omits(engine, question: str) -> None:
    """Taxes, sanctions, analytical agencies: none is in the text."""
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("По какому поводу провели круглый стол?", "outcome"),
        ("По какой причине провели круглый стол?", "outcome"),
    ],
)
def test_the_occasion_asks_why(engine, question: str, entry: str) -> None:
    """«по какому поводу», «по какой причине» ask why, as «зачем»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


def test_when_and_on_what_occasion_is_no_silence(engine) -> None:
    """The occasion is no unknown noun: the text tells when and what the event was about."""
    reply = engine.answer("Когда и по какому поводу собирались представители власти и науки?")
    assert reply.decline != "not_in_document", describe(reply)


def test_the_occasion_of_what_the_text_omits_stays_silent(engine) -> None:
    """A minister of finance never spoke there."""
    reply = engine.answer("По какому поводу выступал министр финансов?")
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какой результат круглого стола отметили организаторы в заключение?",
        "Что организаторы отметили в итоге круглого стола?",
        "What did the organisers note as the outcome of the round table?",
        "што значит правовое сознание общества внучек спрашивает бабушка",
        "Что такое правосознание общества, спрашивает соседка",
        "А правовую культуру будут развивать? — интересуется дедушка",
    ],
)
def test_the_documents_voice_and_a_quotations_tag_are_no_detail(engine, question: str) -> None:
    """The organisers beside a verb of saying are the document's own voice; «…, спрашивает бабушка»
    tells whose words the asker brings: neither is a detail the text omits."""
    reply = engine.answer(question)
    assert reply.decline != "not_in_document", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кто был организатором круглого стола?",
        "Какие штрафы за утечку персональных данных, спрашивает соседка",
        "Какая зарплата у генпрокурора, интересуется дедушка",
    ],
)
def test_the_organiser_asked_or_a_detail_behind_the_tag_stays_silent(engine, question: str) -> None:
    """The organiser, fines, a salary: the text names none of them."""
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)


def test_the_constitutional_process_is_the_reform(engine) -> None:
    """«конституционный процесс» is the constitutional reform under way."""
    reply = engine.answer("Готовы ли учёные внести вклад в конституционный процесс?")
    assert (reply.kind, reply.entry_id) == ("answer", "outcome"), describe(reply)


def test_the_role_of_experts_in_the_constitutional_process(engine) -> None:
    """The experts' role in the reform is the contribution the text says they are ready to make:
    the outcome and the science community's entry both quote that one sentence (round 94d; the
    keys of such rows want only its words), so either answers."""
    reply = engine.answer("Какую роль в конституционном процессе играют эксперты?")
    assert reply.kind == "answer", describe(reply)
    assert reply.entry_id in {"outcome", "participant_science"}, describe(reply)
    assert any("внести вклад" in quote.text for quote in reply.quotes), describe(reply)


def test_the_role_in_the_constitutional_process_is_no_silence(engine) -> None:
    """The text tells the experts' readiness to contribute: the bot never calls it silent."""
    reply = engine.answer(
        "Каким образом текст характеризует роль учёных и экспертов в конституционном процессе?"
    )
    assert reply.decline != "not_in_document", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Когда завершится конституционный процесс?",
        "Сколько лет продлится конституционный процесс?",
    ],
)
def test_when_the_constitutional_process_ends_stays_silent(engine, question: str) -> None:
    """The text gives no date nor length of the reform."""
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Готовлю книжную выставку. Какие четыре направления проекта Конституции можно вынести на стенд?",
        "Делаю плакат: какие направления реформы вынести на плакат?",
    ],
)
def test_the_askers_work_after_on_is_no_detail(engine, question: str) -> None:
    """«вынести на стенд», «на плакат»: where the asker's work shows the answer, no detail asked."""
    reply = engine.answer(question)
    assert reply.decline != "not_in_document", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие направления реформы получат финансирование? Вынесу на стенд",
        "Сколько стоит участие в выставке на стенде?",
    ],
)
def test_a_detail_asked_beside_the_askers_work_stays_silent(engine, question: str) -> None:
    """Funding and a price: the text names neither."""
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)
