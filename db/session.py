"""Engines, sessions and schema upgrades for SQLite (one seat) and PostgreSQL (many seats).

SQLite is tuned for evidence, not speed: WAL so readers never block the recorder's writes,
`synchronous=FULL` so a committed call row survives a power cut, foreign keys on, and a
busy timeout so two threads of one console wait for each other instead of failing.
Every SQLite transaction starts with `BEGIN IMMEDIATE`: the writer is serialised from the
first statement, so the audit chain's "read the last hash, append the next row" can never
fork and no transaction fails half-way with a stale snapshot (see docs/adr/0002).
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from db.errors import UserFacingError

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
BUSY_TIMEOUT_MS = 5000


class DatabaseUnavailable(UserFacingError, RuntimeError):
    """The database cannot be opened or upgraded; the message is fit for the operator's log.

    It names the URL with any password masked, so it can be shown and logged as is.
    """


def mask_url(url: str) -> str:
    try:
        return sa.make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<unparseable database URL>"


def _sqlite_path(url: sa.URL) -> Path | None:
    database = url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Driver-level autocommit: the "begin" listener below issues BEGIN itself, which is the
    # only way to get IMMEDIATE transactions and transactional DDL out of pysqlite.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
    finally:
        cursor.close()


def _on_sqlite_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str) -> Engine:
    """Create an engine; for SQLite, create the parent directory and install the pragmas.

    Raises:
        DatabaseUnavailable: the URL is invalid or the SQLite directory cannot be created.
    """
    try:
        parsed = sa.make_url(url)
    except ArgumentError as exc:
        raise DatabaseUnavailable(f"invalid database URL {mask_url(url)}: {exc}") from exc
    is_sqlite = parsed.get_backend_name() == "sqlite"
    if is_sqlite and (path := _sqlite_path(parsed)) is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseUnavailable(
                f"cannot open database {mask_url(url)}: cannot create directory "
                f"{path.parent}: {exc.strerror or exc}"
            ) from exc
    try:
        engine = sa.create_engine(parsed, pool_pre_ping=not is_sqlite)
    except (ArgumentError, NoSuchModuleError, ImportError) as exc:
        raise DatabaseUnavailable(f"cannot open database {mask_url(url)}: {exc}") from exc
    if is_sqlite:
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: summaries built in a session stay readable after it closes,
    # which is what worker threads handing results to the GUI need.
    return sessionmaker(bind=engine, expire_on_commit=False)


def alembic_config(url: str | None = None) -> Config:
    """An Alembic config that needs no alembic.ini in the working directory."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    if url is not None:
        # ConfigParser treats % as interpolation; URL-encoded passwords contain it.
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def _unavailable(url: str, exc: BaseException) -> DatabaseUnavailable:
    reason = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    return DatabaseUnavailable(f"cannot open database {mask_url(url)}: {reason}")


def run_migrations(engine: Engine, url: str, revision: str = "head", *, down: bool = False) -> None:
    """Run Alembic on `engine`'s connection so the SQLite pragmas apply to migrations too."""
    config = alembic_config(url)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        if down:
            command.downgrade(config, revision)
        else:
            command.upgrade(config, revision)


def upgrade_to_head(url: str) -> None:
    """Bring the schema to the newest revision.

    Raises:
        DatabaseUnavailable: the file is not a database, the directory is read-only, the
            server refuses the connection, and the like.
    """
    engine = make_engine(url)
    try:
        run_migrations(engine, url)
    except (DBAPIError, OSError) as exc:
        raise _unavailable(url, exc) from exc
    finally:
        engine.dispose()


def open_database(url: str) -> sessionmaker[Session]:
    """Upgrade the schema, then hand out a session factory on a fresh engine.

    Raises:
        DatabaseUnavailable: see `upgrade_to_head`.
    """
    upgrade_to_head(url)
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
    except (DBAPIError, OSError) as exc:
        engine.dispose()
        raise _unavailable(url, exc) from exc
    log.info("database ready at %s", mask_url(url))
    return session_factory(engine)


def close_database(sessions: sessionmaker[Session]) -> None:
    """Release the pool (and SQLite's WAL files) of a factory from `open_database`."""
    bind = sessions.kw.get("bind")
    if isinstance(bind, Engine):
        bind.dispose()
