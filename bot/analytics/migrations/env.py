"""Alembic's environment: migrations run on the connection that bot.analytics.schema.migrate hands
over, inside its transaction (which holds the migration lock), never on a connection of their own."""

from __future__ import annotations

from alembic import context

from bot.analytics.tables import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("analytics migrations run when the bot opens its database (bot.analytics.schema)")
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
