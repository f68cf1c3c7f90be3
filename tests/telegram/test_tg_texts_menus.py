"""ui.yaml is validated, naming the field of every complaint; menus and descriptions are set at start-up."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from aiogram import Bot
from aiogram.methods import GetMyDescription, SetMyCommands, SetMyDescription, SetMyShortDescription
from aiogram.types import BotCommandScopeAllGroupChats, BotCommandScopeAllPrivateChats, BotDescription

from bot.telegram.menus import set_menus
from bot.telegram.texts import DEFAULT_TEXTS_PATH, TextsError, UiTexts, load_texts
from tests.telegram.html_strict import check_html
from tests.telegram.recording import RecordingSession


def test_ui_texts_load_and_every_message_text_is_telegram_html(texts: UiTexts) -> None:
    for value in texts.model_dump().values():
        if isinstance(value, str):
            check_html(value.replace("{", "").replace("}", ""))
    assert set(texts.commands.private) == {"start", "help", "topics", "source"}
    assert set(texts.commands.group) == {"ask", "help"}


def _broken(tmp_path: Path, section: str | None, key: str, value: str) -> Path:
    data = yaml.safe_load(DEFAULT_TEXTS_PATH.read_text(encoding="utf-8"))
    (data[section] if section else data)[key] = value
    path = tmp_path / "ui.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("section", "key", "value", "complaint"),
    [
        (None, "greeting", "Здравствуйте, {name}!", "поле greeting"),
        (None, "source_line", "Источник", "source"),
        (None, "help", "<h1>Помощь</h1>", "тег <h1>"),
        (None, "help", "<b>Помощь", "не закрыт"),
        ("alerts", "feedback_thanks", "Спасибо! " * 30, "длиннее 200"),
        ("profile", "short_description", "о" * 121, "длиннее 120"),
        ("buttons", "like", "<b>👍</b>", "разметка"),
    ],
)
def test_mistakes_in_ui_yaml_are_reported_with_the_field(
    tmp_path: Path, section: str | None, key: str, value: str, complaint: str
) -> None:
    with pytest.raises(TextsError) as error:
        load_texts(_broken(tmp_path, section, key, value))
    assert complaint in str(error.value)
    assert key in str(error.value)


def test_missing_and_malformed_files_are_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(TextsError, match="не удалось прочитать"):
        load_texts(tmp_path / "nope.yaml")
    (tmp_path / "bad.yaml").write_text("greeting: [", encoding="utf-8")
    with pytest.raises(TextsError, match="YAML"):
        load_texts(tmp_path / "bad.yaml")


async def test_menus_for_private_chats_and_groups_and_descriptions(
    bot: Bot, session: RecordingSession, texts: UiTexts
) -> None:
    await set_menus(bot, texts)
    private, group = session.sent(SetMyCommands)
    assert isinstance(private.scope, BotCommandScopeAllPrivateChats)
    assert [c.command for c in private.commands] == list(texts.commands.private)
    assert isinstance(group.scope, BotCommandScopeAllGroupChats)
    assert [c.command for c in group.commands] == ["ask", "help"]
    (description,) = session.sent(SetMyDescription)
    assert description.description == texts.profile.description
    (short,) = session.sent(SetMyShortDescription)
    assert short.short_description == texts.profile.short_description


async def test_unchanged_description_is_not_set_again(
    bot: Bot, session: RecordingSession, texts: UiTexts
) -> None:
    session.add_result(GetMyDescription, BotDescription(description=texts.profile.description))
    await set_menus(bot, texts)
    assert session.sent(SetMyDescription) == []
    assert len(session.sent(SetMyShortDescription)) == 1
