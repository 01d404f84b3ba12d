"""0009 (issue 12): the blocklist holds e-mail addresses, on SQLite and a real PostgreSQL.

PostgreSQL enforces VARCHAR lengths, so before 0009 a 40-character address could not be
stored there at all; a downgrade is refused while one is blocked.
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from db.session import make_engine, run_migrations
from tests.unit.db.migration_data import TS

ADDRESS = "a.very.long.name.of.a.writer@mail.example.org"  # 45 characters


def _block(connection: sa.Connection, value: str) -> None:
    connection.execute(
        sa.text("INSERT INTO blocklist (number, reason, created_by, created_at, active) "
                "VALUES (:v, 'KUTY-3.4', 'supervisor:petro', :at, :t)"),
        {"v": value, "at": TS, "t": True},
    )  # fmt: skip


def test_0009_takes_addresses_and_refuses_to_lose_them(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        run_migrations(engine, db_url, "0008")
        with engine.begin() as connection:
            _block(connection, "+380501234567")
        if engine.dialect.name == "postgresql":  # the old column really was too short
            with pytest.raises(sa.exc.DBAPIError), engine.begin() as connection:
                _block(connection, ADDRESS)
        run_migrations(engine, db_url, "0009")
        with engine.begin() as connection:
            _block(connection, ADDRESS)
        with engine.connect() as connection:
            rows = connection.execute(sa.text("SELECT number FROM blocklist ORDER BY id"))
            assert [r[0] for r in rows] == ["+380501234567", ADDRESS]
        with pytest.raises(RuntimeError, match="blocked e-mail address"):
            run_migrations(engine, db_url, "0008", down=True)
        with engine.begin() as connection:
            connection.execute(sa.text("DELETE FROM blocklist WHERE number = :v"), {"v": ADDRESS})
        run_migrations(engine, db_url, "0008", down=True)
        run_migrations(engine, db_url, "0009")
    finally:
        engine.dispose()
