"""Changes yet to come and changes already made: «Какие статьи Конституции будут изменены?» asks what
a reform will change; a law's note «Статья 83 дополнена … Законом … от 21 июля 2014 г.» reports a change
made long ago. Such an entry contradicts the question however many words they share, so it does not
answer it (principle: grounded or silent). Legal texts carry such notes on nearly every amended
article, so beside them the distinction decides between an answer and a confident wrong one."""

from __future__ import annotations

from collections.abc import Iterable

from bot.qa.morph import Morphology
from bot.qa.text import words

# Verbs of changing a text, as lemmas: what a question about a change to come, and a note of a change
# made, say («изменят», «будут изменены», «дополнена», «внесены изменения», "will be amended").
CHANGE_VERBS = frozenset(
    {"изменить", "измениться", "изменять", "меняться", "поменять", "дополнить", "исключить", "внести"}
)
ENGLISH_CHANGE_WORDS = frozenset({"change", "changed", "amend", "amended", "modified"})
# "will", "going": an English question about what is yet to come
ENGLISH_FUTURE_WORDS = frozenset({"will", "shall", "going"})
# Russian auxiliaries of the future («будут изменены», «будет дополнена»)
FUTURE_AUXILIARIES = frozenset({"будет", "будут", "станет", "станут"})


def asks_change_to_come(question_words: Iterable[str], morphology: Morphology) -> bool:
    """The question asks about a change yet to come: a verb of changing in the future tense
    («изменятся», «изменят»), or after «будет/будут» («будут изменены»), or English "will … change"."""
    found = list(question_words)
    future = bool(FUTURE_AUXILIARIES.intersection(found))
    english_future = bool(ENGLISH_FUTURE_WORDS.intersection(found))
    for word in found:
        if word.isascii():
            if english_future and word in ENGLISH_CHANGE_WORDS:
                return True
            continue
        info = morphology.info(word)
        if info.lemma in CHANGE_VERBS and (info.future or future):
            return True
    return False


# «внести» is a verb of changing only with a word of change («внесли поправки»), not of a contribution
# («внесли вклад»): the nouns of change, as lemmas (asks_change_made)
BRINGING_IN = "внести"
CHANGE_NOUNS = frozenset({"изменение", "поправка", "дополнение", "новелла"})
# a past verb or a short past participle («внесли», «изменена»), not a full one («внесённые поправки»
# may be ones proposed)
MADE_POS = frozenset({"VERB", "PRTS"})


def asks_change_made(question_words: Iterable[str], morphology: Morphology) -> bool:
    """The question asks about a change already made: a verb of changing in the past («Какие
    поправки внесли в проект по итогам круглого стола?», «Что изменили в проекте?»), and none of
    a change to come («будет изменён»). A text proposing changes does not report them made, as a
    note of a change made does not answer one to come (asks_change_to_come)."""
    found = list(question_words)
    if FUTURE_AUXILIARIES.intersection(found) or asks_change_to_come(found, morphology):
        return False
    lemmas = {morphology.info(word).lemma for word in found}
    return any(
        (info := morphology.info(word)).lemma in CHANGE_VERBS
        and info.pos in MADE_POS
        and morphology.past_predicate(word)
        and (info.lemma != BRINGING_IN or not CHANGE_NOUNS.isdisjoint(lemmas))
        for word in found
        if not word.isascii()
    )


def reports_change_made(texts: Iterable[str], morphology: Morphology) -> bool:
    """A text notes a change already made to a text: a verb of changing in the past tense or as a
    short past participle («дополнена», «изменён», «внесены», «исключили»)."""
    return any(
        morphology.info(word).lemma in CHANGE_VERBS and morphology.past_predicate(word)
        for text in texts
        for word in words(text)
    )
