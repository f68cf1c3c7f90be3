"""Round 45a: misses of blind53 and blind54 about the reform as a whole and the Prosecutor General's
words on it (real engine). «ранее начатый курс» names an earlier thing, not an earlier time;
«прошлые решения» are the «прежние» ones (not «в прошлом году»); a quality joined to a claimed
opposite is claimed with it; who holds a post «сейчас» is who holds it; «кому это надо?» asks what
for; a claim heard elsewhere, then «что по этому поводу в материале?», is checked; «ожидания от X»
are no subject of their own; what a thing gives «людям» is what it brings; why
a named person insists on a thing asks why it is done."""

from __future__ import annotations

import pytest

from ._support import describe


def _assert_answers(engine, question: str, entry: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


def _assert_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Насколько, судя по тексту, реформа вписывается в ранее начатый политический курс главы государства?",
        "Реформа продолжает ранее начатый курс президента?",
        "Продолжает ли реформа ранее начатые инициативы главы государства?",
    ],
)
def test_an_earlier_adverb_before_a_participle_names_an_earlier_thing(engine, question: str) -> None:
    """«ранее начатый курс» is the course begun before (as «прежний курс»), not how things stood."""
    _assert_answers(engine, question, "reform_tokayev_link")


@pytest.mark.parametrize(
    "question",
    [
        "Ранее принятые законы отменят?",
        "Какие ранее принятые решения президента отменят?",
        "Раньше правоохранительные органы работали по сервисной модели?",
    ],
)
def test_earlier_things_and_times_the_text_does_not_tell_stay_declined(engine, question: str) -> None:
    """Near misses: laws and decisions the text never names; how the police worked before."""
    _assert_declines(engine, question)


@pytest.mark.parametrize(
    "question",
    [
        "Правда что реформа — это вроде как продолжение прошлых решений президента?",
        "Реформа продолжает прошлый курс президента?",
        "Является ли реформа продолжением прошлой политики президента?",
    ],
)
def test_the_past_course_is_the_earlier_one(engine, question: str) -> None:
    """«прошлый» is the text's «прежний» (the course the reform continues)."""
    _assert_answers(engine, question, "reform_tokayev_link")


@pytest.mark.parametrize(
    "question",
    [
        "Что было в прошлой Конституции?",
        "Какие ошибки были в прошлой Конституции?",
        "Сколько правонарушений зарегистрировано в прошлом году?",
    ],
)
def test_the_past_constitution_and_last_year_stay_declined(engine, question: str) -> None:
    """Near misses: the constitution before theirs; a past date the text has nothing on."""
    _assert_declines(engine, question)


@pytest.mark.parametrize(
    "question", ["Кто выиграл Лигу чемпионов в прошлом году?", "Кто выиграл Лигу чемпионов в прошлом сезоне?"]
)
def test_last_year_is_no_word_of_the_documents(engine, question: str) -> None:
    """«в прошлом году» is a date, not the documents' «прежний»: no subject of theirs is named."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
    assert reply.decline != "not_in_document", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Верно ли, что Генпрокурор назвал предлагаемые изменения половинчатыми и недостаточными?",
        "Правда ли, что генпрокурор назвал изменения косметическими и запоздалыми?",
        "Генпрокурор назвал изменения половинчатыми?",
        "Are the changes half-hearted?",
    ],
)
def test_a_quality_joined_to_a_claimed_opposite_is_claimed_with_it(engine, question: str) -> None:
    """Half-measures are the opposite of the text's progressive changes; a quality joined to such a
    word by «и» is one more quality of the same claim."""
    _assert_answers(engine, question, "overall_assessment")


@pytest.mark.parametrize(
    "question",
    [
        "Верно ли, что генпрокурор назвал налоговую реформу половинчатой и недостаточной?",
        "Правда ли, что генпрокурор назвал изменения дорогими и недостаточными?",
        "Правда ли, что генпрокурор назвал пенсионную реформу косметической и запоздалой?",
    ],
)
def test_claims_of_other_things_or_qualities_stay_declined(engine, question: str) -> None:
    """Near misses: another reform; qualities the text neither says nor contradicts."""
    _assert_declines(engine, question)


@pytest.mark.parametrize(
    "question",
    [
        "А генпрокурор у нас сейчас кто, как его зовут?",
        "генпракурор кто щас",
        "Кто сейчас генеральный прокурор?",
        "Кто теперь генпрокурор?",
        "Who is the Prosecutor General now?",
    ],
)
def test_who_holds_a_named_post_now_is_who_holds_it(engine, question: str) -> None:
    """The text names the Prosecutor General: «сейчас» says when, not what, is asked."""
    _assert_answers(engine, question, "speaker")


@pytest.mark.parametrize(
    "question", ["Кто сейчас генпрокурор России?", "Кто сейчас министр юстиции?", "Кто сейчас омбудсмен?"]
)
def test_who_holds_another_post_now_stays_declined(engine, question: str) -> None:
    """Near misses: another country's post, a post the text never names, one it names unheld."""
    _assert_declines(engine, question)


@pytest.mark.parametrize(
    "question",
    [
        "Зачем объяснять людям реформу, кому это надо?",
        "Объяснять людям реформу — кому это нужно?",
        "Разъяснительная работа — кому это надо?",
    ],
)
def test_who_needs_it_asks_what_for(engine, question: str) -> None:
    """«кому это надо?» after a thing done asks what it is for, which the text states."""
    _assert_answers(engine, question, "explanation_purpose")


@pytest.mark.parametrize(
    "question", ["Кому это надо — налоги поднимать?", "Зачем повышать пенсии, кому это нужно?"]
)
def test_who_needs_what_the_text_does_not_tell_stays_declined(engine, question: str) -> None:
    """Near misses: what taxes or pensions are for."""
    _assert_declines(engine, question)


@pytest.mark.parametrize(
    "question",
    [
        "В соцсетях утверждают, что новая Конституция ослабит гарантии прав и свобод граждан. Что по "
        "этому поводу говорится в материале?",
        "В интернете пишут, что реформа ослабит гарантии прав граждан. Что об этом сказано в тексте?",
        "Говорят, что генпрокурор назвал изменения консервативными. Что об этом говорится в пресс-релизе?",
    ],
)
def test_a_claim_heard_elsewhere_then_what_the_piece_says_checks_it(engine, question: str) -> None:
    """The claim after «утверждают, что» is what the question after it asks about."""
    _assert_answers(engine, question, "overall_assessment")


@pytest.mark.parametrize(
    "question",
    [
        "В соцсетях пишут, что налоги на бизнес поднимут. Что по этому поводу говорится в материале?",
        "Говорят, что генпрокурор уходит в отставку. Что об этом сказано?",
        "В соцсетях утверждают, что новую Конституцию примут в марте. Что об этом сказано?",
    ],
)
def test_a_claim_heard_of_what_the_text_does_not_tell_stays_declined(engine, question: str) -> None:
    """Near misses: taxes, a resignation, a date of adoption the text never gives."""
    _assert_declines(engine, question)


@pytest.mark.parametrize(
    "question",
    [
        "Каковы ожидания от реформы в сфере государственного управления?",
        "Какие ожидания от новой Конституции в сфере государственного управления?",
    ],
)
def test_expectations_of_a_thing_are_what_it_brings(engine, question: str) -> None:
    """«ожидания» frame what is asked, as «чего ожидать» does: the text's effect on governance."""
    _assert_answers(engine, question, "overall_assessment")


def test_expectations_are_no_subject_the_text_is_silent_on(engine) -> None:
    """The text does speak of public administration: not «not in the document»."""
    reply = engine.answer(
        "Какие ожидания в отношении системы государственного управления связываются с новой Конституцией?"
    )
    assert reply.decline != "not_in_document", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Каковы ожидания от налоговой реформы?",
        "Какие ожидания у Генпрокурора от референдума?",
        "Оправдались ли ожидания участников круглого стола?",
    ],
)
def test_expectations_of_what_the_text_does_not_tell_stay_declined(engine, question: str) -> None:
    """Near misses: another reform, a referendum, whether hopes came true."""
    _assert_declines(engine, question)


@pytest.mark.parametrize(
    "question",
    ["xnj lfcn htajhvf k.lzv&", "что даст реформа людям?", "Что дадут изменения населению?"],
)
def test_what_a_thing_gives_the_people_is_what_it_brings(engine, question: str) -> None:
    """«людям», «населению»: the people at large are whom the reform gives to, not what is asked
    (the first is «что даст реформа людям?» typed in the Latin layout)."""
    _assert_answers(engine, question, "overall_assessment")


@pytest.mark.parametrize(
    "question",
    [
        "Что даст реформа пенсионерам?",
        "Что даст людям налоговая реформа?",
        "Что даст людям искусственный интеллект?",
    ],
)
def test_what_a_thing_gives_others_stays_declined(engine, question: str) -> None:
    """Near misses: a group the text never names; another reform; AI, of which no purpose is given."""
    _assert_declines(engine, question)


@pytest.mark.parametrize(
    "question",
    [
        "Why does the Prosecutor General insist on continuing to explain the reform to the public?",
        "Why does the Prosecutor General insist on explaining the reform to the public?",
        "Почему Асылов настаивает на продолжении разъяснения реформы?",
    ],
)
def test_why_a_named_person_insists_on_a_thing_asks_why_it_is_done(engine, question: str) -> None:
    """The person and the verb of insisting frame the question: why the reform is explained."""
    _assert_answers(engine, question, "explanation_purpose")


@pytest.mark.parametrize(
    "question",
    [
        "Why does Asylov insist on a tax cut?",
        "Почему генпрокурор настаивает на отставке министра?",
        "Почему генпрокурор настаивает на ужесточении наказаний?",
    ],
)
def test_why_he_insists_on_what_the_text_does_not_tell_stays_declined(engine, question: str) -> None:
    """Near misses: a tax cut, a resignation, harsher punishment: nothing he is reported to insist on."""
    _assert_declines(engine, question)
