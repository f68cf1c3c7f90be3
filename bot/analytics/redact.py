"""Redaction before storage: what identifies a person is replaced by a placeholder in the unanswered
question texts the analytics keep for curators.

Replaced, in this order: e-mail addresses → [email]; card numbers (13–19 digits, spaces or dashes
allowed, passing the Luhn check) → [карта]; ИИН/БИН (12 digits in a row) → [ИИН]; phone numbers
(+7/8 and 10 digits in the usual groupings, or + and 10–15 digits) → [телефон]; @handles → [ник];
personal names: a Cyrillic word that pymorphy3 tags Name, Surn or Patr with a combined score of at
least 0.5 when capitalised (0.95 when not) → [имя]. Kept: everything else, e.g. place names
(Geox), institutions, dates and other numbers. Not caught: Latin-script names, names pymorphy3 does
not know as names (many Kazakh surnames).
"""

from __future__ import annotations

import re
from functools import lru_cache

import pymorphy3

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_CARD = re.compile(r"(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)")
_IIN = re.compile(r"(?<!\d)\d{12}(?!\d)")
_PHONE = re.compile(
    r"(?<![\w+])(?:\+7|8|7)[\s(-]*\d{3}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2}(?!\d)|(?<![\w+])\+\d{10,15}(?!\d)"
)
_HANDLE = re.compile(r"(?<![\w@])@[A-Za-z0-9_]{3,32}\b")
_WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)?")
NAME_TAGS = ("Name", "Surn", "Patr")
CAPITALISED_SCORE, LOWERCASE_SCORE = 0.5, 0.95


def _luhn(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def _card(match: re.Match[str]) -> str:
    digits = re.sub(r"\D", "", match.group())
    return "[карта]" if _luhn(digits) else match.group()


@lru_cache(maxsize=1)
def _morph() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=65_536)
def is_personal_name(word: str) -> bool:
    try:
        parses = _morph().parse(word)
    except ValueError:
        return False
    score: float = sum(p.score for p in parses if any(tag in p.tag for tag in NAME_TAGS))
    return score >= (CAPITALISED_SCORE if word[:1].isupper() else LOWERCASE_SCORE)


def redact(text: str) -> str:
    text = _EMAIL.sub("[email]", text)
    text = _CARD.sub(_card, text)
    text = _IIN.sub("[ИИН]", text)
    text = _PHONE.sub("[телефон]", text)
    text = _HANDLE.sub("[ник]", text)
    return _WORD.sub(lambda m: "[имя]" if is_personal_name(m.group()) else m.group(), text)
