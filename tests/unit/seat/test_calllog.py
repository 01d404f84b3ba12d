"""CallLog against a real SQLite database: events become rows, replays change nothing."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.audit import verify_audit_chain
from db.models import REMOTE_URI_MAX, AuditEvent, Call, OperatorRole, Recording
from db.models_incidents import Notification
from db.session import close_database, open_database
from incidents.config import IncidentsConfig
from seat.calllog import CallLog
from telephony import protocol
from telephony.protocol import CallDirection, EndReason, RecordingStatus

CALL = "0b6f7a0e-1111-4c3d-9e2f-000000000001"
REC = "0b6f7a0e-2222-4c3d-9e2f-000000000002"
SEAT = "seat-1"
T0 = datetime(2025, 3, 3, 8, 0, 0, tzinfo=UTC)
SHA_A, SHA_B, SHA_C = "a" * 64, "b" * 64, "c" * 64


def iso(offset_s: float) -> str:
    return (T0 + timedelta(seconds=offset_s)).isoformat()


@pytest.fixture
def sessions(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    factory = open_database(f"sqlite:///{tmp_path / 'kuty.sqlite3'}")
    yield factory
    close_database(factory)


@pytest.fixture
def calllog(sessions: sessionmaker[Session]) -> CallLog:
    return CallLog(sessions, SEAT)


def call_events(call_id: str = CALL, rec_id: str = REC) -> list[protocol.Event]:
    directory = f"/rec/2025/03/03/{call_id}"
    return [
        protocol.EngineReady(listen="127.0.0.1:5060", pid=1, seat=SEAT),
        protocol.CallIncoming(
            call_id=call_id,
            remote_uri="sip:+380441234567@pbx.example",
            caller_number="+380441234567",
            display_name="Іваненко",
            ring_at=iso(0),
        ),
        protocol.CallAnswered(call_id=call_id, answer_at=iso(5)),
        protocol.RecordingStarted(
            call_id=call_id,
            recording_id=rec_id,
            directory=directory,
            caller_path=f"{directory}/caller.wav",
            operator_path=f"{directory}/operator.wav",
            sample_rate=16000,
            started_at=iso(5),
        ),
        protocol.Dtmf(call_id=call_id, digit="1"),
        protocol.CallEnded(
            call_id=call_id, end_at=iso(65), end_reason=EndReason.REMOTE_HANGUP, sip_code=200
        ),
        protocol.RecordingFinished(
            call_id=call_id,
            recording_id=rec_id,
            directory=directory,
            caller_path=f"{directory}/caller.wav",
            operator_path=f"{directory}/operator.wav",
            mixed_path=f"{directory}/mixed.wav",
            duration_s=60.0,
            sample_rate=16000,
            caller_sha256=SHA_A,
            operator_sha256=SHA_B,
            mixed_sha256=SHA_C,
            status=RecordingStatus.COMPLETE,
        ),
    ]


def counts(sessions: sessionmaker[Session]) -> tuple[int, int, int]:
    with sessions() as session:
        calls, recordings, audits = (
            session.scalar(sa.select(sa.func.count()).select_from(model)) or 0
            for model in (Call, Recording, AuditEvent)
        )
    return calls, recordings, audits


def audit_kinds(sessions: sessionmaker[Session]) -> list[str]:
    with sessions() as session:
        return list(session.scalars(sa.select(AuditEvent.kind).order_by(AuditEvent.id)))


def test_event_sequence_writes_rows(calllog: CallLog, sessions: sessionmaker[Session]) -> None:
    for event in call_events():
        calllog.apply(event)
    with sessions() as session:
        call = session.get_one(Call, CALL)
        rec = session.get_one(Recording, REC)
        assert (call.direction, call.remote_number, call.display_name, call.seat) == (
            CallDirection.INCOMING,
            "+380441234567",
            "Іваненко",
            SEAT,
        )
        assert (call.ring_at, call.answer_at, call.end_at) == (
            T0,
            T0 + timedelta(seconds=5),
            T0 + timedelta(seconds=65),
        )
        assert (call.end_reason, call.sip_code) == (EndReason.REMOTE_HANGUP, 200)
        assert rec.call_id == CALL
        assert rec.status is RecordingStatus.COMPLETE
        assert (rec.caller_sha256, rec.operator_sha256, rec.mixed_sha256) == (SHA_A, SHA_B, SHA_C)
        assert rec.mixed_path == f"/rec/2025/03/03/{CALL}/mixed.wav"
        assert (rec.duration_s, rec.sample_rate, rec.legal_hold) == (60.0, 16000, False)
        assert rec.started_at == T0 + timedelta(seconds=5)
        assert rec.finished_at is not None and rec.finished_at.tzinfo is UTC
        finished = session.scalars(
            sa.select(AuditEvent.payload).where(AuditEvent.kind == "recording_finished")
        ).one()
        assert json.loads(finished)["caller_sha256"] == SHA_A
        assert verify_audit_chain(session).ok
    assert audit_kinds(sessions) == [
        "seat_announced",
        "recording_started",
        "recording_finished",
    ]  # issue 13


def test_replaying_events_changes_nothing(
    calllog: CallLog, sessions: sessionmaker[Session]
) -> None:
    events = call_events()
    for event in events:
        calllog.apply(event)
    before = calllog.list_calls()
    for event in events + events:
        calllog.apply(event)
    assert counts(sessions) == (1, 1, 3)  # with the seat's address (issue 13)
    assert calllog.list_calls() == before


def test_outgoing_call(calllog: CallLog, sessions: sessionmaker[Session]) -> None:
    calllog.apply(
        protocol.CallOutgoing(
            call_id=CALL,
            remote_uri="sip:+380671112233@pbx",
            callee_number="+380671112233",
            ring_at=iso(0),
        )
    )
    [summary] = calllog.list_calls()
    assert (summary.direction, summary.number, summary.end_at) == (
        "outgoing",
        "+380671112233",
        None,
    )


def test_withheld_and_garbage_caller(calllog: CallLog, sessions: sessionmaker[Session]) -> None:
    garbage = "sip:" + "\u0000<script>" * 12_000 + "@x"  # ~100 KB of hostile URI
    assert len(garbage) > 100_000
    calllog.apply(
        protocol.CallIncoming(
            call_id=CALL,
            remote_uri=garbage,
            caller_number=protocol.WITHHELD,
            display_name="x" * 1000,
            ring_at=iso(0),
        )
    )
    calllog.apply(
        protocol.CallIncoming(
            call_id="c2",
            remote_uri="sip:anonymous@anonymous.invalid",
            caller_number="not a number",
            display_name="",
            ring_at="yesterday-ish",
        )
    )
    with sessions() as session:
        call = session.get_one(Call, CALL)
        assert call.remote_uri == garbage[:REMOTE_URI_MAX]
        assert call.remote_number == protocol.WITHHELD
        assert call.display_name is not None and len(call.display_name) == 255
        other = session.get_one(Call, "c2")
        assert (other.remote_number, other.display_name) == (None, None)
        assert other.ring_at.tzinfo is UTC  # unparseable time: stored as "now", not dropped


def test_events_before_call_incoming_are_kept(
    calllog: CallLog, sessions: sessionmaker[Session]
) -> None:
    events = call_events()
    calllog.apply(events[3])  # RecordingStarted before CallIncoming
    calllog.apply(events[1])
    with sessions() as session:
        call = session.get_one(Call, CALL)
        assert (call.direction, call.ring_at, call.remote_number) == (
            CallDirection.INCOMING,
            T0,
            "+380441234567",
        )
    assert counts(sessions) == (1, 1, 1)


def test_recording_failed_alert_is_audited_once(
    calllog: CallLog, sessions: sessionmaker[Session]
) -> None:
    alert = protocol.Alert(code="recording_failed", message="disk full", call_id=CALL)
    calllog.apply(alert)
    calllog.apply(alert)
    calllog.apply(protocol.Alert(code="no_audio_device", message="no headset"))
    with sessions() as session:
        rows = session.scalars(sa.select(AuditEvent)).all()
    assert [(r.kind, r.call_id, json.loads(r.payload)["message"]) for r in rows] == [
        ("recording_failed", CALL, "disk full")
    ]


def test_close_interrupted_calls(calllog: CallLog, sessions: sessionmaker[Session]) -> None:
    for event in call_events()[:4]:  # crash after recording started
        calllog.apply(event)
    other_seat = CallLog(sessions, "seat-2")
    other_seat.apply(call_events("c-other", "r-other")[1])
    now = T0 + timedelta(minutes=10)
    assert calllog.close_interrupted_calls(now) == [CALL]
    assert calllog.close_interrupted_calls(now) == []
    with sessions() as session:
        call = session.get_one(Call, CALL)
        assert (call.end_at, call.end_reason) == (now, EndReason.INTERRUPTED)
        assert session.get_one(Call, "c-other").end_at is None
        interrupted = session.scalars(
            sa.select(AuditEvent).where(AuditEvent.kind == "call_interrupted")
        ).one()
        assert (interrupted.call_id, interrupted.at) == (CALL, now)
    # A late CallEnded replay does not rewrite how the call was closed.
    calllog.apply(call_events()[5])
    with sessions() as session:
        assert session.get_one(Call, CALL).end_reason is EndReason.INTERRUPTED


def sidecar(**changes: object) -> dict[str, object]:
    directory = f"/rec/2025/03/03/{CALL}"
    data: dict[str, object] = {
        "call_id": CALL,
        "recording_id": REC,
        "seat": SEAT,
        "engine_pid": 4242,
        "direction": "incoming",
        "remote_uri": "sip:+380441234567@pbx.example",
        "caller_number": "+380441234567",
        "display_name": "Іваненко",
        "ring_at": iso(0),
        "answer_at": iso(5),
        "started_at": iso(5),
        "sample_rate": 16000,
        "status": "repaired",
        "end_at": None,
        "end_reason": None,
        "duration_s": 42.5,
        "directory": directory,
        "tracks": {
            "caller": {"path": f"{directory}/caller.wav", "sha256": SHA_A},
            "operator": {"path": f"{directory}/operator.wav", "sha256": SHA_B},
            "mixed": {"path": None, "sha256": None},
        },
    }
    data.update(changes)
    return data


def test_sidecar_with_minimal_data(calllog: CallLog, sessions: sessionmaker[Session]) -> None:
    calllog.upsert_from_sidecar({"call_id": CALL, "recording_id": REC, "directory": "/rec/x"})
    calllog.upsert_from_sidecar({"call_id": CALL, "recording_id": REC, "directory": "/rec/x"})
    with sessions() as session:
        call = session.get_one(Call, CALL)
        rec = session.get_one(Recording, REC)
        assert (call.direction, call.remote_number, call.seat) == (None, None, SEAT)
        assert (rec.status, rec.directory, rec.caller_path) == (
            RecordingStatus.RECORDING,
            "/rec/x",
            None,
        )
    assert counts(sessions) == (1, 1, 1)  # one audit row: the replay changed nothing


def test_sidecar_rebuilds_a_call_the_db_never_saw(
    calllog: CallLog, sessions: sessionmaker[Session]
) -> None:
    calllog.upsert_from_sidecar(sidecar(tracks="garbage", sample_rate="16k", end_at="soon"))
    [summary] = calllog.list_calls()
    assert (summary.direction, summary.number, summary.ring_at, summary.answer_at) == (
        "incoming",
        "+380441234567",
        T0,
        T0 + timedelta(seconds=5),
    )
    assert (summary.recording_status, summary.recording_duration_s) == ("repaired", 42.5)
    assert (summary.caller_sha256, summary.caller_path) == (None, None)
    [rec] = calllog.list_recordings()
    assert rec.sample_rate is None


def test_sidecar_repair_updates_an_open_recording(
    calllog: CallLog, sessions: sessionmaker[Session]
) -> None:
    for event in call_events()[:4]:
        calllog.apply(event)
    calllog.close_interrupted_calls(T0 + timedelta(minutes=1))
    calllog.upsert_from_sidecar(sidecar(display_name="Someone Else"))
    calllog.upsert_from_sidecar(sidecar(display_name="Someone Else"))
    [rec] = calllog.list_recordings()
    assert (rec.status, rec.duration_s, rec.caller_sha256, rec.operator_sha256) == (
        "repaired",
        42.5,
        SHA_A,
        SHA_B,
    )
    assert rec.mixed_sha256 is None
    with sessions() as session:
        assert session.get_one(Call, CALL).display_name == "Іваненко"  # events were first
        applied = session.scalars(
            sa.select(AuditEvent.payload).where(AuditEvent.kind == "sidecar_applied")
        ).all()
    assert len(applied) == 1
    assert "caller_sha256" in json.loads(applied[0])["changed"]
    # A replayed RecordingFinished must not undo the repair.
    calllog.apply(call_events()[-1])
    assert calllog.list_recordings()[0].status == "repaired"


def test_sidecar_without_ids_is_refused(calllog: CallLog) -> None:
    with pytest.raises(ValueError, match="call_id"):
        calllog.upsert_from_sidecar({"call_id": CALL, "directory": "/rec/x"})


def test_list_calls_by_day_and_json(calllog: CallLog) -> None:
    for n, offset in enumerate((0, 86_400 - 8 * 3600 - 1, 86_400 - 8 * 3600 + 1)):
        events = call_events(f"call-{n}", f"rec-{n}")
        calllog.apply(
            protocol.CallIncoming(
                call_id=f"call-{n}",
                remote_uri="sip:x",
                caller_number=None,
                display_name="",
                ring_at=iso(offset),
            )
        )
        for event in events[2:]:
            calllog.apply(event)
    utc_day = [s.call_id for s in calllog.list_calls(date(2025, 3, 3))]
    assert utc_day == ["call-1", "call-0"]
    kyiv = timezone(timedelta(hours=2))
    assert [s.call_id for s in calllog.list_calls(date(2025, 3, 3), tz=kyiv)] == ["call-0"]
    kyiv_next_day = calllog.list_calls(date(2025, 3, 4), tz=kyiv)
    assert [s.call_id for s in kyiv_next_day] == ["call-2", "call-1"]
    assert [s.call_id for s in calllog.list_calls(limit=1)] == ["call-2"]

    as_json = json.loads(json.dumps([s.to_json_dict() for s in calllog.list_calls()]))
    assert as_json[-1]["ring_at"] == "2025-03-03T08:00:00+00:00"
    assert as_json[-1]["talk_duration_s"] == 60.0
    assert as_json[-1]["end_reason"] == "remote_hangup"
    rec_json = json.loads(json.dumps([r.to_json_dict() for r in calllog.list_recordings()]))
    assert {r["recording_id"] for r in rec_json} == {"rec-0", "rec-1", "rec-2"}
    assert rec_json[0]["caller_sha256"] == SHA_A
    assert rec_json[0]["finished_at"].endswith("+00:00")


def test_audit_convenience(calllog: CallLog, sessions: sessionmaker[Session]) -> None:
    calllog.audit("recording_played", "operator:olena", {"reason": "complaint 12"}, CALL)
    with sessions() as session:
        row = session.scalars(sa.select(AuditEvent)).one()
    assert (row.kind, row.actor, row.call_id) == ("recording_played", "operator:olena", CALL)


# ------------------------------------------------- recording alerts (issue 10, KUTY-1.1)

STALLED = "caller track did not grow for 1.1 s (disk full?)"


def add_people(sessions: sessionmaker[Session]) -> None:
    """Two active supervisors, one who left, and an operator (who gets no notice)."""
    from db.models import Operator

    with sessions.begin() as session:
        for i, (name, role, active) in enumerate(
            [("petro", OperatorRole.SUPERVISOR, True), ("iryna", OperatorRole.SUPERVISOR, True),
             ("taras", OperatorRole.SUPERVISOR, False), ("olena", OperatorRole.OPERATOR, True)],
            start=1,
        ):  # fmt: skip
            session.add(Operator(id=i, username=name, display_name=name, role=role,
                                 active=active))  # fmt: skip


@pytest.fixture
def alerts_config(tmp_path: Path) -> IncidentsConfig:
    emails = ("chief@kuty.example", "deputy@kuty.example", "chief@kuty.example")
    return IncidentsConfig(packages_dir=tmp_path / "police", supervisor_emails=emails)


@pytest.fixture
def alerting(sessions: sessionmaker[Session], alerts_config: IncidentsConfig) -> CallLog:
    add_people(sessions)
    return CallLog(sessions, SEAT, incidents_config=alerts_config)


def notices(sessions: sessionmaker[Session]) -> list[tuple[str, str, str | None, str | None]]:
    with sessions() as session:
        rows = session.scalars(sa.select(Notification).order_by(Notification.id)).all()
        return [(n.channel.value, n.recipient, n.alert_code, n.call_id) for n in rows]


def test_stalled_recording_is_audited_and_reaches_every_supervisor_once(
    alerting: CallLog, sessions: sessionmaker[Session]
) -> None:
    stalled = protocol.Alert(code="recording_stalled", message=STALLED, call_id=CALL)
    alerting.apply(stalled)
    alerting.apply(stalled)  # a replay after a crash: identical content
    again = STALLED.replace("1.1", "2.1")  # the engine repeats it a tick later
    alerting.apply(protocol.Alert(code="recording_stalled", message=again, call_id=CALL))
    expected = [
        ("in_app", "petro", "recording_stalled", CALL),
        ("in_app", "iryna", "recording_stalled", CALL),
        ("email", "chief@kuty.example", "recording_stalled", CALL),
        ("email", "deputy@kuty.example", "recording_stalled", CALL),
    ]
    assert notices(sessions) == expected
    with sessions() as session:
        audits = session.scalars(
            sa.select(AuditEvent).where(AuditEvent.kind == "recording_stalled")
        ).all()
        assert [(a.call_id, json.loads(a.payload)["message"]) for a in audits] == [
            (CALL, STALLED),
            (CALL, again),
        ]
        row = session.scalars(sa.select(Notification)).first()
        assert row is not None and row.incident_id is None
        assert (row.seat, row.body) == (SEAT, STALLED)
        assert row.subject == "Запис дзвінка зупинився (KUTY-1.1)"
        email = session.scalars(sa.select(Notification).where(Notification.channel == "email"))
        assert all(n.next_attempt_at is not None and n.sent_at is None for n in email)
        assert verify_audit_chain(session).ok

    # Another call's recording stalling is news again.
    alerting.apply(protocol.Alert(code="recording_stalled", message=STALLED, call_id="c2"))
    assert len(notices(sessions)) == 8


@pytest.mark.parametrize("code", sorted(protocol.RECORDING_ALERTS))
def test_every_recording_alert_is_audited_and_notified(
    alerting: CallLog, sessions: sessionmaker[Session], code: str
) -> None:
    alerting.apply(protocol.Alert(code=code, message="something", call_id=None))
    alerting.apply(protocol.Alert(code="no_audio_device", message="no headset"))
    assert audit_kinds(sessions) == [code]
    assert {(channel, alert) for channel, _, alert, _ in notices(sessions)} == {
        ("in_app", code),
        ("email", code),
    }


def test_low_disk_space_is_news_again_once_supervisors_dealt_with_it(
    alerting: CallLog, sessions: sessionmaker[Session]
) -> None:
    from desk.roles import Actor
    from incidents.inbox import acknowledge_notification, pending_notifications

    low = protocol.Alert(code="disk_space_low", message="1.2 GB free, reserve 2 GB")
    alerting.apply(low)
    alerting.apply(protocol.Alert(code="disk_space_low", message="1.1 GB free, reserve 2 GB"))
    assert len(notices(sessions)) == 4  # still open: no second notice
    for i, name in ((1, "petro"), (2, "iryna")):
        actor = Actor(name, OperatorRole.SUPERVISOR, i)
        [pending] = pending_notifications(sessions, actor)
        assert (pending.kind, pending.incident_id, pending.seat) == ("disk_space_low", None, SEAT)
        acknowledge_notification(sessions, actor, pending.id, "Очистили диск")
    alerting.apply(protocol.Alert(code="disk_space_low", message="0.9 GB free, reserve 2 GB"))
    assert len(notices(sessions)) == 8
    alerting.apply(low)  # a replay of the first alert notifies nobody
    assert len(notices(sessions)) == 8


def test_default_config_comes_from_the_settings_data_dir(
    sessions: sessionmaker[Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`CallLog(sessions, seat)` (every existing caller) still e-mails the supervisors."""
    data = tmp_path / "seat-data"
    data.mkdir()
    (data / "incidents.toml").write_text('supervisor_emails = ["chief@kuty.example"]\n')
    monkeypatch.setenv("KUTY_DATA_DIR", str(data))
    monkeypatch.setenv("KUTY_CONFIG", str(tmp_path / "no-settings.toml"))
    add_people(sessions)
    CallLog(sessions, SEAT).apply(
        protocol.Alert(code="recording_stalled", message=STALLED, call_id=CALL)
    )
    assert ("email", "chief@kuty.example", "recording_stalled", CALL) in notices(sessions)


def test_broken_incidents_toml_still_audits_and_notifies_in_app(
    sessions: sessionmaker[Session],
) -> None:
    from incidents.config import IncidentsConfigError

    def broken() -> IncidentsConfig:
        raise IncidentsConfigError("supervisor_emails must be a list of e-mail addresses")

    add_people(sessions)
    calllog = CallLog(sessions, SEAT, incidents_config=broken)
    calllog.apply(protocol.Alert(code="recording_stalled", message=STALLED, call_id=CALL))
    assert audit_kinds(sessions) == ["recording_stalled"]
    assert [(c, r) for c, r, _, _ in notices(sessions)] == [
        ("in_app", "petro"),
        ("in_app", "iryna"),
    ]


def test_incomplete_recording_keeps_its_gaps(
    calllog: CallLog, sessions: sessionmaker[Session]
) -> None:
    gaps = [{"track": "caller", "from_s": 4.3, "to_s": 20.1}]
    *events, finished = call_events()
    assert isinstance(finished, protocol.RecordingFinished)
    for event in events:
        calllog.apply(event)
    incomplete = dataclasses.replace(
        finished, status=RecordingStatus.INCOMPLETE, gaps=json.dumps(gaps), missing_s=15.8
    )
    calllog.apply(incomplete)
    calllog.apply(finished)  # a later report does not undo the first final one
    with sessions() as session:
        rec = session.get_one(Recording, REC)
        assert rec.status is RecordingStatus.INCOMPLETE
        assert (json.loads(rec.gaps or ""), rec.missing_s) == (gaps, 15.8)
        payload = session.scalars(
            sa.select(AuditEvent.payload).where(AuditEvent.kind == "recording_finished")
        ).one()
    assert json.loads(payload)["gaps"] == gaps
    assert (json.loads(payload)["status"], json.loads(payload)["missing_s"]) == (
        "incomplete",
        15.8,
    )


def test_complete_recording_has_no_gaps(calllog: CallLog, sessions: sessionmaker[Session]) -> None:
    for event in call_events():
        calllog.apply(event)
    with sessions() as session:
        rec = session.get_one(Recording, REC)
        assert (rec.gaps, rec.missing_s) == (None, 0.0)
