"""FAQ bot over a public document: a pure answer engine (bot.qa) and thin channels around it."""
