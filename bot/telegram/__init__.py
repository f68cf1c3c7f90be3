"""The aiogram adapter: renders the core's Reply objects for Telegram (private, group, inline chats).

Nothing here computes an answer; every question goes to `bot.qa.engine.Engine.answer`.
"""
