"""The settings model refuses what Telegram or logging would refuse later, without echoing secrets."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from bot.settings import Settings


def _settings(**values: object) -> Settings:
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@pytest.mark.parametrize("secret", ["пароль-секрет", "has space", "x" * 257, "semi;colon"])
def test_a_webhook_secret_telegram_would_refuse_is_a_settings_error(secret: str) -> None:
    with pytest.raises(ValidationError) as caught:
        _settings(webhook_secret=secret)
    assert "webhook_secret" in str(caught.value)
    assert "латинские буквы" in str(caught.value)
    assert secret not in str(caught.value.errors(include_input=False))


def test_a_valid_webhook_secret_and_a_blank_one_are_accepted() -> None:
    secret = _settings(webhook_secret="Abc_123-xyz").webhook_secret
    assert secret is not None
    assert secret.get_secret_value() == "Abc_123-xyz"
    assert _settings(webhook_secret="  ").webhook_secret is None


def test_log_level_is_checked_and_normalised() -> None:
    assert _settings(log_level=" debug ").log_level == "DEBUG"
    with pytest.raises(ValidationError, match="нужен один из уровней"):
        _settings(log_level="loud")
