"""Round 85e: Kazakh, English and colloquial Russian declines of answerable questions: Kazakh nouns in
«-ым/-ім» kept apart from their verbs, the English "expected to" before a verb, «как нить» as
«как-нибудь», «юр» as «юридический» (real engine)."""

from __future__ import annotations

import pytest

from bot.qa.kazakh import stem

from ._support import describe


def test_nouns_in_im_keep_their_stem() -> None:
    """«ұсынымдар» (recommendations) is the noun «ұсыным», not the verb «ұсыну» (to propose); the
    singular and the plural share the stem; «-ым/-ім» after the plural is still "my"."""
    assert stem("ұсынымдар") == stem("ұсыным") != stem("ұсынды")
    assert stem("шешімдер") == stem("шешім") == stem("шешімін")
    assert stem("ғалымдар") == stem("ғалым")
    assert stem("деректерім") == stem("деректер")


@pytest.mark.parametrize(
    "question",
    [
        "Дөңгелек үстел қорытындысы бойынша қандай ұсынымдар қабылданды?",
        "Дөңгелек үстелде қандай ұсынымдар қабылданды?",
        "Қатысушылар қандай ұсынымдар берді?",
        "Дөңгелек үстелдің қорытындысы бойынша қандай шешім қабылданды?",
        "Дөңгелек үстелде қандай шешімдер қабылданды?",
    ],
)
def test_recommendations_adopted_are_not_what_was_proposed(engine, question: str) -> None:
    """Which recommendations or decisions the round table adopted the text never says: declined,
    as the Russian «Какие рекомендации приняты?» is, not answered with the round table's outcome."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Құқық саласындағы цифрлық шешімдер туралы не айтылды?", "digital_solutions"),
        ("Құқықтық салада қандай цифрлық шешімдер ұсынылды?", "digital_solutions"),
        ("Бас прокурор не ұсынды?", "prosecutor_speech"),
        ("Ғалымдар қатысты ма?", "participant_science"),
        ("Қоғамдық ұйымдар қатысты ма?", "participant_public_orgs"),
        ("Менің жеке деректерім қорғала ма?", "personal_data_protection"),
        ("Гылымдар мен сарапшылар реформага улес косуга дайын ба?", "participant_science"),
    ],
)
def test_nouns_in_im_keep_their_entries(engine, question: str, entry_id: str) -> None:
    """The digital solutions («шешімдер»), scholars («ғалымдар»), organisations («ұйымдар»), the
    verb «ұсыну» itself and "my data" keep their entries."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "How are the changes expected to affect public administration?",
        "How is the reform expected to affect public administration?",
        "How is the new Constitution expected to affect public administration?",
        "How are the amendments expected to affect governance?",
    ],
)
def test_expected_to_affect_is_will_affect(engine, question: str) -> None:
    """ "expected to" before a verb says the deed is to come, as "will" does: no subject."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("What is expected from the amendments?", "overall_assessment"),
        ("What is meant by law and order?", "law_and_order_meaning"),
    ],
)
def test_expected_before_no_verb_keeps_its_reading(engine, question: str, entry_id: str) -> None:
    """ "expected" with no "to" and verb after it is what is expected of a thing."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "How is the law expected to affect taxes?",
        "What is the new Constitution expected to change for pensions?",
        "Which body is expected to run the service model?",
    ],
)
def test_expected_near_misses_decline(engine, question: str) -> None:
    """Taxes, pensions and who runs the service model the text never tells."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("юр образование как нить улучшат", "legal_culture"),
        ("юридическое образование как-нибудь улучшат?", "legal_culture"),
        ("биг дата в юр сфере будет?", "digital_solutions"),
        ("биг дата в юр сфере будет или нет", "digital_solutions"),
        ("ии в юр сфере будут юзать?", "digital_solutions"),
    ],
)
def test_spoken_somehow_and_short_legal(engine, question: str, entry_id: str) -> None:
    """«как нить» is «как-нибудь» (somehow), no thread; «юр» is «юридический», the text's legal
    sphere, as «гос» is the state."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "юр лицам что будет?",
        "налоги для юр лиц снизят?",
        "как то так",
    ],
)
def test_short_legal_near_misses_decline(engine, question: str) -> None:
    """Legal entities and their taxes the text never names; «как то так» asks nothing."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (
            "Сәлеметсіз бе, қарапайым тілмен түсіндіріп беріңізші: «Заң және тәртіп» қағидаты не үшін керек?",
            "law_and_order_meaning",
        ),
        (
            "«Заң және тәртіп» қағидаты не үшін керек? Қарапайым тілмен түсіндіріңізші.",
            "law_and_order_meaning",
        ),
        ("Қарапайым тілмен айтыңызшы, дөңгелек үстелге кімдер қатысты?", "participants"),
        ("Дөңгелек үстелдің қорытындысын қысқаша айтып берсеңіз.", "outcome"),
    ],
)
def test_kazakh_plain_language_and_closing_request(engine, question: str, entry_id: str) -> None:
    """«қарапайым тілмен» (in plain language) says how to answer, and «…түсіндіріп беріңізші»
    (please explain) closing a Kazakh question asks the bot to tell: neither is its subject."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Түсіндіру жұмысы не үшін керек, түсіндіріп беріңізші.", "explanation_purpose"),
        ("Түсіндіру жұмысын жалғастыру не үшін қажет?", "explanation_purpose"),
        ("Жаңа Конституция қарапайым азаматтарға не береді?", "reform_aims"),
    ],
)
def test_explanatory_work_and_ordinary_people_keep_their_entries(
    engine, question: str, entry_id: str
) -> None:
    """The explanatory work asked of by name, and «қарапайым азаматтар» (ordinary citizens), stay."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Қарапайым тілмен түсіндіріп беріңізші, салықтар өзгере ме?",
        "Салықтар туралы түсіндіріп беріңізші.",
    ],
)
def test_kazakh_request_near_misses_decline(engine, question: str) -> None:
    """Taxes the text never names, however plainly asked."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Жобаны ашық талқылау неден сақтайды?", "open_dialogue"),
        ("Ашық талқылау неден сақтайды?", "open_dialogue"),
        ("Түсіндіру жұмысы неден қорғайды?", "explanation_purpose"),
        ("Түсіндіру жұмысы неден сақтайды?", "explanation_purpose"),
    ],
)
def test_kazakh_kept_from_what_is_avoided(engine, question: str, entry_id: str) -> None:
    """«неден сақтайды / қорғайды» (keeps, guards from what) asks what a thing helps avoid, as «от
    чего защищает» does: its purpose."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


def test_kazakh_passive_guarding_stays_protection(engine) -> None:
    """The passive «деректер неден қорғалады» asks of the data's protection."""
    reply = engine.answer("Дербес деректер неден қорғалады?")
    assert (reply.kind, reply.entry_id) == ("answer", "personal_data_protection"), describe(reply)


@pytest.mark.parametrize("question", ["Салық неден сақтайды?", "Жасанды интеллект неден сақтайды?"])
def test_kazakh_kept_from_near_misses_decline(engine, question: str) -> None:
    """What taxes or AI keep one from the text never says."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "зачем вообще эта новая канституция кому она нужна",
        "Кому нужна новая Конституция?",
        "кому вообще нужна эта новая конституция",
    ],
)
def test_who_needs_it_asks_what_it_is_for(engine, question: str) -> None:
    """«кому она нужна» (who needs it) asks what the thing is for, not a person."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "reform_aims"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Кому нужно разъяснять реформу?", "public_involvement"),
    ],
)
def test_whom_one_must_do_a_thing_for_keeps_its_reading(engine, question: str, entry_id: str) -> None:
    """«кому нужно» before an infinitive asks whom (one must explain to)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize("question", ["Кому нужны налоги?", "Кому из участников нужна реформа?"])
def test_who_needs_near_misses_decline(engine, question: str) -> None:
    """Taxes the text never names; which participants need the reform it never says."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
