"""Calls refused before ringing are call-log rows, and hosts ask for call slots (issue 15)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db import queries
from db.models import AuditEvent, Call, Operator, OperatorRole
from db.models_incidents import Notification
from db.session import close_database, open_database
from desk.settings import SettingsError, load_settings
from incidents.config import IncidentsConfig
from seat.calllog import CallLog
from seat.launch import engine_command
from telephony import protocol
from telephony.protocol import EndReason

T0 = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
SEAT = "seat-1"


def iso(offset_s: float) -> str:
    return (T0 + timedelta(seconds=offset_s)).isoformat()


@pytest.fixture
def sessions(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    factory = open_database(f"sqlite:///{tmp_path / 'kuty.sqlite3'}")
    with factory.begin() as s:
        s.add(Operator(id=2, username="petro", display_name="Петро", role=OperatorRole.SUPERVISOR))
    yield factory
    close_database(factory)


def declined(n: int, reason: EndReason, code: int, *, suppressed: int = 0) -> protocol.CallDeclined:
    number = f"+38050123450{n}"
    return protocol.CallDeclined(
        call_id=f"d0000000-0000-4000-8000-00000000000{n}", remote_uri=f"sip:{number}@127.0.0.1",
        caller_number=number, display_name="", ring_at=iso(n), end_at=iso(n),
        end_reason=reason, sip_code=code, reason="all 2 call slots of the engine taken",
        sip_call_id=f"sip-{n}", suppressed=suppressed,
    )  # fmt: skip


def test_capacity_refusals_are_missed_calls_and_tell_supervisors_once(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    config = IncidentsConfig(packages_dir=tmp_path / "police", supervisor_emails=("b@kuty.ua",))
    log = CallLog(sessions, SEAT, incidents_config=config)
    events = [
        declined(1, EndReason.CAPACITY, 486),
        declined(2, EndReason.CAPACITY, 486, suppressed=7),
    ]
    for _ in range(2):  # the second pass is a journal replay: nothing may change
        for event in events:
            log.apply(event)
    with sessions() as s:
        rows = s.scalars(sa.select(Call).order_by(Call.ring_at)).all()
        missed = queries.missed_calls(s, since=T0)
        notices = s.scalars(sa.select(Notification)).all()
        audits = s.scalars(sa.select(AuditEvent).where(AuditEvent.kind == "call_declined")).all()
    assert [(r.end_reason, r.sip_code, r.answer_at) for r in rows] == [
        (EndReason.CAPACITY, 486, None),
        (EndReason.CAPACITY, 486, None),
    ]
    assert {m.call_id for m in missed} == {e.call_id for e in events}
    # about the seat, not each call: one in-app notice and one e-mail for a busy morning
    assert sorted((n.channel.value, n.recipient) for n in notices) == [
        ("email", "b@kuty.ua"),
        ("in_app", "petro"),
    ]
    assert {(n.alert_code, n.call_id, n.seat) for n in notices} == {("call_capacity", None, SEAT)}
    payloads = [json.loads(a.payload) for a in audits]
    assert len(payloads) == 2 and [p.get("suppressed") for p in payloads] == [None, 7]


def test_malformed_and_unknown_source_rows_are_not_call_backs(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    log = CallLog(sessions, SEAT, incidents_config=IncidentsConfig(packages_dir=tmp_path))
    log.apply(declined(1, EndReason.MALFORMED, 400))
    log.apply(declined(2, EndReason.UNKNOWN_SOURCE, 403))
    with sessions() as s:
        reasons = set(s.scalars(sa.select(Call.end_reason)))
        assert queries.missed_calls(s, since=T0) == []
        assert s.scalar(sa.select(sa.func.count()).select_from(Notification)) == 0
    assert reasons == {EndReason.MALFORMED, EndReason.UNKNOWN_SOURCE}


def test_hosts_ask_for_their_call_slots(tmp_path: Path) -> None:
    s = load_settings(data_dir=tmp_path, env={}, config_file=tmp_path / "none.toml")

    def flag(argv: list[str], name: str) -> str:
        return argv[argv.index(name) + 1]

    assert flag(engine_command(s, operator_seat=True, record_all=True), "--max-calls") == "16"
    assert flag(engine_command(s, record_all=True), "--max-calls") == "32"  # kuty serve
    mine = load_settings(
        data_dir=tmp_path, env={"KUTY_MAX_CALLS": "20"}, config_file=tmp_path / "none.toml"
    )
    assert flag(engine_command(mine, operator_seat=True, record_all=True), "--max-calls") == "20"
    with pytest.raises(SettingsError, match="max_calls"):
        load_settings(
            data_dir=tmp_path, env={"KUTY_MAX_CALLS": "5000"}, config_file=tmp_path / "none.toml"
        )


def test_unattended_auto_answer_takes_every_call(tmp_path: Path) -> None:
    """`kuty serve --auto-answer` has nobody to answer call waiting: it answers all."""
    s = load_settings(data_dir=tmp_path, env={}, config_file=tmp_path / "none.toml")
    auto = load_settings(
        data_dir=tmp_path, env={}, config_file=tmp_path / "none.toml", auto_answer=True
    )
    assert "--auto-answer-all" in engine_command(auto, record_all=True)
    assert "--auto-answer-all" not in engine_command(auto, operator_seat=True, record_all=True)
    assert "--auto-answer-all" not in engine_command(s, record_all=True)
