"""Round 28: the readings made for the classes of tests/data/round28/blind28.jsonl's failures, each
with paraphrases of our own and near misses that must be answered or declined as before."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Какие вопросы задавали представители общественных организаций?",
        "Какие вопросы задавали представители научного сообщества?",
        "Какие вопросы задавали участники?",
        "Что спрашивали представители общественных организаций?",
        "Какие вопросы задал генпрокурор?",
        "Чем интересовались представители НКО?",
        "What questions did the NGOs ask?",
        "Қоғамдық ұйымдар өкілдері қандай сұрақтар қойды?",
    ],
)
def test_what_someone_asked_is_declined(engine, question: str) -> None:
    """The documents report no one's questions: a verb of asking (kind `asked`) no entry answers."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Участвовали ли общественные организации?", "participant_public_orgs"),
        ("Были ли представители общественных организаций?", "participant_public_orgs"),
        ("Хочу спросить, кто выступал на круглом столе?", "speaker"),
        ("Можно спросить, какие организации участвовали?", "participants"),
        ("Can I ask who spoke?", "speaker"),
        ("Какие ориентиры задают изменения?", "long_term_guidelines"),
        ("Какие ориентиры задали изменения?", "long_term_guidelines"),
    ],
)
def test_asking_kept_apart_from_the_users_own_and_from_setting(engine, question: str, entry_id: str) -> None:
    """The user's own «хочу спросить» asks nothing of anyone; «задавать» without «вопрос» is the
    text's «задают ориентиры»; taking part is still answered."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (
            "Which principle is proposed for inclusion in the Preamble of the Basic Law?",
            "law_and_order_preamble",
        ),
        ("What is proposed for inclusion in the Preamble?", "law_and_order_preamble"),
        ("What risk does an open dialogue on the draft's novelties help to avoid?", "open_dialogue"),
        ("What risk does an open dialogue on the draft's amendments help to avoid?", "open_dialogue"),
    ],
)
def test_inclusion_and_novelties_are_the_documents_words(engine, question: str, entry_id: str) -> None:
    """ "inclusion" (in a text) is «закрепление», as "enshrine" is; "novelties" are «новеллы»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "What innovations does the draft contain?",
        "What does the Basic Law say about taxes?",
    ],
)
def test_inclusion_and_novelties_near_misses_stay_declined(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Чьи инициативы, по мнению участников, продолжает конституционная реформа?",
        "Чьи инициативы, по словам участников, продолжает реформа?",
        "Whose initiatives does the reform continue, according to the participants?",
    ],
)
def test_whose_in_the_participants_view_is_what_the_document_says(engine, question: str) -> None:
    """«чьи» asks whose the initiatives are; the participants, who say it, are the round table."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "reform_tokayev_link"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Чьи инициативы, по мнению Токаева, продолжает реформа?",
        "Чьи налоги, по мнению участников, снизит реформа?",
    ],
)
def test_whose_near_misses_stay_declined(engine, question: str) -> None:
    """A sayer the documents do not report, a thing they never name."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "жиында салық инспекторлары болды ма",
        "кездесуде салық инспекторлары болды ма",
        "дөңгелек үстелде салық инспекторлары болды ма",
        "жиында фермерлер болды ма",
        "балам айтшы жиында салық инспекторлары да болды ма екен",
    ],
)
def test_an_unknown_kazakh_plural_is_an_unknown_subject(engine, question: str) -> None:
    """Only a noun takes the Kazakh plural suffix: one the documents never name is declined (these
    had got a participant entry, a confident wrong answer)."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Талқылауға Президент Әкімшілігінен өкілдер қатысты ма", "participant_administration"),
        ("Талкылауга Президент Акимшилигинен окилдер катысты ма", "participant_administration"),
        ("Ғалымдар мен қоғамдық ұйымдар қатысты ма?", "participant_public_orgs"),
    ],
)
def test_known_kazakh_plurals_keep_their_answers(engine, question: str, entry_id: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (
            "балам айтшы осы жаңа конституция туралы жиында адам құқықтары жөніндегі уәкіл де болды ма екен",
            "participant_ombudsman",
        ),
        ("айналайын осы жаңа конституцияны қашан талқылады екен айтып жіберші", "event_date"),
        ("жиын қашан өтті", "event_date"),
    ],
)
def test_kazakh_addresses_and_particles_carry_no_topic(engine, question: str, entry_id: str) -> None:
    """«балам», «айналайын» (familiar addresses), «екен» (wondering), «айтып жіберші» (tell me) are
    no subject; «жиын» is the gathering, as «кездесу» is."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


def test_kazakh_address_before_an_unknown_topic_stays_declined(engine) -> None:
    reply = engine.answer("айналайын салықтар туралы не айтылды екен")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие цели преследует налоговая реформа?",
        "What aims does the tax reform pursue?",
        "What are the aims of the tax reform?",
        "What is the pension reform about?",
        "Обсуждали ли пенсионную реформу?",
        "Круглый стол был посвящён налоговой реформе?",
    ],
)
def test_another_reform_is_not_theirs(engine, question: str) -> None:
    """A word the documents never use right before their reform names another one (the first and
    third had got reform_aims and fair_kazakhstan, confident wrong answers no set held)."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Какие цели преследует конституционная реформа?", "reform_aims"),
        ("What are the aims of the constitutional reform?", "reform_aims"),
        ("Круглый стол был посвящён действующей Конституции?", "about_document"),
        ("Что предлагается в проекте новой Конституции?", "proposed_changes"),
    ],
)
def test_their_reform_and_the_one_in_force_keep_their_answers(engine, question: str, entry_id: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "What model of operation is envisaged for law enforcement agencies?",
        "What model of operation is planned for law enforcement?",
    ],
)
def test_model_of_operation_is_the_model_of_work(engine, question: str) -> None:
    """A body's "operation" is its work: the text's «модель работы»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "What model of operation is envisaged for the courts?",
        "What model of operation is envisaged for tax agencies?",
        "What military operation was discussed?",
    ],
)
def test_operation_near_misses_stay_declined(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Were the proposed changes described as setting short-term targets?",
        "Do the changes set long-term targets?",
        "What targets do the changes set?",
    ],
)
def test_targets_set_are_the_guidelines(engine, question: str) -> None:
    """Targets or benchmarks set for development are the text's «ориентиры»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "long_term_guidelines"), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["What targets are set for reducing crime?", "What benchmarks for tax collection were set?"],
)
def test_targets_of_other_things_stay_declined(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_dimensions_frame_as_kind_does(engine) -> None:
    """ "For which dimensions of X" asks which sides of X, as "what kind of X": a framing word."""
    reply = engine.answer("For which dimensions of state development do the changes set guidelines?")
    assert (reply.kind, reply.entry_id) == ("answer", "long_term_guidelines"), describe(reply)


def test_dimensions_of_another_thing_stay_declined(engine) -> None:
    reply = engine.answer("What dimensions of the tax system were discussed?")
    assert reply.kind == "none", describe(reply)


def test_dictated_punctuation_carries_no_topic(engine) -> None:
    """«запятая» said to a voice keyboard is a comma, no subject."""
    reply = engine.answer("а вот эти изменения они надолго или так на время запятая какие там ориентиры")
    assert (reply.kind, reply.entry_id) == ("answer", "long_term_guidelines"), describe(reply)
    assert engine.answer("какие налоги снизят запятая").kind == "none"


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Подскажите для заголовка: какую главную оценку поправкам дал генпрокурор?", "overall_assessment"),
        ("Подскажите для эфира: кто выступал?", "speaker"),
        ("For a headline: who spoke at the round table?", "speaker"),
    ],
)
def test_the_askers_work_after_a_polite_word_is_no_topic(engine, question: str, entry_id: str) -> None:
    """«для заголовка» names what the asker is making, after «подскажите» as at the opening."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Подскажите для бизнеса: что изменится?", "Подскажите, для заголовка: какие налоги снизят?"],
)
def test_a_topic_or_an_unknown_question_after_the_work_stays_declined(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_kazakh_function_words_carry_no_topic(engine) -> None:
    """The quoting «деп», the auxiliary «жатыр», the pointing «ана», «соның», «өзі» are no subject."""
    reply = engine.answer("ана бас прокурор заң мен тәртіп деп айтып жатыр ғой соның мәнісі не өзі")
    assert (reply.kind, reply.entry_id) == ("answer", "law_and_order_meaning"), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["ана бас прокурор салық деп айтып жатыр ғой соның мәнісі не өзі", "бас прокурор салық деп айтты ма"],
)
def test_what_is_quoted_before_dep_is_a_subject(engine, question: str) -> None:
    """The word quoted before «деп» is what was said: one the documents never use is declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
