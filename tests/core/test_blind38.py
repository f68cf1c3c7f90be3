"""Round 36b (blind38): the classes of questions its misses showed, each beside near misses of our
own that must keep their reply."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Какой закон о персональных данных примут вслед за новой Конституцией?",
        "Which law on personal data will be adopted after the new Constitution?",
        "Дербес деректер туралы қандай заң қабылданады?",
        "Будут ли новые законы о персональных данных?",
        "Что будет в законе об искусственном интеллекте?",
        "Какой кодекс о правонарушениях изменят?",
    ],
)
def test_a_law_named_by_its_topic(engine, question: str) -> None:
    """A law named by its topic («закон о персональных данных») is a particular act, which no entry
    speaking of the topic alone tells: declined, not answered by the entry about the topic."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Будут ли защищены персональные данные?", "personal_data_protection"),
        ("Что говорится о равенстве всех перед законом?", "equality_before_law"),
        ("Что говорится о законе и порядке?", "law_and_order_preamble"),
        ("Заң және тәртіп туралы не айтылды?", "law_and_order_preamble"),
        ("Какой закон и порядок закрепят в преамбуле?", "law_and_order_preamble"),
    ],
)
def test_the_topic_or_the_law_of_a_phrase_keeps_its_answer(engine, question: str, entry_id: str) -> None:
    """The topic alone, and «закон» inside the documents' own phrases («перед законом», «Закон и
    порядок», «Заң және тәртіп туралы»), name no act: the entry about them answers."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "В своём эфире хочу дать тридцать секунд на позицию генпрокурора. "
        "Сформулируйте главную мысль его выступления.",
        "Для подводки к сюжету нужна одна яркая мысль генпрокурора о нарушениях закона. Что он сказал?",
        "Я пишу статью о генпрокуроре. Что он сказал?",
    ],
)
def test_a_pronoun_stands_for_whom_the_asker_sentence_names(engine, question: str) -> None:
    """After a sentence of the asker's own, the question's pronoun («его», «он») stands for the
    person that sentence names; the asker's broadcast and its seconds are no detail asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "prosecutor_speech"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Я пишу статью о генпрокуроре. Какая у него зарплата?",
        "Я пишу о генпрокуроре. Когда он уйдёт в отставку?",
        "Я журналист и пишу о Парламенте. Упразднят ли его?",
        "Для эфира нужна позиция омбудсмена. Что она сказала о пенсиях?",
        "Я читал про налоги. Что о них сказано?",
    ],
)
def test_what_the_pronoun_is_asked_of_must_still_be_told(engine, question: str) -> None:
    """The person the pronoun stands for is known; what is asked of them (a salary, a resignation, a
    body's abolition, pensions) the documents do not tell, and one they never name stays unknown."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (
            "Я веду уроки обществознания и хочу рассказать детям, на каких принципах будет строиться "
            "новая конституционная модель. Какие принципы названы?",
            "constitutional_model_principles",
        ),
        ("Я студент, хочу понять, какие направления обсуждали. Какие направления названы?", "key_directions"),
    ],
)
def test_the_short_question_is_read_with_the_one_told_before_it(engine, question: str, entry_id: str) -> None:
    """The asker's sentence tells the question it wants answered (a clause opening with an asking
    word); the short question after it naming the same thing («принципы») asks that one."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Я учитель и хочу объяснить детям, какие принципы лежат в основе налоговой системы. "
        "Какие принципы названы?",
        "Я веду кружок и хочу рассказать ученикам, какие принципы заложат в налоговый кодекс. "
        "Какие принципы названы?",
        "Я юрист и хочу понять, какие налоги введут. Какие налоги названы?",
    ],
)
def test_a_question_told_of_another_thing_stays_declined(engine, question: str) -> None:
    """Read with the clause it leans on, the question asks of a thing the documents never name
    (another system, a tax code, taxes): declined, not answered by the entry of any principle."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Какими путями участники предлагают развивать правовую культуру?", "legal_culture"),
        (
            "Какую формулу правопорядка хотят вписать во вступительную часть нового Основного Закона?",
            "law_and_order_preamble",
        ),
        ("Бас прокурор құқық бұзушылыққа қатысты қандай ұстаным туралы айтты?", "law_and_order_meaning"),
        ("Каким способом будут защищены персональные данные?", "personal_data_protection"),
    ],
)
def test_a_noun_of_way_wording_or_stance_asks_how_or_what(engine, question: str, entry_id: str) -> None:
    """«Какими путями», «каким способом», «какую формулу», «қандай ұстаным»: a noun of the way a
    thing is done, of its wording or of a stance asks how, what or what was held, as «каким образом»
    and «формулировка» do; it is no detail the documents lack."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какую формулу расчёта пенсий предложили?",
        "Какой формулой описывают налоговую реформу?",
        "Каким способом будут голосовать на референдуме?",
        "Какими путями будут финансировать реформу?",
        "Бас прокурор салық туралы қандай ұстаным айтты?",
    ],
)
def test_the_way_of_what_the_documents_never_tell_stays_declined(engine, question: str) -> None:
    """The way, wording or stance of a thing the documents never tell (pensions, a tax reform, a
    vote, financing, taxes) is still declined: only the generic noun stops being the detail asked."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Что в сообщении говорится об аналитике больших массивов данных?", "digital_solutions"),
        ("Какие массивы данных о пенсионерах соберут?", None),
        ("Где будут храниться массивы данных?", None),
    ],
)
def test_big_data_sets_are_big_data(engine, question: str, expected: str | None) -> None:
    """«Большие массивы данных» is the text's «большие данные»; what the documents never tell of
    them (pensioners' data, where they are kept) stays declined."""
    reply = engine.answer(question)
    assert reply.entry_id == expected, describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (
            "Правда ли, что в обсуждении участвовали исключительно госслужащие, а общественность не позвали?",
            "participant_public_orgs",
        ),
        (
            "Правда ли, что принцип «Закон и порядок» планируют прописать лишь в отдельном законе, "
            "а не в Конституции?",
            "law_and_order_preamble",
        ),
        (
            "Правда ли, что речь шла лишь о поправках к действующей Конституции, а не о новом документе?",
            "about_document",
        ),
        (
            "Правда ли, что в обсуждении участвовали исключительно фермеры, а учёных не позвали?",
            "participant_science",
        ),
    ],
)
def test_the_exclusive_alternative_before_a_contrast(engine, question: str, entry_id: str) -> None:
    """«лишь X, а не Y», «исключительно X, а Y не позвали»: the alternative claimed to hold alone,
    however long, is answered by what the documents tell of the other side; its words are no
    subject of the question."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Правда ли, что обсуждали лишь налоги, а не пенсии?",
        "Правда ли, что участвовали только депутаты, а министров не было?",
        "Участвовали ли фермеры?",
    ],
)
def test_the_other_side_the_documents_never_name_stays_declined(engine, question: str) -> None:
    """The other side of the contrast is what is asked: one the documents never name (pensions,
    ministers) keeps the question declined, as a plain question about one does."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Упоминается ли в тексте ИИ, и если да, то в какой связи?", "digital_solutions"),
        ("Каков полный текст Преамбулы?", None),
        ("Приведите текст ИИ-стратегии", None),
        ("Где прочитать текст ООН о правах человека?", None),
    ],
)
def test_an_abbreviation_after_the_text_shows_no_case(engine, question: str, expected: str | None) -> None:
    """«в тексте ИИ»: an abbreviation in capitals is not inflected, so its ending (read as a name in
    the genitive) does not make the text its wording; the text is the piece read. The wording of
    another thing (the Preamble, a strategy) stays declined."""
    reply = engine.answer(question)
    assert reply.entry_id == expected, describe(reply)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Как юриста меня интересует, упоминается ли в тексте верховенство права и в каком контексте.",
            "reform_aims",
        ),
        ("Как юристу мне важно, что сказано о равенстве перед законом?", "equality_before_law"),
        ("Как юриста меня интересует, какие налоги введут.", None),
        ("Как Президента меня интересует, что будет?", None),
    ],
)
def test_a_role_in_the_case_of_the_asker_pronoun(engine, question: str, expected: str | None) -> None:
    """«Как юриста меня интересует, …»: the asker's role in the case of their own pronoun after it is
    the asker's, as «Как юрист, …» is, no subject (the legal community) the answer must hold; what
    follows is asked as itself, and declined when the documents do not tell it."""
    reply = engine.answer(question)
    assert reply.entry_id == expected, describe(reply)


def test_the_asker_possessive_stands_for_what_their_sentence_names(engine) -> None:
    """«Я служу в полиции. Что новый проект меняет в подходе к нашей работе?»: «нашей» stands for the
    body the asker's sentence names (the police), so the work is law enforcement's."""
    reply = engine.answer("Я служу в полиции. Что новый проект меняет в подходе к нашей работе?")
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Я служу в полиции. Какая будет наша зарплата?", "Я служу в полиции. Сократят ли наш отдел?"],
)
def test_what_the_asker_possessive_asks_must_still_be_told(engine, question: str) -> None:
    """The body is known; a salary or a department's cut the documents never tell stays declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Ну а если совсем по-простому: что будет с полицией после реформы?", "rights_protection_priority"),
        ("Simply put, what will happen to the police after the reform?", "rights_protection_priority"),
        ("Попроще: зачем нужна реформа?", "reform_aims"),
        ("Если по-простому, что будет с налогами после реформы?", None),
        ("Проще говоря, когда будет референдум?", None),
    ],
)
def test_an_adverb_of_plainness_says_how_to_answer(engine, question: str, expected: str | None) -> None:
    """«совсем по-простому», «попроще», "simply put" say how plainly to answer, as «простыми
    словами» does: not what is asked, which is then answered or declined as itself."""
    reply = engine.answer(question)
    assert reply.entry_id == expected, describe(reply)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Сынок, а что этот главный прокурор говорил насчёт порядка в стране?", "law_and_order_meaning"),
        ("Что говорили про порядок в стране?", "law_and_order_preamble"),
        ("Какой порядок в стране сейчас с налогами?", None),
        ("Какой порядок проведения референдума?", None),
    ],
)
def test_order_in_the_country_is_law_and_order(engine, question: str, expected: str | None) -> None:
    """«порядок в стране» is the text's «Закон и порядок»; a procedure («порядок проведения») or the
    order of things the documents never tell (taxes) is no such thing."""
    reply = engine.answer(question)
    assert reply.entry_id == expected, describe(reply)


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Генпрокурор Асылов жана Конституция туралы не деди?", "kk"),
        ("бас прокурор закон и порядок туралы не айтты", "kk"),
        ("Что сказал Асылов о Справедливом Казахстане?", "ru"),
        ("Что говорится о законе и порядке?", "ru"),
    ],
)
def test_a_kazakh_verb_closing_the_question_tells_kazakh(engine, question: str, lang: str) -> None:
    """Kazakh puts its verb last: a Kazakh word closing the question, with another before it, tells
    Kazakh typed on a Russian keyboard («жана» for «жаңа» reads as a Russian word too); a Russian
    question stays Russian."""
    reply = engine.answer(question)
    assert reply.lang == lang, describe(reply)


def test_the_kazakh_question_typed_plainly_is_answered(engine) -> None:
    """Read as Kazakh, its letters restored («жаңа», «деді»), it asks what Asylov said of the new
    Constitution: all he said (sayings.said_of_the_whole), as the Russian question and the Kazakh one
    typed with its letters get."""
    for question in (
        "Генпрокурор Асылов жана Конституция туралы не деди?",
        "Бас прокурор Асылов жаңа Конституция туралы не деді?",
        "Что генпрокурор Асылов сказал о новой Конституции?",
    ):
        reply = engine.answer(question)
        assert (reply.kind, reply.entry_id) == ("answer", "prosecutor_speech"), describe(reply)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("сервисная модель для кого работает", "rights_protection_priority"),
        ("Для кого сервисная модель?", "rights_protection_priority"),
        ("Для кого будут снижены налоги?", None),
        ("Для кого проводился круглый стол?", None),
    ],
)
def test_for_whom_asks_in_whose_interests(engine, question: str, expected: str | None) -> None:
    """«для кого» asks in whose interests a thing is done, as «в чьих интересах» does: the entry
    naming them (the service model, «в интересах населения») answers; a thing the documents never
    tell the beneficiaries of stays declined."""
    reply = engine.answer(question)
    assert reply.entry_id == expected, describe(reply)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Что именно предлагается в сфере юридического образования?", "legal_culture"),
        ("Что именно предлагается в области юридического образования?", "legal_culture"),
        ("Что предлагается в правовой сфере?", "digital_solutions"),
        ("Что изменится в сфере налогообложения?", None),
        ("Что предлагается в области медицины?", None),
    ],
)
def test_a_domain_noun_frames_the_genitive_after_it(engine, question: str, expected: str | None) -> None:
    """«в сфере / в области X»: the domain noun frames X, the domain asked about; it is no subject
    (nor a word shared with «правовой сфере»). A domain the documents never name stays declined; «в
    правовой сфере» keeps its sphere."""
    reply = engine.answer(question)
    assert reply.entry_id == expected, describe(reply)
