"""Round 43a: classes read from blind49's misses, with paraphrases of our own and near misses that
must stay declined (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Будет ли Парламент однопалатным по проекту?",
        "Парламент будет распущен?",
        "Будет ли Парламент сильнее?",
        "Будет ли омбудсмен конституционным органом?",
        "Will Parliament have one chamber?",
    ],
)
def test_what_a_participant_body_will_become_is_declined(engine, question: str) -> None:
    """A question whether a body the documents name only as taking part will be something («Будет ли
    Парламент однопалатным?», "Will Parliament have one chamber?"): the entry saying it took part
    in the discussion held does not tell what is to become of it."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Участвовал ли Парламент?",
        "Был ли представлен Парламент?",
        "Парламент был на круглом столе?",
        "Приходили ли на встречу депутаты?",
        "Участвовал ли омбудсмен в обсуждении?",
    ],
)
def test_whether_a_participant_body_took_part_stays_answered(engine, question: str) -> None:
    """Neighbours: whether the body took part (a past verb of coming, «на встречу» that may read as
    a future verb beside it) is what the entry tells."""
    reply = engine.answer(question)
    assert reply.kind == "answer", describe(reply)
    assert reply.entry_id in {"participant_parliament", "participant_ombudsman"}, describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "For the EU briefing note: what is the priority on protecting citizens' rights about?",
            "rights_protection_priority",
        ),
        ("For the embassy briefing note: who spoke at the round table?", "speaker"),
        (
            "For a weekly policy digest: what did the Prosecutor General say about legal awareness?",
            "legal_consciousness",
        ),
    ],
)
def test_work_named_with_an_article_is_the_askers(engine, question: str, entry: str) -> None:
    """ "For the EU briefing note: …": the piece the asker makes, named with an English article (no
    word of it), is the asker's, as «Для справки: …» is; the question after it is asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "For the EU briefing note: what did the Prosecutor General say about tax cuts?",
        "For the embassy briefing note: will the Senate be abolished?",
    ],
)
def test_work_named_with_an_article_leaves_a_near_miss_declined(engine, question: str) -> None:
    """Near misses: past the asker's work, a question the document does not answer is declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "В каком месяце эксперты собирались обсуждать новую Конституцию?",
        "Когда эксперты собирались обсуждать проект?",
        "Какого числа учёные собирались обсуждать проект Конституции?",
    ],
)
def test_date_of_what_participants_gathered_to_do(engine, question: str) -> None:
    """«эксперты собирались обсуждать»: a verb before an infinitive only says they set about what
    the infinitive names; the date of their discussing there is the event's."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "event_date"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Когда эксперты собирались обсуждать налоговую реформу?",
        "Когда депутаты собираются голосовать за проект?",
        "Когда эксперты соберутся обсуждать проект снова?",
    ],
)
def test_date_of_something_else_they_set_about_stays_declined(engine, question: str) -> None:
    """Near misses: another reform, a vote, a meeting to come: no date the documents give."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Готовлюсь к школьным дебатам о новой Конституции. Какие аргументы приводил генпрокурор "
            "в пользу того, что изменения полезны?",
            "overall_assessment",
        ),
        ("Какие аргументы приводил генпрокурор?", "prosecutor_speech"),
        ("Какие доводы выдвинул Асылов о правовом сознании?", "legal_consciousness"),
    ],
)
def test_arguments_a_speaker_gave_are_what_he_said(engine, question: str, entry: str) -> None:
    """«Какие аргументы приводил генпрокурор…?»: the arguments a speaker gives are what he said,
    as his thoughts are; the noun and the verb of giving them frame the question."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие аргументы приводил генпрокурор в пользу отмены смертной казни?",
        "Какие аргументы приводили противники реформы?",
        "Какие аргументы привёл генпрокурор против референдума?",
        "Какие доводы приводил омбудсмен?",
    ],
)
def test_arguments_the_document_never_reports_stay_declined(engine, question: str) -> None:
    """Near misses: arguments on a thing the document never names, by people it never names, or
    by a body it names only as taking part."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("ии в прокуратуре будет чтоли", "digital_solutions"),
        ("ии в прокуратуре будет что ли", "digital_solutions"),
        ("персональные данные будут защищать штоли", "personal_data_protection"),
    ],
)
def test_spoken_yes_no_particle_asks_no_what(engine, question: str, entry: str) -> None:
    """«…будет что ли», «чтоли», «штоли»: the spoken yes/no particle, however spelt, asks whether,
    not what; the question is the one without it."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["сенат упразднят чтоли", "в судах ии будет что ли", "налоги снизят штоли"],
)
def test_spoken_yes_no_particle_leaves_a_near_miss_declined(engine, question: str) -> None:
    """Near misses: without the particle, the question is still one the document does not answer."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Что требуется, чтобы граждане не получили искажённых представлений о реформе?",
            "explanation_purpose",
        ),
        ("Что требуется, чтобы общество не получило ложных представлений о реформе?", "explanation_purpose"),
        ("Кіріспеде қандай қағида бекітіледі?", "law_and_order_preamble"),
    ],
)
def test_curated_words_for_needs_misconceptions_and_the_kazakh_preamble(
    engine, question: str, entry: str
) -> None:
    """synonyms.yaml: «требуется» is what is needed (the text's «необходимость»); a distorted or
    false «представление» is the text's «неточная интерпретация»; the Kazakh «кіріспе» is the preamble."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что требуется от граждан для голосования?",
        "Что требуется для принятия Конституции на референдуме?",
        "Кіріспеде салықтар туралы не жазылған?",
        "Какие ложные представления о Сенате распространены?",
    ],
)
def test_curated_words_leave_near_misses_declined(engine, question: str) -> None:
    """Near misses: what is needed for a vote, taxes in the preamble, the Senate's image."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Донгелек устел кай куни откизилди?",
        "Дөңгелек үстел қашан өткізілді?",
        "Дөңгелек үстел қай күні өткізілді?",
    ],
)
def test_kazakh_was_held_is_took_place(engine, question: str) -> None:
    """synonyms.yaml: the Kazakh «өткізілді» (was held) is the event's taking place, as «өтті» is."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "event_date"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Келесі дөңгелек үстел қашан өткізіледі?",
        "Референдум қашан өткізілді?",
        "Дөңгелек үстел қайда өткізілді?",
    ],
)
def test_kazakh_was_held_leaves_near_misses_declined(engine, question: str) -> None:
    """Near misses: the next round table, a referendum, the place (the document names none)."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие три принципа названы в последнем абзаце пресс-релиза?",
        "Какие принципы названы в последнем абзаце?",
    ],
)
def test_the_one_entry_of_a_place_holding_the_question_answers(engine, question: str) -> None:
    """A place in the piece named, and one entry of that place alone holding every word asked: that
    paragraph's answer, though a single word scores low."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "constitutional_model_principles"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие принципы названы в первом абзаце?",
        "Какие налоги названы в последнем абзаце?",
        "Что сказано о Сенате в последнем абзаце?",
    ],
)
def test_a_place_holding_nothing_asked_stays_declined(engine, question: str) -> None:
    """Near misses: no entry of that place holds what is asked."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Қазіргі уақытта Конституция жобасының айналасында не болып жатыр?",
        "Қазіргі кезде Конституция жобасы бойынша не істеліп жатыр?",
    ],
)
def test_kazakh_at_the_present_time_is_now(engine, question: str) -> None:
    """synonyms.yaml: the Kazakh «қазіргі уақытта», «қазіргі кезде» (at the present time) are «қазір»,
    the text's «в настоящее время»: where the draft stands now."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "current_stage"), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Қазіргі уақытта Сенат не істеп жатыр?", "Қазіргі таңда референдум қашан болады?"],
)
def test_kazakh_at_the_present_time_leaves_near_misses_declined(engine, question: str) -> None:
    """Near misses: what the Senate does now, a referendum's date."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "Политику какого государственного деятеля продолжает, по оценке участников, "
            "конституционная реформа?",
            "reform_tokayev_link",
        ),
        ("Инициативы какого государственного деятеля продолжает реформа?", "reform_tokayev_link"),
        ("Какой государственный деятель выступал на круглом столе?", "speaker"),
    ],
)
def test_which_person_as_such_asks_who(engine, question: str, entry: str) -> None:
    """«какого государственного деятеля»: a noun of a person as such after an asking word asks who,
    as «чью политику» does; the noun and its adjectives are no subject."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какой государственный деятель предложил упразднить Сенат?",
        "Какой общественный деятель подпишет Конституцию?",
        "Какой деятель культуры выступал?",
    ],
)
def test_which_person_leaves_near_misses_declined(engine, question: str) -> None:
    """Near misses: a proposal the document never reports, a signing to come, a person of culture."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Парламент бір палаталы бола ма?",
        "Омбудсмен тәуелсіз бола ма?",
        "Парламент екі палаталы болып қала ма?",
    ],
)
def test_kazakh_predicate_of_a_participant_body_is_declined(engine, question: str) -> None:
    """A Kazakh yes/no question of what a body named only as taking part is to be: its predicate
    (the words before the particle: «бір палаталы бола») is asked, not another thing named."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Парламент дөңгелек үстелге қатысты ма?", "participant_parliament"),
        ("Омбудсмен дөңгелек үстелге қатыса ма?", "participant_ombudsman"),
        ("Парламент өкілдері қатыса ма?", "participant_parliament"),
    ],
)
def test_kazakh_taking_part_of_a_participant_body_stays_answered(engine, question: str, entry: str) -> None:
    """Neighbours: whether the body took part («қатысты», or the present-future «қатыса» of a loose
    tense: no predicate read) is what the entry tells."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry), describe(reply)
