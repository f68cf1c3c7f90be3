"""Round 43b: classes read from blind50's literary-Russian misses, with paraphrases of our own and
near misses that must stay declined (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Я студент-юрист, меня интересует, как будет обеспечено единообразное применение законов. "
            "Что об этом сказано?",
            "equality_before_law",
        ),
        (
            "Я программист, и мне интересно, будут ли использовать искусственный интеллект в правовой "
            "сфере. Что об этом говорится в документе?",
            "digital_solutions",
        ),
    ],
)
def test_indirect_question_before_what_the_piece_says(engine, question: str, entry: str) -> None:
    """«…меня интересует, как…. Что об этом сказано?»: the question after the asker's sentence asks
    only what the piece says of the indirect question in it, which is the one asked (as in English)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Я пенсионерка, и меня волнует, что будет с моей пенсией после реформы. Что об этом сказано?",
        "Я фермер, меня волнует, как изменится налог на землю. Что там об этом пишут?",
        "Я учитель истории, мне интересно, сохранится ли пост вице-президента. Что об этом говорится?",
    ],
)
def test_indirect_question_the_document_does_not_answer_stays_declined(engine, question: str) -> None:
    """Near misses: the indirect question asks what the document does not say."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Чью работу предлагают перестроить по сервисной модели?", "rights_protection_priority"),
        ("Чья модель работы станет сервисной?", "rights_protection_priority"),
        ("Чьи инициативы продолжает реформа?", "reform_tokayev_link"),
    ],
)
def test_whose_thing_the_text_names_with_its_owner(engine, question: str, entry: str) -> None:
    """«Чья работа…?»: the text names the work with its owner after it, an adjective and a noun in
    the genitive («работы правоохранительных органов»), a body no entry tells as `who`; what the
    text says of the work answers (an owner an entry tells as `who`, the President's initiatives,
    is still answered by it)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Чья работа легла в основу проекта Конституции?",
        "Чья работа станет прозрачнее для бизнеса?",
        "Чьи инициативы в сфере налогов обсуждали?",
    ],
)
def test_whose_thing_the_text_does_not_say_stays_declined(engine, question: str) -> None:
    """Near misses: whose work the document never speaks of."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Кого пригласили на круглый стол?", "participants"),
        ("Кто был приглашён на круглый стол?", "participants"),
        ("Кого, помимо государственных органов, позвали к обсуждению?", "participants"),
        ("Были ли приглашены учёные?", "participant_science"),
        ("Who was invited to the round table?", "participants"),
    ],
)
def test_invited_as_taking_part(engine, question: str, entry: str) -> None:
    """Who was invited (whom, a passive, or whether someone was) is who took part, the documents'
    word for it."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кто пригласил участников круглого стола?",
        "Кого пригласят на следующий круглый стол?",
        "Пригласили ли иностранных экспертов?",
        "Зачем пригласили экспертов?",
        "Who invited the participants?",
    ],
)
def test_inviter_or_invitation_to_come_stays_declined(engine, question: str) -> None:
    """Near misses: who invited (the host), an invitation to come, why someone was invited, or
    guests the document never names."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Что закреплено в начальной части Конституции?", "law_and_order_preamble"),
        (
            "Что даст закрепление принципа «Закон и порядок» в начальной части Основного закона?",
            "law_and_order_preamble",
        ),
        ("Кто перечислен в начальной части текста?", "participants"),
    ],
)
def test_part_of_another_whole_is_no_place_in_the_piece(engine, question: str, entry: str) -> None:
    """«в начальной части Конституции»: a part named with a whole of its own after it, in the
    genitive, is a part of that whole (the Constitution's opening part is its preamble), not a
    place in the press release; a part of the piece itself, or one named alone, still is."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какое значение получит принцип справедливости, если его закрепят в начальной части Конституции?",
        "Закрепят ли в начальной части Конституции право на оружие?",
    ],
)
def test_part_of_another_whole_the_document_does_not_fill_stays_declined(engine, question: str) -> None:
    """Near misses: what the document never says goes into the preamble."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Я член профсоюза учителей. Кого пригласили на круглый стол?", "participants"),
        ("Я состою в родительском комитете. Чем завершился круглый стол?", "outcome"),
    ],
)
def test_any_form_of_who_or_what_opens_the_question_after_the_asker(
    engine, question: str, entry: str
) -> None:
    """«Я вхожу в совет… Кого…?»: an oblique form of «кто» or «что» opens a question as the word
    itself does, so the asker's sentence before it is left out (not read as the subject)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Я член профсоюза учителей. Кого наградили после круглого стола?",
        "Я состою в родительском комитете. Чем закончилось голосование по проекту?",
    ],
)
def test_question_after_the_asker_on_what_the_document_lacks_stays_declined(engine, question: str) -> None:
    """Near misses: the question after the asker's sentence asks what the document never says."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Чему участники уделили главное внимание?", "practical_focus"),
        ("На чём участники сосредоточили основное внимание?", "practical_focus"),
        ("Какие основные направления обсуждались?", "key_directions"),
        ("Чему было уделено особое внимание?", "key_directions"),
    ],
)
def test_primacy_of_attention(engine, question: str, entry: str) -> None:
    """«основное/главное внимание»: the adjective of primacy before a noun of attention is part of
    saying where attention went; «основные направления» (no noun of attention) and the text's own
    «особое внимание» keep their words."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "На чём сосредоточили основное внимание депутаты Сената?",
        "Какому налогу уделили главное внимание?",
    ],
)
def test_primacy_of_attention_on_what_the_document_lacks_stays_declined(engine, question: str) -> None:
    """Near misses: attention of people, or to a thing, the document never speaks of."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Я работаю в НКО. Говорится ли о том, как будут защищать персональные данные?",
            "personal_data_protection",
        ),
        ("Я пишу статью о генпрокуроре. Что он сказал?", "prosecutor_speech"),
    ],
)
def test_correlative_before_a_clause_points_forward(engine, question: str, entry: str) -> None:
    """«…о том, как…»: the form of «тот» announcing the clause after it points forward, not back to
    the asker's sentence, whose bodies are not read into the question (a pronoun that does point back
    still brings them)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Я работаю в НКО. Есть ли в документе что-то о том, как будут финансировать НКО?",
        "Я волонтёр НКО. Сказано ли о том, как будут поддерживать пожилых людей?",
    ],
)
def test_correlative_clause_the_document_does_not_answer_stays_declined(engine, question: str) -> None:
    """Near misses: the clause announced asks what the document never says."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Какие формы защиты персональных данных предлагаются?", "personal_data_protection"),
        ("Какой аспект цифровизации касается личной информации граждан?", "personal_data_protection"),
        ("Какие аспекты проекта обсуждали?", "practical_focus"),
        ("Каков характер предлагаемых изменений?", "overall_assessment"),
    ],
)
def test_forms_of_a_thing_the_documents_name(engine, question: str, entry: str) -> None:
    """«Какие формы X», «Какой аспект X»: the forms or an aspect of a thing the documents name ask
    what they say of it; where a quote says the word of the thing itself («практических аспектах
    проекта», «изменения носят прогрессивный характер») the word is the text's and stays."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какая форма правления закреплена в проекте?",
        "Какие формы собственности защищает Конституция?",
        "Какие формы вовлечения молодёжи упоминаются?",
        "Какие формы вовлечения бизнеса в обсуждение упоминает генпрокурор?",
        "Какой аспект цифровизации касается налоговой тайны?",
        "Каков характер изменений в налоговом кодексе?",
    ],
)
def test_forms_of_what_the_documents_lack_stays_declined(engine, question: str) -> None:
    """Near misses: a form of government, of property, the involvement of people never named."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Что, помимо нетерпимости к нарушениям закона, генпрокурор предлагает укреплять в обществе?",
            "legal_consciousness",
        ),
    ],
)
def test_excluded_phrase_set_off_by_commas(engine, question: str, entry: str) -> None:
    """«, помимо X к Y,»: a phrase of leaving out set off by commas leaves out all it holds, not only
    its first two words."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Укрепление чего в обществе, помимо нетерпимости к нарушениям, упоминал министр финансов?",
        "Что, помимо нетерпимости к нарушениям, обещали пенсионерам?",
    ],
)
def test_excluded_phrase_with_what_the_document_lacks_stays_declined(engine, question: str) -> None:
    """Near misses: what is asked beyond the phrase left out is what the document never says."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


# both entries quote the closing sentence of the scholars' readiness to contribute
CONTRIBUTION_ENTRIES = {"outcome", "constitutional_model_principles"}


@pytest.mark.parametrize(
    "question",
    [
        "Какова роль учёных и экспертов в создании современной конституционной модели?",
        "Какую роль эксперты сыграют в разработке современной конституционной модели?",
    ],
)
def test_role_in_making_a_thing(engine, question: str) -> None:
    """«роль X в создании Y»: the role someone plays in making a thing is their part in it, which
    the text tells by what they bring to it; the noun of making is part of asking the role."""
    reply = engine.answer(question)
    assert reply.kind == "answer", describe(reply)
    assert reply.entry_id in CONTRIBUTION_ENTRIES, describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какова роль учёных в создании налогового кодекса?",
        "Какова роль Сената в создании законов?",
        "Какова роль акиматов в подготовке проекта?",
        "Будет ли создан новый правоохранительный орган?",
    ],
)
def test_role_in_making_what_the_document_lacks_stays_declined(engine, question: str) -> None:
    """Near misses: a role in making what the document never speaks of, by people it never names
    there, or the making itself."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Что было предметом обмена мнениями на круглом столе?", "about_document"),
    ],
)
def test_subject_of_an_exchange_of_views_is_its_topic(engine, question: str, entry: str) -> None:
    """«предмет обмена мнениями» is the topic of the discussion, as «предмет дискуссии» is."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Было ли предметом обмена мнениями повышение пенсий?",
        "Был ли предметом обмена мнениями налоговый кодекс?",
        "Что было предметом обмена мнениями в Сенате?",
    ],
)
def test_topic_the_document_does_not_give_stays_declined(engine, question: str) -> None:
    """Near misses: a topic of the exchange the document never names, or another body's exchange."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
