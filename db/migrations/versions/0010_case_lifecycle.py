"""Cases follow their policy (issue 12): SLA level, category, deferral, answer clocks, notes.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01

* `cases` gains what the four regulations time and sort by: `sla_level` (EEP-3 Basic/VIP),
  `category` (EEP-4 Consultation/Error; an error case gets its own registration number,
  EEP-13), `reached_employee_at` (CSC-2.4: the 60 minutes run from the moment a request
  reaches an employee), `first_answered_at`, `waiting_since` (EEP-15: 8 h without the
  customer's answer closes it) and `deferred_until` (CSC-2.3: a complex weekend question
  waits for Monday; status "deferred"). All nullable: cases filed before 0010 have none.
* `case_notes`: internal notes on a case, never sent to the writer (Zendesk's internal
  note); kept with their author and time.

SQLite: plain ADD COLUMN (nullable, no constraint) needs no rebuild. Downgrade drops the
columns and the notes (notes are the desk's working text, not evidence: the raw messages
and the audit log are).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TS = sa.DateTime(timezone=True)
_CASE_COLUMNS = (
    ("sla_level", sa.String(length=32)),
    ("category", sa.String(length=64)),
    ("reached_employee_at", _TS),
    ("first_answered_at", _TS),
    ("waiting_since", _TS),
    ("deferred_until", _TS),
)


def upgrade() -> None:
    for name, kind in _CASE_COLUMNS:
        op.add_column("cases", sa.Column(name, kind, nullable=True))
    op.create_table(
        "case_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_notes_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["author_id"], ["operators.id"], name=op.f("fk_case_notes_author_id_operators")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_notes")),
    )
    op.create_index(op.f("ix_case_notes_case_id"), "case_notes", ["case_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_case_notes_case_id"), table_name="case_notes")
    op.drop_table("case_notes")
    with op.batch_alter_table("cases") as batch:
        for name, _kind in reversed(_CASE_COLUMNS):
            batch.drop_column(name)
