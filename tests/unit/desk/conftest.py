"""A desk's database on each backend, with Olena (operator) and Petro (supervisor) in it.

The multi-seat figures (wallboard, dashboards) must be the same on the one-seat SQLite and
on PostgreSQL, so their tests run on both (a real server, tests/support/postgres.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from db.models import Operator, OperatorRole
from db.session import close_database, open_database
from tests.support.postgres import PostgresServer


@pytest.fixture(params=["sqlite", "postgresql"])
def desk_sessions(
    request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[sessionmaker[Session]]:
    server: PostgresServer | None = None
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'kuty.sqlite3'}"
    else:
        server = request.getfixturevalue("postgres_server")
        url = server.create_database()
    factory = open_database(url)
    with factory.begin() as s:
        s.add(Operator(id=1, username="olena", display_name="Олена Ш.",
                       role=OperatorRole.OPERATOR))  # fmt: skip
        s.add(Operator(id=2, username="petro", display_name="Петро К.",
                       role=OperatorRole.SUPERVISOR))  # fmt: skip
    yield factory
    close_database(factory)
    if server is not None:
        server.drop_database(url)
