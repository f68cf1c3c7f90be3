"""bot.qa.text: what a question looks like after normalisation, before any matching."""

from __future__ import annotations

import pytest

from bot.qa.text import MAX_QUERY_CHARS, clean, focus, fold, words


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ｋｔｏ ｕｃｈａｓｔｖｏｖａｌ", "kto uchastvoval"),  # fullwidth Latin (phone keyboards, CJK IMEs)
        ("ＫＴＯ？", "KTO?"),
        ("ﬁnal ﬂag", "final flag"),  # ligatures from PDFs
        ("статья Ⅻ", "статья XII"),  # roman numeral sign
        ("и\u0306", "й"),  # decomposed й (macOS copy-paste) composes
        ("Кто\u00a0участвовал", "Кто участвовал"),  # no-break space
    ],
)
def test_clean_applies_nfkc(raw: str, expected: str) -> None:
    assert clean(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("уча\u200bстники", "участники"),  # zero-width space
        ("уча\u200dстники", "участники"),  # zero-width joiner
        ("\ufeffкто участвовал", "кто участвовал"),  # BOM at the start of a pasted text
        ("кто\x00 участвовал", "кто участвовал"),  # NUL
        ("уча\u00adстники", "участники"),  # soft hyphen from web pages
        ("кто\x07\x1b участвовал", "кто участвовал"),  # bell, escape
        ("\u2066кто\u2069", "кто"),  # bidi isolates
    ],
)
def test_clean_drops_control_and_invisible_characters(raw: str, expected: str) -> None:
    assert clean(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "  кто   участвовал  ",
        "кто\tучаствовал",
        "кто\nучаствовал",
        "\r\nкто \u2003\u2009 участвовал\n\n",
    ],
)
def test_clean_collapses_whitespace(raw: str) -> None:
    assert clean(raw) == "кто участвовал"


def test_clean_keeps_ordinary_text_unchanged() -> None:
    text = "Что сказал Генеральный прокурор о принципе «Закон и порядок»?"
    assert clean(text) == text


def test_clean_caps_the_length() -> None:
    assert len(clean("а" * 10_000)) == MAX_QUERY_CHARS
    assert clean("б" * 10_000) == "б" * MAX_QUERY_CHARS


def test_clean_caps_after_collapsing_whitespace() -> None:
    # Padding must not eat the budget: the question after a run of blanks survives.
    assert clean(" " * 5_000 + "кто участвовал" + "\n" * 5_000) == "кто участвовал"
    assert clean("\u200b" * 5_000 + "кто") == "кто"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("КРУГЛЫЙ СТОЛ", "круглый стол"),
        ("Учёные", "ученые"),
        ("ЁЛКА", "елка"),
        ("Проведённый", "проведенный"),
        ("MiXeD Ёж", "mixed еж"),
    ],
)
def test_fold_ignores_case_and_yo(raw: str, expected: str) -> None:
    assert fold(raw) == expected


def test_fold_makes_yo_and_ye_spellings_equal() -> None:
    assert fold("Когда прошёл круглый стол") == fold("когда прошел КРУГЛЫЙ стол")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Кто участвовал?!", ["кто", "участвовал"]),
        ("принцип «Закон и порядок»", ["принцип", "закон", "и", "порядок"]),
        ('принцип "закон и порядок"', ["принцип", "закон", "и", "порядок"]),
        ("„Закон“ — и… (порядок)!", ["закон", "и", "порядок"]),
        ("политико-правового развития", ["политико", "правового", "развития"]),
        ("пресс-релиз", ["пресс", "релиз"]),
        ("Касым-Жомарт Токаев", ["касым", "жомарт", "токаев"]),
        ("-кто-", ["кто"]),
        ("a_b", ["a", "b"]),
        ("27.02.2026", ["27", "02", "2026"]),
        ("Учёные", ["ученые"]),
        ("— … !!! ???", []),
        ("", []),
    ],
)
def test_words(raw: str, expected: list[str]) -> None:
    assert words(raw) == expected


def test_the_length_cap_applies_before_nfkc() -> None:
    """U+FDFA expands to 18 characters under NFKC: the raw text is capped first, so a long run
    of it costs no more than a short one, and the result is still capped."""
    text = clean("\ufdfa" * 4096)
    assert 0 < len(text) <= MAX_QUERY_CHARS


def test_a_short_message_is_its_own_question() -> None:
    assert focus("Кто участвовал?") == ("Кто участвовал?", False)


@pytest.mark.parametrize(
    ("message", "question"),
    [
        ("Как правозащитница хочу понять: что говорится о гарантиях?", "что говорится о гарантиях?"),
        ("Я студент — кто выступал?", "кто выступал?"),
        ("I am a journalist: who spoke?", "who spoke?"),
        ("Я директор школы в Кызылорде. Что сказано о праве?", "Что сказано о праве?"),
        ("Для эфира: кто выступал?", "кто выступал?"),
        ("Для дипломатической справки: кто выступал?", "кто выступал?"),
        ("Для экзамена: какие направления обсуждались?", "какие направления обсуждались?"),
        ("Для ролика в блоге: что сказано?", "что сказано?"),  # by the lemma
        ("Для дебатов: кто выступал?", "кто выступал?"),
        ("Подскажите, пожалуйста, как специалист по комплаенсу: что сказано?", "что сказано?"),
        ("As a lawyer: who spoke?", "who spoke?"),
        ("Political officer here: who spoke?", "who spoke?"),  # "<role> here": the asker
        # a verb in the first person speaks of the asker as «я» does
        ("Как адвокат спрашиваю: что сказано о защите?", "что сказано о защите?"),
        ("Уточню как журналист: кто выступал?", "кто выступал?"),
        ("I'm a researcher. Could you summarize his points?", "Could you summarize his points?"),
        # a word and its «ли» open a question as a question word does
        ("Я нотариус. Касались ли участники вопроса?", "Касались ли участники вопроса?"),
        # others who ask it, by a verb of asking or arguing
        ("Родители в школьном чате спорят: упоминали ли образование?", "упоминали ли образование?"),
        ("My students wonder: who spoke?", "who spoke?"),
        # a Kazakh verb in the first person closing the opening
        ("Уағыз айтпақпын: құқықтық мәдениет туралы не айтылды?", "құқықтық мәдениет туралы не айтылды?"),
        ("Мақала жазып жатырмын: бас прокурор не деді?", "бас прокурор не деді?"),
    ],
)
def test_an_opening_about_the_asker_is_dropped(message: str, question: str) -> None:
    assert focus(message) == (question, True)


@pytest.mark.parametrize(
    "message",
    [
        "Вопрос про бюджет: что выделено на реформу?",
        "Закон и порядок: что это значит?",
        "Я студент: спасибо.",
        "Для бизнеса: что изменится?",
        # «как» before a question's own subject, or several people, or a verb: a question of its own
        "Как изменится Конституция: что нового?",
        "Как участники оценили реформу — как продолжение чего?",
        "Как Президент связан с реформой: что сказано?",
        "Как генпрокурор: что он сказал?",  # (the pronoun points back to the person named)
        # a sentence of its own before a question leaning on it («это») is kept
        "Я прочитал, что прокуратура будет использовать ИИ. Это правда?",
        # a verb of arguing in a question of its own
        "О чём спорили участники: о реформе?",
        # a Kazakh noun in the accusative is no verb; nor is a Russian word with the same ending
        "Жаңа Конституцияның қалыбын: не айтылды?",
        "Как быть молодым: что сказано?",
    ],
)
def test_an_opening_that_names_the_topic_is_kept(message: str) -> None:
    assert focus(message) == (message, False)


def test_a_long_message_is_cut_to_its_question() -> None:
    story = "Я давно слежу за новостями о реформе и читал много разных материалов. " * 6
    text, shortened = focus(f"Здравствуйте! {story}Скажите, кто участвовал в круглом столе? Спасибо.")
    assert shortened
    assert text == "Скажите, кто участвовал в круглом столе?"


def test_a_long_message_without_a_question_mark_uses_question_words() -> None:
    story = "Мне интересна тема конституционной реформы в нашей стране. " * 6
    text, shortened = focus(f"{story}Что сказал генеральный прокурор.")
    assert shortened
    assert text == "Что сказал генеральный прокурор."


def test_a_long_message_without_any_question_is_cut_to_its_opening() -> None:
    text, shortened = focus("слово " * 200)
    assert shortened
    assert len(text) <= MAX_QUERY_CHARS


def test_focus_drops_the_askers_own_reason() -> None:
    assert focus("Какие направления обсуждали, чтобы я мог объяснить детям?") == (
        "Какие направления обсуждали?",
        True,
    )
    # a purpose clause that is not about the asker is what is asked
    assert focus("Что нужно сделать, чтобы реформа заработала?") == (
        "Что нужно сделать, чтобы реформа заработала?",
        False,
    )


def test_focus_drops_a_reason_that_names_nothing() -> None:
    """A clause of reason in words of no subject («поскольку всё уже понятно») adds nothing the
    answer must hold; one naming a thing, or a purpose, stays."""
    assert focus("Правда ли, что генпрокурор призвал сократить работу, поскольку всё уже понятно?") == (
        "Правда ли, что генпрокурор призвал сократить работу?",
        True,
    )
    for kept in (
        "Правда ли, что реформу проводят, потому что так требует МВФ?",
        "Правда ли, что работу сократят, поскольку налоги выросли?",
        "Зачем разъяснять, чтобы было понятно?",
    ):
        assert focus(kept) == (kept, False)


@pytest.mark.parametrize(
    ("message", "question"),
    [
        ("Какой главный тезис генпрокурора можно вынести в заголовок?", "Какой главный тезис генпрокурора?"),
        ("Какую мысль генпрокурора можно процитировать в статье?", "Какую мысль генпрокурора?"),
    ],
)
def test_what_the_asker_will_do_with_the_answer_is_dropped(message: str, question: str) -> None:
    assert focus(message) == (question, True)


@pytest.mark.parametrize(
    "message",
    [
        "Какой заголовок у пресс-релиза?",
        "Что можно вынести в заголовок?",
        "Какие выводы можно сделать для граждан?",
    ],
)
def test_a_use_that_is_the_question_or_not_the_askers_work_is_kept(message: str) -> None:
    assert focus(message) == (message, False)
