"""Round 60d: chat-style questions the bot declined or asked back on (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "на какие принцыпы опирается новая констиутция",
        "на каких принцыпах новая конституция",
        "на каких принцепах основана новая констетуция",
    ],
)
def test_misspelt_words_are_embedded_as_read(engine, question: str) -> None:
    """The embedding reads a misspelt word as the knowledge-base word the lexical side reads it
    as («принцыпы»: «принципы»), so a typo no longer sends a question it reads right to «did you
    mean»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "constitutional_model_principles"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "на каких принцыпах строится налоговый кодекс",
        "принцыпы новой налоговой политики",
        "какие принцыпы у генпрокурора в личной жизни",
    ],
)
def test_misspelt_near_misses_still_decline(engine, question: str) -> None:
    """The same typos in questions the document does not answer."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "от чего защищает разъяснительная работа",
        "от чего защищает разьяснительная работа",
        "От чего защитит разъяснение реформы?",
    ],
)
def test_what_a_thing_guards_against(engine, question: str) -> None:
    """«От чего защищает X» asks what X helps avoid (the text's «позволяет избежать»), not the
    protection of rights the documents speak of."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "explanation_purpose"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "от чего защищают персональные данные",
        "от каких рисков защищает ИИ",
        "от чего защищает прокуратура бизнес",
    ],
)
def test_guarding_against_what_the_text_never_names_declines(engine, question: str) -> None:
    """What the text never says a thing guards against."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "нафиг нужен был этот круглый стол",
        "ну и чем полезен этот круглый стол был",
        "какую пользу принес круглый стол",
        "что дал круглый стол",
        "What does the release say the round table turned into?",
        "What did the round table become?",
    ],
)
def test_what_the_event_gave_or_became(engine, question: str) -> None:
    """«нафиг нужен X» asks «зачем нужен X»; what the event gave («чем полезен», «что дал») or
    what it "became", "turned into", is what it served as: the text's «стал площадкой…»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "outcome"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "чем полезен круглый стол для бизнеса",
        "какую пользу принес круглый стол экономике",
        "что дал круглый стол участникам",
        "What did the round table turn into for business?",
        "нафиг нужен налоговый кодекс",
    ],
)
def test_use_of_the_event_to_others_declines(engine, question: str) -> None:
    """Its use to someone the text never names, or the purpose of something it never names."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "информируют народ о реформе или нет",
        "народ информируют о реформе или нет",
        "информируют ли народ о реформе",
    ],
)
def test_the_people_are_the_citizens(engine, question: str) -> None:
    """«народ» (the people) is the citizens the text's informing of society reaches."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "current_stage"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "сколько народу пришло на круглый стол",
        "сколько граждан пришло на круглый стол",
        "что думает народ о реформе",
        "информируют ли народ о налогах",
    ],
)
def test_the_people_near_misses_decline(engine, question: str) -> None:
    """How many came, what the people think: the text says neither. An answer naming «прав
    граждан» (a genitive qualifying a noun) counts no citizens."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Катысушылар немен айналысты, кандай аспектилерге назар аударды?",
        "Катысушылар кандай аспектилерге назар аударды?",
        "Қатысушылар қандай аспектілерге назар аударды?",
    ],
)
def test_kazakh_question_words_typed_without_kazakh_letters(engine, question: str) -> None:
    """«кандай», «калай» are «қандай», «қалай» typed without the Kazakh letters, and «немен» (with
    what) asks as «неден» does: question words, no subject."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "practical_focus"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Катысушылар кандай тамак жеди?",
        "Катысушылар калай киинди?",
        "Дөңгелек үстелге кандай кофе берилди?",
    ],
)
def test_kazakh_question_words_near_misses_decline(engine, question: str) -> None:
    """What the participants ate or wore, what coffee was served: the text says nothing of it."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Will artificial intelligence be used in the legal sphere under the new framework?",
            "digital_solutions",
        ),
        ("Under the new framework, will police move to a service model?", "rights_protection_priority"),
        ("Does the new framework mention legal education?", "legal_culture"),
    ],
)
def test_the_framework_frames_the_question(engine, question: str, entry: str) -> None:
    """ "Under the new framework" frames a question as "context" does: the rest is what it asks."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "What framework governs data retention?",
        "Which regulatory framework applies to AI startups?",
        "Will the framework change tax rates?",
    ],
)
def test_framework_near_misses_decline(engine, question: str) -> None:
    """Data retention, AI startups, tax rates: the text names none of them."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Укрепят ли права и свободы граждан?",
        "Укрепятся ли права и свободы граждан?",
        "Будут ли укреплены права и свободы граждан?",
    ],
)
def test_a_claim_two_entries_both_hold_is_answered(engine, question: str) -> None:
    """Both the reform's aims and the Prosecutor General's assessment say the guarantees of rights
    and freedoms are strengthened: either confirms the claim checked, no «did you mean»."""
    reply = engine.answer(question)
    assert reply.kind == "answer", describe(reply)
    assert reply.entry_id in {"overall_assessment", "reform_aims"}, describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "укрепят ли права предпринимателей",
        "укрепят ли права и свободы иностранцев",
        "Укрепят ли права и свободы граждан за счёт налогов?",
    ],
)
def test_a_claim_beyond_what_both_hold_declines(engine, question: str) -> None:
    """Entrepreneurs, foreigners, taxes: the text names none of them."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
