"""Round 54b: blind68 and blind69 noisy, Kazakh and English misses (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Did the Prosecutor General mention zero tolerance for offenses?", "law_and_order_meaning"),
        ("Is there zero tolerance for offenses?", "law_and_order_meaning"),
        ("What did Asylov say about offenses?", "prosecutor_speech"),
    ],
)
def test_offense_spelt_the_american_way(engine, question: str, entry: str) -> None:
    """ "offense", "offenses" (American spelling) are the text's offences, as "offence" is."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "What penalties are set for offenses?",
        "How many offenses were recorded last year?",
    ],
)
def test_details_of_offenses_decline(engine, question: str) -> None:
    """Penalties and counts of offences: the text gives neither."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Whom should the public consultation on the draft involve?",
        "Should civil society be involved in the public consultation on the draft?",
    ],
)
def test_public_consultation_is_the_exchange_of_views(engine, question: str) -> None:
    """A public consultation on a draft is the exchange of views on it the Prosecutor General
    calls for, with the professional and civic community involved."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "public_involvement"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "When will the public consultation on the draft end?",
        "How long will the public consultation last?",
        "Where can I submit comments in the public consultation?",
    ],
)
def test_details_of_the_public_consultation_decline(engine, question: str) -> None:
    """When, how long, where: the text names no procedure of the consultation."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "What was the overall outcome of the round table?",
        "What was the general outcome of the round table?",
        "Каков общий итог круглого стола?",
        "Каков итог круглого стола в целом?",
    ],
)
def test_overall_outcome_is_the_outcome(engine, question: str) -> None:
    """«общий итог», "the overall outcome", «итог в целом»: the outcome of the whole is the outcome."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "outcome"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Каков общий итог голосования по проекту?",
        "What was the overall outcome of the referendum?",
        "Каков общий итог финансирования реформы?",
    ],
)
def test_overall_outcome_of_another_thing_declines(engine, question: str) -> None:
    """The outcome of a vote, a referendum, the funding: the text reports none."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


def test_overall_assessment_keeps_its_breadth(engine) -> None:
    """«в целом» beside an assessment, not an outcome, stays a word of the question."""
    reply = engine.answer("Как в целом оценили изменения?")
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("какие направления обсуждали на кс", "key_directions"),
        ("итог кс какой", "outcome"),
        ("общ организации были на кс?", "participant_public_orgs"),
        ("на чём сосредоточились участники кс", "practical_focus"),
        ("кто выступал на кс", "speaker"),
    ],
)
def test_ks_is_the_round_table(engine, question: str, entry: str) -> None:
    """«кс», the chat shortening of «круглый стол» (as «кр стол»)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "что решил КС по жалобе",
        "Кто председатель КС?",
        "сколько длился кс",
        "скока депутатов было на кс",
    ],
)
def test_what_the_text_omits_of_ks_declines(engine, question: str) -> None:
    """A ruling, a chairman, a length, a count of deputies: the text names none."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


def test_lone_latin_letter_is_no_transliterated_word(engine) -> None:
    """«x» in «x^2» amid Russian is a variable, not «кс» typed in Latin letters: off the topic."""
    reply = engine.answer("Реши уравнение x^2 - 5x + 6 = 0")
    assert reply.decline == "off_topic", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Донгелек устел кандай алангка айналды?",
        "Донгелек устел кандай алангка айналды",
        "Донгелек устел алангка айналды ма?",
    ],
)
def test_kazakh_ng_typed_for_the_letter_ng(engine, question: str) -> None:
    """«алангка»: «ң» typed as «нг» (the Latin "ng") is «алаңқа», the platform the round table became."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "outcome"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Донгелек устел кандай алангта отти?",
        "Донгелек устел кай алангта отти?",
    ],
)
def test_kazakh_venue_typed_plain_declines(engine, question: str) -> None:
    """On which square (venue) it took place: the text does not say."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Конституционную модель какого государства обсуждали участники?",
        "О каком государстве идёт речь в конституционной модели?",
        "Конституционную модель какой страны обсуждали участники?",
        "Конституционная модель какого государства формируется?",
    ],
)
def test_country_of_the_constitutional_model(engine, question: str) -> None:
    """Which country's constitutional model: the text names it with its country, «конституционной
    модели Республики Казахстан» (it was answered with the model of a Just Kazakhstan)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "constitutional_model_principles"), describe(reply)


def test_model_of_which_state_alone_keeps_its_entry(engine) -> None:
    """A model alone, of which state the reform builds: the text names it «Справедливый Казахстан»."""
    reply = engine.answer("Модель какого государства формирует реформа?")
    assert (reply.kind, reply.entry_id) == ("answer", "fair_kazakhstan"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие страны поддержали конституционную модель?",
        "Конституционную модель какой страны взяли за образец?",
        "Конституционную модель каких стран изучали участники?",
        "Какие государства уже приняли такую конституционную модель?",
    ],
)
def test_other_countries_and_the_model_decline(engine, question: str) -> None:
    """Countries that supported it, studied or lent their model: the text names none."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что предлагается в сфере защиты прав граждан?",
        "Что предлагают в области защиты прав граждан?",
        "Что предложено в сфере защиты прав граждан?",
    ],
)
def test_proposed_in_a_domain_is_said_of_it(engine, question: str) -> None:
    """«Что предлагается в сфере X?»: what is proposed there is what the text says of X; the verb
    of proposing frames the domain as its noun does (it had led to the entry on legal protection,
    whose questions ask what is proposed)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что предлагается в сфере налогообложения?",
        "Что предлагается в области пенсионного обеспечения?",
        "Что предлагается в сфере защиты прав потребителей?",
    ],
)
def test_proposed_in_a_domain_the_text_omits_declines(engine, question: str) -> None:
    """Taxes, pensions, consumers' rights: the text proposes nothing there."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Как реформа скажется на правопорядке?",
        "Как реформа повлияет на правопорядок в стране?",
        "Как изменения отразятся на правопорядке?",
    ],
)
def test_effect_on_a_thing_is_what_the_text_says_of_it(engine, question: str) -> None:
    """The effect asked on law and order: the changes aim at strengthening it (the verb of effect
    had led to the entry whose question asks the effect on the economy)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


def test_effect_on_the_economy_keeps_its_entry(engine) -> None:
    """The effect on the economy: the long-term guidelines of socio-economic development."""
    reply = engine.answer("Как реформа повлияет на экономику?")
    assert (reply.kind, reply.entry_id) == ("answer", "long_term_guidelines"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Как реформа скажется на зарплатах?",
        "Как реформа повлияет на цены?",
        "Как реформа повлияет на пенсии?",
        "Как реформа скажется на бизнесе?",
    ],
)
def test_effect_on_what_the_text_omits_declines(engine, question: str) -> None:
    """Wages, prices, pensions, business: the text says nothing of the effect on them."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
