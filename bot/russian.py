"""Small helpers for Russian text shown to people."""

from __future__ import annotations


def plural(n: int, one: str, few: str, many: str) -> str:
    """Russian plural form for n: 1 вопрос, 2 вопроса, 5 вопросов, 21 вопрос, 11 вопросов."""
    n = abs(n)
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def count(n: int, one: str, few: str, many: str) -> str:
    """The number with its noun in the right form: «33 записи»."""
    return f"{n} {plural(n, one, few, many)}"
