"""CallLog replays and the evidence triggers behave the same on SQLite and PostgreSQL.

The outage journal (seat/journal.py) relies on replays being harmless on the shared
PostgreSQL exactly as on a seat's SQLite file.
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.audit import verify_audit_chain
from db.models import Recording
from db.session import close_database, open_database
from seat.calllog import CallLog
from tests.support.postgres import PostgresServer
from tests.unit.seat.test_calllog import CALL, REC, SEAT, call_events, counts


def test_replaying_every_event_twice_changes_nothing(sessions: sessionmaker[Session]) -> None:
    calllog = CallLog(sessions, SEAT)
    for event in call_events():
        calllog.apply(event)
    once = counts(sessions)
    for event in call_events():  # a crash mid-replay replays everything again
        calllog.apply(event)
    assert counts(sessions) == once == (1, 1, 3)  # with the seat's address (issue 13)
    calls = calllog.list_calls()
    assert [(c.call_id, c.recording_id, c.recording_status) for c in calls] == [
        (CALL, REC, "complete")
    ]
    with sessions() as session:
        assert verify_audit_chain(session).ok


def test_recording_under_legal_hold_cannot_be_deleted(sessions: sessionmaker[Session]) -> None:
    calllog = CallLog(sessions, SEAT)
    for event in call_events():
        calllog.apply(event)
    with sessions.begin() as session:
        session.get_one(Recording, REC).legal_hold = True
    with pytest.raises(sa.exc.IntegrityError, match="legal hold"), sessions.begin() as session:
        session.execute(sa.text("DELETE FROM recordings"))
    assert counts(sessions)[1] == 1


def test_audit_table_refuses_truncate_on_postgresql(postgres_server: PostgresServer) -> None:
    url = postgres_server.create_database()
    factory = open_database(url)
    try:
        with (
            pytest.raises(sa.exc.IntegrityError, match="append-only"),
            factory.begin() as session,
        ):
            session.execute(sa.text("TRUNCATE audit_events"))
    finally:
        close_database(factory)
        postgres_server.drop_database(url)
