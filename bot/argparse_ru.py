"""argparse's own words (usage, options, its error messages) in Russian, so that `--help` and a
mistyped command speak the same language as the rest of the command line."""

from __future__ import annotations

import argparse

RUSSIAN = {
    "usage: ": "использование: ",
    "positional arguments": "аргументы",
    "options": "параметры",
    "show this help message and exit": "показать эту справку и выйти",
    "argument %(argument_name)s: %(message)s": "аргумент %(argument_name)s: %(message)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: ошибка: %(message)s\n",
    "unrecognized arguments: %s": "неизвестные аргументы: %s",
    "the following arguments are required: %s": "не хватает аргументов: %s",
    "one of the arguments %s is required": "нужен один из аргументов: %s",
    "not allowed with argument %s": "нельзя вместе с аргументом %s",
    "ignored explicit argument %r": "лишнее значение %r",
    "expected one argument": "нужно одно значение",
    "expected at most one argument": "нужно не больше одного значения",
    "expected at least one argument": "нужно хотя бы одно значение",
    "ambiguous option: %(option)s could match %(matches)s": (
        "неоднозначный параметр %(option)s: подходят %(matches)s"
    ),
    "invalid %(type)s value: %(value)r": "неверное значение %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": "нет команды %(value)r (есть: %(choices)s)",
    "can't open '%(filename)s': %(error)s": "не удалось открыть «%(filename)s»: %(error)s",
}


def _translate(message: str) -> str:
    return RUSSIAN.get(message, message)


def _ntranslate(singular: str, plural: str, n: int) -> str:
    return "нужно значений: %s" if "expected %s argument" in singular else (singular if n == 1 else plural)


def install() -> None:
    """argparse looks its `_` and `ngettext` up each time it formats a text: point them here."""
    setattr(argparse, "_", _translate)  # noqa: B010 (argparse's stubs do not declare these names)
    setattr(argparse, "ngettext", _ntranslate)  # noqa: B010
