"""0010 (issue 12): cases carry what the policies time them by, and internal notes.

Up keeps the cases filed before it (all new columns empty); down drops the columns and the
notes and keeps the cases, on SQLite and a real PostgreSQL.
"""

from __future__ import annotations

import sqlalchemy as sa

from db.session import make_engine, run_migrations
from tests.unit.db.migration_data import TS


def test_0010_adds_case_clocks_and_notes_and_keeps_cases(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        run_migrations(engine, db_url, "0009")
        with engine.begin() as connection:
            connection.execute(
                sa.text("INSERT INTO cases (policy, status, channel, opened_at) "
                        "VALUES ('eep', 'open', 'email', :at)"),
                {"at": TS},
            )  # fmt: skip
        run_migrations(engine, db_url, "0010")
        with engine.begin() as connection:
            case_id = connection.execute(sa.text("SELECT id FROM cases")).scalar_one()
            connection.execute(
                sa.text("UPDATE cases SET sla_level = 'vip', category = 'error', "
                        "status = 'deferred', waiting_since = :at, deferred_until = :at "
                        "WHERE id = :id"),
                {"at": TS, "id": case_id},
            )  # fmt: skip
            connection.execute(
                sa.text("INSERT INTO case_notes (case_id, text, created_at) "
                        "VALUES (:id, 'called back, no answer', :at)"),
                {"at": TS, "id": case_id},
            )  # fmt: skip
        with engine.connect() as connection:
            row = connection.execute(
                sa.text("SELECT sla_level, category, status, reached_employee_at FROM cases")
            ).one()
            assert tuple(row) == ("vip", "error", "deferred", None)
            notes = connection.execute(sa.text("SELECT text FROM case_notes")).scalars()
            assert list(notes) == ["called back, no answer"]
        run_migrations(engine, db_url, "0009", down=True)
        inspector = sa.inspect(engine)
        assert "case_notes" not in inspector.get_table_names()
        assert "sla_level" not in {c["name"] for c in inspector.get_columns("cases")}
        with engine.connect() as connection:
            assert connection.execute(sa.text("SELECT count(*) FROM cases")).scalar_one() == 1
    finally:
        engine.dispose()
