"""The operator's working day (issue 11): agent states, wrap-ups, registration counters,
transfers on the call row, reverted incidents.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01

Written by hand to match `db.models_operator_day`, `db.models.Call` and
`db.models_incidents.Incident`.

* `agent_state_history` (one row per period in a state, unique per seat and start time so
  a replayed event adds nothing) and `seat_agent_states` (the seat's state now).
* `wrap_ups`: the after-call work of a contact, one per call (unique `call_id`), with a
  unique registration number (EEP-13).
* `registration_counters`: the last number of each series and period, row-locked.
* `calls.transfer_target` / `calls.transfer_kind`: where a transferred call went.
* `incidents.withdrawn_at` / `withdrawn_by` / `revert_reason` / `original_kind`: an
  accidental F12 is reverted, never deleted.

SQLite: the new columns of `calls` and `incidents` are plain ``ALTER TABLE ADD/DROP COLUMN``
(SQLite 3.35+) inside a batch that Alembic runs without a rebuild (nullable columns, no
constraints), because recreating `calls` would have to rebuild every table that points to
it, and recreating `incidents` gains nothing. The new tables are plain CREATE TABLE.

Downgrade drops the new tables (their content is also in the audit log: every state
change, wrap-up and revert is audited) and the new columns.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TS = sa.DateTime(timezone=True)
_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _state() -> sa.Enum:
    return sa.Enum(
        "ready", "not_ready", "after_call_work",
        name="agentstate", native_enum=False, create_constraint=False, length=32,
    )  # fmt: skip


def upgrade() -> None:
    op.create_table(
        "agent_state_history",
        sa.Column("id", _ID, autoincrement=True, nullable=False),
        sa.Column("seat", sa.String(length=128), nullable=False),
        sa.Column("operator_id", sa.Integer(), nullable=True),
        sa.Column("state", _state(), nullable=False),
        sa.Column("reason", sa.String(length=64), nullable=False),
        sa.Column("since", _TS, nullable=False),
        sa.Column("ended_at", _TS, nullable=True),
        sa.Column("call_id", sa.String(length=36), nullable=True),
        sa.Column("cause", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["operator_id"],
            ["operators.id"],
            name=op.f("fk_agent_state_history_operator_id_operators"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agent_state_history")),
        sa.UniqueConstraint("seat", "since", name=op.f("uq_agent_state_history_seat_since")),
    )
    op.create_index(op.f("ix_agent_state_history_since"), "agent_state_history", ["since"])
    op.create_table(
        "seat_agent_states",
        sa.Column("seat", sa.String(length=128), nullable=False),
        sa.Column("history_id", _ID, nullable=False),
        sa.Column("operator_id", sa.Integer(), nullable=True),
        sa.Column("state", _state(), nullable=False),
        sa.Column("reason", sa.String(length=64), nullable=False),
        sa.Column("since", _TS, nullable=False),
        sa.Column("call_id", sa.String(length=36), nullable=True),
        sa.Column("acw_limit_s", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["history_id"],
            ["agent_state_history.id"],
            name=op.f("fk_seat_agent_states_history_id_agent_state_history"),
        ),
        sa.ForeignKeyConstraint(
            ["operator_id"],
            ["operators.id"],
            name=op.f("fk_seat_agent_states_operator_id_operators"),
        ),
        sa.PrimaryKeyConstraint("seat", name=op.f("pk_seat_agent_states")),
    )
    op.create_table(
        "wrap_ups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("call_id", sa.String(length=36), nullable=True),
        sa.Column("category", sa.String(length=64), nullable=False),
        sa.Column("topic", sa.String(length=300), nullable=False),
        sa.Column("registration_number", sa.String(length=64), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("callback_due", _TS, nullable=True),
        sa.Column("callback_number", sa.String(length=16), nullable=True),
        sa.Column("callback_done_at", _TS, nullable=True),
        sa.Column("callback_call_id", sa.String(length=36), nullable=True),
        sa.Column("out_of_scope_rule", sa.String(length=32), nullable=True),
        sa.Column("refused_rules", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("operator_id", sa.Integer(), nullable=True),
        sa.Column("operator_name", sa.String(length=255), nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("saved_at", _TS, nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["call_id"], ["calls.id"], name=op.f("fk_wrap_ups_call_id_calls")),
        sa.ForeignKeyConstraint(
            ["operator_id"], ["operators.id"], name=op.f("fk_wrap_ups_operator_id_operators")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wrap_ups")),
        sa.UniqueConstraint("call_id", name=op.f("uq_wrap_ups_call_id")),
        sa.UniqueConstraint("registration_number", name=op.f("uq_wrap_ups_registration_number")),
    )
    op.create_index(op.f("ix_wrap_ups_category"), "wrap_ups", ["category"])
    op.create_index(op.f("ix_wrap_ups_callback_due"), "wrap_ups", ["callback_due"])
    op.create_table(
        "registration_counters",
        sa.Column("series", sa.String(length=64), nullable=False),
        sa.Column("period", sa.String(length=16), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("series", "period", name=op.f("pk_registration_counters")),
    )
    with op.batch_alter_table("calls", recreate="never") as batch:
        batch.add_column(sa.Column("transfer_target", sa.String(length=255), nullable=True))
        batch.add_column(sa.Column("transfer_kind", sa.String(length=16), nullable=True))
    with op.batch_alter_table("incidents", recreate="never") as batch:
        batch.add_column(sa.Column("withdrawn_at", _TS, nullable=True))
        batch.add_column(sa.Column("withdrawn_by", sa.String(length=128), nullable=True))
        batch.add_column(sa.Column("revert_reason", sa.Text(), nullable=True))
        batch.add_column(
            sa.Column(
                "original_kind",
                sa.Enum(
                    "abuse", "threat", name="incidentkind", native_enum=False,
                    create_constraint=False, length=16,
                ),
                nullable=True,
            )
        )  # fmt: skip


def downgrade() -> None:
    # Reverted incidents fall back to a status the old schema knows; the audit keeps why.
    op.execute("UPDATE incidents SET status = 'closed' WHERE status = 'withdrawn'")
    with op.batch_alter_table("incidents", recreate="never") as batch:
        batch.drop_column("original_kind")
        batch.drop_column("revert_reason")
        batch.drop_column("withdrawn_by")
        batch.drop_column("withdrawn_at")
    with op.batch_alter_table("calls", recreate="never") as batch:
        batch.drop_column("transfer_kind")
        batch.drop_column("transfer_target")
    op.drop_table("registration_counters")
    op.drop_index(op.f("ix_wrap_ups_callback_due"), table_name="wrap_ups")
    op.drop_index(op.f("ix_wrap_ups_category"), table_name="wrap_ups")
    op.drop_table("wrap_ups")
    op.drop_table("seat_agent_states")
    op.drop_index(op.f("ix_agent_state_history_since"), table_name="agent_state_history")
    op.drop_table("agent_state_history")
