"""The analyzer: from a user's words to the terms the knowledge base is indexed by."""

from __future__ import annotations

import pytest

from ._support import KNOWLEDGE_DIR


def values(analyzer, text: str) -> frozenset[str]:
    return analyzer.analyse(text).values


# -- lemmas: word forms of one word are one term ---------------------------------------------
@pytest.mark.parametrize(
    "forms",
    [
        ("участники", "участников", "участника", "участникам"),
        ("участвовал", "участвовали", "участвует", "участвовала"),
        ("направление", "направления", "направлениям", "направлений"),
        ("Конституция", "Конституции", "конституцию", "Конституцией"),
        ("обсуждался", "обсуждалось", "обсуждается"),
        ("правосознание", "правосознания", "правосознанием"),
        ("круглый стол", "круглого стола", "круглом столе", "круглым столом"),
    ],
)
def test_word_forms_give_the_same_terms(analyzer, forms: tuple[str, ...]) -> None:
    first = values(analyzer, forms[0])
    assert first, f"{forms[0]!r} has no terms at all"
    assert all(values(analyzer, form) == first for form in forms[1:]), {
        form: sorted(values(analyzer, form)) for form in forms
    }


@pytest.mark.parametrize(
    "forms",
    [
        ("қатысушылар", "қатысушыларға", "қатысушылардың"),
        ("кім", "кімнің", "кімдер"),
        ("құқықтары", "құқықтарын", "құқықтарының"),
        ("өзгерістер", "өзгерістерді", "өзгерістерге"),
    ],
)
def test_kazakh_word_forms_give_the_same_terms(analyzer, forms: tuple[str, ...]) -> None:
    """Kazakh endings are stripped (bot/qa/kazakh.py), not read as Russian ones."""
    first = analyzer.analyse(forms[0])
    for form in forms[1:]:
        other = analyzer.analyse(form)
        assert (other.values, other.kinds) == (first.values, first.kinds), (forms[0], form)


@pytest.mark.parametrize(
    "forms",
    [
        ("discussed", "discussion", "discuss"),
        ("assessed", "assessment", "assess"),
        ("built", "build", "building"),  # irregular verbs by their base form
        ("spoke", "speak", "speaking"),
    ],
)
def test_english_word_forms_give_the_same_terms(analyzer, forms: tuple[str, ...]) -> None:
    first = values(analyzer, f"what was {forms[0]}")
    assert first
    assert all(values(analyzer, f"what was {form}") == first for form in forms[1:])


def test_an_english_word_is_not_read_as_russian_transliteration(analyzer) -> None:
    """«day» is not «дай»: in English text only a word the knowledge base uses is turned into
    Cyrillic."""
    assert "day" in analyzer.analyse("On what day was the round table held?").text.split()


def test_a_noun_is_no_relative_of_a_verb_sharing_only_its_infinitive(analyzer) -> None:
    """«статья» (which the knowledge base never uses) must not become «стать», a word it does use."""
    assert values(analyzer, "статья") != values(analyzer, "стать")


def test_surname_forms_give_the_same_terms(analyzer) -> None:
    forms = ("Асылов", "Асылова", "Асылову", "Асыловым", "Берика Асылова")
    assert len({values(analyzer, form) for form in forms}) == 1, {
        form: sorted(values(analyzer, form)) for form in forms
    }


@pytest.mark.parametrize(
    ("with_yo", "without"),
    [("учёные", "ученые"), ("приём", "прием"), ("проведённый", "проведенный"), ("идёт", "идет")],
)
def test_yo_is_folded_in_lemmas(analyzer, with_yo: str, without: str) -> None:
    terms = values(analyzer, with_yo)
    assert terms == values(analyzer, without)
    assert not any("ё" in term for term in terms)


def test_question_sentence_with_and_without_yo_match_alike(engine) -> None:
    a = engine.answer("Когда прошёл круглый стол?")
    b = engine.answer("Когда прошел круглый стол?")
    assert (a.kind, a.entry_id) == (b.kind, b.entry_id) == ("answer", a.entry_id)


# -- typos are repaired onto the knowledge base's vocabulary ---------------------------------
@pytest.mark.parametrize(
    ("typo", "correct"),
    [
        ("учасники", "участники"),
        ("искуственный интелект", "искусственный интеллект"),
        ("образавание", "образование"),
        ("правасознание", "правосознание"),
        ("конституцыя", "конституция"),
        ("разьяснительная работа", "разъяснительная работа"),
        ("омбутсмен", "омбудсмен"),
        ("эфективнее", "эффективный"),  # a form the knowledge base never uses, by its lemma
    ],
)
def test_typos_are_repaired(analyzer, typo: str, correct: str) -> None:
    analysis = analyzer.analyse(typo)
    assert analysis.values == values(analyzer, correct)
    assert all(term.known for term in analysis.terms)


def test_a_short_unknown_word_is_not_forced_onto_the_vocabulary(analyzer) -> None:
    # Three letters are too few to tell a typo from another word.
    (term,) = analyzer.analyse("ыкс").terms
    assert not term.known


# -- synonyms --------------------------------------------------------------------------------
SYNONYM_PAIRS = [
    ("генпрокурор", "генеральный прокурор"),
    ("прокурор", "генеральный прокурор"),
    ("ИИ", "искусственный интеллект"),
    ("нейросеть", "искусственный интеллект"),
    ("омбудсмен", "уполномоченный по правам человека"),
    ("личные данные", "персональные данные"),
    ("основной закон", "конституция"),
    ("силовики", "правоохранительные органы"),
    ("Акорда", "администрация президента"),
    ("НКО", "общественная организация"),
    ("глава государства", "президент"),
    ("правовое сознание", "правосознание"),
    ("простые люди", "гражданин"),
    ("предмет обсуждения", "тема"),
    ("гос", "государство"),
]


@pytest.mark.parametrize(("phrase", "other"), SYNONYM_PAIRS)
def test_synonyms_map_onto_the_same_terms(analyzer, phrase: str, other: str) -> None:
    assert values(analyzer, phrase) == values(analyzer, other)


@pytest.mark.parametrize(("phrase", "other"), SYNONYM_PAIRS)
def test_synonyms_pairs_are_from_the_synonyms_file(phrase: str, other: str) -> None:
    """Guards the pairs above: both phrases sit in one curated group (case-insensitively)."""
    import yaml

    groups = yaml.safe_load((KNOWLEDGE_DIR / "synonyms.yaml").read_text(encoding="utf-8"))["groups"]
    as_sets = [{p.casefold() for p in group} for group in groups]
    wanted = {phrase.casefold(), other.casefold()}
    assert any(wanted <= group for group in as_sets), f"no group holds both {wanted}"


@pytest.mark.parametrize(
    ("inflected", "phrase"),
    [
        ("защита персональных данных", "защита персональные данные"),
        ("анализ больших данных", "анализ большие данные"),
        ("в Основном законе", "основной закон"),
        ("Основного закона", "конституция"),
        ("по Основному закону", "конституция"),
        ("о личных данных", "личные данные"),
    ],
)
def test_synonym_phrases_are_found_in_every_case(analyzer, inflected: str, phrase: str) -> None:
    """pymorphy gives «данные» the lemma «дать» but «данных» the lemma «данные», «основного» the
    lemma «основный» but «основной» its own: a phrase is found by any lemma its words may have."""
    assert values(analyzer, inflected) == values(analyzer, phrase)


def test_the_prosecutors_office_is_not_the_prosecutor(analyzer) -> None:
    """The text speaks of the Prosecutor General as a person, never of his office."""
    assert values(analyzer, "прокуратура") != values(analyzer, "генеральный прокурор")


def test_synonyms_work_inside_a_question(engine) -> None:
    a = engine.answer("Что сказал генпрокурор?")
    b = engine.answer("Что сказал генеральный прокурор?")
    assert a.kind == b.kind == "answer"
    assert a.entry_id == b.entry_id


# -- question kinds --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Когда прошёл круглый стол?", "when"),
        ("В каком году был круглый стол?", "when"),
        ("Какого числа это было?", "when"),
        ("Кто участвовал?", "who"),
        ("Кого вовлекать в обсуждение?", "who"),
        ("Кем является Асылов?", "who"),
        ("Сколько направлений выделили?", "how_many"),
        ("Где проходил круглый стол?", "where"),
        ("В каком городе проходил круглый стол?", "where"),
        ("Зачем нужна новая Конституция?", "reason"),
        ("Кто такой Асылов?", "who_is"),
        ("Что сказали представители Парламента?", "said"),
        ("Что предложил омбудсмен?", "said"),
        ("Парламент не деді?", "said"),
        ("Неліктен түсіндіру керек?", "reason"),
        ("Түсіндіру жұмысы неге қажет?", "reason"),
        ("Какие конкретно системы внедрят?", "items"),
        ("Какие конкретные поправки предложены?", "items"),
        ("Which specific measures are planned?", "items"),
        ("Назовите направления, которым уделили внимание.", "items"),
        ("On what day was it held?", "when"),
    ],
)
def test_question_kinds(analyzer, question: str, kind: str) -> None:
    assert analyzer.analyse(question).kinds == {kind}


@pytest.mark.parametrize(
    "question",
    [
        "What did the ombudsman's representatives suggest?",
        "What did the top prosecutor talk about?",
        "What did Asylov stress?",
    ],
)
def test_what_someone_said_is_asked_in_english_too(analyzer, question: str) -> None:
    """«did * say» spans a possessive («the ombudsman's»), and talking or stressing is saying."""
    assert "said" in analyzer.analyse(question).kinds


@pytest.mark.parametrize(
    "question", ["Что такое правосознание?", "правовая культура", "Что означает новая Конституция?"]
)
def test_questions_without_a_kind_word_have_no_kind(analyzer, question: str) -> None:
    assert analyzer.analyse(question).kinds == frozenset()


@pytest.mark.parametrize(
    "question",
    ["Был ли кто-то из Парламента?", "Был ли кто-нибудь от Парламента?", "Где-то упоминается Токаев?"],
)
def test_indefinite_pronouns_are_not_question_words(analyzer, question: str) -> None:
    assert analyzer.analyse(question).kinds == frozenset()


def test_a_question_phrase_around_other_words_keeps_them(analyzer) -> None:
    """«did * say» spans the speaker: the kind is found and the speaker stays a term."""
    analysis = analyzer.analyse("What did the ombudsman say?")
    assert analysis.kinds == {"said"}
    assert analysis.values == values(analyzer, "ombudsman")


def test_a_question_phrase_marked_to_keep_its_words_keeps_them(analyzer) -> None:
    """«что + даёт»: asks what something brings, and «даёт» stays a word of the question."""
    kept = analyzer.analyse("Что даёт открытый диалог?")
    assert kept.kinds == {"effect"}
    assert values(analyzer, "даёт") <= kept.values
    assert "effect" not in analyzer.analyse("Кто даёт оценку?").kinds


def test_a_kazakh_why_spans_what_is_needed(analyzer) -> None:
    assert "reason" in analyzer.analyse("Түсіндіру жұмысын неге жалғастыру қажет?").kinds


@pytest.mark.parametrize("text", ["Скажите, кто участвовал?", "Что сказано о цифровых решениях?"])
def test_only_a_said_form_asks_what_someone_said(analyzer, text: str) -> None:
    """«скажите» is politeness and «сказано» the text's own words: neither asks what someone said."""
    assert "said" not in analyzer.analyse(text).kinds


@pytest.mark.parametrize("word", ["там", "тут", "какой", "этот", "весь"])
def test_pronominal_words_are_not_terms(analyzer, word: str) -> None:
    assert not analyzer.analyse(f"{word} правосознание").values - values(analyzer, "правосознание")


def test_question_words_are_not_terms(analyzer) -> None:
    for word in ("когда", "кто", "сколько", "где", "какого числа"):
        assert analyzer.analyse(word).terms == (), word


# -- function words and stop words -----------------------------------------------------------
def test_function_words_are_dropped(analyzer) -> None:
    assert analyzer.analyse("и в на по а но или же ли бы").terms == ()
    assert values(analyzer, "в круглом столе") == values(analyzer, "круглый стол")
    assert values(analyzer, "о правосознании и о правовой культуре") == values(
        analyzer, "правосознание правовая культура"
    )


def test_politeness_words_are_dropped(analyzer) -> None:
    assert values(analyzer, "Подскажите, пожалуйста, кто участвовал?") == values(analyzer, "кто участвовал")
    assert values(analyzer, "Скажите, а что сказал генпрокурор?") == values(
        analyzer, "что сказал генпрокурор"
    )
    assert values(analyzer, "слушай а когда был круглый стол") == values(analyzer, "когда был круглый стол")


# -- unknown words ---------------------------------------------------------------------------
@pytest.mark.parametrize("word", ["референдум", "голосование", "зарплата", "коррупция", "бешбармак"])
def test_real_words_the_kb_never_uses_are_unknown(analyzer, word: str) -> None:
    (term,) = analyzer.analyse(word).terms
    assert not term.known
    assert term.real_word


@pytest.mark.parametrize("noise", ["ыыыыы", "qwerty", "zxcvbn"])
def test_noise_is_unknown_and_not_a_real_word(analyzer, noise: str) -> None:
    terms = analyzer.analyse(noise).terms
    assert terms
    assert not any(term.known or term.real_word for term in terms)


@pytest.mark.parametrize("phrase", ["круглый стол", "правосознание", "генеральный прокурор", "участники"])
def test_kb_words_are_known(analyzer, phrase: str) -> None:
    terms = analyzer.analyse(phrase).terms
    assert terms
    assert all(term.known for term in terms)


def test_mixed_question_keeps_known_and_unknown_terms_apart(analyzer) -> None:
    terms = {term.value: term.known for term in analyzer.analyse("референдум по конституции").terms}
    assert terms == {"референдум": False, **dict.fromkeys(values(analyzer, "конституция"), True)}


# -- English parts of speech, tense, repaired typos -----------------------------------------------
@pytest.mark.parametrize(
    ("word", "pos"),
    [
        ("referendum", "NOUN"),
        ("articles", "NOUN"),
        ("want", "VERB"),
        ("strengthen", "VERB"),
        ("asylov", None),
    ],
)
def test_english_words_get_a_part_of_speech(word: str, pos: str | None) -> None:
    """A word that is only a noun, or a plural noun, is a noun; one that can be a verb is a verb;
    a name the dictionary does not hold has none."""
    from bot.qa.morph import english_pos

    assert english_pos(word) == pos


def test_an_english_noun_the_kb_never_uses_is_an_unknown_real_word(analyzer) -> None:
    (term,) = analyzer.analyse("referendum").terms
    assert (term.known, term.real_word, term.pos) == (False, True, "NOUN")


@pytest.mark.parametrize(("word", "future"), [("состоится", True), ("будет", True), ("состоялся", False)])
def test_russian_verbs_tell_the_future_tense(word: str, future: bool) -> None:
    from bot.qa.morph import shared_morphology

    assert shared_morphology().info(word).future is future


def test_a_repaired_typo_is_marked_as_such(analyzer) -> None:
    (typo,) = analyzer.analyse("учасники").terms
    (typed,) = analyzer.analyse("участники").terms
    assert typo.value == typed.value
    assert (typo.repaired, typed.repaired) == (True, False)


@pytest.mark.parametrize(
    ("question", "term"),
    [("на каких принципах новая конст-я", "конституция"), ("что нового в конст-ии", "конституция")],
)
def test_a_contraction_reads_as_the_noun_it_stands_for(analyzer, question: str, term: str) -> None:
    """«конст-я»: the start of a word, a hyphen and its ending stand for the knowledge base's noun."""
    assert term in analyzer.analyse(question).values


@pytest.mark.parametrize("question", ["кто-то выступал?", "из-за чего реформа", "пресс-релиз о чём"])
def test_hyphenated_words_are_no_contractions(analyzer, question: str) -> None:
    """A start that is a word of its own (кто-то, из-за) or a hyphenated word of the knowledge base
    stays as typed."""
    analysis = analyzer.analyse(question)
    assert analysis.terms
    assert all(term.known for term in analysis.terms)


@pytest.mark.parametrize(
    ("question", "phrase"),
    [
        ("уполномоч. по правам чел. участвовал?", "уполномоченный по правам человека"),
        ("защита перс. данных", "персональные данные"),
    ],
)
def test_a_word_cut_with_a_period_reads_as_the_word_it_begins(analyzer, question: str, phrase: str) -> None:
    """«уполномоч. по правам чел.»: a start cut with a period inside a sentence stands for the one
    noun or adjective of the knowledge base that begins so."""
    assert values(analyzer, phrase) <= analyzer.analyse(question).values


def test_a_full_stop_after_a_word_the_kb_uses_changes_nothing(analyzer) -> None:
    assert (
        analyzer.analyse("Кто участвовал. а кто выступал").values
        == analyzer.analyse("Кто участвовал а кто выступал").values
    )


def test_the_spoken_genitive_reads_as_the_adjective(analyzer) -> None:
    """«круглова стола»: the adjective's «-ого» typed as it is pronounced, not the surname Круглов."""
    assert analyzer.analyse("итоги круглова стола").values == analyzer.analyse("итоги круглого стола").values


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("О чём идёт речь, когда говорят о принципе «Закон и порядок»?", {"said"}),
        ("Что сказал Асылов, когда выступал?", {"said"}),
        ("Скажите, когда был круглый стол?", {"when"}),
    ],
)
def test_when_opening_a_clause_after_a_question_word_is_a_conjunction(
    analyzer, question: str, kinds: set[str]
) -> None:
    assert analyzer.analyse(question).kinds == kinds


def test_a_word_sharing_only_a_prefix_with_a_kb_word_is_not_its_relative(analyzer) -> None:
    """«программа» shares «прогр» with «прогрессив» (prefix «про» and two letters): no family."""
    assert values(analyzer, "программа") == {"программа"}
    assert values(analyzer, "обращаться") <= values(analyzer, "с обращением")


def test_a_concepts_noun_said_again_after_it_is_one_term(analyzer) -> None:
    """«правоохранит органах»: the word cut short reads as the whole concept, law enforcement, and
    «органах» after it is the concept's own noun said again, not another thing."""
    assert [t.value for t in analyzer.analyse("ИИ в правоохранит органах").terms] == [
        "искусственный интеллект",
        "правоохранительный орган",
    ]
    # not beside it: the word is a term of its own
    assert "орган" in analyzer.analyse("правоохранители и органы опеки").values


def test_a_word_cut_short_completes_a_synonym_phrase(analyzer) -> None:
    """«научн сообщ»: «сообщ» alone reads as «сообщить», but beside «научн» it ends the phrase for the
    academic community."""
    assert analyzer.analyse("научн сообщ").values == analyzer.analyse("научное сообщество").values
    assert (
        analyzer.analyse("что сообщ генпрокурор").values == analyzer.analyse("что сообщил генпрокурор").values
    )


@pytest.mark.parametrize("written", ["27го", "27-го", "27-е", "27е"])
def test_a_number_with_its_case_ending_is_the_number(analyzer, written: str) -> None:
    assert analyzer.analyse(f"круглый стол {written}").values == analyzer.analyse("круглый стол 27").values
