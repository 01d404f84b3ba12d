"""Written contacts (issue 12): raw messages, cases, attachments, e-mail columns on messages.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01

Written by hand to match `db.models_written` and `db.models_incidents.Message`.

* `raw_messages`: the exact bytes of every message keyed by SHA-256, with triggers
  refusing UPDATE and DELETE (as `audit_events` since 0001): evidence is never edited.
* `cases`: registration number (unique; the policy's format, numbered by 0007's
  `registration_counters`), status, close reason, channel, assignee, opened/closed.
* `message_attachments`: name, type, size, SHA-256, stored or refused over the limit.
* `mailbox_states`: the highest IMAP UID handled per mailbox and UIDVALIDITY.
* `messages`: direction, status, raw_sha256, Message-ID, In-Reply-To, References, from
  address, source, mailbox + UIDVALIDITY/UID (unique, so an IMAP pass is idempotent),
  case id; raw_sha256 + direction unique (the same bytes twice are one message). Rows
  typed in by hand before 0008 become incoming and "new".

SQLite: the new `messages` columns are plain ``ALTER TABLE ADD COLUMN`` (nullable, inline
REFERENCES are allowed there) without a table rebuild, as in 0007; the unique mailbox key
is a unique index, which SQLite can add without a rebuild.

Downgrade: refused while any message has raw bytes (they would be orphaned evidence, and
dropping `raw_messages` would delete them); an empty mailbox downgrades cleanly.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TS = sa.DateTime(timezone=True)
IMMUTABLE_MESSAGE = "raw_messages is immutable"

_SQLITE_TRIGGERS = (
    f"""CREATE TRIGGER raw_messages_no_update BEFORE UPDATE ON raw_messages
    BEGIN SELECT RAISE(ABORT, '{IMMUTABLE_MESSAGE}'); END""",
    f"""CREATE TRIGGER raw_messages_no_delete BEFORE DELETE ON raw_messages
    BEGIN SELECT RAISE(ABORT, '{IMMUTABLE_MESSAGE}'); END""",
)
# SQLSTATE 23000 so drivers raise an integrity error, as SQLite's RAISE(ABORT) does.
_PG_TRIGGERS = (
    f"""CREATE FUNCTION raw_messages_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION '{IMMUTABLE_MESSAGE}'
        USING ERRCODE = 'integrity_constraint_violation'; END $$""",
    """CREATE TRIGGER raw_messages_no_change BEFORE UPDATE OR DELETE ON raw_messages
    FOR EACH ROW EXECUTE FUNCTION raw_messages_immutable()""",
    """CREATE TRIGGER raw_messages_no_truncate BEFORE TRUNCATE ON raw_messages
    FOR EACH STATEMENT EXECUTE FUNCTION raw_messages_immutable()""",
)
_PG_DROP = (
    "DROP TRIGGER IF EXISTS raw_messages_no_truncate ON raw_messages",
    "DROP TRIGGER IF EXISTS raw_messages_no_change ON raw_messages",
    "DROP FUNCTION IF EXISTS raw_messages_immutable()",
)


def _enum(name: str, length: int, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=False, length=length)


def _add_reference(column: str, sql_type: str, table: str, key: str) -> None:
    """Add a nullable `messages` column referencing `table`.`key` without a rebuild.

    SQLite cannot ALTER ADD CONSTRAINT (Alembic refuses), but accepts an inline REFERENCES
    on ADD COLUMN; PostgreSQL gets the named constraint of the naming convention.
    """
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            f"ALTER TABLE messages ADD COLUMN {column} {sql_type} REFERENCES {table} ({key})"
        )
        return
    op.execute(f"ALTER TABLE messages ADD COLUMN {column} {sql_type}")
    op.create_foreign_key(op.f(f"fk_messages_{column}_{table}"), "messages", table, [column], [key])


def upgrade() -> None:
    op.create_table(
        "raw_messages",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("original_size", sa.BigInteger(), nullable=False),
        sa.Column("truncated", sa.Boolean(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("stored_at", _TS, nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_raw_messages")),
    )
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("registration_number", sa.String(length=64), nullable=True),
        sa.Column("policy", sa.String(length=32), nullable=False),
        sa.Column(
            "status", _enum("casestatus", 16, "new", "open", "waiting", "closed"), nullable=False
        ),
        sa.Column("close_reason", sa.String(length=300), nullable=True),
        sa.Column("channel", _enum("casechannel", 16, "email", "chat", "voice"), nullable=False),
        sa.Column("subject", sa.String(length=998), nullable=True),
        sa.Column("assignee_id", sa.Integer(), nullable=True),
        sa.Column("opened_at", _TS, nullable=False),
        sa.Column("closed_at", _TS, nullable=True),
        sa.ForeignKeyConstraint(
            ["assignee_id"], ["operators.id"], name=op.f("fk_cases_assignee_id_operators")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sa.UniqueConstraint("registration_number", name=op.f("uq_cases_registration_number")),
    )
    op.create_index(op.f("ix_cases_status"), "cases", ["status"])
    op.create_index(op.f("ix_cases_opened_at"), "cases", ["opened_at"])
    with op.batch_alter_table("messages", recreate="never") as batch:
        batch.add_column(sa.Column("direction", sa.String(length=8), nullable=True))
        batch.add_column(sa.Column("status", sa.String(length=16), nullable=True))
        batch.add_column(sa.Column("rfc_message_id", sa.String(length=998), nullable=True))
        batch.add_column(sa.Column("in_reply_to", sa.Text(), nullable=True))
        batch.add_column(sa.Column("references_header", sa.Text(), nullable=True))
        batch.add_column(sa.Column("from_address", sa.String(length=320), nullable=True))
        batch.add_column(sa.Column("source", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("mailbox", sa.String(length=255), nullable=True))
        batch.add_column(sa.Column("uidvalidity", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("uid", sa.BigInteger(), nullable=True))
    _add_reference("raw_sha256", "VARCHAR(64)", "raw_messages", "sha256")
    _add_reference("case_id", "INTEGER", "cases", "id")
    # One message per exact bytes and direction (a duplicate delivery is the same message;
    # two seats storing it at once: the second one's insert fails and it finds the first).
    op.create_index(
        "ix_messages_raw_direction", "messages", ["raw_sha256", "direction"], unique=True
    )
    op.create_index(op.f("ix_messages_rfc_message_id"), "messages", ["rfc_message_id"])
    op.create_index(op.f("ix_messages_from_address"), "messages", ["from_address"])
    op.create_index(op.f("ix_messages_case_id"), "messages", ["case_id"])
    op.create_index(
        "ix_messages_mailbox_uid", "messages", ["mailbox", "uidvalidity", "uid"], unique=True
    )
    op.execute("UPDATE messages SET direction = 'in', status = 'new'")
    op.create_table(
        "message_attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=True),
        sa.Column("content_type", sa.String(length=255), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column("stored", sa.Boolean(), nullable=False),
        sa.Column("refused_reason", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["message_id"], ["messages.id"], name=op.f("fk_message_attachments_message_id_messages")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_message_attachments")),
    )
    op.create_index(
        op.f("ix_message_attachments_message_id"), "message_attachments", ["message_id"]
    )
    op.create_table(
        "mailbox_states",
        sa.Column("mailbox", sa.String(length=255), nullable=False),
        sa.Column("uidvalidity", sa.BigInteger(), nullable=False),
        sa.Column("last_uid", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", _TS, nullable=False),
        sa.PrimaryKeyConstraint("mailbox", "uidvalidity", name=op.f("pk_mailbox_states")),
    )
    dialect = op.get_bind().dialect.name
    for statement in {"sqlite": _SQLITE_TRIGGERS, "postgresql": _PG_TRIGGERS}.get(dialect, ()):
        op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    kept = bind.execute(sa.text("SELECT count(*) FROM raw_messages")).scalar_one()
    if kept:
        raise RuntimeError(
            f"cannot downgrade below 0008: {kept} raw message(s) are kept as evidence "
            "(raw_messages is immutable); export them first"
        )
    if bind.dialect.name == "postgresql":
        for statement in _PG_DROP:
            op.execute(statement)
    op.drop_table("mailbox_states")
    op.drop_index(op.f("ix_message_attachments_message_id"), table_name="message_attachments")
    op.drop_table("message_attachments")
    op.drop_index("ix_messages_mailbox_uid", table_name="messages")
    op.drop_index(op.f("ix_messages_case_id"), table_name="messages")
    op.drop_index(op.f("ix_messages_from_address"), table_name="messages")
    op.drop_index(op.f("ix_messages_rfc_message_id"), table_name="messages")
    op.drop_index("ix_messages_raw_direction", table_name="messages")
    # SQLite refuses DROP COLUMN on a column with a FOREIGN KEY; a rebuild of `messages`
    # is needed there for the two referencing columns (no table points at messages'
    # new columns, and incidents' FK to messages.id survives a rebuild by name).
    with op.batch_alter_table("messages") as batch:
        for column in (
            "case_id", "uid", "uidvalidity", "mailbox", "source", "from_address",
            "references_header", "in_reply_to", "rfc_message_id", "raw_sha256", "status",
            "direction",
        ):  # fmt: skip
            batch.drop_column(column)
    op.drop_index(op.f("ix_cases_opened_at"), table_name="cases")
    op.drop_index(op.f("ix_cases_status"), table_name="cases")
    op.drop_table("cases")
    op.drop_table("raw_messages")
