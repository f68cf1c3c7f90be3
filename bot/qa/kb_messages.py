"""What a curator reads from `kb check`: pydantic and YAML errors in Russian, line marks, "did you mean".

The loader reads files with PyYAML's fast loader; only a file that has problems is composed again
(`LineMap`) to find the line of an entry or a key, so a sound knowledge base pays nothing for it.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

# pydantic's error types (https://docs.pydantic.dev/latest/errors/validation_errors/) in Russian;
# `{…}` are filled from the error's context.
_PYDANTIC_RU: dict[str, str] = {
    "missing": "обязательное поле не заполнено",
    "extra_forbidden": "неизвестное поле",
    "string_type": "должно быть строкой",
    "string_too_short": "не может быть пустым",
    "string_too_long": "длиннее {max_length} символов",
    "string_pattern_mismatch": "допустимы только строчные латинские буквы, цифры и «_»",
    "too_short": "нужно не меньше {min_length} (сейчас {actual_length})",
    "too_long": "допустимо не больше {max_length} (сейчас {actual_length})",
    "tuple_type": "должно быть списком",
    "list_type": "должно быть списком",
    "set_type": "должно быть списком",
    "frozen_set_type": "должно быть списком",
    "dict_type": "должно быть словарём (ключ: значение)",
    "model_type": "должно быть словарём (ключ: значение)",
    "model_attributes_type": "должно быть словарём (ключ: значение)",
    "literal_error": "допустимые значения: {expected}",
    "enum": "допустимые значения: {expected}",
    "date_type": "должно быть датой в формате ГГГГ-ММ-ДД",
    "date_parsing": "должно быть датой в формате ГГГГ-ММ-ДД",
    "date_from_datetime_parsing": "должно быть датой в формате ГГГГ-ММ-ДД",
    "date_from_datetime_inexact": "должно быть датой без времени (ГГГГ-ММ-ДД)",
    "int_type": "должно быть целым числом",
    "int_parsing": "должно быть целым числом",
    "bool_type": "должно быть true или false",
    "bool_parsing": "должно быть true или false",
}

# PyYAML's reasons (its `problem` text) in Russian, by their beginning.
_YAML_RU: tuple[tuple[str, str], ...] = (
    ("found character '\\t'", "символ табуляции: в YAML отступы делаются только пробелами"),
    ("found a tab character", "символ табуляции: в YAML отступы делаются только пробелами"),  # libyaml
    ("mapping values are not allowed", "двоеточие там, где его не ждали (текст с «: » возьмите в кавычки)"),
    ("could not find expected ':'", "не найдено двоеточие после ключа"),
    ("did not find expected key", "ожидался ключ «имя: значение» (проверьте отступ)"),
    ("did not find expected '-' indicator", "ожидался элемент списка «- …» (проверьте отступ)"),
    ("did not find expected node content", "ожидалось значение"),
    ("did not find expected ',' or ']'", "не закрыта квадратная скобка «[» или пропущена запятая"),
    ("did not find expected ',' or '}'", "не закрыта фигурная скобка «{» или пропущена запятая"),
    ("expected ',' or ']'", "не закрыта квадратная скобка «[» или пропущена запятая"),
    ("expected ',' or '}'", "не закрыта фигурная скобка «{» или пропущена запятая"),
    ("found unexpected end of stream", "файл оборвался: не закрыта кавычка или скобка"),
    ("found unexpected ':'", "лишнее двоеточие"),
    ("found undefined alias", "ссылка «*» на неопределённый якорь"),
    ("found unknown escape character", "неизвестная escape-последовательность «\\…» в строке в кавычках"),
    ("expected <block end>, but found", "неверный отступ: элемент не на своём уровне"),
    ("found duplicate anchor", "якорь «&» определён дважды"),
    ("found character", "недопустимый символ"),
)


def did_you_mean(word: str, candidates: Iterable[str]) -> str | None:
    """The closest candidate to a misspelt key or id, if one is close enough."""
    close = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return close[0] if close else None


def hint(word: str, candidates: Iterable[str]) -> str:
    """« — может быть, «…»?» for the closest candidate, or nothing."""
    guess = did_you_mean(word, candidates)
    return f" — может быть, «{guess}»?" if guess else ""


def _place(loc: tuple[int | str, ...]) -> str:
    parts = []
    for part in loc:
        if isinstance(part, int):
            parts.append(f"элемент {part + 1}")
        else:
            parts.append(f"поле «{part}»")
    return ", ".join(parts) or "файл"


def pydantic_messages(
    exc: ValidationError, fields: Mapping[tuple[str, ...], Iterable[str]]
) -> list[tuple[tuple[int | str, ...], str]]:
    """(location, Russian message) for each error; `fields` lists the known keys of each nested model
    (by the location of the model, () for the top one) for "did you mean".

    An unknown key that looks like a missing required one is reported once, as a typo, not also as a
    missing field.
    """
    errors = exc.errors()
    typos: dict[tuple[int | str, ...], str] = {}
    for err in errors:
        loc = tuple(err["loc"])
        if err["type"] == "extra_forbidden" and loc and isinstance(loc[-1], str):
            known = fields.get(tuple(str(p) for p in loc[:-1]), ())
            guess = did_you_mean(loc[-1], known)
            if guess:
                typos[(*loc[:-1], guess)] = loc[-1]
    out: list[tuple[tuple[int | str, ...], str]] = []
    for err in errors:
        loc = tuple(err["loc"])
        kind = err["type"]
        if kind == "missing" and loc in typos:
            continue
        if kind == "extra_forbidden" and loc and isinstance(loc[-1], str):
            known = fields.get(tuple(str(p) for p in loc[:-1]), ())
            message = f"неизвестное поле «{loc[-1]}»{hint(loc[-1], known)}"
            out.append((loc, message))
            continue
        if kind == "value_error":
            text = str(err.get("ctx", {}).get("error", err["msg"]))
        elif kind in _PYDANTIC_RU:
            ctx = dict(err.get("ctx", {}))
            ctx.setdefault("actual_length", "?")
            text = _PYDANTIC_RU[kind].format(**ctx)
        else:
            text = f"недопустимое значение (ошибка «{kind}»)"
        out.append((loc, f"{_place(loc)}: {text}"))
    return out


def yaml_message(exc: yaml.YAMLError, text: str) -> tuple[int | None, str]:
    """(line, Russian message) for a YAML syntax error: the reason, its place, and a tab if there is one."""
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = str(getattr(exc, "problem", "") or exc)
    reason = next((ru for start, ru in _YAML_RU if problem.startswith(start)), None)
    if reason is None:
        reason = f"PyYAML сообщает: {problem}"
    line = mark.line + 1 if mark is not None else None
    where = f" (строка {line}, позиция {mark.column + 1})" if mark is not None else ""
    message = f"ошибка синтаксиса YAML{where}: {reason}"
    lines = text.splitlines()
    if mark is not None and "табуляц" not in reason:
        nearby = lines[max(0, mark.line - 1) : mark.line + 1]
        if any("\t" in part for part in nearby):
            message += "; в строке есть символ табуляции — замените его пробелами"
    return line, message


class LineMap:
    """Line numbers of a YAML file's nodes, composed on first use (only for files with problems)."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._root: yaml.Node | None = None
        self._composed = False

    def _node(self) -> yaml.Node | None:
        if not self._composed:
            self._composed = True
            try:
                self._root = yaml.compose(self._path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
            except (OSError, UnicodeDecodeError, yaml.YAMLError):
                self._root = None
        return self._root

    def line(self, *path: int | str) -> int | None:
        """The 1-based line of the node at `path` (keys and list indexes), or of its deepest found parent."""
        node = self._node()
        if node is None:
            return None
        line: int = node.start_mark.line + 1
        for part in path:
            child = _child(node, part)
            if child is None:
                break
            node, line = child
        return line


def _child(node: yaml.Node, part: int | str) -> tuple[yaml.Node, int] | None:
    value: Any = node.value
    if isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(value):
        item: yaml.Node = value[part]
        return item, item.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key, item in value:
            if getattr(key, "value", None) == part:
                return item, key.start_mark.line + 1
    return None
