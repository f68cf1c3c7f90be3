"""The engine on the real knowledge base: accuracy on labelled questions and the Reply contract."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import yaml

from bot.qa.evaluation import EvalResult, EvalRow, evaluate, is_correct

from ._support import BLIND, BLIND2, DEV, DEV2, REGRESSION, UNTUNED, check_reply, describe, load_rows

# The floors reached (issue 7): dev 100 % and regression 97.8-100 % in every category.
THRESHOLDS = {
    "ru": 97.0,
    "noisy": 100.0,
    "layout": 100.0,
    "translit": 100.0,
    "oos": 100.0,
    "off": 100.0,
    "chat": 100.0,
}
# The lexical engine alone (no embedding model) on the regression rows: the floors reached.
LEXICAL_THRESHOLDS = {**THRESHOLDS, "ru": 91.0}
# dev2 (Kazakh, English, colloquial, near-miss rows written from the source): every row.
DEV2_THRESHOLDS = {"kk": 100.0, "en": 100.0, "noisy": 100.0, "oos": 100.0, "off": 100.0, "chat": 100.0}
# blind (written from the source alone by someone who never saw the knowledge base; first measured
# before any tuning: ru 75.0, noisy 71.4, kk 73.9, en 87.0, oos 65.6 %): the floors reached since.
BLIND_THRESHOLDS = {
    "ru": 88.0, "noisy": 95.0, "translit": 100.0, "layout": 100.0, "kk": 95.0, "en": 95.0,
    "oos": 93.0, "off": 100.0, "chat": 100.0,
}  # fmt: skip
# blind2, the other half of that set, kept untouched through round 1 (first measured on it: ru 91.7,
# noisy 85.0, kk 95.7, en 87.0, oos 83.9 %), then worked on by class in round 2: the floors reached.
BLIND2_THRESHOLDS = {
    "ru": 97.0, "noisy": 95.0, "translit": 100.0, "layout": 100.0, "kk": 95.0, "en": 86.0,
    "oos": 96.0, "off": 100.0, "chat": 100.0,
}  # fmt: skip
ALLOWED_CATS = {*THRESHOLDS, "kk", "en"}

DATASETS = {"dev": DEV, "regression": REGRESSION, "dev2": DEV2, "blind": BLIND, "blind2": BLIND2}
DATASET_THRESHOLDS = {
    "dev": THRESHOLDS,
    "regression": THRESHOLDS,
    "dev2": DEV2_THRESHOLDS,
    "blind": BLIND_THRESHOLDS,
    "blind2": BLIND2_THRESHOLDS,
}


@pytest.fixture(scope="module")
def results(engine) -> dict[str, EvalResult]:
    return {
        name: evaluate(name, load_rows(path), engine.answer, engine.kb) for name, path in DATASETS.items()
    }


def _cases():
    for name, thresholds in DATASET_THRESHOLDS.items():
        for cat in thresholds:
            yield pytest.param(name, cat, id=f"{name}-{cat}")


@pytest.mark.parametrize(("dataset", "cat"), list(_cases()))
def test_accuracy_per_category(results: dict[str, EvalResult], dataset: str, cat: str) -> None:
    result = results[dataset]
    threshold = DATASET_THRESHOLDS[dataset][cat]
    assert result.total[cat] > 0, f"{dataset} has no {cat} rows"
    accuracy = result.accuracy([cat])
    failures = "\n".join(
        f"  {row.q!r} -> {describe(reply)}" for row, reply in result.failures if row.cat == cat
    )
    assert accuracy >= threshold, (
        f"{dataset}/{cat}: {result.correct[cat]}/{result.total[cat]} = {accuracy:.1f} % "
        f"< {threshold} %; failures:\n{failures}"
    )


def test_kazakh_and_english_questions_get_replies_in_their_language(results) -> None:
    result = results["dev2"]
    assert result.lang_total >= 10
    assert result.lang_accuracy is not None
    assert result.lang_accuracy >= 95.0


def test_the_lexical_engine_alone_still_answers(kb) -> None:
    """The path without the embedding model (a platform where it cannot load)."""
    from bot.qa.engine import Engine

    lexical = Engine(kb, semantic=False)
    result = evaluate("lexical", load_rows(REGRESSION), lexical.answer, kb)
    for cat, threshold in LEXICAL_THRESHOLDS.items():
        assert result.accuracy([cat]) >= threshold, (cat, result.accuracy([cat]))


@pytest.mark.parametrize(
    "path",
    [DEV, REGRESSION, DEV2, UNTUNED, BLIND, BLIND2],
    ids=["dev", "regression", "dev2", "untuned", "blind", "blind2"],
)
def test_dataset_rows_are_well_formed(path: Path) -> None:
    rows = load_rows(path)
    assert rows
    assert {row.cat for row in rows} <= ALLOWED_CATS
    for row in rows:
        assert row.q.strip()
        answerable = row.cat not in ("oos", "off", "chat")
        assert bool(row.keys) == answerable, row


def test_regression_is_not_a_copy_of_dev() -> None:
    dev = {row.q.casefold() for row in load_rows(DEV)}
    regression = [row.q.casefold() for row in load_rows(REGRESSION)]
    assert len(regression) == len(set(regression)), "duplicate rows"
    assert not dev & set(regression)


# The date is in the source's metadata (seeds/*.yaml), not in its text.
KEYS_FROM_METADATA = {"27 февраля 2026"}


def test_regression_keys_are_copied_from_the_source(kb) -> None:
    """Keys are phrases of the document itself, so a right answer must quote or restate them."""
    sources = " ".join(" ".join(s.text.split()) for s in kb.sources.values()).casefold()
    not_in_source = [
        (row.q, key)
        for row in load_rows(REGRESSION)
        for key in row.keys
        if key not in KEYS_FROM_METADATA and " ".join(key.split()).casefold() not in sources
    ]
    assert not not_in_source


def test_regression_keys_can_be_reached(kb) -> None:
    """Each row has a key that some entry's answer or quotes contain, or no reply could pass."""
    texts = " ".join(" ".join([e.answer, *e.quotes]) for e in kb.entries)
    texts = " ".join(texts.split()).casefold()
    unreachable = [
        (row.q, row.keys)
        for row in load_rows(REGRESSION)
        if row.keys and not any(" ".join(k.split()).casefold() in texts for k in row.keys)
    ]
    assert not unreachable


def test_is_correct_needs_a_key_in_the_answer(engine, kb) -> None:
    """Guards the evaluation itself: a key from the reply passes, a key from nowhere does not."""
    entry = kb.entries[0]
    reply = engine.reply_for_entry(entry.id)
    key = " ".join(entry.quotes[0].split()[:4])
    assert is_correct(EvalRow(q="?", cat="ru", keys=[key.upper()]), reply)
    assert not is_correct(EvalRow(q="?", cat="ru", keys=["ключа нет ни в одном ответе"]), reply)
    assert not is_correct(EvalRow(q="?", cat="oos"), reply)
    assert is_correct(EvalRow(q="?", cat="oos"), engine.answer("Который час?"))
    assert is_correct(EvalRow(q="?", cat="chat"), engine.answer("Привет"))


# -- the Reply contract ----------------------------------------------------------------------
def _all_labelled_questions() -> list[str]:
    return [row.q for path in (DEV, REGRESSION) for row in load_rows(path)]


EXTRA_QUESTIONS = [
    "участие", "человек", "документ", "было", "почему", "вопрос", "Токаев", "реформа", "проект",
    "Что Генеральный прокурор сказал о преамбуле?", "О чём был круглый стол?", "данные",
    "Добрый день! Когда был круглый стол?", "закон", "право", "общество", "сообщество", "модель",
    "участие в обсуждении", "правопорядок", "права", "защита", "развитие", "гарантии", "принцип",
    "принцип закона", "Как реформа?", "А что подчеркнули?",
]  # fmt: skip


@pytest.fixture(scope="module")
def replies(engine, kb) -> list:
    questions = _all_labelled_questions() + EXTRA_QUESTIONS
    questions += [q for entry in kb.entries for q in entry.questions]
    return [engine.answer(q) for q in questions]


def test_every_reply_keeps_the_contract(kb, replies) -> None:
    broken = [(r.query, problems) for r in replies if (problems := check_reply(kb, r))]
    assert not broken


def test_the_sample_reaches_every_kind_of_reply(replies) -> None:
    """The contract test above means something only if all four kinds were exercised."""
    assert {r.kind for r in replies} == {"answer", "clarify", "smalltalk", "none"}


def test_answers_quote_their_source_verbatim(kb, replies) -> None:
    answers = [r for r in replies if r.kind == "answer"]
    assert answers
    for reply in answers:
        assert reply.quotes, reply.query
        source = kb.sources[reply.quotes[0].source.id]
        flat = " ".join(source.text.split())
        assert all(" ".join(q.text.split()) in flat for q in reply.quotes), reply.query
        assert reply.quotes[0].source == source.ref


def test_clarify_offers_at_least_two_distinct_entries(replies) -> None:
    clarify = [r for r in replies if r.kind == "clarify"]
    assert clarify
    for reply in clarify:
        assert reply.entry_id is None
        assert len({s.entry_id for s in reply.suggestions}) >= 2, reply.query


def test_none_and_clarify_carry_no_entry(replies) -> None:
    for reply in replies:
        if reply.kind in ("none", "clarify"):
            assert reply.entry_id is None, reply.query
            assert not reply.quotes, reply.query


def test_reply_query_is_the_users_text(engine) -> None:
    text = "  Кто  участвовал?\u200b "
    assert engine.answer(text).query == text


def test_kb_questions_are_answered_by_their_own_entry(engine, kb) -> None:
    """A user who types a question exactly as the knowledge base lists it gets that entry,
    or at the very least is offered it; the other entry's answer is never forced on them."""
    questions = [(entry.id, q) for entry in kb.entries for q in entry.questions]
    misses, lost = [], []
    for entry_id, question in questions:
        reply = engine.answer(question)
        if reply.entry_id != entry_id:
            line = f"  [{entry_id}] {question!r} -> {describe(reply)}"
            misses.append(line)
            if entry_id not in {s.entry_id for s in reply.suggestions}:
                lost.append(line)
    share = 100 * (1 - len(misses) / len(questions))
    report = f"{share:.1f} % answered by their own entry; misses:\n" + "\n".join(misses)
    assert share >= 95.0, report
    assert not lost, "entries not even suggested for their own question:\n" + "\n".join(lost)


# -- reply_for_entry -------------------------------------------------------------------------
def test_reply_for_every_entry(engine, kb) -> None:
    for entry in kb.entries:
        reply = engine.reply_for_entry(entry.id)
        assert reply is not None, entry.id
        assert reply.kind == "answer"
        assert reply.entry_id == entry.id
        assert reply.answer == entry.answer
        assert [q.text for q in reply.quotes] == list(entry.quotes)
        assert [s.entry_id for s in reply.suggestions] == list(entry.related)[: len(reply.suggestions)]
        assert reply.suggestions or not entry.related
        assert not check_reply(kb, reply), entry.id


@pytest.mark.parametrize("entry_id", ["", "no_such_entry", "ABOUT_DOCUMENT", " about_document"])
def test_reply_for_unknown_entry_is_none(engine, entry_id: str) -> None:
    assert engine.reply_for_entry(entry_id) is None


# -- answers a citizen would notice ----------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "key"),
    [
        ("Кто участвовал в круглом столе?", "Администрации Президента"),
        ("Что сказал генпрокурор?", "Закон и порядок"),
        ("Когда был круглый стол?", "27 февраля 2026"),
    ],
)
def test_plain_questions_get_their_answer(engine, question: str, key: str) -> None:
    reply = engine.answer(question)
    assert reply.kind == "answer"
    assert key in reply.answer + " ".join(q.text for q in reply.quotes)


@pytest.mark.parametrize(
    "greeting",
    [
        "Привет",
        "Здравствуйте",
        "Добрый день",
        "Доброе утро",
        "Добрый вечер",
    ],
)
def test_a_greeting_before_the_question_does_not_hide_it(engine, greeting: str) -> None:
    plain = engine.answer("Кто участвовал в круглом столе?")
    reply = engine.answer(f"{greeting}! Кто участвовал в круглом столе?")
    assert (reply.kind, reply.entry_id) == ("answer", plain.entry_id)


@pytest.mark.parametrize("text", ["Привет", "Спасибо!", "До свидания", "Ты бот?", "Что ты умеешь?"])
def test_small_talk_is_recognised(engine, text: str) -> None:
    reply = engine.answer(text)
    assert reply.kind == "smalltalk"
    assert reply.answer.strip()
    assert not reply.quotes


@pytest.mark.parametrize("text", ["ё", "е", "Е?"])
def test_a_lone_letter_is_not_answered(engine, text: str) -> None:
    assert engine.answer(text).kind != "answer"


@pytest.mark.parametrize(
    "question",
    [
        "Где проходил круглый стол?",
        "В каком городе проходил круглый стол?",
        "Сколько человек участвовало в круглом столе?",
        "Сколько статей в новой Конституции?",
        "Когда пройдёт референдум по новой Конституции?",
        "Когда опубликовали проект новой Конституции?",  # the text gives the press release's date only
        "In which city did the round table take place?",
    ],
)
def test_questions_the_document_cannot_answer_are_declined(engine, question: str) -> None:
    assert engine.answer(question).kind != "answer"


# -- robustness ------------------------------------------------------------------------------
WEIRD = [
    "",
    " ",
    "\n\t\r",
    "🙂",
    "🙂🙂🙂🇰🇿👍🏽",
    "а" * 10_000,
    "кто участвовал " * 700,
    "\x00\x01\x02\x1b[31m",
    "\u200b\u200d\ufeff",
    "<b>кто участвовал</b>",
    "<script>alert('кто')</script>",
    "&lt;&gt;&amp;",
    "' OR 1=1; --",
    "{{7*7}} ${PATH} %s %n",
    "\\",
    "-",
    "_",
    "ǅ ﬁ ｋｔｏ Ⅻ ¼",
    "\u0301\u0301",
    "\U0010ffff",
    "\ue000",
    "א ب 中文 日本語",
    "9" * 500,
    ".".join(["кто"] * 200),
]


@pytest.mark.parametrize("text", WEIRD, ids=range(len(WEIRD)))
def test_weird_input_never_raises(engine, kb, text: str) -> None:
    start = time.process_time()  # CPU time: a loaded machine must not fail this, a runaway regex must
    reply = engine.answer(text)
    spent = time.process_time() - start
    assert reply.query == text
    assert not check_reply(kb, reply)
    assert spent < 5.0, f"{spent:.2f} s of CPU for one question"


@pytest.mark.parametrize("text", ["\U00017000", "кто участвовал \U000187f7"])
def test_characters_without_a_unicode_name_do_not_crash(engine, kb, text: str) -> None:
    assert not check_reply(kb, engine.answer(text))


@pytest.mark.parametrize("text", ["", "   ", "🙂", "\x00", "\u200b", "!!!", "?"])
def test_empty_or_meaningless_input_is_declined(engine, text: str) -> None:
    reply = engine.answer(text)
    assert reply.kind == "none"
    assert reply.answer.strip()


@pytest.mark.parametrize(
    "question",
    [
        "Какие другие спикеры были на круглом столе?",
        "Как зовут представителей Парламента?",
        "Назовите учёных, которые участвовали",
    ],
)
def test_questions_beyond_what_the_text_names_are_declined(engine, question: str) -> None:
    """The text names only categories of participants and one speaker: asking for names or for
    «others» must not be answered by the entry that mentions the category."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие конкретные изменения предлагаются в проекте?",
        "Какие именно поправки предложили участники?",
        "What specific amendments does the draft propose?",
    ],
)
def test_asking_for_particular_items_the_text_does_not_list_is_declined(engine, question: str) -> None:
    """The text describes the changes in general: a question for the particular items (kind
    `items`) is not answered by the entry describing them, and the bot says the detail is not there."""
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Какие конкретные направления выделили участники?", "key_directions"),
        ("Which specific areas received special attention?", "key_directions"),
        ("На каких именно принципах основана конституционная модель?", "constitutional_model_principles"),
        ("Какой именно прокурор выступал?", "speaker"),
    ],
)
def test_entries_that_list_their_items_answer_for_them(engine, question: str, entry_id: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Был ли аппарат главы государства на обсуждении?", "participant_administration"),
        ("Представители какого органа при Президенте участвовали?", "participant_administration"),
        ("What is Asylov's position?", "speaker"),
        ("Кем работает Берик Асылов?", "speaker"),
        ("Какое должностное лицо выступало?", "speaker"),
        ("НПО были на круглом столе?", "participant_public_orgs"),
        ("Как зовут главного прокурора Казахстана?", "speaker"),  # «главного»: no unknown «главное»
        ("Когда был кр стол?", "event_date"),  # «кр стол», the common abbreviation
    ],
)
def test_offices_and_posts_described_in_words(engine, question: str, entry_id: str) -> None:
    """An office or a post asked by description or abbreviation, not by its name."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


def test_since_when_someone_holds_a_post_is_a_date_the_text_lacks(engine) -> None:
    reply = engine.answer("С какого года Асылов занимает эту должность?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Какие ещё структуры, кроме Парламента, участвовали?", "participants"),
        ("Какие направления кроме цифровых решений обсуждали?", "key_directions"),
        ("Как зовут генерального прокурора?", "speaker"),
    ],
)
def test_entries_that_list_everything_answer_others_and_names(engine, question: str, entry_id: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Кто такой Асылов?", "ru"),
        ("кто такой берик асылов", "ru"),
        ("Who is Berik Asylov?", "en"),
        ("Асылов деген кім?", "kk"),
    ],
)
def test_who_is_gets_the_entry_that_says_who_he_is(engine, question: str, lang: str) -> None:
    """«Кто такой X» asks for X's role (kind who_is), not for what X said."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id, reply.lang) == ("answer", "speaker", lang), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Зачем нужна разъяснительная работа?", "Почему важно объяснять людям суть новелл?"],
)
def test_why_gets_an_entry_that_states_the_reason(engine, kb, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind == "answer", describe(reply)
    assert "reason" in kb.by_id[reply.entry_id or ""].question_kinds, describe(reply)


# -- reply language ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Кто участвовал в круглом столе?", "ru"),
        ("kto uchastvoval v kruglom stole", "ru"),  # transliterated Russian
        ("rnj exfcndjdfk", "ru"),  # Russian on the English layout
        ("Бас прокурор не деді?", "kk"),
        ("Дөңгелек үстелге кімдер қатысты?", "kk"),
        ("Bas prokuror ne dedi turaly?", "kk"),  # Kazakh in Latin letters
        ("Who took part in the round table?", "en"),
        ("What did Berik Asylov say?", "en"),
        ("What does equality before the law involve?", "en"),  # «q» is English too
        ("iskusstvennyj intellekt i bolshie dannye", "ru"),  # a lone «i» is Russian «и»
        ("жасанды интеллект пен дербес деректер туралы не айтылды", "kk"),  # no Kazakh letters
        ("Кукык коргау органдарынын сервистик модели деген не", "kk"),
        ("Генпрокурор Асылов не айтты?", "kk"),  # a Kazakh verb closing it tells Kazakh
        ("Асылов Преамбула туралы не деди?", "kk"),  # … typed without its letter
        ("Асылов деген ким ози?", "kk"),  # «деген», «өзі» typed without their letters
        ("Кто такой Ким?", "ru"),  # the surname, spelt as «кім» typed without its letter
        ("Что сказал Асылов о Преамбуле?", "ru"),
    ],
)
def test_the_reply_is_in_the_questions_language(engine, question: str, lang: str) -> None:
    assert engine.answer(question, fallback_lang="ru" if lang != "ru" else "en").lang == lang


@pytest.mark.parametrize("fallback", ["ru", "kk", "en"])
@pytest.mark.parametrize("question", ["27.02.2026?", "???", "Асылов"])
def test_an_unclear_language_falls_back_to_the_channels(engine, question: str, fallback: str) -> None:
    reply = engine.answer(question, fallback_lang=fallback)  # type: ignore[arg-type]
    assert reply.lang == fallback
    if reply.kind != "answer":
        assert reply.answer == _engine_text(engine, reply, fallback)


def _engine_text(engine, reply, lang: str) -> str:
    replies = engine.kb.replies
    if reply.kind == "clarify":
        return replies.clarify.get(lang)
    texts = {
        "off_topic": replies.off_topic,
        "not_in_document": replies.not_in_document,
        "not_found": replies.not_found_nearby if reply.suggestions else replies.not_found,
    }
    return texts[reply.decline].get(lang)


@pytest.fixture(scope="module")
def translated_engine(tmp_path_factory):
    """A copy of the knowledge base with our own Kazakh and English texts for two entries and none
    for `participants` (lexical only: the language logic does not depend on the model)."""
    import shutil

    import yaml

    from bot.qa.engine import Engine
    from bot.qa.kb import load_knowledge_base

    from ._support import KNOWLEDGE_DIR, SEEDS_DIR

    root = tmp_path_factory.mktemp("translated")
    knowledge = Path(shutil.copytree(KNOWLEDGE_DIR, root / "knowledge"))
    seeds = Path(shutil.copytree(SEEDS_DIR, root / "seeds"))
    faq_path = sorted((knowledge / "faq").glob("*.yaml"))[0]
    data = yaml.safe_load(faq_path.read_text(encoding="utf-8"))
    for entry in data["entries"]:
        if entry["id"] == "participants":  # one entry left untranslated: replies fall back to Russian
            entry.pop("translations", None)
        if entry["id"] == "speaker":
            entry["translations"] = {
                "kk": {"answer": "Бас прокурор Берик Асылов сөйледі.", "questions": ["Кім сөз сөйледі?"]},
                "en": {"answer": "Prosecutor General Berik Asylov spoke.", "questions": ["Who spoke?"]},
            }
        if entry["id"] == "personal_data_protection":
            entry["translations"] = {
                "kk": {"answer": "Дербес деректерді қорғау кепілдіктері күшейтіледі.",
                       "questions": ["Дербес деректер қалай қорғалады?"]},
                "en": {"answer": "Guarantees of personal data protection are strengthened.",
                       "questions": ["How is personal data protected?"]},
            }  # fmt: skip
    faq_path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return Engine(load_knowledge_base(knowledge, seeds), semantic=False)


@pytest.mark.parametrize(
    ("question", "lang", "answer"),
    [
        ("Кім сөз сөйледі?", "kk", "Бас прокурор Берик Асылов сөйледі."),
        ("Who spoke?", "en", "Prosecutor General Berik Asylov spoke."),
        ("How is personal data protected?", "en", "Guarantees of personal data protection are strengthened."),
        ("Дербес деректер қалай қорғалады?", "kk", "Дербес деректерді қорғау кепілдіктері күшейтіледі."),
    ],
)
def test_translated_questions_match_and_answer_in_their_language(
    translated_engine, question: str, lang: str, answer: str
) -> None:
    reply = translated_engine.answer(question)
    assert (reply.kind, reply.lang, reply.answer) == ("answer", lang, answer), describe(reply)
    assert reply.quotes
    assert all(q.text in translated_engine.kb.sources[q.source.id].text for q in reply.quotes)


def test_reply_for_entry_in_a_language(translated_engine) -> None:
    kk = translated_engine.reply_for_entry("speaker", lang="kk")
    assert (kk.lang, kk.answer) == ("kk", "Бас прокурор Берик Асылов сөйледі.")
    ru_entry = translated_engine.kb.by_id["participants"]
    en = translated_engine.reply_for_entry("participants", lang="en")
    assert (en.lang, en.answer) == ("en", ru_entry.answer)  # no translation yet: Russian


def test_suggestions_are_in_the_reply_language(translated_engine) -> None:
    reply = translated_engine.reply_for_entry("about_document", lang="en")
    by_id = translated_engine.kb.by_id
    for suggestion in reply.suggestions:
        entry = by_id[suggestion.entry_id]
        expected = entry.translations["en"].questions[0] if "en" in entry.translations else entry.questions[0]
        assert suggestion.question == expected


# -- declines -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "question", ["Какая завтра погода?", "Как похудеть к лету?", "Посоветуй книгу", "qwerty", "!!!"]
)
def test_off_topic_is_declined_as_such(engine, question: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "off_topic"), describe(reply)
    assert not reply.suggestions
    assert "иначе" not in reply.answer


@pytest.mark.parametrize(
    "question",
    [
        "Какую зарплату получает генеральный прокурор?",
        "Когда будет голосование по Конституции?",
        # the date of something yet to come: the documents report what happened
        "Когда пройдёт следующее обсуждение проекта?",
        "Когда примут новую Конституцию?",
    ],
)
def test_a_detail_the_document_lacks_is_not_in_document(engine, question: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_in_document"), describe(reply)
    assert reply.answer == engine.kb.replies.not_in_document.ru


@pytest.mark.parametrize(
    "question",
    ["Голосовали ли участники круглого стола за проект?", "Кто модерировал круглый стол?"],
)
def test_a_verb_the_documents_never_use_beside_the_event_is_not_answered(engine, question: str) -> None:
    """The event, the draft and its participants are in most entries: the question is about the
    verb, which no entry holds. The verb may be a paraphrase, so the bot says it found nothing."""
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "not_found"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        # the focus entry quotes only the heading that introduces the list: it does not answer alike
        ("какие направления обсуждали на круглом столе", "key_directions"),
        # «по мнению X» asks what X thinks; Asylov is the Prosecutor General
        ("Какую работу, по мнению Асылова, необходимо продолжать?", "explanatory_work"),
        (
            "What are the proposed changes aimed at, according to the Prosecutor General?",
            "overall_assessment",
        ),
        ("Кто пришёл на круглый стол?", "participants"),
        # «who is» before a participle asks who, not who someone is
        ("Who is invited to join the debate on the draft?", "public_involvement"),
        ("Who was present at the round table?", "participants"),
        # the embedding's rivals are the entries covering the subject (the constitutional reform)
        ("Конституциялық реформа нені күшейтуге бағытталған?", "reform_aims"),
        # rescued by the embedding: a runner-up lacking the subject (preamble) is not worth asking about
        ("What is the preamble going to include?", "law_and_order_preamble"),
    ],
)
def test_paraphrases_reach_their_entry(engine, question: str, entry_id: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


def test_decline_is_set_exactly_for_kind_none(replies) -> None:
    for reply in replies:
        assert (reply.decline is not None) == (reply.kind == "none"), reply.query


@pytest.mark.parametrize(
    "question",
    [
        "Что изменится в работе Парламента?",
        "Что сказал генпрокурор о работе Парламента?",
        "Что омбудсмен говорил о цифровых решениях?",
    ],
)
def test_an_answer_always_covers_the_questions_subject(engine, question: str) -> None:
    """Never a confident answer from an entry that lacks the person or institution asked about."""
    reply = engine.answer(question)
    if reply.kind == "answer":
        analysis = engine.analyzer.analyse(question)
        subject = engine.subjects.of(analysis.terms)
        assert engine.subjects.covers(reply.entry_id, subject), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что сказали представители Парламента?",
        "Что предложил Уполномоченный по правам человека?",
        "Что сказал Президент Токаев на круглом столе?",
    ],
)
def test_what_someone_said_is_answered_only_from_their_words(engine, question: str) -> None:
    """The text reports no words of Parliament, the ombudsman or the President: the entries that
    name them are about their participation or initiatives, not about what they said."""
    assert engine.answer(question).kind == "none", describe(engine.answer(question))


def test_what_the_prosecutor_general_said_is_answered(engine) -> None:
    reply = engine.answer("Что сказал генпрокурор о законе и порядке?")
    assert reply.kind == "answer", describe(reply)
    assert "said" in engine.kb.by_id[reply.entry_id or ""].question_kinds


@pytest.mark.parametrize(
    "question",
    [
        "Какие общественные организации участвовали?",
        "Какие депутаты Парламента участвовали в дискуссии?",
        "Кто представлял Парламент на круглом столе?",
        "Кто из учёных выступал?",
        "Who from the NGOs attended?",
        "Как называются общественные организации, которые участвовали?",
        "Как зовут депутатов, которые участвовали?",
    ],
)
def test_which_members_of_a_named_group_is_a_question_for_names(engine, question: str) -> None:
    """The text names the groups, not their members."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_what_a_thing_is_called_is_no_question_for_names(engine) -> None:
    """«Как называется» asks for names only before a group the documents name as a whole."""
    reply = engine.answer("Как называется принцип, который закрепят в преамбуле?")
    assert reply.entry_id == "law_and_order_preamble", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Какую роль играет правосознание?", "legal_consciousness"),
        ("Будет ли упор на профилактику правонарушений?", "rights_protection_priority"),
        ("Что значит Справедливый Казахстан в контексте реформы?", "fair_kazakhstan"),
    ],
)
def test_framing_words_do_not_block_an_answer(engine, question: str, entry_id: str) -> None:
    """«роль», «упор», «контекст» frame a question; they are not a subject the text lacks."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


def test_a_noun_the_documents_never_use_blocks_a_direct_answer(engine) -> None:
    """Courts are not in the text: the entry on artificial intelligence is not forced on the asker."""
    question = "Как будет использоваться искусственный интеллект в судах?"
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)
    assert engine.missing_subject(question, "digital_solutions") == ("суд",)


@pytest.mark.parametrize(
    "question",
    [
        "кто был на круглом столе кроме генпрокурора",
        "А кто ещё участвовал, кроме прокурора?",
        "Who took part apart from the prosecutor?",
    ],
)
def test_what_krome_leaves_out_is_not_the_subject(engine, question: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "participants"), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Кроме госорганов кто-то участвовал — общественники?", "Помимо учёных были ли общественники?"],
)
def test_a_group_named_beside_what_krome_leaves_out_is_asked(engine, question: str) -> None:
    """«Кроме X кто-то участвовал — Y?»: whether the group named was there; «кто ещё» asks the rest."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "participant_public_orgs"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кто именно участвовал — из каких организаций?",
        "Кто именно сидел за круглым столом — из каких ведомств и организаций?",
        "Какие именно организации участвовали?",
    ],
)
def test_which_bodies_took_part_is_no_question_of_names(engine, question: str) -> None:
    """«кто именно… из каких ведомств», «какие именно организации»: the bodies the text lists."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "participants"), describe(reply)


def test_which_members_of_a_named_group_still_asks_names(engine) -> None:
    reply = engine.answer("Кто именно участвовал из депутатов?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize("text", ["Рахмет, түсінікті", "Hello there!", "Спасибо, понятно"])
def test_small_talk_after_small_talk_is_small_talk(engine, text: str) -> None:
    assert engine.answer(text).kind == "smalltalk", describe(engine.answer(text))


def test_the_evaluation_counts_wrong_answers_that_lack_the_questions_subject(engine, kb) -> None:
    """The naive matcher answers near-miss questions from entries that lack what they ask about;
    the evaluation finds those answers (the engine's own count is in `bot bench`)."""
    from bot.qa.evaluation import BaselineMatcher

    rows = [EvalRow(q="Какую зарплату получает генеральный прокурор?", cat="oos")]
    result = evaluate("WRatio", rows, BaselineMatcher(kb).answer, kb, engine.missing_subject)
    assert [missing for _, _, missing in result.unsupported] == [("зарплата",)]


_STORY = "Я давно интересуюсь тем, что происходит с реформой, и читаю новости каждый день. " * 5


@pytest.mark.parametrize(
    ("message", "entry_id", "question"),
    [
        (
            f"Здравствуйте! {_STORY}Подскажите, кто участвовал в круглом столе? Заранее спасибо.",
            "participants",
            "кто участвовал в круглом столе",
        ),
        # under the length cap, no «?»: the question is found from its question words on
        (
            "привет я вот вчера новости смотрел и там долго говорили про какой то круглый стол "
            "и реформу а что там генпрокурор говорил про нулевую терпимость к правонарушениям",
            "law_and_order_meaning",
            "нулевую терпимость",
        ),
    ],
    ids=["over-the-cap", "rambling"],
)
def test_a_long_message_is_answered_from_its_question(
    engine, message: str, entry_id: str, question: str
) -> None:
    reply = engine.answer(message)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)
    assert question in reply.note
    # and the asker is told which question of the message was answered
    assert reply.preface.startswith("Сообщение длинное"), reply.preface
    assert question in reply.preface, reply.preface


def test_an_opening_about_the_asker_is_not_the_question(engine) -> None:
    """Who the asker is, before a colon or a dash, is not what is asked; a topic named there is."""
    reply = engine.answer("Я мама школьника и переживаю из-за ИИ — что там сказано про персональные данные?")
    assert (reply.kind, reply.entry_id) == ("answer", "personal_data_protection"), describe(reply)
    topic = engine.answer("Вопрос про бюджет: что выделено на реформу?")
    assert topic.kind == "none", describe(topic)
    outside = engine.answer("Я студент — какая зарплата у генпрокурора?")
    assert outside.kind == "none", describe(outside)


def test_an_institutions_staff_are_the_institution(engine) -> None:
    """«сотрудники / работники / члены X» name X's people: X is the subject, not an unknown noun."""
    reply = engine.answer("Были ли на круглом столе сотрудники Администрации Президента?")
    assert (reply.kind, reply.entry_id) == ("answer", "participant_administration"), describe(reply)
    count = engine.answer("Сколько сотрудников в прокуратуре?")
    assert count.kind == "none", describe(count)


def test_how_asked_as_by_what_means_frames_the_question(engine) -> None:
    """«каким образом» asks how: «образ» is not an unknown subject; an unknown one still is."""
    reply = engine.answer("Каким образом защитят персональные данные?")
    assert (reply.kind, reply.entry_id) == ("answer", "personal_data_protection"), describe(reply)
    referendum = engine.answer("Каким образом будет проходить референдум?")
    assert referendum.kind == "none", describe(referendum)


def test_the_table_alone_is_the_round_table(engine) -> None:
    """«на столе» is the round table said short; a table as furniture is still not in the document."""
    reply = engine.answer("были ли учёные на столе")
    assert (reply.kind, reply.entry_id) == ("answer", "participant_science"), describe(reply)
    furniture = engine.answer("Какой стол стоял в зале?")
    assert furniture.kind == "none", describe(furniture)


def test_the_date_of_what_happened_is_still_answered(engine) -> None:
    reply = engine.answer("Когда прошло обсуждение проекта?")
    assert (reply.kind, reply.entry_id) == ("answer", "event_date"), describe(reply)


def test_an_english_noun_the_documents_never_use_blocks_an_answer(engine) -> None:
    """As «референдум» in Russian: the English dictionary tells a noun from a verb."""
    question = "Was a referendum on the draft discussed at the round table?"
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
    assert "referendum" in engine.missing_subject(question, "current_stage")
    future = engine.answer("When will the new Constitution be adopted?")  # a date yet to come
    assert (future.kind, future.decline) == ("none", "not_in_document"), describe(future)


@pytest.mark.parametrize(
    "text",
    ["Который час?", "Какой сегодня день?", "Сколько сейчас времени?", "What time is it?", "Бүгін қай күн?"],
)
def test_the_time_and_date_today_are_small_talk(engine, text: str) -> None:
    """«Какой сегодня день?» is not the round table's date, nor «час» a law's «киловатт-час»: the bot
    says it cannot tell the time, in the asker's language."""
    reply = engine.answer(text)
    assert (reply.kind, reply.note) == ("smalltalk", "smalltalk:clock"), describe(reply)


def test_a_question_that_begins_like_small_talk_is_a_question(engine) -> None:
    """«Сколько времени…» opens a question of its own: not the clock, not small talk."""
    reply = engine.answer("Сколько времени продлится обсуждение проекта?")
    assert (reply.kind, reply.decline) == ("none", "not_found"), describe(reply)


@pytest.mark.parametrize(
    "text", ["Спасибо за подробное разъяснение", "Благодарю за разъяснение!", "Thanks for the explanation"]
)
def test_thanks_for_something_is_thanks(engine, text: str) -> None:
    """What the thanks are for («за разъяснение») is not a question about the explanatory work."""
    reply = engine.answer(text)
    assert (reply.kind, reply.note) == ("smalltalk", "smalltalk:thanks"), describe(reply)


def test_thanks_then_a_question_answers_the_question(engine) -> None:
    reply = engine.answer("Спасибо за ответ! А кто выступал на круглом столе?")
    assert (reply.kind, reply.entry_id) == ("answer", "speaker"), describe(reply)


@pytest.mark.parametrize(
    "text",
    [
        "Здравствуйте! Очень хотела бы понять, кто именно собирался на этом круглом столе и о чём там "
        "в итоге говорили.",
        "Сәлеметсіз бе! Дөңгелек үстелде кімдер болды және негізгі тақырып не болды?",
    ],
)
def test_a_greeting_before_a_question_about_the_documents_is_asked(engine, text: str) -> None:
    """A question about what the documents talk of follows the greeting: it is asked, not met with
    the greeting; a greeting before no question yet («хочу спросить про реформу») is greeted."""
    assert engine.answer(text).kind != "smalltalk", describe(engine.answer(text))
    assert engine.answer("Добрый день, хочу спросить про реформу").kind == "smalltalk"


@pytest.mark.parametrize("text", ["ты бот или человек?", "Are you a bot or a person?"])
def test_a_small_talk_question_with_or_stays_small_talk(engine, text: str) -> None:
    assert engine.answer(text).kind == "smalltalk", describe(engine.answer(text))


def test_where_in_the_constitution_asks_where(engine) -> None:
    reply = engine.answer("В какой части Конституции окажется принцип «Закон и порядок»?")
    assert (reply.kind, reply.entry_id) == ("answer", "law_and_order_preamble"), describe(reply)


def test_a_noun_only_another_document_uses_blocks_an_answer_from_this_one(two_sources) -> None:
    """Beside a document about courts, «суд» is a word the knowledge base knows, but the round
    table never uses it: its entry on artificial intelligence still does not answer."""
    from bot.qa.engine import load_engine

    (two_sources.seeds / "court_news.txt").write_text(
        "Суды начнут рассматривать дела в электронном виде. Каждый суд получит новую систему.",
        encoding="utf-8",
    )
    (two_sources.seeds / "court_news.yaml").write_text(
        "id: court_news\ntitle: Электронные суды\nkind: новость\ndate: 2026-03-01\nlang: ru\n",
        encoding="utf-8",
    )
    entry = {
        "id": "court_cases",
        "topic": "Суды",
        "questions": ["Как суды будут рассматривать дела?", "электронные дела в суде"],
        "answer": "Суды начнут рассматривать дела в электронном виде.",
        "quotes": ["Суды начнут рассматривать дела в электронном виде."],
    }
    (two_sources.knowledge / "faq" / "court_news.yaml").write_text(
        yaml.safe_dump({"source": "court_news", "entries": [entry]}, allow_unicode=True), encoding="utf-8"
    )
    engine = load_engine(two_sources.knowledge, two_sources.seeds, semantic=False)
    reply = engine.answer("Как будет использоваться искусственный интеллект в судах?")
    assert reply.entry_id != "digital_solutions", describe(reply)


@pytest.mark.parametrize("question", ["когда это всё было", "Какого числа это было?", "When was it?"])
def test_a_bare_when_asks_the_date_of_the_document(engine, question: str) -> None:
    """Nothing but «when»: the date of the document. Beside a second document it is unclear which
    is meant; the bot must not claim the document is silent on it."""
    reply = engine.answer(question)
    if len(engine.kb.sources) == 1:
        assert (reply.kind, reply.entry_id) == ("answer", "event_date"), describe(reply)
    else:
        assert reply.decline != "not_in_document", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Дай рецепт плова",
        "Порекомендуй хороший сериал на выходные",
        "Сколько стоит билет на самолёт до Актау?",
        "Recommend a good book for the weekend",
        "Translate 'thank you' into French, please.",
    ],
)
def test_a_request_naming_nothing_the_documents_talk_about_is_off_topic(engine, question: str) -> None:
    """The only words the documents use are verbs and qualifiers any request has («дай», «хороший»,
    «стоит»): the bot says what it is for, not that the document is silent on a subject it never had."""
    reply = engine.answer(question)
    assert (reply.kind, reply.decline) == ("none", "off_topic"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Сколько стоит проведение реформы?",
        "Какой бюджет у проекта Конституции?",
        "What is the budget of the reform?",
        "Какая зарплата у Генерального прокурора?",
    ],
)
def test_a_detail_of_what_the_documents_talk_about_is_not_off_topic(engine, question: str) -> None:
    """The same request naming the reform, the draft or a person the documents name is about them:
    declined as a detail they lack, not as off-topic."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
    assert reply.decline != "off_topic", describe(reply)


@pytest.mark.parametrize("question", ["Когда будет дождь?", "когда ты родился"])
def test_a_when_about_something_else_stays_off_topic(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.decline == "off_topic", describe(reply)


def test_which_article_asks_a_detail_the_document_lacks(engine) -> None:
    """«в какой части» asks where (the Preamble); «в какой статье» asks an article's number, which
    the press release never gives: «статья» stays the question's unknown subject."""
    for question in (
        "В какой статье новой Конституции будет принцип «Закон и порядок»?",
        "В какой статье проекта будет закреплён принцип «Закон и порядок»?",
    ):
        reply = engine.answer(question)
        assert reply.kind == "none", describe(reply)


def test_what_has_already_happened_with_an_unknown_verb_is_declined(engine) -> None:
    """The press release reports the event, not what has happened since."""
    reply = engine.answer("Какие неправильные толкования реформы уже возникли?")
    assert reply.kind == "none", describe(reply)
    avoided = engine.answer("Как избежать неточных толкований реформы?")
    assert (avoided.kind, avoided.entry_id) == ("answer", "explanation_purpose"), describe(avoided)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Какое мероприятие описано в пресс-релизе?", "about_document"),
        ("Как в пресс-релизе описаны цели конституционной реформы?", "reform_aims"),
    ],
)
def test_a_verb_of_describing_frames_the_question(engine, question: str, entry_id: str) -> None:
    """«описано в тексте» says where, as «говорится» does; an answer's «в тексте не описано» is no
    word of the entry («Какое мероприятие описано?» got public_involvement through it)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)
    assert engine.answer("Какие налоги описаны в проекте?").kind == "none"


@pytest.mark.parametrize(
    "question",
    [
        "Как по новому проекту будет назначаться генеральный прокурор?",
        "Как будут избираться депутаты Парламента?",
        "How will the prosecutor general be appointed?",
    ],
)
def test_how_a_named_body_is_dealt_with_by_a_verb_the_documents_never_use_is_declined(
    engine, question: str
) -> None:
    """The documents name the Prosecutor General and Parliament as speaker and participants: how
    they are appointed or elected is not said."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Как генпрокурор выступил?", "speaker"),  # a verb the documents use
        ("Как текст связывает реформу с политикой главы государства?", "reform_tokayev_link"),  # a topic
        ("Как в релизе пишется имя Президента?", "reform_tokayev_link"),  # asks the name
    ],
)
def test_how_with_a_known_verb_a_topic_or_a_name_is_answered(engine, question: str, entry_id: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Что должна обеспечить разъяснительная работа?", "explanation_purpose"),  # a modal, no «должность»
        ("Кездесу қашан өтті?", "event_date"),  # кездесу: a meeting
        ("Как зовут генпрокурора, его имя?", "speaker"),
    ],
)
def test_a_modal_a_meeting_in_kazakh_and_a_name_are_read(engine, question: str, entry_id: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


def test_an_alternative_the_documents_never_name_is_not_the_subject(engine) -> None:
    """«X или Y?»: the answer says which of the two the text holds; an alternative it never names
    does not make the question one about something else. Another unknown word left (how a draft is
    adopted) may be what is asked: then the question stays declined."""
    reply = engine.answer("Круглый стол был про теорию или про практику?")
    assert (reply.kind, reply.entry_id) == ("answer", "practical_focus"), describe(reply)
    adopted = engine.answer("Проект примут в Парламенте или на референдуме?")
    assert adopted.kind == "none", describe(adopted)


def test_the_documents_own_date_names_the_event(engine) -> None:
    """In a question that asks something else, the date of the round table says which event is meant."""
    reply = engine.answer("Кто выступил на круглом столе 27 февраля?")
    assert (reply.kind, reply.entry_id) == ("answer", "speaker"), describe(reply)
    absent = engine.answer("Что сказал Токаев 27 февраля?")
    assert (absent.kind, absent.decline) == ("none", "not_in_document"), describe(absent)


def test_a_question_asking_two_things_is_not_called_silent_when_one_is_answered(engine) -> None:
    """«Где и когда…»: the text gives the date, so the bot may not claim it says nothing of this;
    it answers that clause (see _one_of_several), and its note says which."""
    both = engine.answer("Где и когда прошёл круглый стол?")
    assert (both.kind, both.entry_id) == ("answer", "event_date"), describe(both)
    assert both.note.startswith("several questions"), describe(both)


def test_what_the_participants_said_is_what_the_document_says(engine) -> None:
    """Everything a press release reports was said at the event: a said-question about the
    participants needs no entry reporting someone's words. About a named person it still does."""
    for question in (
        "Что участники говорили о справедливом Казахстане?",
        "What did the participants say about fair Kazakhstan?",
    ):
        reply = engine.answer(question)
        assert (reply.kind, reply.entry_id) == ("answer", "fair_kazakhstan"), describe(reply)
    for question in (
        "Что сказал Токаев о справедливом Казахстане?",
        "Что говорил омбудсмен о правовой культуре?",
    ):
        absent = engine.answer(question)
        assert absent.kind == "none", describe(absent)


def test_other_bodies_in_a_list_do_not_ask_for_the_others(engine) -> None:
    """«X и других органов» continues a list; «кто ещё, кроме…» still asks beyond what the text names."""
    reply = engine.answer("Что изменится в работе полиции и других правоохранительных органов?")
    assert reply.kind == "answer", describe(reply)
    others = engine.answer("Кто ещё выступал, кроме генпрокурора?")
    assert others.kind == "none", describe(others)


def test_a_leader_is_no_unknown_subject(engine) -> None:
    """The head of an institution the text names is that institution's person; whom the text does
    not name stays declined."""
    reply = engine.answer("Кто из руководства прокуратуры выступал?")
    assert (reply.kind, reply.entry_id) == ("answer", "speaker"), describe(reply)
    for question in ("Как зовут руководителя Администрации?", "Кто глава Администрации Президента?"):
        absent = engine.answer(question)
        assert absent.kind == "none", describe(absent)


def test_a_question_of_several_clauses_is_not_called_silent(engine) -> None:
    """«Кто выступал и какие направления назвали?»: the kind of one clause says nothing of the other."""
    reply = engine.answer("кто выступал и какие направления назвали?")
    assert reply.decline != "not_in_document", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("In a nutshell, what did the prosecutor general say?", "prosecutor_speech"),
        ("Одним словом, о чём был круглый стол?", "about_document"),
        ("цифровые решения это откуда", "digital_solutions"),
        ("Реформа рассчитана на долгий срок?", "long_term_guidelines"),
        ("Генпрокурор қандай лауазымда?", "speaker"),
        ("кароч в двух словах о чём новость", "about_document"),  # «кароч», «короче»: say it briefly
        ("What guidance do the changes give?", "long_term_guidelines"),  # the text's guidelines
    ],
)
def test_brevity_an_origin_a_length_of_time_and_a_post_are_read(engine, question: str, entry_id: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


def test_a_term_asked_as_a_date_stays_declined(engine) -> None:
    """«В какой срок», «срок полномочий»: a date or a term of office the text does not give."""
    for question in ("В какой срок примут Конституцию?", "Какой срок полномочий президента?"):
        reply = engine.answer(question)
        assert reply.kind == "none", describe(reply)


def test_the_president_is_not_the_administration_of_the_president(engine) -> None:
    """An entry naming the President only within «Администрация Президента» does not answer about him."""
    reply = engine.answer("Присутствовал ли Токаев лично на круглом столе?")
    assert reply.entry_id != "participant_administration", describe(reply)
    administration = engine.answer("Участвовала ли Администрация Президента?")
    assert (administration.kind, administration.entry_id) == ("answer", "participant_administration")


def test_how_many_words_to_answer_in_is_not_asked(engine) -> None:
    """«В двух словах»: how briefly to answer; «какими словами он описал…» still asks his words."""
    reply = engine.answer("Объясните в двух словах, что такое нулевая терпимость")
    assert (reply.kind, reply.entry_id) == ("answer", "law_and_order_meaning"), describe(reply)
    words = engine.answer("Какими словами генпрокурор описал характер изменений?")
    assert (words.kind, words.entry_id) == ("answer", "overall_assessment"), describe(words)


def test_a_light_verb_leaves_the_meaning_to_its_noun(engine) -> None:
    """«Сделать вывод», «сделать акцент»: the verb says nothing the noun does not."""
    reply = engine.answer("Какой вывод сделали участники?")
    assert (reply.kind, reply.entry_id) == ("answer", "outcome"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Присутствовал ли Токаев на круглом столе?",
        "Был ли президент лично на обсуждении?",
        "Was the President at the round table?",
    ],
)
def test_whether_someone_was_there_needs_an_entry_on_who_took_part(engine, question: str) -> None:
    """The entry that names the President (the reform continues his initiatives) does not say he was
    there; the participants' entries do not name him: not an answer."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Был ли омбудсмен на круглом столе?", "participant_ombudsman"),
        ("Присутствовал ли генпрокурор?", "speaker"),
    ],
)
def test_whether_a_participant_was_there_is_answered(engine, question: str, entry_id: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Когда эксперты обсуждали проект?", "Когда депутаты обсуждали проект Конституции?"],
)
def test_when_those_who_took_part_met_is_the_event_date(engine, question: str) -> None:
    """The people name the event (they took part in it): its date is asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "event_date"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Когда Токаев обсуждал проект?",
        "Когда был назначен генпрокурор?",
        "Когда депутаты обсуждали бюджет?",
        "С какого года Асылов работает генпрокурором?",
    ],
)
def test_another_date_of_a_person_is_not_the_event_date(engine, question: str) -> None:
    """Not among those who took part, or another thing done: not the round table's date."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("На какой стадии сейчас проект Конституции?", "current_stage"),
        ("В какую часть Конституции пропишут «Закон и порядок»?", "law_and_order_preamble"),
    ],
)
def test_other_words_for_a_stage_and_for_enshrining(engine, question: str, entry_id: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "В какую главу Конституции запишут защиту персональных данных?",
        "Где закрепят принцип справедливости?",
    ],
)
def test_where_something_else_is_enshrined_is_not_the_preamble(engine, question: str) -> None:
    """Only «Закон и порядок» is said to go into the Preamble; the other entries say no place."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Что дает равенство перед законом?", "equality_before_law"),
        ("Что дадут цифровые решения в правовой сфере?", "digital_solutions"),
        ("Что даёт открытое обсуждение?", "explanation_purpose"),
    ],
)
def test_what_a_direction_gives_is_what_it_consists_of(engine, question: str, entry_id: str) -> None:
    """«Что даёт X?» of a direction named in its entry («Направление «Равенство перед законом»
    предполагает…») is answered by what it consists of; of anything else, by a stated purpose."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что даёт искусственный интеллект?",
        "Что даст внедрение больших данных?",
        # (round 42c: «Что даст сервисная модель работы полиции?» left: the direction tells what the
        # service model is for, «с акцентом на профилактику…», test_round_42c)
        "Что даст защита персональных данных?",
        # (round 35e: «какая польза от X» asks what X brings, as «что даёт X»; it had been read as a
        # frame only, and answered with the direction naming AI)
        "Какая польза от искусственного интеллекта?",
    ],
)
def test_what_a_part_of_a_direction_gives_is_not_said(engine, question: str) -> None:
    """A part of a direction is not the direction: no entry says what it brings."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question", ["На какой срок рассчитаны изменения?", "Поправки рассчитаны на короткий срок?"]
)
def test_for_how_long_is_answered_by_a_stated_length(engine, question: str) -> None:
    """«На какой срок», an adjective of length: how long (kind `duration`), not a date."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "long_term_guidelines"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "На какой срок избирается генпрокурор?",
        "В какой срок примут Конституцию?",
        "Какой срок полномочий у Парламента?",
    ],
)
def test_a_length_no_entry_states_is_not_answered(engine, question: str) -> None:
    """Only an entry stating a length answers «for how long»; «в какой срок» still asks when."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


def test_a_placeholder_noun_is_not_a_subject(engine) -> None:
    """«вещь», «штука», "thing" stand for what is asked, like «деталь»: not a noun the text lacks."""
    reply = engine.answer("Какие две вещи сочетаются в направлении про цифровые решения?")
    assert (reply.kind, reply.entry_id) == ("answer", "digital_solutions"), describe(reply)
    assert engine.answer("Какие вещи подорожают после реформы?").kind != "answer"


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Говорит ли что-нибудь материал о правах человека?", "constitutional_model_principles"),
        ("Какой президент упоминается в материале?", "reform_tokayev_link"),
        ("О чём сообщается в материале?", "about_document"),
    ],
)
def test_the_piece_being_read_frames_what_is_asked(engine, question: str, entry_id: str) -> None:
    """«материал», «документ» in the singular name the piece read: the question is about what else
    it names (not the summary of the document); alone, it asks what the piece is about."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)
    assert engine.answer("Говорит ли материал о зарплатах?").kind != "answer"


@pytest.mark.parametrize("question", ["Были ли молодые учёные?", "Участвовали ли иностранные эксперты?"])
def test_a_kind_of_participant_the_text_never_names_is_not_answered(engine, question: str) -> None:
    """Whether someone was there: an adjective the documents never use before a noun they do
    («молодые учёные») is the very detail asked; the entry naming the scientists does not answer it."""
    assert engine.answer(question).kind != "answer", describe(engine.answer(question))
    reply = engine.answer("Были ли учёные?")
    assert (reply.kind, reply.entry_id) == ("answer", "participant_science"), describe(reply)


def test_what_was_said_with_no_speaker_is_what_the_text_says(engine) -> None:
    """«Что отметили про X?» with no speaker (Russian's indefinite person) asks what the document
    says about X; «Что учёные говорили про X?» still asks for the scientists' words."""
    reply = engine.answer("Что отметили про верховенство закона?")
    assert (reply.kind, reply.entry_id) == ("answer", "reform_aims"), describe(reply)
    assert engine.answer("Что говорили учёные про верховенство закона?").kind != "answer"


@pytest.mark.parametrize(
    "question",
    [
        "Кто призвал вовлекать гражданское общество в обмен мнениями?",
        "Who stressed the need for open dialogue?",
        "Кім түсіндіру жұмысын жалғастыруға шақырды?",
        "Кто говорил о нулевой терпимости к правонарушениям?",
    ],
)
def test_who_is_answered_with_the_speakers_name(engine, question: str) -> None:
    """An entry answering «who» with the Prosecutor General's words names him, in each language."""
    reply = engine.answer(question)
    assert reply.kind == "answer", describe(reply)
    assert "Асылов" in reply.answer or "Asylov" in reply.answer, describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id", "preface"),
    [
        (
            "Когда прошёл круглый стол и кто на нём выступал?",
            "event_date",
            "В вопросе несколько частей, отвечаю на одну: «Когда прошёл круглый стол?». "
            "Остальное, пожалуйста, спросите отдельно.",
        ),
        (
            "Who took part, and when did the discussion happen?",
            "participants",
            "Your question has several parts; this answers one of them: “Who took part?” "
            "Please ask the rest separately.",
        ),
        (  # Kazakh question words end their clauses: the clauses are split at «және», not before «кім»
            "Дөңгелек үстел қашан өтті және онда кім сөз сөйледі?",
            "event_date",
            "Сұрағыңыз бірнеше бөліктен тұрады, соның біреуіне жауап беремін: «Дөңгелек үстел қашан "
            "өтті?». Қалғанын бөлек сұраңыз.",
        ),
    ],
)
def test_one_clause_of_several_is_answered_when_no_entry_answers_all(
    engine, question: str, entry_id: str, preface: str
) -> None:
    """No entry answers both clauses: the first clause an entry answers on its own is the reply, and
    the reply says which, in the asker's language (the asker is not left to think all was answered)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)
    assert reply.query == question
    assert reply.note.startswith("several questions"), describe(reply)
    assert reply.preface == preface


def test_a_whole_answer_has_no_preface(engine) -> None:
    reply = engine.answer("Кто участвовал в круглом столе?")
    assert (reply.kind, reply.preface) == ("answer", ""), describe(reply)


def test_a_clause_standing_for_another_ones_noun_is_not_answered_alone(engine) -> None:
    """«…и кто их представлял?» asks about the countries of the first clause, which the text never
    names: answered alone it would get the speaker."""
    assert engine.answer("Какие страны участвовали и кто их представлял?").kind != "answer"


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Искусственный интеллект — часть проекта?", "digital_solutions"),
        ("Is personal data protection part of the reform?", "personal_data_protection"),
    ],
)
def test_whether_the_reform_has_x_asks_about_x(engine, question: str, entry_id: str) -> None:
    """«X — часть реформы?»: whether the reform or draft has X is whether the document names X."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question", ["Референдум — это часть реформы?", "Является ли прокуратура частью реформы?"]
)
def test_a_part_the_text_never_names_or_a_body_is_not_answered(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


def test_a_verb_only_another_document_uses_is_not_the_round_tables(two_sources) -> None:
    """«Голосовали ли участники круглого стола за проект?»: the press release never speaks of a vote.
    A law beside it that does («депутаты голосуют») must not make the verb a known word of the round
    table's frame, which would answer the question with the list of participants."""
    from bot.qa.engine import load_engine

    meta = "id: voting_rules\ntitle: Порядок голосования\nkind: закон\ndate: 2026-01-10\nlang: ru\n"
    text = (
        "Депутаты голосуют за законы открыто. Голосование проводится в зале заседаний. "
        "Сессия открывается в первый рабочий день сентября. Сессия закрывается в последний рабочий день июня."
    )
    (two_sources.seeds / "voting_rules.txt").write_text(text, encoding="utf-8")
    (two_sources.seeds / "voting_rules.yaml").write_text(meta, encoding="utf-8")
    faq = """source: voting_rules
entries:
  - id: voting_how
    topic: Голосование
    questions: [Как голосуют депутаты?, Голосуют ли депутаты открыто?, Где проводится голосование?,
      порядок голосования, открытое голосование депутатов, Как проходит голосование за законы?]
    answer: Депутаты голосуют за законы открыто, голосование проводится в зале заседаний.
    quotes: ["Депутаты голосуют за законы открыто.", "Голосование проводится в зале заседаний."]
  - id: session_opening
    topic: Сессия
    questions: [Когда открывается сессия?, С какого месяца работает сессия?, открытие сессии,
      Сессия открывается в сентябре?, начало сессии, Когда начинается сессия?]
    answer: Сессия открывается в первый рабочий день сентября.
    quotes: ["Сессия открывается в первый рабочий день сентября."]
  - id: session_closing
    topic: Сессия
    questions: [Когда закрывается сессия?, До какого месяца работает сессия?, закрытие сессии,
      Сессия закрывается в июне?, конец сессии, Когда заканчивается сессия?]
    answer: Сессия закрывается в последний рабочий день июня.
    quotes: ["Сессия закрывается в последний рабочий день июня."]
"""
    (two_sources.knowledge / "faq" / "voting_rules.yaml").write_text(faq, encoding="utf-8")
    engine = load_engine(two_sources.knowledge, two_sources.seeds)
    question = "Голосовали ли участники круглого стола за проект?"
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)
    analysis = engine.reader.read(question, engine.analyzer.analyse(question))
    subject = engine.subjects.of(analysis.terms)
    assert (subject.unknown, subject.framed) == (("голосовать",), True)
    assert engine.answer("Как голосуют депутаты?").entry_id == "voting_how"


@pytest.mark.parametrize(
    "question",
    [
        "Какой риск помогает избежать разъяснительная работа?",
        "What danger does the explanatory work help avoid?",
        "Каких последствий позволяет избежать открытый диалог по новеллам?",
        "Каких проблем позволит избежать разъяснительная работа?",
    ],
)
def test_a_danger_beside_avoiding_asks_what_is_avoided(engine, question: str) -> None:
    """«Какой риск помогает избежать X?» asks what X helps avoid, as «чего позволяет избежать X»."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "explanation_purpose"), describe(reply)


@pytest.mark.parametrize(
    "question", ["Какой риск несёт реформа?", "Какие угрозы поможет предотвратить цифровизация?"]
)
def test_a_danger_the_text_never_names_is_not_answered(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


def test_a_greeting_before_a_question_is_not_greeted_back(engine) -> None:
    """A greeting opening a question about a known subject is that question (declined here, since
    the text says nothing of the weather), never small talk."""
    reply = engine.answer("Привет, что сказал генпрокурор про погоду?")
    assert reply.kind == "none", describe(reply)


def test_the_askers_own_reason_is_not_part_of_the_question(engine) -> None:
    reply = engine.answer(
        "Добрый день. Мне 72 года, живу в Семее, всю жизнь проработала бухгалтером. Слышала по радио, что "
        "генпрокурор что-то говорил про закон и порядок. Объясните мне, пожалуйста, что именно он сказал, "
        "а то по телевизору всё очень быстро говорят?"
    )
    assert reply.kind == "answer", describe(reply)


def test_focus_areas_are_the_listed_directions(engine) -> None:
    """The entry that only points to the list (practical focus) does not quote the list's heading,
    so it does not take the list's question."""
    reply = engine.answer("Which areas were the focus of the round table?")
    assert (reply.kind, reply.entry_id) == ("answer", "key_directions"), describe(reply)


def test_a_yes_no_clause_before_a_question_word_is_asked_alone(engine) -> None:
    """«Был ли X…, и кто…?»: the yes/no question opens a clause of its own."""
    reply = engine.answer("Был ли на круглом столе Парламент, и кто выступал от прокуратуры?")
    assert (reply.kind, reply.entry_id) == ("answer", "participant_parliament"), describe(reply)


def test_a_bare_question_word_clause_belongs_to_the_clause_before(engine) -> None:
    """«Будет ли следующий круглый стол и когда?» asks one thing: its «Будет ли…» is not asked alone
    (it would share only «следующим» with the directions' heading)."""
    reply = engine.answer("Будет ли следующий круглый стол и когда?")
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question", ["Была ли на круглом столе полиция?", "Were the police at the round table?"]
)
def test_whether_someone_was_there_needs_an_entry_telling_who_was(engine, question: str) -> None:
    """The directions' entry names law enforcement and has variants about «участники»: it does not
    say who took part, so it cannot tell whether the police were there."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        # the preamble entry names the principle proposed for the Preamble most directly
        ("Какой принцип предлагается вписать в начало Основного закона?", "law_and_order_preamble"),
        ("Упоминалось ли юридическое образование и в каком ключе?", "legal_culture"),
        ("Кто представлял на обсуждении президентскую вертикаль?", "participants"),
        ("Какую пользу принесут изменения по словам Асылова?", "overall_assessment"),
    ],
)
def test_other_words_for_what_the_text_names_are_answered(engine, question: str, entry_id: str) -> None:
    """The beginning of a constitution is its preamble, the presidential structure its
    administration; «в каком ключе» only frames the question, and so does «по словам Асылова» around
    the benefit of the changes as a whole."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question", ["Какая польза от реформы для пенсионеров?", "Кто выступил в начале круглого стола?"]
)
def test_framing_words_leave_an_unknown_subject_unanswered(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


def test_a_purpose_of_what_an_entry_describes_is_not_claimed_absent(engine) -> None:
    """«Для чего X?» where an entry describes X in every word asked: the description may state its
    purpose in its own words, so the bot does not say the document is silent. (Round 42c: «Для чего
    правоохранительным органам сервисная модель?» is answered, its entry being of kind `reason`;
    the purpose of the police itself is stated by none: Engine._bodies_only.)"""
    reply = engine.answer("Для чего нужно равенство перед законом?")
    assert reply.kind == "none", describe(reply)
    assert reply.decline == "not_found", describe(reply)
    silent = engine.answer("Для чего нужна полиция?")
    assert silent.kind != "answer", describe(silent)


def test_which_bodys_representative_spoke_is_who_spoke(engine) -> None:
    reply = engine.answer("Представитель какого ведомства выступил с обращением к участникам?")
    assert (reply.kind, reply.entry_id) == ("answer", "speaker"), describe(reply)
    listed = engine.answer("Представители каких структур были на встрече?")
    assert (listed.kind, listed.entry_id) == ("answer", "participants"), describe(listed)


@pytest.mark.parametrize("question", ["скок статей в новой конституц", "скок было участников"])
def test_colloquial_how_many_asks_a_count(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("когда был круглыйстол", "event_date"), ("правасознание", "legal_consciousness")],
)
def test_two_words_typed_as_one_are_read_apart_a_typo_is_not(engine, question: str, entry_id: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


def test_an_opening_what_clause_is_asked_alone(engine) -> None:
    """«Что говорилось про X и кто об этом говорил»: the opening «Что…» is a clause of its own; the
    second stands for the first one's noun, so the first is answered."""
    reply = engine.answer("Что говорилось про правопорядок и кто об этом говорил — коротко.")
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


def test_a_kazakh_proposal_verb_frames_what_was_said(engine) -> None:
    reply = engine.answer("Ассалаумағалейкум, Бас прокурор қандай жұмысты жалғастыруды ұсынды?")
    assert (reply.kind, reply.entry_id) == ("answer", "explanatory_work"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Изменится ли школьная программа в связи с реформой?",
        "Изменится ли программа обучения юристов?",
    ],
)
def test_a_shared_prefix_is_no_word_family(engine, question: str) -> None:
    """«прогр-амма» is no «прогр-ессив»: what two words share must go past a prefix into the root."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Прогрессивны ли изменения?", "overall_assessment"),
        ("Кто выступил с обращением к участникам?", "speaker"),
    ],
)
def test_words_sharing_a_root_past_a_prefix_stay_one_family(engine, question: str, entry_id: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("What is described as the basis of a stable rule of law?", "legal_consciousness"),
        ("Does the reform strengthen the rule of law?", "reform_aims"),
    ],
)
def test_a_stable_rule_of_law_is_lasting_law_and_order(engine, question: str, entry_id: str) -> None:
    """ "Rule of law" alone is the initiatives' «верховенство закона»; a stable, sustainable or lasting one
    is the text's «устойчивый правопорядок», which the English entries give as "lasting law and order"."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Реформа — это разрыв с прежним курсом или его продолжение?",
        "Реформа — это разрыв с прежним курсом или его последовательное продолжение?",  # an adjective
        "Is the reform framed as a break with the past or as a continuation?",  # «framed»: how it is told
    ],
)
def test_an_unknown_alternative_with_words_of_its_own_is_not_the_subject(engine, question: str) -> None:
    """«разрыв с прежним курсом или его продолжение?»: the unknown «разрыв» heads its alternative; the
    answer tells which of the two the text holds. Another alternative unknown stays declined."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "reform_tokayev_link"), describe(reply)
    other = engine.answer("Реформа — это разрыв с прежним курсом или новая налоговая политика?")
    assert other.kind == "none", describe(other)


def test_an_unknown_alternative_takes_its_adjectives_not_the_verb(engine) -> None:
    """«разовая акция или продолжение…?»: the alternative the text never names is the noun with the
    unknown adjectives before it; the verb before an unknown alternative («примут на референдуме
    или в парламенте?») is what is asked, and the question stays declined."""
    reply = engine.answer("Реформа — это разовая акция или продолжение прежнего курса?")
    assert (reply.kind, reply.entry_id) == ("answer", "reform_tokayev_link"), describe(reply)
    # several unknown alternatives listed before «или» («брифинг, конференция или круглый стол?»)
    listed = engine.answer("Это был брифинг, конференция или круглый стол?")
    assert (listed.kind, listed.entry_id) == ("answer", "about_document"), describe(listed)
    assert engine.answer("Это был брифинг, конференция или митинг?").kind == "none"
    adopted = engine.answer("Конституцию примут на референдуме или в парламенте?")
    assert adopted.kind == "none", describe(adopted)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("А учёные в дискуссии участвовали или только чиновники?", "participant_science"),
        ("Участвовали ли депутаты или только сотрудники прокуратуры?", "participant_parliament"),
        ("Did academics take part, or only officials?", "participant_science"),
        ("учёные были или тока чиновники", "participant_science"),  # colloquial «только»
    ],
)
def test_an_alternative_that_would_hold_alone_is_answered_by_the_first(
    engine, question: str, entry_id: str
) -> None:
    """«X или только Y?» asks whether X was there as well: the entry on X answers it."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


def test_an_unknown_alternative_is_its_adjective_and_its_noun(engine) -> None:
    """«в преамбуле или в отдельной статье?»: the alternative the text never names is the article with
    its adjective; the answer tells it is the preamble. Nothing else asked is left unknown."""
    reply = engine.answer("Принцип «Закон и порядок» закрепят в преамбуле или в отдельной главе?")
    assert (reply.kind, reply.entry_id) == ("answer", "law_and_order_preamble"), describe(reply)
    # a noun the text never uses with an adjective it does («новый»)
    section = engine.answer("Принцип закрепят в преамбуле или в новом разделе?")
    assert (section.kind, section.entry_id) == ("answer", "law_and_order_preamble"), describe(section)
    for other in (
        "Какой налог закрепят в преамбуле или в отдельной статье?",
        "Налоги закрепят в преамбуле или в новом разделе?",
    ):
        assert engine.answer(other).kind == "none", describe(engine.answer(other))


def test_a_contrast_is_an_alternative_too(engine) -> None:
    """«только о теории, а не о практике?»: the text names the practical aspects, never a theory; the
    answer tells which of the two it holds. A verb before the unknown side is still what is asked."""
    reply = engine.answer("Правда ли, что речь шла только о теории, а не о практике?")
    assert (reply.kind, reply.entry_id) == ("answer", "practical_focus"), describe(reply)
    adopted = engine.answer("Проект примут на референдуме, а не в парламенте?")
    assert adopted.kind == "none", describe(adopted)


def test_an_exclusive_alternative_lends_no_answer_to_a_question_the_text_leaves_open(engine) -> None:
    reply = engine.answer("Были ли иностранные эксперты или только местные?")
    assert reply.kind == "none", describe(reply)


def test_prevention_alone_is_the_texts_prevention_of_offences(engine) -> None:
    """ "prevention" is the text's «профилактика» («с акцентом на профилактику правонарушений»): a
    question weighing it against something else is not told that the document says nothing of it."""
    reply = engine.answer("What emphasis will law enforcement place: punishment or prevention?")
    assert reply.decline != "not_in_document", describe(reply)


def test_preventing_violations_is_the_texts_prevention_of_offences(engine) -> None:
    """«предупреждение / предотвращение нарушений» is the text's «профилактика правонарушений»: the
    other side of the alternative («на наказании») is the one the text never names."""
    reply = engine.answer("Акцент будет на наказании или на предотвращении нарушений?")
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (
            "Какой должна стать конституционная модель республики, судя по концовке текста?",
            "constitutional_model_principles",
        ),
        ("Judging by the release, who spoke?", "speaker"),
    ],
)
def test_what_the_asker_judges_by_is_no_subject(engine, question: str, entry_id: str) -> None:
    """«судя по финалу текста», "judging by the release": where the answer is read, not what is asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "О чём, по словам генпрокурора, по существу идёт речь при закреплении этого принципа?",
        "О чём по сути идёт речь при закреплении принципа «Закон и порядок»?",
    ],
)
def test_a_hedge_is_no_subject(engine, question: str) -> None:
    """«по сути», «по существу»: how plainly the asker wants it said, not what is asked."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "law_and_order_meaning"), describe(reply)


def test_a_warning_beside_avoiding_reports_what_is_avoided(engine) -> None:
    """ "What did X warn Y would help avoid?": the warning is a verb of saying; Y's purpose is asked."""
    reply = engine.answer("What did the prosecutor warn explanatory outreach would help avoid?")
    assert (reply.kind, reply.entry_id) == ("answer", "explanation_purpose"), describe(reply)
    police = engine.answer("What did Asylov warn the police would help avoid?")
    assert police.kind == "none", describe(police)


@pytest.mark.parametrize(
    "question",
    [
        "Чьи законные интересы должны защищать силовые структуры?",
        "Чьи интересы защищают правоохранительные органы?",
    ],
)
def test_whose_a_thing_is_where_the_text_names_its_owner(engine, question: str) -> None:
    """«защиту законных интересов населения»: the text names whose the interests are."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


def test_whose_a_thing_is_stays_asked_of_what_the_text_does_not_name(engine) -> None:
    reply = engine.answer("Чьи интересы учтут в бюджете?")
    assert reply.kind == "none", describe(reply)


def test_a_hedge_leaves_the_question_asked(engine) -> None:
    reply = engine.answer("По сути, что изменится с налогами?")
    assert reply.kind == "none", describe(reply)


def test_a_compound_prepositions_noun_is_no_subject(engine) -> None:
    """«в ходе обсуждения»: during the discussion; «ход» names no thing asked about."""
    reply = engine.answer("Чему генеральный прокурор придаёт важное значение в ходе обсуждения новелл?")
    assert (reply.kind, reply.entry_id) == ("answer", "open_dialogue"), describe(reply)


def test_a_compound_preposition_leaves_the_question_asked(engine) -> None:
    reply = engine.answer("Что изменится с налогами в ходе реформы?")
    assert reply.kind == "none", describe(reply)


def test_judging_by_leaves_the_question_asked(engine) -> None:
    reply = engine.answer("Судя по тексту, какие налоги поднимут?")
    assert reply.kind == "none", describe(reply)


def test_the_countrys_possessive_frames_a_named_subject(engine) -> None:
    """ "the country's top prosecutor" is the Prosecutor General of the country the text is about."""
    reply = engine.answer("What did the country's top prosecutor warn against tolerating?")
    assert (reply.kind, reply.entry_id) == ("answer", "law_and_order_meaning"), describe(reply)


@pytest.mark.parametrize(
    "question", ["Which countries supported the reform?", "What is the country's population?"]
)
def test_which_country_is_still_asked(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Чего опасается генпрокурор, если не разъяснять реформу людям?",
        "О каком риске предупреждал прокурор, если не разъяснять реформу людям?",  # a warning, a danger
    ],
)
def test_what_is_feared_unless_a_thing_is_done_is_its_purpose(engine, question: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "explanation_purpose"), describe(reply)
    taxes = engine.answer("О каком риске предупреждал прокурор, если не снизить налоги?")
    assert taxes.kind == "none", describe(taxes)


@pytest.mark.parametrize(
    "question", ["какие люди были на встрече", "что за организации участвовали", "Which bodies were present?"]
)
def test_which_people_were_there_asks_who_took_part(engine, question: str) -> None:
    """A generic word for people or bodies after an asking word, said of them only that they were
    there or gathered, asks who took part (not an entry naming «органы» in another sense)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "participants"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Какие органы будут заниматься профилактикой?", "rights_protection_priority"),
        (
            "Представители какого органа при главе государства присутствовали на дискуссии?",
            "participant_administration",
        ),
    ],
)
def test_which_bodies_with_something_said_of_them_keep_their_reading(
    engine, question: str, entry_id: str
) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Что говорил главный прокурор страны?", "prosecutor_speech"),
        ("Кто такой главный прокурор страны и что он говорил на круглом столе?", "speaker"),
    ],
)
def test_the_countrys_genitive_frames_a_named_subject(engine, question: str, entry_id: str) -> None:
    """«главный прокурор страны» is the Prosecutor General of the country the text is about; «и что»
    opens a further question («Кто такой X и что он говорил»), whose pronoun points back."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize("question", ["Какое население страны?", "Какая площадь страны?"])
def test_a_country_not_beside_a_named_subject_is_still_asked(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какое направление было последним, четвёртым?",
        "What was the first direction?",
        "Какое второе направление?",  # «второе» is first of all a noun (a meal's course)
        # a place in the list («пунктом», "item") is the list's item; the list is the directions'
        "Что идёт вторым пунктом среди приоритетных направлений?",
        "What is the second item on the list of directions?",
        "Какое направление в перечне последнее?",
    ],
)
def test_an_item_asked_by_its_place_gets_the_list(engine, question: str) -> None:
    """An ordinal beside the list's noun asks one item by its place: the entry listing them answers
    (the ordinal is no subject the documents never name)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "key_directions"), describe(reply)


def test_an_item_named_by_its_content_keeps_its_entry(engine) -> None:
    reply = engine.answer("А последнее направление какое, про образование?")
    assert (reply.kind, reply.entry_id) == ("answer", "legal_culture"), describe(reply)


@pytest.mark.parametrize(
    "question", ["Какой второй пункт повестки дня?", "Что было вторым пунктом программы круглого стола?"]
)
def test_a_place_in_another_list_stays_declined(engine, question: str) -> None:
    """The agenda's items are no list the text gives: a place in them is still asked."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


def test_an_ordinal_the_documents_use_stays_asked(engine) -> None:
    """«первый» is a word of the text («в первую очередь»): «Какой первый этап реформы?» asks a stage
    the text does not number, not the current one."""
    reply = engine.answer("Какой первый этап реформы?")
    assert reply.kind != "answer", describe(reply)


def test_a_word_for_a_wording_before_a_quoted_name_is_no_subject(engine) -> None:
    """«лозунг «Закон и порядок»»: the slogan is the principle the text names."""
    reply = engine.answer("Что за лозунг «Закон и порядок» и где его закрепят?")
    assert (reply.kind, reply.entry_id) == ("answer", "law_and_order_preamble"), describe(reply)


@pytest.mark.parametrize(
    "question", ["Кто снимался в сериале «Закон и порядок»?", "Что за сериал «Закон и порядок»?"]
)
def test_another_thing_of_the_same_name_keeps_its_word(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Как давно Асылов занимает пост генпрокурора?", "How long has Asylov been Prosecutor General?"],
)
def test_how_long_ago_asks_since_when(engine, question: str) -> None:
    """«как давно», "how long has": since when, a date the text does not give (not his post)."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какая цель у системной разъяснительной работы?",
        "Какова цель вовлечения граждан в обмен мнениями по проекту?",
        "Зачем вовлекать профессиональное сообщество?",
    ],
)
def test_the_purpose_of_a_thing_is_why_it_is_done(engine, question: str) -> None:
    """«цель X» asks why X is done: the entry stating the purpose, not the one describing X."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "explanation_purpose"), describe(reply)


def test_aims_that_are_an_entrys_content_keep_their_word(engine) -> None:
    """«Какие цели преследует новая Конституция?»: the reform's aims are what reform_aims states."""
    reply = engine.answer("Какие цели преследует новая Конституция согласно пресс-релизу?")
    assert (reply.kind, reply.entry_id) == ("answer", "reform_aims"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какая цель у Генпрокуратуры?",
        "Какова цель визита президента в Китай?",
        "What is the aim of the ombudsman?",
    ],
)
def test_a_purpose_the_text_does_not_state_is_declined(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


def test_what_someone_warns_against_saying_a_thing_is_to_be_done_is_its_purpose(engine) -> None:
    reply = engine.answer("От чего предостерёг Генпрокурор, говоря о необходимости разъяснять реформу?")
    assert (reply.kind, reply.entry_id) == ("answer", "explanation_purpose"), describe(reply)


def test_a_warning_of_someone_the_text_does_not_quote_is_declined(engine) -> None:
    reply = engine.answer("От чего предостерегал омбудсмен, призывая защищать права?")
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question", ["Кто такой Касым-Жомарт Токаев согласно тексту?", "Как в релизе пишется имя Президента?"]
)
def test_a_reference_to_the_release_or_its_text_frames_the_question(engine, question: str) -> None:
    """«согласно тексту», «в релизе»: the piece being read, not what is asked about; the entry naming
    Tokayev as the President tells who he is."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "reform_tokayev_link"), describe(reply)


@pytest.mark.parametrize(
    "question", ["Кто такой президент Франции?", "Кто автор релиза?", "Что говорит релиз о зарплатах?"]
)
def test_what_the_release_does_not_say_stays_declined(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("профилактика правонарушений где упомянута", "rights_protection_priority"),
        ("Where is artificial intelligence mentioned?", "digital_solutions"),
    ],
)
def test_where_a_thing_is_mentioned_is_what_the_text_says_of_it(engine, question: str, entry_id: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize("question", ["Где упоминается референдум?", "Где написано о смертной казни?"])
def test_where_something_the_text_never_names_is_mentioned_is_declined(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какую цель преследует разъяснительная работа и какие риски она снижает?",
        "Какие риски снижает разъяснительная работа?",
    ],
)
def test_the_risks_a_thing_reduces_are_what_it_is_for(engine, question: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "explanation_purpose"), describe(reply)


@pytest.mark.parametrize(
    "question", ["Какие риски снижает цифровизация?", "Какой риск помогает избежать цифровизация?"]
)
def test_risks_a_thing_is_not_said_to_reduce_are_declined(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


def test_kakov_opens_a_further_question(engine) -> None:
    """«…и каковы основные положения его выступления?»: «каковы» asks a question of its own; the
    clause with «его» is not asked alone, the first one is answered."""
    reply = engine.answer("Кто выступал на мероприятии и каковы основные положения его выступления?")
    assert (reply.kind, reply.entry_id) == ("answer", "speaker"), describe(reply)


def test_the_release_frames_an_english_question_too(engine) -> None:
    reply = engine.answer("What does the release say about the President?")
    assert (reply.kind, reply.entry_id) == ("answer", "reform_tokayev_link"), describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Кто из руководителей правоохранительной системы выступал перед участниками?", "speaker"),
        ("Кто из прокуратуры выступал?", "speaker"),
        ("Which of the law enforcement officials spoke?", "speaker"),
        ("Был ли кто-то от главы государства?", "participant_administration"),
        ("Был ли кто-то от главы государства, то есть из его аппарата?", "participant_administration"),
        ("Что сказала прокуратура в лице руководителя?", "prosecutor_speech"),
    ],
)
def test_which_member_of_a_group_is_answered_from_its_member(engine, question: str, entry_id: str) -> None:
    """synonyms.yaml `members`: the Prosecutor General heads the prosecution, one of the
    law-enforcement bodies; the Administration is the President's office («кто-то от…»)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кто руководитель правоохранительной системы?",
        "Кто руководит правоохранительными органами?",
        "Кто глава правоохранительной системы?",
        "Кто из полицейских выступал?",
        "Кто из правоохранителей голосовал?",
        "Что сказал парламент в лице его руководителя?",
    ],
)
def test_who_heads_a_group_or_a_member_it_does_not_name_stays_declined(engine, question: str) -> None:
    """The text does not say who heads law enforcement, and the prosecution is no police."""
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


def test_which_of_the_state_leaders_is_not_someone_from_the_president(engine) -> None:
    """«из» a group of leaders asks which of them (the President too): `via: [от, from]` keeps the
    Administration, his office, for «кто-то от президента»."""
    reply = engine.answer("Кто из руководителей государства упоминается в материале?")
    assert (reply.kind, reply.entry_id) == ("answer", "reform_tokayev_link"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Каковы, по словам Асылова, цели предлагаемых изменений?",
        "According to the prosecutor general, what is the aim of the amendments?",
    ],
)
def test_whose_words_frame_a_purpose_question_not_its_subject(engine, question: str) -> None:
    """«по словам X», "according to X": whose words are asked, not whose aims: the aims of the
    changes in the Prosecutor General's words are the assessment closing his speech."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


@pytest.mark.parametrize(
    "question", ["Какова цель Асылова?", "По словам генпрокурора, какая цель у омбудсмена?"]
)
def test_the_aims_of_someone_the_text_states_none_of_stay_declined(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Какое место занимает правосознание общества в выступлении прокурора?", "prosecutor_speech"),
        ("Какое место отводится профилактике?", "rights_protection_priority"),
    ],
)
def test_the_place_a_thing_takes_is_its_role(engine, question: str, entry_id: str) -> None:
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какое место занимает Казахстан в рейтинге?",
        "В каком месте прошёл круглый стол?",
        "Какое место занимает омбудсмен в выступлении прокурора?",
    ],
)
def test_a_place_the_text_does_not_give_stays_declined(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("кто от АП был", "participant_administration"),
        ("слушай а кто там от АП был", "participant_administration"),
        ("Кто от парламента был?", "participant_parliament"),
    ],
)
def test_who_from_a_body_was_there_asks_whether_someone_was(engine, question: str, entry_id: str) -> None:
    """«кто от X был» is «был ли кто-то от X»: the entry saying X's representatives took part answers."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кто от полиции был?",
        "кто там от полиции был",
        "Кто именно из Администрации Президента присутствовал?",
        "Кто представлял Администрацию Президента?",
    ],
)
def test_who_by_name_or_from_a_body_not_there_stays_declined(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("What about uniform application of legislation?", "equality_before_law"),
        ("Were legislators there?", "participant_parliament"),
    ],
)
def test_legislation_is_the_laws_and_legislators_parliament(engine, question: str, entry_id: str) -> None:
    """Snowball stems "legislation" and "legislator" alike («legisl»): they are kept apart."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


def test_legislation_the_text_does_not_name_stays_declined(engine) -> None:
    reply = engine.answer("What new legislation on taxes will be adopted?")
    assert reply.kind != "answer", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "будут ли нейронки в прокуратуре",
        "ии в правоохранке будет?",
        "Is artificial intelligence going to be introduced in law enforcement?",
    ],
)
def test_whether_a_thing_of_the_legal_sphere_is_in_a_body_working_in_it(engine, question: str) -> None:
    """synonyms.yaml `spheres`: what the text says of the legal sphere is said of the prosecution
    and law enforcement, for a question whether something is there; the answer names the sphere."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "digital_solutions"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какую систему искусственного интеллекта внедрят в прокуратуре?",
        "Будет ли блокчейн в прокуратуре?",
        "Будут ли в прокуратуре повышать зарплаты?",
        "Будет ли прокуратура использовать ИИ для слежки?",
        "Будет ли ИИ в судах?",
    ],
)
def test_which_thing_or_what_the_sphere_is_not_said_to_have_stays_declined(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind != "answer", describe(reply)


def test_the_supervisory_official_is_the_prosecutor_general(engine) -> None:
    """«надзорный чиновник» beside «руководитель надзорного ведомства»: the one prosecutor the text names."""
    reply = engine.answer("Что главный надзорный чиновник считает необходимым продолжать?")
    assert (reply.kind, reply.entry_id) == ("answer", "explanatory_work"), describe(reply)


def test_what_the_text_does_not_say_of_the_supervisory_official_stays_declined(engine) -> None:
    reply = engine.answer("Сколько зарабатывает надзорный чиновник?")
    assert reply.kind != "answer", describe(reply)


def test_a_familiar_address_is_no_subject(engine) -> None:
    """«братан»: whom the asker speaks to, not what is asked."""
    reply = engine.answer("братан че за круглый стол был 27го")
    assert reply.kind == "answer", describe(reply)
    assert engine.answer("братан налоги поднимут?").kind == "none"


def test_a_colloquial_please_is_no_subject(engine) -> None:
    """«плз», «пж», "pls": a request's politeness, not what is asked."""
    reply = engine.answer("кратко о чем релиз плз")
    assert (reply.kind, reply.entry_id) == ("answer", "about_document"), describe(reply)
    assert engine.answer("налоги снизят плз").kind == "none"


def test_a_day_guessed_beside_when_asks_the_date(engine) -> None:
    """«какого числа было? 27-е?»: the day is the asker's guess of the answer; a number that is no
    day or year stays a word of the question."""
    if len(engine.kb.sources) != 1:
        pytest.skip("beside other documents «when» alone does not say which one is meant")
    assert engine.answer("какого числа было?? 27-го?").entry_id == "event_date"
    assert engine.answer("когда 123?").kind == "none"


def test_digital_tools_are_the_digital_solutions(engine) -> None:
    reply = engine.answer("How will personal data be protected as digital tools are introduced?")
    assert reply.entry_id == "personal_data_protection", describe(reply)
    assert engine.answer("Which digital tools will the tax office use?").kind == "none"


@pytest.mark.parametrize(
    "question",
    [
        "Продолжением чего называют конституционную реформу в пресс-релизе?",
        "Почему реформу называют именно последовательным продолжением?",
    ],
)
def test_a_verb_of_naming_frames_what_the_text_says(engine, question: str) -> None:
    """«X называют продолжением чего»: how the text names a thing, no word of its own."""
    reply = engine.answer(question)
    assert reply.entry_id in ("reform_tokayev_link", "reform_aims"), describe(reply)


def test_a_verb_of_naming_leaves_the_question_asked(engine) -> None:
    assert engine.answer("Кого называют автором реформы?").kind == "none"


def test_a_verb_of_saying_after_which_describes_a_thing(engine) -> None:
    """«продолжением которых считают реформу»: what the thing is held to be, no one's words asked."""
    reply = engine.answer(
        "На что были направлены инициативы Президента, продолжением которых считают реформу?"
    )
    assert reply.entry_id == "reform_aims", describe(reply)
    assert engine.answer("Какие инициативы, которые считают важными, назвал генпрокурор?").kind == "none"


@pytest.mark.parametrize(
    "question",
    [
        "What did the Prosecutor General warn could happen without systematic outreach?",
        "Чего опасается генпрокурор без разъяснительной работы?",
    ],
)
def test_a_fear_of_a_thing_left_undone_asks_its_purpose(engine, question: str) -> None:
    """«без X», "without X": a thing not done, as «если не…»; what is feared then is what X prevents."""
    reply = engine.answer(question)
    assert reply.entry_id == "explanation_purpose", describe(reply)


def test_a_fear_without_a_thing_the_text_never_names_is_declined(engine) -> None:
    assert engine.answer("Чего боится генпрокурор без налоговой реформы?").kind == "none"


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (
            "Готовлю заметку в районную газету: в двух словах, чему был посвящён круглый стол 27 февраля?",
            "about_document",
        ),
        ("Что обсуждали на круглом столе 27 февраля?", "practical_focus"),
    ],
)
def test_the_documents_own_date_beside_what_is_asked_names_the_event(
    engine, question: str, entry_id: str
) -> None:
    """«чему», «что»: a question of its own, the date only names the event (no yes/no about the date)."""
    reply = engine.answer(question)
    assert reply.entry_id == entry_id, describe(reply)


def test_another_date_beside_what_is_asked_is_declined(engine) -> None:
    assert engine.answer("чему был посвящён круглый стол 15 марта?").kind == "none"


@pytest.mark.parametrize(
    "question",
    [
        "Why does he consider broad involvement of the professional and civic community important?",
        "Why is broad public discussion of the draft considered important?",
    ],
)
def test_a_verb_of_judging_before_its_adjective_is_no_subject(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.entry_id == "explanation_purpose", describe(reply)


@pytest.mark.parametrize(
    "question", ["Will parliament consider the draft?", "Why does he consider tax cuts important?"]
)
def test_a_verb_of_judging_leaves_the_question_asked(engine, question: str) -> None:
    assert engine.answer(question).kind == "none"


@pytest.mark.parametrize(
    "question",
    [
        "Чьи инициативы продолжает конституционная реформа — Президента или Парламента?",
        "Реформа продолжает инициативы Президента или омбудсмена?",
    ],
)
def test_people_offered_as_alternatives_are_answered_by_either(engine, question: str) -> None:
    """«Президента или Парламента?»: bodies the documents name, offered on both sides of «или», ask
    which of them; the entry naming one tells it. A detail the text never gives stays declined."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "reform_tokayev_link"), describe(reply)
    other = engine.answer("Какую зарплату получит Президент или Парламент?")
    assert other.kind == "none", describe(other)


def test_the_purpose_pursued_asks_what_a_thing_is_for(engine) -> None:
    """«Какую цель преследует X?» asks what X is for (kind reason), as «с какой целью»: the entry
    saying whom to involve does not state it; «цель» stays a word shared with an entry of aims."""
    reply = engine.answer("Какую цель преследует широкое вовлечение общества в обсуждение новелл?")
    assert (reply.kind, reply.entry_id) == ("answer", "explanation_purpose"), describe(reply)
    aims = engine.answer("Какие цели преследует новая Конституция?")
    assert (aims.kind, aims.entry_id) == ("answer", "reform_aims"), describe(aims)
    assert engine.answer("Какую цель преследует снижение налогов?").kind == "none"


@pytest.mark.parametrize(
    "question",
    [
        "Предупреждал ли генпрокурор о риске неверного толкования реформ?",
        "Did the Prosecutor General warn of the risk of misinterpretation?",
    ],
)
def test_a_warning_of_a_danger_of_a_named_thing_asks_what_is_avoided(engine, question: str) -> None:
    """A warning of the danger of a thing the documents name asks what is to be avoided: the entry
    stating that purpose answers. A danger of a thing they never name stays declined."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "explanation_purpose"), describe(reply)
    assert engine.answer("Предупреждал ли генпрокурор о риске повышения налогов?").kind == "none"


def test_for_what_after_a_noun_asks_what_the_thing_became(engine) -> None:
    """«Площадкой для чего стал круглый стол?»: «для чего» after a noun asks what that noun is for,
    not why; the entry saying what the round table became answers. Another event stays declined."""
    reply = engine.answer("Площадкой для чего стал круглый стол?")
    assert (reply.kind, reply.entry_id) == ("answer", "outcome"), describe(reply)
    assert engine.answer("Площадкой для чего стала пресс-конференция?").kind == "none"


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Что подчеркнули участники по поводу предлагаемых изменений?", "long_term_guidelines"),
        ("Кто ещё кроме госорганов участвовал — учёные, общественники?", "participants"),
        ("Что имеется в виду под равенством перед законом?", "equality_before_law"),
        ("Что имел в виду генпрокурор под законом и порядком?", "law_and_order_meaning"),
        ("What is named as the foundation of sustainable law and order?", "legal_consciousness"),
        ("Будут ли лучше защищать права простых граждан?", "rights_protection_priority"),
    ],
)
def test_words_framing_the_question_name_no_subject(engine, question: str, entry_id: str) -> None:
    """«по поводу X» (about X), what «кроме X» leaves out up to its verb, the impersonal «имеется в
    виду» (means), "named as" (called), «простые граждане» (citizens): none is a subject of its own."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что подчеркнули участники по поводу налогов?",
        "Кто ещё кроме госорганов участвовал — банкиры?",
        "Что имеется в виду под налоговой амнистией?",
        "Будут ли простые граждане платить меньше налогов?",
    ],
)
def test_framing_words_leave_an_unknown_subject_declined(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кого нужно вовлекать в обсуждение?",
        "Кто должен быть вовлечён в обсуждение?",
        "Who should be involved in the discussion?",
        "Кто говорил о необходимости широкого вовлечения общества в обсуждение?",
    ],
)
def test_whom_to_involve_is_answered(engine, question: str) -> None:
    """«Кого», a passive, or who said it: the entry naming whom to involve (kind `whom`) answers."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "public_involvement"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кто будет вовлекать общество в обсуждение?",
        "Кто будет разъяснять проект Конституции людям?",
        "Who will involve the public in the discussion?",
    ],
)
def test_who_acts_is_not_whom_to_involve(engine, question: str) -> None:
    """The document names whom to involve, not who will involve or explain: declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_aims_someone_named_are_his_words_not_a_purpose(engine) -> None:
    """«Какие цели изменений назвал генпрокурор?»: the aims he named (plural, a verb of saying) are
    what the changes are aimed at, not why open dialogue matters; aims of a thing never named stay
    declined."""
    reply = engine.answer("Какие цели изменений назвал генпрокурор?")
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)
    assert engine.answer("Какие цели налоговой реформы назвал генпрокурор?").kind == "none"


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Какие категории участников перечислены в тексте?", "participants"),
        ("Что говорится о правах человека в конце текста?", "constitutional_model_principles"),
        ("Опиши итоги круглого стола в двух предложениях", "outcome"),
        ("дочка, скажи кто выступал от прокуратуры", "speaker"),
        ("Какие органы государственной власти были представлены?", "participants"),
        ("Чьи инициативы продолжает реформа и кто выступал?", "reform_tokayev_link"),
        (
            "Какую модель государства должна сформировать реформа наряду с другими инициативами президента?",
            "fair_kazakhstan",
        ),
        ("Как закрепление закона и порядка скажется на общественном сознании?", "legal_consciousness"),
        (
            "Как характеризуется конституционная реформа — как разрыв с прошлым или как продолжение?",
            "reform_aims",  # «Реформа названа продолжением инициатив Президента…»
        ),
        ("О проекте какого документа говорится в пресс-релизе?", "about_document"),
    ],
)
def test_round_25_readings_find_what_is_asked(engine, question: str, entry_id: str) -> None:
    """A kind of a thing («категории участников»), a place in the piece («в конце текста»), a length
    («в двух предложениях»), a form of address («дочка»), the full name of state bodies, «чьи»
    opening a clause, «наряду с другими» (no others asked), «общественное сознание», the head of an
    unknown alternative after a known word, which document a thing named is of (the piece word
    kept: «проект какого документа»)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие два предложения внёс генпрокурор?",
        "Какие налоги снизят вместе с другими реформами?",
        "Как в тексте характеризуется налоговая реформа — как разрыв с прошлым или как продолжение?",
        "Что говорится о налогах в последнем абзаце?",
        "Какие категории граждан получат льготы?",
        "сынок, скажи, налоги снизят?",
        "Какие органы государственной власти получат новые полномочия?",
    ],
)
def test_round_25_readings_leave_the_unknown_declined(engine, question: str) -> None:
    """«два предложения» are proposals, not a length; what the documents never name stays declined
    beside those readings."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        # a group asked which member of: public organisations are of the public (civil society)
        ("Кто из госорганов и общественности сидел за круглым столом?", "participants"),
        ("Кто из госорганов и общественности участвовал в круглом столе?", "participants"),
        # «кто (там, вообще) был из / от X»: whether someone from X was there
        ("А кто там вообще был из правозащитного института?", "participant_ombudsman"),
        ("Кто был от Администрации Президента?", "participant_administration"),
        ("Кто был из депутатов?", "participant_parliament"),
        # a length of the reply: «одной фразой», «одной строкой», "one-line"
        ("Одной фразой: как генпрокурор оценил проект?", "overall_assessment"),
        ("Одной строкой: кто участвовал?", "participants"),
        ("Give me a one-line summary of the round table, with its date.", "about_document"),
        ("In one line: what did the prosecutor general say?", "prosecutor_speech"),
        # a headline asked for is the reply's form
        ("Дай короткий заголовок: главное с круглого стола по Конституции", "about_document"),
        ("Придумайте заголовок: о чём круглый стол?", "about_document"),
        # «аргументы в пользу X», "arguments for X": why X
        # open_dialogue states the argument too («Такой подход позволяет избежать неточных интерпретаций…»)
        ("Какие аргументы в пользу открытого обсуждения проекта приводятся в тексте?", "open_dialogue"),
        ("Какие доводы в пользу вовлечения общества приводятся?", "explanation_purpose"),
        # the direction of legal culture names what it is for
        ("Зачем участники обсуждали развитие правовой культуры?", "legal_culture"),
        ("Зачем развивать правовую культуру?", "legal_culture"),
    ],
)
def test_round_26_readings_find_what_is_asked(engine, question: str, entry_id: str) -> None:
    """Members of a group asked for («кто из общественности»: public organisations), a past «быть»
    between «кто» and «из / от», a length of the reply («одной фразой», "one-line") or a headline
    asked for (its form), «аргументы в пользу» (why), the purpose the direction of legal culture
    names."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Кто из общественности выступал?",
        "Кто был из банкиров?",
        "Кто был от партии Аманат?",
        "Одной фразой: как генпрокурор оценил налоги?",
        "Какой заголовок у пресс-релиза?",
        "Дай короткий заголовок: главное о налоговой реформе",
        "Какие аргументы в пользу снижения налогов приводятся?",
        "Какие аргументы против открытого обсуждения приводятся?",
        "Зачем участники обсуждали налоговую культуру?",
    ],
)
def test_round_26_readings_leave_the_unknown_declined(engine, question: str) -> None:
    """Those readings leave what the documents never say declined: who of the public spoke, bankers,
    a party, taxes, the press release's own headline, arguments against."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Талкылауга Президент Акимшилигинен окилдер катысты ма", "participant_administration"),
        ("Сандык шешимдер туралы не айтылды", "digital_solutions"),
        ("Бас прокурор кукыктык сана туралы не айтты", "legal_consciousness"),
        ("Кукыктык сананы ныгайту туралы не делинген", "legal_consciousness"),
        ("Парламент окилдери талкылауга катысты ма", "participant_parliament"),
    ],
)
def test_round_26_readings_kazakh_typed_without_its_letters(engine, question: str, entry_id: str) -> None:
    """Kazakh typed on a Russian keyboard («кукыктык» for «құқықтық», «Акимшилигинен» for
    «Әкімшілігінен»): its letters restored from the knowledge base's Kazakh words and stems (the
    ending by vowel harmony), it is read as Kazakh is."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id, reply.lang) == ("answer", entry_id, "kk"), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Талкылауга банк окилдери катысты ма", "Сандык салык туралы не айтылды"],
)
def test_round_26_readings_kazakh_without_letters_near_misses(engine, question: str) -> None:
    """Restoring the letters invents no word: a bank, a tax stay declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_kazakh_letters_restored_only_as_the_knowledge_base_spells() -> None:
    """A word restored whole when one knowledge-base word is typed so, a start when it is one's stem
    (the ending by vowel harmony); Russian and unknown words, and words two spellings share, stay."""
    from bot.qa.kazakh import Spellings

    spellings = Spellings(["Президент Әкімшілігінің өкілдері", "құқықтық сана", "қол", "көл"])
    assert spellings.restore("Акимшилигинен окилдер") == "әкімшілігінен өкілдер"
    assert spellings.restore("кукыктык") == "құқықтық"
    assert spellings.restore("кол Президент банк") == "кол Президент банк"
    # a text typed partly with its letters has its other words restored too (round 35e), the words
    # typed with them stay as typed
    assert spellings.restore("құқықтық кукыктык") == "құқықтық құқықтық"
    assert spellings.restore("құқықтық кол") == "құқықтық кол"


def test_round_26_readings_a_long_story_in_few_terms_is_asked_from_its_question(engine) -> None:
    """A long message told in few terms the documents know (24 words or more) is asked again from
    its question words on, as one of many terms is; a tail the documents cannot answer stays
    declined."""
    story = (
        "мне соседка говорила что теперь будут за нами следить через компьютеры {} "
        "и всё такое так правда или нет "
    )
    reply = engine.answer(
        story.format("искусственный интеллект") + "что там про наши личные данные говорили на этом обсуждении"
    )
    assert (reply.kind, reply.entry_id) == ("answer", "personal_data_protection"), describe(reply)
    reply = engine.answer(story.format("") + "что там про налоги говорили на этом обсуждении")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Какой пункт списка касается цифровых решений и что в нём сказано?", "key_directions"),
        ("Что говорится в пункте перечня о защите персональных данных?", "personal_data_protection"),
        ("Какой пункт из перечня направлений касается персональных данных?", "key_directions"),
    ],
)
def test_round_26_readings_an_item_of_the_list(engine, question: str, entry_id: str) -> None:
    """«пункт списка», «пункт перечня»: one of the items the list holds, asked by what it is about."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какой пункт Конституции касается цифровых решений?",
        "Какой пункт списка касается налогов?",
        "Какой пункт из перечня касается налогов?",
        "Какой пункт из Конституции касается персональных данных?",
    ],
)
def test_round_26_readings_an_item_of_the_list_near_misses(engine, question: str) -> None:
    """A clause of the Constitution is no item of the text's list; an item about taxes is none of
    its items: declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_kazakh_stem_of_five_endings() -> None:
    """«бұзушылықтарға» and «бұзушылыққа» (to offences, to an offence) share their stem: five
    endings are stripped, not four."""
    from bot.qa.kazakh import stem

    assert stem("бұзушылықтарға") == stem("бұзушылыққа") == stem("бұзушылық")


@pytest.mark.parametrize(
    "question",
    ["Құқық бұзушылықтарға қатысты қандай ұстаным айтылды?", "Құқық бұзушылықтарға қатысты не айтылды?"],
)
def test_round_26_readings_kazakh_plural_dative_offences(engine, question: str) -> None:
    """What is said of offences in the plural dative: zero tolerance (law_and_order_meaning)."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "law_and_order_meaning"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Құқық бұзушылықтарға қатысты қандай айыппұлдар енгізіледі?",
        "Салық бұзушылықтарға қатысты не айтылды?",
        "Құқық бұзушылықтарға қанша адам сотталды?",
    ],
)
def test_round_26_readings_kazakh_offences_near_misses(engine, question: str) -> None:
    """Fines, tax offences, how many were convicted: the documents do not say; declined."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Құқық бұзушылықтарға қандай көзқарас болуы керек?",
        "Бас прокурордың құқық бұзушылыққа көзқарасы қандай?",
    ],
)
def test_round_26_readings_kazakh_attitude_frames(engine, question: str) -> None:
    """«көзқарас» (an attitude to) frames the question as «отношение» does: zero tolerance to
    offences is the attitude the text states."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "law_and_order_meaning"), describe(reply)


def test_round_26_readings_kazakh_attitude_to_the_unknown_declined(engine) -> None:
    """An attitude to something the documents never name is declined."""
    reply = engine.answer("Салыққа қандай көзқарас болуы керек?")
    assert reply.kind == "none", describe(reply)
