"""Round 69a: literary Russian questions declined though the document answers them (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Какие положения проекта касаются подготовки юристов?", "legal_culture"),
        ("Есть ли в проекте положения о юридическом образовании?", "legal_culture"),
        ("Какие положения новой Конституции посвящены правовой культуре?", "legal_culture"),
        ("Какие положения проекта относятся к искусственному интеллекту?", "digital_solutions"),
    ],
)
def test_provisions_on_a_topic(engine, question: str, entry: str) -> None:
    """«Какие положения проекта касаются X?»: the draft's provisions on a topic ask what the draft
    says of it; the provisions noun and its linking verb are the frame (scope.provisions_on)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие положения проекта касаются налогов?",
        "Какие положения проекта касаются пенсий?",
        "Есть ли в проекте положения о смертной казни?",
        "Какие положения Конституции касаются армии?",
    ],
)
def test_provisions_on_a_topic_the_text_omits_decline(engine, question: str) -> None:
    """The topic stays asked: taxes, pensions, the death penalty, the army are nowhere in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Какие слова о принципах прозвучали в заключительной части пресс-релиза?",
            "constitutional_model_principles",
        ),
        ("Какие слова о правовой культуре прозвучали на круглом столе?", "legal_culture"),
        ("Какие идеи о защите персональных данных звучали?", "personal_data_protection"),
    ],
)
def test_words_voiced_about_a_topic(engine, question: str, entry: str) -> None:
    """«Какие слова о X прозвучали?»: which words on X were voiced asks what was said of X; the noun
    of the words and the verb of voicing are the frame (sayings.voiced_about)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие слова о налогах прозвучали?",
        "Какие мысли о пенсионной реформе были высказаны?",
        "Какие слова о смертной казни прозвучали на круглом столе?",
    ],
)
def test_words_voiced_about_what_the_text_omits_decline(engine, question: str) -> None:
    """The topic stays asked: taxes, the pension reform, the death penalty are nowhere in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Упоминается ли нейросеть или искусственный интеллект в материалах круглого стола?",
            "digital_solutions",
        ),
        ("Говорится ли в материалах круглого стола о нулевой терпимости?", "law_and_order_meaning"),
        ("Что в материалах круглого стола сказано о правовой культуре?", "legal_culture"),
        ("Есть ли в материалах круглого стола что-то о юридическом образовании?", "legal_culture"),
    ],
)
def test_materials_of_the_event_are_the_piece(engine, question: str, entry: str) -> None:
    """«в материалах круглого стола»: the plural of a piece word with the event after it names the
    piece read, which frames the question (piece.without_the_piece)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Упоминаются ли налоги в материалах круглого стола?",
        "Что сказано о пенсиях в материалах мероприятия?",
        "Упоминается ли в материалах круглого стола смертная казнь?",
    ],
)
def test_materials_of_the_event_on_what_the_text_omits_decline(engine, question: str) -> None:
    """What is asked stays asked: taxes, pensions, the death penalty are nowhere in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Какие выводы о правопорядке сделаны в пресс-релизе?", "overall_assessment"),
        ("Какой вывод о верховенстве закона делается в пресс-релизе?", "reform_aims"),
        ("Какие выводы о правах и свободах граждан сделаны в материале?", "overall_assessment"),
    ],
)
def test_conclusions_drawn_about_a_topic(engine, question: str, entry: str) -> None:
    """«Какие выводы о X сделаны?»: a conclusion drawn on X asks what is said of X; the noun and
    «сделать» are the frame (sayings.voiced_about), not the text's own «выводы» (misreadings)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие выводы о налогах сделаны в пресс-релизе?",
        "Какие выводы о пенсионной реформе сделаны?",
        "Какие выводы о выборах сделали участники?",
    ],
)
def test_conclusions_about_what_the_text_omits_decline(engine, question: str) -> None:
    """The topic stays asked: taxes, the pension reform, elections are nowhere in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Пришли ли на обсуждение представители некоммерческих и гражданских объединений?",
            "participant_public_orgs",
        ),
        ("Пришли ли на круглый стол депутаты?", "participant_parliament"),
        ("Пришли ли на круглый стол учёные?", "participant_science"),
    ],
)
def test_came_is_read_as_coming(engine, question: str, entry: str) -> None:
    """«Пришли ли…?»: of equally likely verbs, the indicative «прийти» (came) over the imperative
    «прислать» (send!), so the question asks who took part (morph.Morphology._info)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Пришли ли на круглый стол министры?",
        "Пришли ли на круглый стол иностранные послы?",
        "Пришли ли на круглый стол студенты?",
    ],
)
def test_came_of_those_the_text_does_not_name_declines(engine, question: str) -> None:
    """Ministers, foreign ambassadors, students are not among the participants the text names."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Какое из обсуждавшихся направлений касается технологий?", "digital_solutions"),
        ("Какое из упомянутых направлений касается технологий?", "digital_solutions"),
        ("Какое из обсуждавшихся направлений касается правовой культуры?", "legal_culture"),
        ("Какое из выделенных направлений касается равенства перед законом?", "equality_before_law"),
    ],
)
def test_which_of_the_items_the_text_told(engine, question: str, entry: str) -> None:
    """«Какое из обсуждавшихся направлений…?»: which of the items the text discussed asks which item;
    the participle says only that they are the text's own (scope.which_of_the_told)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какое из обсуждавшихся направлений касается налогов?",
        "Какое из выделенных направлений посвящено экологии?",
        "Какое из названных направлений касается пенсий?",
    ],
)
def test_which_of_the_told_items_on_what_the_text_omits_declines(engine, question: str) -> None:
    """No direction of the text is about taxes, ecology or pensions."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Что из обсуждённого касается работы с населением?", "rights_protection_priority"),
        ("Что из обсуждённого касается правопорядка?", "overall_assessment"),
        ("Что из обсуждавшегося касается юридического образования?", "legal_culture"),
    ],
)
def test_what_of_all_that_was_discussed(engine, question: str, entry: str) -> None:
    """«Что из обсуждённого касается X?»: what of all the text told asks what it says of X; the
    participle is no subject (scope.which_of_the_told)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что из обсуждённого касается налогов?",
        "Что из сказанного касается пенсий?",
        "Что из обсуждённого касается сельского хозяйства?",
    ],
)
def test_what_of_the_discussed_on_what_the_text_omits_declines(engine, question: str) -> None:
    """Taxes, pensions, farming are nowhere in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Планируется ли применять искусственный интеллект в работе правовой системы?", "digital_solutions"),
        ("Планируют ли что-то менять в подготовке юристов?", "legal_culture"),
        ("Планируется ли внедрять нейросети в работу прокуратуры?", "digital_solutions"),
    ],
)
def test_planned_asks_whether_it_is_to_be_done(engine, question: str, entry: str) -> None:
    """«Планируется ли X?»: the plan is the intention to do X, as «намереваться» (a stopword)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Планируется ли референдум?",
        "Что планируют сделать с пенсиями?",
        "Планируется ли сократить число прокуроров?",
        "Планируют ли ввести смертную казнь?",
    ],
)
def test_plans_the_text_does_not_tell_decline(engine, question: str) -> None:
    """A referendum, pensions, cutting prosecutors, the death penalty: the text says none of it."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Участники больше говорили о теории или о практике применения проекта?",
        "Участники больше теоретизировали или говорили о практике применения новой Конституции?",
        "Говорили ли участники о практике применения проекта?",
        "Говорили ли о практике применения проекта новой Конституции?",
    ],
)
def test_practice_of_applying_the_draft_is_its_practical_side(engine, question: str) -> None:
    """«практика применения проекта»: the practice of applying the documents' whole is the text's
    «практических аспектах проекта» (scope.practice_of_the_whole)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "practical_focus"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Говорили ли о практике применения Конституции США?",
        "Как будет выглядеть практика применения новой Конституции в судах?",
        "Обсуждали ли практику применения нового закона о выборах?",
    ],
)
def test_practice_of_applying_another_thing_declines(engine, question: str) -> None:
    """Another country's constitution, the courts' practice, an election law: not in the text."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
