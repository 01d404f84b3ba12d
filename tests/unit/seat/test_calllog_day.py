"""CallLog and the operator's working day (issue 11) on real databases.

Agent-state changes become history periods and the seat's current state; declined INVITEs
are whole call rows; transfers land on the call row; Replaces is audited. Every test
replays its events to prove nothing is written twice. SQLite for all of it, PostgreSQL for
the agent-state and declined-call paths (two seats sharing one server).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db import queries
from db.audit import verify_audit_chain
from db.models import AuditEvent, Call, Operator, OperatorRole
from db.models_incidents import Notification
from db.models_operator_day import AgentStateHistory, SeatAgentState
from db.session import close_database, open_database
from desk.agent_states import (
    AgentStateError,
    agent_state_history,
    agent_state_totals,
    current_agent_state,
    current_agent_states,
)
from desk.roles import Actor, PermissionDenied, Role
from incidents.config import IncidentsConfig
from seat.calllog import CallLog
from telephony import protocol
from telephony.protocol import AgentState, CallDirection, EndReason
from tests.support.postgres import PostgresServer

T0 = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
SEAT, SEAT2 = "seat-1", "seat-2"
CALL = "d0000000-0000-4000-8000-000000000001"
DECLINED = "d0000000-0000-4000-8000-000000000002"
NEW_CALL = "d0000000-0000-4000-8000-000000000003"
OLENA = Actor("olena", Role.OPERATOR, 1)
PETRO = Actor("petro", Role.SUPERVISOR, 2)


def iso(offset_s: float) -> str:
    return (T0 + timedelta(seconds=offset_s)).isoformat()


def _seed(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        s.add(Operator(id=1, username="olena", display_name="Олена", role=OperatorRole.OPERATOR))
        s.add(Operator(id=2, username="petro", display_name="Петро", role=OperatorRole.SUPERVISOR))


def _config(tmp_path: Path) -> IncidentsConfig:
    return IncidentsConfig(packages_dir=tmp_path / "police", supervisor_emails=("boss@kuty.ua",))


@pytest.fixture
def sessions(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    factory = open_database(f"sqlite:///{tmp_path / 'kuty.sqlite3'}")
    _seed(factory)
    yield factory
    close_database(factory)


def state(
    offset_s: float, value: AgentState, reason: str = "", call_id: str | None = None
) -> protocol.AgentStateChanged:
    return protocol.AgentStateChanged(
        state=value, since=iso(offset_s), reason=reason, call_id=call_id,
        acw_limit_s=120 if value is AgentState.AFTER_CALL_WORK else 0,
        cause="call_ended" if value is AgentState.AFTER_CALL_WORK else "command",
    )  # fmt: skip


DAY = [
    state(0, AgentState.READY),
    state(600, AgentState.AFTER_CALL_WORK, call_id=CALL),
    state(700, AgentState.READY),
    state(3600, AgentState.NOT_READY, "lunch"),
]


def _apply(log: CallLog, events: list[protocol.Event], times: int = 2) -> None:
    for _ in range(times):  # the second pass is a journal replay: nothing may change
        for event in events:
            log.apply(event)


def _kinds(sessions: sessionmaker[Session]) -> list[str]:
    with sessions() as s:
        return list(s.scalars(sa.select(AuditEvent.kind).order_by(AuditEvent.id)))


def _check_day(sessions: sessionmaker[Session]) -> None:
    rows = agent_state_history(sessions, PETRO, seat=SEAT, since=T0 - timedelta(hours=1))
    assert [(r.state, r.reason, r.since, r.ended_at) for r in rows] == [
        (AgentState.READY, "", T0, T0 + timedelta(seconds=600)),
        (AgentState.AFTER_CALL_WORK, "", T0 + timedelta(seconds=600), T0 + timedelta(seconds=700)),
        (AgentState.READY, "", T0 + timedelta(seconds=700), T0 + timedelta(seconds=3600)),
        (AgentState.NOT_READY, "lunch", T0 + timedelta(seconds=3600), None),
    ]
    assert rows[1].call_id == CALL and all(r.operator == "Олена" for r in rows)
    now = current_agent_state(sessions, SEAT)
    assert now is not None and (now.state, now.reason, now.operator) == (
        AgentState.NOT_READY, "lunch", "Олена",
    )  # fmt: skip
    assert _kinds(sessions).count("agent_state_changed") == 4


def test_agent_states_become_history_and_current_state(sessions: sessionmaker[Session]) -> None:
    log = CallLog(sessions, SEAT, operator_id=1)
    _apply(log, list(DAY))
    _check_day(sessions)
    # A window in the middle finds the periods that overlap it, not only those that start.
    mid = agent_state_history(
        sessions, PETRO, since=T0 + timedelta(seconds=650), until=T0 + timedelta(seconds=800)
    )
    assert [r.state for r in mid] == [AgentState.AFTER_CALL_WORK, AgentState.READY]
    totals = agent_state_totals(
        agent_state_history(sessions, PETRO, since=T0), since=T0, until=T0 + timedelta(hours=2)
    )
    assert totals == {
        (AgentState.READY, ""): 600.0 + 2900.0,
        (AgentState.AFTER_CALL_WORK, ""): 100.0,
        (AgentState.NOT_READY, "lunch"): 3600.0,  # still open: counted up to `until`
    }
    with sessions() as s:
        assert verify_audit_chain(s).ok


def test_out_of_order_replay_does_not_reopen_an_old_period(
    sessions: sessionmaker[Session],
) -> None:
    log = CallLog(sessions, SEAT, operator_id=1)
    _apply(log, [DAY[0], DAY[2], DAY[3]], times=1)
    log.apply(DAY[1])  # the journal had the ACW change last
    _check_day(sessions)


def test_who_reads_agent_states(sessions: sessionmaker[Session]) -> None:
    CallLog(sessions, SEAT, operator_id=1).apply(DAY[0])
    CallLog(sessions, SEAT2).apply(state(5, AgentState.NOT_READY, "break"))  # nobody signed in
    board = current_agent_states(sessions, PETRO)
    assert [(r.seat, r.state, r.operator) for r in board] == [
        (SEAT, AgentState.READY, "Олена"),
        (SEAT2, AgentState.NOT_READY, None),
    ]
    with pytest.raises(PermissionDenied):
        current_agent_states(sessions, OLENA)
    own = agent_state_history(sessions, OLENA, since=T0 - timedelta(hours=1))
    assert [r.seat for r in own] == [SEAT]  # an operator sees only the periods they worked
    with pytest.raises(PermissionDenied):
        agent_state_history(sessions, Actor("ira", Role.HEAD_ADMIN, 3), since=T0)
    with pytest.raises(AgentStateError, match="ends before it starts"):
        agent_state_history(sessions, PETRO, since=T0, until=T0)
    with pytest.raises(AgentStateError, match="aware UTC"):
        agent_state_history(sessions, PETRO, since=datetime(2026, 12, 1))
    assert current_agent_state(sessions, "seat-9") is None


def _declined(
    reason: EndReason, code: int, call_id: str = DECLINED, number: str = "+380501112233"
) -> protocol.CallDeclined:
    return protocol.CallDeclined(
        call_id=call_id, remote_uri=f"sip:{number}@127.0.0.1", caller_number=number,
        display_name="Мати Іванка", ring_at=iso(10), end_at=iso(10.4), end_reason=reason,
        sip_code=code, reason=f"agent {reason.value}: lunch",
    )  # fmt: skip


def test_declined_call_is_a_whole_missed_call_row(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    log = CallLog(sessions, SEAT, incidents_config=_config(tmp_path))
    _apply(log, [_declined(EndReason.NOT_READY, 486)])
    with sessions() as s:
        call = s.get_one(Call, DECLINED)
        assert (call.direction, call.end_reason, call.sip_code) == (
            CallDirection.INCOMING, EndReason.NOT_READY, 486,
        )  # fmt: skip
        assert call.ring_at == T0 + timedelta(seconds=10) and call.answer_at is None
        assert call.remote_number == "+380501112233" and call.display_name == "Мати Іванка"
        missed = queries.missed_calls(s, since=T0)
        assert s.scalar(sa.select(sa.func.count()).select_from(Notification)) == 0
    assert [m.call_id for m in missed] == [DECLINED] and missed[0].end_reason == "not_ready"
    assert _kinds(sessions) == ["call_declined"]


def test_not_recorded_refusal_tells_supervisors_once(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    log = CallLog(sessions, SEAT, incidents_config=_config(tmp_path))
    alert = protocol.Alert(
        code="not_recorded", message="recordings folder not writable", call_id=DECLINED
    )
    _apply(log, [_declined(EndReason.NOT_RECORDED, 503), alert])
    with sessions() as s:
        notices = s.scalars(sa.select(Notification).order_by(Notification.id)).all()
        assert s.get_one(Call, DECLINED).end_reason is EndReason.NOT_RECORDED
    # One in-app notice per supervisor plus one e-mail, for the declined event and the
    # engine's alert about the same call together (KUTY-1.1).
    assert sorted((n.channel.value, n.recipient) for n in notices) == [
        ("email", "boss@kuty.ua"),
        ("in_app", "petro"),
    ]
    assert {n.alert_code for n in notices} == {"not_recorded"}
    assert all(n.call_id == DECLINED and n.seat == SEAT for n in notices)
    kinds = _kinds(sessions)
    assert kinds.count("call_declined") == 1 and kinds.count("not_recorded") == 1


def test_transfer_lands_on_the_call_row(sessions: sessionmaker[Session]) -> None:
    log = CallLog(sessions, SEAT, operator_id=1)
    target = "sip:202@127.0.0.1:5070"
    events: list[protocol.Event] = [
        protocol.CallIncoming(
            call_id=CALL, remote_uri="sip:+380441234567@127.0.0.1",
            caller_number="+380441234567", display_name="", ring_at=iso(0),
        ),
        protocol.CallAnswered(call_id=CALL, answer_at=iso(3)),
        protocol.CallTransfer(call_id=CALL, target=target, kind="blind", status="trying"),
        protocol.CallTransfer(
            call_id=CALL, target="sip:203@127.0.0.1", kind="blind", status="failed",
            sip_code=486, reason="busy",
        ),
        protocol.CallTransfer(
            call_id=CALL, target=target, kind="blind", status="completed", sip_code=200
        ),
        protocol.CallEnded(call_id=CALL, end_at=iso(40), end_reason=EndReason.TRANSFERRED),
    ]  # fmt: skip
    _apply(log, events)
    with sessions() as s:
        call = s.get_one(Call, CALL)
        assert (call.transfer_target, call.transfer_kind) == (target, "blind")
        assert call.end_reason is EndReason.TRANSFERRED
        assert call.operator_id == 1  # the signed-in operator answered it
        summary = queries.list_calls(s)[0]
        failed = json.loads(
            s.scalars(sa.select(AuditEvent.payload).where(
                AuditEvent.kind == "call_transfer_failed")).one()
        )  # fmt: skip
    assert summary.transfer_target == target and summary.transfer_kind == "blind"
    assert failed["sip_code"] == 486 and failed["target"] == "sip:203@127.0.0.1"
    kinds = _kinds(sessions)
    assert kinds.count("call_transferred") == 1 and kinds.count("call_transfer_failed") == 1


def test_replaces_is_audited_and_the_new_call_is_an_ordinary_row(
    sessions: sessionmaker[Session],
) -> None:
    log = CallLog(sessions, SEAT2)
    incoming = protocol.CallIncoming(
        call_id=NEW_CALL, remote_uri="sip:seat-1@127.0.0.1", caller_number=None,
        display_name="", ring_at=iso(50), replaces=CALL,
    )  # fmt: skip
    _apply(log, [incoming])
    with sessions() as s:
        call = s.get_one(Call, NEW_CALL)
        payload = s.scalars(
            sa.select(AuditEvent.payload).where(AuditEvent.kind == "call_replaces")
        ).one()
    assert call.direction is CallDirection.INCOMING and call.seat == SEAT2
    assert json.loads(payload) == {"replaces": CALL}


def test_missed_calls_is_the_call_back_list(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    log = CallLog(sessions, SEAT, incidents_config=_config(tmp_path))
    ids = [f"e0000000-0000-4000-8000-00000000000{i}" for i in range(6)]
    a, b, c = "+380501110001", "+380501110002", "+380501110003"
    events: list[protocol.Event] = [
        _declined(EndReason.BUSY, 486, ids[0], a),
        protocol.CallIncoming(call_id=ids[1], remote_uri="sip:x@127.0.0.1", caller_number=b,
                              display_name="", ring_at=iso(20)),
        protocol.CallEnded(call_id=ids[1], end_at=iso(30), end_reason=EndReason.MISSED),
        # b called again and was answered: b needs no call back any more
        protocol.CallIncoming(call_id=ids[2], remote_uri="sip:x@127.0.0.1", caller_number=b,
                              display_name="", ring_at=iso(40)),
        protocol.CallAnswered(call_id=ids[2], answer_at=iso(42)),
        protocol.CallEnded(call_id=ids[2], end_at=iso(90), end_reason=EndReason.REMOTE_HANGUP),
        # c missed twice: one row, the latest
        _declined(EndReason.NOT_READY, 486, ids[3], c),
        _declined(EndReason.NOT_RECORDED, 503, ids[4], c),
        # a withheld number cannot be called back
        protocol.CallIncoming(call_id=ids[5], remote_uri="sip:anonymous@127.0.0.1",
                              caller_number=protocol.WITHHELD, display_name="", ring_at=iso(95)),
        protocol.CallEnded(call_id=ids[5], end_at=iso(99), end_reason=EndReason.MISSED),
    ]  # fmt: skip
    _apply(log, events, times=1)
    with sessions.begin() as s:
        # distinct ring times for c's two refusals (the helper uses one)
        s.get_one(Call, ids[4]).ring_at = T0 + timedelta(seconds=200)
    with sessions() as s:
        missed = queries.missed_calls(s, since=T0)
        other_seat = queries.missed_calls(s, since=T0, seat=SEAT2)
        later = queries.missed_calls(s, since=T0 + timedelta(seconds=300))
    assert [(m.number, m.call_id) for m in missed] == [(c, ids[4]), (a, ids[0])]
    assert other_seat == [] and later == []


def test_agent_states_and_declined_calls_on_postgresql(
    postgres_server: PostgresServer, tmp_path: Path
) -> None:
    url = postgres_server.create_database()
    sessions = open_database(url)
    try:
        _seed(sessions)
        log = CallLog(sessions, SEAT, operator_id=1, incidents_config=_config(tmp_path))
        _apply(log, [*DAY, _declined(EndReason.NOT_READY, 486)])
        _check_day(sessions)
        CallLog(sessions, SEAT2).apply(state(30, AgentState.READY))
        with sessions() as s:
            assert s.scalar(sa.select(sa.func.count()).select_from(AgentStateHistory)) == 5
            assert s.scalar(sa.select(sa.func.count()).select_from(SeatAgentState)) == 2
            assert s.get_one(Call, DECLINED).end_reason is EndReason.NOT_READY
            assert [m.call_id for m in queries.missed_calls(s, since=T0)] == [DECLINED]
            assert verify_audit_chain(s).ok
    finally:
        close_database(sessions)
        postgres_server.drop_database(url)


def test_check_agent_state_before_it_goes_to_the_engine() -> None:
    from desk.agent_states import check_agent_state
    from desk.policy import load_policy

    kuty = load_policy("kuty")
    assert check_agent_state(kuty, "ready", "lunch") == (AgentState.READY, "")
    assert check_agent_state(kuty, "not_ready", "lunch") == (AgentState.NOT_READY, "lunch")
    assert check_agent_state(kuty, "not_ready") == (AgentState.NOT_READY, "other")
    with pytest.raises(AgentStateError, match="'coffee' is not one of break, lunch"):
        check_agent_state(kuty, "not_ready", "coffee")
    with pytest.raises(AgentStateError, match="unknown agent state 'away'"):
        check_agent_state(kuty, "away")
    with pytest.raises(AgentStateError, match="starts by itself"):
        check_agent_state(kuty, "after_call_work")
