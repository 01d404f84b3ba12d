"""0007 (issue 11): agent states, wrap-ups, counters, transfers, reverted incidents.

Up and down with data in place, on SQLite and on a real PostgreSQL server (`db_url` is
parametrised). Plain SQL throughout: the ORM models are always at head.
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from db.session import make_engine, run_migrations
from tests.unit.db.migration_data import (
    TS,
    hold_refuses_delete,
    seed_columns,
    seed_held_threat_call,
    seed_operator,
)

CALL = "7f0c2a6e-0000-4000-8000-000000000007"
REC = "7f0c2a6e-1111-4000-8000-000000000007"
TS2 = "2026-12-01 09:35:00.000000"


def _seed_0006(connection: sa.Connection) -> None:
    """A call with a held recording and a threat incident, as 0006 stores them."""
    seed_operator(connection)
    seed_held_threat_call(connection, CALL, REC)


def _insert_wrap_up(connection: sa.Connection, wrap_id: int, call: str | None, number: str) -> None:
    connection.execute(
        sa.text(
            "INSERT INTO wrap_ups (id, call_id, category, topic, registration_number, notes, "
            "refused_rules, status, operator_id, operator_name, created_at, saved_at, "
            "search_text) VALUES (:id, :call, 'registration', 'т', :num, '', '[]', 'complete', "
            "1, 'Олена', :at, :at, '')"
        ),
        {"id": wrap_id, "call": call, "num": number, "at": TS},
    )


def test_0007_up_and_down_with_data(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        run_migrations(engine, db_url, "0006")
        with engine.begin() as connection:
            _seed_0006(connection)
        run_migrations(engine, db_url, "0007")

        assert {"transfer_target", "transfer_kind"} <= seed_columns(engine, "calls")
        assert {"withdrawn_at", "withdrawn_by", "revert_reason", "original_kind"} <= seed_columns(
            engine, "incidents"
        )
        hold_refuses_delete(engine, REC)
        with engine.begin() as connection:
            connection.execute(
                sa.text("UPDATE calls SET transfer_target = 'sip:201@127.0.0.1', "
                        "transfer_kind = 'blind', end_reason = 'transferred' WHERE id = :id"),
                {"id": CALL},
            )  # fmt: skip
            connection.execute(
                sa.text("UPDATE incidents SET status = 'withdrawn', withdrawn_at = :at, "
                        "withdrawn_by = 'operator:olena', revert_reason = 'F12 by mistake'"),
                {"at": TS2},
            )  # fmt: skip
            connection.execute(
                sa.text(
                    "INSERT INTO agent_state_history (id, seat, operator_id, state, reason, "
                    "since, ended_at, call_id, cause) VALUES (1, 'seat-1', 1, 'not_ready', "
                    "'lunch', :at, NULL, NULL, 'command')"
                ),
                {"at": TS},
            )
            connection.execute(
                sa.text(
                    "INSERT INTO seat_agent_states (seat, history_id, operator_id, state, "
                    "reason, since, call_id, acw_limit_s) VALUES ('seat-1', 1, 1, 'not_ready', "
                    "'lunch', :at, NULL, 0)"
                ),
                {"at": TS},
            )
            _insert_wrap_up(connection, 1, CALL, "KUTY-20261201-00001")
            connection.execute(
                sa.text("INSERT INTO registration_counters (series, period, last_seq) "
                        "VALUES ('kuty', '2026-12-01', 1)")
            )  # fmt: skip
        # One period per seat and start time: a replayed event cannot add a second.
        with pytest.raises(sa.exc.IntegrityError), engine.begin() as connection:
            connection.execute(
                sa.text(
                    "INSERT INTO agent_state_history (id, seat, state, reason, since, cause) "
                    "VALUES (2, 'seat-1', 'ready', '', :at, 'command')"
                ),
                {"at": TS},
            )
        # One wrap-up per call, one wrap-up per registration number.
        with pytest.raises(sa.exc.IntegrityError), engine.begin() as connection:
            _insert_wrap_up(connection, 2, CALL, "KUTY-20261201-00002")
        with pytest.raises(sa.exc.IntegrityError), engine.begin() as connection:
            _insert_wrap_up(connection, 3, None, "KUTY-20261201-00001")
        with pytest.raises(sa.exc.IntegrityError), engine.begin() as connection:
            connection.execute(
                sa.text("INSERT INTO registration_counters (series, period, last_seq) "
                        "VALUES ('kuty', '2026-12-01', 5)")
            )  # fmt: skip

        run_migrations(engine, db_url, "0006", down=True)
        tables = set(sa.inspect(engine).get_table_names())
        assert not {"wrap_ups", "agent_state_history", "seat_agent_states"} & tables
        assert "registration_counters" not in tables
        assert "transfer_target" not in seed_columns(engine, "calls")
        assert "withdrawn_at" not in seed_columns(engine, "incidents")
        with engine.connect() as connection:
            row = connection.execute(sa.text("SELECT id, end_reason FROM calls")).one()
            status = connection.execute(sa.text("SELECT status FROM incidents")).scalar_one()
        assert tuple(row) == (CALL, "transferred")  # the call row itself survives
        assert status == "closed"  # the old schema's nearest status; the audit keeps why
        hold_refuses_delete(engine, REC)

        run_migrations(engine, db_url, "head")  # and up again over the downgraded data
        hold_refuses_delete(engine, REC)
        with engine.connect() as connection:
            count = connection.execute(sa.text("SELECT count(*) FROM wrap_ups")).scalar_one()
        assert count == 0
    finally:
        engine.dispose()
