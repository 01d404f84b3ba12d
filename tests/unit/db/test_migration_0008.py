"""0008 (issue 12): raw messages (immutable), cases, attachments, e-mail columns.

Up and down with data in place, on SQLite and on a real PostgreSQL server (`db_url` is
parametrised). Plain SQL throughout: the ORM models are always at head.
"""

from __future__ import annotations

import hashlib

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

CALL = "7f0c2a6e-0000-4000-8000-000000000008"
REC = "7f0c2a6e-1111-4000-8000-000000000008"
RAW = b"From: a@example.org\r\nSubject: hi\r\nMessage-ID: <1@example.org>\r\n\r\nbody\r\n"
SHA = hashlib.sha256(RAW).hexdigest()


def _seed_0007(connection: sa.Connection) -> None:
    """An operator, a held threat call and a message typed in by hand, as 0007 stores them."""
    seed_operator(connection)
    seed_held_threat_call(connection, CALL, REC)
    connection.execute(
        sa.text(
            "INSERT INTO messages (id, channel, sender, subject, body, body_truncated, "
            "received_at, stopped, operator_id) VALUES (1, 'email', 'a@example.org', 'т', "
            "'текст', :f, :at, :f, 1)"
        ),
        {"f": False, "at": TS},
    )


def _insert_raw(connection: sa.Connection, sha: str = SHA, data: bytes = RAW) -> None:
    connection.execute(
        sa.text("INSERT INTO raw_messages (sha256, size, original_size, truncated, data, "
                "stored_at) VALUES (:sha, :n, :n, :f, :data, :at)"),
        {"sha": sha, "n": len(data), "f": False, "data": data, "at": TS},
    )  # fmt: skip


def test_0008_up_and_down_with_data(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        run_migrations(engine, db_url, "0007")
        with engine.begin() as connection:
            _seed_0007(connection)
        run_migrations(engine, db_url, "0008")

        assert {"direction", "raw_sha256", "rfc_message_id", "in_reply_to",
                "references_header", "from_address", "mailbox", "uidvalidity", "uid",
                "case_id", "status"} <= seed_columns(engine, "messages")  # fmt: skip
        with engine.connect() as connection:
            old = connection.execute(sa.text("SELECT direction, status FROM messages")).one()
        assert tuple(old) == ("in", "new")  # a hand-typed message was an incoming one
        hold_refuses_delete(engine, REC)

        with engine.begin() as connection:
            _insert_raw(connection)
            connection.execute(
                sa.text("INSERT INTO cases (id, registration_number, policy, status, channel, "
                        "opened_at) VALUES (1, 'KUTY-20261201-00001', 'kuty', 'new', 'email', "
                        ":at)"),
                {"at": TS},
            )  # fmt: skip
            connection.execute(
                sa.text(
                    "INSERT INTO messages (id, channel, sender, body, body_truncated, "
                    "received_at, stopped, direction, status, raw_sha256, mailbox, "
                    "uidvalidity, uid, case_id) VALUES (2, 'email', 'a', '', :f, :at, :f, "
                    "'in', 'new', :sha, 'INBOX', 7, 1, 1)"
                ),
                {"f": False, "at": TS, "sha": SHA},
            )
            connection.execute(
                sa.text("INSERT INTO message_attachments (message_id, position, filename, "
                        "content_type, size, sha256, stored) VALUES (2, 0, 'a.zip', "
                        "'application/zip', 10, :sha, :t)"),
                {"sha": SHA, "t": True},
            )  # fmt: skip
        # The raw bytes are evidence: no UPDATE, no DELETE, one row per hash.
        for statement in ("UPDATE raw_messages SET data = :x", "DELETE FROM raw_messages"):
            with (
                pytest.raises(sa.exc.DBAPIError, match="raw_messages is immutable"),
                engine.begin() as connection,
            ):
                connection.execute(sa.text(statement), {"x": b"forged"})
        with pytest.raises(sa.exc.IntegrityError), engine.begin() as connection:
            _insert_raw(connection)
        # One message per exact bytes and direction; per mailbox UID; one case per number.
        with pytest.raises(sa.exc.IntegrityError), engine.begin() as connection:
            connection.execute(
                sa.text(
                    "INSERT INTO messages (id, channel, sender, body, body_truncated, "
                    "received_at, stopped, direction, raw_sha256) VALUES (4, 'email', 'a', '', "
                    ":f, :at, :f, 'in', :sha)"
                ),
                {"f": False, "at": TS, "sha": SHA},
            )
        with pytest.raises(sa.exc.IntegrityError), engine.begin() as connection:
            connection.execute(
                sa.text(
                    "INSERT INTO messages (id, channel, sender, body, body_truncated, "
                    "received_at, stopped, mailbox, uidvalidity, uid) VALUES (3, 'email', "
                    "'a', '', :f, :at, :f, 'INBOX', 7, 1)"
                ),
                {"f": False, "at": TS},
            )
        with pytest.raises(sa.exc.IntegrityError), engine.begin() as connection:
            connection.execute(
                sa.text("INSERT INTO cases (id, registration_number, policy, status, channel, "
                        "opened_at) VALUES (2, 'KUTY-20261201-00001', 'kuty', 'new', 'email', "
                        ":at)"),
                {"at": TS},
            )  # fmt: skip
        with engine.connect() as connection:
            kept = connection.execute(sa.text("SELECT data FROM raw_messages")).scalar_one()
        assert hashlib.sha256(kept).hexdigest() == SHA

        # Evidence is never dropped by a downgrade: refused while raw bytes exist.
        with pytest.raises(RuntimeError, match="raw message"):
            run_migrations(engine, db_url, "0007", down=True)
        assert "raw_messages" in sa.inspect(engine).get_table_names()
    finally:
        engine.dispose()


def test_0008_down_without_raw_messages_and_up_again(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        run_migrations(engine, db_url, "0007")
        with engine.begin() as connection:
            _seed_0007(connection)
        run_migrations(engine, db_url, "0008")
        with engine.begin() as connection:
            connection.execute(sa.text("UPDATE messages SET from_address = 'a@example.org'"))
        run_migrations(engine, db_url, "0007", down=True)
        tables = set(sa.inspect(engine).get_table_names())
        assert not {"raw_messages", "cases", "message_attachments", "mailbox_states"} & tables
        assert not {"direction", "raw_sha256", "case_id"} & seed_columns(engine, "messages")
        with engine.connect() as connection:
            row = connection.execute(sa.text("SELECT id, body FROM messages")).one()
        assert tuple(row) == (1, "текст")  # the hand-typed message survives
        hold_refuses_delete(engine, REC)
        run_migrations(engine, db_url, "head")
        hold_refuses_delete(engine, REC)
        with (
            pytest.raises(sa.exc.DBAPIError, match="raw_messages is immutable"),
            engine.begin() as connection,
        ):
            _insert_raw(connection)
            connection.execute(sa.text("DELETE FROM raw_messages"))
    finally:
        engine.dispose()
