"""`python -m bot --help` and every subcommand's help speak Russian, argparse's own words included."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import pytest

from bot.cli import build_parser

ENGLISH = ("usage:", "options:", "positional arguments", "show this help", "error:")


def _parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _parsers(sub)


def test_every_help_is_russian() -> None:
    parsers = list(_parsers(build_parser()))
    assert len(parsers) > 8
    for parser in parsers:
        text = parser.format_help()
        assert "использование: " in text, parser.prog
        assert not [word for word in ENGLISH if word in text], (parser.prog, text)


@pytest.mark.parametrize("argv", [["frob"], [], ["bench", "--rounds", "x"], ["ask", "--jsn"]])
def test_mistakes_are_explained_in_russian(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        build_parser().parse_args(argv)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "ошибка: " in err
    assert not [word for word in ENGLISH if word in err], err
