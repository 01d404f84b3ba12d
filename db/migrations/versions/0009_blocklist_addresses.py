"""The blocklist takes e-mail addresses (issue 12): `blocklist.number` holds up to 320
characters (RFC 5321's longest address), an E.164 number or a lower-cased address.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01

SQLite does not enforce VARCHAR lengths, but the schema should say what the models say:
there the small table is rebuilt by Alembic's batch mode (no triggers on it); PostgreSQL
alters the column in place. Downgrade: refused while an address is blocked (it would not fit the
16-character column, and unblocking it silently would let a threatening writer back in).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD, NEW = 16, 320


def upgrade() -> None:
    # SQLite: a rebuild of this small table (no triggers on it), so the schema says what
    # the models say; PostgreSQL: ALTER COLUMN in place.
    with op.batch_alter_table("blocklist") as batch:
        batch.alter_column("number", type_=sa.String(NEW), existing_type=sa.String(OLD))


def downgrade() -> None:
    bind = op.get_bind()
    longer = bind.execute(
        sa.text("SELECT count(*) FROM blocklist WHERE length(number) > :n"), {"n": OLD}
    ).scalar()
    if longer:
        raise RuntimeError(
            f"cannot downgrade below 0009: {longer} blocked e-mail address(es) would not fit; "
            "unblock them first (kuty blocklist remove)"
        )
    with op.batch_alter_table("blocklist") as batch:
        batch.alter_column("number", type_=sa.String(OLD), existing_type=sa.String(NEW))
