"""Round 80a: answerable Russian questions of the fresh sets that were declined: the person asked of
between «как» and «зовут», and a contraction whose start is the knowledge base's own short form
(«гос-ва») (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "как генпрокурора зовут",
        "Как Генерального прокурора зовут?",
        "а как прокурора генерального зовут",
        "как генпрокурора полностью зовут",
    ],
)
def test_person_between_how_and_the_naming_verb(engine, question: str) -> None:
    """«как генпрокурора зовут»: the person asked of may stand between «как» and «зовут»; the
    question asks his name, as «как зовут генпрокурора» does."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "speaker"), describe(reply)
    assert "Берик Асылов" in reply.answer, describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Как полностью зовут Президента, упомянутого в релизе?", "Как Президента зовут полностью?"],
)
def test_full_name_of_the_president_keeps_its_answer(engine, question: str) -> None:
    """«как полностью зовут» with the naming span found: «полностью» is still the name's fullness."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "reform_tokayev_link"), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Как омбудсмена зовут?", "Как депутатов зовут?", "как министра юстиции зовут"],
)
def test_names_the_documents_never_give_stay_declined(engine, question: str) -> None:
    """The names of people the documents do not name are still not given."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("права гос-ва", "права государства"),
        ("что сказано про закон-во", "что сказано про законодательство"),
        ("Как гос-во защитит персональные данные?", "Как государство защитит персональные данные?"),
    ],
)
def test_contraction_reads_as_its_word(engine, short: str, full: str) -> None:
    """«гос-ва», «гос-во»: the curated short form «гос», a hyphen and the ending stand for
    «государство» (not «гос» and a stray «ва»), so the question reads as written out in full."""
    cut, whole = engine.answer(short), engine.answer(full)
    assert (cut.kind, cut.entry_id, cut.decline) == (whole.kind, whole.entry_id, whole.decline), describe(cut)


def test_contraction_is_the_state(engine) -> None:
    """The analysis of «гос-ва» is the state's alone."""
    assert engine.analyzer.analyse("интересы гос-ва").values == {"интерес", "государство"}


@pytest.mark.parametrize(
    "question",
    [
        "Обсуждалось ли, чтобы законы применялись одинаково ко всем, без исключений?",
        "Будут ли законы применяться ко всем без исключения?",
        "Закон для всех без исключения одинаков?",
        "Все ли без исключения равны перед законом?",
    ],
)
def test_without_exception_after_every_one(engine, question: str) -> None:
    """«ко всем, без исключений»: after a word of every one, «без исключения» stresses that all are
    meant, as «во всех случаях» does; the equal application of the law answers it."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "equality_before_law"), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Есть ли исключения из равенства перед законом?", "Какие исключения предусмотрены для всех?"],
)
def test_exceptions_asked_stay_declined(engine, question: str) -> None:
    """Exceptions asked for (no «без») are a detail the documents never give."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Есть ли среди участников представители высшего представительного органа страны?",
        "Был ли на круглом столе высший представительный орган?",
        "Участвовали ли представители высшего представительного органа?",
        "Was the highest representative body represented?",
    ],
)
def test_highest_representative_body_is_parliament(engine, question: str) -> None:
    """The Constitution calls Parliament the highest representative body: asked so, its
    representatives' taking part answers."""
    reply = engine.answer(question)
    assert reply.kind == "answer", describe(reply)
    assert reply.entry_id in {"participant_parliament", "participants"}, describe(reply)
    assert "Парламент" in reply.answer or "Parliament" in reply.answer, describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Были ли представители маслихатов?", "Кто представлял высший исполнительный орган?"],
)
def test_other_bodies_stay_declined(engine, question: str) -> None:
    """Local representative bodies and the executive are not Parliament."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
