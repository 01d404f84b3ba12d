"""Head matches the models, and every revision goes up and down with data in place.

Every test runs on SQLite and on a real PostgreSQL server (`db_url` is parametrised).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from db.models import Base
from db.session import (
    alembic_config,
    make_engine,
    run_migrations,
    upgrade_to_head,
)

CALL_ROW = {
    "id": "7f0c2a6e-0000-4000-8000-000000000001",
    "direction": "incoming",
    "remote_number": "+380441234567",
    "ring_at": "2025-03-01 09:30:00.000000",  # UTC wall time, as UTCDateTime stores it
    "seat": "seat-1",
}


_INSERT_CALL = sa.text(
    "INSERT INTO calls (id, direction, remote_number, ring_at, seat) "
    "VALUES (:id, :direction, :remote_number, :ring_at, :seat)"
)


def _insert_call_once(connection: sa.Connection) -> None:
    """Portable "INSERT OR IGNORE" (plain SQL: the models may be ahead of this revision)."""
    query = sa.text("SELECT count(*) FROM calls WHERE id = :id")
    if connection.execute(query, {"id": CALL_ROW["id"]}).scalar_one() == 0:
        connection.execute(_INSERT_CALL, CALL_ROW)


def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def _tables(engine: sa.Engine) -> set[str]:
    return set(sa.inspect(engine).get_table_names()) - {"alembic_version"}


def test_head_matches_models(db_url: str) -> None:
    upgrade_to_head(db_url)
    engine = make_engine(db_url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            diff = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    assert diff == []


def test_upgrade_is_idempotent_and_single_headed(db_url: str) -> None:
    upgrade_to_head(db_url)
    upgrade_to_head(db_url)
    script = ScriptDirectory.from_config(alembic_config())
    assert len(script.get_heads()) == 1
    engine = make_engine(db_url)
    try:
        with engine.connect() as connection:
            version = connection.exec_driver_sql("SELECT version_num FROM alembic_version")
            assert version.scalar_one() == script.get_current_head()
    finally:
        engine.dispose()


def test_every_revision_up_and_down(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        for revision in _revisions():
            run_migrations(engine, db_url, revision)
            # A call row written at this revision must survive the next step up.
            if "calls" in _tables(engine):
                with engine.begin() as connection:
                    _insert_call_once(connection)
        assert _tables(engine) == set(Base.metadata.tables)
        with engine.connect() as connection:
            ids = connection.execute(sa.text("SELECT id FROM calls")).scalars().all()
        assert ids == [CALL_ROW["id"]]

        run_migrations(engine, db_url, "base", down=True)
        assert _tables(engine) == set()

        run_migrations(engine, db_url, "head")
        assert _tables(engine) == set(Base.metadata.tables)
        with engine.begin() as connection:
            connection.execute(_INSERT_CALL, CALL_ROW)
            count = connection.execute(sa.text("SELECT count(*) FROM calls")).scalar_one()
        assert count == 1
    finally:
        engine.dispose()


def test_developer_alembic_ini_works_from_any_directory(tmp_path: Path, db_url: str) -> None:
    ini = Path(__file__).parents[3] / "db" / "alembic.ini"
    done = subprocess.run(
        [sys.executable, "-m", "alembic", "-c", str(ini), "-x", f"url={db_url}", "upgrade", "head"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    engine = make_engine(db_url)
    try:
        assert _tables(engine) == set(Base.metadata.tables)
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    "statement", ["UPDATE audit_events SET kind = 'x'", "DELETE FROM audit_events"]
)
def test_audit_table_refuses_update_and_delete(db_url: str, statement: str) -> None:
    upgrade_to_head(db_url)
    engine = make_engine(db_url)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO audit_events (id, at, kind, actor, payload, prev_hash, row_hash) "
                "VALUES (1, '2025-01-01 00:00:00.000000', 'k', 'a', '{}', 'p', 'r')"
            )
        with pytest.raises(sa.exc.IntegrityError, match="append-only"), engine.begin() as conn:
            conn.exec_driver_sql(statement)
    finally:
        engine.dispose()
