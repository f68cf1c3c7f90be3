"""Runtime settings from the environment and an optional .env file (pydantic-settings)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot.analytics.location import Location, parse_location
from bot.paths import PROJECT_ROOT

__all__ = [
    "INLINE_BURST",
    "INLINE_RATE",
    "PRESS_BURST",
    "PRESS_RATE",
    "PROJECT_ROOT",
    "THROTTLE_BURST",
    "THROTTLE_RATE",
    "TOKEN_PATTERN",
    "Settings",
]
# Messages a user may send at once, and sustained per second.
THROTTLE_BURST, THROTTLE_RATE = 5, 0.5
PRESS_BURST, PRESS_RATE = 10, 2.0  # button presses: 10 at once, 2 a second sustained
INLINE_BURST, INLINE_RATE = 20, 5.0  # inline queries come one per keystroke
TOKEN_PATTERN = re.compile(r"^\d{5,20}:[A-Za-z0-9_-]{30,64}$")
WEBHOOK_SECRET_FORMAT = re.compile(r"^[A-Za-z0-9_-]{1,256}$")  # what Telegram accepts as secret_token
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


def _blank_is_none(value: object) -> object:
    """An empty or blank environment variable means: not set."""
    return None if isinstance(value, str) and not value.strip() else value


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    bot_token: SecretStr | None = None
    bot_api_server: str | None = Field(
        default=None, description="Base URL of a self-hosted Bot API server, e.g. http://127.0.0.1:8081"
    )
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    webhook_host: str = "0.0.0.0"
    webhook_port: int = Field(default=8080, ge=1, le=65535)
    webhook_path: str = "/webhook"
    admin_ids: Annotated[frozenset[int], NoDecode] = frozenset()
    log_level: str = "INFO"
    knowledge_dir: Path = PROJECT_ROOT / "knowledge"
    seeds_dir: Path = PROJECT_ROOT / "seeds"
    # A SQLite file (a Path) or a PostgreSQL URL (a str): bot/analytics/location.py.
    analytics_db: Location = Field(
        default=PROJECT_ROOT / "data" / "analytics.sqlite3",
        description="SQLite file, or postgresql://user:password@host:5432/db shared by replicas",
    )
    data_dir: Path | None = Field(
        default=None,
        description="The bot's local files (inbox, /lang choices, heartbeat); default: local_dir",
    )
    inbox_db: Path | None = Field(
        default=None,
        description="Durable inbox of updates (SQLite); `python -m bot run` puts it in local_dir",
    )
    redis_url: str | None = Field(
        default=None,
        description="redis://host:6379/0 shares the inbox, throttling and pacing between replicas",
    )
    redis_prefix: str = Field(default="faqbot", description="Prefix of every Redis key of this bot")
    replica_name: str | None = Field(
        default=None, description="This replica's consumer name in Redis (default: <host>-<pid>)"
    )
    redis_claim_after: float = Field(
        default=30.0,
        gt=0,
        description="Seconds an update left pending by a dead replica waits before another takes it",
    )
    analytics_retention_days: int = 90
    feedback_secret: SecretStr = SecretStr("change-me")
    # Reply languages chosen with /lang (keyed hashes of user ids); default: in local_dir.
    prefs_db: Path | None = None

    # Load and faults (Telegram adapter). Incoming: per-user token bucket on messages the bot acts on.
    throttle_burst: int = Field(default=THROTTLE_BURST, ge=1, description="Messages a user may send at once")
    throttle_rate: float = Field(
        default=THROTTLE_RATE, gt=0, description="Sustained messages per second per user"
    )
    press_burst: int = Field(default=PRESS_BURST, ge=1, description="Button presses a user may send at once")
    press_rate: float = Field(default=PRESS_RATE, gt=0, description="Sustained button presses per second")
    inline_burst: int = Field(
        default=INLINE_BURST, ge=1, description="Inline queries a user may send at once"
    )
    inline_rate: float = Field(default=INLINE_RATE, gt=0, description="Sustained inline queries per second")
    # Outgoing: Telegram allows about 20 messages a minute into one group, one a second into a private
    # chat and ~30 a second overall.
    group_messages_per_minute: int = Field(default=20, ge=1)
    group_max_delay: float = Field(
        default=60.0, ge=0, description="Seconds a reply may wait for a group's limit before it is dropped"
    )
    global_messages_per_second: float = Field(default=30.0, ge=0, description="0 turns the limit off")
    private_messages_per_second: float = Field(
        default=1.0, ge=0, description="Sustained messages into one private chat, after a burst of 5; 0: off"
    )
    send_retries: int = Field(default=3, ge=0, description="Retries after a network error or a 5xx")
    retry_backoff: float = Field(default=0.5, ge=0, description="First retry delay, doubled each time")
    flood_max_wait: float = Field(
        default=60.0, ge=0, description="Longest retry_after (429) honoured; a longer one gives up"
    )
    startup_retry_for: float = Field(
        default=60.0, ge=0, description="Seconds transient Bot API failures at start are retried"
    )
    shutdown_timeout: float = Field(
        default=5.0,
        ge=0,
        le=8.0,
        description="Seconds in-flight replies may take to finish on SIGTERM (below Docker's 10 s); "
        "what does not finish stays in the inbox for the next start",
    )

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [part for part in re.split(r"[,\s]+", value.strip()) if part]
            if not all(part.lstrip("-").isdigit() for part in parts):
                raise ValueError("нужны числовые id пользователей Telegram через запятую")
            return frozenset(int(part) for part in parts)
        if isinstance(value, int):
            return frozenset({value})
        return value

    @field_validator("webhook_url", mode="before")
    @classmethod
    def _webhook_url_is_https(cls, value: object) -> object:
        value = _blank_is_none(value)
        if isinstance(value, str) and not re.match(r"^https://[^/\s?#]+", value.strip()):
            raise ValueError("Telegram принимает только адрес https://… (с именем хоста)")
        return value.strip() if isinstance(value, str) else value

    @field_validator("analytics_db", mode="before")
    @classmethod
    def _file_or_postgres(cls, value: object) -> object:
        return parse_location(value) if isinstance(value, str | Path) else value

    @property
    def local_dir(self) -> Path:
        """Where the bot keeps its own files: DATA_DIR, else the analytics file's folder, else data/
        of the project (when the analytics are on PostgreSQL)."""
        if self.data_dir is not None:
            return self.data_dir
        if isinstance(self.analytics_db, Path):
            return self.analytics_db.parent
        return PROJECT_ROOT / "data"

    @field_validator("webhook_path")
    @classmethod
    def _webhook_path_is_absolute(cls, value: str) -> str:
        if not value.startswith("/") or any(char.isspace() for char in value):
            raise ValueError("путь должен начинаться с / и не содержать пробелов, например /webhook")
        return value

    @field_validator("webhook_secret", mode="before")
    @classmethod
    def _secret_telegram_accepts(cls, value: object) -> object:
        value = _blank_is_none(value)
        if isinstance(value, str) and not WEBHOOK_SECRET_FORMAT.match(value):
            raise ValueError("Telegram принимает только латинские буквы, цифры, _ и - (до 256 символов)")
        return value

    @field_validator("log_level", mode="before")
    @classmethod
    def _known_log_level(cls, value: object) -> object:
        if isinstance(value, str):
            level = value.strip().upper()
            if level not in LOG_LEVELS:
                raise ValueError(f"нужен один из уровней: {', '.join(LOG_LEVELS)}")
            return level
        return value

    @field_validator("bot_token", mode="before")
    @classmethod
    def _blank_token_is_none(cls, value: object) -> object:
        return _blank_is_none(value)

    def token_problem(self) -> str | None:
        """Why the configured token cannot work, or None when it looks valid (never echoes it)."""
        if self.bot_token is None:
            return "BOT_TOKEN не задан"
        if not TOKEN_PATTERN.match(self.bot_token.get_secret_value()):
            return "BOT_TOKEN имеет неверный формат (ожидается вид 123456789:AA…, выдаёт @BotFather)"
        return None
