"""Databases open with the settings we promise, or fail with a clear error.

Tests taking `sessions`/`db_url` run on SQLite and on a real PostgreSQL server; the SQLite
pragmas and file errors are SQLite-only promises and use `sqlite_url`.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import StatementError
from sqlalchemy.orm import Session, sessionmaker

from db.models import Call
from db.session import (
    DatabaseUnavailable,
    close_database,
    make_engine,
    mask_url,
    open_database,
)


def test_pragmas_in_effect_on_every_connection(sqlite_url: str) -> None:
    sessions = open_database(sqlite_url)
    for _ in range(2):  # a second session may get another pooled connection
        with sessions() as session:
            pragma = {
                name: session.execute(sa.text(f"PRAGMA {name}")).scalar_one()
                for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
            }
        assert pragma == {
            "journal_mode": "wal",
            "synchronous": 2,
            "foreign_keys": 1,
            "busy_timeout": 5000,
        }
    close_database(sessions)


def test_creates_missing_parent_directory(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "kuty.sqlite3"
    factory = open_database(f"sqlite:///{target}")
    close_database(factory)
    assert target.is_file()


def test_foreign_keys_are_enforced(sessions: sessionmaker[Session]) -> None:
    with (
        pytest.raises(sa.exc.IntegrityError, match=r"(?i)foreign key"),
        sessions.begin() as session,
    ):
        session.add(
            Call(id="c1", ring_at=datetime.now(UTC), seat="s", operator_id=4242)  # no operator
        )


def test_timestamps_come_back_aware_utc(sessions: sessionmaker[Session]) -> None:
    kyiv = timezone(timedelta(hours=2))
    ring = datetime(2025, 1, 15, 11, 0, 0, 123456, tzinfo=kyiv)
    with sessions.begin() as session:
        session.add(Call(id="c1", ring_at=ring, seat="s"))
    with sessions() as session:
        stored = session.get_one(Call, "c1").ring_at
        raw = session.execute(sa.text("SELECT ring_at FROM calls")).scalar_one()
    assert stored == ring
    assert stored.tzinfo is UTC
    if isinstance(raw, str):  # SQLite: stored as UTC wall time
        assert raw.startswith("2025-01-15 09:00:00.123456")
    else:  # PostgreSQL: timestamptz, the same instant
        assert raw == ring


def test_naive_timestamps_are_refused(sessions: sessionmaker[Session]) -> None:
    with pytest.raises(StatementError, match="naive datetime"), sessions.begin() as session:
        session.add(Call(id="c1", ring_at=datetime(2025, 1, 1), seat="s"))


def test_unwritable_location_raises_database_unavailable(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the data directory should be")
    url = f"sqlite:///{blocker / 'kuty.sqlite3'}"
    with pytest.raises(DatabaseUnavailable, match="cannot open database") as info:
        open_database(url)
    assert str(blocker) in str(info.value)


def test_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "kuty.sqlite3"
    path.write_bytes(b"this is definitely not SQLite\n" * 200)
    with pytest.raises(DatabaseUnavailable, match="file is not a database") as info:
        open_database(f"sqlite:///{path}")
    assert str(path) in str(info.value)


def test_password_is_masked_in_errors() -> None:
    url = "postgresql+nosuchdriver://kuty:s3cret@db.example/kuty"
    with pytest.raises(DatabaseUnavailable) as info:
        make_engine(url)
    assert "s3cret" not in str(info.value)
    assert "***" in str(info.value)
    assert "s3cret" not in mask_url("postgresql://kuty:s3cret@db.example/kuty")


def test_unreachable_server_raises_database_unavailable_without_password() -> None:
    from tests.support.ports import free_port

    url = f"postgresql+psycopg://kuty:s3cret@127.0.0.1:{free_port()}/kuty?connect_timeout=3"
    with pytest.raises(DatabaseUnavailable, match="cannot open database") as info:
        open_database(url)
    assert "s3cret" not in str(info.value)
