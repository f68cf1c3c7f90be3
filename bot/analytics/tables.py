"""The analytics tables in SQLAlchemy Core, for SQLite and PostgreSQL alike.

Privacy by construction: no table has a column for a user id, chat id, username or name. Feedback
uniqueness is enforced on `voter_key` = HMAC-SHA256(secret, "user_id:message_key"), so the raw user
id and the message key (which usually contains a chat id) never reach the database.

The migrations in bot/analytics/migrations create exactly these tables (a test compares them); a
change here needs a new migration (README, «Analytics»).
"""

from __future__ import annotations

from sqlalchemy import (
    REAL,
    BigInteger,
    CheckConstraint,
    Column,
    Float,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Table,
    Text,
    UniqueConstraint,
)

# The SQLite types are what the releases before Alembic wrote (their files are stamped, not rebuilt);
# constraints stay unnamed as there (PostgreSQL names them <table>_<column>_key / _check).
# 64-bit on PostgreSQL; INTEGER on SQLite, where it is 64-bit already and `id` stays the rowid.
INT64 = BigInteger().with_variant(Integer(), "sqlite")
DOUBLE = Float().with_variant(REAL(), "sqlite")

metadata = MetaData()

replies = Table(
    "replies",
    metadata,
    Column("id", INT64, primary_key=True),
    Column("ts", INT64, nullable=False),  # Unix seconds, UTC
    Column("chat_type", Text, nullable=False),
    Column("kind", Text, nullable=False),
    Column("entry_id", Text),
    Column("score", DOUBLE, nullable=False),
    Column("question", Text),  # only for kind = 'none', redacted, at most 500 characters
    CheckConstraint("kind IN ('answer', 'clarify', 'smalltalk', 'none')"),
    CheckConstraint("question IS NULL OR kind = 'none'"),
    Index("replies_ts", "ts"),
    Index("replies_kind", "kind", "entry_id"),
)

feedback = Table(
    "feedback",
    metadata,
    Column("id", INT64, primary_key=True),
    Column("ts", INT64, nullable=False),
    Column("voter_key", LargeBinary, nullable=False),  # HMAC-SHA256(secret, "user_id:message_key")
    Column("entry_id", Text),
    Column("vote", Integer, nullable=False),
    # Telegram's update_id of the press that set `vote` (a per-bot counter): the later press wins even
    # when replicas write in another order. NULL for rows of revision 0001 and for callers without one.
    Column("update_id", INT64),
    UniqueConstraint("voter_key"),
    CheckConstraint("vote IN (-1, 1)"),
    Index("feedback_ts", "ts"),
)
