"""Round 44a: the misses of blind51 (real engine). The goals of a thing are what the text says it
is aimed at ("aimed at"); "stated" before a noun is no "state"; words the text
says otherwise (a loanword, a synonym of its phrase): «толерантность», «главенство права», «ветви
власти», «сознание людей»."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "What are the stated goals of the proposed changes?",
        "What are the goals of the proposed changes?",
        "What are the goals of the amendments, according to the Prosecutor General?",
        "What are the stated aims of the amendments?",
        "What goals do the proposed changes have?",
    ],
)
def test_the_goals_of_the_changes_are_what_they_are_aimed_at(engine, question: str) -> None:
    """The text says the changes are "aimed at" three things: their "goals" are those (the English
    "aim" group), not the state's development ("stated" read as the noun "state")."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "What are the stated goals of the tax reform?",
        "What are the stated goals of the police reform?",
        "What are the goals of the pension changes?",
        "Какие цели у налоговой реформы?",
        "Каковы цели пенсионных изменений?",
        "Какие цели у реформы образования по словам министра?",
    ],
)
def test_the_goals_of_a_thing_the_text_never_names_stay_declined(engine, question: str) -> None:
    """Near misses: the goals of a reform or of changes the documents never speak of."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("нулевая толерантность это про что у генпрока", "law_and_order_meaning"),
        ("Что такое нулевая толерантность?", "law_and_order_meaning"),
        ("Имеет ли реформа отношение к главенству права?", "reform_aims"),
        ("Укрепит ли реформа главенство закона?", "reform_aims"),
        ("Which branches of government were represented at the discussion?", "participants"),
        ("Какие ветви власти были представлены на круглом столе?", "participants"),
        ("Что именно генпрокурор хочет укрепить в сознании людей?", "legal_consciousness"),
    ],
)
def test_the_texts_things_in_other_words(engine, question: str, entry: str) -> None:
    """«толерантность» is the loanword for the text's «терпимость»; «главенство права» is its
    «верховенство закона»; branches of power are bodies of state power, as the Administration and
    Parliament are; «сознание людей» is the consciousness of society."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Будет ли толерантность к мигрантам?",
        "Главенство президента над парламентом усилится?",
        "Была ли представлена судебная ветвь власти?",
        "Which branches of government will be abolished?",
        "Сколько ветвей власти будет по новой Конституции?",
        "Изменится ли сознание людей по отношению к ИИ?",
    ],
)
def test_those_words_of_what_the_text_does_not_say_stay_declined(engine, question: str) -> None:
    """Near misses: tolerance of others than offenders, primacy of one body over another, a branch
    the text never names, the count of branches, people's minds about AI."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Я журналист из Павлодара. Можете кратко пересказать, что обсуждали участники?", "practical_focus"),
        ("Можете рассказать, кто выступал?", "speaker"),
        ("Я учитель. Можешь объяснить, что такое нулевая терпимость?", "law_and_order_meaning"),
    ],
)
def test_can_you_tell_asks_to_be_told(engine, question: str, entry: str) -> None:
    """«Можете (кратко) пересказать…?»: asking whether one can tell is a request to tell, as
    «перескажите» is; after the asker's sentence it opens the question (text.telling_asked_of_you)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Можете рассказать, какая зарплата у генпрокурора?",
        "Я студент. Можете объяснить, когда будет референдум?",
        "Можете ли вы гарантировать, что реформа пройдёт?",
        "Можете рассказать о налоговой реформе?",
    ],
)
def test_can_you_tell_of_what_the_text_does_not_say_stays_declined(engine, question: str) -> None:
    """Near misses: the request asks of a detail or a thing the documents never give; «можете ли
    гарантировать» asks no telling."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "How did participants frame the constitutional reform in relation to President Tokayev's policies?",
        "How did the participants frame the reform in relation to the President's initiatives?",
    ],
)
def test_what_the_participants_did_with_a_frame_verb_is_their_voice(engine, question: str) -> None:
    """ "How did participants frame X…?": the participants doing a thing the document reports are
    its voice (sayings.done_by_all), though their verb is a frame word of no term ("frame")."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "reform_tokayev_link"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "How did participants frame the tax reform?",
        "How did participants frame the constitutional reform in relation to the referendum?",
        "Did participants frame the constitutional reform as a threat?",
    ],
)
def test_participants_framing_what_the_text_never_says_stays_declined(engine, question: str) -> None:
    """Near misses: a reform or a link the documents never speak of."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "цели поправок какие по словам генпрока",
        "Каковы три цели предлагаемых изменений, по словам Генерального прокурора?",
        "Какие цели нововведений назвал генпрокурор?",
        "цели изменений",
    ],
)
def test_the_goals_of_the_changes_are_what_they_are_directed_at(engine, question: str) -> None:
    """«цели изменений / поправок»: what the text says the changes are «направлены на»
    (frames.goals_of_the_changes), not the speech as a whole nor the aims of the President's
    initiatives."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("цели реформы", "reform_aims"),
        ("Какие цели у инициатив Токаева?", "reform_aims"),
        ("Какова цель системной разъяснительной работы?", "explanation_purpose"),
    ],
)
def test_the_goals_of_other_things_keep_their_entries(engine, question: str, entry: str) -> None:
    """Neighbours: the goals of the reform, of the initiatives, of the explanatory work."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Каковы цели пенсионных изменений?",
        "Какие цели у налоговых поправок?",
        "Какие цели у изменений в налоговом кодексе?",
        "генпрокурор асылов цели на пост",
    ],
)
def test_the_goals_of_changes_the_text_never_names_stay_declined(engine, question: str) -> None:
    """Near misses: changes to pensions or taxes, a speaker's goals in his post."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Which priority area deals with crime prevention?", "rights_protection_priority"),
        ("Which priority area concerns crime prevention?", "rights_protection_priority"),
        ("Which direction deals with legal education?", "legal_culture"),
    ],
)
def test_the_area_that_deals_with_a_thing_is_the_one_about_it(engine, question: str, entry: str) -> None:
    """ "a priority area" is one of the areas (not the text's «приоритет», the name of one of
    them, which made the list of all the areas answer); an area that "deals with" a thing is
    the one about it."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Which priority area deals with taxes?",
        "Which area deals with healthcare?",
        "How will the reform deal with corruption?",
        "What deal was made at the round table?",
    ],
)
def test_an_area_dealing_with_what_the_text_never_names_stays_declined(engine, question: str) -> None:
    """Near misses: taxes, healthcare, corruption; a deal (an agreement) the text never reports."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
