"""Where the project lives on disk: the one constant the core and the channels share.

Kept apart from bot.settings so that the core (bot/qa) does not import pydantic-settings."""

from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
