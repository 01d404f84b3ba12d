"""Caller verification (KUTY-2.2): secrets, name keys, applications, attempts, locks.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

Written by hand to match `db.models_verification`. `calls.verified_profile_id` is added
with a plain ``ALTER TABLE ... ADD COLUMN`` on SQLite instead of a batch rebuild: a batch
rebuild drops and recreates `calls`, which fails with foreign keys on as soon as a
recording or incident row references a call. SQLite (3.35+) can also drop that column in
place, so the downgrade needs no rebuild either.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TS = sa.DateTime(timezone=True)
_PROFILES = "caller_profiles"
_CALL_FK = "fk_calls_verified_profile_id_caller_profiles"


def _profile_fk(
    table: str, column: str = "profile_id", ondelete: str | None = None
) -> sa.ForeignKeyConstraint:
    name = op.f(f"fk_{table}_{column}_{_PROFILES}")
    return sa.ForeignKeyConstraint([column], [f"{_PROFILES}.id"], name=name, ondelete=ondelete)


def upgrade() -> None:
    op.create_table(
        "caller_name_keys",
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("surname_norm", sa.String(length=256), nullable=False),
        sa.Column("first_name_norm", sa.String(length=256), nullable=False),
        sa.Column("patronymic_norm", sa.String(length=256), nullable=False),
        sa.Column("normalization_version", sa.Integer(), nullable=False),
        _profile_fk("caller_name_keys", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("profile_id", name=op.f("pk_caller_name_keys")),
    )
    op.create_index(
        "ix_caller_name_keys_names", "caller_name_keys", ["surname_norm", "first_name_norm"]
    )
    op.create_table(
        "caller_secrets",
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("phrase_hash", sa.String(length=255), nullable=False),
        sa.Column("normalization_version", sa.Integer(), nullable=False),
        sa.Column("updated_at", _TS, nullable=False),
        _profile_fk("caller_secrets", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("profile_id", name=op.f("pk_caller_secrets")),
    )
    op.create_table(
        "applications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=128), nullable=False),
        sa.Column("child_first_name", sa.String(length=128), nullable=False),
        sa.Column("status", sa.String(length=128), nullable=False),
        sa.Column("created", sa.Date(), nullable=False),
        sa.Column("updated", sa.Date(), nullable=False),
        sa.Column("kindergartens", sa.Text(), nullable=False),
        _profile_fk("applications", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_applications")),
    )
    op.create_index(op.f("ix_applications_profile_id"), "applications", ["profile_id"])
    op.create_table(
        "verification_attempts",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("call_id", sa.String(length=36), nullable=True),
        sa.Column("attempt_no", sa.Integer(), nullable=False),
        sa.Column("candidate_profile_ids", sa.Text(), nullable=False),
        sa.Column(
            "result",
            sa.Enum(
                "verified",
                "failed",
                "abandoned",
                name="attemptoutcome",
                native_enum=False,
                create_constraint=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("matched_profile_id", sa.Integer(), nullable=True),
        sa.Column("operator_id", sa.Integer(), nullable=True),
        sa.Column("actor", sa.String(length=128), nullable=False),
        sa.Column("started_at", _TS, nullable=False),
        sa.Column("ended_at", _TS, nullable=False),
        sa.Column("key_phrase_start_s", sa.Float(), nullable=True),
        sa.Column("key_phrase_end_s", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["call_id"], ["calls.id"], name=op.f("fk_verification_attempts_call_id_calls")
        ),
        _profile_fk("verification_attempts", "matched_profile_id"),
        sa.ForeignKeyConstraint(
            ["operator_id"],
            ["operators.id"],
            name=op.f("fk_verification_attempts_operator_id_operators"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_verification_attempts")),
    )
    op.create_index(op.f("ix_verification_attempts_call_id"), "verification_attempts", ["call_id"])
    op.create_index(
        op.f("ix_verification_attempts_ended_at"), "verification_attempts", ["ended_at"]
    )
    op.create_table(
        "verification_attempt_profiles",
        sa.Column(
            "attempt_id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=False,
            nullable=False,
        ),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attempt_id"],
            ["verification_attempts.id"],
            name=op.f("fk_verification_attempt_profiles_attempt_id_verification_attempts"),
            ondelete="CASCADE",
        ),
        _profile_fk("verification_attempt_profiles"),
        sa.PrimaryKeyConstraint(
            "attempt_id", "profile_id", name=op.f("pk_verification_attempt_profiles")
        ),
    )
    op.create_index(
        op.f("ix_verification_attempt_profiles_profile_id"),
        "verification_attempt_profiles",
        ["profile_id"],
    )
    op.create_table(
        "profile_locks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("call_id", sa.String(length=36), nullable=True),
        sa.Column("locked_at", _TS, nullable=False),
        sa.Column("locked_until", _TS, nullable=False),
        sa.Column("unlocked_at", _TS, nullable=True),
        sa.Column("unlocked_by", sa.String(length=128), nullable=True),
        sa.Column("unlock_reason", sa.Text(), nullable=True),
        _profile_fk("profile_locks"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_profile_locks")),
    )
    op.create_index(op.f("ix_profile_locks_profile_id"), "profile_locks", ["profile_id"])

    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            f"ALTER TABLE calls ADD COLUMN verified_profile_id INTEGER "
            f"CONSTRAINT {_CALL_FK} REFERENCES {_PROFILES} (id)"
        )
    else:
        op.add_column("calls", sa.Column("verified_profile_id", sa.Integer(), nullable=True))
        op.create_foreign_key(_CALL_FK, "calls", _PROFILES, ["verified_profile_id"], ["id"])


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE calls DROP COLUMN verified_profile_id")
    else:
        op.drop_constraint(_CALL_FK, "calls", type_="foreignkey")
        op.drop_column("calls", "verified_profile_id")
    op.drop_table("profile_locks")
    op.drop_table("verification_attempt_profiles")
    op.drop_table("verification_attempts")
    op.drop_table("applications")
    op.drop_table("caller_secrets")
    op.drop_table("caller_name_keys")
