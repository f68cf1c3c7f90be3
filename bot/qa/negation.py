"""Questions about what did not happen («Кто не участвовал?», "What was not discussed?", «Кімдер
қатыспады?»). A document reporting an event says what happened there; the entry about it says the
opposite of what such a question asks, so it must not answer it."""

from __future__ import annotations

import itertools
import re

from bot.qa.kazakh import KAZAKH_LETTERS
from bot.qa.morph import shared_morphology
from bot.qa.text import words

# The question's own clause ends at a comma, a dash or a subordinating word: «Чего опасается
# генпрокурор, если реформу не разъяснять?» negates the condition, not what is asked.
_CLAUSE_END = re.compile(r"[,;:—–()]|\s-\s")
SUBORDINATORS = frozenset(
    {
        "если",
        "чтобы",
        "чтоб",
        "хотя",
        "поскольку",
        "потому",
        "раз",
        "который",
        "которая",
        "которое",
        "которые",
        "if",
        "unless",
        "because",
        "although",
        "that",
        "which",
        "егер",
        "себебі",
    }
)
# Question words a negated question opens with (a yes/no «Не пострадает ли…?» is a polite question
# whether something happens, not about what did not).
ASKING = frozenset(
    {
        "кто",
        "кого",
        "кому",
        "что",
        "чего",
        "чем",
        "какой",
        "какая",
        "какое",
        "какие",
        "каких",
        "каким",
        "какого",
        "who",
        "whom",
        "what",
        "which",
    }
)
KAZAKH_ASKING = frozenset({"кім", "кімдер", "кімді", "не", "нені", "қандай", "қай"})
_ENGLISH_NEGATION = re.compile(r"\b(?:did|was|were|has|have|had)(?:\s+not|n['’]?t)\b|\bnever\b")
# A Kazakh past verb with the negative affix: қатыс-па-ды, айт-па-ды, талқылан-ба-ды
_KAZAKH_NEGATED_PAST = re.compile(r"\w(?:ма|ме|ба|бе|па|пе)(?:ды|ді|ған|ген)\b")


def asks_what_did_not_happen(question: str) -> bool:
    clause = _CLAUSE_END.split(question.casefold(), maxsplit=1)[0]
    found = words(clause)
    for i, word in enumerate(found):
        if word in SUBORDINATORS:
            found = found[:i]
            break
    text = " ".join(found)
    if KAZAKH_LETTERS.search(text):
        return bool(KAZAKH_ASKING.intersection(found)) and _KAZAKH_NEGATED_PAST.search(text) is not None
    if not ASKING.intersection(found) or "ли" in found:
        return False
    if _ENGLISH_NEGATION.search(clause):
        return True
    morphology = shared_morphology()
    return any(word == "не" and morphology.past_predicate(after) for word, after in itertools.pairwise(found))
