"""ui.yaml is validated, naming the field of every complaint; menus and descriptions are set at start-up."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from aiogram import Bot
from aiogram.methods import GetMyDescription, SetMyCommands, SetMyDescription, SetMyShortDescription
from aiogram.types import BotCommandScopeAllGroupChats, BotCommandScopeAllPrivateChats, BotDescription

from bot.telegram.menus import set_menus
from bot.telegram.texts import DEFAULT_TEXTS_PATH, TextsError, UiTexts, load_texts
from tests.telegram.html_strict import check_html
from tests.telegram.recording import RecordingSession


def test_ui_texts_load_in_three_languages_and_every_message_text_is_telegram_html(texts: UiTexts) -> None:
    by_lang = texts.all_langs()
    assert list(by_lang) == ["ru", "kk", "en"]
    for lang, localized in by_lang.items():
        assert localized.lang == lang
        assert texts.for_lang(lang) is localized
        for value in localized.model_dump().values():
            if isinstance(value, str):
                check_html(value.replace("{", "").replace("}", ""))
        assert set(localized.commands.private) == {"start", "help", "topics", "source", "lang"}
        assert set(localized.commands.group) == {"ask", "help"}
    # The same field really differs between languages (a copy of the Russian would pass the check).
    assert len({t.help for t in by_lang.values()}) == 3
    assert len({t.buttons.topics for t in by_lang.values()}) == 3
    assert "Сәлеметсіз бе" in by_lang["kk"].greeting
    assert by_lang["en"].greeting.startswith("Hello")


def _edited(tmp_path: Path, change: Callable[[dict[str, Any]], None]) -> Path:
    data = yaml.safe_load(DEFAULT_TEXTS_PATH.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "ui.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _broken(tmp_path: Path, section: str | None, key: str, value: str, lang: str = "kk") -> Path:
    def change(data: dict[str, Any]) -> None:
        (data[section] if section else data)[key][lang] = value

    return _edited(tmp_path, change)


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
    assert "(kk)" in str(error.value), "the language of the broken text is named"


def test_a_missing_translation_is_one_clear_error_naming_field_and_language(tmp_path: Path) -> None:
    def drop(data: dict[str, Any]) -> None:
        del data["help"]["en"]
        del data["buttons"]["topics"]["kk"]
        data["not_text"] = "Только русский текст"

    with pytest.raises(TextsError) as error:
        load_texts(_edited(tmp_path, drop))
    lines = str(error.value).splitlines()
    assert len(lines) == 3, lines
    assert any("поле help" in line and "en" in line for line in lines)
    assert any("поле buttons.topics" in line and "kk" in line for line in lines)
    assert any("поле not_text" in line and "трёх языках" in line for line in lines)


def test_names_missing_from_the_glossary_stay_russian(texts: UiTexts) -> None:
    kazakh = texts.for_lang("kk")
    assert kazakh.topic_name("О документе") == "Құжат туралы"
    assert kazakh.topic_name("Тема, которой нет в глоссарии") == "Тема, которой нет в глоссарии"
    assert texts.for_lang("en").source_kind("пресс-релиз") == "press release"
    assert texts.source_kind("пресс-релиз") == "пресс-релиз"


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
    menus = session.sent(SetMyCommands)
    assert [m.language_code for m in menus] == ["kk", "kk", "en", "en", None, None]  # Russian: the default
    for code, (private, group) in zip(
        ("kk", "en", None), zip(menus[::2], menus[1::2], strict=True), strict=True
    ):
        localized = texts.for_lang(code or "ru")
        assert isinstance(private.scope, BotCommandScopeAllPrivateChats)
        assert {c.command: c.description for c in private.commands} == localized.commands.private
        assert isinstance(group.scope, BotCommandScopeAllGroupChats)
        assert [c.command for c in group.commands] == ["ask", "help"]
    descriptions = {d.language_code: d.description for d in session.sent(SetMyDescription)}
    assert descriptions == {
        "kk": texts.for_lang("kk").profile.description,
        "en": texts.for_lang("en").profile.description,
        None: texts.profile.description,
    }
    shorts = {d.language_code: d.short_description for d in session.sent(SetMyShortDescription)}
    assert shorts[None] == texts.profile.short_description
    assert shorts["kk"] == texts.for_lang("kk").profile.short_description


async def test_unchanged_description_is_not_set_again(
    bot: Bot, session: RecordingSession, texts: UiTexts
) -> None:
    for lang in ("kk", "en", "ru"):  # asked in this order; Russian (the default) last
        session.add_result(
            GetMyDescription, BotDescription(description=texts.for_lang(lang).profile.description)
        )
    await set_menus(bot, texts)
    assert session.sent(SetMyDescription) == []
    assert len(session.sent(SetMyShortDescription)) == 3
