"""Round 29: the readings made for the classes of tests/data/round29/blind29.jsonl's false declines,
each with paraphrases of our own and near misses that must be declined as before."""

from __future__ import annotations

import pytest

from bot.qa import kazakh
from bot.qa.morph import shared_morphology
from bot.qa.text import focus

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (
            "Радио тыңдармандарына айтып беріңізші: дөңгелек үстел қандай қорытындымен аяқталды?",
            "outcome",
        ),
        ("Оқушыларға түсіндіріп беріңізші: дөңгелек үстелде кім сөз сөйледі?", "speaker"),
        ("Расскажите для радиослушателей: чем закончился круглый стол?", "outcome"),
        ("Объясните школьникам: что такое принцип «Закон и порядок»?", "law_and_order_meaning"),
        ("Подскажите для радиослушателей: когда прошёл круглый стол?", "event_date"),
        ("Explain to a child: what did the round table confirm?", "outcome"),
        (
            "Для библиотечного стенда: в двух словах, какова главная мысль выступления "
            "Генерального прокурора?",
            "prosecutor_speech",
        ),
        ("Для стенгазеты: кто выступал на круглом столе?", "speaker"),
    ],
)
def test_whom_to_tell_or_what_for_is_no_subject(engine, question: str, entry_id: str) -> None:
    """A request to tell the asker's listeners, readers or pupils («Радио тыңдармандарына айтып
    беріңізші: …»), or the piece the asker makes («Для стенда: …»), opens the question: it is not
    what is asked about."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Расскажите для предпринимателей: что изменится?",
        "Расскажите для бизнеса: что изменится?",
        "Объясните бизнесу: что изменится?",
        "Кәсіпкерлерге айтып беріңізші: не өзгереді?",
        "Расскажите о бюджете: что изменится?",
        "Объясните пенсионерам: повысят ли пенсии?",
    ],
)
def test_whose_interests_are_asked_stay_in_the_question(engine, question: str) -> None:
    """«Для предпринимателей», «о бюджете»: those whose interests, or the topic, the question asks
    about, not an audience; the documents do not say what changes for them."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("message", "question"),
    [
        (
            "Я пенсионер из Караганды, и мне кажется, что все эти обсуждения — для галочки. "
            "Какую цель вообще ставят, вовлекая граждан в обмен мнениями?",
            "Какую цель вообще ставят, вовлекая граждан в обмен мнениями?",
        ),
        (
            "Я учитель из Павлодара — детям всё это скучно. Кто выступал на круглом столе?",
            "Кто выступал на круглом столе?",
        ),
        # a pronoun of the question points back into the sentence before it: both are kept
        ("Я журналист — Асылов выступал. Что он сказал?", "Асылов выступал. Что он сказал?"),
    ],
)
def test_the_askers_sentence_runs_past_its_dash(message: str, question: str) -> None:
    """A dash inside the asker's own sentence is not where the introduction ends: its full stop is."""
    assert focus(message)[0] == question


def test_pensioner_question_is_answered(engine) -> None:
    reply = engine.answer(
        "Я пенсионер из Караганды, и мне кажется, что все эти обсуждения — для галочки. "
        "Какую цель вообще ставят, вовлекая граждан в обмен мнениями?"
    )
    assert (reply.kind, reply.entry_id) == ("answer", "explanation_purpose"), describe(reply)


@pytest.mark.parametrize(
    "message",
    [
        "Я студент — налоги растут. Повысят ли налоги?",
        "Я юрист — меня интересует бюджет. Сколько денег выделят на реформу?",
    ],
)
def test_a_question_after_the_askers_sentence_is_still_judged(engine, message: str) -> None:
    reply = engine.answer(message)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("What did the round table confirm, according to the closing paragraph?", "outcome"),
        ("According to the final paragraph, what did the round table confirm?", "outcome"),
        ("Кто перечислен в самом начале текста?", "participants"),
        ("Кто перечислен в начале текста?", "participants"),
        ("Что подтвердил круглый стол, судя по последнему абзацу?", "outcome"),
        ("Что сказано в самом конце пресс-релиза о готовности экспертов?", "outcome"),
        # the values named at the end are the model's principles (round 79e: «ценность» as
        # «принцип»), not the preamble's value
        ("Какие ценности названы в самом конце пресс-релиза?", "constitutional_model_principles"),
    ],
)
def test_a_place_in_the_piece_points_to_its_paragraph(engine, question: str, entry_id: str) -> None:
    """«в самом начале текста», "the closing paragraph": the answer is what that paragraph says."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кто выступал, судя по первому абзацу?",
        "What does the closing paragraph say about the budget?",
        "Сколько стоит реформа, судя по последнему абзацу?",
    ],
)
def test_what_that_paragraph_does_not_say_is_not_answered_from_another(engine, question: str) -> None:
    """An entry quoting another paragraph does not answer what the question places at the opening
    or the end; nor does the decline claim the document silent."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
    assert reply.decline != "not_in_document", describe(reply)


@pytest.mark.parametrize("word", ["нем", "ее"])
def test_a_pronoun_spelt_without_its_yo_is_that_pronoun(word: str) -> None:
    """«в нем» is «в нём» (ё is folded away before reading): not «нем» (mute), a content word."""
    assert shared_morphology().info(word).lemma in {"он", "она"}


def test_what_the_piece_ends_with_is_its_closing_paragraph(engine) -> None:
    reply = engine.answer("Чем заканчивается пресс-релиз — какой вывод в нём сделан?")
    assert (reply.kind, reply.entry_id) == ("answer", "outcome"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Каких выводов, по словам Генпрокурора, следует избегать?",
        "Каких выводов нужно избегать?",
        "Чего позволяет избегать разъяснительная работа?",
    ],
)
def test_a_verbs_two_aspects_are_one_verb(engine, question: str) -> None:
    """«избегать» is the text's «избежать» in the other aspect."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "explanation_purpose"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Каких налоговых рисков следует избегать?",
        "Каких ошибок следует избегать при голосовании на референдуме?",
    ],
)
def test_what_else_to_avoid_is_declined(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("word", "stem"),
    [("мәртебесін", "мәртеб"), ("мәртебесіне", "мәртеб"), ("мәртебеге", "мәртеб"), ("жобасында", "жоб")],
)
def test_a_case_after_the_possessive_comes_off_with_it(word: str, stem: str) -> None:
    """«мәртебе-сі-н» (its status, accusative) meets «мәртебе-ге»; «жұмыс-ын» keeps its «с»."""
    assert kazakh.stem(word) == stem
    assert kazakh.stem("жұмысын") == "жұмыс"


@pytest.mark.parametrize(
    "question",
    [
        "«Заң және тәртіп» қағидаты Негізгі Заңда қандай мәртебеге ие болады?",
        "Заң және тәртіп қағидатына қандай мәртебе беріледі?",
    ],
)
def test_the_status_of_the_principle_in_kazakh(engine, question: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "law_and_order_preamble"), describe(reply)


def test_the_status_of_another_law_is_declined(engine) -> None:
    reply = engine.answer("Салық кодексі қандай мәртебеге ие болады?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Құқықбұзушылықтарға қатысты қандай ұстаным айтылды?", "law_and_order_meaning"),
        ("Құқықбұзушылықтың алдын алу туралы не айтылды?", "rights_protection_priority"),
    ],
)
def test_two_kazakh_words_written_as_one_are_read_apart(engine, question: str, entry_id: str) -> None:
    """«құқықбұзушылық» is «құқық бұзушылық» written together: a word of the knowledge base whole,
    then one whose stem is its own."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


def test_a_joined_word_of_unknown_parts_stays_declined(engine) -> None:
    reply = engine.answer("Салықбұзушылықтарға қатысты қандай ұстаным айтылды?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "В тексте говорится о ценности принципа «Закон и порядок». Какой именно ценностью он становится?",
        "Какой именно статус получает принцип «Закон и порядок»?",
    ],
)
def test_which_one_is_not_a_list(engine, question: str) -> None:
    """«Какой именно X» asks which one X is, which the entry naming it answers; only the plural
    («какие именно») asks the items of a list."""
    reply = engine.answer(question)
    assert reply.kind == "answer", describe(reply)
    assert reply.entry_id in {"law_and_order_preamble", "law_and_order_meaning"}, describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Какой именно закон примут после референдума?", "Какая именно статья Конституции изменится?"],
)
def test_which_one_the_document_does_not_name_is_declined(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Генпрокурор предлагал свернуть разъяснение проекта, раз всё и так понятно?", "explanatory_work"),
        ("Зачем продолжать разъяснение, раз всё понятно?", "explanation_purpose"),
    ],
)
def test_since_opening_a_clause_is_a_conjunction(engine, question: str, entry_id: str) -> None:
    """«…, раз всё и так понятно»: «раз» opening a clause is "since", not the noun (a time)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Сколько раз выступал генпрокурор?",
        "В который раз проводится круглый стол?",
        "Проводят ли такие круглые столы, раз в год?",
        "Повысят ли налоги, раз реформа прогрессивная?",
    ],
)
def test_a_time_is_still_asked(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
