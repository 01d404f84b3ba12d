"""The wallboard's snapshot and its push (issue 13), on SQLite and a real PostgreSQL.

Seats write through their real call logs (seat.calllog.CallLog), as `kuty serve` and the
console do; the PostgreSQL listener (db.live.DeskListener) must hear a commit from another
seat's call log, and must not hear a transaction that was rolled back.
"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.enums import AgentState
from db.live import DeskListener, announce
from db.models import OperatorRole
from db.session import close_database, open_database
from desk.roles import Actor, PermissionDenied
from desk.wallboard import wallboard
from seat.calllog import CallLog
from telephony import protocol as p
from tests.support.postgres import PostgresServer

PETRO = Actor("petro", OperatorRole.SUPERVISOR, 2)
OLENA = Actor("olena", OperatorRole.OPERATOR, 1)


@pytest.fixture
def sessions(desk_sessions: sessionmaker[Session]) -> sessionmaker[Session]:
    return desk_sessions


def iso(seconds_ago: float = 0.0) -> str:
    return (dt.datetime.now(dt.UTC) - dt.timedelta(seconds=seconds_ago)).isoformat()


def ring(log: CallLog, call_id: str, number: str | None, answered: bool) -> None:
    uri = f"sip:{number or 'anonymous'}@127.0.0.1"
    log.apply(p.CallIncoming(call_id=call_id, remote_uri=uri, caller_number=number,
                             display_name="", ring_at=iso(30)))  # fmt: skip
    if answered:
        log.apply(p.CallAnswered(call_id=call_id, answer_at=iso(25)))


def test_snapshot_has_every_seat_and_only_calls_in_progress(
    sessions: sessionmaker[Session],
) -> None:
    a, b, c = (CallLog(sessions, name) for name in ("seat-a", "seat-b", "seat-c"))
    a.set_operator(1)
    a.apply(p.AgentStateChanged(state=AgentState.READY, since=iso(600)))
    b.apply(p.AgentStateChanged(state=AgentState.NOT_READY, since=iso(120), reason="lunch"))
    c.apply(p.AgentStateChanged(state=AgentState.READY, since=iso(60)))
    ring(a, "call-a", "+380501234567", answered=True)
    ring(c, "call-c", None, answered=False)
    ring(b, "call-done", "+380671112233", answered=True)
    b.apply(p.CallEnded(call_id="call-done", end_at=iso(1), end_reason=p.EndReason.LOCAL_HANGUP))

    board = wallboard(sessions, PETRO)
    seats = {s.seat: s for s in board.seats}
    assert sorted(seats) == ["seat-a", "seat-b", "seat-c"]
    assert seats["seat-a"].state is AgentState.READY and seats["seat-a"].operator == "Олена Ш."
    assert seats["seat-b"].state is AgentState.NOT_READY and seats["seat-b"].reason == "lunch"
    assert 100 <= (board.read_at - seats["seat-b"].since).total_seconds() <= 200
    calls = {c.call_id: c for c in board.calls}
    assert sorted(calls) == ["call-a", "call-c"]  # the ended call is gone
    assert calls["call-a"].answer_at is not None and calls["call-a"].number == "+380501234567"
    assert calls["call-c"].answer_at is None and calls["call-c"].number is None


def test_an_operator_may_not_read_the_wallboard(sessions: sessionmaker[Session]) -> None:
    with pytest.raises(PermissionDenied):
        wallboard(sessions, OLENA)


def test_announce_refuses_an_unknown_topic(sessions: sessionmaker[Session]) -> None:
    with pytest.raises(ValueError, match="unknown live topic"), sessions.begin() as s:
        announce(s, "everything")


def test_listener_hears_another_seats_commit_and_not_a_rollback(
    postgres_server: PostgresServer,
) -> None:
    url = postgres_server.create_database()
    factory = open_database(url)
    heard: list[str] = []
    up = threading.Event()
    got = threading.Event()

    def on_change(topic: str) -> None:
        heard.append(topic)
        got.set()

    engine = factory.kw["bind"]
    listener = DeskListener(engine, on_change, lambda state: up.set() if state else None).start()
    try:
        assert up.wait(10), "the listener never connected"
        # Rolled back: the wallboard must not hear of a change that did not happen.
        with pytest.raises(RuntimeError), factory.begin() as s:
            announce(s, "agents")
            raise RuntimeError("rolled back")
        other = open_database(url)  # another seat, its own connection pool
        seat = CallLog(other, "seat-b")
        seat.apply(p.AgentStateChanged(state=AgentState.NOT_READY, since=iso(), reason="break"))
        assert got.wait(5), "no notification after the commit"
        assert heard == ["agents"], heard
        got.clear()
        ring(seat, "c1", "+380501234567", answered=False)
        assert got.wait(5) and heard[1] == "calls", heard
        close_database(other)
    finally:
        listener.stop()
        close_database(factory)
        postgres_server.drop_database(url)


def test_listener_refuses_sqlite(tmp_path: Path) -> None:
    factory = open_database(f"sqlite:///{tmp_path / 'k.sqlite3'}")
    try:
        with pytest.raises(ValueError, match="PostgreSQL"):
            DeskListener(factory.kw["bind"], lambda _t: None)
        assert sa.inspect(factory.kw["bind"]).has_table("seat_agent_states")
    finally:
        close_database(factory)
