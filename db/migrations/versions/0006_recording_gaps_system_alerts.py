"""Recording gaps, and supervisor notifications for system alerts (KUTY-1.1, issue 10).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01

Written by hand to match `db.models.Recording` and `db.models_incidents.Notification`.

* `recordings.gaps` / `recordings.missing_s`: a recording that lost audio (a full disk) is
  `incomplete` and names the missing intervals, instead of passing for the whole call.
* `notifications` may be about a system alert (a stalled recording, low disk space) as well
  as an incident: `incident_id` becomes nullable and the alert carries its own code,
  subject, body, call id and seat; a CHECK keeps every row about one or the other.

SQLite: the recordings columns are added with plain ``ALTER TABLE ADD/DROP COLUMN`` (SQLite
3.35+), never a batch rebuild, because rebuilding `recordings` would silently drop the
trigger that refuses to delete a recording under legal hold (0002). `notifications` has no
trigger and nothing references it, so its nullability change uses a batch rebuild.

Downgrade deletes the system-alert notices (they have no incident, so the old schema cannot
hold them); what they said stays in the audit log, which is where the alert was recorded.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_CHECK = "incident_or_alert"


def upgrade() -> None:
    op.add_column("recordings", sa.Column("gaps", sa.Text(), nullable=True))
    op.add_column("recordings", sa.Column("missing_s", sa.Float(), nullable=True))
    with op.batch_alter_table("notifications") as batch:
        batch.alter_column("incident_id", existing_type=sa.Integer(), nullable=True)
        batch.add_column(sa.Column("alert_code", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("subject", sa.String(length=300), nullable=True))
        batch.add_column(sa.Column("body", sa.Text(), nullable=True))
        batch.add_column(sa.Column("call_id", sa.String(length=36), nullable=True))
        batch.add_column(sa.Column("seat", sa.String(length=128), nullable=True))
        batch.create_check_constraint(
            op.f(f"ck_notifications_{_CHECK}"),
            "incident_id IS NOT NULL OR alert_code IS NOT NULL",
        )


def downgrade() -> None:
    op.execute("DELETE FROM notifications WHERE incident_id IS NULL")
    with op.batch_alter_table("notifications") as batch:
        batch.drop_constraint(op.f(f"ck_notifications_{_CHECK}"), type_="check")
        batch.drop_column("seat")
        batch.drop_column("call_id")
        batch.drop_column("body")
        batch.drop_column("subject")
        batch.drop_column("alert_code")
        batch.alter_column("incident_id", existing_type=sa.Integer(), nullable=False)
    op.drop_column("recordings", "missing_s")
    op.drop_column("recordings", "gaps")
