"""Round 83a: literary-Russian declines — the piece read left out of the embedded question, a
discussion of the draft said to be closed, the state as the doer of a deed (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Правда ли, что проект уже окончательно принят и обсуждение закрыто?",
        "Правда ли, что проект Конституции уже окончательно согласован и обсуждение закрыто?",
        "Обсуждение проекта закрыто?",
        "Верно ли, что обсуждение новой Конституции уже закрыли?",
        "Правда ли, что дискуссия о проекте завершена?",
    ],
)
def test_discussion_of_the_draft_closed_asks_whether_it_goes_on(engine, question: str) -> None:
    """«обсуждение закрыто» of the draft: whether it has ended, which the current stage answers
    (the text's «идет активное обсуждение»); a discussion in a claim naming the draft is its."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "current_stage"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Носила ли дискуссия закрытый характер?",
        "Правда ли, что доступ к проекту закрыт?",
        "Закрыто ли обсуждение проекта для граждан?",
    ],
)
def test_closed_as_a_quality_or_to_someone_is_not_ended(engine, question: str) -> None:
    """The full adjective is a quality asked of; closed to someone, or a thing other than a
    discussion, is no ending of the draft's discussion."""
    reply = engine.answer(question)
    assert reply.entry_id != "current_stage", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Как государство собирается бороться с искажёнными трактовками реформы?", "explanation_purpose"),
        ("Как власти собираются бороться с искажёнными трактовками реформы?", "explanation_purpose"),
        (
            "Будет ли государство использовать аналитику данных в юридической сфере?",
            "digital_solutions",
        ),
        (
            "Мои личные сведения будут защищены, если государство начнёт анализировать большие "
            "массивы данных?",
            "personal_data_protection",
        ),
        ("Государство будет защищать персональные данные?", "personal_data_protection"),
    ],
)
def test_state_as_the_doer_is_no_subject(engine, question: str, entry_id: str) -> None:
    """The state or the authorities doing what the documents propose: the deed is asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Государство станет сильнее?",
        "Будет ли государство повышать налоги?",
        "Какое государство обсуждалось?",
    ],
)
def test_state_itself_asked_stays_declined(engine, question: str) -> None:
    """Becoming (a copula with no infinitive), a deed the documents never name, and «какое
    государство» (which one) keep their declines."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (
            "Что, согласно материалу, требуется для того, чтобы общество получило объективное "
            "представление о содержании реформ?",
            "explanation_purpose",
        ),
        (
            "Что, согласно релизу, необходимо, чтобы у общества сложилось объективное понимание "
            "нововведений?",
            "explanation_purpose",
        ),
        ("Есть ли в тексте что-то о защите прав и свобод граждан?", "overall_assessment"),
    ],
)
def test_piece_read_is_left_out_of_the_embedded_question(engine, question: str, entry_id: str) -> None:
    """«согласно материалу», «в тексте»: where the answer is read, a frame the reading takes out,
    is no part of the question the embedding compares with the entries either."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что, согласно пресс-релизу, говорится о налогах?",
        "Что, согласно материалу, сказано о пенсиях?",
    ],
)
def test_piece_read_left_out_keeps_unnamed_subjects_declined(engine, question: str) -> None:
    """What the documents never name stays «not in the document» without the piece's words."""
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Какая роль в конституционной реформе отводится учёным и экспертам?", "participant_science"),
        ("Какая роль у научного сообщества в конституционной реформе?", "participant_science"),
        ("Какова роль экспертов в конституционной реформе?", "participant_science"),
        ("Какую роль в реформе отводят правовому сознанию людей?", "legal_consciousness"),
    ],
)
def test_role_in_the_reform_asks_the_part_of_who_plays_it(engine, question: str, entry_id: str) -> None:
    """«роль X в реформе»: the reform is where the role is played, the frame; X's part is asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какую роль в реформе играют налоги?",
        "Какую роль играет прокуратура в реформе?",
    ],
)
def test_role_in_the_reform_of_an_untold_part_stays_declined(engine, question: str) -> None:
    """A role the documents do not give (taxes, the prosecution's own) stays declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
