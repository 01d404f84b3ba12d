"""0011 (issue 12): calls belong to cases, a writer's identification, written wrap-ups.

Up keeps the calls, cases and wrap-ups filed before it (the new columns empty) and links
them afterwards; down drops the links and keeps every row, on SQLite and a real PostgreSQL.
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from db.session import make_engine, run_migrations
from tests.unit.db.migration_data import TS, seed_columns, seed_operator


def test_0011_links_calls_and_wrap_ups_to_cases_and_keeps_rows_down(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        run_migrations(engine, db_url, "0010")
        with engine.begin() as connection:
            seed_operator(connection)
            connection.execute(
                sa.text("INSERT INTO cases (id, policy, status, channel, opened_at) "
                        "VALUES (7, 'kuty', 'open', 'email', :at)"),
                {"at": TS},
            )  # fmt: skip
            connection.execute(
                sa.text("INSERT INTO calls (id, ring_at, seat) VALUES ('c1', :at, 'seat-1')"),
                {"at": TS},
            )
            connection.execute(
                sa.text("INSERT INTO wrap_ups (call_id, category, topic, notes, refused_rules,"
                        " status, operator_name, created_at, saved_at, search_text) VALUES"
                        " ('c1', 'registration', '', '', '[]', 'complete', 'Олена', :at, :at,"
                        " '')"),
                {"at": TS},
            )  # fmt: skip
        run_migrations(engine, db_url, "0011")
        assert "case_id" in seed_columns(engine, "calls")
        assert "case_id" in seed_columns(engine, "wrap_ups")
        assert {"identity_state", "identity_at", "identity_by"} <= seed_columns(engine, "cases")
        indexes = {i["name"] for i in sa.inspect(engine).get_indexes("calls")}
        assert "ix_calls_case_id" in indexes
        with engine.begin() as connection:
            assert connection.execute(sa.text("SELECT case_id FROM calls")).scalar_one() is None
            connection.execute(sa.text("UPDATE calls SET case_id = 7"))
            connection.execute(
                sa.text("UPDATE cases SET identity_state = 'identified', identity_at = :at, "
                        "identity_by = 1"),
                {"at": TS},
            )  # fmt: skip
            connection.execute(sa.text("UPDATE wrap_ups SET case_id = 7"))
        if engine.dialect.name == "postgresql":  # SQLite checks FKs only with the pragma on
            with pytest.raises(IntegrityError), engine.begin() as connection:
                connection.execute(sa.text("UPDATE calls SET case_id = 999"))
        run_migrations(engine, db_url, "0010", down=True)
        assert "case_id" not in seed_columns(engine, "calls")
        assert "case_id" not in seed_columns(engine, "wrap_ups")
        assert "identity_state" not in seed_columns(engine, "cases")
        with engine.connect() as connection:
            for table in ("calls", "cases", "wrap_ups"):
                count = connection.execute(sa.text(f"SELECT count(*) FROM {table}"))
                assert count.scalar_one() == 1, table
        run_migrations(engine, db_url, "0011")  # and up again on the downgraded schema
        assert "case_id" in seed_columns(engine, "calls")
    finally:
        engine.dispose()
