"""0006 (issue 10, KUTY-1.1): recording gaps and system-alert notices, up and down with data.

Runs on SQLite and on a real PostgreSQL server (`db_url` is parametrised). Plain SQL
throughout: the models are ahead of 0005, so the ORM cannot write a 0005 row.
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from db.session import make_engine, run_migrations
from tests.unit.db.migration_data import TS, hold_refuses_delete, seed_held_threat_call

CALL = "7f0c2a6e-0000-4000-8000-000000000006"
REC = "7f0c2a6e-1111-4000-8000-000000000006"


def _columns(engine: sa.Engine, table: str) -> dict[str, bool]:
    return {c["name"]: bool(c["nullable"]) for c in sa.inspect(engine).get_columns(table)}


def _seed_0005(connection: sa.Connection) -> None:
    """A held recording and an incident with one in-app notice, as 0005 stores them."""
    seed_held_threat_call(connection, CALL, REC)
    connection.execute(
        sa.text(
            "INSERT INTO notifications (id, incident_id, channel, recipient, created_at, "
            "attempts) VALUES (1, 1, 'in_app', 'petro', :at, 0)"
        ),
        {"at": TS},
    )


def test_0006_up_and_down_keeps_incident_notices_and_the_hold_trigger(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        run_migrations(engine, db_url, "0005")
        with engine.begin() as connection:
            _seed_0005(connection)
        run_migrations(engine, db_url, "0006")

        recordings = _columns(engine, "recordings")
        assert recordings["gaps"] and recordings["missing_s"]
        notifications = _columns(engine, "notifications")
        assert notifications["incident_id"]
        assert {"alert_code", "subject", "body", "call_id", "seat"} <= set(notifications)
        hold_refuses_delete(engine, REC)

        with engine.begin() as connection:
            connection.execute(
                sa.text("UPDATE recordings SET gaps = :gaps, missing_s = 15.8 WHERE id = :id"),
                {"gaps": '[{"track": "caller", "from_s": 4.3, "to_s": 20.1}]', "id": REC},
            )
            connection.execute(
                sa.text(
                    "INSERT INTO notifications (id, alert_code, subject, body, call_id, channel, "
                    "recipient, created_at, attempts) VALUES (2, 'recording_stalled', 's', 'b', "
                    ":call, 'in_app', 'petro', :at, 0)"
                ),
                {"call": CALL, "at": TS},
            )
            incident_row = connection.execute(
                sa.text("SELECT incident_id, recipient FROM notifications WHERE id = 1")
            ).one()
        assert tuple(incident_row) == (1, "petro")
        # A notice about neither an incident nor an alert means nothing: the CHECK refuses it.
        with pytest.raises(sa.exc.IntegrityError), engine.begin() as connection:
            connection.execute(
                sa.text(
                    "INSERT INTO notifications (id, channel, recipient, created_at, attempts) "
                    "VALUES (3, 'in_app', 'petro', :at, 0)"
                ),
                {"at": TS},
            )

        run_migrations(engine, db_url, "0005", down=True)
        assert "gaps" not in _columns(engine, "recordings")
        notifications = _columns(engine, "notifications")
        assert not notifications["incident_id"] and "alert_code" not in notifications
        with engine.connect() as connection:
            ids = connection.execute(sa.text("SELECT id FROM notifications")).scalars().all()
        assert ids == [1]  # the incident notice stays; the alert one cannot exist at 0005
        hold_refuses_delete(engine, REC)

        run_migrations(engine, db_url, "head")  # and up again over the downgraded data
        hold_refuses_delete(engine, REC)
    finally:
        engine.dispose()
