"""Where the analytics live: a SQLite file (a Path, the default) or a PostgreSQL server (a URL).

Standard library only: bot.settings parses ANALYTICS_DB with it before anything heavy is imported.
A `Location` that is a str is always a PostgreSQL URL; anything else is a file path.
"""

from __future__ import annotations

from importlib.util import find_spec
from pathlib import Path
from urllib.parse import urlsplit

Location = Path | str
POSTGRES_SCHEMES = frozenset({"postgresql", "postgres", "postgresql+psycopg"})
EXPECTED = "нужен путь к файлу SQLite или адрес postgresql://пользователь:пароль@хост:5432/база"


def parse_location(value: str | Path) -> Location:
    """A path for a file, the URL itself for PostgreSQL; ValueError (in Russian) for anything else."""
    if isinstance(value, Path):
        return value
    text = value.strip()
    if not text:
        raise ValueError(EXPECTED)
    if "://" not in text:
        return Path(text).expanduser()
    scheme = text.split("://", 1)[0].lower()
    if scheme not in POSTGRES_SCHEMES:
        raise ValueError(f"{EXPECTED} (схема {scheme}:// не поддерживается)")
    return text


def is_postgres(location: Location) -> bool:
    return isinstance(location, str)


def driver_problem(location: Location) -> str | None:
    """Why the location cannot work whatever the database does (its driver is missing), or None."""
    if is_postgres(location) and find_spec("psycopg") is None:
        return (
            "ANALYTICS_DB — адрес PostgreSQL, но драйвер psycopg не установлен: "
            "pip install 'constitution-faq-bot[postgres]'."
        )
    return None


def password_of(location: Location) -> str | None:
    return urlsplit(location).password if isinstance(location, str) else None


def display(location: Location) -> str:
    """The location for logs and messages, with the password (if any) replaced by ***."""
    if isinstance(location, Path):
        return str(location)
    parts = urlsplit(location)
    if parts.password is None:
        return location
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return parts._replace(netloc=netloc).geturl()
