"""Russian morphology (pymorphy3) behind a small cached interface.

pymorphy3 returns lemmas with ё and invents lemmas for unknown words (typos), so callers ask
`is_known` before trusting a lemma, and lemmas are ё-folded here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pymorphy3

# Parts of speech that never carry the topic of a question.
FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "INTJ", "NPRO", "PRED"})


@dataclass(frozen=True, slots=True)
class WordInfo:
    lemma: str
    pos: str | None
    known: bool

    @property
    def is_function_word(self) -> bool:
        return self.pos in FUNCTION_POS


class Morphology:
    def __init__(self) -> None:
        self._morph = pymorphy3.MorphAnalyzer(lang="ru")
        self.info = lru_cache(maxsize=65536)(self._info)

    def _info(self, word: str) -> WordInfo:
        if not word.replace("-", "").isalpha():
            return WordInfo(lemma=word, pos="NUMB" if word.isdigit() else None, known=word.isdigit())
        try:
            parse = self._morph.parse(word)[0]
        except ValueError:  # pymorphy3 fails on some scripts (e.g. Tangut): treat as noise
            return WordInfo(lemma=word, pos=None, known=False)
        lemma = parse.normal_form.replace("ё", "е")
        pos = parse.tag.POS  # a str subclass whose comparisons run in Python: kept as a plain str
        return WordInfo(lemma=lemma, pos=None if pos is None else str(pos), known=parse.is_known)


@lru_cache(maxsize=1)
def shared_morphology() -> Morphology:
    """One analyzer per process: its dictionaries take a while to load."""
    return Morphology()
