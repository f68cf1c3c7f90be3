"""The update_id of the press that set a vote, so the later press wins across replicas.

Existing rows keep their votes with update_id NULL: the next press on the same message replaces them.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

INT64 = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.add_column("feedback", sa.Column("update_id", INT64))


def downgrade() -> None:
    op.drop_column("feedback", "update_id")
