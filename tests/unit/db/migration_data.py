"""Rows as older schemas store them, for the migration tests (plain SQL: the ORM models are
always at head, so they cannot write an old row)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

TS = "2026-12-01 09:30:00.000000"


def seed_columns(engine: sa.Engine, table: str) -> set[str]:
    """The table's column names as the database has them now."""
    return {c["name"] for c in sa.inspect(engine).get_columns(table)}


def seed_operator(connection: sa.Connection) -> None:
    """Olena (id 1), who later rows name as their operator."""
    connection.execute(
        sa.text("INSERT INTO operators (id, username, display_name, role, active, created_at) "
                "VALUES (1, 'olena', 'Олена', 'operator', :t, :at)"),
        {"t": True, "at": TS},
    )  # fmt: skip


def seed_held_threat_call(connection: sa.Connection, call: str, rec: str) -> None:
    """A call with a complete recording under legal hold and a threat incident (id 1) on
    it: the rows every migration since 0002 must carry through up and down."""
    connection.execute(
        sa.text("INSERT INTO calls (id, ring_at, seat) VALUES (:id, :at, 'seat-1')"),
        {"id": call, "at": TS},
    )
    connection.execute(
        sa.text(
            "INSERT INTO recordings (id, call_id, directory, status, started_at, legal_hold) "
            "VALUES (:id, :call, '/rec/x', 'complete', :at, :held)"
        ),
        {"id": rec, "call": call, "at": TS, "held": True},
    )
    connection.execute(
        sa.text(
            "INSERT INTO incidents (id, kind, channel, call_id, created_at, pressed_at, "
            "operator_name, status) VALUES (1, 'threat', 'voice', :call, :at, :at, 'Olena', "
            "'open')"
        ),
        {"call": call, "at": TS},
    )


def hold_refuses_delete(engine: sa.Engine, rec: str) -> None:
    """0002's legal-hold trigger must survive every later migration: a table rebuild would
    silently drop it (KUTY-1.2: a held recording is never deleted)."""
    with (
        pytest.raises(sa.exc.DBAPIError, match="legal hold"),
        engine.begin() as connection,
    ):
        connection.execute(sa.text("DELETE FROM recordings WHERE id = :id"), {"id": rec})
