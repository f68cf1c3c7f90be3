"""Repair text typed on the wrong keyboard layout (QWERTY keys meant as ЙЦУКЕН: `rfr` -> `как`).

It works on the raw text, before punctuation is stripped: `, . ; ' [ ] ` and their shifted forms
carry Russian letters on the ЙЦУКЕН layout.
"""

from __future__ import annotations

_QWERTY = "`qwertyuiop[]asdfghjkl;'zxcvbnm,./" + '~QWERTYUIOP{}ASDFGHJKL:"ZXCVBNM<>?' + "@#$^&"
_JCUKEN = "ёйцукенгшщзхъфывапролджэячсмитьбю." + "ЁЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮ," + '"№;:?'
_TABLE = str.maketrans(_QWERTY, _JCUKEN)


def from_qwerty(text: str) -> str:
    """The text as it would have come out with the Russian layout switched on."""
    return text.translate(_TABLE)
