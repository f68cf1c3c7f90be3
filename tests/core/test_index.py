"""The index alone, over small synthetic knowledge bases built in the test (no YAML, no engine)."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest

from bot.qa import index as index_module
from bot.qa.analyzer import Analyzer, Vocabulary
from bot.qa.index import (
    COVERAGE_WEIGHT,
    GRAMS_WEIGHT,
    MAX_CANDIDATES,
    OWN_STATISTICS_MIN_ENTRIES,
    SIMILARITY_WEIGHT,
    EntryScore,
    Index,
    compile_index,
)
from bot.qa.kb import Entry, KnowledgeBase, RepliesFile, Source, SourceMeta, SynonymsFile
from bot.qa.morph import Morphology, WordInfo, shared_morphology

SOURCE_TEXT = "Синтетический источник для проверки индекса."


Entries = list[tuple[str, list[str], str]]


def make_kb(entries: Entries, synonyms: SynonymsFile | None = None) -> KnowledgeBase:
    """A knowledge base of (id, questions, answer) entries; each quotes its answer."""
    return make_sources({"synthetic": entries}, synonyms)


def make_sources(by_source: dict[str, Entries], synonyms: SynonymsFile | None = None) -> KnowledgeBase:
    """A knowledge base with a source (and a FAQ file) per key."""
    sources = {
        sid: Source(meta=SourceMeta(id=sid, title="Синтетика", date=dt.date(2026, 1, 1)), text=SOURCE_TEXT)
        for sid in by_source
    }
    return KnowledgeBase(
        sources=sources,
        entries=tuple(
            Entry(id=eid, topic="Тема", questions=tuple(qs), answer=answer, quotes=(answer,), source=sid)
            for sid, entries in by_source.items()
            for eid, qs, answer in entries
        ),
        synonyms=synonyms or SynonymsFile(),
        smalltalk=(),
        replies=RepliesFile.model_validate(
            {
                "off_topic": "не по теме",
                "not_found": "нет",
                "not_found_nearby": "рядом",
                "not_in_document": "не говорится",
                "clarify": "уточните",
                "long_question": "длинно: {question}",
                "partial_question": "часть: {question}",
            }
        ),
    )


def analyzer_for(kb: KnowledgeBase) -> Analyzer:
    s = kb.synonyms
    return Analyzer(
        shared_morphology(),
        synonym_groups=s.groups,
        question_words={str(kind): words for kind, words in s.question_words.items()},
        stopwords=s.stopwords,
    )


def ranked(kb: KnowledgeBase, question: str) -> list[tuple[str, float]]:
    base = analyzer_for(kb)
    index = Index.build(kb, base)
    analysis = base.with_vocabulary(index.vocabulary).analyse(question)
    return [(s.entry_id, s.score) for s in index.rank(analysis)]


ANIMALS = [
    ("cats", ["Чем кормить кошку?", "корм для кошек"], "Кошку кормят рыбой и мясом."),
    ("dogs", ["Как выгуливать собаку?", "прогулка с собакой"], "Собаку выгуливают дважды в день."),
    ("birds", ["Где зимуют перелётные птицы?"], "Перелётные птицы зимуют на юге."),
]


FILLERS = [(f"filler{i}", [f"Вопрос о предмете номер {i}"], f"Ответ номер {i}.") for i in range(10)]


def test_a_question_asked_word_for_word_scores_full_marks() -> None:
    kb = make_kb(ANIMALS + FILLERS)  # enough entries for specific words to outweigh MIN_QUESTION_WEIGHT
    base = analyzer_for(kb)
    index = Index.build(kb, base)
    best = index.rank(base.with_vocabulary(index.vocabulary).analyse("Чем кормить кошку?"))[0]
    assert best.entry_id == "cats"
    assert best.coverage == pytest.approx(1.0)
    assert best.similarity == pytest.approx(1.0)
    assert best.score == pytest.approx(100 * (COVERAGE_WEIGHT + SIMILARITY_WEIGHT + GRAMS_WEIGHT))


def test_other_word_forms_find_the_same_entry() -> None:
    assert ranked(make_kb(ANIMALS), "чем кормят кошек")[0][0] == "cats"
    assert ranked(make_kb(ANIMALS), "выгулять собак")[0][0] == "dogs"


def test_scores_are_sorted_and_bounded() -> None:
    scores = [score for _, score in ranked(make_kb(ANIMALS), "кошка, собака и птицы")]
    assert len(scores) == 3
    assert scores == sorted(scores, reverse=True)
    assert all(0 <= score <= 100 for score in scores)


def test_a_question_sharing_no_term_ranks_nothing() -> None:
    assert ranked(make_kb(ANIMALS), "квантовая хромодинамика") == []


def test_a_rare_word_outweighs_a_common_one() -> None:
    # «закон» is in every entry, «аренда» in one: the rare word decides.
    entries = [(f"law{i}", [f"Что говорит закон о теме номер {i}?"], f"Закон о теме {i}.") for i in range(6)]
    entries.append(("rent", ["Что говорит закон об аренде жилья?"], "Закон регулирует аренду жилья."))
    result = ranked(make_kb(entries), "закон аренда")
    assert result[0][0] == "rent"
    assert result[0][1] > result[1][1] + 10


def test_the_analyzer_passed_in_decides_the_terms() -> None:
    """Synonyms live in the analyzer, not the index: the same entries match a synonym only when the
    analyzer that built the index knows the group."""
    entries = [("cec", ["Что делает избирательная комиссия?"], "Избирательная комиссия проводит выборы.")]
    entries.append(("court", ["Что делает суд?"], "Суд рассматривает дела."))
    plain = make_kb(entries)
    with_group = make_kb(entries, SynonymsFile(groups=(("избирательная комиссия", "ЦИК"),)))
    assert ranked(with_group, "ЦИК")[0][0] == "cec"
    assert ranked(plain, "ЦИК") == []


def test_only_the_entries_sharing_most_weight_are_scored() -> None:
    """Every entry shares «налог»; only MAX_CANDIDATES of them are scored, and the one that also
    shares the rare word is among them, first."""
    entries = [
        (f"tax{i}", [f"Какой налог платит предприятие номер {i}?"], f"Налог предприятия {i}.")
        for i in range(MAX_CANDIDATES + 40)
    ]
    entries.append(("farm", ["Какой налог платит фермерское хозяйство?"], "Налог фермерского хозяйства."))
    result = ranked(make_kb(entries), "налог фермерское хозяйство")
    assert len(result) == MAX_CANDIDATES
    assert result[0][0] == "farm"


def test_a_compiled_index_survives_pickling() -> None:
    kb = make_kb(ANIMALS)
    base = analyzer_for(kb)
    compiled = compile_index(kb, base)
    restored = Index(pickle.loads(pickle.dumps(compiled)))
    original = Index(compiled)
    analysis = base.with_vocabulary(original.vocabulary).analyse("где зимуют птицы")
    assert restored.rank(analysis) == original.rank(analysis)
    assert restored.rank(analysis)[0].entry_id == "birds"


def test_a_ranking_read_in_any_order_is_the_ranked_list() -> None:
    """`ranking` makes its rows as they are read: any order of reading gives `rank`'s rows."""
    entries = [
        (f"tax{i}", [f"Какой налог платит предприятие номер {i}?"], f"Налог предприятия {i}.")
        for i in range(MAX_CANDIDATES + 40)
    ]
    kb = make_kb(entries)
    base = analyzer_for(kb)
    index = Index.build(kb, base)
    analysis = base.with_vocabulary(index.vocabulary).analyse("налог предприятия номер 7")
    expected = index.rank(analysis)
    assert len(expected) == MAX_CANDIDATES
    first = index.ranking(analysis)
    assert (first[1], first[:3], first[40], first[-1]) == (
        expected[1],
        expected[:3],
        expected[40],
        expected[-1],
    )
    assert list(first) == expected
    assert first[5:90:7] == expected[5:90:7]
    second = index.ranking(analysis)
    partly = next(iter(second))  # a scan stopped early, then the rest read
    assert len(second) == len(expected)
    assert [partly, *second[1:]] == expected
    with pytest.raises(IndexError):
        second[len(expected)]


# -- Per-source statistics -------------------------------------------------------------------------
ANIMALS_KEPT = (
    "кошкой", "собакой", "попугаем", "хомяком", "кроликом", "черепахой", "ящерицей", "рыбкой",
    "морской свинкой", "шиншиллой", "хорьком", "канарейкой", "ежом", "крысой", "мышью", "улиткой",
    "змеей", "лягушкой", "енотом", "козой", "овцой", "лошадью",
)  # fmt: skip
PETS = [
    (
        f"pet{i}",
        [f"Как ухаживать за {animal}?", f"Чем кормить {animal}?"],
        f"За {animal} ухаживают каждый день.",
    )
    for i, animal in enumerate(ANIMALS_KEPT)
]
# An unrelated document that often uses «день» and «корм», rare among the pets: with statistics over
# the whole base these would weigh less, and the pets' scores would move.
TAXES = [
    (f"tax{i}", [f"Какой налог платят в день номер {i}?"], f"Налог за день номер {i} платят в бюджет.")
    for i in range(30)
] + [
    (f"feed{i}", [f"Облагается ли налогом корм номер {i}?"], f"Корм номер {i} облагается.") for i in range(30)
]
PET_QUESTIONS = ["Чем кормить кролика каждый день?", "как ухаживать за ежом", "корм для попугая", "хомяк"]


def scores_of(kb: KnowledgeBase, question: str, prefix: str) -> list[EntryScore]:
    base = analyzer_for(kb)
    index = Index.build(kb, base)
    return [
        s
        for s in index.rank(base.with_vocabulary(index.vocabulary).analyse(question))
        if s.entry_id.startswith(prefix)
    ]


def test_a_large_source_scores_alike_with_an_unrelated_source_beside_it() -> None:
    assert len(PETS) >= OWN_STATISTICS_MIN_ENTRIES
    alone, beside = make_sources({"pets": PETS}), make_sources({"pets": PETS, "taxes": TAXES})
    for question in PET_QUESTIONS:
        before, after = scores_of(alone, question, "pet"), scores_of(beside, question, "pet")
        assert before, question
        assert [s.entry_id for s in after] == [s.entry_id for s in before], question
        for a, b in zip(after, before, strict=True):
            assert (a.score, a.coverage, a.similarity) == pytest.approx((b.score, b.coverage, b.similarity))


def test_a_small_source_takes_the_whole_bases_statistics() -> None:
    """Below OWN_STATISTICS_MIN_ENTRIES a source's own frequencies mean little: its entries are
    weighed with the whole base's, so a document beside it does move them."""
    few = PETS[: OWN_STATISTICS_MIN_ENTRIES - 1]
    before = scores_of(make_sources({"pets": few}), PET_QUESTIONS[0], "pet")
    after = scores_of(make_sources({"pets": few, "taxes": TAXES}), PET_QUESTIONS[0], "pet")
    assert [s.entry_id for s in after][:1] == [s.entry_id for s in before][:1]
    assert after[0].score != pytest.approx(before[0].score)


def test_with_one_source_there_is_one_set_of_statistics() -> None:
    kb = make_sources(
        {"pets": PETS + [(f"extra{i}", [f"Вопрос номер {i}"], f"Ответ {i}.") for i in range(30)]}
    )
    compiled = compile_index(kb, analyzer_for(kb))
    assert len(compiled.statistics_max_idf) == 1
    assert not compiled.entry_statistics.any()
    assert compiled.statistics_max_idf[0] == compiled.max_idf


def test_the_users_analyzer_repairs_a_word_the_knowledge_bases_analyzer_saw_first() -> None:
    """The analyzers keep per-word memos; the one with the vocabulary must not reuse the other's."""
    kb = make_kb(ANIMALS)
    base = analyzer_for(kb)
    typo = "корпм"
    assert base.analyse(typo).values != {"корм"}  # no vocabulary to repair it onto
    index = Index.build(kb, base)
    assert base.with_vocabulary(index.vocabulary).analyse(typo).values == {"корм"}


def test_one_very_long_question_keeps_the_trigrams_unpadded_and_ranks_alike(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The trigram matrix is padded to the longest question; a base where that would cost many times
    the trigrams themselves counts them from the packed rows instead, with the same scores."""
    animals = "кошек собак птиц рыб коров лошадей овец коз кроликов хомяков черепах попугаев ящериц змей"
    long_question = f"Какие правила касаются {animals}, пчёл, верблюдов, оленей и медведей?"
    short = [(f"short{i}", [f"Вопрос номер {i}"], f"Ответ {i}.") for i in range(40)]
    kb = make_kb([*ANIMALS, *short, ("long", [long_question, "короткий вопрос о коровах"], "Длинный ответ.")])
    base = analyzer_for(kb)
    compiled = compile_index(kb, base)
    unpadded = Index(compiled)
    monkeypatch.setattr(index_module, "GRAM_MATRIX_MAX_SIZE", 1_000)
    padded = Index(compiled)
    assert unpadded._gram_matrix is None
    assert padded._gram_matrix is not None
    for question in ("Чем кормить кошку?", "правила о коровах и птицах", "прогулка с собакой"):
        analysis = base.with_vocabulary(unpadded.vocabulary).analyse(question)
        assert unpadded.rank(analysis) == padded.rank(analysis)
        assert unpadded.rank(analysis)  # something was scored


def test_the_index_carries_each_vocabulary_word_as_a_fresh_morphology_reads_it() -> None:
    """What a loaded index teaches the morphology (Morphology.learn) is what parsing the word gives:
    a process that learnt the readings answers exactly as one that parses every word."""
    kb = make_kb(ANIMALS + FILLERS)
    compiled = compile_index(kb, analyzer_for(kb))
    assert len(compiled.surface_readings) == len(compiled.surface_words)
    parsing, learning = Morphology(), Morphology()
    learning.learn(compiled.surface_words, compiled.surface_readings)
    for word in compiled.surface_words:
        assert learning.info(word) == parsing.info(word)
        assert learning.lemmas(word) == parsing.lemmas(word)


def test_a_learnt_word_is_read_as_learnt_and_others_still_parsed() -> None:
    morphology = Morphology()
    morphology.learn(["кошками"], [("кошка", "NOUN", True, False, False, ("кошка", "кошки"))])
    assert morphology.info("кошками") == WordInfo("кошка", "NOUN", True)
    assert morphology.lemmas("кошками") == ("кошка", "кошки")  # as given, not as pymorphy has it
    assert morphology.info("собаками").lemma == "собака"


def test_the_index_carries_each_term_family_as_the_vocabulary_finds_it() -> None:
    talks = ("talks", ["Где обсуждали проект?"], "Обсуждение проекта шло в парламенте.")
    kb = make_kb([*ANIMALS, *FILLERS, talks])
    compiled = compile_index(kb, analyzer_for(kb))
    fresh = Vocabulary(compiled.surface_words, compiled.vocabulary_terms)
    assert len(compiled.term_families) == len(compiled.vocabulary_terms)
    for term, family in zip(compiled.vocabulary_terms, compiled.term_families, strict=True):
        assert family == fresh.family(term)
    assert any(compiled.term_families)  # обсуждать ~ обсуждение
    index = Index(compiled)
    assert index.vocabulary.family("обсуждать") == fresh.family("обсуждать") == ("обсуждение",)
    assert index.vocabulary.family("обсуждаться") == fresh.family("обсуждаться")  # no term: looked for
