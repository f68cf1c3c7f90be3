"""Replies and feedback, as the SQLite-only releases created them.

Their files (PRAGMA user_version 1) are stamped with this revision instead of being created again.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

INT64 = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
DOUBLE = sa.Float().with_variant(sa.REAL(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "replies",
        sa.Column("id", INT64, primary_key=True),
        sa.Column("ts", INT64, nullable=False),
        sa.Column("chat_type", sa.Text, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("entry_id", sa.Text),
        sa.Column("score", DOUBLE, nullable=False),
        sa.Column("question", sa.Text),
        sa.CheckConstraint("kind IN ('answer', 'clarify', 'smalltalk', 'none')"),
        sa.CheckConstraint("question IS NULL OR kind = 'none'"),
    )
    op.create_index("replies_ts", "replies", ["ts"])
    op.create_index("replies_kind", "replies", ["kind", "entry_id"])
    op.create_table(
        "feedback",
        sa.Column("id", INT64, primary_key=True),
        sa.Column("ts", INT64, nullable=False),
        sa.Column("voter_key", sa.LargeBinary, nullable=False),
        sa.Column("entry_id", sa.Text),
        sa.Column("vote", sa.Integer, nullable=False),
        sa.UniqueConstraint("voter_key"),
        sa.CheckConstraint("vote IN (-1, 1)"),
    )
    op.create_index("feedback_ts", "feedback", ["ts"])


def downgrade() -> None:
    op.drop_table("feedback")
    op.drop_table("replies")
