"""Round 43, the lead's: near misses of hunt 7 that got an answer (real engine). Who led the event
(the documents name its speaker, never its chair: people.event_head); what someone answered to
another's words (kind `replied`, which no entry is); a quality claimed of a thing in a yes/no
question (claims.claimed_quality)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Кто руководил круглым столом?",
        "Кто был руководителем дискуссии?",
        "Кто глава круглого стола?",
        "Кто руководил обсуждением проекта?",
        "Who headed the round table?",
        "Who was the head of the round table?",
    ],
)
def test_the_head_of_the_event_is_not_its_speaker(engine, question: str) -> None:
    """The head of the round table is its chair, whom the documents never name: the word of
    leading is the curated head of a body, which made the speaker entry answer."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кто из руководства выступил на круглом столе?",
        "Кто из руководителей правоохранительной системы обратился к участникам круглого стола?",
        "Who was the head of the prosecution at the round table?",
        "Кто глава прокуратуры?",
        "Кто выступал на круглом столе?",
    ],
)
def test_a_head_who_spoke_at_the_event_is_the_speaker(engine, question: str) -> None:
    """Neighbours: a head of an office who spoke there, the event not right after the word of
    leading, is the speaker the documents name."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "speaker"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что ответили участники Асылову?",
        "What did the participants reply to Asylov?",
        "Что ответил Асылов журналистам?",
        "How did the Ombudsman respond to the Prosecutor General?",
        "What did participants answer to Asylov?",
    ],
)
def test_an_answer_to_anothers_words_is_never_reported(engine, question: str) -> None:
    """The documents report what was said, never anyone's answer to it: a question of what someone
    replied is of kind `replied`, which no entry is, and is declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Что сказал Асылов?", "prosecutor_speech"),
        ("What did the Prosecutor General say?", "prosecutor_speech"),
    ],
)
def test_what_was_said_is_still_answered(engine, question: str, entry: str) -> None:
    """Neighbours: what was said, not replied, is what the documents report."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие идеи высказали общественные организации?",
        "Какие предложения высказали учёные?",
    ],
)
def test_what_a_body_voiced_is_what_it_said(engine, question: str) -> None:
    """«высказали» (not only the reflexive «высказались») asks what someone said: only an entry
    reporting their words answers it, not the one naming them among the participants."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Правда ли, что юридическое образование станет заочным?",
        "Станет ли юридическое образование бесплатным?",
        "Будет ли юридическое образование обязательным?",
        "Будет ли Парламент однопалатным по проекту?",
    ],
)
def test_a_quality_never_claimed_is_not_answered(engine, question: str) -> None:
    """A yes/no question claiming a quality the documents never state of the thing («платным»
    after «станет») asks a detail they do not give: the thing is theirs, the quality is not."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
    assert reply.decline == "not_in_document", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Станет ли работа полиции профилактической?", "rights_protection_priority"),
        ("Будет ли юридическое образование качественным?", "legal_culture"),
        ("Станет ли юридическое образование качественнее?", "legal_culture"),
        ("Станет ли диалог открытым?", "open_dialogue"),
        (
            "Должно ли обсуждение проекта быть закрытым, только для специалистов, или широким?",
            "explanation_purpose",
        ),
    ],
)
def test_a_quality_the_documents_state_is_answered(engine, question: str, entry: str) -> None:
    """Neighbours: an adjective of a noun the documents use («профилактической», «качественным»),
    one they use («открытым»), a comparative, and a choice between two sides are answered."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Правда ли, что прокуратуру ликвидируют?",
        "Верно ли, что прокуратуру реорганизуют?",
        "Прокуратуру ликвидируют?",
    ],
)
def test_a_checked_claim_of_what_befalls_a_body_is_not_answered(engine, question: str) -> None:
    """«Правда ли, что X ликвидируют?»: the «что» of the checked statement is no asking word, so
    the question asks whether, as «Ликвидируют ли X?» does, and a verb the documents never use of
    a body they name is what is asked."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Правда ли, что генпрокурор выступал?", "speaker"),
        ("Правда ли, что в круглом столе участвовал Парламент?", "participant_parliament"),
    ],
)
def test_a_checked_claim_the_documents_make_is_answered(engine, question: str, entry: str) -> None:
    """Neighbours: a checked claim in the documents' own words is answered."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize("question", ["What is Asylov's age?", "What is Asylov's salary?"])
def test_a_possessed_noun_closing_the_question_is_asked(engine, question: str) -> None:
    """ "What is Asylov's age?": the word after a possessive, closing the question, is the noun
    asked (the dictionary reading alone took "age" for a verb, which weighs too little to decline):
    a detail of the Prosecutor General the documents never give."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("What was Asylov's message?", "prosecutor_speech"),
        ("What's happening with the draft?", "current_stage"),
        (
            "What is the rationale behind the Prosecutor General's call for continued explanatory work?",
            "explanation_purpose",
        ),
    ],
)
def test_a_possessive_before_what_the_documents_say_is_answered(engine, question: str, entry: str) -> None:
    """Neighbours: a possessed noun the documents use, the «is» of "what's", and a possessed noun
    the question goes on about are read as before."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какая организация провела круглый стол?",
        "Кто провёл круглый стол?",
        "Кем был проведён круглый стол?",
        "Who held the round table?",
        "Which organisation hosted the round table?",
        "Кто организовал круглый стол?",
        "Кто приглашал экспертов на круглый стол?",
        "Who invited the experts?",
        "Дөңгелек үстелді қай ұйым ұйымдастырды?",
        "Дөңгелек үстелді кім өткізді?",
    ],
)
def test_who_held_the_event_is_not_told(engine, question: str) -> None:
    """Who held the round table is its organiser, whom the documents never name (they say it was
    held, not by whom): not the outcome nor the participants (people.event_holder)."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
    assert reply.decline == "not_in_document", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Кто выступил на проведённом круглом столе?", "speaker"),
        ("Who spoke at the round table held in February?", "speaker"),
        ("Когда провели круглый стол?", "event_date"),
        ("Каким стал проведённый круглый стол?", "outcome"),
        ("Какие органы участвовали в круглом столе?", "participants"),
        ("Who was invited to the round table?", "participants"),
        ("Кто был приглашён на круглый стол?", "participants"),
        ("Дөңгелек үстелге кім қатысты?", "participants"),
        ("Дөңгелек үстел қашан өткізілді?", "event_date"),
    ],
)
def test_the_held_event_is_still_asked_of(engine, question: str, entry: str) -> None:
    """Neighbours: the event held, named by a participle, and when it was held, are answered."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["What goals does the Senate pursue?", "What did the senators say?", "Was the Mazhilis represented?"],
)
def test_the_chambers_in_english_are_the_chambers(engine, question: str) -> None:
    """ "Senate", "senators", "Mazhilis" are the chambers the documents name only as where
    Parliament's representatives may come from: what they pursue or said is not told, and "the
    Senate" is no unknown English word that leaves the reform's aims to answer."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question", ["Did members of the Senate take part?", "Были ли сенаторы на круглом столе?"]
)
def test_a_chamber_taking_part_is_parliament_taking_part(engine, question: str) -> None:
    """Neighbours: whether the chambers' members took part is answered by Parliament's taking part."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "participant_parliament"), describe(reply)


def test_the_kazakh_you_is_no_chamber(engine) -> None:
    """«сен кимсин» (who are you): the Kazakh «сен» is a pronoun, not the Senate cut short."""
    reply = engine.answer("сен кимсин")
    assert reply.kind == "none", describe(reply)
    assert reply.decline == "off_topic", describe(reply)


@pytest.mark.parametrize("question", ["Is Parliament being reformed?", "Is the prosecution being abolished?"])
def test_what_is_under_way_for_a_body_is_not_told(engine, question: str) -> None:
    """ "Is Parliament being reformed?": a present passive under way asks what is yet to be done to a
    body the documents name only as taking part or speaking, as "Will Parliament be reformed?" does."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Is the draft being discussed?", "current_stage"),
        ("Is Parliament taking part?", "participant_parliament"),
    ],
)
def test_what_the_documents_say_is_under_way_is_answered(engine, question: str, entry: str) -> None:
    """Neighbours: the draft's discussion is under way in the documents' own words; taking part is
    no passive."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)
