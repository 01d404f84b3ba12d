"""Calls belong to cases; a writer's identification; written wrap-ups (issue 12).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01

* `calls.case_id` (nullable, indexed, FK to `cases`): "every contact (call or message)
  belongs to a case". The operator joins a call to the caller's open case; a call's
  wrap-up puts it on that case, else on a new voice case (`desk.wrapups`).
* `cases.identity_state` / `identity_at` / `identity_by` (an operator id): what the
  operator recorded of the writer's identification (EEP-11 self-identification:
  "identified" or "refused").
* `wrap_ups.case_id` (nullable, indexed, FK to `cases`): the wrap-up of a written case
  (no call) is stored with the same fields as a call's, on its case.

SQLite: plain ``ALTER TABLE ADD COLUMN`` with an inline REFERENCES, no table rebuild (as
0008 did for `messages`); PostgreSQL gets the naming convention's named FKs. Downgrade
drops them again, in place on SQLite too (see `_sqlite_drop_reference`); the calls, cases
and wrap-ups themselves are kept.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_REFERENCES = (  # (table, column, referenced table)
    ("calls", "case_id", "cases"),
    ("wrap_ups", "case_id", "cases"),
)
_INDEXED = (("calls", "case_id"), ("wrap_ups", "case_id"))


def _add_reference(table: str, column: str, target: str) -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"ALTER TABLE {table} ADD COLUMN {column} INTEGER REFERENCES {target} (id)")
        return
    op.execute(f"ALTER TABLE {table} ADD COLUMN {column} INTEGER")
    op.create_foreign_key(op.f(f"fk_{table}_{column}_{target}"), table, target, [column], ["id"])


def upgrade() -> None:
    op.add_column("cases", sa.Column("identity_state", sa.String(length=16), nullable=True))
    op.add_column("cases", sa.Column("identity_at", sa.DateTime(timezone=True), nullable=True))
    # Who recorded it: an operator id without a FK, so a downgrade drops the three case
    # columns in place (SQLite's DROP COLUMN) instead of rebuilding `cases`, which
    # messages and notes point at.
    op.add_column("cases", sa.Column("identity_by", sa.Integer(), nullable=True))
    for table, column, target in _REFERENCES:
        _add_reference(table, column, target)
    for table, column in _INDEXED:
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column])


def _sqlite_drop_reference(table: str, column: str, target: str) -> None:
    """Drop a column that has a FOREIGN KEY, in place, keeping every row and reference.

    SQLite refuses DROP COLUMN on a column with a FOREIGN KEY, and rebuilding `table` is
    not possible inside the migration's transaction while foreign keys are on (children
    such as recordings and wrap-ups would be re-pointed or fail the check). SQLite's
    documented procedure for a change that leaves the stored rows as they are (removing a
    FOREIGN KEY constraint; lang_altertable, "otheralter" steps 1-6) rewrites the table's
    SQL in the schema table and bumps `schema_version`; then the column is a plain one
    and DROP COLUMN removes it. The REFERENCES text is exactly what `_add_reference` wrote.
    """
    bind = op.get_bind()
    added = f"{column} INTEGER REFERENCES {target} (id)"
    create = bind.execute(
        sa.text("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = :t"), {"t": table}
    ).scalar_one()
    if added not in create:
        raise RuntimeError(f"{table}.{column} is not as 0011 added it; cannot drop it")
    version = bind.execute(sa.text("PRAGMA schema_version")).scalar_one()
    op.execute("PRAGMA writable_schema = ON")
    bind.execute(
        sa.text("UPDATE sqlite_master SET sql = :sql WHERE type = 'table' AND name = :t"),
        {"sql": create.replace(added, f"{column} INTEGER"), "t": table},
    )
    op.execute(f"PRAGMA schema_version = {int(version) + 1}")
    op.execute("PRAGMA writable_schema = OFF")
    op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")


def downgrade() -> None:
    for table, column in reversed(_INDEXED):
        op.drop_index(op.f(f"ix_{table}_{column}"), table_name=table)
    postgres = op.get_bind().dialect.name == "postgresql"
    for table, column, target in reversed(_REFERENCES):
        if postgres:
            op.drop_constraint(op.f(f"fk_{table}_{column}_{target}"), table, type_="foreignkey")
            op.drop_column(table, column)
        else:
            _sqlite_drop_reference(table, column, target)
    with op.batch_alter_table("cases", recreate="never") as batch:
        for column in ("identity_by", "identity_at", "identity_state"):
            batch.drop_column(column)
