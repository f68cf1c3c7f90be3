"""Round 51a: blind63's declined and wrongly answered questions (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Бас прокурордын аты ким?", "speaker"),
        ("Бас прокурордың аты кім?", "speaker"),
        ("Генпрокурордың аты кім?", "speaker"),
    ],
)
def test_kazakh_what_is_his_name(engine, question: str, entry: str) -> None:
    """Kazakh «аты кім» (what is his name) asks a name, as «есімі кім» does; «аты» is no
    unknown subject."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Уәкілдің аты кім?", "Парламент өкілінің аты кім?", "Ғалымдардың аты кім?"],
)
def test_kazakh_names_the_text_omits_decline(engine, question: str) -> None:
    """The Ombudsman's, a deputy's, the scholars' names: the text gives none."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Говорилось ли о присутствии представителей омбудсмена?", "participant_ombudsman"),
        ("Было ли присутствие омбудсмена?", "participant_ombudsman"),
        ("Упоминается ли присутствие депутатов?", "participant_parliament"),
        ("Отмечено ли присутствие учёных?", "participant_science"),
    ],
)
def test_presence_is_taking_part(engine, question: str, entry: str) -> None:
    """«присутствие» (presence), the noun of «присутствовать», is taking part."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Говорилось ли о присутствии министров?", "Было ли присутствие иностранных гостей?"],
)
def test_presence_of_whom_the_text_never_names_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    ["budut li zashishat personalnye dannye", "kak budut zashishat personalnye dannye"],
)
def test_transliterated_word_nothing_explains(engine, question: str) -> None:
    """«zashishat» («щ» typed as «sh») is explained by no reading; in a transliterated text it is
    read in Cyrillic too, not as an unknown Latin word."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "personal_data_protection"), describe(reply)


@pytest.mark.parametrize("question", ["budut li zashishat pensii", "kak bystro vyuchit angliyskiy"])
def test_transliterated_questions_the_text_does_not_answer_decline(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Какие темы разбирали на круглом столе?", "key_directions"),
        ("Какие вопросы разбирали участники?", "key_directions"),
    ],
)
def test_going_through_a_topic_is_discussing_it(engine, question: str, entry: str) -> None:
    """«разбирать» a topic (to go through it) is to discuss it: the directions were gone through
    (a question of the entry in that word; a synonym group would make «обсуждать» a concept
    without its part of speech, which «Сколько участников обсуждали…» reads)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize("question", ["Какие налоги разбирали на круглом столе?", "Разбирали ли бюджет?"])
def test_going_through_what_the_text_never_names_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Как участники оценили конституционную реформу с точки зрения преемственности курса?",
        "Есть ли преемственность с курсом Президента?",
        "Обеспечивает ли реформа преемственность курса Токаева?",
    ],
)
def test_continuity_is_the_course_carried_on(engine, question: str) -> None:
    """«преемственность» (continuity) of the President's course is the text's «последовательное
    продолжение» of his initiatives (a question of the entry in that word)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "reform_tokayev_link"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Обеспечивает ли реформа преемственность власти?",
        "Есть ли преемственность с Конституцией 1995 года?",
    ],
)
def test_continuity_of_what_the_text_never_names_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Какую конституционную модель стремятся сформировать?", "constitutional_model_principles"),
        ("Какую модель государства стремятся построить?", "fair_kazakhstan"),
        ("Что стремятся укрепить?", "legal_consciousness"),
    ],
)
def test_striving_to_asks_the_verb_it_governs(engine, question: str, entry: str) -> None:
    """«стремиться» (to strive to) before an infinitive asks that verb, as «хотеть» does."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какую налоговую модель стремятся сформировать?",
        "К чему стремятся депутаты в налоговой политике?",
    ],
)
def test_striving_to_what_the_text_never_names_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Что сказано в тексте проекта о правосознании?", "legal_consciousness"),
        ("Какое место в тексте Конституции занимает принцип «Закон и порядок»?", "law_and_order_preamble"),
        ("Что сказано в тексте проекта о персональных данных?", "personal_data_protection"),
    ],
)
def test_in_the_text_of_a_thing(engine, question: str, entry: str) -> None:
    """«в тексте проекта / Конституции» (in the draft's text) is in the draft: «текст» is no
    subject (it had led to what the document is)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что говорится в тексте Конституции о налогах?",
        "Сколько страниц в тексте проекта?",
        "Говорят ли в тексте закона о правах?",
    ],
)
def test_in_the_text_of_a_thing_the_text_omits_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Для чего внедряют анализ больших данных — и не пострадает ли при этом приватность?",
        "Кто будет анализировать данные — и будут ли защищены персональные данные?",
        "Когда внедрят ИИ и будут ли защищены персональные данные?",
        "Сколько стоит реформа; будут ли защищены персональные данные?",
        "Why is big data analysis being introduced, and will privacy suffer?",
        "What is the budget of the reform and will personal data be protected?",
    ],
)
def test_a_joined_yes_no_clause_is_a_question_of_its_own(engine, question: str) -> None:
    """A word and its «ли» right after «и», a dash or a semicolon (an auxiliary right after "and")
    opens a second question, answered alone when the first is not."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "personal_data_protection"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кто решит, будут ли защищены персональные данные?",
        "Сколько стоит анализ больших данных и будет ли он платным?",
        "Когда примут Конституцию — и будет ли референдум?",
        "What is the budget of the reform and will it be approved by referendum?",
        "Who drafted the constitution and when will it be adopted?",
    ],
)
def test_yes_no_clauses_the_text_does_not_answer_decline(engine, question: str) -> None:
    """After a comma «будут ли» is the clause a question governs, not one of its own."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "What will law enforcement emphasize under the new approach?",
        "What will the police emphasise?",
        "What will law enforcement agencies emphasize in their work?",
    ],
)
def test_what_a_body_will_emphasize_is_its_focus(engine, question: str) -> None:
    """ "will emphasize": what a body is to focus on, not what a speaker stressed."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


@pytest.mark.parametrize(
    "question", ["What will courts emphasize in the new system?", "What will schools emphasize?"]
)
def test_what_others_will_emphasize_declines(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


def test_what_the_prosecutor_emphasized_stays_his_words(engine) -> None:
    reply = engine.answer("What did the prosecutor emphasize?")
    assert (reply.kind, reply.entry_id) == ("answer", "prosecutor_speech"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "уполномоченный по правам чела был там?",
        "был ли уполномоченный по правам чела",
        "Присутствовал ли уполномоченный по правам чела?",
    ],
)
def test_slang_for_the_ombudsman(engine, question: str) -> None:
    """«по правам чела»: «чел», the slang for «человек», in the Ombudsman's title."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "participant_ombudsman"), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["уполномоченный по правам чела что сказал?", "как зовут уполномоченного по правам чела?"],
)
def test_slang_ombudsman_details_the_text_omits_decline(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие четыре темы разбирали на круглом столе?",
        "Какие 4 темы обсуждали?",
        "Назовите четыре темы круглого стола",
    ],
)
def test_topics_after_a_number_are_the_directions(engine, question: str) -> None:
    """«четыре темы» (a number asks «темы» in the genitive singular): several topics, the text's
    directions, as «какие темы» are."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "key_directions"), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Какие две темы налоговой реформы обсуждали?", "Какие четыре темы обсудят на следующем круглом столе?"],
)
def test_topics_the_text_never_lists_decline(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
