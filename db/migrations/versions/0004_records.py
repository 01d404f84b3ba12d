"""Sign-in credentials, head administrator requests (KUTY-1.3), recordings-browser indexes.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

Written by hand to match `db.models_records`. The composite indexes end in (ring_at, id)
so that every browser filter is an index range scan in the keyset order (see
recordings.search and bench/search_1m.py).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TS = sa.DateTime(timezone=True)

_INDEXES: tuple[tuple[str, str, list[str]], ...] = (
    ("ix_calls_ring_at_id", "calls", ["ring_at", "id"]),
    ("ix_calls_remote_number_ring_at", "calls", ["remote_number", "ring_at", "id"]),
    ("ix_calls_operator_id_ring_at", "calls", ["operator_id", "ring_at", "id"]),
    ("ix_calls_verification_state_ring_at", "calls", ["verification_state", "ring_at", "id"]),
    ("ix_recordings_legal_hold_call_id", "recordings", ["legal_hold", "call_id"]),
)


def upgrade() -> None:
    op.create_table(
        "operator_credentials",
        sa.Column("operator_id", sa.Integer(), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", _TS, nullable=True),
        sa.Column("last_login_at", _TS, nullable=True),
        sa.Column("password_changed_at", _TS, nullable=False),
        sa.ForeignKeyConstraint(
            ["operator_id"],
            ["operators.id"],
            name=op.f("fk_operator_credentials_operator_id_operators"),
        ),
        sa.PrimaryKeyConstraint("operator_id", name=op.f("pk_operator_credentials")),
    )
    op.create_table(
        "admin_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("requested_by", sa.String(length=255), nullable=False),
        sa.Column("requester_office", sa.String(length=255), nullable=True),
        sa.Column("requested_at", _TS, nullable=False),
        sa.Column("received_by", sa.String(length=128), nullable=False),
        sa.Column("reference", sa.String(length=128), nullable=True),
        sa.Column("period_from", _TS, nullable=True),
        sa.Column("period_to", _TS, nullable=True),
        sa.Column("numbers", sa.Text(), nullable=False),
        sa.Column("operator_ids", sa.Text(), nullable=False),
        sa.Column("want_recordings", sa.Boolean(), nullable=False),
        sa.Column("want_correspondence", sa.Boolean(), nullable=False),
        sa.Column("want_transcripts", sa.Boolean(), nullable=False),
        sa.Column("want_verification_log", sa.Boolean(), nullable=False),
        sa.Column("want_incidents", sa.Boolean(), nullable=False),
        sa.Column("want_complaints", sa.Boolean(), nullable=False),
        sa.Column("due_at", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "in_progress",
                "fulfilled",
                "cancelled",
                name="requeststatus",
                native_enum=False,
                create_constraint=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("fulfilled_at", _TS, nullable=True),
        sa.Column("fulfilled_by", sa.String(length=128), nullable=True),
        sa.Column("dossier_path", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_admin_requests")),
    )
    op.create_index(op.f("ix_admin_requests_status"), "admin_requests", ["status"])
    for name, table, columns in _INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _ in reversed(_INDEXES):
        op.drop_index(name, table_name=table)
    op.drop_index(op.f("ix_admin_requests_status"), table_name="admin_requests")
    op.drop_table("admin_requests")
    op.drop_table("operator_credentials")
