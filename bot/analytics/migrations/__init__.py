"""Alembic migrations of the analytics schema, shipped inside the package and applied at start by
bot.analytics.schema.migrate (never by hand). A new one: `alembic revision -m "what changes"` in the
project root ([tool.alembic] in pyproject.toml), then write its upgrade() by hand."""
