"""Round 70c: answerable questions that drew a wrong entry (real engine, one source and two)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "В рамках какой реформы проходила дискуссия?",
        "В рамках какой реформы прошёл круглый стол?",
        "В контексте какой реформы проходило обсуждение?",
    ],
)
def test_a_frame_opened_by_an_asking_word_is_asked(engine, question: str) -> None:
    """«В рамках какой реформы…?»: the reform is what is asked, not a frame to leave out (which
    left the event's taking place alone and drew its date)."""
    reply = engine.answer(question)
    assert reply.entry_id != "event_date", describe(reply)
    if reply.kind == "answer":
        assert "конституционн" in reply.answer.casefold(), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "В рамках какой программы проходила дискуссия?",
        "В рамках какого форума прошёл круглый стол?",
    ],
)
def test_frames_the_text_does_not_name_decline(engine, question: str) -> None:
    """A programme or a forum the round table was part of: the text names neither."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "зачем поправки вообще кратко",
        "зачем нужны поправки?",
        "для чего изменения",
        "why the amendments?",
    ],
)
def test_the_changes_asked_why_are_what_they_are_aimed_at(engine, question: str) -> None:
    """«Зачем поправки?»: the reason for the changes is what the text says they are aimed at (the
    overall assessment; round 91a, first the reform's aims here), not why they are explained."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("зачем объяснять поправки", "explanation_purpose"),
    ],
)
def test_explaining_the_changes_keeps_its_reading(engine, question: str, entry: str) -> None:
    """A verb beside the changes («объяснять») is what is asked why."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "зачем поправки в налоговый кодекс",
        "зачем поправки к бюджету",
        "почему изменения отложили",
    ],
)
def test_other_changes_asked_why_decline(engine, question: str) -> None:
    """Changes to another law, or a thing done to them the text does not tell."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "инфо для людей про реформу дают вообще",
        "дают ли людям информацию о реформе",
        "предоставляют ли гражданам информацию о проекте",
    ],
)
def test_giving_information_is_informing(engine, question: str) -> None:
    """«Дают ли людям информацию о реформе?»: informing, which the entry on the current stage tells."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "current_stage"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "дают ли людям информацию о налоговой реформе",
        "дают ли людям бесплатную юридическую помощь",
        "дают ли информацию о сроках референдума",
    ],
)
def test_other_things_given_decline(engine, question: str) -> None:
    """Another reform, legal aid, a referendum's dates: not in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Я пенсионер и к лозунгам отношусь скептически. Что конкретно, кроме красивых слов, "
        "предлагается в проекте для защиты прав граждан?",
        "кроме лозунгов что реально будет для защиты прав граждан",
    ],
)
def test_beyond_rhetoric_asks_for_no_other_direction(engine, question: str) -> None:
    """«Кроме красивых слов»: mere words left out ask the substance, not the others beside a thing
    (which drew the digital solutions as another direction)."""
    reply = engine.answer(question)
    assert reply.entry_id != "digital_solutions", describe(reply)


def test_beyond_rhetoric_with_a_direction_answers(engine) -> None:
    """A direction the text names, asked beyond the words, is answered by its entry."""
    reply = engine.answer("Помимо громких фраз, что проект даёт для равенства перед законом?")
    assert (reply.kind, reply.entry_id) == ("answer", "equality_before_law"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "кроме красивых слов что предлагается для налоговой системы",
        "Кроме красивых слов, что будет с пенсиями?",
    ],
)
def test_beyond_rhetoric_of_other_things_declines(engine, question: str) -> None:
    """Taxes, pensions: not in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Неге жоба туралы халыққа түсіндіру жұмысы маңызды?",
        "Түсіндіру жұмысы неге маңызды?",
    ],
)
def test_why_important_in_kazakh(engine, question: str) -> None:
    """«Неге … маңызды?» asks why a thing matters: the purpose of the explaining."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "explanation_purpose"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Салық реформасы неге маңызды?",
        "Неге футбол маңызды?",
    ],
)
def test_why_other_things_matter_in_kazakh_declines(engine, question: str) -> None:
    """A tax reform, football: not in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какой результат должен дать широкий обмен мнениями, по словам Генпрокурора?",
        "Какой результат должен дать широкий обмен мнениями?",
        "Какой эффект принесёт разъяснительная работа?",
    ],
)
def test_the_result_a_thing_yields_is_its_purpose(engine, question: str) -> None:
    """«Какой результат должен дать X?»: what X is for."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "explanation_purpose"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какой результат даст налоговая реформа?",
        "Какой эффект принесут цифровые решения для бизнеса?",
    ],
)
def test_results_the_text_does_not_tell_decline(engine, question: str) -> None:
    """A tax reform, business: not in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Нужна одна фраза для эфира: как генпрокурор оценил проект новой Конституции?",
        "Как генпрокурор оценил проект новой Конституции?",
        "How did the Prosecutor General assess the draft constitution?",
    ],
)
def test_the_whole_assessed_frames_the_assessment(engine, question: str) -> None:
    """«Как генпрокурор оценил проект Конституции?»: the assessment of the changes, not the summary."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Как Венецианская комиссия оценила проект Конституции?",
        "Как депутаты оценили реформу?",
    ],
)
def test_assessments_by_others_decline(engine, question: str) -> None:
    """The Venice Commission, deputies: no assessment of theirs in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "генпрок назвал изменения какими",
        "Какими генпрокурор назвал изменения?",
        "Какими назвали предлагаемые изменения?",
    ],
)
def test_what_a_thing_was_called_is_its_characterisation(engine, question: str) -> None:
    """«Какими генпрокурор назвал изменения?»: how he characterised them (not which prosecutors)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какими эксперты назвали изменения?",
        "Какими генпрокурор назвал налоговые поправки?",
        "Какими депутаты назвали поправки?",
    ],
)
def test_what_others_called_things_declines(engine, question: str) -> None:
    """The experts' or deputies' words, tax amendments: not in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


def test_the_word_a_thing_is_called_keeps_its_reading(engine) -> None:
    """«Каким словом названы нововведения…?»: the asking word qualifies a noun, the word asked."""
    reply = engine.answer(
        "Каким словом в тексте названы предлагаемые нововведения, когда речь идёт об открытом диалоге?"
    )
    assert (reply.kind, reply.entry_id) == ("answer", "open_dialogue"), describe(reply)
