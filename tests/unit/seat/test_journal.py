"""The outage journal: durable, ordered, replayed once, never lost or duplicated.

A real CallLog on SQLite writes the rows; only the outage itself is simulated (a wrapper
raising the error SQLAlchemy raises when the server is gone). The real PostgreSQL outage
is tests/integration/test_db_outage.py.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.audit import verify_audit_chain
from db.session import close_database, open_database
from seat.calllog import CallLog
from seat.journal import REJECTED_SUFFIX, EventJournal, ResilientCallLog, is_transient
from telephony import protocol
from tests.unit.seat.test_calllog import CALL, REC, SEAT, call_events, counts

OUTAGE = sa.exc.OperationalError("SELECT 1", {}, Exception("connection refused"))


class FlakyCallLog:
    """A real CallLog whose database can be "unplugged"; counts the writes that went in."""

    def __init__(self, calllog: CallLog) -> None:
        self.calllog = calllog
        self.down = False
        self.fail_after: int | None = None  # go down after this many more writes
        self.applied: list[protocol.Event] = []

    def handles(self, event: protocol.Event) -> bool:
        return self.calllog.handles(event)

    def apply(self, event: protocol.Event) -> None:
        if self.fail_after is not None:
            if self.fail_after == 0:
                self.down = True
            self.fail_after -= 1
        if self.down:
            raise OUTAGE
        self.calllog.apply(event)
        self.applied.append(event)


@pytest.fixture
def sessions(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    factory = open_database(f"sqlite:///{tmp_path / 'kuty.sqlite3'}")
    yield factory
    close_database(factory)


@pytest.fixture
def flaky(sessions: sessionmaker[Session]) -> FlakyCallLog:
    return FlakyCallLog(CallLog(sessions, SEAT))


@pytest.fixture
def journal(tmp_path: Path) -> EventJournal:
    return EventJournal(tmp_path / "data" / "db-journal.jsonl")


def written(events: list[protocol.Event]) -> list[protocol.Event]:
    return [e for e in events if not isinstance(e, protocol.EngineReady | protocol.Dtmf)]


def test_append_is_durable_and_replayed_in_order(journal: EventJournal) -> None:
    events = call_events()
    for event in events:
        journal.append(event)
    assert journal.pending() == len(events)
    lines = journal.path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["event"] for line in lines] == [e.name for e in events]

    reopened = EventJournal(journal.path)  # a restart reads what is on disk
    assert reopened.pending() == len(events)
    seen: list[protocol.Event] = []
    assert reopened.replay(seen.append) == len(events)
    assert seen == events
    assert reopened.pending() == 0
    assert journal.path.read_bytes() == b""
    assert reopened.replay(seen.append) == 0


def test_failed_replay_keeps_everything_and_repeats_harmlessly(
    journal: EventJournal, flaky: FlakyCallLog, sessions: sessionmaker[Session]
) -> None:
    events = written(call_events())
    for event in events:
        journal.append(event)
    flaky.fail_after = 3  # the database goes away again half-way through the replay
    with pytest.raises(sa.exc.OperationalError):
        journal.replay(flaky.apply)
    assert journal.pending() == len(events)
    flaky.down, flaky.fail_after = False, None
    assert journal.replay(flaky.apply) == len(events)
    assert journal.pending() == 0
    assert counts(sessions) == (1, 1, 2)  # one call, one recording, two audit rows
    with sessions() as session:
        assert verify_audit_chain(session).ok


def test_entries_appended_during_a_replay_are_kept(journal: EventJournal) -> None:
    first, second, *_ = written(call_events())
    journal.append(first)

    def apply(event: protocol.Event) -> None:
        journal.append(second)  # another event arrives while the replay runs

    assert journal.replay(apply) == 1
    assert journal.pending() == 1
    seen: list[protocol.Event] = []
    journal.replay(seen.append)
    assert seen == [second]


def test_torn_last_line_is_dropped_not_glued(journal: EventJournal) -> None:
    first, second, *_ = written(call_events())
    journal.append(first)
    with open(journal.path, "ab") as handle:
        handle.write(b'{"event":"call_answered","call_')  # power cut mid-append
    reopened = EventJournal(journal.path)
    assert reopened.pending() == 1
    reopened.append(second)
    seen: list[protocol.Event] = []
    assert reopened.replay(seen.append) == 2
    assert seen == [first, second]


def test_outage_journals_then_recovers_without_loss_or_duplicates(
    flaky: FlakyCallLog, journal: EventJournal, sessions: sessionmaker[Session]
) -> None:
    states: list[tuple[bool, int]] = []
    resilient = ResilientCallLog(flaky, journal, lambda ok, n: states.append((ok, n)))
    events = call_events()
    resilient.apply(events[1])  # CallIncoming written while the database is up
    flaky.down = True
    for event in events[2:]:
        resilient.apply(event)
    assert resilient.degraded
    assert states == [(False, 1)]  # announced once, not per event
    assert journal.pending() == len(written(events[2:]))  # Dtmf is not database work

    assert resilient.replay_pending() is None  # still down: nothing lost, nothing doubled
    assert states == [(False, 1)]
    flaky.down = False
    replayed = resilient.replay_pending()
    assert replayed == len(written(events[2:]))
    assert states == [(False, 1), (True, replayed)]
    assert not resilient.degraded
    assert flaky.applied == written(events)  # every event once, in the engine's order
    assert counts(sessions) == (1, 1, 2)
    calls = flaky.calllog.list_calls()
    assert [(c.call_id, c.recording_id, c.recording_status) for c in calls] == [
        (CALL, REC, "complete")
    ]


def test_events_queue_behind_pending_entries(flaky: FlakyCallLog, journal: EventJournal) -> None:
    resilient = ResilientCallLog(flaky, journal, lambda ok, n: None)
    incoming, answered, *_ = written(call_events())
    flaky.down = True
    resilient.apply(incoming)
    flaky.down = False
    resilient.apply(answered)  # database back, but CallIncoming must be written first
    assert flaky.applied == []
    assert journal.pending() == 2
    resilient.replay_pending()
    assert flaky.applied == [incoming, answered]


def test_start_replays_what_a_previous_run_left(
    flaky: FlakyCallLog, journal: EventJournal, sessions: sessionmaker[Session]
) -> None:
    for event in call_events():
        journal.append(event)
    states: list[tuple[bool, int]] = []
    resilient = ResilientCallLog(flaky, EventJournal(journal.path), lambda *s: states.append(s))
    resilient.start()
    try:
        assert counts(sessions) == (1, 1, 3)  # with the seat's address (issue 13)
        assert states == [(True, len(call_events()))]
    finally:
        resilient.stop()


def test_bad_rows_are_not_journaled_and_replay_sets_them_aside(
    flaky: FlakyCallLog, journal: EventJournal
) -> None:
    broken = sa.exc.IntegrityError("INSERT", {}, Exception("CHECK constraint failed"))
    assert not is_transient(broken)
    assert is_transient(OUTAGE)

    class Refusing(FlakyCallLog):
        def apply(self, event: protocol.Event) -> None:
            if isinstance(event, protocol.CallAnswered):
                raise broken
            super().apply(event)

    refusing = Refusing(flaky.calllog)
    resilient = ResilientCallLog(refusing, journal, lambda ok, n: None)
    incoming, answered, *_ = written(call_events())
    with pytest.raises(sa.exc.IntegrityError):
        resilient.apply(answered)  # a bug, not an outage: reported, not retried forever
    assert journal.pending() == 0

    journal.append(incoming)
    journal.append(answered)
    assert resilient.replay_pending() == 2
    assert journal.pending() == 0
    rejected = journal.path.with_name(journal.path.name + REJECTED_SUFFIX)
    assert json.loads(rejected.read_text(encoding="utf-8"))["event"] == answered.name
    assert refusing.applied == [incoming]
