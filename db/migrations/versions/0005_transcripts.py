"""Call transcripts: transcription runs and their immutable versions.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24

Written by hand to match `db.models_transcripts`. Versions are append-only by design
(the service never updates them); the machine draft is version 1.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TS = sa.DateTime(timezone=True)
_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "transcripts",
        sa.Column("id", _ID, autoincrement=True, nullable=False),
        sa.Column("recording_id", sa.String(length=36), nullable=False),
        sa.Column("call_id", sa.String(length=36), nullable=False),
        sa.Column("engine", sa.String(length=64), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("created_by", sa.String(length=128), nullable=False),
        sa.Column("caller_sha256", sa.String(length=64), nullable=True),
        sa.Column("operator_sha256", sa.String(length=64), nullable=True),
        sa.Column("masked_spans", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["recording_id"], ["recordings.id"], name=op.f("fk_transcripts_recording_id_recordings")
        ),
        sa.ForeignKeyConstraint(
            ["call_id"], ["calls.id"], name=op.f("fk_transcripts_call_id_calls")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transcripts")),
    )
    op.create_index(op.f("ix_transcripts_recording_id"), "transcripts", ["recording_id"])
    op.create_index(op.f("ix_transcripts_call_id"), "transcripts", ["call_id"])
    op.create_table(
        "transcript_versions",
        sa.Column("id", _ID, autoincrement=True, nullable=False),
        sa.Column("transcript_id", _ID, nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("author", sa.String(length=128), nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("is_machine", sa.Boolean(), nullable=False),
        sa.Column("segments", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["transcript_id"],
            ["transcripts.id"],
            name=op.f("fk_transcript_versions_transcript_id_transcripts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transcript_versions")),
        sa.UniqueConstraint(
            "transcript_id", "version", name=op.f("uq_transcript_versions_transcript_id_version")
        ),
    )
    op.create_index(
        op.f("ix_transcript_versions_transcript_id"), "transcript_versions", ["transcript_id"]
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_transcript_versions_transcript_id"), table_name="transcript_versions")
    op.drop_table("transcript_versions")
    op.drop_index(op.f("ix_transcripts_call_id"), table_name="transcripts")
    op.drop_index(op.f("ix_transcripts_recording_id"), table_name="transcripts")
    op.drop_table("transcripts")
