"""Fixtures: a real database per test, SQLite in tmp_path or PostgreSQL on loopback.

`db_url` is parametrised over both backends so every schema, audit and replay test proves
the same behaviour on the one-seat and the multi-seat database. Tests of SQLite-only
promises (pragmas, file errors) use `sqlite_url`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from db.session import close_database, open_database
from tests.support.postgres import PostgresServer

BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'data' / 'kuty.sqlite3'}"


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def db_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database of `backend` (no schema yet), dropped after the test."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'data' / 'kuty.sqlite3'}"
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    url = server.create_database()
    yield url
    server.drop_database(url)


@pytest.fixture
def sessions(db_url: str) -> Iterator[sessionmaker[Session]]:
    factory = open_database(db_url)
    yield factory
    close_database(factory)
