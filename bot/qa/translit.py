"""Russian typed in Latin letters (`kto takoj berik asylov`) back to Cyrillic.

Covers the common informal schemes (GOST-like, "ya/ja", "sh/sch"); leftover spelling noise is
fixed later by the typo matcher against the knowledge base's vocabulary.
"""

from __future__ import annotations

import re

_MULTI = [
    ("shch", "щ"), ("sch", "щ"), ("yo", "ё"), ("jo", "ё"), ("yu", "ю"), ("ju", "ю"),
    ("ya", "я"), ("ja", "я"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"),
    ("sh", "ш"), ("e'", "э"),
]  # fmt: skip
_SINGLE = {
    "a": "а", "b": "б", "v": "в", "g": "г", "d": "д", "e": "е", "z": "з", "i": "и", "j": "й",
    "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "r": "р", "s": "с", "t": "т",
    "u": "у", "f": "ф", "h": "х", "c": "ц", "w": "в", "q": "к", "x": "кс", "'": "ь",
}  # fmt: skip
_VOWELS = set("аеёиоуыэюя")
# the asking «чей» ("whose"), whose soft sign a Latin spelling drops («chih iniciativ»: «чьих», not
# «чих», a sneeze) or writes as "i" before its vowel («chiya»: «чья», as "statiya" is «статья»),
# word by word
_WHOSE = {
    "chya": "чья", "chja": "чья", "chia": "чья", "chyu": "чью", "chju": "чью", "chyo": "чьё",
    "chjo": "чьё", "chyi": "чьи", "chi": "чьи", "chih": "чьих", "chikh": "чьих", "chyih": "чьих",
    "chim": "чьим", "chimi": "чьими", "chiya": "чья", "chiyu": "чью", "chiyo": "чьё", "chiyi": "чьи",
    "chiyikh": "чьих", "chiyih": "чьих",
}  # fmt: skip
_TOKEN = re.compile("|".join(re.escape(src) for src, _ in _MULTI) + r"|y|[a-z']")
_MULTI_MAP = dict(_MULTI)


def to_cyrillic(word: str) -> str:
    """Transliterate one lowercase Latin word; other characters are kept as they are."""
    out: list[str] = []
    pos = 0
    text = word.lower()
    if text in _WHOSE:
        return _WHOSE[text]
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if not match:
            out.append(text[pos])
            pos += 1
            continue
        chunk = match.group()
        if chunk == "y":
            prev_vowel = bool(out) and out[-1][-1] in _VOWELS
            next_char = text[match.end() : match.end() + 1]
            out.append("й" if prev_vowel and (not next_char or next_char not in "aeiouy") else "ы")
        else:
            out.append(_MULTI_MAP.get(chunk) or _SINGLE.get(chunk, chunk))
        pos = match.end()
    return "".join(out)
