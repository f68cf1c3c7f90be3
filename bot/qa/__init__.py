"""The core: knowledge base, normalisation, matching and the decision. Knows nothing of Telegram.

The engine is `bot.qa.engine.Engine` (`load_engine()` builds it); importing this package loads
nothing else, so `bot.qa.kb` or `bot.qa.models` stay light."""
